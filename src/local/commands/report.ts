/** `report`: score a workbook and write the year-end conference summary as a .docx (Decree 30 layout). */
import path from 'node:path';
import { localMsg } from '../../core/text';
import { reportDocx } from '../docx/reportDocx';
import { ExitCode, Io, LocalError } from '../errors';
import { assertWritable, sameFile, writeFileOrFail } from '../files';
import { exitCodeOf, ScoredFile, scoreFile } from './score';

export interface ReportOptions {
  file: string;
  output?: string;
  force: boolean;
}

/** "cao-an.xlsx" → "cao-an-bao-cao-tong-ket.docx" next to it. */
export function defaultReportPath(workbook: string): string {
  return path.join(path.dirname(workbook), `${path.basename(workbook, path.extname(workbook))}-bao-cao-tong-ket.docx`);
}

/** Builds the report of an already scored workbook and writes it; returns the report's own warnings. */
export async function writeReport(scored: ScoredFile, output: string, now: Date): Promise<string[]> {
  const { model, buffer } = await reportDocx(scored.result, { grids: scored.grids, now });
  await writeFileOrFail(output, buffer);
  return model.summary.problems;
}

export async function runReport(options: ReportOptions, io: Io): Promise<ExitCode> {
  const output = options.output ?? defaultReportPath(options.file);
  if (await sameFile(options.file, output)) throw new LocalError(localMsg.outputIsInput(options.file));
  await assertWritable(output, options.force);
  const scored = await scoreFile(options.file);
  const problems = await writeReport(scored, output, new Date());
  io.out(localMsg.reportWritten(output));
  problems.forEach((p) => io.err(p));
  return exitCodeOf(scored.result);
}
