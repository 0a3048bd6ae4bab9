/** What setup costs in service calls (the fakes' counter), first run and re-runs. */
import type { FakeGas } from '../fakes';
import { SAMPLE_ASSIGNMENTS } from '../../src/core/sample/caoAn2023';
import { TAB_NAMES } from '../../src/core/layout';
import { SETUP_TEXT } from '../../src/core/text';
import { forgetAppliedSetup } from '../../src/sheets/setup/applied';
import { fillAssignments, install, OFFICE, setup, sheet } from './helpers';
import { runSetup } from '../../src/sheets/setup/setup';
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
  it('a first setup on an empty spreadsheet stays under a regression bound of 1,000 calls (the goal of 150 is open)', () => {
    const first = run();
    expect(first.calls).toBeLessThanOrEqual(1000);
    // Nothing to remove on a tab just made: no protection or rule is read back.
    expect(gas.calls.count('Sheet.getProtections') + gas.calls.count('Sheet.getConditionalFormatRules')).toBe(0);
    // The two Kiểm tra rules are built once and copied to each area tab.
    expect(gas.calls.count('SpreadsheetApp.newConditionalFormatRule')).toBe(2);
  });

  it('an unchanged re-run reads the tabs and writes nothing: ≤ 40 calls (was 713)', () => {
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
