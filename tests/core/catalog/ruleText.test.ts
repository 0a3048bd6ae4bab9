import {
  conditionHolds,
  conditionText,
  normalizeLabel,
  parseBands,
  parseCondition,
  parseDecimal,
  parseRule,
  parseTarget,
  splitSegments,
  stripDiacritics,
} from '../../../src/core/catalog/ruleText';
import type { InputKind } from '../../../src/core/catalog/types';

const parse = (kind: InputKind, text: string, maxPoints = 2) => parseRule('1.1', kind, text, maxPoints * 1000);

describe('lexical pieces', () => {
  it('reads decimals with a comma or a point', () => {
    expect(parseDecimal('0,5')).toBe(0.5);
    expect(parseDecimal(' 0.25 ')).toBe(0.25);
    expect(parseDecimal('2')).toBe(2);
    expect(parseDecimal('-1')).toBeNull();
    expect(parseDecimal('1.234,5')).toBeNull();
    expect(parseDecimal('hai')).toBeNull();
  });

  it('compares labels ignoring case, spacing and Unicode form', () => {
    expect(normalizeLabel('  KỊP   THỜI ')).toBe('kịp thời');
    // "ị" decomposed (i + combining dot below) equals the precomposed one.
    expect(normalizeLabel('Ki\u0323p thời')).toBe(normalizeLabel('Kịp thời'));
    expect(stripDiacritics('Đúng quy định')).toBe('dung quy dinh');
  });

  it('splits segments on ";" and new lines, dropping empty ones', () => {
    expect(splitSegments('= 100%: 2;\n≥ 80%: 1;; còn lại: 0 ')).toEqual(['= 100%: 2', '≥ 80%: 1', 'còn lại: 0']);
  });

  it('parses conditions with every operator, = by default', () => {
    expect(parseCondition('≥ 80%')).toEqual({ condition: { op: '>=', value: 80 }, percent: true });
    expect(parseCondition('>= 80%')).toEqual({ condition: { op: '>=', value: 80 }, percent: true });
    expect(parseCondition('> 90,5%')).toEqual({ condition: { op: '>', value: 90.5 }, percent: true });
    expect(parseCondition('≤ 3')).toEqual({ condition: { op: '<=', value: 3 }, percent: false });
    expect(parseCondition('< 1')).toEqual({ condition: { op: '<', value: 1 }, percent: false });
    expect(parseCondition('3')).toEqual({ condition: { op: '=', value: 3 }, percent: false });
    expect(parseCondition('Còn lại')).toEqual({ condition: { op: 'else' }, percent: false });
    expect(parseCondition('từ 70%')).toBeNull();
  });

  it('evaluates conditions at the bound', () => {
    expect(conditionHolds({ op: '>=', value: 2 }, 2)).toBe(true);
    expect(conditionHolds({ op: '>', value: 2 }, 2)).toBe(false);
    expect(conditionHolds({ op: '<=', value: 2 }, 2)).toBe(true);
    expect(conditionHolds({ op: '<', value: 2 }, 2)).toBe(false);
    expect(conditionHolds({ op: '=', value: 0 }, 0)).toBe(true);
    expect(conditionHolds({ op: 'else' }, 123)).toBe(true);
  });

  it('writes conditions back as text', () => {
    expect(conditionText({ op: '>=', value: 90.5 }, 'percent')).toBe('≥ 90,5%');
    expect(conditionText({ op: '=', value: 0 }, 'count')).toBe('= 0');
    expect(conditionText({ op: 'else' }, 'count')).toBe('còn lại');
  });
});

describe('parseRule: valid rules of every kind', () => {
  it('ratio tiers, fixed and proportional', () => {
    const r = parse('ratio', '= 100%: 2; ≥ 90%: tỷ lệ × 2; còn lại: 0');
    expect(r.problems).toEqual([]);
    expect(r.value).toEqual({
      kind: 'tiers',
      unit: 'percent',
      tiers: [
        { condition: { op: '=', value: 100 }, award: { kind: 'fixed', points: 2000 } },
        { condition: { op: '>=', value: 90 }, award: { kind: 'proportional', factor: 2000 } },
        { condition: { op: 'else' }, award: { kind: 'fixed', points: 0 } },
      ],
    });
  });

  it('plainly proportional, with "x" or "*" for ×', () => {
    for (const text of ['tỷ lệ × 4', 'Tỷ lệ x 4', 'tỷ lệ * 4']) {
      const r = parse('ratio', text, 4);
      expect(r.problems).toEqual([]);
      expect(r.value).toEqual({
        kind: 'tiers',
        unit: 'percent',
        tiers: [{ condition: { op: 'else' }, award: { kind: 'proportional', factor: 4000 } }],
      });
    }
  });

  it('count tiers, low to high or high to low', () => {
    expect(parse('count', '= 0: 4; ≥ 1: 0', 4).problems).toEqual([]);
    expect(parse('count', '≥ 2: 2; = 1: 1; = 0: 0').problems).toEqual([]);
  });

  it('yes/no, with "Không" optional', () => {
    expect(parse('yesno', 'Có: 1; Không: 0').value).toEqual({ kind: 'yesno', yes: 1000, no: 0 });
    expect(parse('yesno', 'có: 2').value).toEqual({ kind: 'yesno', yes: 2000, no: 0 });
  });

  it('status and checklist options keep their labels and points', () => {
    const r = parse('status', 'Kịp thời: 1; Không kịp thời: 0,5; Không ban hành: 0', 1);
    expect(r.value).toEqual({
      kind: 'options',
      options: [
        { label: 'Kịp thời', points: 1000 },
        { label: 'Không kịp thời', points: 500 },
        { label: 'Không ban hành', points: 0 },
      ],
    });
    // A label may hold a comma: only ";" separates options and the last ":" the points.
    const c = parse(
      'checklist',
      'Qua bảng tin điện tử: 0,25; Website, mạng xã hội: 0,25; Hình thức truyền thống: 0,5',
      1,
    );
    expect(c.problems).toEqual([]);
    expect(c.value.kind === 'options' && c.value.options.map((o) => o.label)).toEqual([
      'Qua bảng tin điện tử',
      'Website, mạng xã hội',
      'Hình thức truyền thống',
    ]);
  });

  it('manual, group and retired need no rule text', () => {
    expect(parse('manual', '')).toEqual({ value: { kind: 'manual' }, problems: [] });
    expect(parse('group', 'Tổng điểm các tiêu chí thành phần')).toEqual({ value: { kind: 'sum' }, problems: [] });
    expect(parse('retired', '')).toEqual({ value: { kind: 'none' }, problems: [] });
  });
});

describe('parseRule: faults, each with its Vietnamese message', () => {
  it('an empty rule', () => {
    expect(parse('ratio', '  ').problems).toEqual(['Tiêu chí 1.1 chưa có cách chấm.']);
  });

  it('text it cannot read', () => {
    const r = parse('ratio', '≥ 80%: hai; còn lại: 0');
    expect(r.problems).toEqual([
      'Cách chấm của 1.1: không hiểu “≥ 80%: hai”. Viết dạng “điều kiện: điểm”, cách nhau bằng dấu chấm phẩy, ví dụ “= 100%: 2; ≥ 80%: 1; còn lại: 0”.',
    ]);
    // The source's wording is not the rule language: it must be rewritten with explicit operators.
    expect(parse('ratio', 'Trên 90%: 2; từ 70% – 90%: 1; dưới 70%: 0').problems).toHaveLength(3);
  });

  it('more than three decimals', () => {
    expect(parse('ratio', '≥ 80%: 0,3333; còn lại: 0').problems[0]).toContain('không hiểu “≥ 80%: 0,3333”');
    expect(parse('status', 'Đạt: 0,3333', 1).problems[0]).toContain('không hiểu “Đạt: 0,3333”');
  });

  it('negative points', () => {
    expect(parse('ratio', '≥ 80%: -1; còn lại: 0').problems).toEqual(['Cách chấm của 1.1: điểm không được âm.']);
    expect(parse('status', 'Đạt: 1; Không đạt: -0,5', 1).problems).toEqual(['Cách chấm của 1.1: điểm không được âm.']);
    expect(parse('yesno', 'Có: 1; Không: -1', 1).problems).toEqual(['Cách chấm của 1.1: điểm không được âm.']);
  });

  it('a ratio threshold without %', () => {
    expect(parse('ratio', '≥ 80: 1; còn lại: 0').problems).toEqual([
      'Cách chấm của 1.1 (loại tỷ lệ): ngưỡng “≥ 80: 1” phải ghi bằng phần trăm, ví dụ “≥ 80%”.',
    ]);
  });

  it('a percent in a count rule', () => {
    expect(parse('count', '= 0%: 4; ≥ 1: 0', 4).problems).toEqual([
      'Cách chấm của 1.1 (loại số lượng): ngưỡng “= 0%: 4” là số lượng, không ghi dấu %.',
    ]);
  });

  it('"tỷ lệ ×" in a count rule', () => {
    expect(parse('count', '≥ 1: tỷ lệ × 2; còn lại: 0').problems).toEqual([
      'Cách chấm của 1.1: “tỷ lệ × điểm” chỉ dùng cho loại Tỷ lệ a/b.',
    ]);
  });

  it('yes/no written with other labels', () => {
    const expected = ['Cách chấm của 1.1 (loại Có/Không): ghi dạng “Có: 1; Không: 0”.'];
    expect(parse('yesno', 'Đạt yêu cầu: 1; Không đạt: 0', 1).problems).toEqual(expected);
    expect(parse('yesno', 'Có: 1; Không: 0; Một phần: 0,5', 1).problems).toEqual(expected);
    expect(parse('yesno', 'Không: 0', 1).problems).toEqual(expected);
    // The same text is a valid status list.
    expect(parse('status', 'Đạt yêu cầu: 1; Không đạt: 0', 1).problems).toEqual([]);
  });

  it('points above the maximum, in tiers, options and yes/no', () => {
    expect(parse('ratio', '= 100%: 3; còn lại: 0', 2).problems).toEqual([
      'Cách chấm của 1.1: mức 3 điểm vượt điểm tối đa 2.',
    ]);
    expect(parse('ratio', 'tỷ lệ × 2,5', 2).problems).toEqual(['Cách chấm của 1.1: mức 2,5 điểm vượt điểm tối đa 2.']);
    expect(parse('status', 'Tốt: 2,5; Khá: 1', 2).problems).toEqual([
      'Cách chấm của 1.1: mức 2,5 điểm vượt điểm tối đa 2.',
    ]);
    expect(parse('yesno', 'Có: 3; Không: 0', 2).problems).toEqual([
      'Cách chấm của 1.1: mức 3 điểm vượt điểm tối đa 2.',
    ]);
  });

  it('a checklist whose ticks add up to more than the maximum', () => {
    expect(parse('checklist', 'Đài truyền thanh: 0,5; Website: 0,5; Hội nghị: 0,25', 1).problems).toEqual([
      'Cách chấm của 1.1: tổng điểm các hình thức (1,25) vượt điểm tối đa 1.',
    ]);
  });

  it('a repeated option, whatever its case', () => {
    expect(parse('status', 'Kịp thời: 1; KỊP THỜI: 0,5', 1).problems).toEqual([
      'Cách chấm của 1.1: lựa chọn “KỊP THỜI” bị lặp.',
    ]);
  });

  it('"còn lại" not last', () => {
    expect(parse('ratio', 'còn lại: 0; ≥ 80%: 1').problems).toEqual([
      'Cách chấm của 1.1: “còn lại” phải là mức cuối cùng.',
    ]);
  });

  it('tiers out of order (not monotone)', () => {
    expect(parse('ratio', '≥ 80%: 1; ≥ 95%: 2; ≥ 90%: 1,5; còn lại: 0').problems).toEqual([
      'Cách chấm của 1.1: các mức chưa theo thứ tự. Sắp các ngưỡng từ cao xuống thấp (hoặc từ thấp lên cao), “còn lại” ở cuối.',
    ]);
    expect(parse('count', '= 1: 1; = 0: 2; ≥ 2: 0').problems[0]).toContain('các mức chưa theo thứ tự');
  });

  it('a tier hidden by an earlier one', () => {
    const unreachable = (tier: string, earlier: string) =>
      `Cách chấm của 1.1: mức “${tier}” chồng lên mức “${earlier}” đứng trước nên không bao giờ được áp dụng. Sửa ngưỡng hoặc thứ tự.`;
    expect(parse('ratio', '≥ 80%: 1; ≥ 80%: 2').problems).toEqual([unreachable('≥ 80%', '≥ 80%')]);
    expect(parse('ratio', '≥ 50%: 1; ≥ 80%: 2; còn lại: 0').problems).toEqual([unreachable('≥ 80%', '≥ 50%')]);
    expect(parse('ratio', '≥ 80%: 1; ≥ 100%: 2').problems).toEqual([unreachable('≥ 100%', '≥ 80%')]);
    expect(parse('ratio', '≥ 90%: 1; > 90%: 2').problems).toEqual([unreachable('> 90%', '≥ 90%')]);
    expect(parse('count', '≥ 0: 1; = 3: 2').problems).toEqual([unreachable('= 3', '≥ 0')]);
    // A threshold no ratio can reach.
    expect(parse('ratio', '≥ 120%: 2; còn lại: 0').problems).toEqual([unreachable('≥ 120%', '0% – 100%')]);
  });

  it('accepts tiers that only touch at a bound', () => {
    expect(parse('ratio', '> 90%: 2; ≥ 70%: 1; còn lại: 0').problems).toEqual([]);
    expect(parse('ratio', '< 50%: 0; ≥ 50%: 1').problems).toEqual([]);
  });
});

describe('parseTarget', () => {
  const tiers = parse('ratio', '= 100%: 2; còn lại: 0').value;
  const status = parse('status', 'Đúng quy định: 2; Chưa đầy đủ: 1', 2).value;

  it('reads conditions, yes and labels', () => {
    expect(parseTarget('1.1', 'ratio', tiers, '≥ 90%').value).toEqual({
      kind: 'condition',
      unit: 'percent',
      condition: { op: '>=', value: 90 },
    });
    expect(parseTarget('1.1', 'count', tiers, '= 0').value).toEqual({
      kind: 'condition',
      unit: 'count',
      condition: { op: '=', value: 0 },
    });
    expect(parseTarget('1.1', 'yesno', tiers, 'có').value).toEqual({ kind: 'yes' });
    expect(parseTarget('1.1', 'status', status, 'đúng quy định').value).toEqual({
      kind: 'option',
      label: 'Đúng quy định',
    });
    expect(parseTarget('1.1', 'ratio', tiers, '')).toEqual({ value: undefined, problems: [] });
  });

  it('refuses a target that does not fit the kind', () => {
    const bad = (v: string) => [
      `Chỉ tiêu kế hoạch “${v}” của 1.1 không đúng dạng (ví dụ “≥ 90%”, “= 0” hoặc một giá trị trong danh sách).`,
    ];
    expect(parseTarget('1.1', 'ratio', tiers, '≥ 90').problems).toEqual(bad('≥ 90'));
    expect(parseTarget('1.1', 'count', tiers, '= 0%').problems).toEqual(bad('= 0%'));
    expect(parseTarget('1.1', 'status', status, 'Hoàn thành').problems).toEqual(bad('Hoàn thành'));
  });
});

describe('parseBands', () => {
  it('reads thresholds, strictness and the per-area floor', () => {
    const r = parseBands(
      'Xếp loại',
      '≥ 90% và mọi lĩnh vực ≥ 70%: Hoàn thành xuất sắc; > 80%: Hoàn thành tốt; còn lại: Hoàn thành',
    );
    expect(r.problems).toEqual([]);
    expect(r.value).toEqual([
      { minPercent: 90, strict: false, areaFloorPercent: 70, label: 'Hoàn thành xuất sắc' },
      { minPercent: 80, strict: true, areaFloorPercent: null, label: 'Hoàn thành tốt' },
      { minPercent: 0, strict: false, areaFloorPercent: null, label: 'Hoàn thành' },
    ]);
  });

  it('refuses bands out of order', () => {
    expect(parseBands('Phân nhóm', '≥ 80%: Nhóm 2; ≥ 90%: Nhóm 1; còn lại: Nhóm 3').problems).toEqual([
      'Phân nhóm: các mức phải sắp từ cao xuống thấp, “còn lại” ở cuối.',
    ]);
    expect(parseBands('Phân nhóm', 'còn lại: Nhóm 3; ≥ 90%: Nhóm 1').problems).toEqual([
      'Phân nhóm: các mức phải sắp từ cao xuống thấp, “còn lại” ở cuối.',
    ]);
  });

  it('refuses text it cannot read, and an empty text', () => {
    expect(parseBands('Phân nhóm', '90%: Nhóm 1; ≤ 50%: Nhóm 3').problems).toEqual([
      'Phân nhóm: không hiểu “90%: Nhóm 1”. Viết dạng “≥ 90% và mọi lĩnh vực ≥ 70%: Hoàn thành xuất sắc; …; còn lại: Không hoàn thành”.',
      'Phân nhóm: không hiểu “≤ 50%: Nhóm 3”. Viết dạng “≥ 90% và mọi lĩnh vực ≥ 70%: Hoàn thành xuất sắc; …; còn lại: Không hoàn thành”.',
    ]);
    expect(parseBands('Xếp loại', '≥ 90%').problems[0]).toContain('Xếp loại: không hiểu “≥ 90%”');
    expect(parseBands('Xếp loại', '').problems[0]).toContain('Xếp loại: không hiểu “”');
  });
});
