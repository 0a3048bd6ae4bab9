/**
 * JSON values kept in the spreadsheet's DocumentProperties. One property value may hold at most
 * 9 KB and the whole store 500 KB, so a value is split into chunks of at most CHUNK_BYTES (UTF-8)
 * under "<key>.0", "<key>.1" … with the chunk count under "<key>.n". Values above MAX_VALUE_BYTES are
 * refused by the caller's own cap (see dashboard.ts) long before the store's limit.
 */
type Props = GoogleAppsScript.Properties.Properties;

export const KEYS = {
  dashboard: 'cchc.dashboard',
  lastRunPoints: 'cchc.lastRunPoints',
  catalogue: 'cchc.catalogue',
  /** '1' from an import until the next setup applies it; without it setup keeps the sheet's own catalogue. */
  cataloguePending: 'cchc.cataloguePending',
  /** The id of Tổng hợp's chart (EmbeddedChart.getChartId()), as a string. */
  chartId: 'cchc.chartId',
  /** The last edit of the onEdit probe cell of Kiểm tra cài đặt: {"fields": boolean, "at": ISO time} (editProbe.ts). */
  editProbe: 'cchc.editProbe',
  /** A "Tạo năm mới" under way: last year's figures and the step reached (cycle/newYear.ts). */
  newYear: 'cchc.newYear',
} as const;

export const CHUNK_BYTES = 8000;
export const MAX_VALUE_BYTES = 120_000;

export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes, never inside a character. */
export function chunkText(text: string, maxBytes = CHUNK_BYTES): string[] {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of text) {
    const b = utf8Length(ch);
    if (bytes + b > maxBytes) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += b;
  }
  if (cur || out.length === 0) out.push(cur);
  return out;
}

/** The properties to set for a JSON value, plus the stale chunk keys to delete. */
export function jsonProperties(
  all: Record<string, string>,
  key: string,
  value: unknown,
): { set: Record<string, string>; stale: string[] } {
  const chunks = chunkText(JSON.stringify(value));
  const set: Record<string, string> = { [`${key}.n`]: String(chunks.length) };
  chunks.forEach((c, i) => (set[`${key}.${i}`] = c));
  const before = Number(all[`${key}.n`] ?? 0);
  const stale: string[] = [];
  for (let i = chunks.length; i < before; i++) stale.push(`${key}.${i}`);
  return { set, stale };
}

/** Reads a chunked JSON value from an already fetched property map; null when absent or damaged. */
export function readJson<T>(all: Record<string, string>, key: string): T | null {
  const n = Number(all[`${key}.n`]);
  if (!Number.isInteger(n) || n <= 0) return null;
  let text = '';
  for (let i = 0; i < n; i++) {
    const part = all[`${key}.${i}`];
    if (part === undefined) return null;
    text += part;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** Writes several JSON values with one setProperties call (plus one delete per stale chunk). */
export function writeJson(props: Props, all: Record<string, string>, values: Record<string, unknown>): void {
  const set: Record<string, string> = {};
  const stale: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const p = jsonProperties(all, key, value);
    Object.assign(set, p.set);
    stale.push(...p.stale);
  }
  props.setProperties(set);
  for (const k of stale) props.deleteProperty(k);
}

/** Deletes a chunked JSON value (its count and every chunk). */
export function deleteJson(props: Props, all: Record<string, string>, key: string): void {
  for (const k of Object.keys(all)) {
    const rest = k.startsWith(`${key}.`) ? k.slice(key.length + 1) : null;
    if (rest === 'n' || (rest !== null && /^\d+$/.test(rest))) props.deleteProperty(k);
  }
}
