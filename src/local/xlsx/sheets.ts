/**
 * Writes one tab of the offline workbook: its values, then its look. Positions come only from the
 * core layout (col(), roleSpan(), AREA_ROWS …) and summaryGrid.ts; no column index is written here.
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../core/cells';
import {
  AREA_COLUMNS,
  AREA_ROW_KIND_LABEL,
  AREA_ROWS,
  ASSIGNMENT_COLUMNS,
  ASSIGNMENT_ROWS,
  col,
  colNumber,
  ColumnKey,
  INFO_CATALOGUE_KEYS,
  infoFieldOfLabel,
  INFO_ROWS,
  letterOf,
  roleSpan,
} from '../../core/layout';
import { KIND_LABELS, SEVERITY_LABELS } from '../../core/text';
import type { SheetGrid } from '../../core/workbook';
import { cellText } from '../../core/cells';
import { SUMMARY_COLUMNS, SUMMARY_ROWS, summaryCol, SummaryFormat, SummaryLayout } from '../../core/summary';
import {
  CHECK_STYLE,
  COLUMN_FORMATS,
  excelWidth,
  FILL,
  fitRowHeight,
  FONT,
  HEADER_ALIGN,
  NUM_FMT,
  TOP,
  WRAP_TOP,
} from './styles';
import { infoChoice, ListSource, rowValidations } from './validation';
import { INFO_CHOICES } from '../../core/validation';

/** Writes a grid's values from A1; '' stays an empty cell. */
export function writeValues(ws: ExcelJS.Worksheet, values: CellValue[][]): void {
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== '' && v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
}

function styleRow(ws: ExcelJS.Worksheet, row: number, columns: number, style: (cell: ExcelJS.Cell) => void): void {
  for (let c = 1; c <= columns; c++) style(ws.getCell(row, c));
}

/** Area-tab columns whose text wraps (and so sets the row's height). */
const WRAPPED: readonly ColumnKey[] = ['title', 'rule', 'evidence', 'explanation', 'check'];

/** Gives an area-tab row the height of its longest wrapped text. */
export function fitAreaRow(ws: ExcelJS.Worksheet, row: number, cells: readonly CellValue[]): void {
  fitRowHeight(
    ws.getRow(row),
    WRAPPED.map((key) => ({ text: cellText(cells[col(key)]), widthPx: AREA_COLUMNS[col(key)].width })),
  );
}

/** An area tab: title, notice, header with notes, frozen panes, widths, formats, shading, validation, check colours. */
export function formatAreaSheet(ws: ExcelJS.Worksheet, grid: SheetGrid, lists: ListSource): void {
  const lastRow = Math.max(grid.values.length, AREA_ROWS.header);
  const width = AREA_COLUMNS.length;
  const computed = roleSpan('computed');
  const isComputed = (c: number) => c >= computed.first && c < computed.first + computed.count;

  AREA_COLUMNS.forEach((def) => {
    const column = ws.getColumn(colNumber(def.key));
    column.width = excelWidth(def.width);
    const fmt = COLUMN_FORMATS[def.key];
    if (fmt) column.numFmt = fmt; // rows added later by the office get the format too
  });
  ws.getCell(AREA_ROWS.title, colNumber('code')).font = FONT.title;
  ws.getCell(AREA_ROWS.notice, colNumber('code')).font = FONT.notice;

  styleRow(ws, AREA_ROWS.header, width, (cell) => {
    const def = AREA_COLUMNS[Number(cell.col) - 1];
    cell.font = FONT.bold;
    cell.alignment = HEADER_ALIGN;
    cell.fill = FILL.role[def.role];
    cell.note = def.note;
  });
  ws.getRow(AREA_ROWS.header).height = 45;
  ws.views = [{ state: 'frozen', xSplit: colNumber('title'), ySplit: AREA_ROWS.header }];
  ws.pageSetup = { ...PRINT, printTitlesRow: `${AREA_ROWS.header}:${AREA_ROWS.header}` };

  for (let row = AREA_ROWS.header + 1; row <= lastRow; row++) {
    const cells = grid.values[row - 1] ?? [];
    const kind = cellText(cells[col('kind')]);
    const emphasised = kind === AREA_ROW_KIND_LABEL || kind === KIND_LABELS.group;
    styleRow(ws, row, width, (cell) => {
      const c = Number(cell.col);
      const key = AREA_COLUMNS[c - 1].key;
      const fmt = COLUMN_FORMATS[key];
      if (fmt) cell.numFmt = fmt;
      if (isComputed(c)) cell.fill = FILL.computed;
      else if (kind === AREA_ROW_KIND_LABEL) cell.fill = FILL.areaRow;
      else if (AREA_COLUMNS[c - 1].role === 'input') cell.fill = FILL.input;
      if (emphasised) cell.font = FONT.bold;
      cell.alignment = WRAPPED.includes(key) ? WRAP_TOP : TOP;
    });
    fitAreaRow(ws, row, cells);
    for (const [key, validation] of Object.entries(rowValidations(cells, lists))) {
      ws.getCell(row, colNumber(key as ColumnKey)).dataValidation = validation;
    }
  }

  // Kiểm tra: red when the text begins with "Lỗi", amber with "Cảnh báo" (errors are listed first).
  const check = `${letterOf('check')}${AREA_ROWS.header + 1}`;
  const ref = `${check}:${letterOf('check')}${Math.max(lastRow, AREA_ROWS.header + 1)}`;
  const beginsWith = (text: string) => `LEFT(${check},LEN("${text}"))="${text}"`;
  ws.addConditionalFormatting({
    ref,
    rules: [
      { type: 'expression', priority: 1, formulae: [beginsWith(SEVERITY_LABELS.error)], style: CHECK_STYLE.error },
      { type: 'expression', priority: 2, formulae: [beginsWith(SEVERITY_LABELS.warning)], style: CHECK_STYLE.warning },
    ],
  });
}

/**
 * Printing: A4 landscape, one page wide (as many pages tall as needed), narrow margins in inches;
 * area tabs repeat their header row on every page.
 */
export const PRINT: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
};

/** Thông tin chung's columns, in the order core/template.ts infoGrid writes them: label | value | hint. */
const INFO_COLUMNS = [
  { key: 'label', width: 200 },
  { key: 'value', width: 460 },
  { key: 'hint', width: 240 },
] as const;
const infoColumn = (key: (typeof INFO_COLUMNS)[number]['key']) => INFO_COLUMNS.findIndex((c) => c.key === key) + 1;

/**
 * Thông tin chung: label | value | hint, top-aligned; the catalogue's rows shaded (office-only);
 * drop-downs for choice rows.
 */
export function formatInfoSheet(ws: ExcelJS.Worksheet, grid: SheetGrid, lists: ListSource): void {
  INFO_COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = excelWidth(c.width)));
  ws.getCell(INFO_ROWS.title, infoColumn('label')).font = FONT.title;
  styleRow(ws, INFO_ROWS.header, INFO_COLUMNS.length, (cell) => {
    cell.font = FONT.bold;
    cell.fill = FILL.header;
  });
  grid.values.forEach((row, i) => {
    const field = infoFieldOfLabel(cellText(row[infoColumn('label') - 1]));
    if (!field) return;
    const value = ws.getCell(i + 1, infoColumn('value'));
    value.alignment = WRAP_TOP;
    ws.getCell(i + 1, infoColumn('label')).alignment = WRAP_TOP;
    ws.getCell(i + 1, infoColumn('hint')).alignment = WRAP_TOP;
    const choices = INFO_CHOICES[field.key];
    if (choices) value.dataValidation = infoChoice(lists, choices);
    fitRowHeight(ws.getRow(i + 1), [
      { text: cellText(row[infoColumn('value') - 1]), widthPx: INFO_COLUMNS[infoColumn('value') - 1].width },
    ]);
    if (INFO_CATALOGUE_KEYS.includes(field.key))
      styleRow(ws, i + 1, infoColumn('value'), (cell) => (cell.fill = FILL.catalogue));
  });
  ws.views = [{ state: 'frozen', ySplit: INFO_ROWS.header }];
  ws.pageSetup = { ...PRINT, orientation: 'portrait' };
}

export function formatAssignmentSheet(ws: ExcelJS.Worksheet): void {
  ASSIGNMENT_COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = excelWidth(c.width)));
  styleRow(ws, ASSIGNMENT_ROWS.header, ASSIGNMENT_COLUMNS.length, (cell) => {
    cell.font = FONT.bold;
    cell.fill = FILL.header;
    cell.alignment = HEADER_ALIGN;
  });
  ws.views = [{ state: 'frozen', ySplit: ASSIGNMENT_ROWS.header }];
  ws.pageSetup = { ...PRINT };
}

/** Tổng hợp: written whole each time (template or scoring); the look follows summaryGrid's layout. */
export function writeSummarySheet(ws: ExcelJS.Worksheet, layout: SummaryLayout): void {
  writeValues(ws, layout.grid.values);
  SUMMARY_COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = excelWidth(c.width)));
  const width = SUMMARY_COLUMNS.length;
  ws.getCell(SUMMARY_ROWS.title, 1).font = FONT.title;
  ws.getCell(SUMMARY_ROWS.notice, 1).font = FONT.notice;
  styleRow(ws, SUMMARY_ROWS.header, width, (cell) => {
    cell.font = FONT.bold;
    cell.fill = FILL.header;
    cell.alignment = HEADER_ALIGN;
  });
  ws.getRow(SUMMARY_ROWS.header).height = 32;
  const fmt = (format: SummaryFormat) =>
    format === 'points' ? NUM_FMT.points : format === 'percent' ? NUM_FMT.percent : null;
  for (let row = SUMMARY_ROWS.firstArea; row <= layout.indexRow; row++) {
    SUMMARY_COLUMNS.forEach((c, i) => {
      const f = fmt(c.format);
      if (f) ws.getCell(row, i + 1).numFmt = f;
    });
  }
  styleRow(ws, layout.indexRow, width, (cell) => {
    cell.font = FONT.bold;
    cell.fill = FILL.areaRow;
  });
  for (const band of layout.bandRows) {
    ws.getCell(band.row, summaryCol('title') + 1).font = FONT.bold;
    const value = ws.getCell(band.row, summaryCol('max') + 1);
    const f = fmt(band.format);
    if (f) value.numFmt = f;
    value.alignment = { horizontal: 'left' };
  }
  ws.views = [{ state: 'frozen', ySplit: SUMMARY_ROWS.header }];
  ws.pageSetup = { ...PRINT };
}

/** Empties a tab (values and looks) before it is written again. */
export function clearSheet(ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.value = null;
      cell.style = {};
    }),
  );
}
