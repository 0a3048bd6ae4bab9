/**
 * Tổng hợp as Tính điểm writes it: the grid shared with the offline shell (src/core/summary.ts)
 * in one setValues, padded with blanks over whatever the previous run left below it, and one
 * column chart of each area's % (0–100%) created once and updated afterwards.
 *
 * The chart is found again by its id (EmbeddedChart.getChartId, documented as stable within the
 * spreadsheet), kept in DocumentProperties; failing that (a copy of the file, properties lost), by its
 * anchor cell. Its options are never read back: the reference does not say that getOptions().get()
 * returns what the builder set.
 */
import { PALETTE } from '../core/palette';
import { ensureSheet } from './ensureSheet';
import { KEYS } from './store';
import { looksLikeFormula, type CellValue } from '../core/cells';
import { formatPercent2 } from '../core/format';
import { TAB_NAMES } from '../core/layout';
import type { WorkbookResult } from '../core/pipeline';
import { SHEETS_SUMMARY_TEXT as T, SUMMARY_TEXT } from '../core/text';
import { SUMMARY_COLUMNS, SUMMARY_ROWS, summaryCol, summaryGrid } from '../core/summary';
import { setColumnWidths } from './columnWidths';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const WIDTH = SUMMARY_COLUMNS.length;
/** The chart sits to the right of the table. */
const CHART_COLUMN = WIDTH + 2;

/** Formats set once when the tab is created (Tính điểm then writes values only). */
export function initSummarySheet(sheet: Sheet): void {
  sheet.getRange(SUMMARY_ROWS.header, 1, 1, WIDTH).setFontWeight('bold').setWrap(true).setBackground(PALETTE.header);
  // The title from the start: Tính điểm knows the tab as ours from A1 alone (reservedTabs.ts).
  sheet.getRange(SUMMARY_ROWS.title, 1).setValue(SUMMARY_TEXT.title).setFontWeight('bold').setFontSize(13);
  sheet.setFrozenRows(SUMMARY_ROWS.header);
  setColumnWidths(
    sheet,
    SUMMARY_COLUMNS.map((c) => c.width),
  );
  const rows = sheet.getMaxRows() - SUMMARY_ROWS.firstArea + 1;
  sheet.getRange(SUMMARY_ROWS.firstArea, summaryCol('percent') + 1, rows, 1).setNumberFormat('0.00%');
}

/**
 * Text from the sheet (area titles, rating labels) that Sheets would run as a formula when written
 * with setValues ("=IMPORTXML(…)", "+cmd"): the leading apostrophe makes Sheets keep it as text,
 * and Sheets does not show the apostrophe.
 */
export function literalText(v: CellValue): CellValue {
  return typeof v === 'string' && looksLikeFormula(v) ? `'${v}` : v;
}

/** The cells Tính điểm writes: percentages below the index row become text (no per-cell formats). */
export function summaryValues(result: WorkbookResult, notice: string): { values: CellValue[][]; areaRows: number } {
  const layout = summaryGrid(result.spec, result, notice);
  const values = layout.grid.values.map((r) => r.map(literalText));
  for (const band of layout.bandRows) {
    const v = values[band.row - 1][summaryCol('max')];
    if (band.format === 'percent' && typeof v === 'number')
      values[band.row - 1][summaryCol('max')] = formatPercent2(Math.round(v * 10000));
  }
  return { values, areaRows: result.areas.length };
}

/**
 * Writes Tổng hợp and its chart. `chartId` is the stored id (DASHBOARD_CHART_KEY); returns the id the
 * chart has now, for the caller to store when it changed (null: no chart, no area).
 */
export function writeSummary(
  sheet: Sheet,
  result: WorkbookResult,
  notice: string,
  chartId?: string | null,
): string | null {
  const { values, areaRows } = summaryValues(result, notice);
  const previous = sheet.getLastRow();
  while (values.length < previous) values.push(SUMMARY_COLUMNS.map(() => ''));
  sheet.getRange(1, 1, values.length, WIDTH).setValues(values);
  return areaRows > 0 ? upsertChart(sheet, areaRows, chartId ?? null) : null;
}

/** DocumentProperties key of the dashboard chart's id. */
export const DASHBOARD_CHART_KEY = KEYS.chartId;

type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** The chart with the stored id, else the one anchored where Tính điểm puts it, else null. */
export function findDashboardChart(sheet: Sheet, storedId?: string | null): Chart | null {
  const id =
    storedId === undefined ? PropertiesService.getDocumentProperties().getProperty(DASHBOARD_CHART_KEY) : storedId;
  const charts = sheet.getCharts();
  if (id) {
    const byId = charts.find((c) => String(c.getChartId()) === id);
    if (byId) return byId;
  }
  return (
    charts.find((c) => {
      const at = c.getContainerInfo();
      return at.getAnchorRow() === SUMMARY_ROWS.title && at.getAnchorColumn() === CHART_COLUMN;
    }) ?? null
  );
}

/** One chart: created on the first run, its ranges updated afterwards. Returns its id. */
function upsertChart(sheet: Sheet, areaRows: number, storedId: string | null): string | null {
  const labels = sheet.getRange(SUMMARY_ROWS.header, summaryCol('title') + 1, areaRows + 1, 1);
  const percents = sheet.getRange(SUMMARY_ROWS.header, summaryCol('percent') + 1, areaRows + 1, 1);
  const existing = findDashboardChart(sheet, storedId);
  const builder = (
    existing
      ? existing.modify().clearRanges()
      : sheet.newChart().asColumnChart().setPosition(SUMMARY_ROWS.title, CHART_COLUMN, 0, 0)
  )
    .addRange(labels)
    .addRange(percents)
    .setNumHeaders(1)
    .setOption('title', T.chartTitle)
    .setOption('legend', { position: 'none' })
    .setOption('vAxis', { minValue: 0, maxValue: 1, format: 'percent' });
  if (existing) {
    sheet.updateChart(builder.build());
    return storedId && String(existing.getChartId()) === storedId ? storedId : idOf(existing);
  }
  sheet.insertChart(builder.build());
  // The id of the chart just inserted, read from the sheet (not from the built object).
  const inserted = findDashboardChart(sheet, null);
  return inserted ? idOf(inserted) : null;
}

function idOf(chart: Chart): string | null {
  const id = chart.getChartId();
  return id === null || id === undefined ? null : String(id);
}

export function ensureSummarySheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  known?: Sheet | null,
  tabCount?: number,
): { sheet: Sheet; created: boolean } {
  return ensureSheet(ss, TAB_NAMES.summary, known, initSummarySheet, tabCount);
}
