/**
 * `new-year <file.xlsx> [-o next.xlsx]`: year N's workbook → year N+1's, written to a NEW file (the
 * input is never modified). The core plans the writes (cycle/newYear.ts: inputs cleared, the person
 * in charge kept, last year's points into "Điểm năm trước" and Thông tin chung); here the plan is
 * applied cell by cell to the exceljs workbook, so the catalogue, formats and drop-downs stay as they
 * were. The new workbook is then scored, so its computed columns and Tổng hợp are year N+1's (zero).
 */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../core/cells';
import { planNewYear, NewYearPlan } from '../../core/cycle/newYear';
import { formatPercent2, formatPoints } from '../../core/format';
import { AREA_COLUMNS, INFO_FIELDS } from '../../core/layout';
import { scoreWorkbook } from '../../core/pipeline';
import { CYCLE_CLI_TEXT as T, localMsg } from '../../core/text';
import { readWorkbook, WorkbookGrids } from '../../core/workbook';
import { ExitCode, Io, LocalError } from '../errors';
import { assertWritable, resolveOutput, sameFile } from '../files';
import { COLUMN_FORMATS } from '../xlsx/styles';
import { applyScores, saveWorkbook, workbookGridsOf } from '../xlsxWorkbook';
import { exitCodeOf, scoreFile } from './score';

export interface NewYearOptions {
  file: string;
  output?: string;
  force: boolean;
}

/** "cao-an-2023.xlsx" → "cao-an-2024.xlsx"; without the year in the name, "<name>-nam-2024.xlsx". */
export function defaultNewYearPath(file: string, year: number, next: number): string {
  const base = path.basename(file, path.extname(file));
  const renamed = base.includes(String(year)) ? base.split(String(year)).join(String(next)) : `${base}-nam-${next}`;
  return path.join(path.dirname(file), `${renamed}.xlsx`);
}

const toCell = (v: CellValue): ExcelJS.CellValue => (v === '' ? null : (v as ExcelJS.CellValue));

/** Writes exactly the planned cells: each area-tab block, then the Thông tin chung values. */
export function applyNewYearPlan(wb: ExcelJS.Workbook, grids: WorkbookGrids, plan: NewYearPlan): void {
  for (const b of plan.blocks) {
    const ws = wb.getWorksheet(b.sheet);
    if (!ws) continue;
    b.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = ws.getCell(b.row + i, b.column + j);
        cell.value = toCell(v);
        const fmt = COLUMN_FORMATS[AREA_COLUMNS[b.column + j - 1].key];
        if (fmt && typeof v === 'number') cell.numFmt = fmt;
      }),
    );
  }
  const { infoRowOf } = readWorkbook(grids);
  const infoSheet = [...infoRowOf.values()][0]?.sheet;
  const ws = infoSheet ? wb.getWorksheet(infoSheet) : undefined;
  if (!ws) return;
  for (const w of plan.info) {
    const place = infoRowOf.get(w.key);
    // A workbook made before a field existed gets the field appended (label | value), as setup does.
    const row = place ? place.row : ws.rowCount + 1;
    if (!place) ws.getCell(row, 1).value = INFO_FIELDS.find((f) => f.key === w.key)!.label;
    ws.getCell(row, 2).value = toCell(w.value);
  }
}

export async function runNewYear(options: NewYearOptions, io: Io): Promise<ExitCode> {
  const scored = await scoreFile(options.file);
  const plan = planNewYear(scored.grids, scored.result);
  if (plan.year === null) throw new LocalError(T.noYear(options.file));
  const year = plan.year - 1;
  const output = await resolveOutput(options.output, defaultNewYearPath(options.file, year, plan.year));
  if (await sameFile(options.file, output)) throw new LocalError(localMsg.outputIsInput(options.file));
  await assertWritable(output, options.force);

  applyNewYearPlan(scored.workbook, scored.grids, plan);
  applyScores(scored.workbook, scoreWorkbook(workbookGridsOf(scored.workbook)));
  await saveWorkbook(scored.workbook, output);

  const i = scored.result.index;
  io.out(T.newYearWritten(output, year, plan.year));
  io.out(T.carriedLine(formatPercent2(i.percent), formatPoints(i.points)));
  if (scored.result.errors > 0) io.err(T.oldYearHasErrors(scored.result.errors));
  return exitCodeOf(scored.result);
}
