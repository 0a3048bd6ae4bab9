/**
 * Dates read from the spreadsheet, handed to the core in its convention: the core reads a Date's day
 * and time as Việt Nam shows them (UTC+7, src/core/cells.ts). getValues gives a date cell as the
 * instant of its date and time in the spreadsheet's time zone; in another zone than Asia/Ho_Chi_Minh,
 * each Date becomes the same date and time in Việt Nam, so "15/03/2024" stays 15/03/2024. The zone is
 * asked only when a Date is there (one call per run), each moved Date costs one formatDate.
 */
import type { CellValue } from '../core/cells';
import { TIME_ZONE } from './logTab';

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

export class SpreadsheetDates {
  private zone: string | null = null;
  constructor(private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  /** Moves the Dates of a grid in place; returns it. */
  fix(values: CellValue[][]): CellValue[][] {
    for (const row of values)
      for (let i = 0; i < row.length; i++) {
        const v = row[i];
        if (v instanceof Date && !isNaN(v.getTime())) row[i] = this.toVietnam(v);
      }
    return values;
  }

  private toVietnam(d: Date): Date {
    this.zone ??= this.ss.getSpreadsheetTimeZone();
    if (this.zone === TIME_ZONE) return d;
    const m = /^(\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+)$/.exec(Utilities.formatDate(d, this.zone, 'yyyy-MM-dd HH:mm:ss'));
    if (!m) return d;
    const [y, mo, day, h, mi, s] = m.slice(1).map(Number);
    return new Date(Date.UTC(y, mo - 1, day, h, mi, s, d.getTime() % 1000) - VN_OFFSET_MS);
  }
}
