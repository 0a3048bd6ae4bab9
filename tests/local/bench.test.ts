/** The bench's synthetic workbook is valid and mixed, and the bench prints its sections (no timing asserted). */
import { INPUT_KINDS } from '../../src/core/catalog/types';
import { scoreWorkbook } from '../../src/core/pipeline';
import { median, runBench } from '../../bench/bench';
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
    await runBench([{ name: 'Phần thử', run: async () => [{ measure: 'đo', value: '1 ms', note: 'ghi chú' }] }], (l) => lines.push(l));
    expect(lines).toContain('Phần thử');
    expect(lines.some((l) => /đo\s+1 ms\s+ghi chú/.test(l))).toBe(true);
  });

  it('takes the middle value', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
