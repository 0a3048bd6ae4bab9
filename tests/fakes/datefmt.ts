/**
 * Utilities.formatDate for the fakes: Java SimpleDateFormat patterns rendered with Intl in a given
 * IANA time zone. Supported letters: y M d H h m s S E a Z X; quoted literals ('T', 'at').
 */

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Normalises "GMT+7" / "GMT+07:00" (accepted by Apps Script) to an Intl zone. */
function normaliseZone(tz: string): string {
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(tz);
  if (m) {
    if (m[3] && m[3] !== '00') return 'UTC'; // Intl has no fractional Etc zones; rare.
    // Etc/GMT signs are inverted.
    return `Etc/GMT${m[1] === '+' ? '-' : '+'}${Number(m[2])}`;
  }
  return tz;
}

export function dateParts(date: Date, timeZone: string): Parts {
  const zone = normaliseZone(timeZone);
  let f: Intl.DateTimeFormat;
  try {
    f = formatter(zone);
  } catch {
    f = formatter('UTC');
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(date)) p[part.type] = part.value;
  const year = Number(p.year);
  const month = Number(p.month);
  const day = Number(p.day);
  const hour = Number(p.hour) % 24;
  const minute = Number(p.minute);
  const second = Number(p.second);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetMinutes = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  return { year, month, day, hour, minute, second, weekday: WEEKDAYS.indexOf(p.weekday), offsetMinutes };
}

const pad = (n: number, w: number) => String(Math.abs(n)).padStart(w, '0');

function offset(mins: number, iso: boolean, colon: boolean): string {
  if (iso && mins === 0) return 'Z';
  const sign = mins < 0 ? '-' : '+';
  const h = Math.floor(Math.abs(mins) / 60);
  const m = Math.abs(mins) % 60;
  return `${sign}${pad(h, 2)}${colon ? ':' : ''}${pad(m, 2)}`;
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (Number.isNaN(date.getTime())) throw new Error('Invalid date');
  const d = dateParts(date, timeZone);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      const stop = end < 0 ? pattern.length : end;
      out += pattern.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(d.year % 100, 2) : pad(d.year, n);
        break;
      case 'M':
        out += n >= 4 ? MONTHS_LONG[d.month - 1] : n === 3 ? MONTHS[d.month - 1] : pad(d.month, n);
        break;
      case 'd':
        out += pad(d.day, n);
        break;
      case 'H':
        out += pad(d.hour, n);
        break;
      case 'h':
        out += pad(d.hour % 12 === 0 ? 12 : d.hour % 12, n);
        break;
      case 'm':
        out += pad(d.minute, n);
        break;
      case 's':
        out += pad(d.second, n);
        break;
      case 'S':
        out += pad(date.getTime() % 1000, n);
        break;
      case 'E':
        out += n >= 4 ? WEEKDAYS_LONG[d.weekday] : WEEKDAYS[d.weekday];
        break;
      case 'a':
        out += d.hour < 12 ? 'AM' : 'PM';
        break;
      case 'Z':
        out += offset(d.offsetMinutes, false, false);
        break;
      case 'X':
        out += offset(d.offsetMinutes, true, n >= 3);
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}
