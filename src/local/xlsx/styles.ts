/** Look of the offline workbook: the same choices as the Sheets shell, stated once for the .xlsx writer. */
import type ExcelJS from 'exceljs';
import type { ColumnKey } from '../../core/layout';

/** Sheets widths are pixels; an Excel width unit is about one character of 7 px. */
export const excelWidth = (px: number): number => Math.round((px / 7) * 100) / 100;

export const NUM_FMT = { points: '0.###', ratio: '0.0%', percent: '0.00%' } as const;

/** Number formats of the area tab's numeric columns (keyed by layout key, never by position). */
export const COLUMN_FORMATS: Partial<Record<ColumnKey, string>> = {
  maxPoints: NUM_FMT.points,
  ratio: NUM_FMT.ratio,
  points: NUM_FMT.points,
  appraisal: NUM_FMT.points,
  previousPoints: NUM_FMT.points,
};

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } });

export const FILL = {
  header: solid('FFD9E2F3'),
  computedHeader: solid('FFBFBFBF'),
  computed: solid('FFEFEFEF'),
  catalogue: solid('FFF3F3F3'),
  areaRow: solid('FFFFF2CC'),
  error: solid('FFF4CCCC'),
  warning: solid('FFFFE599'),
} as const;

export const FONT = {
  title: { bold: true, size: 13 } as Partial<ExcelJS.Font>,
  notice: { italic: true, color: { argb: 'FF990000' } } as Partial<ExcelJS.Font>,
  bold: { bold: true } as Partial<ExcelJS.Font>,
} as const;

export const WRAP_TOP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
export const HEADER_ALIGN: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'middle', horizontal: 'center' };
