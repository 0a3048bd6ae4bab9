/**
 * Tabs the add-on writes under names an office might also use. Tổng hợp and Nhật ký are found by name
 * (Tính điểm writes over Tổng hợp whole and appends to Nhật ký); "Tổng hợp" is the most common tab name
 * in Vietnamese offices. Việc còn lại, Hồ sơ minh chứng, Bảng tự đánh giá and Tài liệu đã tải lên are
 * written whole or appended to as well. One rule for all of them: a tab is ours when its first cell
 * carries our mark (our title, or our first header), or when it holds nothing at all. Anything else —
 * another first cell, or an empty A1 above the office's own table — is the office's, and the run stops
 * with a UserError before anything is written.
 */
import { LOG_COLUMNS, TAB_NAMES } from '../core/layout';
import { type CellValue, cellText } from '../core/cells';
import { RESERVED_TAB_TEXT as T, SUMMARY_TEXT } from '../core/text';
import { UserError } from './errors';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What our first cell holds: a title (which may go on, e.g. with a date) or a header (exactly). */
export type OwnMark = { title: string } | { header: string };

const carries = (first: string, mark: OwnMark): boolean =>
  'title' in mark ? first.startsWith(mark.title) : first === mark.header;

const isEmpty = (values: CellValue[][]): boolean => values.every((row) => row.every((v) => cellText(v) === ''));

/** Whose a tab is, from its grid: 'ours' (our mark in A1), 'empty' (no cell holds anything) or 'theirs'. Pure. */
export function tabOwner(values: CellValue[][], mark: OwnMark): 'ours' | 'empty' | 'theirs' {
  const first = values.length > 0 ? cellText(values[0][0]) : '';
  if (first !== '') return carries(first, mark) ? 'ours' : 'theirs';
  return isEmpty(values) ? 'empty' : 'theirs';
}

/**
 * The same, read from the sheet: A1 first (one read, enough for a tab we wrote), the whole tab only
 * when A1 is empty.
 */
export function sheetOwner(sheet: Sheet, mark: OwnMark): 'ours' | 'empty' | 'theirs' {
  const first = cellText(sheet.getRange(1, 1).getValue() as CellValue);
  if (first !== '') return carries(first, mark) ? 'ours' : 'theirs';
  return isEmpty(sheet.getDataRange().getValues() as CellValue[][]) ? 'empty' : 'theirs';
}

/** Throws `taken` (with `hint`) unless the grid already read is ours or empty. */
export function assertOwnGrid(values: CellValue[][], mark: OwnMark, taken: string, hint?: string): void {
  if (tabOwner(values, mark) === 'theirs') throw new UserError(taken, hint);
}

const MARKS: Record<typeof TAB_NAMES.summary | typeof TAB_NAMES.log, OwnMark> = {
  [TAB_NAMES.summary]: { title: SUMMARY_TEXT.title },
  [TAB_NAMES.log]: { header: LOG_COLUMNS[0] },
};

/** Is this Tổng hợp or Nhật ký ours (or empty)? */
export function isOwnResultTab(sheet: Sheet, name: typeof TAB_NAMES.summary | typeof TAB_NAMES.log): boolean {
  return sheetOwner(sheet, MARKS[name]) !== 'theirs';
}

/** Tổng hợp or Nhật ký if ours (null when absent); a UserError, before anything is written, when not. */
export function ownTab(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: typeof TAB_NAMES.summary | typeof TAB_NAMES.log,
): Sheet | null {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return null;
  if (isOwnResultTab(sheet, name)) return sheet;
  throw new UserError(T.reservedTabTaken(name), T.reservedTabTakenHint(name));
}
