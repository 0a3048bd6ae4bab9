/**
 * "Kiểm tra cài đặt" on the fakes, through the menu function: every check passing on a set-up workbook,
 * then each check failing the way the real account could make it fail, with what to do in the summary
 * and the dated table; never an official's cell written, never a stack trace.
 */
import { FakeRange, FakeTable, SCOPE, type FakeGas } from '../fakes';
import { DIAGNOSTICS_PROBE, DIAGNOSTICS_ROWS, DIAGNOSTICS_SCRATCH, TAB_NAMES } from '../../src/core/layout';
import { SAMPLE_ENTRIES, SAMPLE_INFO } from '../../src/core/sample/caoAn2023';
import { DIAGNOSTICS_TEXT as T, SETUP_TEXT } from '../../src/core/text';
import { menuComputeScores, menuDiagnostics, onEdit } from '../../src/main';
import { MENU_ITEMS } from '../../src/sheets/menu';
import { KEYS } from '../../src/sheets/store';
import { chooseProtectionMode, fillEntries, fillInfo, install, setup, sheet } from './helpers';
import { REQUIRED_SCOPES } from '../../src/sheets/scopes';
import * as summaryTab from '../../src/sheets/summaryTab';
import { APPLIED_KEY } from '../../src/sheets/setup/applied';

let gas: FakeGas;
afterEach(() => {
  jest.restoreAllMocks();
  gas?.uninstall();
});

const lastAlert = () => gas.ui.alerts[gas.ui.alerts.length - 1];
type Row = { label: string; status: string; detail: string; fix: string };

/** The result table as written, by check label. */
function table(): Map<string, Row> {
  const values = sheet(gas, TAB_NAMES.diagnostics).fakeValues();
  const rows = values.slice(DIAGNOSTICS_ROWS.firstCheck - 1).filter((r) => r[0] !== '');
  return new Map(
    rows.map((r) => [
      String(r[0]),
      { label: String(r[0]), status: String(r[1]), detail: String(r[2]), fix: String(r[3]) },
    ]),
  );
}
const row = (id: keyof typeof T.checks) => table().get(T.checks[id].label)!;

/** A workbook where every check can pass: set up, scored (chart id stored), the probe cell typed in. */
function healthyWorkbook(options: Parameters<typeof install>[0] = {}): void {
  gas = install(options);
  setup(gas);
  fillEntries(gas, SAMPLE_ENTRIES);
  fillInfo(gas, SAMPLE_INFO);
  menuComputeScores();
  // Tính điểm stores its chart's id under KEYS.chartId (the chart-by-id change); stored here the same way.
  gas.inspect(() => {
    const chart = gas.spreadsheet.getSheetByName(TAB_NAMES.summary)!.getCharts()[0];
    PropertiesService.getDocumentProperties().setProperty(KEYS.chartId, String(chart.getChartId()));
  });
}

/** The user types into the probe cell of Kiểm tra cài đặt (the tab exists after a first run). */
function typeIntoProbe(withFields = true): void {
  const tab = sheet(gas, TAB_NAMES.diagnostics);
  gas.inspect(() => tab.getRange(DIAGNOSTICS_PROBE.row, DIAGNOSTICS_PROBE.column).setValue(1));
  const event = gas.editEvent(tab, DIAGNOSTICS_PROBE.row, DIAGNOSTICS_PROBE.column);
  if (!withFields)
    for (const k of ['rowStart', 'columnStart', 'rowEnd', 'columnEnd']) Reflect.deleteProperty(event.range, k);
  onEdit(event);
}

function run(answer: 'YES' | 'NO' = 'YES'): string {
  gas.ui.queueAnswer(answer);
  menuDiagnostics();
  expect(lastAlert().title).toBe(T.summaryTitle);
  return lastAlert().prompt;
}

describe('Kiểm tra cài đặt', () => {
  it('is an item of the CCHC menu, named by a function of main.ts', () => {
    expect(MENU_ITEMS).toContainEqual({ label: T.menu, fn: 'menuDiagnostics' });
  });

  it('on a healthy workbook every check passes; the table is dated; the test document is created, reported and kept', () => {
    healthyWorkbook();
    run('NO'); // creates the tab
    typeIntoProbe();
    const before = gas.documentApp.documents.length;
    const summary = run('YES');
    expect(gas.ui.alerts.find((a) => a.title === T.askDocsTitle)?.prompt).toBe(T.askDocs);
    for (const id of [
      'scopes',
      'email',
      'timeZone',
      'locale',
      'textCell',
      'editEvent',
      'chart',
      'protections',
      'docs',
    ] as const) {
      expect({ id, status: row(id).status }).toEqual({ id, status: T.status.ok });
    }
    expect(row('docsQuota')).toMatchObject({ status: T.status.info, detail: T.checks.docsQuota.note });
    expect(summary).toContain(T.summaryHead(9, 9));
    expect(summary).toContain(T.summaryAllOk);
    expect(summary).toContain('250');
    // The document exists, its link is in the table, nothing was deleted.
    expect(gas.documentApp.documents.length).toBe(before + 1);
    const doc = gas.documentApp.documents[gas.documentApp.documents.length - 1];
    expect(row('docs').detail).toContain(doc.getUrl());
    expect(gas.inspect(() => doc.getName())).toContain(T.docName('').trim());
    // Dated: the run line carries today's date (dd/MM/yyyy) and the user.
    const ranAt = String(sheet(gas, TAB_NAMES.diagnostics).fakeValues()[DIAGNOSTICS_ROWS.ranAt - 1][0]);
    expect(ranAt).toMatch(/^Lần kiểm tra: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2} – van\.phong@caoan\.example$/);
  });

  it('writes only its own tab: no official’s cell, no other tab', () => {
    healthyWorkbook();
    gas.writes.reset();
    run('NO');
    const tabs = new Set(gas.writes.all().map((w) => w.sheet));
    expect([...tabs]).toEqual([TAB_NAMES.diagnostics]);
    // The scratch cell holds the text written to it.
    expect(
      sheet(gas, TAB_NAMES.diagnostics).fakeValues()[DIAGNOSTICS_SCRATCH.row - 1][DIAGNOSTICS_SCRATCH.column - 1],
    ).toBe('0012');
  });

  it('a run after a run rewrites the same table (no growth)', () => {
    healthyWorkbook();
    run('NO');
    const first = sheet(gas, TAB_NAMES.diagnostics).fakeValues().length;
    run('NO');
    expect(sheet(gas, TAB_NAMES.diagnostics).fakeValues().length).toBe(first);
  });
});

describe('each failure, with what to do', () => {
  it('scopes not granted: names the missing scope; the hidden e-mail fails too; other checks still run', () => {
    healthyWorkbook({ grantedScopes: REQUIRED_SCOPES.filter((s) => s !== SCOPE.userEmail) });
    const summary = run('NO');
    expect(row('scopes')).toMatchObject({
      status: T.status.fail,
      detail: T.checks.scopes.missing([SCOPE.userEmail]),
      fix: T.checks.scopes.fix,
    });
    expect(row('email')).toMatchObject({ status: T.status.fail, detail: T.checks.email.none });
    expect(row('timeZone').status).toBe(T.status.ok);
    expect(summary).toContain(T.checks.scopes.fix);
    // Passing: time zone, locale, "@" cell, chart, protections; not: scopes, e-mail, the probe not typed yet.
    expect(summary).toContain(T.summaryHead(5, 8));
  });

  it('only the Drive permission declined: a warning that names it and says what still works', () => {
    healthyWorkbook({ grantedScopes: REQUIRED_SCOPES.filter((s) => s !== SCOPE.driveFile) });
    run('NO');
    expect(row('scopes')).toMatchObject({
      status: T.status.warn,
      detail: T.checks.scopes.optionalMissing([SCOPE.driveFile]),
      fix: T.checks.scopes.fix,
    });
    expect(row('email').status).toBe(T.status.ok);
  });

  it('the Drive permission and a required one declined: a failure naming both', () => {
    healthyWorkbook({
      grantedScopes: REQUIRED_SCOPES.filter((s) => s !== SCOPE.driveFile && s !== SCOPE.documents),
    });
    run('NO');
    expect(row('scopes')).toMatchObject({
      status: T.status.fail,
      detail: T.checks.scopes.missing([SCOPE.documents, SCOPE.driveFile]),
    });
  });

  it('the active user’s e-mail hidden (consumer account): a warning naming the effective user', () => {
    healthyWorkbook({ activeUserEmail: '' });
    run('NO');
    expect(row('email')).toMatchObject({
      status: T.status.warn,
      detail: T.checks.email.effectiveOnly('van.phong@caoan.example'),
    });
  });

  it('time zone and locale not Vietnamese', () => {
    healthyWorkbook();
    gas.inspect(() => {
      gas.spreadsheet.setSpreadsheetTimeZone('Europe/Paris');
      gas.spreadsheet.setSpreadsheetLocale('en_US');
    });
    const summary = run('NO');
    expect(row('timeZone')).toMatchObject({
      status: T.status.fail,
      detail: T.checks.timeZone.wrong('Europe/Paris'),
      fix: T.checks.timeZone.fix,
    });
    expect(row('locale')).toMatchObject({
      status: T.status.fail,
      detail: T.checks.locale.wrong('en_US'),
      fix: T.checks.locale.fix,
    });
    expect(summary).toContain(T.checks.timeZone.fix);
    expect(summary).toContain(T.checks.locale.fix);
  });

  it('an "@" cell that reads back a number', () => {
    healthyWorkbook();
    const original = FakeRange.prototype.getValues;
    jest.spyOn(FakeRange.prototype, 'getValues').mockImplementation(function (this: FakeRange) {
      return this.getA1Notation() === 'O4' ? [[12]] : original.call(this);
    });
    run('NO');
    expect(row('textCell')).toMatchObject({ status: T.status.fail, detail: T.checks.textCell.wrong('12 (number)') });
  });

  it('onEdit probe: not typed yet (what to do), then an event without rowStart (fails), then one with it (passes)', () => {
    healthyWorkbook();
    run('NO');
    expect(row('editEvent')).toMatchObject({
      status: T.status.warn,
      detail: T.checks.editEvent.none('O3'),
      fix: T.checks.editEvent.noneFix('O3'),
    });
    typeIntoProbe(false);
    run('NO');
    expect(row('editEvent').status).toBe(T.status.fail);
    expect(row('editEvent').fix).toBe(T.checks.editEvent.missingFix);
    typeIntoProbe(true);
    run('NO');
    expect(row('editEvent').status).toBe(T.status.ok);
  });

  it('the onEdit probe costs nothing on ordinary edits of columns onEdit ignores', () => {
    healthyWorkbook();
    const tab = gas.spreadsheet.getSheets().find((s) => s.getName().startsWith('1.'))!;
    const event = gas.editEvent(tab as never, 5, DIAGNOSTICS_PROBE.column);
    gas.calls.reset();
    onEdit(event);
    expect(gas.calls.total()).toBe(0);
  });

  it('chart: no stored id (warning), then a stored id whose chart is gone (fails)', () => {
    healthyWorkbook();
    gas.inspect(() => PropertiesService.getDocumentProperties().deleteProperty(KEYS.chartId));
    run('NO');
    expect(row('chart')).toMatchObject({ status: T.status.warn, detail: T.checks.chart.noId, fix: T.checks.chart.fix });
    gas.inspect(() => PropertiesService.getDocumentProperties().setProperty(KEYS.chartId, '987654'));
    run('NO');
    expect(row('chart')).toMatchObject({ status: T.status.fail, detail: T.checks.chart.notFound });
  });

  it('chart: looked up as Tính điểm looks it up (findDashboardChart); a chart found only by its anchor fails', () => {
    healthyWorkbook();
    const lookup = jest.spyOn(summaryTab, 'findDashboardChart');
    run('NO');
    expect(row('chart').status).toBe(T.status.ok);
    const id = gas.inspect(() => PropertiesService.getDocumentProperties().getProperty(KEYS.chartId));
    expect(lookup).toHaveBeenCalledWith(expect.anything(), id);
    // The chart is still where Tính điểm puts it, but the stored id is another one: not found by id.
    gas.inspect(() => PropertiesService.getDocumentProperties().setProperty(KEYS.chartId, '987654'));
    run('NO');
    expect(lookup.mock.results[lookup.mock.results.length - 1].value).not.toBeNull();
    expect(row('chart')).toMatchObject({ status: T.status.fail, detail: T.checks.chart.notFound });
  });

  it('protections: none before setup; enforced while "Chỉ cảnh báo" is chosen but setup not rerun', () => {
    gas = install();
    run('NO');
    expect(row('protections')).toMatchObject({
      status: T.status.fail,
      detail: `${T.checks.protections.none} ${T.checks.protections.reapplied}`,
      fix: T.checks.protections.fix,
    });
    gas.uninstall();
    healthyWorkbook();
    chooseProtectionMode(gas, SETUP_TEXT.protectionModes.warning);
    run('NO');
    expect(row('protections')).toMatchObject({
      status: T.status.fail,
      detail: `${T.checks.protections.mismatch(SETUP_TEXT.protectionModes.warning)} ${T.checks.protections.reapplied}`,
    });
    setup(gas);
    run('NO');
    expect(row('protections').status).toBe(T.status.ok);
  });

  it('protections removed by hand: the check fails, drops setup’s record, and the next setup puts them back', () => {
    healthyWorkbook();
    const info = sheet(gas, TAB_NAMES.info);
    gas.inspect(() => info.fakeProtections().forEach((p) => p.remove()));
    setup(gas); // setup's record cannot see a change made by hand
    expect(info.fakeProtections()).toHaveLength(0);
    const stored = () => gas.inspect(() => PropertiesService.getDocumentProperties().getProperty(APPLIED_KEY));
    expect(stored()).not.toBeNull();
    const summary = run('NO');
    expect(row('protections')).toMatchObject({
      status: T.status.fail,
      detail: `${T.checks.protections.mismatch(SETUP_TEXT.protectionModes.shared)} ${T.checks.protections.reapplied}`,
    });
    expect(summary).toContain(T.checks.protections.reapplied);
    expect(stored()).toBeNull();
    setup(gas);
    expect(info.fakeProtections().map((p) => p.getDescription())).toEqual([SETUP_TEXT.protectSheet(TAB_NAMES.info)]);
    run('NO');
    expect(row('protections').status).toBe(T.status.ok);
    expect(stored()).not.toBeNull();
  });

  it('docs: declined is skipped (not a failure); the daily quota used up fails with the quota message', () => {
    healthyWorkbook();
    run('NO');
    expect(row('docs')).toMatchObject({ status: T.status.skipped, detail: T.checks.docs.skipped });
    gas.documentApp.createQuota = 0;
    const summary = run('YES');
    expect(row('docs').status).toBe(T.status.fail);
    expect(row('docs').detail).toMatch(/hạn mức/);
    expect(summary).toContain(T.checks.docs.fix);
  });

  it('docs: a table style that does not reach the paragraphs inside is a warning with what to do', () => {
    healthyWorkbook();
    run('YES');
    expect(row('docs').status).toBe(T.status.ok);
    // The reference does not say that a table's setAttributes reaches its paragraphs: here it does not.
    jest.spyOn(FakeTable.prototype, 'setAttributes').mockImplementation(function (this: FakeTable) {
      return this;
    });
    const summary = run('YES');
    const doc = gas.documentApp.documents[gas.documentApp.documents.length - 1];
    expect(row('docs')).toMatchObject({
      status: T.status.warn,
      detail: T.checks.docs.styleNotInherited(doc.getUrl()),
      fix: T.checks.docs.styleFix,
    });
    expect(summary).toContain(T.checks.docs.styleFix);
  });

  it('a tab of that name the add-on did not make is refused and left untouched', () => {
    gas = install({ sheetNames: ['Trang tính1', TAB_NAMES.diagnostics] });
    gas.spreadsheet.fakeSheet(TAB_NAMES.diagnostics).fakeSeed([['Ghi chép riêng của văn phòng']]);
    gas.ui.queueAnswer('NO');
    menuDiagnostics();
    expect(lastAlert().prompt).toContain(T.tabTaken(TAB_NAMES.diagnostics));
    expect(sheet(gas, TAB_NAMES.diagnostics).fakeValues()).toEqual([['Ghi chép riêng của văn phòng']]);
  });

  it('so is one with an empty A1 above the office’s own notes', () => {
    gas = install({ sheetNames: ['Trang tính1', TAB_NAMES.diagnostics] });
    const own = [
      ['', ''],
      ['', 'Ghi chép riêng của văn phòng'],
    ];
    gas.spreadsheet.fakeSheet(TAB_NAMES.diagnostics).fakeSeed(own);
    gas.ui.queueAnswer('NO');
    menuDiagnostics();
    expect(lastAlert().prompt).toContain(T.tabTaken(TAB_NAMES.diagnostics));
    expect(sheet(gas, TAB_NAMES.diagnostics).fakeValues()).toEqual(own);
  });
});
