#!/usr/bin/env node
// Build script (npm run build).
//
//  1. src/main.ts  -> dist/Code.js       one classic script for Apps Script V8 (iife + top-level stubs)
//  2. appsscript.json -> dist/appsscript.json
//  3. src/ui/sidebar/{sidebar.html,sidebar.css,sidebar.ts} -> dist/Sidebar.html (CSS and JS inlined)
//  4. offline tools (Node, cjs): src/local/cli.ts, bench/bench.ts, tests/robustness/report.ts -> dist-node/
//
// Apps Script has no module system: every function that a menu, a trigger or google.script.run calls
// must be a *top-level function declaration*. The bundle keeps everything inside `var CCHC = (() => …)()`
// and we append one forwarding declaration per exported function of src/main.ts.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, statSync, rmSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const r = (...p) => path.join(ROOT, ...p);

export const GLOBAL_NAME = 'CCHC';
/**
 * Size budget of dist/Code.js, unminified (readable stack traces in the Apps Script console matter
 * more than bytes). The first estimate was 120 KB; the real add-on — Vietnamese text (2–3 bytes a
 * letter in UTF-8), the catalogue, the report model and zod/mini — is about twice that, and even
 * fully minified it would not fit 120 KB. Apps Script loads it in a few milliseconds (npm run bench).
 * The budget stays as a guard against accidental growth (e.g. a Node-only library pulled in). Raised
 * from 320 KiB for the criteria-table reader of "Nhập bộ tiêu chí từ bảng" (about 25 KB, in the add-on
 * because the office pastes the table into a tab), then to 448 KiB for the periodic and self-inspection
 * reports, "Kiểm tra cài đặt", the appraisal rounds and the consolidation of many units, then to 464 KiB
 * for the criteria's short names and the reading of xếp loại / phân nhóm from a province's table.
 */
export const MAX_CODE_BYTES = 464 * 1024;

class BuildError extends Error {}

function fail(message) {
  throw new BuildError(message);
}

const summary = [];
function report(file, bytes, note = '') {
  summary.push(`${path.relative(ROOT, file).padEnd(34)} ${String(bytes).padStart(8)} bytes${note ? '  ' + note : ''}`);
}

function write(file, text) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  report(file, Buffer.byteLength(text));
}

// ---------------------------------------------------------------------------------------------
// 1. Code.js
// ---------------------------------------------------------------------------------------------

/** Statement-level module syntax that Apps Script cannot load. */
const MODULE_SYNTAX = [
  // `import x`, `import {`, `import *`, `import "m"` — but not an object key such as `importCatalogue:`.
  { re: /^[ \t]*import(?:[ \t]+[\w$*{"']|[ \t]*[{*"'])/m, what: 'an `import` statement' },
  { re: /^[ \t]*export[ \t]+|^[ \t]*export[ \t]*\{/m, what: 'an `export` statement' },
  { re: /^[ \t]*(?:(?:var|let|const)[ \t]+[\w$]+[ \t]*=[ \t]*)?require\(/m, what: 'a `require(` call' },
];

/** @returns {string[]} a description of every module-syntax problem found in `code` */
export function findModuleSyntax(code) {
  const problems = [];
  for (const { re, what } of MODULE_SYNTAX) {
    const m = re.exec(code);
    if (m) {
      const line = code.slice(0, m.index).split('\n').length;
      problems.push(`${what} at line ${line}: ${code.split('\n')[line - 1].trim().slice(0, 80)}`);
    }
  }
  return problems;
}

/**
 * Runs the bundle once in an empty V8 context (no Apps Script globals at all) and returns the names
 * of the exported functions. This also guards a real Apps Script rule: an add-on's onOpen may run in
 * AuthMode.NONE, where any service call made by *global* code breaks the whole script, so the
 * top level of the bundle must not touch SpreadsheetApp & co.
 */
function exportedFunctions(code, metafileExports) {
  const ctx = vm.createContext({ console });
  try {
    new vm.Script(`${code}\n;globalThis.__exports = ${GLOBAL_NAME};`, { filename: 'Code.js' }).runInContext(ctx, {
      timeout: 5000,
    });
  } catch (e) {
    fail(
      `dist/Code.js throws while loading, with no Apps Script services available: ${e && e.message}\n` +
        '  Global (top-level) code must not call Apps Script services: an add-on onOpen may run in ' +
        'AuthMode.NONE. Move the call into a function.',
    );
  }
  const mod = ctx.__exports;
  if (!mod || typeof mod !== 'object') fail(`the bundle did not define the global ${GLOBAL_NAME}`);
  const names = new Set([...Object.keys(mod), ...metafileExports]);
  const fns = [];
  const others = [];
  for (const name of [...names].sort()) {
    if (name === 'default') continue;
    if (typeof mod[name] === 'function') fns.push(name);
    else others.push(name);
  }
  return { fns, others };
}

export function forwardingStubs(names) {
  return names
    .map(
      (n) =>
        `/** Apps Script entry point; forwards to ${GLOBAL_NAME}.${n}. */\n` +
        `function ${n}() {\n  return ${GLOBAL_NAME}.${n}.apply(null, arguments);\n}`,
    )
    .join('\n\n');
}

async function buildCode() {
  const entry = r('src/main.ts');
  if (!existsSync(entry)) fail('src/main.ts is missing');
  const res = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['import', 'default'],
    charset: 'utf8',
    legalComments: 'none',
    minify: false,
    treeShaking: true,
    metafile: true,
    logLevel: 'silent',
    outfile: r('dist/Code.js'),
    tsconfig: r('tsconfig.json'),
  });
  const [out] = res.outputFiles;
  const code = out.text;

  // zod: only the small zod/mini build is allowed in the Apps Script bundle.
  const inputs = Object.keys(res.metafile.inputs);
  const classicZod = inputs.filter((f) => /node_modules\/zod\/(?:v4\/classic|v3)\//.test(f));
  if (classicZod.length) {
    fail(
      `the full zod build was bundled (${classicZod[0]} …); import from 'zod/mini' in code that runs in ` +
        'Apps Script (full zod is ~10x larger).',
    );
  }

  const metaOut = Object.values(res.metafile.outputs)[0];
  const { fns, others } = exportedFunctions(code, (metaOut && metaOut.exports) || []);
  if (fns.length === 0) fail('src/main.ts exports no function: Apps Script would have nothing to call');
  if (others.length) {
    console.warn(`note: non-function exports of src/main.ts get no stub: ${others.join(', ')}`);
  }

  // esbuild drops comments: Apps Script's scope annotation in src/main.ts is carried over by hand.
  const annotations = /@OnlyCurrentDoc\b/.test(readFileSync(entry, 'utf8')) ? '/** @OnlyCurrentDoc */\n' : '';
  const text =
    annotations +
    `// Chỉ số CCHC: generated by scripts/build.mjs from src/main.ts. Do not edit.\n` +
    `${code.trimEnd()}\n\n` +
    `// ---- Top-level entry points (Apps Script calls functions by name) ----\n\n` +
    `${forwardingStubs(fns)}\n`;

  // Written even when a check below fails (the build still exits non-zero, so `npm test` and
  // `npm run push` stop): the file always reflects the current sources, never a stale build, and
  // can be inspected or loaded by the bundle tests while the problem is being fixed.
  write(r('dist/Code.js'), text);
  summary[summary.length - 1] += `  entry points: ${fns.join(', ')}`;

  const problems = findModuleSyntax(text);
  if (problems.length) fail(`dist/Code.js contains module syntax Apps Script cannot load:\n  ${problems.join('\n  ')}`);
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_CODE_BYTES) {
    const top = Object.entries(metaOut ? metaOut.inputs : {})
      .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
      .slice(0, 12)
      .map(([f, i]) => `${String(i.bytesInOutput).padStart(7)}  ${f}`);
    fail(
      `dist/Code.js is ${bytes} bytes, over the ${MAX_CODE_BYTES}-byte budget. ` +
        `Largest contributions (bytes in output):\n${top.join('\n')}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// 2. appsscript.json
// ---------------------------------------------------------------------------------------------

function copyManifest() {
  const src = r('appsscript.json');
  if (!existsSync(src)) fail('appsscript.json is missing');
  JSON.parse(readFileSync(src, 'utf8')); // must be valid JSON
  mkdirSync(r('dist'), { recursive: true });
  copyFileSync(src, r('dist/appsscript.json'));
  report(r('dist/appsscript.json'), statSync(src).size);
}

// ---------------------------------------------------------------------------------------------
// 3. Sidebar.html
// ---------------------------------------------------------------------------------------------

/** Makes text safe inside <script>/<style>: no `</script>` and no `<!--` can end or confuse the element. */
export function escapeInline(text) {
  return text.replace(/<\//g, '<\\/').replace(/<!--/g, '<\\!--');
}

export function inlineSidebar(template, css, js) {
  for (const marker of ['<!-- INLINE_CSS -->', '<!-- INLINE_JS -->']) {
    const count = template.split(marker).length - 1;
    if (count !== 1) fail(`src/ui/sidebar/sidebar.html must contain ${marker} exactly once (found ${count})`);
  }
  // Function replacers: `$&`, `$'` … in the JS must not be interpreted as replacement patterns.
  return template
    .replace('<!-- INLINE_CSS -->', () => `<style>\n${escapeInline(css)}\n</style>`)
    .replace('<!-- INLINE_JS -->', () => `<script>\n${escapeInline(js)}\n</script>`);
}

async function buildSidebar() {
  const dir = r('src/ui/sidebar');
  const tsFile = path.join(dir, 'sidebar.ts');
  const cssFile = path.join(dir, 'sidebar.css');
  const htmlFile = path.join(dir, 'sidebar.html');
  for (const f of [tsFile, cssFile, htmlFile]) if (!existsSync(f)) fail(`${path.relative(ROOT, f)} is missing`);
  const template = readFileSync(htmlFile, 'utf8');
  const css = readFileSync(cssFile, 'utf8');
  const res = await build({
    entryPoints: [tsFile],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    minify: false,
    logLevel: 'silent',
    outfile: r('dist/sidebar.js'),
    tsconfig: path.join(dir, 'tsconfig.json'),
  });
  write(r('dist/Sidebar.html'), inlineSidebar(template, css.trimEnd(), res.outputFiles[0].text.trimEnd()));
}

// ---------------------------------------------------------------------------------------------
// 4. Node bundles
// ---------------------------------------------------------------------------------------------

const NODE_ENTRIES = [
  ['src/local/cli.ts', 'dist-node/cli.js'],
  ['bench/bench.ts', 'dist-node/bench.js'],
  ['tests/robustness/report.ts', 'dist-node/robustness-report.js'],
];

async function buildNode() {
  for (const [entry, outfile] of NODE_ENTRIES) {
    if (!existsSync(r(entry))) continue;
    const res = await build({
      entryPoints: [r(entry)],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
      sourcemap: false,
      charset: 'utf8',
      legalComments: 'none',
      logLevel: 'silent',
      outfile: r(outfile),
      tsconfig: r('tsconfig.json'),
    });
    write(r(outfile), res.outputFiles[0].text);
  }
}

// ---------------------------------------------------------------------------------------------

function formatEsbuildError(e) {
  if (e && Array.isArray(e.errors) && e.errors.length) {
    return e.errors
      .map((m) => (m.location ? `${m.location.file}:${m.location.line}:${m.location.column}: ${m.text}` : m.text))
      .join('\n');
  }
  return (e && e.stack) || String(e);
}

/** Every file this script writes; removed first so that a failed step leaves no stale output. */
const OUTPUTS = ['dist/Code.js', 'dist/appsscript.json', 'dist/Sidebar.html', ...NODE_ENTRIES.map(([, out]) => out)];

async function main() {
  const started = Date.now();
  for (const f of OUTPUTS) rmSync(r(f), { force: true });
  // Each step runs even if an earlier one failed (an oversized Code.js must not stop the offline
  // tool from building); the exit code is non-zero if any step failed.
  const errors = [];
  for (const [name, step] of [
    ['dist/Code.js', buildCode],
    ['dist/appsscript.json', copyManifest],
    ['dist/Sidebar.html', buildSidebar],
    ['dist-node/', buildNode],
  ]) {
    try {
      await step();
    } catch (e) {
      errors.push(`${name}: ${e instanceof BuildError ? e.message : formatEsbuildError(e)}`);
    }
  }
  for (const line of summary) console.log(line);
  if (errors.length) {
    for (const e of errors) console.error(`build failed: ${e}`);
    process.exitCode = 1;
    return;
  }
  console.log(`build ok in ${Date.now() - started} ms`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
