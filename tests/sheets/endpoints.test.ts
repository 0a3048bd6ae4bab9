import type { FakeEmbeddedChart, FakeGas } from '../fakes';
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import { catalogueToJson } from '../../src/core/catalog/schema';
import { col, colNumber } from '../../src/core/layout';
import { formatPercent2 } from '../../src/core/format';
import { SAMPLE_ENTRIES, SAMPLE_INFO } from '../../src/core/sample/caoAn2023';
import {
  MENU_TEXT,
  REPORT_KINDS_UI_TEXT,
  periodicText,
  reportText,
  SERVER_TEXT,
  SETUP_TEXT,
  SHEETS_SUMMARY_TEXT,
} from '../../src/core/text';
import {
  menuComputeScores,
  menuCreateInspectionReport,
  menuCreatePeriodicReport,
  menuCreateReport,
  menuImportCatalogue,
  menuSetupWorkbook,
  sidebarCreateInspectionReport,
  sidebarCreatePeriodicReport,
  sidebarCreateReport,
  sidebarGoToCell,
} from '../../src/main';
import { toFailure, UserError } from '../../src/sheets/errors';
import { storedCatalogue } from '../../src/sheets/catalogueSource';
import { computeScores } from '../../src/sheets/computeScores';
import { fillEntries, fillInfo, install, rowOf, setup, sheet } from './helpers';

let gas: FakeGas;
beforeEach(() => {
  gas = install();
});
afterEach(() => gas.uninstall());

describe('errors shown to users', () => {
  const quiet = () => jest.spyOn(console, 'error').mockImplementation(() => undefined);

  it.each([
    ['Exception: Authorization is required to perform that action.', SERVER_TEXT.auth, SERVER_TEXT.authHint],
    ['ScriptError: PERMISSION_DENIED', SERVER_TEXT.auth, SERVER_TEXT.authHint],
    [
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      SERVER_TEXT.protectedCell,
      SERVER_TEXT.protectedCellHint,
    ],
    ['Service invoked too many times for one day: properties.', SERVER_TEXT.quota, SERVER_TEXT.quotaHint],
    ['Exceeded maximum execution time', SERVER_TEXT.quota, SERVER_TEXT.quotaHint],
    ['Lock timeout: another process was holding the lock for too long.', SERVER_TEXT.busyCompute, SERVER_TEXT.busyHint],
  ])('maps %j to Vietnamese with a hint', (raw, message, hint) => {
    const log = quiet();
    expect(toFailure(new Error(raw))).toEqual({ ok: false, message, hint });
    log.mockRestore();
  });

  it('keeps unknown details in the log only', () => {
    const log = quiet();
    const f = toFailure(new TypeError("Cannot read properties of undefined (reading 'getValues')"));
    expect(f).toEqual({ ok: false, message: SERVER_TEXT.unknown, hint: SERVER_TEXT.unknownHint });
    expect(String(log.mock.calls[0][0])).toContain('getValues');
    log.mockRestore();
  });

  it('passes our own Vietnamese refusals through unchanged', () => {
    expect(toFailure(new UserError('Thông báo', 'Gợi ý'))).toEqual({ ok: false, message: 'Thông báo', hint: 'Gợi ý' });
  });
});

describe('Đi tới ô', () => {
  beforeEach(() => setup(gas));

  it('activates the tab and the cell', () => {
    expect(sidebarGoToCell('3. Cải cách TTHC', 'H12')).toEqual({ ok: true, data: null });
    expect(gas.spreadsheet.getActiveSheet().getName()).toBe('3. Cải cách TTHC');
    expect(gas.spreadsheet.getActiveRange()!.getA1Notation()).toBe('H12');
  });

  it('says clearly when the tab is gone or the cell is not a cell', () => {
    expect(sidebarGoToCell('3. Cải cách TTHC (cũ)', 'H12')).toEqual({
      ok: false,
      message: SERVER_TEXT.tabMissing('3. Cải cách TTHC (cũ)'),
      hint: SERVER_TEXT.tabMissingHint,
    });
    expect(sidebarGoToCell('3. Cải cách TTHC', 'H12:Z99')).toMatchObject({
      ok: false,
      message: SERVER_TEXT.badCell('H12:Z99'),
    });
    expect(sidebarGoToCell('3. Cải cách TTHC', '=1+1')).toMatchObject({ ok: false });
  });
});

describe('menu actions', () => {
  it('Khởi tạo then Tính điểm answer with dialogs', () => {
    menuSetupWorkbook();
    expect(gas.ui.alerts[0].title).toBe(SETUP_TEXT.doneTitle);
    expect(gas.ui.alerts[0].prompt).toContain(SETUP_TEXT.createdTabs([]).slice(0, 12));
    fillEntries(gas, SAMPLE_ENTRIES);
    fillInfo(gas, SAMPLE_INFO);
    menuComputeScores();
    expect(gas.ui.alerts[1].title).toBe(MENU_TEXT.compute);
    expect(gas.ui.alerts[1].prompt).toMatch(/^Chỉ số CCHC: \d+,\d\d%/);
  });

  it('shows the busy message in a dialog when someone else holds the lock', () => {
    setup(gas);
    gas.runAs('other', () => LockService.getDocumentLock().tryLock(0));
    menuComputeScores();
    expect(gas.ui.alerts[0]).toMatchObject({
      title: SERVER_TEXT.errorTitle,
      prompt: `${SERVER_TEXT.busyCompute}\n\n${SERVER_TEXT.busyHint}`,
    });
  });

  it('imports a catalogue pasted as JSON, and refuses a broken one without storing it', () => {
    const next = structuredClone(DEFAULT_CATALOGUE);
    next.name = 'Bộ tiêu chí tỉnh Hải Dương 2024';
    gas.ui.queuePrompt(catalogueToJson(next), 'OK');
    menuImportCatalogue();
    expect(gas.ui.alerts[0].prompt).toContain('Bộ tiêu chí tỉnh Hải Dương 2024');
    expect(storedCatalogue(PropertiesService.getDocumentProperties().getProperties()).spec.name).toBe(next.name);

    gas.ui.queuePrompt('{"name": "thiếu lĩnh vực"}', 'OK');
    menuImportCatalogue();
    expect(gas.ui.alerts[1].prompt).toMatch(/^Bộ tiêu chí không hợp lệ, chưa lưu/);
    expect(storedCatalogue(PropertiesService.getDocumentProperties().getProperties()).spec.name).toBe(next.name);

    // Setup then applies the imported catalogue: its name lands in Thông tin chung.
    menuSetupWorkbook();
    expect(
      sheet(gas, 'Thông tin chung')
        .fakeValues()
        .some((r) => r[1] === next.name),
    ).toBe(true);
  });

  it("keeps the office's rule edits in the sheet on a later setup; an imported catalogue is applied once", () => {
    menuSetupWorkbook();
    const s1 = sheet(gas, '1. Chỉ đạo điều hành');
    const r12 = rowOf(s1, '1.2');
    const edited = '= 100%: 2; ≥ 50%: 1; còn lại: 0';
    gas.inspect(() => s1.getRange(r12, colNumber('rule')).setValue(edited)); // the office edits a rule by hand
    menuSetupWorkbook(); // e.g. after a change in Phân công
    expect(s1.fakeValues()[r12 - 1][col('rule')]).toBe(edited);

    const next = structuredClone(DEFAULT_CATALOGUE);
    next.areas[0].criteria.find((c) => c.code === '1.2')!.rule = '= 100%: 2; còn lại: 0';
    gas.ui.queuePrompt(catalogueToJson(next), 'OK');
    menuImportCatalogue();
    menuSetupWorkbook();
    expect(s1.fakeValues()[r12 - 1][col('rule')]).toBe('= 100%: 2; còn lại: 0');
    gas.inspect(() => s1.getRange(r12, colNumber('rule')).setValue(edited));
    menuSetupWorkbook(); // the import was applied: the sheet's catalogue is kept again
    expect(s1.fakeValues()[r12 - 1][col('rule')]).toBe(edited);
  });

  it('a catalogue whose rules are wrong is refused with the core message', () => {
    const bad = structuredClone(DEFAULT_CATALOGUE);
    bad.areas[0].criteria[2].rule = '≥ 80%: 1; = 100%: 2';
    gas.ui.queuePrompt(JSON.stringify(bad), 'OK');
    menuImportCatalogue();
    expect(gas.ui.alerts[0].prompt).toContain(bad.areas[0].criteria[2].code);
    gas.ui.queuePrompt('', 'CANCEL');
    menuImportCatalogue();
    expect(gas.ui.alerts).toHaveLength(1);
  });
});

describe('Tạo báo cáo tổng kết', () => {
  it('creates the Google Doc from the current entries, with the Tổng hợp chart, and returns its link', () => {
    setup(gas);
    fillEntries(gas, SAMPLE_ENTRIES);
    fillInfo(gas, SAMPLE_INFO);
    computeScores();
    const answer = sidebarCreateReport();
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const doc = gas.documentApp.lastDocument!;
    expect(answer.data).toEqual({ name: doc.getName(), url: doc.getUrl(), warning: '' });
    expect(doc.getName()).toContain('Cao An');
    expect(doc.getBody().getImages().length).toBe(1);
    expect((sheet(gas, 'Tổng hợp').getCharts()[0] as FakeEmbeddedChart).fakeOptions().title).toBe(
      SHEETS_SUMMARY_TEXT.chartTitle,
    );

    menuCreateReport();
    expect(gas.ui.alerts[0].title).toBe(SERVER_TEXT.reportCreatedTitle);
    expect(gas.documentApp.documents).toHaveLength(2);
  });

  it('reflects entries changed since the last Tính điểm, writes no cell, and says when Docs refuses', () => {
    setup(gas);
    fillEntries(gas, SAMPLE_ENTRIES);
    fillInfo(gas, SAMPLE_INFO);
    const before = computeScores().result.index.percent;
    const s = sheet(gas, '1. Chỉ đạo điều hành');
    s.fakeSeed([['Không ban hành']], rowOf(s, '1.1.1'), col('value') + 1);
    gas.writes.reset();
    expect(sidebarCreateReport().ok).toBe(true);
    expect(gas.writes.all()).toEqual([]);
    const text = gas.documentApp.lastDocument!.getBody().getText();
    const now = computeScores().result.index.percent;
    expect(now).toBeLessThan(before);
    expect(text).toContain(formatPercent2(now));
    expect(text).not.toContain(formatPercent2(before));

    gas.documentApp.createQuota = 0;
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const refused = sidebarCreateReport();
    log.mockRestore();
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(/[ạảãáàâăđêôơư]/);
    expect(!refused.ok && refused.message).not.toMatch(/Service invoked/);
  });
});

describe('Tạo báo cáo định kỳ / tự kiểm tra', () => {
  it('the menu asks for the period; the sidebar passes it; each makes its own Google Doc', () => {
    setup(gas);
    fillEntries(gas, SAMPLE_ENTRIES);
    fillInfo(gas, SAMPLE_INFO);
    gas.ui.queuePrompt('2', 'OK');
    menuCreatePeriodicReport();
    expect(gas.ui.alerts[0].title).toBe(REPORT_KINDS_UI_TEXT.createdTitle(REPORT_KINDS_UI_TEXT.names.h1));
    expect(gas.documentApp.lastDocument!.getName()).toBe('Báo cáo CCHC 6 tháng đầu năm 2023 – Xã Cao An');
    expect(gas.documentApp.lastDocument!.getBody().getText()).toContain('từ ngày 15/12/2022 đến ngày 14/06/2023');

    gas.ui.queuePrompt('năm', 'OK');
    menuCreatePeriodicReport();
    expect(gas.ui.alerts[1].prompt).toBe(REPORT_KINDS_UI_TEXT.periodInvalid('năm'));
    gas.ui.queuePrompt('', 'CANCEL');
    menuCreatePeriodicReport();
    expect(gas.ui.alerts).toHaveLength(2);
    expect(gas.documentApp.documents).toHaveLength(1);

    const q1 = sidebarCreatePeriodicReport('q1');
    expect(q1.ok && q1.data.name).toBe('Báo cáo CCHC quý I 2023 – Xã Cao An');
    const inspection = sidebarCreateInspectionReport();
    expect(inspection.ok && inspection.data.name).toBe('Báo cáo tự kiểm tra CCHC 2023 – Xã Cao An');
    expect(gas.documentApp.lastDocument!.getBody().getText()).toContain('Kính gửi: Chủ tịch UBND xã Cao An.');
    menuCreateInspectionReport();
    expect(gas.ui.alerts[2].title).toBe(REPORT_KINDS_UI_TEXT.createdTitle(REPORT_KINDS_UI_TEXT.names.inspection));
    expect(gas.documentApp.documents).toHaveLength(4);
    expect(sidebarCreatePeriodicReport('x' as never).ok).toBe(false);
  });

  it('a sheet with errors: the report says so and so does the answer; the Docs quota gives the Vietnamese message', () => {
    setup(gas);
    fillEntries(gas, { ...SAMPLE_ENTRIES, '7.2': { ...SAMPLE_ENTRIES['7.2'], a: 3000, b: 2500 } });
    fillInfo(gas, SAMPLE_INFO);
    const answer = sidebarCreatePeriodicReport('9m');
    expect(answer.ok).toBe(true);
    const warning = answer.ok ? answer.data.warning : '';
    expect(warning).toMatch(/^LƯU Ý: bảng theo dõi còn \d+ lỗi/);
    const [quality, dateNote] = warning!.split('\n\n');
    expect(gas.documentApp.lastDocument!.getBody().getText()).toContain(quality);
    // Ngày báo cáo (25/12/2023) is the year-end report's: the 9-month report is dated at its period's end.
    expect(dateNote).toBe(periodicText.dateMoved('9m', '25/12/2023', '15/09/2023'));
    expect(gas.documentApp.lastDocument!.getBody().getText()).toContain('ngày 15 tháng 9 năm 2023');
    gas.documentApp.createQuota = 0;
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const refused = sidebarCreateInspectionReport();
    log.mockRestore();
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toBe(reportText.docsErrors.dailyQuota);
  });
});
