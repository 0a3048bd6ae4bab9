/**
 * The .xlsx side of the offline shell (exceljs):
 *  - write a tracking workbook from the core's grids, with the Sheets layout and look;
 *  - read any workbook into WorkbookGrids (a pure data read);
 *  - write a scored copy: only the computed cells and the Tổng hợp tab change.
 * Every way a file can be unusable becomes a Vietnamese LocalError.
 */
import ExcelJS from 'exceljs';
import type { WorkbookResult } from '../core/pipeline';
import { AREA_COLUMNS, TAB_NAMES } from '../core/layout';
import { localMsg, SAMPLE_MARK } from '../core/text';
import { findHeaderRow, WorkbookGrids } from '../core/workbook';
import { LocalError } from './errors';
import { writeFileOrFail } from './files';
import { summaryGrid } from '../core/summary';
import { isSummaryTab, TemplateTab } from './templateContent';
import { readXlsxBytes } from './xlsx/fileCheck';
import { plainValue, sheetGrid, workbookGridsOf } from './xlsx/readGrids';
import {
  clearSheet,
  fitAreaRow,
  formatAreaSheet,
  formatAssignmentSheet,
  formatInfoSheet,
  writeSummarySheet,
  writeValues,
} from './xlsx/sheets';
import { COLUMN_FORMATS } from './xlsx/styles';
import { ListSource } from './xlsx/validation';

export { workbookGridsOf } from './xlsx/readGrids';

// ---- write a new workbook -----------------------------------------------------------------

export function workbookFromTabs(tabs: TemplateTab[], options: { sample?: boolean } = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Chỉ số CCHC';
  if (options.sample) wb.title = SAMPLE_MARK;
  const lists = new ListSource(wb);
  const pending: (() => void)[] = [];
  for (const tab of tabs) {
    if (isSummaryTab(tab)) {
      const ws = wb.addWorksheet(tab.grid.name);
      pending.push(() => writeSummarySheet(ws, tab));
      continue;
    }
    const ws = wb.addWorksheet(tab.name);
    writeValues(ws, tab.values);
    if (findHeaderRow(tab.values) !== null) formatAreaSheet(ws, tab, lists);
    else if (tab.name === TAB_NAMES.info) formatInfoSheet(ws, tab, lists);
    else if (tab.name === TAB_NAMES.assignments) formatAssignmentSheet(ws);
  }
  pending.forEach((write) => write());
  return wb;
}

// ---- read ---------------------------------------------------------------------------------

/** Opens an .xlsx file; a file that is missing, empty, encrypted or not an .xlsx is a LocalError. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const bytes = await readXlsxBytes(file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new LocalError(localMsg.notXlsx(file));
  }
  // A zip without a workbook part (e.g. a renamed .zip or .docx) loads as a workbook with no sheet.
  if (wb.worksheets.length === 0) throw new LocalError(localMsg.notXlsx(file));
  return wb;
}

/** Stops early when no tab has the area header row: nothing could be scored. */
export function requireAreaTab(grids: WorkbookGrids, file: string): void {
  if (!grids.tabs.some((t) => findHeaderRow(t.values) !== null)) throw new LocalError(localMsg.noAreaTab(file));
}

/** The workbook and its grids, checked to hold at least one area tab. */
export async function readWorkbookFile(file: string): Promise<{ workbook: ExcelJS.Workbook; grids: WorkbookGrids }> {
  const workbook = await loadWorkbook(file);
  const grids = workbookGridsOf(workbook);
  requireAreaTab(grids, file);
  return { workbook, grids };
}

// ---- write the scores back ----------------------------------------------------------------

/**
 * Writes the computed blocks (Tỷ lệ %, Điểm tự chấm, Kiểm tra) and rewrites Tổng hợp. No other
 * cell is touched: inputs and the catalogue stay exactly as they were.
 */
export function applyScores(wb: ExcelJS.Workbook, result: WorkbookResult): void {
  for (const block of result.computed) {
    const ws = wb.getWorksheet(block.sheet);
    if (!ws) continue;
    block.values.forEach((rowValues, i) => {
      rowValues.forEach((v, j) => {
        const cell = ws.getCell(block.row + i, block.column + j);
        cell.value = v === '' ? null : v;
        const fmt = COLUMN_FORMATS[AREA_COLUMNS[block.column + j - 1].key];
        if (fmt && typeof v === 'number') cell.numFmt = fmt;
      });
      // The Kiểm tra text may span lines: grow the row (a look, not a value).
      const row = ws.getRow(block.row + i);
      fitAreaRow(
        ws,
        block.row + i,
        AREA_COLUMNS.map((_, c) => plainValue(row.getCell(c + 1).value as ExcelJS.CellValue)),
      );
    });
  }
  const layout = summaryGrid(result.spec, result);
  let ws = wb.getWorksheet(TAB_NAMES.summary);
  // A tab of that name that holds criteria is the office's, not ours: leave it and add another.
  if (ws && findHeaderRow(sheetGrid(ws).values) !== null) ws = undefined;
  if (ws) clearSheet(ws);
  else ws = wb.addWorksheet(uniqueName(wb, TAB_NAMES.summary));
  writeSummarySheet(ws, layout);
}

function uniqueName(wb: ExcelJS.Workbook, base: string): string {
  let name = base;
  for (let i = 2; wb.getWorksheet(name); i++) name = `${base} (${i})`;
  return name;
}

// ---- files --------------------------------------------------------------------------------

export async function saveWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void> {
  const bytes = await wb.xlsx.writeBuffer();
  await writeFileOrFail(file, new Uint8Array(bytes as ArrayBuffer));
}
