/**
 * The yearly cycle in Sheets, on the fakes, through the functions the menu calls (src/main.ts):
 * Chốt số liệu, Mở lại, Tạo năm mới, Bảng tự đánh giá; the appraisal and evidence in the sidebar and
 * Tổng hợp; Tính điểm on a locked workbook.
 */
import { finalScores } from '../../src/core/cycle/newYear';
import { formatPercent2, formatPoints } from '../../src/core/format';
import type { FakeGas } from '../fakes';
import { appraisalGaps } from '../../src/core/cycle/appraisal';
import { evidenceCompleteness } from '../../src/core/cycle/evidence';
import { SNAPSHOT_HEADER, snapshotRows } from '../../src/core/cycle/snapshot';
import { selfAssessmentGrid } from '../../src/core/cycle/selfAssessmentTable';
import { col, colNumber, TAB_NAMES } from '../../src/core/layout';
import { scoreWorkbook, WorkbookResult } from '../../src/core/pipeline';
import { SAMPLE_ASSIGNMENTS, SAMPLE_ENTRIES, SAMPLE_INFO } from '../../src/core/sample/caoAn2023';
import { summaryCol, SUMMARY_ROWS } from '../../src/core/summary';
import { CYCLE_MENU_TEXT, CYCLE_SUMMARY_TEXT, CYCLE_TEXT, SELF_ASSESSMENT_TAB, SERVER_TEXT } from '../../src/core/text';
import type { WorkbookGrids } from '../../src/core/workbook';
import * as main from '../../src/main';
import {
  menuComputeScores,
  menuLockRound,
  menuNewYear,
  menuReopenRound,
  menuSelfAssessmentTable,
  menuSetupWorkbook,
  sidebarGetDashboard,
} from '../../src/main';
import { LOCK_KEY, readLockState } from '../../src/sheets/cycle/lockState';
import * as computeModule from '../../src/sheets/computeScores';
import { computeScores } from '../../src/sheets/computeScores';
import { MENU_ITEMS } from '../../src/sheets/menu';
import { KEYS } from '../../src/sheets/store';
import { FakeProtection, FakeRange } from '../fakes/spreadsheet';
import {
  areaTabs,
  fillAssignments,
  fillEntries,
  fillInfo,
  inputCells,
  install,
  OFFICE,
  rowOf,
  setup,
  sheet,
  writesToInputs,
} from '../sheets/helpers';
import { appraisalEntries } from './helpers';

const TUPHAP = 'tuphap.caoan@example.gov.vn';
const AREA2 = '2. Cải cách thể chế';

let gas: FakeGas;
afterEach(() => gas.uninstall());

/** The sample workbook with Phân công applied (officials own their inputs), as the office sets it up. */
function sampleWorkbook(options: Parameters<typeof install>[0] = {}): void {
  gas = install(options);
  setup(gas);
  fillAssignments(gas, SAMPLE_ASSIGNMENTS);
  setup(gas);
  fillEntries(gas, SAMPLE_ENTRIES);
  fillInfo(gas, SAMPLE_INFO);
}

const grids = (): WorkbookGrids => ({
  tabs: gas.spreadsheet
    .fakeSheets()
    .filter((s) => s.fakeName !== TAB_NAMES.snapshot)
    .map((s) => ({ name: s.fakeName, values: s.fakeValues() as WorkbookGrids['tabs'][number]['values'] })),
});
const lastAlert = () => gas.ui.alerts[gas.ui.alerts.length - 1];
const dashboard = () => {
  const d = sidebarGetDashboard();
  if (!d.ok) throw new Error(d.message);
  return d.data;
};

/** An official types into an input cell of area 2 (throws when protected). */
function officialTypes(value: number): void {
  const s = sheet(gas, AREA2);
  gas.runAs('tuphap', () => s.getRange(rowOf(s, '2.2'), colNumber('a')).setValue(value), { user: TUPHAP });
}

describe('the menu', () => {
  it('has the four cycle items, each a function of main.ts', () => {
    gas = install();
    const items = MENU_ITEMS.flatMap((i) => (i ? [i] : []));
    for (const [label, fn] of [
      [CYCLE_MENU_TEXT.lock, 'menuLockRound'],
      [CYCLE_MENU_TEXT.reopen, 'menuReopenRound'],
      [CYCLE_MENU_TEXT.newYear, 'menuNewYear'],
      [CYCLE_MENU_TEXT.selfAssessmentTab, 'menuSelfAssessmentTable'],
    ]) {
      expect(items).toContainEqual({ label, fn });
      expect(typeof (main as Record<string, unknown>)[fn]).toBe('function');
    }
  });
});

describe('appraisal in the sidebar and Tổng hợp', () => {
  it("Tính điểm fills appraisalIndex, each area's appraisal points and the difference in Tổng hợp", () => {
    sampleWorkbook();
    fillEntries(gas, appraisalEntries());
    const { result, view } = computeScores();
    expect(result.appraisal).not.toBeNull();
    expect(view.appraisalIndex!.points).toBe(result.appraisal!.index.points / 1000);
    expect(view.appraisalIndex!.percent).toBe(result.appraisal!.index.percent / 100);
    for (const a of view.areas)
      expect(a.appraisalPoints).toBe(result.appraisal!.areas.find((x) => x.code === a.code)!.points / 1000);
    // Where the district gave fewer points is visible per area: 3 and 7 and 1 lost points.
    const lower = view.areas.filter((a) => a.appraisalPoints! < a.points).map((a) => a.code);
    expect(lower).toEqual([...new Set(appraisalGaps(result).map((g) => g.areaCode))].sort());

    const summary = sheet(gas, TAB_NAMES.summary).fakeValues();
    result.areas.forEach((a, i) => {
      const ap = result.appraisal!.areas[i];
      expect(summary[SUMMARY_ROWS.firstArea - 1 + i][summaryCol('appraisal')]).toBe(ap.points / 1000);
      expect(summary[SUMMARY_ROWS.firstArea - 1 + i][summaryCol('appraisalGap')]).toBe((ap.points - a.points) / 1000);
    });
    const band = summary.find((r) => r[summaryCol('title')] === CYCLE_SUMMARY_TEXT.appraisalGapsLabel)!;
    expect(String(band[summaryCol('max')])).toMatch(/^3 tiêu chí/);
  });

  it("the sidebar's evidence counts are evidenceCompleteness of the workbook", () => {
    sampleWorkbook();
    const { result, view } = computeScores();
    const { overall } = evidenceCompleteness(result);
    expect(view.evidence).toMatchObject({
      total: overall.total,
      withEvidence: overall.withEvidence,
      explanationOnly: overall.explanationOnly,
      none: overall.none,
    });
  });
});

describe('Chốt số liệu', () => {
  it('snapshots every input and result into the protected tab, locks every input range for the office only, and stores the state', () => {
    sampleWorkbook();
    fillEntries(gas, appraisalEntries());
    officialTypes(9); // allowed before the lock
    gas.writes.reset();
    menuLockRound();
    expect(lastAlert().title).toBe(CYCLE_TEXT.lockDoneTitle);
    expect(writesToInputs(gas)).toEqual([]);

    const result = scoreWorkbook(grids());
    const snap = sheet(gas, TAB_NAMES.snapshot).fakeValues();
    expect(snap[0]).toEqual([...SNAPSHOT_HEADER]);
    expect(String(snap[2][0])).toMatch(
      /^Chốt số liệu năm 2023 lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2} – van\.phong@caoan\.example$/,
    );
    const rows = snap.slice(3);
    const when = String(rows[0][0]);
    expect(rows).toEqual(snapshotRows(grids(), result, when, OFFICE));
    expect(rows[rows.length - 1][SNAPSHOT_HEADER.indexOf('Điểm thẩm định')]).toBe(
      result.appraisal!.index.points / 1000,
    );

    const state = readLockState(gas.propertiesService.getDocumentProperties().getProperties())!;
    expect(state).toMatchObject({ locked: true, user: OFFICE, atText: when, year: '2023' });
    expect(dashboard().locked).toBe(true);

    // Officials can no longer type; the office still can (e.g. the district's points).
    expect(() => officialTypes(10)).toThrow(/protected/);
    const s3 = sheet(gas, '3. Cải cách TTHC');
    expect(() => s3.getRange(rowOf(s3, '3.2'), colNumber('appraisal')).setValue(0.5)).not.toThrow();
    for (const { sheet: s } of areaTabs(gas)) {
      const locks = s.fakeProtections().filter((p) => p.getDescription().startsWith(CYCLE_TEXT.lockProtectionPrefix));
      expect(locks).toHaveLength(1);
      expect(locks[0].fakeEditorEmails()).toEqual([OFFICE]);
      expect(locks[0].getRange().getColumn()).toBe(colNumber('a'));
      expect(locks[0].getRange().getNumColumns()).toBe(colNumber('owner') - colNumber('a') + 1);
    }
    const snapshotProtection = sheet(gas, TAB_NAMES.snapshot).fakeProtections()[0];
    expect(snapshotProtection.getDescription()).toBe(CYCLE_TEXT.snapshotProtection);
    expect(snapshotProtection.fakeEditorEmails()).toEqual([OFFICE]);
  });

  it('keeps texts as texts in the snapshot: an explanation starting with "=" never runs as a formula', () => {
    sampleWorkbook();
    const s1 = sheet(gas, '1. Chỉ đạo điều hành');
    s1.fakeSeed([['=IMPORTXML("http://x","//a")']], rowOf(s1, '1.7'), colNumber('explanation'));
    expect(s1.fakeValues()[rowOf(s1, '1.7') - 1][col('explanation')]).toBe('=IMPORTXML("http://x","//a")');
    menuLockRound();
    const snap = sheet(gas, TAB_NAMES.snapshot);
    const r = snap.fakeValues().findIndex((row) => row[4] === '1.7') + 1;
    const c = SNAPSHOT_HEADER.indexOf('Giải trình') + 1;
    expect(snap.fakeValues()[r - 1][c - 1]).toBe('=IMPORTXML("http://x","//a")');
    expect(gas.inspect(() => snap.getRange(r, c).getFormula())).toBe('');
  });

  it('Tính điểm on a locked workbook still works, for an official too, and writes nothing to inputs', () => {
    sampleWorkbook();
    menuLockRound();
    gas.writes.reset();
    const before = inputCells(gas);
    const { result, view } = gas.runAs('tuphap', () => computeScores(), { user: TUPHAP });
    expect(result.index.points).toBe(scoreWorkbook(grids()).index.points);
    expect(view.locked).toBe(true);
    menuComputeScores();
    expect(lastAlert().title).toBe('Tính điểm');
    expect(writesToInputs(gas)).toEqual([]);
    expect(gas.writes.filter({ method: 'Range.setValues' }).length).toBeGreaterThan(0);
    expect(inputCells(gas)).toEqual(before);
  });

  it('refuses anyone but the office, with a Vietnamese message, and changes nothing', () => {
    sampleWorkbook({ editorEmails: [TUPHAP] });
    gas.writes.reset();
    const asOfficial = (fn: () => void) => gas.runAs('tuphap', fn, { user: TUPHAP });
    asOfficial(menuLockRound);
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.notOffice(CYCLE_MENU_TEXT.lock, TUPHAP));
    expect(gas.writes.length).toBe(0);
    expect(gas.spreadsheet.getSheetByName(TAB_NAMES.snapshot)).toBeNull();
    menuLockRound(); // the office
    asOfficial(menuReopenRound);
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.notOffice(CYCLE_MENU_TEXT.reopen, TUPHAP));
    gas.ui.queueAnswer('YES');
    asOfficial(menuNewYear);
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.notOffice(CYCLE_MENU_TEXT.newYear, TUPHAP));
    expect(dashboard().locked).toBe(true);
    expect(scoreWorkbook(grids()).info.year).toBe(2023);
  });

  it('with warning-only protections (no office protection to ask) only the owner may lock', () => {
    gas = install({ editorEmails: [TUPHAP] });
    setup(gas, undefined, 'warning');
    fillEntries(gas, SAMPLE_ENTRIES);
    fillInfo(gas, SAMPLE_INFO);
    gas.runAs('tuphap', menuLockRound, { user: TUPHAP });
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.notOffice(CYCLE_MENU_TEXT.lock, TUPHAP));
    menuLockRound();
    expect(lastAlert().title).toBe(CYCLE_TEXT.lockDoneTitle);
  });

  it('counts as office whoever edits Thông tin chung (setup run by the office) even when another account owns the file', () => {
    sampleWorkbook({ ownerEmail: 'chu.tich@caoan.example', activeUserEmail: OFFICE, effectiveUserEmail: OFFICE });
    menuLockRound();
    expect(lastAlert().title).toBe(CYCLE_TEXT.lockDoneTitle);
  });

  it('a second lock is refused; after Mở lại and a change, a new block is appended and the first is never written over', () => {
    sampleWorkbook();
    menuLockRound();
    const first = sheet(gas, TAB_NAMES.snapshot).fakeValues();
    menuLockRound();
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.alreadyLockedHint);

    menuReopenRound();
    expect(lastAlert().title).toBe(CYCLE_TEXT.reopenDoneTitle);
    expect(dashboard().locked).toBe(false);
    officialTypes(10); // the officials have their inputs back
    gas.writes.reset();
    menuLockRound();
    expect(gas.writes.touching(TAB_NAMES.snapshot, { row: 1, numRows: first.length }, ['content', 'format'])).toEqual(
      [],
    );
    const both = sheet(gas, TAB_NAMES.snapshot).fakeValues();
    expect(both.slice(0, first.length)).toEqual(first);
    const second = both.slice(first.length + 2);
    expect(second).toHaveLength(first.length - 3);
    const row22 = (rows: unknown[][]) => rows.find((r) => r[4] === '2.2')!;
    expect(row22(second)[5]).toBe(10);
    expect(row22(first.slice(3))[5]).not.toBe(10);
  });

  it('Mở lại gives each locked input range back to its officials without a full setup', () => {
    sampleWorkbook({ enforceProtections: true });
    const inputsBefore = areaTabs(gas).map(
      (t) => t.sheet.fakeProtections().filter((p) => p.getDescription().startsWith('CCHC: ô nhập liệu')).length,
    );
    menuLockRound();
    gas.calls.reset();
    gas.writes.reset();
    menuReopenRound();
    expect(lastAlert().title).toBe(CYCLE_TEXT.reopenDoneTitle);
    // No setup: no sheet is read whole, no cell, format or validation is written.
    expect(gas.writes.all()).toEqual([]);
    expect(gas.calls.count('Sheet.setConditionalFormatRules') + gas.calls.count('Range.setDataValidations')).toBe(0);
    expect(gas.calls.total()).toBeLessThan(250); // was a full setup plus the lock check: see setupCost.test.ts
    const inputsAfter = areaTabs(gas).map(
      (t) => t.sheet.fakeProtections().filter((p) => p.getDescription().startsWith('CCHC: ô nhập liệu')).length,
    );
    expect(inputsAfter).toEqual(inputsBefore);
    expect(
      gas.spreadsheet
        .fakeSheets()
        .flatMap((s) => s.fakeProtections())
        .filter((p) => p.getDescription().startsWith('CCHC-CHỐT')),
    ).toEqual([]);
    officialTypes(10); // the officials have their inputs back
    // A later setup finds nothing to change.
    gas.writes.reset();
    setup(gas);
    expect(gas.writes.all()).toEqual([]);
  });

  it('Mở lại is refused when nothing is locked, and keeps the snapshot tab', () => {
    sampleWorkbook();
    menuReopenRound();
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.notLocked);
    menuLockRound();
    const snap = sheet(gas, TAB_NAMES.snapshot).fakeValues();
    menuReopenRound();
    expect(sheet(gas, TAB_NAMES.snapshot).fakeValues()).toEqual(snap);
    expect(
      gas.spreadsheet.fakeAllProtections().some((p) => p.getDescription().startsWith(CYCLE_TEXT.lockProtectionPrefix)),
    ).toBe(false);
    expect(readLockState(gas.propertiesService.getDocumentProperties().getProperties())).toMatchObject({
      locked: false,
      releasedBy: OFFICE,
    });
  });

  it('a setup run during the lock keeps the inputs locked', () => {
    sampleWorkbook();
    menuLockRound();
    menuSetupWorkbook();
    expect(() => officialTypes(11)).toThrow(/protected/);
  });
});

describe('Tạo năm mới', () => {
  it('is refused before the round is locked, writing nothing', () => {
    sampleWorkbook();
    gas.writes.reset();
    menuNewYear();
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.newYearNotLocked);
    expect(gas.writes.length).toBe(0);
  });

  it('asks YES/NO naming the file and the clearing; NO changes nothing', () => {
    sampleWorkbook();
    menuLockRound();
    const before = grids();
    gas.writes.reset();
    gas.ui.queueAnswer('NO');
    menuNewYear();
    const ask = gas.ui.alerts[gas.ui.alerts.length - 2];
    expect(ask.title).toBe(CYCLE_TEXT.newYearConfirmTitle);
    expect(ask.prompt).toBe(CYCLE_TEXT.newYearConfirm(gas.spreadsheet.getName(), 2023, 2024));
    expect(String(ask.buttons)).toBe('YES_NO');
    expect(lastAlert().prompt).toBe(CYCLE_TEXT.newYearCancelled);
    expect(gas.writes.length).toBe(0);
    expect(grids()).toEqual(before);
  });

  it('YES: one setValues per area tab, Thông tin chung carried, lock released, officials back, sidebar compares years', () => {
    sampleWorkbook();
    fillEntries(gas, appraisalEntries());
    menuLockRound();
    const yearN: WorkbookResult = scoreWorkbook(grids());
    gas.writes.reset();
    gas.ui.queueAnswer('YES');
    menuNewYear();
    expect(lastAlert().title).toBe(CYCLE_TEXT.newYearDoneTitle);

    for (const { name, headerRow } of areaTabs(gas)) {
      const planned = gas.writes
        .filter({ sheet: name, method: 'Range.setValues' })
        .filter((w) => w.col === colNumber('a'));
      expect(planned).toHaveLength(1);
      expect(planned[0].row).toBe(headerRow + 1);
      expect(planned[0].numCols).toBe(colNumber('response') - colNumber('a') + 1);
    }
    const next = scoreWorkbook(grids());
    expect(next.info.year).toBe(2024);
    expect(next.index.points).toBe(0);
    expect(next.appraisal).toBeNull();
    for (const c of yearN.criteria) {
      if (c.kind === 'group' || c.status === 'retired') continue;
      const row = sheet(gas, c.sheet!).fakeValues()[c.row! - 1];
      // The appraised points where the district gave them (appraisalEntries), else the self score.
      expect([c.code, row[col('previousPoints')], row[col('a')], row[col('evidence')]]).toEqual([
        c.code,
        c.status === 'na' ? 'KPS' : finalScores(yearN).criterionPoints(c) / 1000,
        '',
        '',
      ]);
    }
    const view = dashboard();
    expect(view.locked).toBe(false);
    expect(view.year).toBe('2024');
    expect(yearN.appraisal).not.toBeNull();
    for (const a of view.areas)
      expect(a.lastYearPoints).toBe(yearN.appraisal!.areas.find((x) => x.code === a.code)!.points / 1000);
    expect(
      gas.spreadsheet.fakeAllProtections().some((p) => p.getDescription().startsWith(CYCLE_TEXT.lockProtectionPrefix)),
    ).toBe(false);
    officialTypes(7);
    // The snapshot of year N stays; running it again needs a new lock.
    expect(sheet(gas, TAB_NAMES.snapshot).fakeValues().length).toBeGreaterThan(3);
    menuNewYear();
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.newYearNotLocked);
  });

  it('when the Tính điểm that follows fails, the new year stands and the message says to press Tính điểm', () => {
    sampleWorkbook();
    menuLockRound();
    const spy = jest.spyOn(computeModule, 'computeScores').mockImplementation(() => {
      throw new Error('Service Spreadsheets timed out');
    });
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    gas.ui.queueAnswer('YES');
    menuNewYear();
    spy.mockRestore();
    log.mockRestore();
    expect(lastAlert().title).toBe(CYCLE_TEXT.newYearDoneTitle);
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.newYearScoreLater);
    expect(scoreWorkbook(grids()).info.year).toBe(2024);
  });

  it("in a copy that kept the protections but not the add-on's properties, the lock is still recognised", () => {
    sampleWorkbook();
    menuLockRound();
    gas.propertiesService.getDocumentProperties().deleteAllProperties();
    gas.ui.queueAnswer('YES');
    menuNewYear();
    expect(lastAlert().title).toBe(CYCLE_TEXT.newYearDoneTitle);
    expect(readLockState(gas.propertiesService.getDocumentProperties().getProperties())!.locked).toBe(false);
    expect(gas.propertiesService.getDocumentProperties().getProperty(`${LOCK_KEY}.n`)).not.toBeNull();
  });
});

describe('Tạo năm mới stopped half-way, then run again', () => {
  // One clock for both runs, so the times written (snapshot, Tổng hợp, lock state) agree.
  beforeEach(() => jest.useFakeTimers({ now: new Date('2024-01-15T02:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  const props = () => gas.propertiesService.getDocumentProperties();
  /** Every tab's cells, the protections and whether a run is recorded as under way. */
  const finalState = () => ({
    tabs: gas.spreadsheet.fakeSheets().map((s) => [s.fakeName, s.fakeValues()]),
    protections: gas.spreadsheet
      .fakeAllProtections()
      .map(
        (p) =>
          `${p.getDescription()} ${p.getRange()?.getA1Notation() ?? ''} ${p
            .getEditors()
            .map((u) => u.getEmail())
            .sort()}`,
      )
      .sort(),
    underWay: props().getProperty(`${KEYS.newYear}.n`),
  });

  function lockedWorkbook(): void {
    sampleWorkbook();
    fillEntries(gas, appraisalEntries());
    menuLockRound();
  }

  /** The state a run that never stopped leaves (on its own workbook, uninstalled after). */
  function cleanRun(): ReturnType<typeof finalState> {
    lockedWorkbook();
    gas.ui.queueAnswer('YES');
    menuNewYear();
    expect(lastAlert().title).toBe(CYCLE_TEXT.newYearDoneTitle);
    const state = finalState();
    gas.uninstall();
    return state;
  }

  /** Makes the nth call of a fake method throw once, as a stopped execution would; the rest run as usual. */
  function failOnce<T extends object>(proto: T, method: keyof T & string, nth: number): () => boolean {
    const original = proto[method] as unknown as (...args: unknown[]) => unknown;
    let calls = 0;
    const spy = jest.spyOn(proto, method as never).mockImplementation(function (this: unknown, ...args: unknown[]) {
      if (++calls === nth) throw new Error('Exceeded maximum execution time');
      return original.apply(this, args);
    } as never);
    return () => {
      spy.mockRestore();
      return calls >= nth;
    };
  }

  function stopThenResume(proto: object, method: string, nth: (areaTabs: number) => number): void {
    const clean = cleanRun();
    lockedWorkbook();
    const yearN = scoreWorkbook(grids());
    const snapshotRows = sheet(gas, TAB_NAMES.snapshot).fakeValues().length;
    const restore = failOnce(proto as Record<string, unknown>, method, nth(areaTabs(gas).length));
    gas.ui.queueAnswer('YES');
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    menuNewYear();
    log.mockRestore();
    expect(restore()).toBe(true);
    expect(lastAlert().title).not.toBe(CYCLE_TEXT.newYearDoneTitle);
    expect(props().getProperty(`${KEYS.newYear}.n`)).not.toBeNull();

    gas.ui.queueAnswer('YES');
    menuNewYear();
    const ask = gas.ui.alerts[gas.ui.alerts.length - 2];
    expect(ask.prompt).toBe(CYCLE_TEXT.newYearResumeConfirm(gas.spreadsheet.getName(), 2023, 2024));
    expect(lastAlert().title).toBe(CYCLE_TEXT.newYearDoneTitle);
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.newYearResumed);
    const i = finalScores(yearN).index;
    expect(lastAlert().prompt).toContain(`${formatPercent2(i.percent)} (${formatPoints(i.points)} điểm)`);
    // Nothing archived twice, every figure of year N carried, inputs cleared once: the clean run's sheet.
    expect(sheet(gas, TAB_NAMES.snapshot).fakeValues().length).toBe(snapshotRows);
    expect(finalState()).toEqual(clean);
    expect(clean.underWay).toBeNull();

    // Finished: the next run is a new one, refused without a new lock; inputs typed since stay.
    officialTypes(7);
    menuNewYear();
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.newYearNotLocked);
    expect(sheet(gas, AREA2).fakeValues()[rowOf(sheet(gas, AREA2), '2.2') - 1][col('a')]).toBe(7);
  }

  it.each([
    ['clearing the first area tab', (_: number) => 1],
    ['clearing the second area tab (the first one cleared)', (_: number) => 2],
    ['clearing the last area tab', (n: number) => n],
    ['writing Thông tin chung (every area tab cleared)', (n: number) => n + 1],
  ])('stopped while %s: the second run finishes it as one run would', (_label, nth) => {
    stopThenResume(FakeRange.prototype, 'setValues', nth);
  });

  it('stopped while giving the inputs back to the officials: the second run does not clear again', () => {
    stopThenResume(FakeProtection.prototype, 'remove', () => 2);
  });

  it("a stopped run resumed from a half-cleared workbook still carries last year's points, not zeros", () => {
    lockedWorkbook();
    const yearN = scoreWorkbook(grids());
    const restore = failOnce(FakeRange.prototype as unknown as Record<string, unknown>, 'setValues', 2);
    gas.ui.queueAnswer('YES');
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    menuNewYear();
    log.mockRestore();
    expect(restore()).toBe(true);
    // The first area tab is cleared already: scoring now would give its criteria 0.
    expect(scoreWorkbook(grids()).index.points).toBeLessThan(finalScores(yearN).index.points);
    gas.ui.queueAnswer('YES');
    menuNewYear();
    for (const c of yearN.criteria) {
      if (c.kind === 'group' || c.status === 'retired' || c.status === 'na') continue;
      const row = sheet(gas, c.sheet!).fakeValues()[c.row! - 1];
      expect([c.code, row[col('previousPoints')]]).toEqual([c.code, finalScores(yearN).criterionPoints(c) / 1000]);
    }
  });
});

describe('Bảng tự đánh giá', () => {
  it("writes the core's table to its tab in one setValues, again on a later run, and never over someone else's tab", () => {
    sampleWorkbook();
    gas.writes.reset();
    menuSelfAssessmentTable();
    const expected = selfAssessmentGrid(scoreWorkbook(grids()));
    expect(lastAlert().prompt).toBe(CYCLE_TEXT.selfTableDone(SELF_ASSESSMENT_TAB, expected.criteria));
    const tab = sheet(gas, SELF_ASSESSMENT_TAB);
    expect(tab.fakeValues()).toEqual(expected.values);
    expect(gas.writes.filter({ sheet: SELF_ASSESSMENT_TAB, method: 'Range.setValues' })).toHaveLength(1);
    expect(writesToInputs(gas)).toEqual([]);
    // The tab is not mistaken for an area tab by Tính điểm.
    expect(computeScores().result.problems.filter((p) => p.sheet === SELF_ASSESSMENT_TAB)).toEqual([]);
    menuSelfAssessmentTable();
    expect(tab.fakeValues()).toEqual(expected.values);

    tab.fakeSeed([['Ghi chú riêng của văn phòng']], 1, 1);
    menuSelfAssessmentTable();
    expect(lastAlert().title).toBe(SERVER_TEXT.errorTitle);
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.selfTableTabTaken(SELF_ASSESSMENT_TAB));
    expect(tab.fakeValues()[0][0]).toBe('Ghi chú riêng của văn phòng');
  });
});
