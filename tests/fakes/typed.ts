/**
 * What Sheets stores for a string written with setValue(s) (or typed) into a cell not formatted '@':
 * the text is parsed as if typed in the spreadsheet's locale. Numbers, percentages and dates in that
 * locale become numbers and Dates (midnight in the spreadsheet's time zone), TRUE/FALSE become booleans,
 * and a leading apostrophe is hidden (the rest stays text). Anything else stays text.
 * Only the forms the add-on may write are covered: plain and grouped numbers, "87,80%", day/month/year.
 */
import { dateParts } from './datefmt';

interface LocaleForm {
  decimal: string;
  group: string;
  /** Order of the date parts as typed. */
  dayFirst: boolean;
}

const FORMS: Record<string, LocaleForm> = {
  vi_VN: { decimal: ',', group: '.', dayFirst: true },
  en_US: { decimal: '.', group: ',', dayFirst: false },
};

const esc = (s: string) => s.replace(/[.,]/g, (c) => `\\${c}`);

function parseNumber(text: string, f: LocaleForm): number | null {
  const re = new RegExp(`^([+-]?)(\\d{1,3}(?:${esc(f.group)}\\d{3})+|\\d+)(?:${esc(f.decimal)}(\\d+))?$`);
  const m = re.exec(text);
  if (!m) return null;
  const n = Number(`${m[2].split(f.group).join('')}${m[3] ? `.${m[3]}` : ''}`);
  return m[1] === '-' ? -n : n;
}

/** Midnight of a calendar day in a time zone. */
export function midnightIn(year: number, month: number, day: number, timeZone: string): Date {
  return wallClockIn(Date.UTC(year, month - 1, day), timeZone);
}

/** The instant a wall-clock time (given as the milliseconds of that time read as UTC) has in a time zone. */
export function wallClockIn(asUtc: number, timeZone: string): Date {
  const guess = asUtc;
  const first = guess - dateParts(new Date(guess), timeZone).offsetMinutes * 60000;
  // Once more in case the offset differs at the corrected instant (a zone change that day).
  return new Date(guess - dateParts(new Date(first), timeZone).offsetMinutes * 60000);
}

function parseDate(text: string, f: LocaleForm, timeZone: string): Date | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!m) return null;
  const [day, month] = f.dayFirst ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
  const year = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return midnightIn(year, month, day, timeZone);
}

/** The value Sheets stores for `text` typed into a cell that is not plain text ('@'). */
export function typedValue(text: string, locale: string, timeZone: string): string | number | boolean | Date {
  if (text.startsWith("'")) return text.slice(1);
  const t = text.trim();
  if (/^true$/i.test(t)) return true;
  if (/^false$/i.test(t)) return false;
  const f = FORMS[locale] ?? FORMS.en_US;
  const n = parseNumber(t, f);
  if (n !== null) return n;
  if (t.endsWith('%')) {
    const p = parseNumber(t.slice(0, -1).trim(), f);
    if (p !== null) return Number((p / 100).toPrecision(15));
  }
  return parseDate(t, f, timeZone) ?? text;
}
