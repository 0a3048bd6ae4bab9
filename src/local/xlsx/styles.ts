/** Look of the offline workbook: the palette is the Sheets shell's (src/core/palette.ts), as .xlsx styles. */
import type ExcelJS from 'exceljs';
import type { ColumnKey, ColumnRole } from '../../core/layout';
import { argb, PALETTE } from '../../core/palette';

/** Sheets widths are pixels; an Excel width unit is about one character of 7 px. */
export const excelWidth = (px: number): number => Math.round((px / 7) * 100) / 100;

// Points as General: Excel shows "0.###" as "2." for whole numbers; General shows 2, 11,15, 13,714.
export const NUM_FMT = { points: 'General', ratio: '0.0%', percent: '0.00%' } as const;

/** Number formats of the area tab's numeric columns (keyed by layout key, never by position). */
export const COLUMN_FORMATS: Partial<Record<ColumnKey, string>> = {
  maxPoints: NUM_FMT.points,
  ratio: NUM_FMT.ratio,
  points: NUM_FMT.points,
  appraisal: NUM_FMT.points,
  previousPoints: NUM_FMT.points,
  appraisal1: NUM_FMT.points,
};

const solid = (hex: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: argb(hex) },
  bgColor: { argb: argb(hex) },
});

export const FILL = {
  header: solid(PALETTE.header),
  role: Object.fromEntries(Object.entries(PALETTE.role).map(([role, hex]) => [role, solid(hex)])) as Record<
    ColumnRole,
    ExcelJS.Fill
  >,
  input: solid(PALETTE.inputCell),
  computed: solid(PALETTE.role.computed),
  catalogue: solid(PALETTE.role.catalogue),
  areaRow: solid(PALETTE.areaRow),
  error: solid(PALETTE.error.background),
  warning: solid(PALETTE.warning.background),
} as const;

/** Kiểm tra's conditional formats: the fill and the font colour, as in Sheets. */
export const CHECK_STYLE = {
  error: { fill: FILL.error, font: { color: { argb: argb(PALETTE.error.font) } } },
  warning: { fill: FILL.warning, font: { color: { argb: argb(PALETTE.warning.font) } } },
} as const;

export const FONT = {
  title: { bold: true, size: 13 } as Partial<ExcelJS.Font>,
  notice: { italic: true, color: { argb: argb(PALETTE.notice) } } as Partial<ExcelJS.Font>,
  bold: { bold: true } as Partial<ExcelJS.Font>,
} as const;

export const TOP: Partial<ExcelJS.Alignment> = { vertical: 'top' };
export const WRAP_TOP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
export const HEADER_ALIGN: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'middle', horizontal: 'center' };

/** Average width of a character of the default font, and the height of one line, for row heights. */
const CHAR_PX = 7;
const LINE_PT = 15;
const CELL_PADDING_PX = 8;

/** Lines a wrapped text takes in a column `widthPx` wide (explicit line breaks count). */
export function wrappedLines(text: string, widthPx: number): number {
  const perLine = Math.max(1, Math.floor((widthPx - CELL_PADDING_PX) / CHAR_PX));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil([...part].length / perLine)), 0);
}

/**
 * Neither exceljs nor (reliably) the spreadsheet apps size rows to wrapped text in a file they did
 * not lay out, so rows are given a height from the longest wrapped cell. Only ever grows a row.
 */
export function fitRowHeight(row: ExcelJS.Row, cells: readonly { text: string; widthPx: number }[]): void {
  const lines = Math.max(1, ...cells.map((c) => (c.text ? wrappedLines(c.text, c.widthPx) : 1)));
  if (lines > 1) row.height = Math.max(row.height ?? 0, lines * LINE_PT);
}
