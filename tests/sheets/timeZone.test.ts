/**
 * A spreadsheet in another time zone than Việt Nam's, read by a process in a third one (UTC): a date
 * typed as a day in Thông tin chung reads back, through the fakes, as midnight in the spreadsheet's zone,
 * and the add-on still finds the calendar day typed (report date, deadlines, the text of the cell).
 */
import type { FakeGas } from '../fakes';
import { midnightIn } from '../fakes/typed';
import { INFO_FIELDS, TAB_NAMES } from '../../src/core/layout';
import type { InfoKey } from '../../src/core/layout';
import { cellText, type CellValue } from '../../src/core/cells';
import { readWorkbook } from '../../src/core/workbook';
import { readDate } from '../../src/core/report/dates';
import { readDeadlines } from '../../src/core/cycle/progress';
import { readWorkbookTabs } from '../../src/sheets/readTabs';
import { install, setup, sheet } from './helpers';

const processZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'UTC';
});
afterAll(() => {
  process.env.TZ = processZone;
});

let gas: FakeGas;
afterEach(() => gas.uninstall());

/** The office formats a Thông tin chung value as a date and types a day into it. */
function typeDate(key: InfoKey, text: string): void {
  const s = sheet(gas, TAB_NAMES.info);
  const label = INFO_FIELDS.find((f) => f.key === key)!.label;
  const r = s.fakeValues().findIndex((row) => row[0] === label) + 1;
  gas.inspect(() =>
    s
      .getRange(r, 2)
      .setNumberFormat('dd/MM/yyyy')
      .setValues([[text]]),
  );
}

function infoRead(): Partial<Record<InfoKey, CellValue>> {
  const tabs = readWorkbookTabs(gas.spreadsheet, false).map((t) => t.grid);
  return readWorkbook({ tabs }).info;
}

describe.each(['America/New_York', 'Pacific/Auckland', 'Asia/Ho_Chi_Minh'])('a spreadsheet in %s', (zone) => {
  beforeEach(() => {
    gas = install();
    setup(gas);
    // A workbook in use whose zone was changed (setup only sets the zone of a new workbook).
    gas.inspect(() => gas.spreadsheet.setSpreadsheetTimeZone(zone));
    typeDate('reportDate', '15/03/2024');
    typeDate('selfDeadline', '31/01/2024');
  });

  it('getValues gives the typed day as midnight in the spreadsheet’s zone', () => {
    const s = sheet(gas, TAB_NAMES.info);
    const dates = s
      .fakeValues()
      .flat()
      .filter((v): v is Date => v instanceof Date);
    expect(dates.map((d) => d.getTime()).sort()).toEqual(
      [midnightIn(2024, 1, 31, zone).getTime(), midnightIn(2024, 3, 15, zone).getTime()].sort(),
    );
  });

  it('the add-on reads the day typed: report date, deadline and the cell’s text', () => {
    const info = infoRead();
    expect(readDate(info.reportDate!)).toEqual({ year: 2024, month: 3, day: 15 });
    expect(cellText(info.reportDate)).toBe('15/03/2024');
    const self = readDeadlines(info).find((d) => d.key === 'selfDeadline')!;
    expect(self.date).toEqual({ year: 2024, month: 1, day: 31 });
    expect(self.invalidText).toBe('');
  });

  it('costs no call for the zone when no tab holds a date', () => {
    const s = sheet(gas, TAB_NAMES.info);
    gas.inspect(() => s.getRange(1, 1, s.getMaxRows(), s.getMaxColumns()).setNumberFormat('@'));
    const values = s.fakeValues().map((r) => r.map((v) => (v instanceof Date ? '' : v)));
    gas.inspect(() => s.getRange(1, 1, values.length, values[0].length).setValues(values as string[][]));
    gas.calls.reset();
    infoRead();
    expect(gas.calls.count('Spreadsheet.getSpreadsheetTimeZone')).toBe(0);
    expect(gas.calls.count('Utilities.formatDate')).toBe(0);
  });
});

describe('the fake keeps a date cell’s day and time when the spreadsheet’s zone changes (Sheets keeps the serial)', () => {
  it('reads midnight of the same day in the new zone', () => {
    gas = install({ timeZone: 'America/New_York' });
    const s = gas.spreadsheet.getSheets()[0];
    gas.inspect(() => s.getRange(1, 1).setValues([['15/03/2024']]));
    expect(gas.inspect(() => s.getRange(1, 1).getValues()[0][0])).toEqual(midnightIn(2024, 3, 15, 'America/New_York'));
    gas.inspect(() => gas.spreadsheet.setSpreadsheetTimeZone('Asia/Ho_Chi_Minh'));
    expect(gas.inspect(() => s.getRange(1, 1).getValues()[0][0])).toEqual(midnightIn(2024, 3, 15, 'Asia/Ho_Chi_Minh'));
  });
});
