import type { FakeEmbeddedChart, FakeGas } from '../fakes';
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import { AREA_ROWS, col, LOG_COLUMNS, TAB_NAMES } from '../../src/core/layout';
import { scoreWorkbook } from '../../src/core/pipeline';
import { evidenceCompleteness } from '../../src/core/cycle/evidence';
import { formatRatio } from '../../src/core/format';
import { SAMPLE_ENTRIES, SAMPLE_INFO, sampleGrids } from '../../src/core/sample/caoAn2023';
import { SUMMARY_TEXT, SERVER_TEXT, SHEETS_SUMMARY_TEXT } from '../../src/core/text';
import { computeScores } from '../../src/sheets/computeScores';
import { getDashboard } from '../../src/sheets/commands/dashboard';
import { MAX_STORED_PROBLEMS } from '../../src/sheets/dashboard';
import { DASHBOARD_CHART_KEY, findDashboardChart } from '../../src/sheets/summaryTab';
import { onEdit, sidebarComputeScores, sidebarCreateReport, sidebarGetDashboard } from '../../src/main';
import { areaTabs, fillEntries, fillInfo, install, rowOf, setup, sheet, writesToInputs } from './helpers';

let gas: FakeGas;
beforeEach(() => {
  gas = install();
});
afterEach(() => gas.uninstall());

function sampleWorkbook(): void {
  setup(gas);
  fillEntries(gas, SAMPLE_ENTRIES);
  fillInfo(gas, SAMPLE_INFO);
}

describe('the dashboard chart', () => {
  it('stays one chart after ten Tính điểm, found by its stored id (options never read back)', () => {
    sampleWorkbook();
    for (let i = 0; i < 10; i++) computeScores();
    const summary = sheet(gas, TAB_NAMES.summary);
    const charts = summary.getCharts();
    expect(charts).toHaveLength(1);
    // The fake answers null for every chart option, as the reference does not promise more.
    expect(charts[0].getOptions().get('title')).toBeNull();
    const stored = gas.propertiesService.getDocumentProperties().getProperty(DASHBOARD_CHART_KEY);
    expect(stored).toBe(String(charts[0].getChartId()));
    expect(findDashboardChart(summary)!.getChartId()).toBe(charts[0].getChartId());
  });

  it('is found by its anchor when the stored id is lost (a copy of the file), and the id is stored again', () => {
    sampleWorkbook();
    computeScores();
    gas.propertiesService.getDocumentProperties().deleteProperty(DASHBOARD_CHART_KEY);
    for (let i = 0; i < 3; i++) computeScores();
    const summary = sheet(gas, TAB_NAMES.summary);
    expect(summary.getCharts()).toHaveLength(1);
    expect(gas.propertiesService.getDocumentProperties().getProperty(DASHBOARD_CHART_KEY)).toBe(
      String(summary.getCharts()[0].getChartId()),
    );
  });

  it('ignores a chart of the office elsewhere on Tổng hợp', () => {
    sampleWorkbook();
    const summary = sheet(gas, TAB_NAMES.summary);
    gas.inspect(() =>
      summary.insertChart(
        summary.newChart().asPieChart().addRange(summary.getRange('A3:A5')).setPosition(20, 1, 0, 0).build(),
      ),
    );
    for (let i = 0; i < 3; i++) computeScores();
    expect(summary.getCharts()).toHaveLength(2);
    expect(summary.getCharts().filter((c) => (c as FakeEmbeddedChart).fakeType() === 'COLUMN')).toHaveLength(1);
  });
});

describe('Tính điểm on the sample workbook', () => {
  it('gives the same points, index and rating as the offline path', () => {
    sampleWorkbook();
    const offline = scoreWorkbook(sampleGrids());
    const { result, view } = computeScores();
    expect(result.index.points).toBe(offline.index.points);
    expect(result.index.percent).toBe(offline.index.percent);
    expect(result.index.rating).toBe(offline.index.rating);
    expect(result.index.group).toBe(offline.index.group);
    expect(result.areas.map((a) => [a.code, a.points, a.applicableMax])).toEqual(
      offline.areas.map((a) => [a.code, a.points, a.applicableMax]),
    );
    expect(view.index!.points).toBe(offline.index.points / 1000);
    expect(view.index!.rating).toBe(offline.index.rating);
    expect(view.commune).toBe('Cao An');
    expect(view.year).toBe('2023');

    // The points written in each row equal the offline points of that criterion.
    const offlinePoints = new Map(offline.criteria.map((c) => [c.code, c]));
    let checked = 0;
    for (const { sheet: s, headerRow } of areaTabs(gas)) {
      s.fakeValues()
        .slice(headerRow)
        .forEach((row) => {
          const c = offlinePoints.get(String(row[0]));
          if (!c || c.status === 'na' || c.status === 'retired') return;
          expect([row[0], row[col('points')]]).toEqual([row[0], c.points / 1000]);
          checked++;
        });
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('fills Tổng hợp, its chart (once), Nhật ký and keeps the previous run for the sidebar', () => {
    sampleWorkbook();
    const first = computeScores();
    const summary = sheet(gas, TAB_NAMES.summary);
    const values = summary.fakeValues();
    const indexRow = values.find((r) => r[1] === SUMMARY_TEXT.indexRow)!;
    expect(indexRow).toContain(first.result.index.points / 1000);
    expect(values.some((r) => r.includes(first.result.index.rating))).toBe(true);
    expect(String(values[1][0])).toContain('Kết quả lần Tính điểm lúc');

    const log = sheet(gas, TAB_NAMES.log).fakeValues();
    expect(log).toHaveLength(2);
    expect(log[1]).toHaveLength(LOG_COLUMNS.length);
    expect(log[1][0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    expect(log[1][1]).toBe('van.phong@caoan.example');
    expect(log[1][3]).toBe(first.result.index.points / 1000);
    expect(log[1][7]).toContain('1: ');

    // An official improves area 1, then runs again: one chart, a second log row, the previous points.
    const s1 = sheet(gas, '1. Chỉ đạo điều hành');
    s1.fakeSeed([[3]], rowOf(s1, '1.7'), col('a') + 1);
    const second = computeScores();
    expect(summary.getCharts()).toHaveLength(1);
    expect((summary.getCharts()[0] as FakeEmbeddedChart).fakeOptions().title).toBe(SHEETS_SUMMARY_TEXT.chartTitle);
    expect(sheet(gas, TAB_NAMES.log).fakeValues()).toHaveLength(3);
    const area1 = second.view.areas.find((a) => a.code === '1')!;
    expect(area1.previousRunPoints).toBe(first.result.areas[0].points / 1000);
    expect(area1.points).toBeGreaterThan(area1.previousRunPoints!);
    // The sidebar's next opening reads the stored view, without reading any sheet.
    gas.calls.reset();
    const stored = getDashboard();
    expect(gas.calls.count('Range.*')).toBe(0);
    expect(stored.index).toEqual(second.view.index);
    expect(stored.areas).toEqual(second.view.areas);
  });

  it('never writes an input cell and writes only the computed block of each area tab', () => {
    sampleWorkbook();
    gas.writes.reset();
    computeScores();
    expect(writesToInputs(gas)).toEqual([]);
    for (const { name, headerRow } of areaTabs(gas)) {
      const content = gas.writes.filter({ sheet: name, kinds: ['content'] });
      expect(content).toHaveLength(1);
      expect(content[0]).toMatchObject({
        row: headerRow + 1,
        col: col('ratio') + 1,
        numCols: 3,
        method: 'Range.setValues',
      });
    }
  });

  it('reports bad entries in Kiểm tra and in the view, with cells to go to', () => {
    sampleWorkbook();
    const s = sheet(gas, '3. Cải cách TTHC');
    const r = rowOf(s, '3.5');
    s.fakeSeed([[1300]], r, col('a') + 1); // a > b
    const { view } = computeScores();
    expect(String(s.fakeValues()[r - 1][col('check')])).toMatch(/^Lỗi/);
    const p = view.problems.find((x) => x.code === '3.5' && x.severity === 'error')!;
    expect(p).toMatchObject({ sheet: '3. Cải cách TTHC', cell: `H${r}`, areaCode: '3' });
    expect(view.errors).toBeGreaterThanOrEqual(1);
  });

  it('gives each area its evidence counts, the same as evidenceCompleteness, in the view and in the stored view', () => {
    sampleWorkbook();
    const { result, view } = computeScores();
    const { overall, areas } = evidenceCompleteness(scoreWorkbook(sampleGrids()));
    // The sample has an area with gaps, so a count mixed up between areas would show.
    expect(areas.some((e) => e.explanationOnly + e.none > 0)).toBe(true);
    const expected = areas.map((e) => ({
      code: e.areaCode,
      evidence: {
        total: e.total,
        withEvidence: e.withEvidence,
        explanationOnly: e.explanationOnly,
        none: e.none,
        completeText: formatRatio(e.completePercent),
      },
    }));
    expect(view.areas.map((a) => ({ code: a.code, evidence: a.evidence }))).toEqual(expected);
    expect(view.areas.map((a) => a.code)).toEqual(result.areas.map((a) => a.code));
    // Per area adds up to the overall line.
    const sum = (k: 'total' | 'withEvidence' | 'explanationOnly' | 'none') =>
      view.areas.reduce((n, a) => n + a.evidence![k], 0);
    expect([sum('total'), sum('withEvidence'), sum('explanationOnly'), sum('none')]).toEqual([
      overall.total,
      overall.withEvidence,
      overall.explanationOnly,
      overall.none,
    ]);

    const stored = sidebarGetDashboard();
    expect(stored.ok && stored.data.areas.map((a) => a.evidence)).toEqual(expected.map((e) => e.evidence));
  });
});

describe('service calls per Tính điểm', () => {
  /** A catalogue of three areas with `n` ratio criteria each. */
  function synthetic(n: number) {
    const spec = structuredClone(DEFAULT_CATALOGUE);
    spec.areas = ['1', '2', '3'].map((code) => ({
      code,
      title: `Lĩnh vực ${code}`,
      tabName: `${code}. Lĩnh vực`,
      maxPoints: n,
      criteria: Array.from({ length: n }, (_, i) => ({
        code: `${code}.${i + 1}`,
        title: `Tiêu chí ${code}.${i + 1}`,
        maxPoints: 1,
        kind: 'ratio' as const,
        rule: '= 100%: 1; còn lại: 0',
      })),
    }));
    return spec;
  }

  function countFor(n: number): Record<string, number> {
    const g = install();
    try {
      const spec = synthetic(n);
      setup(g, spec);
      const entries: Record<string, { a: number; b: number; evidence: string }> = {};
      for (const a of spec.areas)
        for (const c of a.criteria) entries[c.code] = { a: 1, b: 1, evidence: 'https://drive.google.com/x' };
      fillEntries(g, entries);
      g.calls.reset();
      const { result } = computeScores();
      expect(result.index.percent).toBe(10000);
      return g.calls.byMethod();
    } finally {
      g.uninstall();
      gas = install();
    }
  }

  it('is ≤ 1 read and ≤ 1 write per area tab plus a constant, the same for 10 and 1,000 rows per tab', () => {
    gas.uninstall();
    const small = countFor(10);
    const large = countFor(1000);
    expect(large).toEqual(small);
    const areaTabsCount = 3;
    // Reads: one getValues per tab that may hold data: 3 area tabs, Thông tin chung and the
    // spreadsheet's first, empty tab, plus Phân công (what is left per official); Tổng hợp and
    // Nhật ký are not read.
    expect(small['Range.getValues']).toBe(areaTabsCount + 3);
    // Writes: one computed block per area tab + Tổng hợp.
    expect(small['Range.setValues']).toBe(areaTabsCount + 1);
    const total = Object.values(small).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(80);
  });
});

describe('concurrency', () => {
  it('gives a second caller the busy message and writes nothing for it', () => {
    sampleWorkbook();
    gas.runAs('other', () => expect(LockService.getDocumentLock().tryLock(1000)).toBe(true), {
      user: 'tuphap.caoan@example.gov.vn',
    });
    gas.writes.reset();
    const answer = sidebarComputeScores();
    expect(answer).toEqual({ ok: false, message: SERVER_TEXT.busyCompute, hint: SERVER_TEXT.busyHint });
    expect(gas.writes.all()).toEqual([]);
    gas.endExecution('other');
    expect(sidebarComputeScores().ok).toBe(true);
    // The lock is released afterwards: another execution gets it at once.
    expect(gas.runAs('third', () => LockService.getDocumentLock().tryLock(0))).toBe(true);
  });
});

describe('the stored view', () => {
  it('is an empty view before the first run, and caps the stored problem list', () => {
    setup(gas);
    const empty = sidebarGetDashboard();
    expect(empty.ok && empty.data.index).toBeNull();
    expect(empty.ok && empty.data.catalogueNotice).toBe(DEFAULT_CATALOGUE.notice);

    // Nothing entered: every criterion is an error.
    const scored = sidebarComputeScores();
    expect(scored.ok).toBe(true);
    if (!scored.ok) return;
    expect(scored.data.errors).toBeGreaterThan(30);
    const stored = sidebarGetDashboard();
    expect(stored.ok && stored.data.errors).toBe(scored.data.errors);
    expect(stored.ok && stored.data.problems.length).toBeLessThanOrEqual(MAX_STORED_PROBLEMS);
    expect(stored.ok && stored.data.problems[0].severity).toBe('error');
  });

  it('keeps a header row found further down and still writes below it', () => {
    setup(gas);
    fillEntries(gas, SAMPLE_ENTRIES);
    const s = sheet(gas, '2. Cải cách thể chế');
    gas.inspect(() => s.insertRowsBefore(1, 2));
    const { result } = computeScores();
    const block = result.computed.find((b) => b.sheet === '2. Cải cách thể chế')!;
    expect(block.row).toBe(AREA_ROWS.header + 3);
    expect(writesToInputs(gas)).toEqual([]);
  });
});

describe('input cells', () => {
  it('are never written across every operation: setup, filled setup, Tính điểm, onEdit, report', () => {
    setup(gas);
    fillEntries(gas, SAMPLE_ENTRIES);
    fillInfo(gas, SAMPLE_INFO);
    setup(gas);
    computeScores();
    const s = sheet(gas, '7. Chính quyền số');
    const r = rowOf(s, '7.2');
    s.fakeSeed([[2600]], r, col('a') + 1);
    onEdit(gas.editEvent(s, r, col('a') + 1));
    expect(String(s.fakeValues()[r - 1][col('check')])).toMatch(/^Lỗi/);
    expect(sidebarCreateReport().ok).toBe(true);
    computeScores();
    expect(gas.writes.length).toBeGreaterThan(50);
    expect(writesToInputs(gas)).toEqual([]);
  });
});

describe('Tính điểm before setup', () => {
  it('answers with the problems instead of failing, and creates Tổng hợp and Nhật ký', () => {
    const answer = sidebarComputeScores();
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.data.errors).toBeGreaterThanOrEqual(1);
    expect(answer.data.problems.map((p) => p.message).join(' ')).toContain('Khởi tạo / cập nhật bảng theo dõi');
    expect(gas.spreadsheet.getSheetByName(TAB_NAMES.summary)).not.toBeNull();
    expect(sheet(gas, TAB_NAMES.log).fakeValues()).toHaveLength(2);
  });
});
