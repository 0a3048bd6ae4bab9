/** The one ownership rule of every tab the add-on writes under a name an office might also use. */
import { assertOwnGrid, ownTab, sheetOwner, tabOwner } from '../../src/sheets/reservedTabs';
import { UserError } from '../../src/sheets/errors';
import { computeScores } from '../../src/sheets/computeScores';
import { LOG_COLUMNS, TAB_NAMES } from '../../src/core/layout';
import { RESERVED_TAB_TEXT, SUMMARY_TEXT } from '../../src/core/text';
import type { FakeGas } from '../fakes';
import { install, setup, snapshot } from './helpers';

const TITLE = { title: 'VIỆC CÒN LẠI' };
const check = (values: unknown[][]) => () =>
  assertOwnGrid(values as never, TITLE, 'Bảng đã có nội dung khác.', 'Đổi tên bảng đó.');

describe('tabOwner / assertOwnGrid (grid already read)', () => {
  it('ours: our title in A1 (going on with a date); empty: no cell holds anything', () => {
    expect(
      tabOwner(
        [
          [`VIỆC CÒN LẠI – 10/01/2024`, ''],
          ['x', 'y'],
        ],
        TITLE,
      ),
    ).toBe('ours');
    expect(tabOwner([], TITLE)).toBe('empty');
    expect(
      tabOwner(
        [
          ['', ''],
          ['', null],
        ] as never,
        TITLE,
      ),
    ).toBe('empty');
    expect(check([])).not.toThrow();
    expect(check([[`VIỆC CÒN LẠI – 10/01/2024`]])).not.toThrow();
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

  it('a header mark must be the whole first cell: a longer header is someone else’s', () => {
    const mark = { header: 'Thời điểm' };
    expect(tabOwner([['Thời điểm']], mark)).toBe('ours');
    expect(tabOwner([['Thời điểm tải lên']], mark)).toBe('theirs');
  });
});

describe('Tổng hợp and Nhật ký (read from the sheet)', () => {
  let gas: FakeGas;
  beforeEach(() => {
    gas = install();
    setup(gas);
  });
  afterEach(() => gas.uninstall());

  it('reads only A1 of a tab that carries our mark', () => {
    computeScores();
    gas.calls.reset();
    expect(ownTab(gas.spreadsheet, TAB_NAMES.log)).not.toBeNull();
    expect(gas.calls.count('Range.getValue')).toBe(1);
    expect(gas.calls.count('Range.getValues')).toBe(0);
    expect(sheetOwner(gas.spreadsheet.fakeSheet(TAB_NAMES.log), { header: LOG_COLUMNS[0] })).toBe('ours');
  });

  it('an empty A1 above the office’s own table: Tính điểm stops before writing any cell', () => {
    gas.spreadsheet.deleteSheet(gas.spreadsheet.fakeSheet(TAB_NAMES.summary));
    gas.spreadsheet.fakeAddSheet(TAB_NAMES.summary).fakeSeed([[''], ['', 'Bảng tổng hợp của văn phòng']]);
    const before = snapshot(gas);
    gas.writes.reset();
    expect(() => computeScores()).toThrow(RESERVED_TAB_TEXT.reservedTabTaken(TAB_NAMES.summary));
    expect(gas.writes.all()).toEqual([]);
    expect(snapshot(gas)).toEqual(before);
  });

  it('setup’s Tổng hợp carries the title before any Tính điểm: one read of A1 tells it is ours', () => {
    gas.calls.reset();
    expect(ownTab(gas.spreadsheet, TAB_NAMES.summary)).not.toBeNull();
    expect(gas.calls.count('Range.getValues')).toBe(0);
  });

  it('an empty tab of that name (made by the office ahead) is ours: Tính điểm fills it', () => {
    gas.spreadsheet.deleteSheet(gas.spreadsheet.fakeSheet(TAB_NAMES.summary));
    gas.spreadsheet.fakeAddSheet(TAB_NAMES.summary);
    expect(sheetOwner(gas.spreadsheet.fakeSheet(TAB_NAMES.summary), { title: 'x' })).toBe('empty');
    computeScores();
    expect(gas.spreadsheet.fakeSheet(TAB_NAMES.summary).fakeValues()[0][0]).toBe(SUMMARY_TEXT.title);
  });
});
