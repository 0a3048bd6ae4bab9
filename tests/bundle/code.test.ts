/**
 * dist/Code.js run as Apps Script runs it: one classic script in a fresh node:vm context whose globals
 * are the fakes. Beyond the build checks of tests/build: the menu in every auth mode, the menu items
 * and sidebar endpoints as top-level functions, and a real Tính điểm through the bundle.
 * Needs `npm run build` first (npm test builds); a missing dist/ fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { installFakeGlobals, menuFunctionNames, type FakeGas } from '../fakes';
import { SIDEBAR_ENDPOINTS, type DashboardView, type ServerResult } from '../../src/ui/contract';
import { MENU_ITEMS } from '../../src/sheets/menu';
import { DIAGNOSTICS_TEXT, MENU_TEXT, SETUP_TEXT } from '../../src/core/text';
import { TAB_NAMES } from '../../src/core/layout';
import { scoreWorkbook } from '../../src/core/pipeline';
import { SAMPLE_ENTRIES, SAMPLE_INFO, sampleGrids } from '../../src/core/sample/caoAn2023';
import { fillEntries, fillInfo } from '../sheets/helpers';

const DIST = path.resolve(__dirname, '../../dist');
const CODE = path.join(DIST, 'Code.js');

function code(): string {
  if (!existsSync(CODE)) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does).');
  return readFileSync(CODE, 'utf8');
}

type Ctx = vm.Context & Record<string, unknown>;
let ctx: Ctx;
let gas: FakeGas;

beforeEach(() => {
  ctx = vm.createContext({}) as Ctx;
  gas = installFakeGlobals(ctx, { htmlDir: DIST });
  new vm.Script(code(), { filename: 'Code.js' }).runInContext(ctx);
});

function call<T = unknown>(name: string, ...args: unknown[]): T {
  const fn = ctx[name];
  if (typeof fn !== 'function') throw new Error(`${name} is not a top-level function of Code.js`);
  return (fn as (...a: unknown[]) => T)(...args);
}

const itemNames = MENU_ITEMS.flatMap((i) => (i ? [i.fn] : []));

describe('the menu', () => {
  it.each(['LIMITED', 'FULL'] as const)(
    'onOpen in AuthMode.%s (a bound script) builds the top-level CCHC menu with every item, touching nothing else',
    (mode) => {
      gas.env.authMode = mode;
      call('onOpen', { authMode: gas.scriptApp.AuthMode[mode], source: gas.spreadsheet });
      expect(gas.ui.menus.map((m) => [m.caption, m.addon])).toEqual([[MENU_TEXT.menuTitle, false]]);
      expect(menuFunctionNames(gas.ui.menus[0])).toEqual(itemNames);
      const captions = gas.ui.menus[0].entries.flatMap((e) => (e.kind === 'item' ? [e.caption] : []));
      expect(captions).toEqual(
        expect.arrayContaining([
          MENU_TEXT.openSidebar,
          MENU_TEXT.compute,
          MENU_TEXT.setup,
          MENU_TEXT.report,
          MENU_TEXT.help,
        ]),
      );
      // Menu only: no property, sheet or lock was touched.
      expect(
        Object.keys(gas.calls.byMethod()).every((k) => /^(SpreadsheetApp\.getUi|Ui\.createMenu|Menu\.)/.test(k)),
      ).toBe(true);
    },
  );

  it('loaded alone in a bare context and sent onOpen({authMode: "LIMITED"}): createMenu("CCHC"), every item a top-level function, Kiểm tra cài đặt included', () => {
    const bare = vm.createContext({}) as Ctx;
    const g = installFakeGlobals(bare, { htmlDir: DIST });
    new vm.Script(code(), { filename: 'Code.js' }).runInContext(bare);
    g.env.authMode = 'LIMITED';
    (bare.onOpen as (e: unknown) => void)({ authMode: 'LIMITED' });
    expect(g.calls.count('Ui.createMenu')).toBe(1);
    expect(g.calls.count('Ui.createAddonMenu')).toBe(0);
    expect(g.ui.menus.map((m) => [m.caption, m.addon])).toEqual([['CCHC', false]]);
    const names = menuFunctionNames(g.ui.menus[0]);
    expect(names).toEqual(itemNames);
    for (const name of names) expect({ name, type: typeof bare[name] }).toEqual({ name, type: 'function' });
    const captions = g.ui.menus[0].entries.flatMap((e) => (e.kind === 'item' ? [e.caption] : []));
    expect(captions).toContain(DIAGNOSTICS_TEXT.menu);
    expect(names).toContain('menuDiagnostics');
  });

  it('Kiểm tra cài đặt runs through the bundle: dated table written, summary shown', () => {
    call('menuSetupWorkbook');
    gas.ui.queueAnswer('NO');
    call('menuDiagnostics');
    expect(gas.ui.alerts[gas.ui.alerts.length - 1].title).toBe(DIAGNOSTICS_TEXT.summaryTitle);
    expect(gas.spreadsheet.fakeSheet(TAB_NAMES.diagnostics).fakeValues()[0][0]).toBe(DIAGNOSTICS_TEXT.title);
  });

  it('in AuthMode.NONE (a Marketplace add-on not yet used here) builds the add-on menu instead', () => {
    gas.env.authMode = 'NONE';
    call('onOpen', { authMode: gas.scriptApp.AuthMode.NONE, source: gas.spreadsheet });
    expect(gas.ui.menus).toHaveLength(1);
    expect(gas.ui.menus[0].addon).toBe(true);
    expect(menuFunctionNames(gas.ui.menus[0])).toEqual(itemNames);
  });

  it('run by hand (no event) and onInstall build the CCHC menu too', () => {
    call('onOpen');
    expect(gas.ui.menus.map((m) => [m.caption, m.addon])).toEqual([[MENU_TEXT.menuTitle, false]]);
    gas.ui.menus.length = 0;
    call('onInstall', { authMode: gas.scriptApp.AuthMode.FULL });
    expect(gas.ui.menus.map((m) => [m.caption, m.addon])).toEqual([[MENU_TEXT.menuTitle, false]]);
  });

  it('names only top-level functions of Code.js', () => {
    expect(itemNames.length).toBeGreaterThanOrEqual(5);
    for (const name of itemNames) expect({ name, type: typeof ctx[name] }).toEqual({ name, type: 'function' });
  });

  it('opens the 300 px sidebar from the built Sidebar.html and shows the help', () => {
    call('showSidebar');
    expect(gas.ui.sidebar?.getTitle()).toBe(MENU_TEXT.sidebarTitle);
    expect(gas.ui.sidebar?.getContent()).toBe(readFileSync(path.join(DIST, 'Sidebar.html'), 'utf8'));
    call('showHelp');
    expect(gas.ui.alerts[0]).toMatchObject({ title: MENU_TEXT.helpTitle, prompt: MENU_TEXT.helpBody });
  });
});

describe('the sidebar endpoints', () => {
  it('exist as top-level functions', () => {
    for (const name of SIDEBAR_ENDPOINTS) expect({ name, type: typeof ctx[name] }).toEqual({ name, type: 'function' });
  });

  it('Tính điểm through the bundle on the sample gives the offline index, as JSON-safe data', () => {
    call('menuSetupWorkbook');
    expect(gas.ui.alerts[0].title).toBe(SETUP_TEXT.doneTitle);
    fillEntries(gas, SAMPLE_ENTRIES);
    fillInfo(gas, SAMPLE_INFO);
    const answer = call<ServerResult<DashboardView>>('sidebarComputeScores');
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const offline = scoreWorkbook(sampleGrids());
    expect(answer.data.index!.points).toBe(offline.index.points / 1000);
    expect(answer.data.index!.percent).toBe(offline.index.percent / 100);
    expect(answer.data.index!.rating).toBe(offline.index.rating);
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);

    const stored = call<ServerResult<DashboardView>>('sidebarGetDashboard');
    expect(stored.ok && stored.data.index).toEqual(answer.data.index);

    const problem = answer.data.problems.find((p) => p.sheet && p.cell)!;
    expect(call('sidebarGoToCell', problem.sheet, problem.cell)).toEqual({ ok: true, data: null });
    expect(gas.spreadsheet.getActiveSheet().getName()).toBe(problem.sheet);
  });

  it('answers a failure with Vietnamese text, never a throw', () => {
    const missing = call<ServerResult<null>>('sidebarGoToCell', 'Bảng đã xóa', 'B4');
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.message).toContain('Bảng đã xóa');
  });
});
