/**
 * The ranking workbook (xep-hang.xlsx): Xếp hạng (one row per unit), Thống kê (units per band of the
 * index with a column chart, and counts per group and rating) and Ghi chú (skipped files, duplicates,
 * catalogues, units with errors). exceljs writes the cells; chartPart.ts adds the chart.
 */
import ExcelJS from 'exceljs';
import { distribution, rankingTable, rankingYear, type Ranking } from '../../core/rollup';
import { ROLLUP_OFFLINE_TEXT, ROLLUP_TEXT } from '../../core/text';
import { FILL, FONT, HEADER_ALIGN, NUM_FMT, WRAP_TOP } from '../xlsx/styles';
import { addColumnChart } from './chartPart';

const T = { ...ROLLUP_TEXT, ...ROLLUP_OFFLINE_TEXT };

export const RANKING_ROWS = { title: 1, header: 3, first: 4 } as const;

function rankingSheet(wb: ExcelJS.Workbook, r: Ranking): void {
  const ws = wb.addWorksheet(T.sheetRanking, { views: [{ state: 'frozen', ySplit: RANKING_ROWS.header, xSplit: 2 }] });
  const table = rankingTable(r);
  ws.getCell(RANKING_ROWS.title, 1).value = T.title(rankingYear(r));
  ws.getCell(RANKING_ROWS.title, 1).font = FONT.title;
  if (r.mixedCatalogues) {
    ws.getCell(RANKING_ROWS.title + 1, 1).value = T.mixedCatalogues(r.catalogues.length);
    ws.getCell(RANKING_ROWS.title + 1, 1).font = FONT.notice;
  }
  const header = ws.getRow(RANKING_ROWS.header);
  table.headers.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = FONT.bold;
    cell.fill = FILL.header;
    cell.alignment = HEADER_ALIGN;
  });
  header.height = 45;
  const flagged = new Set(table.flagged);
  table.rows.forEach((values, i) => {
    const row = ws.getRow(RANKING_ROWS.first + i);
    row.values = values.map((v) => (v === '' ? null : v)) as ExcelJS.CellValue[];
    for (const c of table.percentColumns) row.getCell(c + 1).numFmt = NUM_FMT.percent;
    row.getCell(table.changeColumn + 1).numFmt = '+0.00;-0.00;0';
    row.getCell(table.headers.length).alignment = WRAP_TOP;
    if (flagged.has(i)) row.getCell(2).fill = FILL.warning;
  });
  const widths = [6, 28, 11, 11, 10, 10, 9, 22, 22, ...r.areaCodes.map(() => 9), 14, 19, 30, 50];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** Thống kê: A/B = band and count (the chart's data), then the counts per group and rating. */
function countsSheet(wb: ExcelJS.Workbook, r: Ranking): { labels: string[]; values: number[]; firstRow: number } {
  const ws = wb.addWorksheet(T.sheetCounts);
  const bands = distribution(r);
  ws.getRow(1).values = [T.bandsHeaders.band, T.bandsHeaders.count];
  ws.getRow(1).font = FONT.bold;
  const labels = bands.map((b) => T.band(b.from, b.to));
  bands.forEach((b, i) => (ws.getRow(2 + i).values = [labels[i], b.count]));
  let row = bands.length + 3;
  ws.getRow(row++).values = [T.countsHeaders.kind, T.countsHeaders.label, T.countsHeaders.count];
  ws.getRow(row - 1).font = FONT.bold;
  for (const g of r.groups) ws.getRow(row++).values = [T.countKindGroup, g.label, g.count];
  for (const g of r.ratings) ws.getRow(row++).values = [T.countKindRating, g.label, g.count];
  ws.getColumn(1).width = 18;
  ws.getColumn(2).width = 34;
  ws.getColumn(3).width = 12;
  return { labels, values: bands.map((b) => b.count), firstRow: 2 };
}

function notesSheet(wb: ExcelJS.Workbook, r: Ranking): void {
  const ws = wb.addWorksheet(T.sheetNotes);
  const lines: [string, string][] = [
    ...r.skipped.map((s): [string, string] => [T.notesSkipped, T.skippedLine(s.source, s.message)]),
    ...r.duplicates.map((d): [string, string] => [T.notesDuplicates, T.duplicate(d.name, d.sources)]),
    ...(r.mixedCatalogues ? [[T.notesCatalogues, T.mixedCatalogues(r.catalogues.length)] as [string, string]] : []),
    ...r.catalogues.map((k): [string, string] => [
      T.notesCatalogues,
      T.catalogueLabel(k.letter, k.name, k.fingerprint, k.units),
    ]),
    ...r.withErrors.map((u): [string, string] => [T.notesErrors, T.unitErrors(u.name || u.source, u.errors)]),
  ];
  lines.forEach((l, i) => {
    ws.getRow(i + 1).values = l;
    ws.getCell(i + 1, 2).alignment = WRAP_TOP;
  });
  ws.getColumn(1).width = 20;
  ws.getColumn(2).width = 110;
}

/** The workbook's bytes, chart included. */
export async function rankingWorkbookBytes(r: Ranking): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Chỉ số CCHC';
  rankingSheet(wb, r);
  const data = countsSheet(wb, r);
  notesSheet(wb, r);
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  if (data.labels.length === 0) return bytes;
  return addColumnChart(bytes, {
    sheet: T.sheetCounts,
    title: T.chartTitle,
    firstRow: data.firstRow,
    labels: data.labels,
    values: data.values,
    from: { col: 4, row: 0 },
    to: { col: 13, row: 20 },
  });
}
