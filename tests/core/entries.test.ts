import { buildCatalogue } from '../../src/core/catalog/build';
import { checkEntry, EntryCheck, evidenceLevel } from '../../src/core/entries';
import { catalogueSpec, criterionSpec, evidenced, rowInput, validLeaf } from './helpers';

const RATIO_RULE = '= 100%: 2; ≥ 80%: 1; còn lại: 0';
const ratioLeaf = (naAllowed = false) => validLeaf('ratio', RATIO_RULE, 2, { naAllowed });
const statusLeaf = () => validLeaf('status', 'Kịp thời: 1; Không kịp thời: 0,5; Không ban hành: 0', 1);
const yesNoLeaf = () => validLeaf('yesno', 'Có: 1; Không: 0', 1);
const manualLeaf = () => validLeaf('manual', '', 2);

const list = (c: EntryCheck) => c.problems.map((p) => [p.severity, p.column, p.message]);
const errorsOf = (c: EntryCheck) => c.problems.filter((p) => p.severity === 'error').map((p) => [p.column, p.message]);

const FORMULA = (e: string) => `Ô đang báo lỗi công thức ${e}. Sửa công thức hoặc nhập trực tiếp con số.`;
const EVIDENCE_MISSING = 'Thiếu tài liệu kiểm chứng. Dán đường link tài liệu hoặc ghi giải trình.';

describe('ratio rows', () => {
  it('a clean row gives a typed entry and no problem', () => {
    const c = checkEntry(ratioLeaf(), evidenced({ a: 24, b: 25, owner: ' Văn phòng ' }));
    expect(c.entry).toEqual({ kind: 'ratio', a: 24, b: 25 });
    expect(c.problems).toEqual([]);
    expect(c.owner).toBe('Văn phòng');
  });

  it('text in a number cell', () => {
    const c = checkEntry(ratioLeaf(), evidenced({ a: 'hai mươi', b: 25 }));
    expect(c.entry).toBeNull();
    expect(list(c)).toEqual([['error', 'a', '“hai mươi” không phải là số. Nhập một số (ví dụ 12).']]);
  });

  it('a negative count and a decimal count', () => {
    expect(errorsOf(checkEntry(ratioLeaf(), evidenced({ a: -1, b: 25 })))).toEqual([
      ['a', 'Số âm (-1) không hợp lệ. Nhập số ≥ 0.'],
    ]);
    expect(errorsOf(checkEntry(ratioLeaf(), evidenced({ a: 3, b: 4.5 })))).toEqual([
      ['b', '4,5 không phải số nguyên. Nhập số lượng nguyên (ví dụ 12).'],
    ]);
  });

  it('a greater than b', () => {
    const c = checkEntry(ratioLeaf(), evidenced({ a: 1250, b: 1242 }));
    expect(c.entry).toBeNull();
    expect(list(c)).toEqual([
      [
        'error',
        'a',
        'Số liệu a (1.250) lớn hơn số liệu b (1.242). a là phần đã đạt, b là tổng số: kiểm tra lại hai ô.',
      ],
    ]);
  });

  it('b = 0, with and without N/A allowed', () => {
    expect(errorsOf(checkEntry(ratioLeaf(true), evidenced({ a: 0, b: 0 })))).toEqual([
      [
        'b',
        'Số liệu b = 0 nên không tính được tỷ lệ. Nếu trong năm không phát sinh, đánh dấu “Không phát sinh”; nếu có, nhập tổng số.',
      ],
    ]);
    expect(errorsOf(checkEntry(ratioLeaf(false), evidenced({ a: 0, b: 0 })))).toEqual([
      ['b', 'Số liệu b = 0 nên không tính được tỷ lệ. Nhập tổng số (b > 0).'],
    ]);
  });

  it('nothing entered, and only one of a and b', () => {
    expect(errorsOf(checkEntry(ratioLeaf(false), rowInput()))).toEqual([
      ['a', 'Chưa nhập Số liệu a và Số liệu b. Tiêu chí này bắt buộc phải có số liệu.'],
    ]);
    expect(errorsOf(checkEntry(ratioLeaf(true), rowInput()))).toEqual([
      ['a', 'Chưa nhập Số liệu a và Số liệu b. Nhập số liệu hoặc đánh dấu “Không phát sinh” nếu tiêu chí cho phép.'],
    ]);
    expect(errorsOf(checkEntry(ratioLeaf(), evidenced({ a: 5 })))).toEqual([
      ['b', 'Chưa nhập Số liệu b. Tiêu chí này bắt buộc phải có số liệu.'],
    ]);
  });

  it.each(['#DIV/0!', '#REF!', '#N/A', '#VALUE!'])('formula error %s', (e) => {
    const c = checkEntry(ratioLeaf(), evidenced({ a: 5, b: e }));
    expect(c.entry).toBeNull();
    expect(errorsOf(c)).toEqual([['b', FORMULA(e)]]);
  });

  it('a date and a check box in a number cell', () => {
    expect(errorsOf(checkEntry(ratioLeaf(), evidenced({ a: new Date(2023, 5, 1), b: 10 })))).toEqual([
      ['a', 'Ô chứa ngày tháng, không phải số. Nhập một con số.'],
    ]);
    expect(errorsOf(checkEntry(ratioLeaf(), evidenced({ a: 3, b: true })))).toEqual([
      ['b', 'Ô chứa ô đánh dấu (TRUE/FALSE), không phải số. Nhập một con số.'],
    ]);
  });

  it('Vietnamese numbers as text: "1.234" is 1234 with a warning, "1.5" is refused', () => {
    const c = checkEntry(ratioLeaf(), evidenced({ a: 1200, b: '1.234' }));
    expect(c.entry).toEqual({ kind: 'ratio', a: 1200, b: 1234 });
    expect(list(c)).toEqual([
      ['warning', 'b', 'Số được gõ dạng chữ “1.234”, đã hiểu là 1.234. Nên nhập lại dạng số để tránh hiểu nhầm.'],
    ]);
    expect(errorsOf(checkEntry(ratioLeaf(), evidenced({ a: '1.5', b: 2 })))[0][1]).toContain(
      'Không rõ “1.5” là số thập phân hay có dấu phân cách hàng nghìn.',
    );
  });

  it('data in a column the kind does not use is a warning', () => {
    const c = checkEntry(ratioLeaf(), evidenced({ a: 1, b: 1, value: 'Có' }));
    expect(c.entry).toEqual({ kind: 'ratio', a: 1, b: 1 });
    expect(list(c)).toEqual([
      ['warning', 'value', 'Cột Giá trị / lựa chọn không dùng cho loại tiêu chí này; số liệu ở đây không được tính.'],
    ]);
  });
});

describe('not applicable', () => {
  it('is an entry of its own when allowed', () => {
    const c = checkEntry(ratioLeaf(true), rowInput({ na: 'x', explanation: 'Không phát sinh trong năm' }));
    expect(c.entry).toEqual({ kind: 'na' });
    expect(c.problems).toEqual([]);
  });

  it('is an error where not allowed', () => {
    const c = checkEntry(ratioLeaf(false), evidenced({ na: 'x', a: 3, b: 4 }));
    expect(list(c)).toEqual([
      ['error', 'na', 'Tiêu chí này không được đánh dấu “Không phát sinh”. Bỏ đánh dấu và nhập số liệu.'],
    ]);
    expect(c.entry).toBeNull();
  });

  it('with data: a warning, and it counts as not applicable', () => {
    const c = checkEntry(ratioLeaf(true), rowInput({ na: true, a: 3, b: 4 }));
    expect(c.entry).toEqual({ kind: 'na' });
    expect(list(c)).toEqual([
      [
        'warning',
        'a',
        'Đã đánh dấu “Không phát sinh” nhưng vẫn có số liệu. Xóa số liệu hoặc bỏ đánh dấu; hiện đang tính là không phát sinh.',
      ],
    ]);
  });

  it('an unreadable mark', () => {
    const c = checkEntry(ratioLeaf(true), evidenced({ na: 'không có', a: 1, b: 1 }));
    expect(errorsOf(c)).toEqual([
      ['na', '“không có” không hợp lệ ở cột Không phát sinh. Chọn “x” (không phát sinh) hoặc để trống.'],
    ]);
  });
});

describe('status rows', () => {
  it('accepts any case and returns the catalogue label', () => {
    expect(checkEntry(statusLeaf(), evidenced({ value: 'KỊP THỜI' })).entry).toEqual({
      kind: 'option',
      label: 'Kịp thời',
    });
  });
  it('suggests the label for text without diacritics', () => {
    const c = checkEntry(statusLeaf(), evidenced({ value: 'kip thoi' }));
    expect(c.entry).toBeNull();
    expect(list(c)).toEqual([
      [
        'error',
        'value',
        '“kip thoi” không có trong danh sách. Có phải “Kịp thời”? Chọn đúng giá trị (có dấu) từ danh sách thả xuống.',
      ],
    ]);
  });
  it('lists the choices for a value not in the list', () => {
    expect(errorsOf(checkEntry(statusLeaf(), evidenced({ value: 'Đúng hạn' })))).toEqual([
      ['value', '“Đúng hạn” không có trong danh sách. Chọn một trong: Kịp thời; Không kịp thời; Không ban hành.'],
    ]);
  });
});

describe('yes/no rows', () => {
  it.each([['Có'], ['có'], ['x'], [true]])('%p is yes', (v) => {
    expect(checkEntry(yesNoLeaf(), evidenced({ value: v })).entry).toEqual({ kind: 'yesno', yes: true });
  });
  it('"Không" and FALSE are no', () => {
    expect(checkEntry(yesNoLeaf(), evidenced({ value: 'Không' })).entry).toEqual({ kind: 'yesno', yes: false });
    expect(checkEntry(yesNoLeaf(), evidenced({ value: false })).entry).toEqual({ kind: 'yesno', yes: false });
  });
  it('"co" is refused with a suggestion', () => {
    expect(errorsOf(checkEntry(yesNoLeaf(), evidenced({ value: 'co' })))).toEqual([
      ['value', '“co” không hợp lệ. Có phải “Có”? Chọn “Có” hoặc “Không”.'],
    ]);
  });
});

describe('count, checklist and manual rows', () => {
  it('count: whole numbers only', () => {
    const leaf = validLeaf('count', '= 0: 4; ≥ 1: 0', 4);
    expect(checkEntry(leaf, evidenced({ value: 0 })).entry).toEqual({ kind: 'count', n: 0 });
    expect(errorsOf(checkEntry(leaf, evidenced({ value: 1.5 })))).toEqual([
      ['value', '1,5 không phải số nguyên. Nhập số lượng nguyên (ví dụ 12).'],
    ]);
  });

  it('checklist: item numbers', () => {
    const leaf = validLeaf('checklist', 'A: 0,25; B: 0,25; C: 0,25; D: 0,25', 1);
    expect(checkEntry(leaf, evidenced({ value: '1, 2, 4' })).entry).toEqual({ kind: 'checklist', picked: [0, 1, 3] });
    expect(errorsOf(checkEntry(leaf, evidenced({ value: '1, 7' })))[0]).toEqual([
      'value',
      '“7” không phải số thứ tự hình thức hợp lệ. Ghi các số thứ tự từ 1 đến 4, cách nhau bằng dấu phẩy (ví dụ: 1, 2, 4).',
    ]);
  });

  it('manual: points 0 … max; "1,5" as text is 1,5 with a warning', () => {
    expect(checkEntry(manualLeaf(), evidenced({ value: 2 })).entry).toEqual({ kind: 'manual', points: 2000 });
    const c = checkEntry(manualLeaf(), evidenced({ value: '1,5' }));
    expect(c.entry).toEqual({ kind: 'manual', points: 1500 });
    expect(list(c)).toEqual([
      ['warning', 'value', 'Số được gõ dạng chữ “1,5”, đã hiểu là 1,5. Nên nhập lại dạng số để tránh hiểu nhầm.'],
    ]);
    expect(errorsOf(checkEntry(manualLeaf(), evidenced({ value: 2.5 })))).toEqual([
      ['value', 'Điểm 2,5 vượt điểm tối đa 2. Nhập điểm từ 0 đến 2.'],
    ]);
  });
});

describe('evidence, explanation and text columns', () => {
  it('evidence missing and no explanation: a warning on the evidence column', () => {
    const c = checkEntry(ratioLeaf(), rowInput({ a: 1, b: 1 }));
    expect(c.entry).toEqual({ kind: 'ratio', a: 1, b: 1 });
    expect(list(c)).toEqual([['warning', 'evidence', EVIDENCE_MISSING]]);
  });

  it('an explanation alone is enough', () => {
    expect(checkEntry(ratioLeaf(), rowInput({ a: 1, b: 1, explanation: 'Văn bản đang chờ ký' })).problems).toEqual([]);
  });

  it('formula-like text is kept, with a warning', () => {
    const c = checkEntry(ratioLeaf(), rowInput({ a: 1, b: 1, evidence: '=IMPORTRANGE("abc")' }));
    expect(c.evidence).toBe('=IMPORTRANGE("abc")');
    expect(list(c)).toEqual([
      [
        'warning',
        'evidence',
        'Nội dung “=IMPORTRANGE("abc")” bắt đầu bằng ký tự công thức (=, +, -, @). Sẽ được giữ nguyên là chữ; nếu là công thức, hãy kiểm tra lại.',
      ],
    ]);
  });

  it('overlong text is a warning', () => {
    const c = checkEntry(ratioLeaf(), evidenced({ a: 1, b: 1, explanation: 'a'.repeat(5001) }));
    expect(list(c)).toEqual([
      [
        'warning',
        'explanation',
        'Nội dung dài 5.001 ký tự, quá 5.000 ký tự. Rút gọn hoặc đưa vào tài liệu kiểm chứng.',
      ],
    ]);
  });

  it('evidence level: link or reference / explanation only / nothing', () => {
    expect(evidenceLevel('Kế hoạch số 10/KH-UBND', '')).toBe('evidence');
    expect(evidenceLevel('', 'Chưa có')).toBe('explanation');
    expect(evidenceLevel('', '')).toBe('none');
  });
});

describe('appraisal points', () => {
  it('are read in milli-points', () => {
    expect(checkEntry(ratioLeaf(), evidenced({ a: 1, b: 1, appraisal: 1.5 })).appraisal).toBe(1500);
    expect(checkEntry(ratioLeaf(), evidenced({ a: 1, b: 1 })).appraisal).toBeNull();
  });
  it('above the maximum: an error on the appraisal column, prefixed', () => {
    const c = checkEntry(ratioLeaf(), evidenced({ a: 1, b: 1, appraisal: 3 }));
    expect(c.appraisal).toBeNull();
    // The office's typo does not cost the official's self score.
    expect(c.entry).toEqual({ kind: 'ratio', a: 1, b: 1 });
    expect(list(c)).toEqual([
      ['error', 'appraisal', 'Điểm thẩm định: Điểm 3 vượt điểm tối đa 2. Nhập điểm từ 0 đến 2.'],
    ]);
  });
});

describe('group and retired rows', () => {
  it('input on a group row is a warning and not used', () => {
    const spec = catalogueSpec({
      '1': [criterionSpec('1.1', 'group', '', 2), criterionSpec('1.1.1', 'ratio', RATIO_RULE, 2)],
    });
    const group = buildCatalogue(spec).catalogue.byCode.get('1.1')!;
    const c = checkEntry(group, rowInput({ value: 3 }));
    expect(c.entry).toBeNull();
    expect(list(c)).toEqual([
      [
        'warning',
        'value',
        'Tiêu chí nhóm được tính bằng tổng các tiêu chí con; số liệu nhập ở dòng này không được tính.',
      ],
    ]);
  });
  it('input on a retired row is kept with a warning', () => {
    const c = checkEntry(validLeaf('retired', '', 0), rowInput({ a: 3, b: 4 }));
    expect(c.entry).toBeNull();
    // Named at the first cell holding data (Số liệu a), where "Đi tới ô" should land.
    expect(list(c)).toEqual([
      [
        'warning',
        'a',
        'Tiêu chí 1.1 đã ngừng áp dụng theo bộ tiêu chí mới; số liệu được giữ lại nhưng không tính điểm.',
      ],
    ]);
  });
});
