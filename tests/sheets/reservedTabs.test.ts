/** The check shared by every tab the add-on writes whole under a name an office might also use. */
import { assertOwnGeneratedTab } from '../../src/sheets/reservedTabs';
import { UserError } from '../../src/sheets/errors';

const TITLE = 'VIỆC CÒN LẠI';
const check = (values: unknown[][]) => () =>
  assertOwnGeneratedTab(values as never, TITLE, 'Bảng đã có nội dung khác.', 'Đổi tên bảng đó.');

describe('assertOwnGeneratedTab', () => {
  it('ours: no cell, every cell empty, or our title in A1', () => {
    expect(check([])).not.toThrow();
    expect(
      check([
        ['', ''],
        ['', null],
      ]),
    ).not.toThrow();
    expect(
      check([
        [`${TITLE} – 10/01/2024`, ''],
        ['x', 'y'],
      ]),
    ).not.toThrow();
  });

  it('the office’s own: another A1, or an empty A1 above its own table (never written over)', () => {
    expect(check([['Ghi chú riêng', '']])).toThrow(UserError);
    expect(
      check([
        ['', ''],
        ['', 'Bảng của văn phòng'],
      ]),
    ).toThrow('Bảng đã có nội dung khác.');
    expect(check([[''], [0]])).toThrow(UserError);
  });
});
