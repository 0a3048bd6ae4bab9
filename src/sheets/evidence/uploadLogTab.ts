/**
 * "Tài liệu đã tải lên" in Sheets: created on the first upload, then one batched write per upload
 * (every file of the call, linked or not). A tab of that name the add-on did not create is never
 * written into (reservedTabs.ts).
 */
import {
  UPLOAD_LOG_COLUMNS,
  UPLOAD_LOG_HEADERS,
  UPLOAD_LOG_ROWS,
  UPLOAD_LOG_TAB,
  uploadLogColumn,
  uploadRecordsToRows,
  type UploadRecord,
} from '../../core/evidence/uploadLog';
import { PALETTE } from '../../core/palette';
import { UPLOAD_TEXT as T } from '../../core/text';
import { UserError } from '../errors';
import { TIME_FORMAT } from '../logTab';
import { setColumnWidths } from '../columnWidths';
import { sheetOwner } from '../reservedTabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function initUploadLog(sheet: Sheet): void {
  sheet
    .getRange(UPLOAD_LOG_ROWS.header, 1, 1, UPLOAD_LOG_HEADERS.length)
    .setValues([[...UPLOAD_LOG_HEADERS]])
    .setFontWeight('bold')
    .setBackground(PALETTE.header);
  sheet.setFrozenRows(UPLOAD_LOG_ROWS.header);
  const body = Math.max(1, sheet.getMaxRows() - UPLOAD_LOG_ROWS.header);
  // Codes as text ("1.10" must not become 1.1); the time as a date-time the office can sort.
  for (const key of ['areaCode', 'criterionCode', 'fileId'] as const)
    sheet.getRange(UPLOAD_LOG_ROWS.firstData, uploadLogColumn(key) + 1, body, 1).setNumberFormat('@');
  sheet.getRange(UPLOAD_LOG_ROWS.firstData, uploadLogColumn('at') + 1, body, 1).setNumberFormat(TIME_FORMAT);
  setColumnWidths(
    sheet,
    UPLOAD_LOG_COLUMNS.map((c) => c.width),
  );
}

/** Appends the records below the last row, in one setValues; creates the tab when missing. */
export function appendUploadLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, records: readonly UploadRecord[]): void {
  if (records.length === 0) return;
  let sheet = ss.getSheetByName(UPLOAD_LOG_TAB);
  if (sheet) {
    const owner = sheetOwner(sheet, { header: UPLOAD_LOG_HEADERS[0] });
    if (owner === 'theirs') throw new UserError(T.logTaken);
    if (owner === 'empty') initUploadLog(sheet);
  } else {
    sheet = ss.insertSheet(UPLOAD_LOG_TAB, ss.getNumSheets());
    initUploadLog(sheet);
  }
  const rows = uploadRecordsToRows(records);
  const start = Math.max(sheet.getLastRow(), UPLOAD_LOG_ROWS.header) + 1;
  const needed = start + rows.length - 1 - sheet.getMaxRows();
  if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
  sheet.getRange(start, 1, rows.length, UPLOAD_LOG_HEADERS.length).setValues(rows as (string | Date)[][]);
}
