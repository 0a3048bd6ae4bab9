/**
 * The SAMPLE workbook on the Apps Script fakes: setup, then what the officials typed (entries,
 * Thông tin chung, Phân công).
 */
import { installFakeGlobals, type FakeGas } from '../fakes';
import { cellText } from '../../src/core/cells';
import { ASSIGNMENT_COLUMNS, ASSIGNMENT_ROWS, TAB_NAMES } from '../../src/core/layout';
import { SAMPLE_ASSIGNMENTS, SAMPLE_ENTRIES, SAMPLE_INFO } from '../../src/core/sample/caoAn2023';
import { fillAssignments, fillEntries, fillInfo, setup } from '../sheets/helpers';

/**
 * The sample workbook after setup, as the officials filled it in. With `protect`, setup runs again
 * once Phân công is filled (what the office does), so each area's inputs are protected for its
 * officials; without, the inputs stay open (setup's first run knows no official yet).
 */
export function sampleWorkbook(options: Parameters<typeof installFakeGlobals>[1] = {}, protect = false): FakeGas {
  const gas = installFakeGlobals(globalThis, options);
  setup(gas);
  fillEntries(gas, SAMPLE_ENTRIES);
  fillInfo(gas, SAMPLE_INFO);
  fillAssignments(gas, SAMPLE_ASSIGNMENTS);
  const names = ASSIGNMENT_COLUMNS.findIndex((c) => c.key === 'names') + 1;
  const tab = gas.spreadsheet.fakeSheet(TAB_NAMES.assignments);
  tab.fakeValues().forEach((row, i) => {
    const a = SAMPLE_ASSIGNMENTS[cellText(row[0])];
    if (i + 1 >= ASSIGNMENT_ROWS.firstData && a) tab.fakeSeed([[a.names]], i + 1, names);
  });
  if (protect) {
    setup(gas);
    gas.writes.reset();
    gas.calls.reset();
  }
  return gas;
}
