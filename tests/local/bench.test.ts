/** The bench's synthetic workbook is valid and mixed, and the bench prints its sections (no timing asserted). */
import { INPUT_KINDS } from '../../src/core/catalog/types';
import { scoreWorkbook } from '../../src/core/pipeline';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, runBench, SECTIONS } from '../../bench/bench';
import { BENCH_JSON, benchFigures, FIGURE_SIZES, figureRows, figuresSection, writeFigures } from '../../bench/figures';
import { syntheticWorkbook } from '../../bench/synthetic';

describe('bench', () => {
  it('builds a synthetic workbook that scores without errors or warnings, with every leaf kind', () => {
    const { spec, grids, criteria } = syntheticWorkbook(2, 60, 7);
    expect(criteria).toBe(120);
    const result = scoreWorkbook(grids);
    expect(result.problems).toEqual([]);
    expect(result.criteria).toHaveLength(120);
    const kinds = new Set(spec.areas.flatMap((a) => a.criteria.map((c) => c.kind)));
    for (const k of INPUT_KINDS.filter((k) => k !== 'group' && k !== 'retired')) expect(kinds).toContain(k);
    expect(result.criteria.some((c) => c.status === 'na')).toBe(true);
    // Seeded: the same workbook every run.
    expect(syntheticWorkbook(2, 60, 7).grids).toEqual(grids);
  });

  it('prints each section as a table', async () => {
    const lines: string[] = [];
    await runBench([{ name: 'Phần thử', run: async () => [{ measure: 'đo', value: '1 ms', note: 'ghi chú' }] }], (l) =>
      lines.push(l),
    );
    expect(lines).toContain('Phần thử');
    expect(lines.some((l) => /đo\s+1 ms\s+ghi chú/.test(l))).toBe(true);
  });

  it('takes the middle value', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('bench figures (out/bench.json)', () => {
  it('measures every key on the fakes, writes them as JSON and prints the same numbers', async () => {
    const f = await benchFigures([10, 20]);
    expect(Object.keys(f).sort()).toEqual(
      [
        'codeBytes',
        'computeCalls',
        'computeIo',
        'onEditTypedCalls',
        'reportDocsCalls',
        'setupFirstCalls',
        'setupRerunCalls',
        'setupCopyCalls',
      ].sort(),
    );
    expect(Object.keys(f.computeCalls)).toEqual(['10', '20']);
    for (const size of ['10', '20']) {
      expect(f.computeIo[size]).toBeGreaterThan(0);
      expect(f.computeIo[size]).toBeLessThan(f.computeCalls[size]);
    }
    expect(f.setupFirstCalls).toBeGreaterThan(f.setupRerunCalls);
    // A copy's first setup protects every tab again but keeps the cell settings it came with.
    expect(f.setupCopyCalls).toBeLessThan(f.setupFirstCalls);
    expect(f.setupCopyCalls).toBeGreaterThan(f.setupRerunCalls);
    expect(f.onEditTypedCalls).toBeGreaterThan(0);
    expect(f.reportDocsCalls).toBeGreaterThan(0);

    const dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-'));
    const file = path.join(dir, 'out', 'bench.json');
    await writeFigures(f, file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(f);
    const printed = new Map(figureRows(f).map((r) => [r.measure, r.value]));
    expect(printed.get('setupFirstCalls')).toBe(String(f.setupFirstCalls));
    expect(printed.get('computeIo["20"]')).toBe(String(f.computeIo['20']));
    expect(printed.get('onEditTypedCalls')).toBe(String(f.onEditTypedCalls));
  });

  it('the default sizes are the keys "10" and "1000", and the figures section is part of npm run bench', () => {
    expect(FIGURE_SIZES).toEqual([10, 1000]);
    expect(SECTIONS.map((s) => s.name)).toContain(figuresSection.name);
    expect(BENCH_JSON.endsWith(path.join('out', 'bench.json'))).toBe(true);
  });
});
