/**
 * npm run bench: how long scoring and the .xlsx round trip take, and how big dist/Code.js is; the
 * headline figures also go to out/bench.json (figures.ts).
 * Each section is a named async function returning rows; add a section to measure something new.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { transform } from 'esbuild';
import { scoreWorkbook } from '../src/core/pipeline';
import { sampleGrids } from '../src/core/sample/caoAn2023';
import { writeSampleWorkbook } from '../src/local/commands/template';
import { scoreFile, writeScoredCopy } from '../src/local/commands/score';
import { renderTable } from '../src/local/printTable';
import { syntheticWorkbook } from './synthetic';
import { reportSection } from './reportBench';
import { sheetsSection } from './sheetsBench';
import { figuresSection } from './figures';
import { rollupSection } from './rollupBench';

export interface BenchRow {
  measure: string;
  value: string;
  note?: string;
}

export interface BenchSection {
  name: string;
  run(): Promise<BenchRow[]>;
}

const ROOT = path.resolve(__dirname, '..');

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median wall time of `runs` calls, in ms, after one untimed warm-up call (JIT). */
export async function time(runs: number, fn: () => unknown): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 1)} ms`;
const bytes = (n: number) => `${n.toLocaleString('en-US')} B`;

export const SECTIONS: BenchSection[] = [
  {
    name: 'Scoring (validate + score, in memory)',
    async run() {
      const sample = sampleGrids();
      const sampleMs = await time(7, () => scoreWorkbook(sample));
      const synthetic = syntheticWorkbook(7, 1000);
      const check = scoreWorkbook(synthetic.grids);
      const synthMs = await time(5, () => scoreWorkbook(synthetic.grids));
      return [
        { measure: 'sample workbook (Cao An 2023)', value: ms(sampleMs), note: 'median of 7 (after 1 warm-up)' },
        {
          measure: `synthetic 7 areas × 1,000 criteria`,
          value: ms(synthMs),
          note: `median of 5 (after 1 warm-up); ${synthetic.criteria.toLocaleString('en-US')} criteria, ${check.errors} errors, ${check.warnings} warnings`,
        },
      ];
    },
  },
  {
    name: 'Offline .xlsx (read + score + write the sample)',
    async run() {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cchc-bench-'));
      try {
        const input = path.join(dir, 'mau.xlsx');
        await writeSampleWorkbook(input);
        const out = path.join(dir, 'da-cham.xlsx');
        const t = await time(5, async () => writeScoredCopy(await scoreFile(input), input, out, true));
        return [{ measure: 'sample .xlsx round trip', value: ms(t), note: 'median of 5 (after 1 warm-up)' }];
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'Apps Script bundle (dist/Code.js)',
    async run() {
      const file = path.join(ROOT, 'dist', 'Code.js');
      let code: string;
      try {
        code = await fs.readFile(file, 'utf8');
      } catch {
        return [{ measure: 'dist/Code.js', value: 'missing', note: 'run npm run build' }];
      }
      const minified = (await transform(code, { minify: true, target: 'es2020', charset: 'utf8' })).code;
      const gz = (s: string) => zlib.gzipSync(Buffer.from(s), { level: 9 }).length;
      let loadNote = 'median of 5, each in a fresh node:vm context, no Apps Script globals';
      let loadMs = NaN;
      try {
        loadMs = await time(5, () =>
          new vm.Script(code, { filename: 'Code.js' }).runInContext(vm.createContext({ console })),
        );
      } catch (e) {
        loadNote = `load failed: ${(e as Error).message}`;
      }
      return [
        { measure: 'size', value: bytes(Buffer.byteLength(code)) },
        { measure: 'size minified (esbuild)', value: bytes(Buffer.byteLength(minified)) },
        { measure: 'size gzipped', value: bytes(gz(code)), note: `minified + gzipped: ${bytes(gz(minified))}` },
        { measure: 'load time', value: Number.isNaN(loadMs) ? '—' : ms(loadMs), note: loadNote },
      ];
    },
  },
];

SECTIONS.push(sheetsSection, reportSection, figuresSection, rollupSection);

export async function runBench(
  sections: readonly BenchSection[] = SECTIONS,
  print: (line: string) => void = console.log,
): Promise<void> {
  print(`Chỉ số CCHC bench — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'}`);
  for (const section of sections) {
    print('');
    print(section.name);
    const rows = await section.run();
    renderTable(
      ['measure', 'value', 'note'],
      rows.map((r) => [r.measure, r.value, r.note ?? '']),
      ['left', 'right', 'left'],
    ).forEach((l) => print(`  ${l}`));
  }
}

if (require.main === module) {
  runBench().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
