/**
 * Tổng hợp and Nhật ký are found by name, and Tính điểm writes over Tổng hợp whole and appends to
 * Nhật ký. "Tổng hợp" is the most common tab name in Vietnamese offices: a tab of that name that the
 * add-on did not create (an area tab renamed, the office's own summary) must never be written over.
 * Ours is empty or starts with our own title / header cell (one getValue per existing tab).
 */
import { LOG_COLUMNS, TAB_NAMES } from '../core/layout';
import { type CellValue, cellText } from '../core/cells';
import { RESERVED_TAB_TEXT as T, SUMMARY_TEXT } from '../core/text';
import { UserError } from './errors';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const FIRST_CELL: Record<string, string> = {
  [TAB_NAMES.summary]: SUMMARY_TEXT.title,
  [TAB_NAMES.log]: LOG_COLUMNS[0],
};

/** The tab of that name if it is ours (null when absent); a UserError, before anything is written, when it is not. */
export function ownTab(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: typeof TAB_NAMES.summary | typeof TAB_NAMES.log,
): Sheet | null {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return null;
  const first = cellText(sheet.getRange(1, 1).getValue());
  if (first === '' || first === FIRST_CELL[name]) return sheet;
  throw new UserError(T.reservedTabTaken(name), T.reservedTabTakenHint(name));
}

/**
 * A tab the add-on writes whole under a name an office might also use ("Việc còn lại", "Hồ sơ
 * minh chứng", "Bảng tự đánh giá"), given its grid as already read: ours when every cell is empty or
 * when its first cell starts with our title; anything else (an empty A1 above the office's own table
 * included) is the office's, and a UserError stops the run before anything is written.
 */
export function assertOwnGeneratedTab(values: CellValue[][], titleStart: string, taken: string, hint: string): void {
  const first = values.length > 0 ? cellText(values[0][0]) : '';
  if (first !== '' && first.startsWith(titleStart)) return;
  if (values.some((row) => row.some((v) => cellText(v) !== ''))) throw new UserError(taken, hint);
}
