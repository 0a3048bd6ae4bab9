import {
  cellText,
  formulaErrorOf,
  isBlank,
  isLink,
  looksLikeFormula,
  readChecklist,
  readCount,
  readNaMark,
  readNumber,
  readOption,
  readPoints,
  readYesNo,
} from '../../src/core/cells';

const FORMULA_ERRORS = ['#DIV/0!', '#REF!', '#N/A', '#VALUE!', '#NAME?', '#NUM!'];
const formulaMessage = (e: string) => `Ô đang báo lỗi công thức ${e}. Sửa công thức hoặc nhập trực tiếp con số.`;

describe('blank cells', () => {
  it.each([[''], ['   '], [null], [undefined]])('%p is blank', (v) => {
    expect(isBlank(v)).toBe(true);
    expect(readNumber(v)).toEqual({ kind: 'empty' });
  });
  it('0 and FALSE are not blank', () => {
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
  });
});

describe('readNumber', () => {
  it('takes numbers as they are', () => {
    expect(readNumber(12)).toEqual({ kind: 'ok', value: 12 });
    expect(readNumber(1.5)).toEqual({ kind: 'ok', value: 1.5 });
    expect(readNumber(NaN)).toEqual({ kind: 'error', message: '“NaN” không phải là số. Nhập một số (ví dụ 12).' });
  });

  it('understands Vietnamese numbers typed as text, with a warning to retype', () => {
    expect(readNumber('1,5')).toEqual({
      kind: 'ok',
      value: 1.5,
      warning: 'Số được gõ dạng chữ “1,5”, đã hiểu là 1,5. Nên nhập lại dạng số để tránh hiểu nhầm.',
    });
    expect(readNumber('1.234')).toEqual({
      kind: 'ok',
      value: 1234,
      warning: 'Số được gõ dạng chữ “1.234”, đã hiểu là 1.234. Nên nhập lại dạng số để tránh hiểu nhầm.',
    });
    expect(readNumber('1.234.567,25')).toMatchObject({ kind: 'ok', value: 1234567.25 });
    expect(readNumber(' 1 234 ')).toMatchObject({ kind: 'ok', value: 1234 });
    expect(readNumber('42')).toMatchObject({ kind: 'ok', value: 42 });
  });

  it('refuses numbers whose convention is ambiguous', () => {
    const ambiguous = (v: string) =>
      `Không rõ “${v}” là số thập phân hay có dấu phân cách hàng nghìn. Viết số thập phân bằng dấu phẩy (1,5) và số nguyên không có dấu chấm (1234).`;
    expect(readNumber('1.5')).toEqual({ kind: 'error', message: ambiguous('1.5') });
    expect(readNumber('1,234.5')).toEqual({ kind: 'error', message: ambiguous('1,234.5') });
    expect(readNumber('12.50')).toEqual({ kind: 'error', message: ambiguous('12.50') });
  });

  it('refuses text', () => {
    expect(readNumber('mười hai')).toEqual({
      kind: 'error',
      message: '“mười hai” không phải là số. Nhập một số (ví dụ 12).',
    });
    expect(readNumber('12 hồ sơ')).toMatchObject({ kind: 'error' });
  });

  it('refuses dates and check boxes in a number cell', () => {
    expect(readNumber(new Date(2023, 11, 14))).toEqual({
      kind: 'error',
      message: 'Ô chứa ngày tháng, không phải số. Nhập một con số.',
    });
    expect(readNumber(true)).toEqual({
      kind: 'error',
      message: 'Ô chứa ô đánh dấu (TRUE/FALSE), không phải số. Nhập một con số.',
    });
    expect(readNumber(false)).toMatchObject({ kind: 'error' });
  });

  it.each(FORMULA_ERRORS)('names the formula error %s', (e) => {
    expect(formulaErrorOf(e)).toBe(e);
    expect(readNumber(e)).toEqual({ kind: 'error', message: formulaMessage(e) });
  });
});

describe('readCount', () => {
  it('accepts whole numbers ≥ 0', () => {
    expect(readCount(0)).toEqual({ kind: 'ok', value: 0 });
    expect(readCount('1.242')).toMatchObject({ kind: 'ok', value: 1242 });
  });
  it('refuses negatives and decimals', () => {
    expect(readCount(1e9)).toEqual({ kind: 'ok', value: 1e9 });
    for (const huge of [1e9 + 1, 1e308, '1.000.000.001'])
      expect(readCount(huge)).toEqual({
        kind: 'error',
        message:
          'Số quá lớn (trên 1.000.000.000), không thể là số lượng thật. Kiểm tra lại số đã nhập (có thể gõ thừa chữ số hoặc dán nhầm).',
      });
    expect(readCount(-3)).toEqual({ kind: 'error', message: 'Số âm (-3) không hợp lệ. Nhập số ≥ 0.' });
    expect(readCount(12.5)).toEqual({
      kind: 'error',
      message: '12,5 không phải số nguyên. Nhập số lượng nguyên (ví dụ 12).',
    });
    expect(readCount('2,5')).toEqual({
      kind: 'error',
      message: '2,5 không phải số nguyên. Nhập số lượng nguyên (ví dụ 12).',
    });
  });
});

describe('readPoints', () => {
  it('accepts 0 … max', () => {
    expect(readPoints(0, 2)).toEqual({ kind: 'ok', value: 0 });
    expect(readPoints(2, 2)).toEqual({ kind: 'ok', value: 2 });
    expect(readPoints('1,75', 2)).toMatchObject({ kind: 'ok', value: 1.75 });
  });
  it('refuses points above max and below 0', () => {
    expect(readPoints(2.5, 2)).toEqual({
      kind: 'error',
      message: 'Điểm 2,5 vượt điểm tối đa 2. Nhập điểm từ 0 đến 2.',
    });
    expect(readPoints(-0.5, 2)).toEqual({ kind: 'error', message: 'Số âm (-0,5) không hợp lệ. Nhập số ≥ 0.' });
  });
});

describe('readYesNo', () => {
  it.each([['Có'], ['có'], ['CÓ'], ['x'], ['X'], [true], ['TRUE'], ['✓'], ['Co\u0301']])('%p means yes', (v) => {
    expect(readYesNo(v)).toEqual({ kind: 'ok', value: true });
  });
  it.each([['Không'], ['không'], [false], ['FALSE']])('%p means no', (v) => {
    expect(readYesNo(v)).toEqual({ kind: 'ok', value: false });
  });
  it('refuses words without diacritics, with a suggestion', () => {
    expect(readYesNo('co')).toEqual({
      kind: 'error',
      message: '“co” không hợp lệ. Có phải “Có”? Chọn “Có” hoặc “Không”.',
    });
    expect(readYesNo('khong')).toEqual({
      kind: 'error',
      message: '“khong” không hợp lệ. Có phải “Không”? Chọn “Có” hoặc “Không”.',
    });
  });
  it('refuses anything else without a guess', () => {
    expect(readYesNo('Đạt')).toEqual({ kind: 'error', message: '“Đạt” không hợp lệ. Chọn “Có” hoặc “Không”.' });
    expect(readYesNo(1)).toMatchObject({ kind: 'error' });
    expect(readYesNo('#N/A')).toEqual({ kind: 'error', message: formulaMessage('#N/A') });
  });
});

describe('readNaMark', () => {
  it('x, Có and TRUE mark not applicable; blank, Không and FALSE do not', () => {
    expect(readNaMark('x')).toEqual({ kind: 'ok', value: true });
    expect(readNaMark(true)).toEqual({ kind: 'ok', value: true });
    expect(readNaMark('')).toEqual({ kind: 'ok', value: false });
    expect(readNaMark('Không')).toEqual({ kind: 'ok', value: false });
  });
  it('refuses anything else', () => {
    expect(readNaMark('kps')).toEqual({
      kind: 'error',
      message: '“kps” không hợp lệ ở cột Không phát sinh. Chọn “x” (không phát sinh) hoặc để trống.',
    });
  });
});

describe('readOption', () => {
  const labels = ['Kịp thời', 'Không kịp thời', 'Không ban hành'];
  it('matches ignoring case and Unicode form, returning the catalogue label', () => {
    expect(readOption('KỊP THỜI', labels)).toEqual({ kind: 'ok', value: 'Kịp thời' });
    expect(readOption('  không   kịp thời ', labels)).toEqual({ kind: 'ok', value: 'Không kịp thời' });
    expect(readOption('Ki\u0323p tho\u031b\u0300i', labels)).toEqual({ kind: 'ok', value: 'Kịp thời' });
  });
  it('suggests the label when only the diacritics are missing', () => {
    expect(readOption('kip thoi', labels)).toEqual({
      kind: 'error',
      message:
        '“kip thoi” không có trong danh sách. Có phải “Kịp thời”? Chọn đúng giá trị (có dấu) từ danh sách thả xuống.',
    });
  });
  it('lists the choices otherwise', () => {
    expect(readOption('Đúng hạn', labels)).toEqual({
      kind: 'error',
      message: '“Đúng hạn” không có trong danh sách. Chọn một trong: Kịp thời; Không kịp thời; Không ban hành.',
    });
    expect(readOption('#REF!', labels)).toEqual({ kind: 'error', message: formulaMessage('#REF!') });
  });
});

describe('readChecklist', () => {
  const labels = ['Đài truyền thanh', 'Trang thông tin điện tử', 'Băng rôn, khẩu hiệu', 'Hội nghị, tờ gấp'];
  it('reads item numbers, without duplicates, sorted', () => {
    expect(readChecklist('1, 2, 4', labels)).toEqual({ kind: 'ok', value: [0, 1, 3] });
    expect(readChecklist('4 2 2', labels)).toEqual({ kind: 'ok', value: [1, 3] });
    expect(readChecklist(3, labels)).toEqual({ kind: 'ok', value: [2] });
    // "Không" or 0 alone: nothing was done (no item ticked), not an error.
    for (const nothing of ['Không', 'KHÔNG', ' không ', 0, '0', false])
      expect(readChecklist(nothing, labels)).toEqual({ kind: 'ok', value: [] });
  });
  it('reads labels separated by ";" (a label may hold a comma)', () => {
    expect(readChecklist('băng rôn, khẩu hiệu; Đài truyền thanh', labels)).toEqual({ kind: 'ok', value: [0, 2] });
  });
  it('refuses numbers out of range and unknown labels', () => {
    const bad = (v: string) =>
      `“${v}” không phải số thứ tự hình thức hợp lệ. Ghi các số thứ tự từ 1 đến 4, cách nhau bằng dấu phẩy (ví dụ: 1, 2, 4).`;
    expect(readChecklist('1, 5', labels)).toEqual({ kind: 'error', message: bad('5') });
    expect(readChecklist('0, 2', labels)).toEqual({ kind: 'error', message: bad('0') });
    expect(readChecklist('Tờ rơi', labels)).toEqual({ kind: 'error', message: bad('Tờ rơi') });
    expect(readChecklist(true, labels)).toMatchObject({ kind: 'error' });
  });
});

describe('text helpers', () => {
  it('cellText trims, normalises and writes dates as dd/MM/yyyy', () => {
    expect(cellText('  Ki\u0323p ')).toBe('Kịp');
    expect(cellText(12)).toBe('12');
    expect(cellText(new Date(2023, 0, 30))).toBe('30/01/2023');
    expect(cellText(null)).toBe('');
  });
  it('recognises links', () => {
    expect(isLink('https://drive.google.com/file/d/abc/view')).toBe(true);
    expect(isLink('Kế hoạch số 10/KH-UBND')).toBe(false);
  });
  it('flags formula-like text, not signed numbers', () => {
    expect(looksLikeFormula('=HYPERLINK("x")')).toBe(true);
    expect(looksLikeFormula('@ketoan')).toBe(true);
    expect(looksLikeFormula('- Văn bản số 5')).toBe(true);
    expect(looksLikeFormula('-5')).toBe(false);
    expect(looksLikeFormula('Kế hoạch 10')).toBe(false);
  });
});
