/**
 * The headline figures of `npm run bench`, written to out/bench.json and printed as a section:
 * Apps Script service calls on the fakes (deterministic, unlike the times) and the bundle size.
 * - setupFirstCalls / setupRerunCalls: "Khởi tạo / cập nhật" on a new spreadsheet, then again unchanged;
 * - setupCopyCalls: its first run in a commune's File → Make a copy of that spreadsheet (new owner, new
 *   script, empty properties; the cell settings carried, no protection: tests/fakes/copy.ts);
 * - computeCalls / computeIo: Tính điểm (after a first run drew the chart), all calls / reads + writes,
 *   at 10 and 1,000 rows per area tab (7 tabs);
 * - onEditTypedCalls: one typed cell; reportDocsCalls: the sample's Google Doc; codeBytes: dist/Code.js.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BenchRow, BenchSection } from './bench';
import { docsCalls, sampleModel } from './reportBench';
import { filledWorkbook, measure, oneEdit } from './sheetsBench';
import { installFakeGlobals } from '../tests/fakes';
import { captureSpreadsheet, installCopy } from '../tests/fakes/copy';
import { computeScores } from '../src/sheets/computeScores';
import { setupWorkbook } from '../src/sheets/setup/setup';

const ROOT = path.resolve(__dirname, '..');
export const BENCH_JSON = path.join(ROOT, 'out', 'bench.json');
/** Rows per area tab of the Tính điểm figures: the keys of computeCalls and computeIo. */
export const FIGURE_SIZES = [10, 1000] as const;

export interface BenchFigures {
  setupFirstCalls: number;
  setupRerunCalls: number;
  setupCopyCalls: number;
  computeCalls: Record<string, number>;
  computeIo: Record<string, number>;
  onEditTypedCalls: number;
  reportDocsCalls: number;
  /** null when dist/Code.js is missing (run npm run build). */
  codeBytes: number | null;
}

function setupCalls(): { first: number; rerun: number; copy: number } {
  const gas = installFakeGlobals(globalThis);
  let first: number;
  let rerun: number;
  let tabs: ReturnType<typeof captureSpreadsheet>;
  try {
    first = measure(gas, () => setupWorkbook()).calls;
    rerun = measure(gas, () => setupWorkbook()).calls;
    tabs = captureSpreadsheet(gas);
  } finally {
    gas.uninstall();
  }
  const copy = installCopy(tabs, { ownerEmail: 'van.phong@xa-khac.example' }, true);
  try {
    return { first, rerun, copy: measure(copy, () => setupWorkbook()).calls };
  } finally {
    copy.uninstall();
  }
}

/** Measures every figure; `sizes` = rows per area tab for the Tính điểm figures. */
export async function benchFigures(
  sizes: readonly number[] = FIGURE_SIZES,
  codeFile = path.join(ROOT, 'dist', 'Code.js'),
): Promise<BenchFigures> {
  const setup = setupCalls();
  const computeCalls: Record<string, number> = {};
  const computeIo: Record<string, number> = {};
  let onEditTypedCalls = NaN;
  for (const n of sizes) {
    const gas = filledWorkbook(n);
    try {
      measure(gas, () => computeScores()); // the first run draws Tổng hợp's chart
      const m = measure(gas, () => computeScores());
      computeCalls[String(n)] = m.calls;
      computeIo[String(n)] = m.reads + m.writes;
      if (Number.isNaN(onEditTypedCalls)) onEditTypedCalls = measure(gas, () => oneEdit(gas, 'typed')).calls;
    } finally {
      gas.uninstall();
    }
  }
  let codeBytes: number | null = null;
  try {
    codeBytes = (await fs.stat(codeFile)).size;
  } catch {
    codeBytes = null;
  }
  return {
    setupFirstCalls: setup.first,
    setupRerunCalls: setup.rerun,
    setupCopyCalls: setup.copy,
    computeCalls,
    computeIo,
    onEditTypedCalls,
    reportDocsCalls: docsCalls(sampleModel()).total,
    codeBytes,
  };
}

/** The figures as bench rows: one per key (per size for the per-size keys), the JSON key as the measure. */
export function figureRows(f: BenchFigures): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const [key, value] of Object.entries(f)) {
    if (value !== null && typeof value === 'object') {
      for (const [size, n] of Object.entries(value as Record<string, number>))
        rows.push({ measure: `${key}["${size}"]`, value: String(n) });
    } else {
      rows.push({ measure: key, value: value === null ? 'missing' : String(value) });
    }
  }
  return rows;
}

export async function writeFigures(f: BenchFigures, file = BENCH_JSON): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, `${JSON.stringify(f, null, 2)}\n`);
}

export const figuresSection: BenchSection = {
  name: `Figures (also written to ${path.relative(ROOT, BENCH_JSON)})`,
  async run() {
    const f = await benchFigures();
    await writeFigures(f);
    return figureRows(f);
  },
};
