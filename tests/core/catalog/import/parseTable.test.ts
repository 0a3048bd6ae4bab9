/** The core parser of a province's criteria table: shapes, prose rules, what to confirm, bad input. */
import { buildCatalogue } from '../../../../src/core/catalog/build';
import { parseCriteriaTable, ImportResult } from '../../../../src/core/catalog/import/parseTable';
import { readProseRule } from '../../../../src/core/catalog/import/proseRule';
import { importMsg } from '../../../../src/core/text';
import {
  ABOVE_MAX_TABLE,
  ARABIC_TABLE,
  DUPLICATE_TABLE,
  NO_HEADER_TABLE,
  ROMAN_TABLE,
  TEXT_POINTS_TABLE,
} from './tables';

type Ok = Extract<ImportResult, { ok: true }>;
function ok(grid: string[][]): Ok {
  const r = parseCriteriaTable(grid, { source: 'bang.docx' });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r;
}
const criterion = (r: Ok, code: string) => r.spec.areas.flatMap((a) => a.criteria).find((c) => c.code === code);

describe('prose rules as provinces write them', () => {
  const read = (text: string, max = 2) => readProseRule(text, max * 1000);
  it('a status list with decimal commas', () => {
    expect(read('Ban hành kịp thời: 1 điểm; không kịp thời: 0,5 điểm; không ban hành: 0 điểm', 1)).toEqual({
      kind: 'status',
      rule: 'Ban hành kịp thời: 1; Không kịp thời: 0,5; Không ban hành: 0',
      top: 1000,
    });
  });
  it('percent tiers, the last "dưới" becoming "còn lại"', () => {
    expect(read('Hoàn thành 100%: 2 điểm; từ 80% đến dưới 100%: 1 điểm; dưới 80%: 0')?.rule).toBe(
      '= 100%: 2; ≥ 80%: 1; còn lại: 0',
    );
    expect(read('Trên 95%: 3; từ 80% đến dưới 95%: 2; dưới 80%: 0', 3)?.rule).toBe('> 95%: 3; ≥ 80%: 2; còn lại: 0');
  });
  it('proportional above a floor', () => {
    const r = read('Đạt 100%: 2; từ 90% đến dưới 100%: điểm = tỷ lệ % × 2; dưới 90%: 0');
    expect(r).toEqual({ kind: 'ratio', rule: '= 100%: 2; ≥ 90%: tỷ lệ × 2; còn lại: 0', top: 2000 });
    expect(read('từ 90% đến dưới 100%: điểm = tỷ lệ % × 2')?.rule).toBe('≥ 90%: tỷ lệ × 2');
  });
  it('per item with a cap, for bonus and penalty alike', () => {
    expect(read('mỗi sáng kiến 0,5 điểm, tối đa 1 điểm', 1)).toEqual({
      kind: 'count',
      rule: '≥ 2: 1; ≥ 1: 0,5; còn lại: 0',
      top: 1000,
    });
    expect(read('Mỗi báo cáo gửi chậm trừ 0,5 điểm, tối đa trừ 2 điểm')?.rule).toBe(
      '≥ 4: 2; ≥ 3: 1,5; ≥ 2: 1; ≥ 1: 0,5; còn lại: 0',
    );
    expect(read('mỗi sáng kiến 0,3 điểm, tối đa 1 điểm', 1)?.rule).toBe(
      '≥ 4: 1; ≥ 3: 0,9; ≥ 2: 0,6; ≥ 1: 0,3; còn lại: 0',
    );
  });
  it('"có/không" gives the maximum; "Có: 1; Không: 0" stays yes/no', () => {
    expect(read('có/không', 1.5)).toEqual({ kind: 'yesno', rule: 'Có: 1,5; Không: 0', top: 1500 });
    expect(read('Có: cộng 1 điểm; Không: 0', 1)?.kind).toBe('yesno');
  });
  it('"không có CBCC bị kỷ luật: 2 điểm; có: 0" is a two-option status', () => {
    expect(read('không có CBCC bị kỷ luật: 2 điểm; có: 0')).toEqual({
      kind: 'status',
      rule: 'Không có CBCC bị kỷ luật: 2; Có: 0',
      top: 2000,
    });
  });
  it('what it cannot read for certain gives null', () => {
    expect(read('Hội đồng thẩm định xem xét, cho điểm')).toBeNull();
    expect(read('Từ 90% trở lên: 2; từ 90% đến dưới 100%: điểm = tỷ lệ % × 2')).toBeNull(); // the second is unreachable
    expect(read('Đạt: 1; Đạt: 0')).toBeNull(); // duplicate option
    expect(read('')).toBeNull();
    expect(read('1.500 điểm')).toBeNull();
  });
});

describe('a table with areas I, II…, restarting numbers, option rows, bonus, penalty and survey', () => {
  const r = ok(ROMAN_TABLE);

  it('prefixes each area’s code to its restarting criterion numbers', () => {
    expect(r.spec.areas.map((a) => [a.code, a.title, a.maxPoints, a.role ?? null])).toEqual([
      ['1', 'Công tác chỉ đạo, điều hành CCHC', 6, null],
      ['2', 'Cải cách chế độ công vụ', 6, null],
      ['3', 'Điều tra xã hội học', 10, 'survey'],
      ['4', 'Điểm thưởng', 1, 'bonus'],
      ['5', 'Điểm trừ', 2, 'penalty'],
    ]);
    expect(r.spec.areas[1].criteria.map((c) => c.code)).toEqual(['2.1', '2.2', '2.3', '2.4']);
    expect(r.spec.areas.map((a) => a.tabName)).toEqual([
      '1. Công tác chỉ đạo, điều hành',
      '2. Cải cách chế độ công vụ',
      '3. Điều tra xã hội học',
      '4. Điểm thưởng',
      '5. Điểm trừ',
    ]);
  });

  it('reads "-" option rows with their points into a status list', () => {
    expect(criterion(r, '1.3')).toEqual({
      code: '1.3',
      title: 'Tuyên truyền CCHC',
      maxPoints: 2,
      kind: 'status',
      rule: 'Thực hiện đầy đủ kế hoạch tuyên truyền: 2; Thực hiện không đầy đủ: 1; Không thực hiện: 0',
    });
  });

  it('makes a parent with numbered children a group, and takes the name from the decision line', () => {
    expect(criterion(r, '1.1')?.kind).toBe('group');
    expect(r.spec.name).toContain('2648/QĐ-UBND');
  });

  it('keeps unreadable prose as a manual criterion and lists it at its row', () => {
    expect(criterion(r, '2.4')).toMatchObject({
      kind: 'manual',
      rule: 'Hội đồng thẩm định xem xét, cho điểm theo mức độ thực hiện',
    });
    expect(r.confirm.map((n) => n.message)).toContain(importMsg.manual(19, '2.4'));
  });

  it('makes survey points manual (entered by the office) and says so without asking to confirm', () => {
    expect(criterion(r, '3.1')).toMatchObject({ kind: 'manual', rule: 'Theo kết quả điều tra do tỉnh công bố' });
    expect(r.notes).toContainEqual({ row: 21, code: '3.1', message: importMsg.survey(21, '3.1') });
    expect(r.confirm.some((n) => n.code === '3.1')).toBe(false);
  });

  it('reads bonus and penalty rules, the penalty’s "-2" as a 2-point cap', () => {
    expect(criterion(r, '4.1')).toMatchObject({ kind: 'yesno', rule: 'Có: 1; Không: 0', maxPoints: 1 });
    expect(criterion(r, '5.1')).toMatchObject({ kind: 'count', maxPoints: 2 });
  });

  it('counts rows: rules, manual, groups', () => {
    expect(r.stats).toEqual({
      areas: 5,
      criteria: 12,
      rules: 9,
      manual: 2,
      groups: 1,
      bonus: 1,
      penalty: 1,
      survey: 1,
    });
    expect(r.confirm.map((n) => n.row)).toEqual([19]);
    expect(r.notes.map((n) => n.message)).toEqual([
      importMsg.bandsDefault('Xếp loại'),
      importMsg.bandsDefault('Phân nhóm'),
      importMsg.survey(21, '3.1'),
    ]);
  });

  it('gives a catalogue that builds without errors', () => {
    expect(buildCatalogue(r.spec).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('a table with areas 1, 2…, dotted codes, a two-row header and lettered sub-criteria', () => {
  const r = ok(ARABIC_TABLE);
  it('finds "TT" / "Điểm chuẩn" (in the second header row) / "Cách chấm", not "Điểm tự chấm"', () => {
    expect(criterion(r, '1.1.1')).toMatchObject({ maxPoints: 1.5, kind: 'status', rule: 'Đạt: 1,5; Không đạt: 0' });
  });
  it('splits a merged area cell "1. Cải cách thể chế" and reads its decimal-comma maximum', () => {
    expect(r.spec.areas[0]).toMatchObject({ code: '1', title: 'Cải cách thể chế', maxPoints: 4.5 });
  });
  it('letters a, b become children of the criterion above; "+" rows with inline points are options', () => {
    expect(criterion(r, '1.1')?.kind).toBe('group');
    expect(criterion(r, '1.1.2')).toMatchObject({ kind: 'manual', rule: 'Thực hiện tốt theo đánh giá của Hội đồng' });
    expect(criterion(r, '1.2')).toMatchObject({ kind: 'status', rule: 'Kịp thời: 2; Chậm: 1' });
    expect(criterion(r, '2.1')).toMatchObject({ kind: 'ratio', rule: '> 95%: 3; ≥ 80%: 2; còn lại: 0' });
    expect(r.stats).toMatchObject({ areas: 2, criteria: 5, rules: 3, manual: 1, groups: 1 });
    expect(buildCatalogue(r.spec).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('merged cells and pasted copies of them', () => {
  it('reads a table pasted from Sheets where a merged area cell repeats across the row', () => {
    const r = ok([
      ['STT', 'Nội dung', 'Thang điểm'],
      ['I. Chỉ đạo điều hành', 'I. Chỉ đạo điều hành', 'I. Chỉ đạo điều hành'],
      ['1', 'Ban hành kế hoạch', '1'],
      ['', '- Có', '1'],
      ['', '- Không', '0'],
    ]);
    expect(r.spec.areas[0]).toMatchObject({ code: '1', title: 'Chỉ đạo điều hành', maxPoints: 1 });
    expect(criterion(r, '1.1')).toMatchObject({ kind: 'yesno', rule: 'Có: 1; Không: 0' });
  });
});

describe('maxima that do not add up are reported at their row, and the draft is still given', () => {
  const r = ok([
    ['STT', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm'],
    ['I', 'Chỉ đạo điều hành', '5', ''],
    ['1', 'Kế hoạch', '3', ''],
    ['1.1', 'Ban hành', '1', 'Có/Không'],
    ['1.2', 'Thực hiện', '1', 'Có/Không'],
    ['2', 'Báo cáo', '1', 'Đúng hạn: 0,5; chậm: 0'],
    ['', 'Tổng cộng', '10', ''],
  ]);
  it('names the group, the area, the total row and the rule below its maximum', () => {
    expect(r.confirm.map((n) => n.message)).toEqual([
      importMsg.areaSum(2, '1', 4, 5),
      importMsg.childrenSum(3, '1.1', 2, 3),
      importMsg.ruleBelowMax(6, '1.2', 0.5, 1),
      importMsg.totalSum(7, 5, 10),
    ]);
  });
});

describe('bad input: a Vietnamese message naming the row, and no draft', () => {
  const errors = (grid: string[][]) => {
    const r = parseCriteriaTable(grid, { source: 'x' });
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.errors.map((e) => e.message);
  };
  it('a table with no header', () => expect(errors(NO_HEADER_TABLE)).toEqual([importMsg.noHeader()]));
  it('points that are text', () =>
    expect(errors(TEXT_POINTS_TABLE)).toEqual([importMsg.pointsNotNumber(3, 'hai điểm')]));
  it('a rule that contradicts its maximum', () =>
    expect(errors(ABOVE_MAX_TABLE)).toEqual([importMsg.ruleAboveMax(3, '1.1', 2, 1)]));
  it('duplicate codes', () => expect(errors(DUPLICATE_TABLE)).toEqual([importMsg.duplicateCode(4, '1.1', 3)]));
  it('a criterion before any area, and a number it cannot read', () => {
    expect(
      errors([
        ['STT', 'Tiêu chí', 'Điểm tối đa'],
        ['1.1', 'Kế hoạch', '1'],
        ['I', 'A', '1'],
        ['1?', 'B', '1'],
      ]),
    ).toEqual([importMsg.noArea(2), importMsg.badCode(4, '1?')]);
  });
  it('a header with nothing under it', () =>
    expect(
      errors([
        ['STT', 'Tiêu chí', 'Điểm tối đa'],
        ['', '', ''],
      ]),
    ).toEqual([importMsg.emptyTable()]));
});
