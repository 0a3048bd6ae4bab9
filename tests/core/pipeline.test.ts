import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import {
  AREA_COLUMNS,
  AREA_ROWS,
  cellAddress,
  col,
  colNumber,
  letterOf,
  roleSpan,
  TAB_NAMES,
} from '../../src/core/layout';
import { percentHundredths, proportionalMilli } from '../../src/core/points';
import { checkCellText, scoreSingleRow, scoreWorkbook, WorkbookResult } from '../../src/core/pipeline';
import { msg } from '../../src/core/text';
import { sampleGrids, SAMPLE_ENTRIES } from '../../src/core/sample/caoAn2023';
import { rowNumberOf, setCell, tabOf, templateRowOf } from './helpers';

const pointsOf = (r: WorkbookResult, code: string) => r.criteria.find((c) => c.code === code)!.points;
const areaOf = (r: WorkbookResult, code: string) => r.areas.find((a) => a.code === code)!;
const sampleRatio = (code: string) => [Number(SAMPLE_ENTRIES[code].a), Number(SAMPLE_ENTRIES[code].b)] as const;
const TTHC = '3. Cải cách TTHC';

describe('the sample workbook, against hand-derived expectations', () => {
  const result = scoreWorkbook(sampleGrids());

  it('7.6 "tỷ lệ × 4": 350/512 × 4 = 2,734375 → 2,734', () => {
    const [a, b] = sampleRatio('7.6');
    expect(pointsOf(result, '7.6')).toBe(Math.floor((a / b) * 4 * 1000 + 0.5));
    expect(pointsOf(result, '7.6')).toBe(2734);
  });

  it('3.5: 1236/1242 = 99,52% is ≥ 98% but not 100% → 4 of 5', () => {
    const [a, b] = sampleRatio('3.5');
    expect((a / b) * 100).toBeGreaterThanOrEqual(98);
    expect(a).toBeLessThan(b);
    const c = result.criteria.find((x) => x.code === '3.5')!;
    expect(c).toMatchObject({ points: 4000, ratio: 9952, a, b, status: 'scored' });
  });

  it('1.4.1: 19/20 = 95% lies between the 90% floor and 100% → 0,95 × 2 = 1,9', () => {
    expect(pointsOf(result, '1.4.1')).toBe(1900);
  });

  it('1.7: 2/3 = 66,67% ≥ 50% → 0,5; 3.9: 520/1242 = 41,87% ≥ 30% → 2; 5.4: 19/21 × 3 = 2,714', () => {
    expect(pointsOf(result, '1.7')).toBe(500);
    expect(pointsOf(result, '3.9')).toBe(2000);
    expect(pointsOf(result, '5.4')).toBe(2714);
  });

  it('checklist, status and yes/no rows', () => {
    expect(pointsOf(result, '1.4.2')).toBe(750); // "1, 2, 3" of four quarter-point forms
    expect(pointsOf(result, '2.3')).toBe(1500); // Kiểm tra 1 + Thu thập thông tin 0,5
    expect(pointsOf(result, '7.8')).toBe(1500); // Khá
    expect(pointsOf(result, '4.1')).toBe(2000); // Có
  });

  it('2.4 is not applicable: area 2 counts out of 8, not 10', () => {
    expect(result.criteria.find((c) => c.code === '2.4')).toMatchObject({ status: 'na', applicableMax: 0, points: 0 });
    // 2.1 all three plans 3; 2.2 9/10 = 90% ≥ 80% → 1,5; 2.3 → 1,5.
    expect(areaOf(result, '2')).toMatchObject({ points: 6000, max: 10000, applicableMax: 8000, percent: 7500 });
  });

  it('area 3 by hand: 3 + 1 + 3 + 1 + 4 + 2 + 2 + 1 + 2 = 19 of 22', () => {
    // 3.1 = 1 (Kịp thời) + 2 (12/12); 3.8 = 10/12 = 83,3% ≥ 80% → 1.
    expect(areaOf(result, '3')).toMatchObject({ points: 19000, applicableMax: 22000, percent: 8636 });
  });

  it('area 7 by hand: 2 + 4 + 2 + 2 + 2 + 2,734 + 2 + 1,5 = 18,234 of 22', () => {
    // 7.1 = 1 + (8/9 = 88,9% ≥ 80% → 1); 7.2 = 2310/2500 = 92,4% ≥ 90% → 4; 7.5 = two of three items.
    const expected = 2000 + 4000 + 2000 + 2000 + 2000 + proportionalMilli(4000, 350, 512) + 2000 + 1500;
    expect(areaOf(result, '7').points).toBe(expected);
    expect(areaOf(result, '7').points).toBe(18234);
  });

  it('the total equals the sum of the displayed criterion points, and the index follows', () => {
    const topLevel = result.criteria.filter((c) => c.parentCode === null);
    expect(result.index.points).toBe(topLevel.reduce((s, c) => s + c.points, 0));
    for (const area of result.areas)
      expect(area.points).toBe(topLevel.filter((c) => c.areaCode === area.code).reduce((s, c) => s + c.points, 0));
    for (const group of result.criteria.filter((c) => c.kind === 'group')) {
      expect(group.points).toBe(
        result.criteria.filter((c) => c.parentCode === group.code).reduce((s, c) => s + c.points, 0),
      );
    }
    expect(result.index.max).toBe(100000);
    expect(result.index.applicableMax).toBe(98000);
    expect(result.index.percent).toBe(percentHundredths(result.index.points, 98000));
  });

  it('group and rating follow from the percent and the per-area floor', () => {
    const p = result.index.percent;
    expect(p).toBeGreaterThanOrEqual(8000);
    expect(p).toBeLessThan(9000);
    expect(Math.min(...result.areas.map((a) => a.percent))).toBeGreaterThanOrEqual(7000);
    expect(result.index).toMatchObject({ group: 'Từ 80% đến dưới 90%', rating: 'Hoàn thành tốt', heldDownBy: [] });
  });

  it('the one problem of the sample is located from the layout', () => {
    expect(result.problems.map((p) => [p.severity, p.cell, p.code, p.areaCode])).toEqual([
      ['warning', `7. Chính quyền số!${letterOf('evidence')}${templateRowOf('7.5')}`, '7.5', '7'],
    ]);
    expect(result).toMatchObject({ errors: 0, warnings: 1, appraisal: null });
  });

  it('carries the entered values for reports', () => {
    const c = result.criteria.find((x) => x.code === '1.4.2')!;
    expect(c.valueText).toBe('Đài truyền thanh; Trang thông tin điện tử; Băng rôn, khẩu hiệu');
    expect(result.criteria.find((x) => x.code === '2.4')!.valueText).toBe('Không phát sinh');
    expect(result.criteria.find((x) => x.code === '2.2')!.evidenceLevel).toBe('explanation');
    expect(result.criteria.find((x) => x.code === '7.5')!).toMatchObject({
      evidenceLevel: 'none',
      warnings: 1,
      errors: 0,
    });
  });
});

describe('problems carry cell addresses', () => {
  it('an entry error', () => {
    const grids = sampleGrids();
    setCell(grids, '3.5', 'a', 'một nghìn');
    const r = scoreWorkbook(grids);
    const p = r.problems.find((x) => x.code === '3.5')!;
    expect(p.cell).toBe(`${TTHC}!H${templateRowOf('3.5')}`);
    expect(p.cell).toBe(cellAddress(TTHC, AREA_ROWS.firstData + 7, 'a')); // area row, 3.1, 3.1.1, 3.1.2, 3.2, 3.3, 3.4, then 3.5
    expect(r.criteria.find((c) => c.code === '3.5')).toMatchObject({
      status: 'unscored',
      points: 0,
      applicableMax: 5000,
    });
    expect(areaOf(r, '3').points).toBe(15000);
    expect(r.errors).toBe(1);
  });

  it('a catalogue error on the rule cell, and on Thông tin chung for the bands', () => {
    const grids = sampleGrids();
    setCell(grids, '3.5', 'rule', '≥ 80%: 1; ≥ 80%: 2');
    const info = grids.tabs.find((t) => t.name === TAB_NAMES.info)!;
    const ratingsRow = info.values.findIndex((r) => r[0] === 'Xếp loại') + 1;
    info.values[ratingsRow - 1][1] = 'xuất sắc';
    const r = scoreWorkbook(grids);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual([
      `${TTHC}!${letterOf('rule')}${templateRowOf('3.5')}`,
      `${TAB_NAMES.info}!B${ratingsRow}`,
    ]);
    expect(pointsOf(r, '3.5')).toBe(0);
  });
});

describe('workbooks changed by hand', () => {
  const base = scoreWorkbook(sampleGrids());

  it('a renamed area tab is still scored', () => {
    const grids = sampleGrids();
    tabOf(grids, '3').name = 'Thủ tục hành chính';
    const r = scoreWorkbook(grids);
    expect(areaOf(r, '3')).toMatchObject({ points: areaOf(base, '3').points, tabName: 'Thủ tục hành chính' });
    expect(r.index.points).toBe(base.index.points);
    expect(r.computed.map((b) => b.sheet)).toContain('Thủ tục hành chính');
  });

  it('a header row moved down 2 rows is still read, with a warning, and the block moves too', () => {
    const grids = sampleGrids();
    tabOf(grids, '3').values.splice(
      1,
      0,
      AREA_COLUMNS.map(() => ''),
      AREA_COLUMNS.map(() => ''),
    );
    const r = scoreWorkbook(grids);
    expect(r.index.points).toBe(base.index.points);
    expect(r.problems.filter((p) => p.sheet === TTHC).map((p) => [p.severity, p.cell])).toEqual([
      ['warning', `${TTHC}!A5`],
    ]);
    expect(r.computed.find((b) => b.sheet === TTHC)!.row).toBe(6);
  });

  it('a column inserted: an error for that tab and nothing scored there', () => {
    const grids = sampleGrids();
    for (const row of tabOf(grids, '3').values) row.splice(col('value'), 0, '');
    const r = scoreWorkbook(grids);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.cell, p.areaCode])).toEqual([
      [`${TTHC}!${letterOf('value')}${AREA_ROWS.header}`, null],
      [null, '3'],
    ]);
    // Area 3 cannot be read: it counts 0 of its 22 points until the column is put back.
    expect(r.areas.map((a) => [a.code, a.missing])).toEqual([
      ['1', false],
      ['2', false],
      ['3', true],
      ['4', false],
      ['5', false],
      ['6', false],
      ['7', false],
    ]);
    expect(r.criteria.some((c) => c.areaCode === '3')).toBe(false);
    expect(r.computed.some((b) => b.sheet === TTHC)).toBe(false);
  });

  it('a deleted area tab is reported (no cell to point at) and counts 0 of its maximum: the index does not rise', () => {
    const grids = sampleGrids();
    grids.tabs = grids.tabs.filter((t) => t.name !== TTHC);
    const r = scoreWorkbook(grids);
    expect(r.problems.map((p) => [p.severity, p.cell, p.areaCode])).toContainEqual(['error', null, '3']);
    expect(r.problems.find((p) => p.areaCode === '3')!.message).toBe(
      msg.areaTabMissingCounted('3', 'Cải cách thủ tục hành chính', '22'),
    );
    const gone = r.areas.find((a) => a.code === '3')!;
    expect(gone).toMatchObject({
      missing: true,
      tabName: '',
      title: 'Cải cách thủ tục hành chính',
      points: 0,
      max: 22000,
      applicableMax: 22000,
      statedMax: 22000,
      percent: 0,
    });
    const area3 = base.areas.find((a) => a.code === '3')!;
    expect(r.index.points).toBe(base.index.points - area3.points);
    expect(r.index.applicableMax).toBe(base.index.applicableMax - area3.applicableMax + 22000);
    expect(r.index.points).toBe(r.areas.reduce((s, a) => s + a.points, 0));
    // Cao An: 86,098/98 = 87,86% with the tab; without it 67,098/98 = 68,47% — not 67,098/76 = 88,29%.
    expect([base.index.percent, r.index.percent]).toEqual([8786, 6847]);
    expect(r.index.rating).toBe('Hoàn thành');
  });

  it('a deleted criterion row counts 0 of its maximum, with an error at the area row: the index does not rise', () => {
    const grids = sampleGrids();
    const tab = tabOf(grids, '3');
    tab.values.splice(rowNumberOf(tab, '3.5') - 1, 1);
    const r = scoreWorkbook(grids);
    const area3 = areaOf(r, '3');
    // The area's maximum stays the 22 its area row states; 3.5's 4 of 5 points are gone.
    expect(area3).toMatchObject({ max: 22000, applicableMax: 22000, points: areaOf(base, '3').points - 4000 });
    expect(r.index.applicableMax).toBe(base.index.applicableMax);
    expect(r.index.percent).toBeLessThan(base.index.percent);
    // 82,098/98 = 83,77% (it was 86,098/98 = 87,86%; shrinking the denominator gave 88,28%).
    expect(r.index.percent).toBe(8377);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.cell)).toEqual([`${TTHC}!${letterOf('maxPoints')}${rowNumberOf(tab, '3')}`]);
    expect(errors[0].message).toBe(msg.areaCriteriaMissing('3', 17, 22));
    const areaRow = r.computed.find((b) => b.sheet === TTHC)!.values[rowNumberOf(tab, '3') - AREA_ROWS.header - 1];
    expect(String(areaRow[2])).toMatch(/^Lỗi \(Điểm tối đa\): Lĩnh vực 3: các tiêu chí còn lại cộng được 17/);
  });

  it('a deleted sub-criterion row counts 0 of its share of the group, with an error at the group row', () => {
    const grids = sampleGrids();
    const tab = tabOf(grids, '1');
    tab.values.splice(rowNumberOf(tab, '1.4.2') - 1, 1);
    const r = scoreWorkbook(grids);
    const group = r.criteria.find((c) => c.code === '1.4')!;
    expect(group.applicableMax).toBe(group.max);
    expect(areaOf(r, '1').applicableMax).toBe(areaOf(base, '1').applicableMax);
    expect(r.index.percent).toBeLessThan(base.index.percent);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.cell, p.code])).toEqual([
      [`${tab.name}!${letterOf('maxPoints')}${rowNumberOf(tab, '1.4')}`, '1.4'],
    ]);
  });

  it('a row with an error scores 0, whatever found the error (merged evidence cells)', () => {
    const grids = sampleGrids();
    const tab = tabOf(grids, '5');
    const row = rowNumberOf(tab, '5.1');
    tab.merges = [{ row, column: colNumber('evidence'), numRows: 2, numColumns: 1 }];
    const r = scoreWorkbook(grids);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual([
      `${tab.name}!${letterOf('evidence')}${row}`,
    ]);
    expect(pointsOf(base, '5.1')).toBeGreaterThan(0);
    expect(pointsOf(r, '5.1')).toBe(0);
    expect(areaOf(r, '5').points).toBe(areaOf(base, '5').points - pointsOf(base, '5.1'));
    expect(r.index.percent).toBeLessThan(base.index.percent);
  });

  it("an error in the office's appraisal cell costs the appraisal, not the official's self score", () => {
    const grids = sampleGrids();
    const tab = tabOf(grids, '5');
    const row = rowNumberOf(tab, '5.1');
    tab.merges = [{ row, column: colNumber('appraisal'), numRows: 2, numColumns: 1 }];
    const r = scoreWorkbook(grids);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.column)).toEqual(['appraisal']);
    expect(pointsOf(r, '5.1')).toBe(pointsOf(base, '5.1'));
  });

  it('an absurd count (1e308) is an error at its cell and the row scores 0', () => {
    const grids = sampleGrids();
    setCell(grids, '5.3', 'value', 1e308);
    setCell(grids, '3.5', 'b', 1e308);
    const r = scoreWorkbook(grids);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.code).sort()).toEqual(['3.5', '5.3']);
    expect(errors.map((p) => p.message)).toEqual([msg.countTooLarge(1e9), msg.countTooLarge(1e9)]);
    expect([pointsOf(r, '5.3'), pointsOf(r, '3.5')]).toEqual([0, 0]);
  });

  it('"Không" (or 0) in a checklist cell: nothing done, 0 points, no error', () => {
    for (const nothing of ['Không', 'không', 0, '0']) {
      const grids = sampleGrids();
      setCell(grids, '6.2', 'value', nothing);
      const r = scoreWorkbook(grids);
      expect(r.problems.filter((p) => p.code === '6.2' && p.severity === 'error')).toEqual([]);
      expect(r.criteria.find((c) => c.code === '6.2')).toMatchObject({
        status: 'scored',
        points: 0,
        valueText: 'Không',
      });
    }
  });

  it('a deleted area tab in a workbook whose area list has no maxima (older workbooks): reported, left out of the index', () => {
    const grids = sampleGrids();
    grids.tabs = grids.tabs.filter((t) => t.name !== TTHC);
    const info = grids.tabs.find((t) => t.name === TAB_NAMES.info)!;
    const row = info.values.find((v) => v[0] === 'Các lĩnh vực')!;
    row[1] = String(row[1]).replace(/ \(\d+(?:,\d+)? điểm\)/g, '');
    const r = scoreWorkbook(grids);
    expect(r.problems.find((p) => p.areaCode === '3')!.message).toBe(
      msg.areaTabMissing('3', 'Cải cách thủ tục hành chính'),
    );
    expect(r.areas.some((a) => a.code === '3')).toBe(false);
  });

  it('a duplicated criterion code row: an error on the copy; the first row is scored', () => {
    const grids = sampleGrids();
    const tab = tabOf(grids, '3');
    const copy = [...tab.values[rowNumberOf(tab, '3.5') - 1]];
    copy[col('a')] = 0;
    tab.values.push(copy);
    const r = scoreWorkbook(grids);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual([
      `${TTHC}!A${tab.values.length}`,
    ]);
    expect(pointsOf(r, '3.5')).toBe(4000);
    expect(r.computed.find((b) => b.sheet === TTHC)!.values.at(-1)![2]).toMatch(/^Lỗi \(Mã\): Mã 3\.5 bị trùng/);
  });

  it("an official's extra row without a code: a warning on that row, nothing scored", () => {
    const grids = sampleGrids();
    const tab = tabOf(grids, '5');
    const extra = AREA_COLUMNS.map((): string | number => '');
    extra[col('value')] = 2;
    tab.values.push(extra);
    const r = scoreWorkbook(grids);
    expect(r.index.points).toBe(base.index.points);
    expect(r.problems.filter((p) => p.sheet === '5. Chế độ công vụ').map((p) => [p.severity, p.cell])).toEqual([
      ['warning', `5. Chế độ công vụ!A${tab.values.length}`],
    ]);
    expect(r.computed.find((b) => b.sheet === '5. Chế độ công vụ')!.values.at(-1)).toEqual([
      '',
      '',
      'Cảnh báo (Mã): Dòng có số liệu nhưng không có mã tiêu chí; không được tính điểm.',
    ]);
  });

  it('a criterion switched to points typed by hand is scored, and its value shown the Vietnamese way', () => {
    const grids = sampleGrids();
    setCell(grids, '7.8', 'kind', 'Nhập điểm');
    setCell(grids, '7.8', 'value', 1.25);
    const r = scoreWorkbook(grids);
    expect(r.criteria.find((c) => c.code === '7.8')).toMatchObject({ kind: 'manual', points: 1250, valueText: '1,25' });
    expect(r.index.points).toBe(base.index.points - 250);
  });

  it('appraisal points entered by the office give appraisal totals', () => {
    const grids = sampleGrids();
    setCell(grids, '3.5', 'appraisal', 3);
    setCell(grids, '5.2', 'appraisal', 4);
    const r = scoreWorkbook(grids);
    // 3.5: self 4 → appraised 3; 5.2: self 4 → appraised 4; the rest keep their self score.
    expect(r.appraisal!.index.points).toBe(base.index.points - 1000);
    const area3 = base.areas.find((a) => a.code === '3')!;
    expect(r.appraisal!.areas.find((a) => a.code === '3')!.points).toBe(area3.points - 1000);
    expect(r.index.points).toBe(base.index.points);
  });
});

it('scoreWorkbook never mutates the input grids', () => {
  const grids = sampleGrids();
  setCell(grids, '3.5', 'a', '1.236'); // text to be read with a warning
  setCell(grids, '1.6', 'value', 'hai');
  grids.tabs[1].merges = [{ row: 6, column: col('a') + 1, numRows: 1, numColumns: 2 }];
  const before = structuredClone(grids);
  scoreWorkbook(grids);
  expect(grids).toEqual(before);
});

describe('computed blocks', () => {
  const grids = sampleGrids();
  const result = scoreWorkbook(grids);
  const span = roleSpan('computed');

  it('the computed columns are Tỷ lệ % · Điểm tự chấm · Kiểm tra, contiguous', () => {
    expect(span).toEqual({ first: colNumber('ratio'), count: 3 });
    expect([colNumber('points'), colNumber('check')]).toEqual([span.first + 1, span.first + 2]);
  });

  it('one block per area tab, from the row after the header, one 3-wide row per data row', () => {
    expect(result.computed.map((b) => b.sheet)).toEqual(DEFAULT_CATALOGUE.areas.map((a) => a.tabName));
    for (const block of result.computed) {
      const tab = grids.tabs.find((t) => t.name === block.sheet)!;
      expect(block.row).toBe(AREA_ROWS.header + 1);
      expect(block.column).toBe(colNumber('ratio'));
      expect(block.values).toHaveLength(tab.values.length - AREA_ROWS.header);
      for (const row of block.values) expect(row).toHaveLength(3);
    }
  });

  it('rows hold the ratio as a fraction, the points and the check text', () => {
    const block = result.computed.find((b) => b.sheet === '7. Chính quyền số')!;
    const at = (code: string) => block.values[templateRowOf(code) - block.row];
    expect(at('7.6')).toEqual([0.6836, 2.734, 'Hợp lệ']); // 350/512 = 68,36%
    expect(at('7.5')).toEqual([
      '',
      2,
      'Cảnh báo (Tài liệu kiểm chứng): Thiếu tài liệu kiểm chứng. Dán đường link tài liệu hoặc ghi giải trình.',
    ]);
    expect(block.values[0]).toEqual(['', 18.234, 'Hợp lệ']); // the area row holds the area total
    const area2 = result.computed.find((b) => b.sheet === '2. Cải cách thể chế')!;
    expect(area2.values[templateRowOf('2.4') - area2.row]).toEqual(['', '', 'Không phát sinh']);
  });

  it('scoreSingleRow gives the same computed cells as scoreWorkbook for every leaf row', () => {
    let compared = 0;
    for (const block of result.computed) {
      const tab = grids.tabs.find((t) => t.name === block.sheet)!;
      block.values.forEach((expected, i) => {
        const cells = tab.values[block.row - 1 + i];
        const single = scoreSingleRow(cells);
        const kind = result.criteria.find((c) => c.code === cells[col('code')])?.kind;
        if (!kind || kind === 'group') return expect(single).toBeNull();
        compared++;
        expect(single).toEqual(expected);
      });
    }
    expect(compared).toBe(46);
  });

  it('scoreSingleRow reports a broken rule or an unknown kind on the row', () => {
    const grids2 = sampleGrids();
    const tab = tabOf(grids2, '3');
    const row = [...tab.values[rowNumberOf(tab, '3.5') - 1]];
    row[col('rule')] = 'còn lại: 0; = 100%: 5';
    expect(scoreSingleRow(row)).toEqual([
      '',
      '',
      'Lỗi (Cách chấm): Cách chấm của 3.5: “còn lại” phải là mức cuối cùng.',
    ]);
    row[col('kind')] = 'Phần trăm';
    expect(scoreSingleRow(row)![2]).toMatch(/^Lỗi \(Loại\): Loại “Phần trăm” của 3\.5 không hợp lệ/);
    expect(scoreSingleRow(AREA_COLUMNS.map(() => ''))).toBeNull();
  });
});

it('checkCellText puts errors first, each with its column', () => {
  expect(
    checkCellText([
      { severity: 'warning', column: 'evidence', message: 'W' },
      { severity: 'error', column: 'a', message: 'E' },
      { severity: 'error', column: null, message: 'X' },
    ]),
  ).toBe('Lỗi (Số liệu a): E\nLỗi: X\nCảnh báo (Tài liệu kiểm chứng): W');
});
