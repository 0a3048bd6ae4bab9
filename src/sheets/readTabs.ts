/** Reading tabs for the core: one getValues() per tab (plus, for area tabs, one getMergedRanges()). */
import { findHeaderRow, type SheetGrid } from '../core/workbook';
import { TAB_NAMES } from '../core/layout';
import type { CellValue } from '../core/cells';
import { SpreadsheetDates } from './sheetDates';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TabRead {
  sheet: Sheet;
  grid: SheetGrid;
  /** The area-tab header row (1-based) when the tab has one. */
  headerRow: number | null;
}

/** Tabs that are never area tabs and may grow large (Nhật ký): not read when scoring. */
export const NOT_AREA_TABS: ReadonlySet<string> = new Set([
  TAB_NAMES.summary,
  TAB_NAMES.log,
  TAB_NAMES.assignments,
  TAB_NAMES.snapshot,
  TAB_NAMES.uploads,
]);

/** "B4:C6" → 1-based block. */
export function parseA1Block(a1: string): { row: number; column: number; numRows: number; numColumns: number } | null {
  const m = /^(?:.*!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(a1.trim());
  if (!m) return null;
  const colOf = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c1 = colOf(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? colOf(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
}

/**
 * Reads one tab. Merged ranges are asked for only when the tab is an area tab: a merged input cell
 * silently hides what was typed in its other cells, so the core reports it (one extra call per tab).
 */
export function readTab(sheet: Sheet, name: string, withMerges: boolean, dates?: SpreadsheetDates): TabRead {
  const range = sheet.getDataRange();
  const values = range.getValues() as CellValue[][];
  dates?.fix(values);
  const headerRow = findHeaderRow(values);
  const grid: SheetGrid = { name, values };
  if (withMerges && headerRow !== null) {
    grid.merges = range
      .getMergedRanges()
      .map((m) => parseA1Block(m.getA1Notation()))
      .filter((b): b is NonNullable<typeof b> => b !== null);
  }
  return { sheet, grid, headerRow };
}

/** Every tab that may hold the workbook's data (area tabs, Thông tin chung, renamed tabs). */
export function readWorkbookTabs(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, withMerges: boolean): TabRead[] {
  const out: TabRead[] = [];
  const dates = new SpreadsheetDates(ss);
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (NOT_AREA_TABS.has(name)) continue;
    out.push(readTab(sheet, name, withMerges, dates));
  }
  return out;
}
