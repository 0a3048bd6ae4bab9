/** "Nhập bộ tiêu chí từ bảng" on the fakes: a pasted table → the draft shown → applied by setup, no entry lost. */
import type { FakeGas } from '../fakes';
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import { col } from '../../src/core/layout';
import { EXTRA_TEXT, IMPORT_SHEET_TEXT, importMsg, SETUP_TEXT } from '../../src/core/text';
import { menuImportCriteriaTable } from '../../src/main';
import { storedCatalogue } from '../../src/sheets/catalogueSource';
import { MENU_ITEMS } from '../../src/sheets/menu';
import { ROMAN_TABLE, TEXT_POINTS_TABLE } from '../core/catalog/import/tables';
import { areaTabs, fillEntries, inputCells, install, setup, sheet } from './helpers';

let gas: FakeGas;
beforeEach(() => {
  gas = install();
  setup(gas);
  fillEntries(gas, {
    '1.1.1': { value: 'Kịp thời', evidence: 'KH 01' },
    '1.2': { a: 4, b: 4 },
    '3.1': { a: 120, b: 125, explanation: 'Hồ sơ trễ do thiếu giấy tờ' },
  });
});
afterEach(() => gas.uninstall());

const stored = () => storedCatalogue(PropertiesService.getDocumentProperties().getProperties()).spec;

function pasteTable(rows: string[][]): void {
  const s = gas.spreadsheet.insertSheet('Bảng của tỉnh');
  gas.inspect(() => s.getRange(1, 1, rows.length, rows[0].length).setValues(rows));
  gas.spreadsheet.setActiveSheet(s);
}

it('is in the CCHC menu', () => {
  expect(MENU_ITEMS).toContainEqual({ label: IMPORT_SHEET_TEXT.menu, fn: 'menuImportCriteriaTable' });
});

it('shows the draft, applies it through setup, and keeps every entry', () => {
  const before = inputCells(gas);
  pasteTable(ROMAN_TABLE);
  gas.calls.reset();
  menuImportCriteriaTable();
  const [draft, done] = gas.ui.alerts;
  expect(draft.title).toBe(IMPORT_SHEET_TEXT.title);
  expect(draft.prompt).toContain(importMsg.summary(5, 12, 9, 2, 1));
  expect(draft.prompt).toContain(importMsg.manual(19, '2.4'));
  expect(done.title).toBe(SETUP_TEXT.doneTitle);
  expect(stored().name).toContain('2648/QĐ-UBND');

  // Every entry typed before is still in its row (retired criteria keep their data).
  const after = inputCells(gas);
  for (const [key, cells] of before) if (cells.some((v) => v !== '')) expect(after.get(key)).toEqual(cells);
  // The new areas have their tabs, the bonus area marked as such in its area row.
  const bonus = areaTabs(gas).find((t) =>
    t.sheet.fakeValues().some((r) => r[col('kind')] === EXTRA_TEXT.areaKind.bonus),
  );
  expect(bonus).toBeDefined();
  expect(bonus!.sheet.fakeValues().some((r) => r[col('code')] === '4.1')).toBe(true);
});

it('answering "Không" stores nothing and changes no tab', () => {
  pasteTable(ROMAN_TABLE);
  const tabs = gas.spreadsheet.fakeSheets().map((s) => s.fakeName);
  gas.ui.queueAnswer('NO');
  gas.calls.reset();
  menuImportCriteriaTable();
  expect(gas.ui.alerts).toHaveLength(1);
  // The table is read in one call; nothing is written.
  expect(gas.calls.count('Range.getDisplayValues')).toBe(1);
  expect(gas.calls.count('Range.getValues') + gas.calls.count('Range.getValue')).toBe(0);
  expect(gas.calls.count('Range.setValues') + gas.calls.count('Range.setValue')).toBe(0);
  expect(stored().name).toBe(DEFAULT_CATALOGUE.name);
  expect(gas.spreadsheet.fakeSheets().map((s) => s.fakeName)).toEqual(tabs);
});

it('bad input: the message names the row, nothing is stored, no setup runs', () => {
  pasteTable(TEXT_POINTS_TABLE);
  gas.writes.reset();
  menuImportCriteriaTable();
  expect(gas.ui.alerts).toHaveLength(1);
  expect(gas.ui.alerts[0].prompt).toBe(
    IMPORT_SHEET_TEXT.failed('Bảng của tỉnh', [importMsg.pointsNotNumber(3, 'hai điểm')]),
  );
  expect(stored().name).toBe(DEFAULT_CATALOGUE.name);
  expect(gas.writes.all()).toEqual([]);
});

it('refuses to read one of its own area tabs as the province’s table', () => {
  gas.spreadsheet.setActiveSheet(sheet(gas, '1. Chỉ đạo điều hành'));
  menuImportCriteriaTable();
  expect(gas.ui.alerts[0].prompt).toBe(IMPORT_SHEET_TEXT.pickTab('1. Chỉ đạo điều hành'));
});
