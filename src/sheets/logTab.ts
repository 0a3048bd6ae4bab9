/** Nhật ký: one appended row per Tính điểm (time, user, points, index, problems, per-area points). */
import { PALETTE } from '../core/palette';
import { ensureSheet } from './ensureSheet';
import { LOG_COLUMNS, TAB_NAMES } from '../core/layout';
import type { WorkbookResult } from '../core/pipeline';
import { formatAreaPoints } from '../core/cycle/newYear';
import { SHEETS_SUMMARY_TEXT as T } from '../core/text';
import { setColumnWidths } from './columnWidths';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const TIME_FORMAT = 'dd/MM/yyyy HH:mm:ss';

export function initLogSheet(sheet: Sheet): void {
  sheet
    .getRange(1, 1, 1, LOG_COLUMNS.length)
    .setValues([[...LOG_COLUMNS]])
    .setFontWeight('bold')
    .setBackground(PALETTE.header);
  sheet.setFrozenRows(1);
  // Plain text: "05/01/2024 08:30:00" must not be re-read as a date in another spreadsheet locale.
  sheet.getRange(2, 1, Math.max(1, sheet.getMaxRows() - 1), 1).setNumberFormat('@');
  setColumnWidths(sheet, [150, 200, 80, 80, 80, 80, 80, 360]);
}

export function ensureLogSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  known?: Sheet | null,
  tabCount?: number,
): { sheet: Sheet; created: boolean } {
  return ensureSheet(ss, TAB_NAMES.log, known, initLogSheet, tabCount);
}

/** The row, in LOG_COLUMNS order; points and index as numbers so the office can chart them. */
export function logRow(when: string, user: string, result: WorkbookResult): (string | number)[] {
  return [
    when,
    user,
    T.logAction,
    result.index.points / 1000,
    result.index.percent / 100,
    result.errors,
    result.warnings,
    formatAreaPoints(result.areas),
  ];
}

export function appendLog(sheet: Sheet, row: (string | number)[]): void {
  sheet.appendRow(row);
}
