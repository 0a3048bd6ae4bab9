/** Xếp loại and phân nhóm stated with a province's criteria table, and group rows, into the catalogue draft. */
import { buildCatalogue } from '../../../../src/core/catalog/build';
import { readBandLines } from '../../../../src/core/catalog/import/bands';
import { parseCriteriaTable, ImportResult } from '../../../../src/core/catalog/import/parseTable';
import { DEFAULT_CATALOGUE } from '../../../../src/core/catalog/defaultCatalogue';
import { importMsg } from '../../../../src/core/text';
import { ROMAN_TABLE } from './tables';

type Ok = Extract<ImportResult, { ok: true }>;
function ok(grid: string[][], preface: string[] = []): Ok {
  const r = parseCriteriaTable(grid, { source: 'bang.docx', preface });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r;
}

/** A 100-point set: one group with two sub-criteria, one plain criterion. */
const HUNDRED: string[][] = [
  ['STT', 'Tiêu chí', 'Điểm tối đa', 'Hướng dẫn chấm điểm'],
  ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', '100', ''],
  ['1', 'Giải quyết hồ sơ', '60', ''],
  ['1.1', 'Hồ sơ giải quyết đúng hạn / hồ sơ tiếp nhận', '40', 'Đạt 100%: 40 điểm; dưới 100%: 0'],
  ['1.2', 'Công khai kết quả giải quyết', '20', 'Có: 20 điểm; không: 0'],
  ['2', 'Đánh giá, xếp loại CBCC đúng quy định', '40', ''],
  ['', '- Xếp loại đúng quy định', '40', ''],
  ['', '- Xếp loại không đúng quy định', '0', ''],
  ['', 'TỔNG CỘNG', '100', ''],
];

describe('bands read from the table', () => {
  it('a rating line in points under the total becomes percent bands of the index maximum', () => {
    const grid = [
      ...ROMAN_TABLE.slice(0, 24), // up to the total row (22 points: 6 + 6 + 10)
      ['', 'Xếp loại: Tốt: từ 19,8 điểm trở lên; Khá: từ 17,6 đến dưới 19,8 điểm; Yếu: dưới 17,6 điểm', '', ''],
      ...ROMAN_TABLE.slice(24),
    ];
    const r = ok(grid);
    expect(r.spec.ratings).toBe('≥ 90%: Tốt; ≥ 80%: Khá; còn lại: Yếu');
    expect(r.spec.groups).toBe(DEFAULT_CATALOGUE.groups);
    expect(r.notes.map((n) => n.message)).toContain(importMsg.bandsDefault('Phân nhóm'));
    expect(r.notes.map((n) => n.message)).toContain(importMsg.bandsRead(25, 'Xếp loại', r.spec.ratings));
    // The line is not taken as a criterion or as text of the one above.
    expect(r.spec.areas.flatMap((a) => a.criteria).some((c) => /Tốt|19,8/.test(c.title + c.rule))).toBe(false);
    expect(r.confirm.filter((n) => /xếp loại/i.test(n.message))).toEqual([]);
    const built = buildCatalogue(r.spec);
    expect(built.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(built.catalogue.ratings.map((b) => [b.minPercent, b.label])).toEqual([
      [90, 'Tốt'],
      [80, 'Khá'],
      [0, 'Yếu'],
    ]);
  });

  it('a "XẾP LOẠI" heading with one band per row, and phân nhóm in the text above the table', () => {
    const grid = [
      ...HUNDRED,
      ['', 'XẾP LOẠI', '', ''],
      ['', 'Xuất sắc', 'từ 90% trở lên', ''],
      ['', 'Tốt', 'từ 80% đến dưới 90%', ''],
      ['', 'Đạt', 'từ 50% đến dưới 80%', ''],
      ['', 'Không đạt', 'dưới 50%', ''],
    ];
    const preface = ['Phân nhóm: Nhóm A: từ 85% trở lên; Nhóm B: từ 70% đến dưới 85%; Nhóm C: dưới 70%'];
    const r = ok(grid, preface);
    expect(r.spec.ratings).toBe('≥ 90%: Xuất sắc; ≥ 80%: Tốt; ≥ 50%: Đạt; còn lại: Không đạt');
    expect(r.spec.groups).toBe('≥ 85%: Nhóm A; ≥ 70%: Nhóm B; còn lại: Nhóm C');
    expect(buildCatalogue(r.spec).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('the short form "Tốt ≥ 90 điểm, Khá 80–<90 điểm, …" on a 100-point set', () => {
    const r = ok([...HUNDRED, ['', 'Xếp loại: Tốt ≥ 90 điểm, Khá 80–<90 điểm, Trung bình 65–<80 điểm, Yếu < 65 điểm']]);
    expect(r.spec.ratings).toBe('≥ 90%: Tốt; ≥ 80%: Khá; ≥ 65%: Trung bình; còn lại: Yếu');
  });

  it('the condition may come first: "Từ 90 điểm trở lên: Tốt"', () => {
    expect(readBandLines(['Từ 90 điểm trở lên: Tốt; từ 70 đến dưới 90 điểm: Đạt; dưới 70 điểm: Chưa đạt'], 100)).toBe(
      '≥ 90%: Tốt; ≥ 70%: Đạt; còn lại: Chưa đạt',
    );
    expect(readBandLines(['Trên 95%: Xuất sắc; còn lại thì không'], 100)).toBeNull();
  });

  it('a band line it cannot read keeps the default and is listed for confirmation at its row', () => {
    const r = ok([...HUNDRED, ['', 'Xếp loại: Tốt trở lên 90; Khá trở lên 80', '', '']]);
    expect(r.spec.ratings).toBe(DEFAULT_CATALOGUE.ratings);
    expect(r.confirm.map((n) => n.message)).toContain(importMsg.bandsUnread(10, 'Xếp loại'));
  });

  it('group rows sum their sub-criteria; an option row mentioning "xếp loại" stays an option', () => {
    const r = ok(HUNDRED);
    const criteria = r.spec.areas[0].criteria;
    expect(criteria.find((c) => c.code === '1.1')).toMatchObject({
      kind: 'group',
      maxPoints: 60,
      rule: 'Tổng điểm các tiêu chí thành phần',
    });
    expect(criteria.find((c) => c.code === '1.2')?.kind).toBe('status');
    expect(criteria.find((c) => c.code === '1.2')?.rule).toBe(
      'Xếp loại đúng quy định: 40; Xếp loại không đúng quy định: 0',
    );
    expect(r.stats.groups).toBe(1);
    // The a/b title gets the short name report prose uses.
    expect(criteria.find((c) => c.code === '1.1.1')?.shortName).toBe('Tỷ lệ hồ sơ giải quyết đúng hạn');
    expect(criteria.find((c) => c.code === '1.1.2')?.shortName).toBeUndefined();
  });
});
