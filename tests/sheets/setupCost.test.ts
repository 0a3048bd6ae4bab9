/** What setup costs in service calls (the fakes' counter), first run and re-runs. */
import type { FakeGas } from '../fakes';
import { SAMPLE_ASSIGNMENTS } from '../../src/core/sample/caoAn2023';
import { INFO_SETUP_RECORD, TAB_NAMES } from '../../src/core/layout';
import { SETUP_TEXT } from '../../src/core/text';
import { forgetAppliedSetup } from '../../src/sheets/setup/applied';
import { areaTabs, chooseProtectionMode, fillAssignments, install, OFFICE, setup, sheet } from './helpers';
import { runSetup, setupWorkbook } from '../../src/sheets/setup/setup';
import { colNumber } from '../../src/core/layout';
import type { CatalogueSpec } from '../../src/core/catalog/types';
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';

let gas: FakeGas;
beforeEach(() => {
  gas = install();
});
afterEach(() => gas.uninstall());

/** Calls and writes of one setup run. */
function run(): { calls: number; writes: number } {
  gas.calls.reset();
  gas.writes.reset();
  setup(gas);
  return { calls: gas.calls.total(), writes: gas.writes.all().length };
}

describe('setup cost', () => {
  it('a first setup on an empty spreadsheet: ≤ 315 calls (was 987, then 341; the goal of 150 is open)', () => {
    const first = run();
    expect(first.calls).toBeLessThanOrEqual(315);
    // One protection for each tab, plus, on an area tab, one for the computed columns (they only warn
    // while nobody is listed in Phân công); no protection is built cell block by cell block.
    const tabs = gas.spreadsheet.fakeSheets().length;
    expect(gas.calls.count('Sheet.protect')).toBe(tabs - 1); // the starting tab Trang tính1 is not ours
    expect(gas.calls.count('Range.protect')).toBe(areaTabs(gas).length);
    // The first new area tab is drawn; the others are copies of it (one insertSheet with a template).
    // Widths: the most common width set on every column at once where that saves calls.
    expect(gas.calls.count('Sheet.setColumnWidths') + gas.calls.count('Sheet.setColumnWidth')).toBeLessThan(30);
    // A rule whose help text an earlier rule has starts from that rule's copy: the text is not set again.
    expect(gas.calls.count('DataValidationBuilder.setHelpText')).toBeLessThan(
      gas.calls.count('DataValidationBuilder.build'),
    );
    // Nothing to remove on a tab just made: no protection or rule is read back.
    expect(gas.calls.count('Sheet.getProtections') + gas.calls.count('Sheet.getConditionalFormatRules')).toBe(0);
    // The two Kiểm tra rules are built once and copied to each area tab.
    expect(gas.calls.count('SpreadsheetApp.newConditionalFormatRule')).toBe(2);
  });

  it('an unchanged re-run reads the tabs and writes nothing: ≤ 40 calls (was 713, then 45)', () => {
    run();
    const again = run();
    expect(again.writes).toBe(0);
    expect(gas.calls.count('Protection.*')).toBe(0);
    expect(again.calls).toBeLessThanOrEqual(40);
  });

  it('the second run, which keeps the catalogue read back from the sheet (the menu path), is unchanged too', () => {
    const keepSheet = () => {
      gas.calls.reset();
      runSetup(gas.spreadsheet, DEFAULT_CATALOGUE, { me: OFFICE, preferSheetCatalogue: true });
      return gas.calls.total();
    };
    keepSheet();
    expect(keepSheet()).toBeLessThanOrEqual(40);
    expect(gas.calls.count('Range.setDataValidations')).toBe(0);
  });

  it('with officials listed, an unchanged re-run is as cheap (was 819)', () => {
    run();
    fillAssignments(gas, SAMPLE_ASSIGNMENTS);
    run();
    const again = run();
    expect(again.writes).toBe(0);
    expect(again.calls).toBeLessThanOrEqual(40);
  });

  it('a new official re-applies the protections that depend on officials, and the next run is unchanged again', () => {
    run();
    fillAssignments(gas, { '3': { emails: 'tthc@caoan.example' } });
    const changed = run();
    expect(gas.calls.count('Range.protect')).toBeGreaterThan(0);
    const tthc = sheet(gas, '3. Cải cách TTHC');
    const inputs = tthc.fakeProtections().find((p) => p.getDescription() === SETUP_TEXT.protectInputs('3'));
    expect(inputs?.getEditors().map((u) => u.getEmail())).toContain('tthc@caoan.example');
    expect(changed.calls).toBeGreaterThan(40);
    expect(run().writes).toBe(0);
  });

  it('after forgetAppliedSetup (the settings check found a protection removed by hand), setup puts it back', () => {
    run();
    const info = sheet(gas, TAB_NAMES.info);
    gas.inspect(() => info.fakeProtections().forEach((p) => p.remove()));
    expect(run().writes).toBe(0); // the record cannot see a change made by hand
    expect(info.fakeProtections()).toHaveLength(0);
    forgetAppliedSetup();
    run();
    expect(info.fakeProtections().map((p) => p.getDescription())).toEqual([SETUP_TEXT.protectSheet(TAB_NAMES.info)]);
  });

  it('a renamed area tab is applied again under its new name', () => {
    run();
    const tab = sheet(gas, '3. Cải cách TTHC');
    gas.inspect(() => tab.setName('Lĩnh vực TTHC'));
    gas.calls.reset();
    setup(gas);
    expect(gas.calls.count('Sheet.setConditionalFormatRules')).toBe(1);
    expect(run().writes).toBe(0);
  });
});

describe('setup as the menu runs it (the bench figures)', () => {
  it('first setup and an unchanged re-run, through setupWorkbook', () => {
    gas.calls.reset();
    setupWorkbook();
    const first = gas.calls.total();
    expect(first).toBeLessThanOrEqual(345);
    gas.calls.reset();
    gas.writes.reset();
    setupWorkbook();
    expect(gas.writes.all()).toHaveLength(0);
    expect(gas.calls.total()).toBeLessThanOrEqual(40);
    // The document properties are read once, and each tab in one call.
    expect(gas.calls.count('PropertiesService.getDocumentProperties')).toBe(1);
    expect(gas.calls.count('Range.getValues')).toBe(0);
    // Every tab but Tổng hợp and Nhật ký, which setup only looks up by name.
    expect(gas.calls.count('Sheet.getSheetValues')).toBe(gas.spreadsheet.fakeSheets().length - 2);
  });
});

describe('new area tabs made as copies of the first one', () => {
  it('each has its own cells, the look, notes and Kiểm tra colours on its own cells, no rule or cell of the template', () => {
    run();
    const tabs = areaTabs(gas);
    expect(tabs).toHaveLength(DEFAULT_CATALOGUE.areas.length);
    const first = tabs[0].sheet;
    for (const { sheet: s, headerRow } of tabs) {
      const values = s.fakeValues();
      const area = DEFAULT_CATALOGUE.areas.find((a) => values.some((r) => r[0] === a.code && r[1] === a.title))!;
      const codes = values.slice(headerRow).map((r) => r[0]);
      expect(codes).toEqual([area.code, ...area.criteria.map((c) => c.code)]);
      const last = values.length;
      // Below its last row: no cell and no validation left from the template.
      for (let r = last + 1; r <= tabs.reduce((n, t) => Math.max(n, t.sheet.fakeValues().length), 0); r++)
        expect(s.fakeCell(r, colNumber('a'))?.validation).toBeUndefined();
      expect(s.getFrozenRows()).toBe(headerRow);
      expect(s.getColumnWidth(2)).toBe(first.getColumnWidth(2));
      expect(s.fakeCell(headerRow, 1)?.note).toBe(first.fakeCell(headerRow, 1)?.note);
      expect(s.fakeCell(headerRow + 1, colNumber('code'))?.format?.numberFormat).toBe('@');
      const rules = s.getConditionalFormatRules();
      expect(rules).toHaveLength(2);
      for (const rule of rules) expect(rule.getRanges().every((r) => r.getSheet() === s)).toBe(true);
      // Its own protections, none of another tab's.
      expect(s.getProtections(SpreadsheetApp.ProtectionType.SHEET).map((p) => p.getDescription())).toEqual([
        SETUP_TEXT.protectSheet(s.getName()),
      ]);
    }
  });
});

describe('a re-run after a change applies it, and only it', () => {
  const ours = () =>
    gas.spreadsheet.fakeAllProtections().filter((p) => p.getDescription().startsWith(SETUP_TEXT.protectionPrefix));

  it('a new protection mode: every protection follows it; the next run is unchanged again', () => {
    run();
    expect(ours().some((p) => !p.isWarningOnly())).toBe(true);
    chooseProtectionMode(gas, SETUP_TEXT.protectionModes.warning);
    const changed = run();
    expect(changed.calls).toBeGreaterThan(40);
    expect(ours().length).toBeGreaterThan(0);
    expect(ours().every((p) => p.isWarningOnly())).toBe(true);
    // One protection per tab: nothing stacked on what the earlier mode had.
    for (const s of gas.spreadsheet.fakeSheets())
      expect(s.getProtections(SpreadsheetApp.ProtectionType.SHEET).length).toBeLessThanOrEqual(1);
    const again = run();
    expect(again.writes).toBe(0);
    expect(again.calls).toBeLessThanOrEqual(40);
    chooseProtectionMode(gas, SETUP_TEXT.protectionModes.office);
    run();
    expect(ours().filter((p) => !p.isWarningOnly()).length).toBeGreaterThan(0);
  });

  it('a catalogue upgrade: the new criterion gets its row and validation, a changed maximum is written; then unchanged', () => {
    run();
    const spec = JSON.parse(JSON.stringify(DEFAULT_CATALOGUE)) as CatalogueSpec;
    const area = spec.areas.find((a) => a.code === '3')!;
    const changed = area.criteria[0];
    changed.maxPoints += 1;
    area.criteria.push({ ...area.criteria[0], code: '3.99', title: 'Tiêu chí mới', kind: 'yesno', rule: 'Có: 1' });
    gas.calls.reset();
    gas.writes.reset();
    const result = setup(gas, spec);
    expect(result.added).toEqual(['3.99']);
    expect(result.updated).toContain(changed.code);
    const tab = sheet(gas, area.tabName);
    const rows = tab.fakeValues();
    const r = rows.findIndex((row) => row[0] === '3.99') + 1;
    expect(r).toBe(rows.length);
    expect(tab.fakeCell(r, colNumber('value'))?.validation?.getCriteriaValues()[0]).toEqual(['Có', 'Không']);
    const at = rows.findIndex((row) => row[0] === changed.code);
    expect(rows[at][colNumber('maxPoints') - 1]).toBe(changed.maxPoints);
    // Only that tab's settings were applied again: the other area tabs were not touched; in Thông tin
    // chung, only setup's record of what it applied.
    const touched = new Set(gas.writes.all().map((w) => w.sheet));
    expect([...touched].sort()).toEqual([area.tabName, TAB_NAMES.info].sort());
    expect(gas.writes.filter({ sheet: TAB_NAMES.info }).map((w) => [w.row, w.col, w.numRows, w.numCols])).toEqual([
      [INFO_SETUP_RECORD.row, INFO_SETUP_RECORD.column, 1, 1],
    ]);
    gas.calls.reset();
    gas.writes.reset();
    setup(gas, spec);
    expect(gas.writes.all()).toHaveLength(0);
    expect(gas.calls.total()).toBeLessThanOrEqual(40);
  });
});

describe('setup’s record of the cell settings it applied (a hidden cell of Thông tin chung)', () => {
  const recordCell = () => sheet(gas, TAB_NAMES.info).fakeCell(INFO_SETUP_RECORD.row, INFO_SETUP_RECORD.column)?.value;

  it('is written on the first run, in a hidden column, and read back: the re-run applies nothing', () => {
    setup(gas);
    expect(String(recordCell())).toMatch(/^\{.*\}$/);
    expect(sheet(gas, TAB_NAMES.info).fakeIsColumnHidden(INFO_SETUP_RECORD.column)).toBe(true);
    gas.calls.reset();
    setup(gas);
    expect(gas.calls.count('Range.setDataValidations')).toBe(0);
  });

  it('never writes over a text of the office’s in that cell; the cell settings are applied again instead', () => {
    setup(gas);
    const info = sheet(gas, TAB_NAMES.info);
    info.fakeSeed([['Ghi chú của văn phòng']], INFO_SETUP_RECORD.row, INFO_SETUP_RECORD.column);
    forgetAppliedSetup();
    setup(gas);
    expect(recordCell()).toBe('Ghi chú của văn phòng');
    gas.calls.reset();
    setup(gas);
    expect(recordCell()).toBe('Ghi chú của văn phòng');
    expect(gas.calls.count('Range.setDataValidations')).toBeGreaterThan(0);
  });
});

describe('the spreadsheet time zone', () => {
  it('a new workbook in another zone is set to Asia/Ho_Chi_Minh, and the office is told', () => {
    gas.uninstall();
    gas = install({ timeZone: 'America/New_York' });
    const result = setup(gas);
    expect(gas.spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(result.notes).toContain(SETUP_TEXT.timeZoneSet('America/New_York'));
  });

  it('a workbook in use keeps its zone (dates typed would move) and the office is told what to do', () => {
    setup(gas);
    gas.inspect(() => gas.spreadsheet.setSpreadsheetTimeZone('Europe/London'));
    const result = setup(gas);
    expect(gas.spreadsheet.getSpreadsheetTimeZone()).toBe('Europe/London');
    expect(result.notes).toContain(SETUP_TEXT.timeZoneWrong('Europe/London'));
  });

  it('says nothing in Asia/Ho_Chi_Minh', () => {
    expect(setup(gas).notes.join('\n')).not.toMatch(/Múi giờ/);
  });
});
