/**
 * Bench section for the province's roll-up: one `rollup` process over 200 unit workbooks against a
 * single `score` run (a fresh process, as an office would run it per file). The budget:
 * per file, the roll-up must cost at most 1/4 of a `score` run. Both run the built CLI
 * (dist-node/cli.js), so process start and module loading are counted where they happen.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchRow, BenchSection } from './bench';
import { median } from './bench';
import { variantOf, writeUnitWorkbook } from './unitWorkbooks';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist-node', 'cli.js');

/** Wall time of one CLI process, in ms; throws on an unexpected exit code. */
function cliMs(args: string[], expect: number[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status === null || !expect.includes(r.status))
    throw new Error(`cli ${args[0]} exited ${r.status}: ${r.stderr}`);
  return ms;
}

export async function rollupRows(units = 200, scoreRuns = 5): Promise<BenchRow[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cchc-rollup-bench-'));
  try {
    const folder = path.join(dir, 'don-vi');
    await fs.mkdir(folder);
    for (let i = 0; i < units; i++)
      await writeUnitWorkbook(path.join(folder, `don-vi-${String(i + 1).padStart(3, '0')}.xlsx`), variantOf(i));
    const one = path.join(folder, 'don-vi-001.xlsx');
    cliMs(['score', one], [0, 1]); // warm the file cache
    const score = median(Array.from({ length: scoreRuns }, () => cliMs(['score', one], [0, 1])));
    const out = path.join(dir, 'xep-hang.xlsx');
    const total = cliMs(['rollup', folder, '-o', out, '--report', path.join(dir, 'cong-bo.docx'), '--force'], [0]);
    const perFile = total / units;
    const ratio = perFile / score;
    return [
      {
        measure: 'single `score` run (1 file, fresh process)',
        value: `${score.toFixed(0)} ms`,
        note: `median of ${scoreRuns}`,
      },
      {
        measure: `\`rollup\` of ${units} files (one process, .xlsx + .docx)`,
        value: `${total.toFixed(0)} ms`,
        note: 'one run',
      },
      {
        measure: 'rollup per file vs one `score` run',
        value: `${perFile.toFixed(1)} ms = 1/${(1 / ratio).toFixed(1)}`,
        note: ratio <= 0.25 ? 'within the budget (≤ 1/4)' : 'OVER the budget (≤ 1/4)',
      },
    ];
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export const rollupSection: BenchSection = {
  name: 'Roll-up (province ranking, offline)',
  run: () => rollupRows(),
};
