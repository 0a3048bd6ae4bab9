/** `score`: read a workbook, validate and score it, print (text or JSON), optionally write a scored copy. */
import type ExcelJS from 'exceljs';
import { scoreWorkbook, WorkbookResult } from '../../core/pipeline';
import { localMsg } from '../../core/text';
import type { WorkbookGrids } from '../../core/workbook';
import { EXIT, ExitCode, Io, LocalError } from '../errors';
import { assertWritable, namedAfter, resolveOutput, sameFile } from '../files';
import { scoreJson, scoreText } from '../scoreReport';
import { applyScores, readWorkbookFile, saveWorkbook } from '../xlsxWorkbook';

export interface ScoreOptions {
  file: string;
  json: boolean;
  output?: string;
  force: boolean;
}

export interface ScoredFile {
  workbook: ExcelJS.Workbook;
  grids: WorkbookGrids;
  result: WorkbookResult;
}

/** "cao-an.xlsx" → "cao-an-da-cham.xlsx": the scored copy's name when -o names a folder. */
export const defaultScoredPath = (workbook: string): string => namedAfter(workbook, '-da-cham.xlsx');

export async function scoreFile(file: string): Promise<ScoredFile> {
  const { workbook, grids } = await readWorkbookFile(file);
  return { workbook, grids, result: scoreWorkbook(grids) };
}

/** Writes the scored copy; the input file is never the target. */
export async function writeScoredCopy(
  scored: ScoredFile,
  input: string,
  output: string,
  force: boolean,
): Promise<void> {
  if (await sameFile(input, output)) throw new LocalError(localMsg.outputIsInput(input));
  await assertWritable(output, force);
  applyScores(scored.workbook, scored.result);
  await saveWorkbook(scored.workbook, output);
}

export const exitCodeOf = (result: WorkbookResult): ExitCode => (result.errors > 0 ? EXIT.hasErrors : EXIT.ok);

export async function runScore(options: ScoreOptions, io: Io): Promise<ExitCode> {
  const scored = await scoreFile(options.file);
  // Without -o, score only prints: there is no file to write.
  const output = options.output ? await resolveOutput(options.output, defaultScoredPath(options.file)) : undefined;
  if (output) await writeScoredCopy(scored, options.file, output, options.force);
  if (options.json)
    io.out(JSON.stringify({ ...scoreJson(scored.result, options.file), output: output ?? null }, null, 2));
  else {
    scoreText(scored.result, options.file).forEach((l) => io.out(l));
    if (output) io.out(localMsg.scoredWritten(output));
  }
  return exitCodeOf(scored.result);
}
