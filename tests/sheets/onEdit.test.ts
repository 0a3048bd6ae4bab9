import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EditEventOptions, FakeGas } from '../fakes';
import { col, colNumber, roleSpan, TAB_NAMES } from '../../src/core/layout';
import { SAMPLE_ASSIGNMENTS, SAMPLE_ENTRIES, SAMPLE_INFO } from '../../src/core/sample/caoAn2023';
import { msg } from '../../src/core/text';
import { onEdit } from '../../src/main';
import { computeScores } from '../../src/sheets/computeScores';
import { recomputeRows } from '../../src/sheets/onEdit';
import { fillAssignments, fillEntries, fillInfo, install, rowOf, setup, sheet, writesToInputs } from './helpers';

let gas: FakeGas;
beforeEach(() => {
  gas = install();
  setup(gas);
  fillEntries(gas, SAMPLE_ENTRIES);
  fillInfo(gas, SAMPLE_INFO);
});
afterEach(() => gas.uninstall());

const TAB = '3. Cải cách TTHC';
const computed = roleSpan('computed');

/** What Sheets passes to onEdit after an official typed into (or pasted over) a block. */
function edit(
  tab: string,
  row: number,
  column: number,
  numRows = 1,
  numColumns = 1,
  typed?: unknown[][],
  opts: Omit<EditEventOptions, 'oldValue'> = {},
) {
  const s = sheet(gas, tab);
  const oldValue = gas.inspect(() => s.getRange(row, column).getValue());
  if (typed) s.fakeSeed(typed, row, column);
  const event = gas.editEvent(s, row, column, numRows, numColumns, { ...opts, oldValue });
  gas.calls.reset();
  gas.writes.reset();
  onEdit(event);
}

describe('onEdit', () => {
  it('re-checks a typed cell’s row at once in 4 calls: one read of the row, one write of its three computed cells', () => {
    const s = sheet(gas, TAB);
    const r = rowOf(s, '3.5');
    edit(TAB, r, colNumber('a'), 1, 1, [[1300]]); // a > b
    expect(gas.calls.count('Range.getValues')).toBe(1);
    expect(gas.calls.count('Range.setValues')).toBe(1);
    expect(gas.calls.count('Spreadsheet.*')).toBe(0); // nothing read from the active sheet
    expect(gas.calls.total()).toBe(4); // offset + getValues, offset + setValues
    const writes = gas.writes.all();
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ sheet: TAB, row: r, col: computed.first, numRows: 1, numCols: 3 });
    const check = String(s.fakeValues()[r - 1][col('check')]);
    expect(check).toMatch(/^Lỗi \(Số liệu a\)/);
    expect(s.fakeValues()[r - 1][col('points')]).toBe(0);
    expect(writesToInputs(gas)).toEqual([]);

    // Fixing it clears the error.
    edit(TAB, r, colNumber('a'), 1, 1, [[1236]]);
    expect(String(s.fakeValues()[r - 1][col('check')])).toBe(msg.ok);
    expect(s.fakeValues()[r - 1][col('ratio')]).toBeCloseTo(1236 / 1242, 4);
  });

  it('costs the same for a row deep in a long tab: no full-tab read', () => {
    const s = sheet(gas, TAB);
    const r = rowOf(s, '3.9');
    gas.inspect(() => s.insertRowsAfter(r, 2000));
    edit(TAB, r, colNumber('b'), 1, 1, [[1300]]);
    expect(gas.calls.count('Range.getValues')).toBe(1);
    expect(gas.calls.total()).toBe(4);
  });

  it('clearing a cell (e.oldValue, no e.value) is scored on the edited row', () => {
    const s = sheet(gas, TAB);
    const r = rowOf(s, '3.5');
    edit(TAB, r, colNumber('a'), 1, 1, [['']]);
    expect(gas.calls.total()).toBe(4);
    expect(String(s.fakeValues()[r - 1][col('check')])).toMatch(/^Lỗi \(Số liệu a\)/);
  });

  it('a clear while another tab is shown, with an empty cell at the same address there: the edited row is scored', () => {
    // Before, the "cell holds e.value" check passed on the shown tab's empty cell and scored its row.
    computeScores();
    const s = sheet(gas, TAB);
    const shown = sheet(gas, '1. Chỉ đạo điều hành');
    const r = rowOf(s, '3.5');
    shown.fakeSeed([['']], r, colNumber('evidence')); // the same address is empty on the shown tab
    const shownBefore = shown.fakeValues();
    edit(TAB, r, colNumber('evidence'), 1, 1, [['']], { activeSheet: shown });
    expect(gas.calls.count('Range.getValues')).toBe(1);
    expect(gas.writes.all().filter((w) => w.sheet !== TAB)).toEqual([]);
    // The computed cells are the edited row's own result (1236/1242 → 4 points), not the shown row's.
    expect(recomputeRows([s.fakeValues()[r - 1]])).toBeNull();
    expect(s.fakeValues()[r - 1][col('points')]).toBe(4);
    expect(shown.fakeValues()).toEqual(shownBefore);
  });

  it('a typed value equal to the shown tab’s cell at that address still scores the edited tab’s row', () => {
    computeScores();
    const s = sheet(gas, TAB);
    const shown = sheet(gas, '1. Chỉ đạo điều hành');
    const r = rowOf(s, '3.5');
    shown.fakeSeed([[1300]], r, colNumber('a'));
    const shownBefore = shown.fakeValues();
    edit(TAB, r, colNumber('a'), 1, 1, [[1300]], { activeSheet: shown });
    expect(gas.writes.all().map((w) => w.sheet)).toEqual([TAB]);
    expect(recomputeRows([s.fakeValues()[r - 1]])).toBeNull();
    expect(String(s.fakeValues()[r - 1][col('check')])).toMatch(/^Lỗi \(Số liệu a\)/);
    expect(shown.fakeValues()).toEqual(shownBefore);
  });

  it('a text, a yes/no tick and a formula error are scored from the row read back', () => {
    const s = sheet(gas, TAB);
    const r = rowOf(s, '3.5');
    edit(TAB, r, colNumber('a'), 1, 1, [['mười hai']]);
    expect(gas.calls.total()).toBe(4);
    expect(String(s.fakeValues()[r - 1][col('check')])).toMatch(/^Lỗi \(Số liệu a\)/);
    edit(TAB, r, colNumber('a'), 1, 1, [[true]]);
    expect(gas.calls.total()).toBe(4);
    edit(TAB, r, colNumber('a'), 1, 1, [['#DIV/0!']]);
    expect(String(s.fakeValues()[r - 1][col('check')])).toMatch(/^Lỗi \(Số liệu a\)/);
  });

  it('when the active sheet is not the edited one, the row is read from e.range', () => {
    const s = sheet(gas, TAB);
    const r = rowOf(s, '3.5');
    const other = sheet(gas, '1. Chỉ đạo điều hành');
    edit(TAB, r, colNumber('a'), 1, 1, [[1300]], { activeSheet: other });
    expect(gas.calls.count('Spreadsheet.*')).toBe(0);
    expect(gas.calls.count('Range.getValues')).toBe(1);
    expect(gas.calls.total()).toBe(4);
    expect(gas.writes.all()).toHaveLength(1);
    expect(gas.writes.all()[0]).toMatchObject({ sheet: TAB, row: r, col: computed.first, numCols: 3 });
    expect(String(s.fakeValues()[r - 1][col('check')])).toMatch(/^Lỗi \(Số liệu a\)/);
    expect(writesToInputs(gas)).toEqual([]);
  });

  it('a multi-row paste into another tab than the one shown scores the pasted rows there', () => {
    const s = sheet(gas, TAB);
    const first = rowOf(s, '3.2');
    edit(
      TAB,
      first,
      colNumber('a'),
      2,
      2,
      [
        [9, 5],
        [3, 0],
      ],
      { activeSheet: sheet(gas, TAB_NAMES.info) },
    );
    expect(gas.writes.all()).toEqual([
      expect.objectContaining({ sheet: TAB, row: first, numRows: 2, col: computed.first }),
    ]);
    expect(String(s.fakeValues()[first][col('check')])).toMatch(/^Lỗi/);
  });

  it('a paste into one cell (no e.value, no e.oldValue) is read from e.range: 4 calls', () => {
    const s = sheet(gas, TAB);
    const r = rowOf(s, '3.5');
    edit(TAB, r, colNumber('a'), 1, 1, [[1300]], { pasted: true });
    expect(gas.calls.count('Range.getValues')).toBe(1);
    expect(gas.calls.total()).toBe(4);
    expect(String(s.fakeValues()[r - 1][col('check')])).toMatch(/^Lỗi \(Số liệu a\)/);
  });

  it('handles a multi-row paste with one read and one write spanning the pasted rows', () => {
    const s = sheet(gas, TAB);
    const first = rowOf(s, '3.2');
    const last = rowOf(s, '3.3');
    expect(last).toBe(first + 1);
    edit(TAB, first, colNumber('a'), 2, 2, [
      [9, 5],
      [3, 0],
    ]);
    expect(gas.calls.count('Range.getValues')).toBe(1);
    expect(gas.calls.count('Range.setValues')).toBe(1);
    expect(gas.calls.total()).toBe(4); // offset + getValues, offset + setValues
    expect(gas.writes.all()[0]).toMatchObject({ row: first, numRows: 2, col: computed.first, numCols: 3 });
    const v = s.fakeValues();
    expect(String(v[first - 1][col('check')])).toMatch(/^Lỗi/);
    expect(String(v[last - 1][col('check')])).toMatch(/^Lỗi/);
    expect(writesToInputs(gas)).toEqual([]);
  });

  it('leaves area and group rows, other tabs and computed-column edits alone', () => {
    computeScores();
    const s = sheet(gas, '1. Chỉ đạo điều hành');
    const areaRow = rowOf(s, '1');
    edit('1. Chỉ đạo điều hành', areaRow, colNumber('value'), 1, 1, [['x']]);
    expect(gas.writes.all()).toEqual([]);
    edit('1. Chỉ đạo điều hành', rowOf(s, '1.1'), colNumber('value'), 1, 1, [['5']]);
    expect(gas.writes.all()).toEqual([]);
    edit(TAB_NAMES.info, 3, 2, 1, 1, [['Cao An']]);
    expect(gas.writes.all()).toEqual([]);
    edit(TAB_NAMES.summary, 5, 3, 1, 1, [[12]]);
    expect(gas.writes.all()).toEqual([]);
    edit(TAB, rowOf(sheet(gas, TAB), '3.5'), colNumber('check'), 1, 1, [['tự ghi']]);
    expect(gas.calls.total()).toBe(0); // the event says where the edit is: no call at all
    expect(gas.writes.all()).toEqual([]);
  });

  it('still finds the edited block from its A1 notation when the event carries no bounds', () => {
    const s = sheet(gas, TAB);
    const r = rowOf(s, '3.5');
    s.fakeSeed([[1300]], r, colNumber('a'));
    const range = gas.inspect(() => s.getRange(r, colNumber('a'))); // a bare Range, without rowStart …
    gas.calls.reset();
    onEdit({ range, source: gas.spreadsheet } as unknown as GoogleAppsScript.Events.SheetsOnEdit);
    expect(gas.calls.count('Range.getA1Notation')).toBe(1);
    expect(gas.calls.total()).toBe(5);
    expect(String(s.fakeValues()[r - 1][col('check')])).toMatch(/^Lỗi \(Số liệu a\)/);
  });

  it('writes nothing when the row result did not change', () => {
    computeScores();
    const s = sheet(gas, TAB);
    edit(TAB, rowOf(s, '3.5'), colNumber('owner'), 1, 1, [['Công chức Văn phòng – Thống kê']]);
    expect(gas.calls.count('Range.getValues')).toBe(1);
    expect(gas.calls.count('Range.setValues')).toBe(0);
    expect(gas.calls.total()).toBe(2);
  });

  it('never throws: a missing event, a broken range, a protected cell (details only in the log)', () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(() => onEdit(undefined)).not.toThrow();
      const broken = {
        range: {
          getA1Notation: () => {
            throw new Error('Service error');
          },
        },
      };
      expect(() => onEdit(broken as unknown as GoogleAppsScript.Events.SheetsOnEdit)).not.toThrow();
      expect(logged).toHaveBeenCalledTimes(1);
      // Computed cells protected for the officials of Phân công: a stranger's edit cannot write them.
      fillAssignments(gas, SAMPLE_ASSIGNMENTS);
      setup(gas);
      const s = sheet(gas, TAB);
      gas.env.setActiveUser('nguoi.la@example.com');
      expect(() => edit(TAB, rowOf(s, '3.5'), colNumber('a'), 1, 1, [[1300]])).not.toThrow();
      expect(logged).toHaveBeenCalledTimes(2);
      expect(String(logged.mock.calls[1][0])).toMatch(/protected/);
      expect(gas.writes.all()).toEqual([]);
    } finally {
      logged.mockRestore();
    }
  });
});

describe('onEdit on the survey area (points copied from the province’s published results)', () => {
  const SURVEY_TAB = '4. Điều tra xã hội học';
  beforeEach(() => {
    gas.uninstall();
    gas = install();
    const spec = JSON.parse(readFileSync(path.join(__dirname, '../../samples/catalogue-minh-an-2026.json'), 'utf8'));
    setup(gas, spec);
  });

  it('a survey row with points and no evidence is OK, at the cost of one read of the rows above', () => {
    const s = sheet(gas, SURVEY_TAB);
    const r = rowOf(s, '4.1');
    edit(SURVEY_TAB, r, colNumber('value'), 1, 1, [[8.4]]);
    expect(String(s.fakeValues()[r - 1][col('check')])).toBe(msg.ok);
    expect(s.fakeValues()[r - 1][col('points')]).toBe(8.4);
    expect(gas.calls.count('Range.getValues')).toBe(2);
    expect(gas.calls.total()).toBe(6);
    expect(writesToInputs(gas)).toEqual([]);
  });

  it('a regular row with points and no evidence still warns, and a row with evidence reads nothing more', () => {
    const tab = '2. Cải cách thủ tục hành chính';
    const s = sheet(gas, tab);
    const r = rowOf(s, '2.4');
    edit(tab, r, colNumber('value'), 1, 1, [[1.5]]);
    expect(String(s.fakeValues()[r - 1][col('check')])).toContain(msg.evidenceMissing());
    gas.inspect(() => s.fakeSeed([['https://example.gov.vn/bien-ban']], r, colNumber('evidence')));
    edit(tab, r, colNumber('value'), 1, 1, [[1.25]]);
    expect(String(s.fakeValues()[r - 1][col('check')])).toBe(msg.ok);
    expect(gas.calls.total()).toBe(4);
  });

  it('Tính điểm agrees: the survey row with no evidence is OK', () => {
    const s = sheet(gas, SURVEY_TAB);
    const r = rowOf(s, '4.1');
    gas.inspect(() => s.fakeSeed([[8.4]], r, colNumber('value')));
    computeScores();
    expect(String(s.fakeValues()[r - 1][col('check')])).toBe(msg.ok);
  });
});

describe('recomputeRows', () => {
  it('keeps the current cells of rows that are not criterion rows of an area tab', () => {
    const row = ['Tên xã', 'Cao An', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''];
    expect(recomputeRows([row])).toBeNull();
  });
});
