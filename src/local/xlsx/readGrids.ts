/**
 * exceljs workbook → WorkbookGrids, the core's input: every worksheet as a rectangular 2-D array of
 * plain cell values from row 1, column 1, the way Sheets' getDataRange().getValues() gives them.
 * A pure data read: nothing here changes the workbook.
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../core/cells';
import type { SheetGrid, WorkbookGrids } from '../../core/workbook';

/** ValueType.Merge without importing exceljs at run time for an enum (it is a const in its typings). */
const MERGE_TYPE = 1;

type Raw = ExcelJS.CellValue | ExcelJS.CellErrorValue | undefined;

function richTextOf(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text).join('');
}

/** One exceljs value → the core's CellValue: formulas give their cached result, errors their code. */
export function plainValue(v: Raw): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v !== 'object') return String(v);
  if ('error' in v) return v.error;
  if ('richText' in v) return richTextOf(v);
  if ('hyperlink' in v) {
    const text = plainValue(v.text as Raw);
    return text === '' ? v.hyperlink : text;
  }
  if ('formula' in v || 'sharedFormula' in v) return plainValue((v as { result?: Raw }).result);
  if ('text' in v) return plainValue((v as { text: Raw }).text);
  return '';
}

/** "B3:D5" → 1-based { row, column, numRows, numColumns }. */
export function parseRange(range: string): NonNullable<SheetGrid['merges']>[number] | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(range.trim());
  if (!m) return null;
  const colOf = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [c1, r1, c2, r2] = [colOf(m[1]), Number(m[2]), colOf(m[3]), Number(m[4])];
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
}

export function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // The covered cells of a merge read as the master's value in exceljs; Sheets gives ''.
      const value = cell.type === MERGE_TYPE ? '' : plainValue(cell.value as Raw);
      cells[colNumber - 1] = value;
    });
    rows[rowNumber - 1] = cells;
  });
  // Trim trailing empty rows and columns, as a data range would.
  let height = 0;
  rows.forEach((cells, i) => {
    const last = findLastIndex(cells, (v) => v !== '' && v !== undefined);
    if (last >= 0) {
      height = i + 1;
      width = Math.max(width, last + 1);
    }
  });
  const values: CellValue[][] = [];
  for (let r = 0; r < height; r++) {
    const cells = rows[r] ?? [];
    values.push(Array.from({ length: width }, (_, c) => cells[c] ?? ''));
  }
  const merges = (ws.model.merges ?? []).map(parseRange).filter((m): m is NonNullable<typeof m> => m !== null);
  return merges.length > 0 ? { name: ws.name, values, merges } : { name: ws.name, values };
}

function findLastIndex<T>(list: T[], test: (v: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}

export function workbookGridsOf(wb: ExcelJS.Workbook): WorkbookGrids {
  return { tabs: wb.worksheets.map(sheetGrid) };
}
