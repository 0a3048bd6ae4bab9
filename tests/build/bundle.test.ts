/**
 * The built bundle, tested as Apps Script loads it: dist/Code.js run as one classic script in a fresh
 * node:vm context whose globals are the fakes. Runs after `npm run build` (npm test builds first);
 * a missing dist/ is a failure, not a skip.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import { maxCodeBytes } from '../../scripts/code-budget.json';
import { SIDEBAR_ENDPOINTS } from '../../src/ui/contract';
import { installFakeGlobals, menuFunctionNames, type FakeGas } from '../fakes';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const CODE = path.join(DIST, 'Code.js');
const SIDEBAR = path.join(DIST, 'Sidebar.html');

function readDist(file: string): string {
  if (!existsSync(file)) {
    throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run build\` first (npm test does).`);
  }
  return readFileSync(file, 'utf8');
}

/** Names of the exports of src/main.ts whose type is callable, found with the TypeScript checker. */
function exportedFunctionsOfMain(): string[] {
  const main = path.join(ROOT, 'src/main.ts');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  const program = ts.createProgram([main], { ...parsed!.options, noEmit: true });
  const checker = program.getTypeChecker();
  const sf = program.getSourceFile(main);
  const moduleSymbol = sf && checker.getSymbolAtLocation(sf);
  if (!moduleSymbol) throw new Error('src/main.ts is not a module');
  return checker
    .getExportsOfModule(moduleSymbol)
    .filter((sym) => {
      const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
      const type = checker.getTypeOfSymbolAtLocation(target, sf!);
      return type.getCallSignatures().length > 0;
    })
    .map((sym) => sym.getName())
    .sort();
}

interface Loaded {
  ctx: vm.Context & Record<string, unknown>;
  gas: FakeGas;
}

function load(code: string): Loaded {
  const ctx = vm.createContext({}) as vm.Context & Record<string, unknown>;
  const gas = installFakeGlobals(ctx, { htmlDir: DIST });
  new vm.Script(code, { filename: 'Code.js' }).runInContext(ctx);
  return { ctx, gas };
}

function call(ctx: Loaded['ctx'], name: string, ...args: unknown[]): unknown {
  const fn = ctx[name];
  if (typeof fn !== 'function') throw new Error(`${name} is not a top-level function of Code.js`);
  return (fn as (...a: unknown[]) => unknown)(...args);
}

describe('dist/Code.js', () => {
  const code = readDist(CODE);
  const entryPoints = exportedFunctionsOfMain();

  it('exists and stays within the size budget the build enforces (scripts/code-budget.json)', () => {
    expect(statSync(CODE).size).toBeLessThanOrEqual(maxCodeBytes);
  });

  it('contains no module syntax at statement level', () => {
    expect(code).not.toMatch(/^[ \t]*import[ \t]*(?:[\w$*{]|["'])/m);
    expect(code).not.toMatch(/^[ \t]*export[ \t]+|^[ \t]*export[ \t]*\{/m);
    expect(code).not.toMatch(/^[ \t]*(?:(?:var|let|const)[ \t]+[\w$]+[ \t]*=[ \t]*)?require\(/m);
  });

  it('src/main.ts exports at least onOpen', () => {
    expect(entryPoints).toContain('onOpen');
  });

  it('declares every exported function of src/main.ts as a top-level function', () => {
    const { ctx, gas } = load(code);
    try {
      for (const name of entryPoints) {
        expect({ name, type: typeof ctx[name] }).toEqual({ name, type: 'function' });
        expect({ name, declared: new RegExp(`^function ${name}\\(`, 'm').test(code) }).toEqual({
          name,
          declared: true,
        });
      }
    } finally {
      gas.uninstall();
    }
  });

  it('declares every sidebar endpoint (google.script.run target) as a top-level function', () => {
    const { ctx } = load(code);
    expect(SIDEBAR_ENDPOINTS.length).toBeGreaterThan(0);
    for (const name of SIDEBAR_ENDPOINTS) {
      expect({ name, type: typeof ctx[name] }).toEqual({ name, type: 'function' });
      expect(entryPoints).toContain(name);
    }
  });

  it('loads without touching any service (global code must not call Apps Script)', () => {
    const { gas } = load(code);
    expect(gas.calls.total()).toBe(0);
  });

  const modes: Array<['NONE' | 'LIMITED', string]> = [
    ['NONE', 'an add-on before authorisation'],
    ['LIMITED', 'a container-bound simple trigger'],
  ];
  it.each(modes)('onOpen in AuthMode.%s (%s) builds a menu whose items are all top-level functions', (mode) => {
    const { ctx, gas } = load(code);
    gas.env.authMode = mode;
    call(ctx, 'onOpen', { authMode: gas.scriptApp.AuthMode[mode] });
    expect(gas.ui.menus.length).toBeGreaterThan(0);
    const names = gas.ui.menus.flatMap(menuFunctionNames);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect({ name, type: typeof ctx[name] }).toEqual({ name, type: 'function' });
  });
});

describe('dist/Sidebar.html', () => {
  const html = readDist(SIDEBAR);

  it('has the CSS and JS inlined, with no marker left', () => {
    expect(html).not.toContain('<!-- INLINE_');
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it('holds exactly one inline <script> and nothing that closes it early', () => {
    const opens: string[] = html.match(/<script\b[^>]*>/gi) ?? [];
    expect(opens).toHaveLength(1);
    expect(opens[0]).not.toMatch(/\bsrc=/i);
    const body = html.slice(html.indexOf(opens[0]) + opens[0].length, html.lastIndexOf('</script>'));
    expect(body).not.toMatch(/<\/script/i);
    expect(html.match(/<\/script>/gi)).toHaveLength(1);
  });

  it('is what HtmlService serves for "Sidebar"', () => {
    const { gas } = load(readDist(CODE));
    expect(gas.htmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe(html);
  });
});

describe('dist/appsscript.json', () => {
  it('equals the source manifest', () => {
    const src = JSON.parse(readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8'));
    expect(JSON.parse(readDist(path.join(DIST, 'appsscript.json')))).toEqual(src);
  });

  it('keeps the minimal scopes, V8 and the Hà Nội time zone', () => {
    const m = JSON.parse(readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8'));
    expect(m.runtimeVersion).toBe('V8');
    expect(m.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(m.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/documents',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });
});
