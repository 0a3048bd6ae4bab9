/**
 * `export-table <file.xlsx> [-o table.xlsx]`: the "Bảng tổng hợp kết quả tự đánh giá, chấm điểm"
 * (code, criterion, max, self score, evidence, explanation) of a scored workbook as its own .xlsx,
 * from the core's grid (cycle/selfAssessmentTable.ts) that the Sheets tab and the report share.
 */
import ExcelJS from 'exceljs';
import {
  SELF_ASSESSMENT_COLUMNS,
  SELF_ASSESSMENT_ROWS,
  selfAssessmentGrid,
  SelfAssessmentGrid,
} from '../../core/cycle/selfAssessmentTable';
import { CYCLE_CLI_TEXT as T, localMsg } from '../../core/text';
import { ExitCode, Io, LocalError } from '../errors';
import { assertWritable, namedAfter, resolveOutput, sameFile } from '../files';
import { writeValues } from '../xlsx/sheets';
import { excelWidth, FILL, fitRowHeight, FONT, HEADER_ALIGN, NUM_FMT, WRAP_TOP } from '../xlsx/styles';
import { saveWorkbook } from '../xlsxWorkbook';
import { exitCodeOf, scoreFile } from './score';

export interface ExportTableOptions {
  file: string;
  output?: string;
  force: boolean;
}

/** "cao-an.xlsx" → "cao-an-bang-tu-danh-gia.xlsx" next to it. */
export function defaultTablePath(workbook: string): string {
  return namedAfter(workbook, '-bang-tu-danh-gia.xlsx');
}

/** One sheet holding the table, laid out for printing (A4 landscape, header row repeated). */
export function tableWorkbook(table: SelfAssessmentGrid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Chỉ số CCHC';
  const ws = wb.addWorksheet(T.tableSheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${SELF_ASSESSMENT_ROWS.header}:${SELF_ASSESSMENT_ROWS.header}`,
    },
  });
  writeValues(ws, table.values);
  SELF_ASSESSMENT_COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = excelWidth(c.width)));
  ws.getCell(SELF_ASSESSMENT_ROWS.title, 1).font = FONT.title;
  const width = SELF_ASSESSMENT_COLUMNS.length;
  for (let c = 1; c <= width; c++) {
    const cell = ws.getCell(SELF_ASSESSMENT_ROWS.header, c);
    cell.font = FONT.bold;
    cell.fill = FILL.header;
    cell.alignment = HEADER_ALIGN;
  }
  const bold = new Set(table.boldRows);
  const last = table.boldRows[table.boldRows.length - 1] ?? SELF_ASSESSMENT_ROWS.header;
  for (let r = SELF_ASSESSMENT_ROWS.first; r <= last; r++) {
    SELF_ASSESSMENT_COLUMNS.forEach((c, i) => {
      const cell = ws.getCell(r, i + 1);
      cell.alignment = WRAP_TOP;
      if (c.format === 'points') cell.numFmt = NUM_FMT.points;
      if (bold.has(r)) {
        cell.font = FONT.bold;
        cell.fill = FILL.areaRow;
      }
    });
    fitRowHeight(
      ws.getRow(r),
      SELF_ASSESSMENT_COLUMNS.map((c, i) => ({ text: String(table.values[r - 1][i] ?? ''), widthPx: c.width })),
    );
  }
  ws.views = [{ state: 'frozen', ySplit: SELF_ASSESSMENT_ROWS.header }];
  return wb;
}

export async function runExportTable(options: ExportTableOptions, io: Io): Promise<ExitCode> {
  const output = await resolveOutput(options.output, defaultTablePath(options.file));
  if (await sameFile(options.file, output)) throw new LocalError(localMsg.outputIsInput(options.file));
  await assertWritable(output, options.force);
  const scored = await scoreFile(options.file);
  const table = selfAssessmentGrid(scored.result);
  await saveWorkbook(tableWorkbook(table), output);
  io.out(T.tableWritten(output, table.criteria));
  return exitCodeOf(scored.result);
}
