/**
 * A synthetic workbook for the bench: a catalogue of `areas` × `perArea` leaf criteria of mixed
 * kinds, with random but valid entries (seeded, so every run measures the same workbook).
 */
import type { CatalogueSpec, CriterionSpec, InputKind } from '../src/core/catalog/types';
import type { RowInput } from '../src/core/entries';
import { workbookGrids } from '../src/core/template';
import type { WorkbookGrids } from '../src/core/workbook';
import { DEFAULT_CATALOGUE } from '../src/core/catalog/defaultCatalogue';

/** mulberry32: a small deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUS = ['Tốt', 'Khá', 'Trung bình', 'Kém'];
const CHECKS = ['Hình thức A', 'Hình thức B', 'Hình thức C', 'Hình thức D'];
const RULES: Record<Exclude<InputKind, 'group' | 'retired'>, string> = {
  ratio: '= 100%: 1; ≥ 90%: tỷ lệ × 1; ≥ 50%: 0,5; còn lại: 0',
  yesno: 'Có: 1; Không: 0',
  status: 'Tốt: 1; Khá: 0,75; Trung bình: 0,5; Kém: 0',
  count: '= 0: 1; = 1: 0,5; ≥ 2: 0',
  checklist: CHECKS.map((c) => `${c}: 0,25`).join('; '),
  manual: 'Nhập điểm từ 0 đến 1',
};
const KINDS = Object.keys(RULES) as (keyof typeof RULES)[];

export function syntheticWorkbook(
  areas = 7,
  perArea = 1000,
  seed = 2023,
): { spec: CatalogueSpec; grids: WorkbookGrids; criteria: number } {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const entries: Record<string, Partial<RowInput>> = {};
  const specAreas = Array.from({ length: areas }, (_, ai) => {
    const code = String(ai + 1);
    const criteria: CriterionSpec[] = Array.from({ length: perArea }, (_, ci) => {
      const kind = KINDS[ci % KINDS.length];
      const c: CriterionSpec = {
        code: `${code}.${ci + 1}`,
        title: `Tiêu chí tổng hợp ${code}.${ci + 1}`,
        maxPoints: 1,
        kind,
        rule: RULES[kind],
        naAllowed: ci % 20 === 0,
      };
      entries[c.code] = entryFor(c, rnd, int);
      return c;
    });
    return {
      code,
      title: `Lĩnh vực tổng hợp ${code}`,
      tabName: `${code}. Lĩnh vực ${code}`,
      maxPoints: perArea,
      criteria,
    };
  });
  const spec: CatalogueSpec = { ...DEFAULT_CATALOGUE, name: 'Bộ tiêu chí tổng hợp (bench)', areas: specAreas };
  return { spec, grids: workbookGrids(spec, {}, entries), criteria: areas * perArea };
}

function entryFor(c: CriterionSpec, rnd: () => number, int: (lo: number, hi: number) => number): Partial<RowInput> {
  const evidence = `https://drive.google.com/file/d/bench-${c.code}/view`;
  if (c.naAllowed && rnd() < 0.3) return { na: 'x', explanation: 'Không phát sinh trong năm.' };
  switch (c.kind) {
    case 'ratio': {
      const b = int(1, 500);
      return { a: int(Math.floor(b / 2), b), b, evidence };
    }
    case 'yesno':
      return { value: rnd() < 0.8 ? 'Có' : 'Không', evidence };
    case 'status':
      return { value: STATUS[int(0, STATUS.length - 1)], evidence };
    case 'count':
      return { value: int(0, 3), evidence };
    case 'checklist':
      return {
        value:
          CHECKS.map((_, i) => i + 1)
            .filter(() => rnd() < 0.6)
            .join(', ') || '1',
        evidence,
      };
    default:
      return { value: int(0, 1000) / 1000, evidence };
  }
}
