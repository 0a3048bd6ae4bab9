/** `score`: read a workbook, validate and score it, print (text or JSON), optionally write a scored copy. */
import type ExcelJS from 'exceljs';
import { scoreWorkbook, WorkbookResult } from '../../core/pipeline';
import { localMsg } from '../../core/text';
import type { WorkbookGrids } from '../../core/workbook';
import { EXIT, ExitCode, Io, LocalError } from '../errors';
import { assertWritable, sameFile } from '../files';
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
  if (options.output) await writeScoredCopy(scored, options.file, options.output, options.force);
  if (options.json)
    io.out(JSON.stringify({ ...scoreJson(scored.result, options.file), output: options.output ?? null }, null, 2));
  else {
    scoreText(scored.result, options.file).forEach((l) => io.out(l));
    if (options.output) io.out(localMsg.scoredWritten(options.output));
  }
  return exitCodeOf(scored.result);
}
