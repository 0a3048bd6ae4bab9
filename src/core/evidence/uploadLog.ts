/**
 * The upload log ("Tài liệu đã tải lên"): one row per file the sidebar put on Drive, whether or not its
 * link reached the evidence cell. The office sees there a file without its link; the evidence pack
 * reads it for the date added and who added it. Records ↔ rows only: no Apps Script, no Node.
 *
 * Reading is tolerant: the header row is looked for in the first rows, columns are found by header (any
 * order, extra columns ignored, a missing column reads as empty), blank rows and rows naming no file
 * are skipped, and a time typed as text ("05/01/2024 08:30") is understood.
 */
import type { CellValue } from '../cells';
import { cellText, isBlank, readYesNo } from '../cells';
import { HEADER_SEARCH_ROWS, TAB_NAMES, UPLOAD_LOG_COLUMNS, UPLOAD_LOG_ROWS } from '../layout';
import { normalizeLabel } from '../catalog/ruleText';
import { NO_WORD, YES_WORD } from '../text';

export const UPLOAD_LOG_TAB = TAB_NAMES.uploads;
export const UPLOAD_LOG_HEADERS: readonly string[] = UPLOAD_LOG_COLUMNS.map((c) => c.header);
export { UPLOAD_LOG_COLUMNS, UPLOAD_LOG_ROWS };

export type UploadLogKey = (typeof UPLOAD_LOG_COLUMNS)[number]['key'];

export interface UploadRecord {
  /** When the file was created; null when the cell was cleared or holds no readable time. */
  at: Date | null;
  /** The uploader's e-mail, or '' when Apps Script does not reveal it. */
  by: string;
  areaCode: string;
  criterionCode: string;
  fileName: string;
  fileId: string;
  url: string;
  /** True once the link was appended to the criterion's evidence cell. */
  linked: boolean;
  /** The evidence cell ("1. Cải cách TTHC!L12"), '' when unknown. */
  cell?: string;
}

const INDEX = new Map<string, number>(UPLOAD_LOG_COLUMNS.map((c, i) => [c.key, i]));

/** 0-based column of a field in the tab as the add-on creates it. */
export function uploadLogColumn(key: UploadLogKey): number {
  return INDEX.get(key)!;
}

/** Rows in UPLOAD_LOG_COLUMNS order (no header): the time as a Date, "Có"/"Không" for linked. */
export function uploadRecordsToRows(records: readonly UploadRecord[]): CellValue[][] {
  return records.map((r) =>
    UPLOAD_LOG_COLUMNS.map((c): CellValue => {
      switch (c.key) {
        case 'at':
          return r.at ?? '';
        case 'linked':
          return r.linked ? YES_WORD : NO_WORD;
        case 'cell':
          return r.cell ?? '';
        default:
          return r[c.key];
      }
    }),
  );
}

const HEADER_KEY = new Map<string, UploadLogKey>(UPLOAD_LOG_COLUMNS.map((c) => [normalizeLabel(c.header), c.key]));

/** Field → 0-based column for a header row, or null when the row is not the log's header. */
function headerMap(row: readonly CellValue[] | undefined): Map<UploadLogKey, number> | null {
  if (!row) return null;
  const map = new Map<UploadLogKey, number>();
  row.forEach((v, i) => {
    const key = HEADER_KEY.get(normalizeLabel(cellText(v)));
    if (key && !map.has(key)) map.set(key, i);
  });
  // A file is named by its link or its Drive id; without either column the rows say nothing.
  return map.has('url') || map.has('fileId') ? map : null;
}

/** "05/01/2024", "05/01/2024 08:30", "5/1/2024 8:30:15" → local Date; anything else → null. */
export function parseLogTime(v: CellValue): Date | null {
  if (v instanceof Date) return isNaN(v.getTime()) ? null : v;
  if (typeof v !== 'string') return null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(v.trim());
  if (!m) return null;
  const [d, mo, y, h, mi, s] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  const date = new Date(y, mo - 1, d, h, mi, s);
  // Rejects 31/02 and 25:00 instead of letting Date roll them over.
  if (date.getDate() !== d || date.getMonth() !== mo - 1 || date.getHours() !== h || mi > 59 || s > 59) return null;
  return date;
}

/** Records from the tab's values (getValues() or an .xlsx grid), header row included. */
export function uploadRowsToRecords(values: readonly (readonly CellValue[])[]): UploadRecord[] {
  let headerIndex = -1;
  let map: Map<UploadLogKey, number> | null = null;
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS) && !map; r++) {
    map = headerMap(values[r]);
    headerIndex = r;
  }
  if (!map) return [];
  const columns = map;
  const records: UploadRecord[] = [];
  for (const row of values.slice(headerIndex + 1)) {
    const get = (key: UploadLogKey): CellValue => {
      const i = columns.get(key);
      return i === undefined ? '' : row[i];
    };
    const text = (key: UploadLogKey) => cellText(get(key));
    if (!text('url') && !text('fileId')) continue;
    const linked = readYesNo(get('linked'));
    const record: UploadRecord = {
      at: parseLogTime(get('at')),
      by: text('by'),
      areaCode: text('areaCode'),
      criterionCode: text('criterionCode'),
      fileName: text('fileName'),
      fileId: text('fileId'),
      url: text('url'),
      // Unreadable or blank counts as not linked: the office then checks the cell rather than missing it.
      linked: linked.kind === 'ok' && linked.value,
    };
    if (!isBlank(get('cell'))) record.cell = text('cell');
    records.push(record);
  }
  return records;
}

/** Files on Drive whose link is not (yet) in an evidence cell, for the office to link or delete. */
export function unlinkedUploads(records: readonly UploadRecord[]): UploadRecord[] {
  return records.filter((r) => !r.linked);
}
