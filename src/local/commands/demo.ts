/**
 * `demo` (npm start): score the SAMPLE workbook and show the result. The work is a list of steps
 * sharing one context, so later features add a step (e.g. the .docx report writes out/….docx after
 * the scored workbook) without touching the others.
 */
import path from 'node:path';
import { localMsg } from '../../core/text';
import { ExitCode, Io } from '../errors';
import { exists } from '../files';
import { areaTable, indexLines, problemLines } from '../scoreReport';
import { writeReport } from './report';
import { exitCodeOf, ScoredFile, scoreFile, writeScoredCopy } from './score';
import { writeHoaBinhSample, writeSampleWorkbook } from './template';

/** Paths relative to the folder the demo runs in. */
export const DEMO_FILES = {
  sample: path.join('samples', 'cao-an-2023-mau.xlsx'),
  outDir: 'out',
  scored: path.join('out', 'cao-an-2023-da-cham.xlsx'),
  report: path.join('out', 'cao-an-2023-bao-cao-tong-ket.docx'),
  /** The second sample: a phường of a fictional province, 2026-style set imported by `catalogue import`. */
  phuongCatalogue: path.join('samples', 'catalogue-minh-an-2026.json'),
  phuongSample: path.join('samples', 'phuong-hoa-binh-2026-mau.xlsx'),
  phuongReport: path.join('out', 'phuong-hoa-binh-2026-bao-cao-tong-ket.docx'),
} as const;

export interface DemoContext {
  /** Folder the demo runs in (the project root for npm start); paths below are inside it. */
  root: string;
  io: Io;
  samplePath: string;
  outDir: string;
  /** Set by the "score" step. */
  scored?: ScoredFile;
}

export interface DemoStep {
  name: string;
  run(ctx: DemoContext): Promise<void>;
}

export const DEMO_STEPS: DemoStep[] = [
  {
    name: 'sample',
    async run(ctx) {
      if (await exists(ctx.samplePath)) return;
      await writeSampleWorkbook(ctx.samplePath);
      ctx.io.out(localMsg.demoSampleCreated(path.relative(ctx.root, ctx.samplePath)));
    },
  },
  {
    name: 'score',
    async run(ctx) {
      ctx.scored = await scoreFile(ctx.samplePath);
    },
  },
  {
    // The score table first; then what was written ("Đã ghi…"), so the files are the last lines read.
    name: 'print',
    async run(ctx) {
      const result = ctx.scored!.result;
      [localMsg.demoHeading, '', ...areaTable(result), '', ...indexLines(result), '', ...problemLines(result)].forEach(
        (l) => ctx.io.out(l),
      );
    },
  },
  {
    name: 'scoredCopy',
    async run(ctx) {
      const out = path.join(ctx.root, DEMO_FILES.scored);
      // The demo's own output: replaced on every run.
      await writeScoredCopy(ctx.scored!, ctx.samplePath, out, true);
      ctx.io.out(localMsg.scoredWritten(path.relative(ctx.root, out)));
    },
  },
  {
    name: 'report',
    async run(ctx) {
      const out = path.join(ctx.root, DEMO_FILES.report);
      const problems = await writeReport(ctx.scored!, out, new Date());
      ctx.io.out(localMsg.reportWritten(path.relative(ctx.root, out)));
      problems.forEach((p) => ctx.io.err(p));
    },
  },
  {
    name: 'phuong',
    async run(ctx) {
      const file = path.join(ctx.root, DEMO_FILES.phuongSample);
      const catalogue = path.join(ctx.root, DEMO_FILES.phuongCatalogue);
      if (!(await exists(file))) {
        // Run outside the project (no samples/ catalogue): the phường sample cannot be made.
        if (!(await exists(catalogue))) return ctx.io.out(localMsg.demoPhuongSkipped(DEMO_FILES.phuongCatalogue));
        await writeHoaBinhSample(file, catalogue, ctx.io);
      }
      const scored = await scoreFile(file);
      const out = path.join(ctx.root, DEMO_FILES.phuongReport);
      const problems = await writeReport(scored, out, new Date());
      const r = scored.result;
      ['', localMsg.demoPhuongHeading, '', ...areaTable(r), '', ...indexLines(r), '', ...problemLines(r)].forEach((l) =>
        ctx.io.out(l),
      );
      ctx.io.out(localMsg.reportWritten(path.relative(ctx.root, out)));
      problems.forEach((p) => ctx.io.err(p));
    },
  },
];

export async function runDemo(
  io: Io,
  root: string = process.cwd(),
  steps: readonly DemoStep[] = DEMO_STEPS,
): Promise<ExitCode> {
  const ctx: DemoContext = {
    root,
    io,
    samplePath: path.join(root, DEMO_FILES.sample),
    outDir: path.join(root, DEMO_FILES.outDir),
  };
  for (const step of steps) await step.run(ctx);
  return exitCodeOf(ctx.scored!.result);
}
