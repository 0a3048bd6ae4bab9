#!/usr/bin/env node
// The Node tools (part of npm run build), one CommonJS file each in dist-node/; npm packages stay
// external (node_modules is there when they run):
//   cli.js                 the offline CLI (npm run cli, npm start)
//   bench.js               npm run bench
//   robustness-report.js   npm run robustness: the bad-input corpus of tests/robustness/, as a report
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = {
  cli: 'src/local/cli.ts',
  bench: 'bench/bench.ts',
  'robustness-report': 'tests/robustness/report.ts',
};

const started = Date.now();
rmSync(path.join(ROOT, 'dist-node'), { recursive: true, force: true });
const res = await build({
  absWorkingDir: ROOT,
  entryPoints: Object.entries(ENTRIES).map(([out, entry]) => ({ in: entry, out })),
  outdir: 'dist-node',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  charset: 'utf8',
  legalComments: 'none',
  metafile: true,
  logLevel: 'error',
  tsconfig: 'tsconfig.json',
}).catch(() => process.exit(1)); // esbuild has printed the errors
for (const [file, { bytes }] of Object.entries(res.metafile.outputs)) {
  console.log(`${file.padEnd(30)} ${String(bytes).padStart(8)} bytes`);
}
console.log(`node build ok in ${Date.now() - started} ms`);
