/**
 * `report` (year-end summary, or a periodic report with --period) and `inspection-report`: score a
 * workbook and write the report as a .docx (Decree 30 layout). A sheet with errors or without data
 * still gets its report — which says so at its top — and the command warns.
 */
import { ReportKind } from '../../core/report';
import { localMsg } from '../../core/text';
import { reportDocx } from '../docx/reportDocx';
import { ExitCode, Io, LocalError } from '../errors';
import { assertWritable, namedAfter, resolveOutput, sameFile, writeFileOrFail } from '../files';
import { exitCodeOf, ScoredFile, scoreFile } from './score';

export interface ReportOptions {
  file: string;
  output?: string;
  force: boolean;
  /** 'year' unless --period / inspection-report say otherwise. */
  kind?: ReportKind;
}

const SUFFIX: Record<ReportKind, string> = {
  year: 'bao-cao-tong-ket',
  q1: 'bao-cao-q1',
  h1: 'bao-cao-6-thang',
  '9m': 'bao-cao-9-thang',
  inspection: 'bao-cao-tu-kiem-tra',
};

/** The --period value as a report kind; anything else is a usage error. */
export function periodKind(value: string | undefined): ReportKind {
  if (value === undefined || value === 'year') return 'year';
  if (value === 'q1' || value === 'h1' || value === '9m') return value;
  throw new LocalError(localMsg.badPeriod(value));
}

/** "cao-an.xlsx" → "cao-an-bao-cao-tong-ket.docx" (or -bao-cao-q1 …) next to it. */
export function defaultReportPath(workbook: string, kind: ReportKind = 'year'): string {
  return namedAfter(workbook, `-${SUFFIX[kind]}.docx`);
}

/** Builds the report of an already scored workbook and writes it; returns what to warn about. */
export async function writeReport(
  scored: ScoredFile,
  output: string,
  now: Date,
  kind: ReportKind = 'year',
): Promise<string[]> {
  const { model, buffer } = await reportDocx(scored.result, { grids: scored.grids, now, kind });
  await writeFileOrFail(output, buffer);
  const warning = model.summary.warning;
  return [...(warning ? [localMsg.reportWarning(warning)] : []), ...model.summary.problems];
}

export async function runReport(options: ReportOptions, io: Io): Promise<ExitCode> {
  const kind = options.kind ?? 'year';
  const output = await resolveOutput(options.output, defaultReportPath(options.file, kind));
  if (await sameFile(options.file, output)) throw new LocalError(localMsg.outputIsInput(options.file));
  await assertWritable(output, options.force);
  const scored = await scoreFile(options.file);
  const problems = await writeReport(scored, output, new Date(), kind);
  io.out(
    kind === 'year'
      ? localMsg.reportWritten(output)
      : localMsg.reportKindWritten(localMsg.reportKindNames[kind], output),
  );
  problems.forEach((p) => io.err(p));
  return exitCodeOf(scored.result);
}
