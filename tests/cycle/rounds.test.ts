/** Two appraisal rounds: lần 1 + note → giải trình → final; older files with one appraisal column. */
import { planNewYear } from '../../src/core/cycle/newYear';
import { areaRounds, criterionRounds, indexRounds, responsesDue } from '../../src/core/cycle/appraisal';
import { AREA_COLUMNS, col, LEGACY_AREA_WIDTH, letterOf } from '../../src/core/layout';
import { scoreWorkbook } from '../../src/core/pipeline';
import { SAMPLE_ENTRIES, sampleGrids } from '../../src/core/sample/caoAn2023';
import { summaryCol, summaryGrid, SUMMARY_ROWS } from '../../src/core/summary';
import { CYCLE_SUMMARY_TEXT, SUMMARY_TEXT } from '../../src/core/text';
import { findHeaderRow, headerMismatch, isLegacyHeader, type WorkbookGrids } from '../../src/core/workbook';
import { setCell } from '../core/helpers';
import { sampleReport } from '../report/helpers';

/** The sample with lần 1 lower on 3.5 and 7.2, a giải trình on 3.5, and the final appraisal restoring 3.5. */
function rounds(): WorkbookGrids {
  const grids = sampleGrids();
  setCell(grids, '3.5', 'appraisal1', 2);
  setCell(grids, '3.5', 'appraisal1Note', 'Thiếu sổ theo dõi hồ sơ quý IV');
  setCell(grids, '7.2', 'appraisal1', 1);
  setCell(grids, '3.5', 'response', 'Bổ sung sổ theo dõi hồ sơ quý IV (đính kèm)');
  return grids;
}

const pointsOf = (grids: WorkbookGrids, code: string) =>
  scoreWorkbook(grids).criteria.find((c) => c.code === code)!.points;

describe('two appraisal rounds', () => {
  it('a lần 1 lower than the self score makes a disputed criterion that waits for its giải trình', () => {
    const result = scoreWorkbook(rounds());
    const self35 = pointsOf(sampleGrids(), '3.5');
    const self72 = pointsOf(sampleGrids(), '7.2');
    expect(self35).toBeGreaterThan(2000);
    expect(self72).toBeGreaterThan(1000);
    const moved = criterionRounds(result);
    expect(moved.map((c) => [c.code, c.self, c.first, c.final, c.disputed])).toEqual([
      ['3.5', self35, 2000, 2000, true],
      ['7.2', self72, 1000, 1000, true],
    ]);
    expect(moved[0]).toMatchObject({
      firstNote: 'Thiếu sổ theo dõi hồ sơ quý IV',
      response: 'Bổ sung sổ theo dõi hồ sơ quý IV (đính kèm)',
    });
    expect(responsesDue(result).map((c) => c.code)).toEqual(['7.2']);
  });

  it('the final appraisal moves the index: self → lần 1 → final, per area and for the index', () => {
    const grids = rounds();
    const before = scoreWorkbook(grids);
    setCell(grids, '3.5', 'appraisal', pointsOf(grids, '3.5') / 1000);
    const result = scoreWorkbook(grids);
    const idx = indexRounds(result);
    expect(idx.first!.points).toBe(
      before.index.points - (pointsOf(grids, '3.5') - 2000) - (pointsOf(grids, '7.2') - 1000),
    );
    expect(idx.final!.points).toBe(before.index.points - (pointsOf(grids, '7.2') - 1000));
    expect(idx.self.points).toBe(before.index.points);
    const area3 = areaRounds(result, '3');
    expect(area3.first).toBe(area3.self - (pointsOf(grids, '3.5') - 2000));
    expect(area3.final).toBe(area3.self);
    expect(areaRounds(result, '2')).toEqual({
      self: areaRounds(result, '2').self,
      first: areaRounds(result, '2').self,
      final: areaRounds(result, '2').self,
    });
  });

  it('Tổng hợp has a lần 1 column before the final one, the lần 1 index and the criteria waiting for giải trình', () => {
    const result = scoreWorkbook(rounds());
    const { grid, indexRow, bandRows } = summaryGrid(result.spec, result);
    const header = grid.values[SUMMARY_ROWS.header - 1];
    expect(summaryCol('appraisal1')).toBe(summaryCol('appraisal') - 1);
    expect(header[summaryCol('appraisal1')]).toBe(CYCLE_SUMMARY_TEXT.appraisal1Header);
    expect(grid.values[indexRow - 1][summaryCol('appraisal1')]).toBe(result.appraisal1!.index.points / 1000);
    const area3 = grid.values.find((r) => r[summaryCol('code')] === '3')!;
    expect(area3[summaryCol('appraisal1')]).toBe(result.appraisal1!.areas.find((a) => a.code === '3')!.points / 1000);
    const bands = new Map(
      bandRows.map((b) => [grid.values[b.row - 1][summaryCol('title')], grid.values[b.row - 1][summaryCol('max')]]),
    );
    expect(bands.get(CYCLE_SUMMARY_TEXT.appraisal1Percent)).toBe(result.appraisal1!.index.percent / 10000);
    expect(bands.get(CYCLE_SUMMARY_TEXT.responsesDueLabel)).toBe('1 tiêu chí: 7.2');
    expect(bands.get(SUMMARY_TEXT.appraisalPercent)).toBe(result.appraisal!.index.percent / 10000);
  });

  it('a lần 1 cell that is not a number is an error at that cell and keeps the self score', () => {
    const grids = rounds();
    setCell(grids, '7.2', 'appraisal1', 'hai');
    const result = scoreWorkbook(grids);
    const p = result.problems.find((x) => x.code === '7.2' && x.column === 'appraisal1')!;
    expect(p.severity).toBe('error');
    expect(p.message).toMatch(/^Điểm thẩm định lần 1: /);
    expect(p.cell).toBe(`7. Chính quyền số!${letterOf('appraisal1')}${p.row}`);
    expect(result.criteria.find((c) => c.code === '7.2')!.points).toBe(pointsOf(sampleGrids(), '7.2'));
  });
});

describe('the report model', () => {
  it('carries self → lần 1 → final for the index, each area and the moved criteria with notes and giải trình', () => {
    const { result, model } = sampleReport({
      entries: {
        '3.5': {
          ...SAMPLE_ENTRIES['3.5'],
          appraisal1: 2,
          appraisal1Note: 'Thiếu sổ theo dõi',
          response: 'Đã bổ sung',
          appraisal: 3,
        },
        '7.2': { ...SAMPLE_ENTRIES['7.2'], appraisal1: 1 },
      },
    });
    const r = model.rounds!;
    expect(r.index.self.points).toBe(result.index.points);
    expect(r.index.first!.percent).toBe(result.appraisal1!.index.percent);
    expect(r.index.final!.points).toBe(result.appraisal!.index.points);
    expect(r.index.final!.points - r.index.first!.points).toBe(1000); // 3.5: 2 → 3 after giải trình
    const area3 = r.areas.find((a) => a.code === '3')!;
    expect([area3.self - area3.first!, area3.final! - area3.first!]).toEqual([
      result.criteria.find((c) => c.code === '3.5')!.points - 2000,
      1000,
    ]);
    expect(r.criteria.find((c) => c.code === '3.5')).toMatchObject({
      first: 2000,
      final: 3000,
      firstNote: 'Thiếu sổ theo dõi',
      response: 'Đã bổ sung',
      disputed: true,
    });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r); // JSON-safe, as the model must be
    expect(sampleReport().model.rounds).toBeNull();
  });
});

describe('Tạo năm mới after two rounds', () => {
  it('clears lần 1, its note and the giải trình with the other inputs, and carries the final points', () => {
    const grids = rounds();
    const result = scoreWorkbook(grids);
    const plan = planNewYear(grids, result);
    const tab3 = plan.blocks.find((b) => b.sheet.startsWith('3.'))!;
    const row35 =
      tab3.values[
        grids.tabs.find((t) => t.name === tab3.sheet)!.values.findIndex((r) => r[col('code')] === '3.5') -
          (tab3.row - 1)
      ];
    const at = (key: Parameters<typeof col>[0]) => row35[col(key) - (tab3.column - 1)];
    expect(row35).toHaveLength(AREA_COLUMNS.length - col('a'));
    expect([at('appraisal1'), at('appraisal1Note'), at('response')]).toEqual(['', '', '']);
    expect(at('previousPoints')).toBe(2); // lần 1 stands as final: no lần 2 typed
  });
});

describe('a file made before the rounds (one appraisal column)', () => {
  /** Cuts every area tab back to the old width, as files made before the rounds group are. */
  function legacy(grids: WorkbookGrids): WorkbookGrids {
    for (const t of grids.tabs)
      if (findHeaderRow(t.values) !== null) t.values = t.values.map((r) => r.slice(0, LEGACY_AREA_WIDTH));
    return grids;
  }

  it('reads without problems, and its Điểm thẩm định counts as the final appraisal', () => {
    const grids = legacy(sampleGrids());
    setCell(grids, '7.2', 'appraisal', 1);
    const result = scoreWorkbook(grids);
    const full = sampleGrids();
    setCell(full, '7.2', 'appraisal', 1);
    const expected = scoreWorkbook(full);
    expect(result.problems.map((p) => p.message)).toEqual(expected.problems.map((p) => p.message));
    expect(result.appraisal!.index).toEqual(expected.appraisal!.index);
    expect(result.appraisal1).toBeNull();
    expect(criterionRounds(result).map((c) => [c.code, c.first, c.final, c.disputed])).toEqual([
      ['7.2', c72(expected), 1000, false],
    ]);
  });

  it('tells an old header (rounds columns blank) from a damaged one', () => {
    const header = AREA_COLUMNS.map((c) => c.header);
    expect(headerMismatch(header)).toBe(-1);
    expect(isLegacyHeader(header)).toBe(false);
    expect(isLegacyHeader(header.slice(0, LEGACY_AREA_WIDTH))).toBe(true);
    const wrong: string[] = [...header];
    wrong[col('response')] = 'Ghi chú khác';
    expect(headerMismatch(wrong)).toBe(col('response'));
    const shifted = [...header.slice(0, LEGACY_AREA_WIDTH - 1)];
    expect(headerMismatch(shifted)).toBe(LEGACY_AREA_WIDTH - 1);
  });
});

const c72 = (r: ReturnType<typeof scoreWorkbook>) => r.criteria.find((c) => c.code === '7.2')!.points;
