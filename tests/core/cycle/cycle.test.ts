import { appraisalGaps } from '../../../src/core/cycle/appraisal';
import { evidenceCompleteness } from '../../../src/core/cycle/evidence';
import { formatAreaPoints, parseAreaPoints, planNewYear } from '../../../src/core/cycle/newYear';
import { SNAPSHOT_HEADER, snapshotRows } from '../../../src/core/cycle/snapshot';
import type { CellValue } from '../../../src/core/cells';
import { AREA_COLUMNS, col, INFO_FIELDS } from '../../../src/core/layout';
import { scoreWorkbook } from '../../../src/core/pipeline';
import { SAMPLE_ENTRIES, sampleGrids } from '../../../src/core/sample/caoAn2023';
import type { WorkbookGrids } from '../../../src/core/workbook';
import { rowNumberOf, setCell, tabOf } from '../helpers';

function applyPlan(grids: WorkbookGrids, plan: ReturnType<typeof planNewYear>): void {
  for (const b of plan.blocks) {
    const tab = grids.tabs.find((t) => t.name === b.sheet)!;
    b.values.forEach((row, i) => row.forEach((v, j) => (tab.values[b.row - 1 + i][b.column - 1 + j] = v)));
  }
  const info = grids.tabs.find((t) => t.name === 'Thông tin chung')!;
  for (const w of plan.info) {
    const label = INFO_FIELDS.find((f) => f.key === w.key)!.label;
    info.values.find((r) => r[0] === label)![1] = w.value;
  }
}

describe('evidence completeness', () => {
  it('counts the sample from its entries: one explanation only (2.2), one with nothing (7.5), N/A left out', () => {
    const result = scoreWorkbook(sampleGrids());
    const { overall, areas } = evidenceCompleteness(result);
    const leaves = Object.entries(SAMPLE_ENTRIES).filter(([, e]) => e.na !== 'x');
    const none = leaves.filter(([, e]) => !e.evidence && !e.explanation).map(([c]) => c);
    const explanationOnly = leaves.filter(([, e]) => !e.evidence && e.explanation).map(([c]) => c);
    expect(none).toEqual(['7.5']);
    expect(explanationOnly).toEqual(['2.2']);
    expect(overall).toMatchObject({
      total: leaves.length,
      withEvidence: leaves.length - 2,
      explanationOnly: 1,
      none: 1,
    });
    expect(overall.completePercent).toBe(Math.round(((leaves.length - 1) / leaves.length) * 10000));
    expect(areas.find((a) => a.areaCode === '7')).toMatchObject({ none: 1, explanationOnly: 0 });
    expect(areas.find((a) => a.areaCode === '2')).toMatchObject({ total: 3, explanationOnly: 1 });
  });
});

describe('appraisal', () => {
  it('lists the criteria the district scored lower, most points first, and totals the appraisal', () => {
    const grids = sampleGrids();
    setCell(grids, '3.5', 'appraisal', 3); // self 4
    setCell(grids, '7.2', 'appraisal', 2); // self 4
    setCell(grids, '1.5', 'appraisal', 1); // equal to self
    const result = scoreWorkbook(grids);
    expect(appraisalGaps(result).map((g) => [g.code, g.self, g.appraisal, g.lost])).toEqual([
      ['7.2', 4000, 2000, 2000],
      ['3.5', 4000, 3000, 1000],
    ]);
    expect(result.appraisal).not.toBeNull();
    // Criteria left blank keep their self score: the index drops by exactly the two gaps.
    expect(result.appraisal!.index.points).toBe(result.index.points - 2000 - 1000);
  });
});

describe('new year', () => {
  it('clears inputs, keeps the person in charge, carries points to "Điểm năm trước" and the index to Thông tin chung', () => {
    const grids = sampleGrids();
    const year1 = scoreWorkbook(grids);
    const plan = planNewYear(grids, year1);
    expect(plan.year).toBe(2024);
    expect(plan.blocks).toHaveLength(7);
    expect(
      plan.blocks.every(
        (b) => b.column === col('a') + 1 && b.values.every((r) => r.length === col('response') - col('a') + 1),
      ),
    ).toBe(true);
    applyPlan(grids, plan);

    const tab7 = tabOf(grids, '7');
    const row76 = tab7.values[rowNumberOf(tab7, '7.6') - 1];
    expect(row76[col('previousPoints')]).toBe(2.734);
    expect(row76[col('a')]).toBe('');
    expect(row76[col('evidence')]).toBe('');
    expect(row76[col('owner')]).toBe(SAMPLE_ENTRIES['7.6'].owner);
    const tab2 = tabOf(grids, '2');
    expect(tab2.values[rowNumberOf(tab2, '2.4') - 1][col('previousPoints')]).toBe('KPS');
    expect(tab2.values[rowNumberOf(tab2, '2') - 1][col('previousPoints')]).toBe(6);

    const year2 = scoreWorkbook(grids);
    expect(year2.index.points).toBe(0);
    expect(year2.criteria.filter((c) => c.status === 'scored')).toHaveLength(0);
    expect(year2.info.year).toBe(2024);
    expect(year2.info.previousIndexPoints).toBe(year1.index.points / 1000);
    expect(year2.info.previousIndexPercent).toBe(year1.index.percent / 100);
    const carried = parseAreaPoints(String(year2.info.previousAreaPoints));
    for (const a of year1.areas) expect(carried.get(a.code)).toBe(a.points);
    // The catalogue is untouched.
    expect(year2.spec).toEqual(year1.spec);
  });

  it("leaves officials' own rows without a code as they were", () => {
    const grids = sampleGrids();
    const tab = tabOf(grids, '1');
    const note: CellValue[] = AREA_COLUMNS.map(() => '');
    note[col('explanation')] = 'Ghi chú riêng của công chức';
    tab.values.push(note);
    applyPlan(grids, planNewYear(grids, scoreWorkbook(grids)));
    expect(tab.values[tab.values.length - 1][col('explanation')]).toBe('Ghi chú riêng của công chức');
  });

  it('formats and parses area points the Vietnamese way', () => {
    const text = formatAreaPoints([
      { code: '1', points: 11150 },
      { code: '7', points: 18234 },
      { code: '4', points: 8000 },
    ]);
    expect(text).toBe('1: 11,15; 7: 18,234; 4: 8');
    expect([...parseAreaPoints(text)]).toEqual([
      ['1', 11150],
      ['7', 18234],
      ['4', 8000],
    ]);
  });
});

describe('round snapshot', () => {
  it('keeps every criterion row with its inputs and points, then the areas and the index', () => {
    const grids = sampleGrids();
    const result = scoreWorkbook(grids);
    const rows = snapshotRows(grids, result, '2024-01-08T09:00:00+07:00', 'vanphong@example.gov.vn');
    const leafAndGroupRows = result.criteria.length;
    expect(rows).toHaveLength(leafAndGroupRows + result.areas.length + 1);
    expect(rows.every((r) => r.length === SNAPSHOT_HEADER.length)).toBe(true);
    const r35 = rows.find((r) => r[4] === '3.5')!;
    expect(r35.slice(5, 7)).toEqual([1236, 1242]);
    expect(r35[SNAPSHOT_HEADER.indexOf('Điểm tự chấm')]).toBe(4);
    const total = rows[rows.length - 1];
    expect(total[SNAPSHOT_HEADER.indexOf('Điểm tự chấm')]).toBe(result.index.points / 1000);
  });
});
