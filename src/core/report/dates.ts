/**
 * Calendar dates for the report, as plain parts. A Date is read as Việt Nam shows it (UTC+7, no DST):
 * the Sheets shell hands dates over so whatever the spreadsheet's zone, and exceljs gives UTC midnight,
 * the same day.
 */
import { vietnamDay, type CellValue } from '../cells';

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

function valid(year: number, month: number, day: number): DateParts | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? { year, month, day } : null;
}

/** The calendar day of an instant in Việt Nam: shells pass `new Date()` for "today". */
export function vietnamDateOf(instant: Date): DateParts {
  return vietnamDay(instant);
}

/** A date cell: a Date, "30/01/2023" (also with - or .), or "2023-01-30". null when not a date. */
export function readDate(v: CellValue): DateParts | null {
  if (v instanceof Date) return isNaN(v.getTime()) ? null : vietnamDateOf(v);
  if (typeof v !== 'string') return null;
  const t = v.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** Calendar days from `today` to `day` (0 = today, negative = past). */
export function daysUntil(day: DateParts, today: DateParts): number {
  return Math.round(
    (Date.UTC(day.year, day.month - 1, day.day) - Date.UTC(today.year, today.month - 1, today.day)) / 86_400_000,
  );
}
