/** The roll-up core: units scored from their own workbooks, ranked (ties, appraisal, duplicates, mixed catalogues). */
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import { catalogueCache, catalogueFingerprint } from '../../src/core/catalog/fingerprint';
import type { CatalogueSpec } from '../../src/core/catalog/types';
import type { CellValue } from '../../src/core/cells';
import { scoreWorkbook } from '../../src/core/pipeline';
import {
  competitionRanks,
  EXPOSED_BLOCK,
  extremes,
  rankUnits,
  unitFromResult,
  unitFromSummary,
  type UnitFigures,
} from '../../src/core/rollup';
import { summaryGrid } from '../../src/core/summary';
import { SUMMARY_TEXT } from '../../src/core/text';
import { unitGrids, type UnitVariant } from '../../bench/unitWorkbooks';

const unit = (v: UnitVariant, source = `${v.commune}.xlsx`, build = catalogueCache()): UnitFigures =>
  unitFromResult(scoreWorkbook(unitGrids(v), { buildCatalogue: build }), source);

/** The default catalogue with one rule changed: scores differently, so it is another catalogue. */
function otherCatalogue(): CatalogueSpec {
  const spec = structuredClone(DEFAULT_CATALOGUE);
  const c = spec.areas[0].criteria.find((x) => x.code === '1.5')!;
  c.rule = 'Có: 1; Không: 0,5';
  return spec;
}

describe('standard competition ranking', () => {
  it('gives equal values the same rank and skips the ranks they take (1, 2, 2, 4)', () => {
    expect(competitionRanks([9000, 8500, 8500, 8000])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([7000, 7000, 7000])).toEqual([1, 1, 1]);
    expect(competitionRanks([])).toEqual([]);
  });

  it('ranks scored units: two with the same figures share 2nd place and the next is 4th', () => {
    const best = unit({ commune: 'Xã Một', entries: { '3.9': { a: 1242, b: 1242 } } });
    const tieA = unit({ commune: 'Xã Hai' });
    const tieB = unit({ commune: 'Xã Ba' });
    const worst = unit({ commune: 'Xã Bốn', entries: { '3.9': { a: 10, b: 1242 }, '1.6': { value: 0 } } });
    const r = rankUnits([worst, tieB, best, tieA]);
    expect(r.units.map((u) => [u.name, u.rankText])).toEqual([
      ['Xã Một', '1/4'],
      ['Xã Ba', '2/4'],
      ['Xã Hai', '2/4'],
      ['Xã Bốn', '4/4'],
    ]);
    expect(tieA.percent).toBe(tieB.percent);
    expect(best.percent).toBeGreaterThan(tieA.percent);
    expect(extremes(r).highest.map((u) => u.name)).toEqual(['Xã Một']);
    expect(extremes(r).lowest.map((u) => u.name)).toEqual(['Xã Bốn']);
  });
});

describe('appraisal precedence', () => {
  it('ranks by the appraised points where entered, keeping the self score for criteria left blank', () => {
    const self = unit({ commune: 'Xã Tự Chấm' });
    // Same entries, but the district gave 3.5 and 3.8 zero points and left the rest blank.
    const appraised = unit({
      commune: 'Xã Thẩm Định',
      entries: { '3.9': { a: 1242, b: 1242 }, '3.5': { appraisal: 0 }, '3.8': { appraisal: 0 } },
    });
    const selfOnly = unit({ commune: 'Xã Thẩm Định', entries: { '3.9': { a: 1242, b: 1242 } } });
    expect(appraised.selfPoints).toBe(selfOnly.selfPoints);
    expect(appraised.appraisedPoints).not.toBeNull();
    const lost = selfOnly.selfPoints - appraised.appraisedPoints!;
    expect(lost).toBeGreaterThan(0);
    expect(appraised.points).toBe(appraised.appraisedPoints);
    expect(appraised.areas.find((a) => a.code === '3')!.points).toBe(
      selfOnly.areas.find((a) => a.code === '3')!.points - lost,
    );
    expect(self.appraisedPoints).toBeNull();
    expect(self.points).toBe(self.selfPoints);

    // By self points the appraised unit would be first; by its appraisal it is behind.
    expect(appraised.selfPoints).toBeGreaterThan(self.selfPoints);
    expect(appraised.points).toBeLessThan(self.points);
    const r = rankUnits([appraised, self]);
    expect(r.units.map((u) => u.name)).toEqual(['Xã Tự Chấm', 'Xã Thẩm Định']);
    expect(r.units[1].percent).toBe(Math.round((appraised.points * 10000) / appraised.maxPoints));
  });
});

describe('duplicates', () => {
  it('flags the same unit twice on both rows and keeps both (never merged)', () => {
    const a = unit({ commune: 'Cao An' }, 'thu-muc-1/cao-an.xlsx');
    const b = unit(
      { commune: '  cao   AN ', entries: { '3.9': { a: 1000, b: 1242 } } },
      'thu-muc-2/cao-an-ban-sua.xlsx',
    );
    const c = unit({ commune: 'Cao An', province: 'Hưng Yên' }, 'cao-an-hung-yen.xlsx');
    const r = rankUnits([a, b, c]);
    expect(r.units).toHaveLength(3);
    expect(r.duplicates).toEqual([
      { name: 'Cao An', sources: ['thu-muc-1/cao-an.xlsx', 'thu-muc-2/cao-an-ban-sua.xlsx'] },
    ]);
    const row = (s: string) => r.units.find((u) => u.source === s)!;
    expect(row('thu-muc-1/cao-an.xlsx').duplicateOf).toEqual(['thu-muc-2/cao-an-ban-sua.xlsx']);
    expect(row('thu-muc-2/cao-an-ban-sua.xlsx').duplicateOf).toEqual(['thu-muc-1/cao-an.xlsx']);
    // A commune of the same name in another province is another unit.
    expect(row('cao-an-hung-yen.xlsx').duplicateOf).toEqual([]);
  });
});

describe('mixed catalogues', () => {
  it('gives each catalogue a fingerprint that ignores titles but not rules', () => {
    const retitled = structuredClone(DEFAULT_CATALOGUE);
    retitled.areas[0].criteria[0].title = 'Tên khác của tiêu chí';
    retitled.notice = 'Lưu ý khác';
    expect(catalogueFingerprint(retitled)).toBe(catalogueFingerprint(DEFAULT_CATALOGUE));
    expect(catalogueFingerprint(otherCatalogue())).not.toBe(catalogueFingerprint(DEFAULT_CATALOGUE));
    expect(catalogueFingerprint(DEFAULT_CATALOGUE)).toMatch(/^BTC-[0-9A-F]{12}$/);
  });

  it('builds each distinct catalogue once, ranks within each catalogue and says they differ', () => {
    const build = catalogueCache();
    const units = [
      unit({ commune: 'Xã A' }, 'a.xlsx', build),
      unit({ commune: 'Xã B', entries: { '3.9': { a: 1200, b: 1242 } } }, 'b.xlsx', build),
      unit({ commune: 'Xã C', entries: { '3.9': { a: 100, b: 1242 } } }, 'c.xlsx', build),
      unit(
        {
          commune: 'Xã Khác',
          spec: otherCatalogue(),
          entries: { '3.9': { a: 1242, b: 1242 }, '7.6': { a: 512, b: 512 } },
        },
        'khac.xlsx',
        build,
      ),
    ];
    expect(build.builds()).toBe(2);
    // The lone unit of the other catalogue comes first in the input: the main catalogue is still "A".
    const r = rankUnits([units[3], ...units.slice(0, 3)]);
    expect(r.mixedCatalogues).toBe(true);
    expect(r.catalogues.map((c) => [c.letter, c.units])).toEqual([
      ['A', 3],
      ['B', 1],
    ]);
    expect(r.units.map((u) => [u.name, u.rankText])).toEqual([
      ['Xã B', '1/3'],
      ['Xã A', '2/3'],
      ['Xã C', '3/3'],
      ['Xã Khác', '1/1'],
    ]);
    // The other catalogue's unit has the highest index, yet it is not ranked against the others.
    expect(units[3].percent).toBeGreaterThan(units[1].percent);
  });

  it('a single catalogue is not flagged', () => {
    const r = rankUnits([unit({ commune: 'Xã A' }), unit({ commune: 'Xã B' })]);
    expect(r.mixedCatalogues).toBe(false);
    expect(r.catalogues).toHaveLength(1);
  });
});

describe('counts, change on last year, errors', () => {
  it('counts units per group and rating, and computes the change where last year is carried', () => {
    const units = [
      unit({ commune: 'Xã A', info: { previousIndexPercent: '80,5%' } }),
      unit({ commune: 'Xã B', entries: { '3.9': { a: 10, b: 1242 }, '7.6': { a: 0, b: 512 }, '1.6': { value: 0 } } }),
      unit({ commune: 'Xã C', entries: { '3.5': { a: 'nhiều', b: 1242 } } }),
    ];
    const r = rankUnits(units);
    expect(r.groups.reduce((s, g) => s + g.count, 0)).toBe(3);
    expect(r.ratings.reduce((s, g) => s + g.count, 0)).toBe(3);
    for (const g of r.groups) expect(g.count).toBe(units.filter((u) => u.group === g.label).length);
    const a = r.units.find((u) => u.name === 'Xã A')!;
    expect(a.previousPercent).toBe(8050);
    expect(a.change).toBe(a.percent - 8050);
    expect(r.units.find((u) => u.name === 'Xã B')!.change).toBeNull();
    expect(r.withErrors.map((u) => u.name)).toEqual(['Xã C']);
    expect(r.areaCodes).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    for (const u of r.units)
      for (const ar of u.areas) expect(ar.percent).toBe(Math.round((ar.points * 10000) / ar.maxPoints));
  });
});

describe("the Tổng hợp block a unit's sheet exposes", () => {
  const pad = (values: CellValue[][]) =>
    Array.from({ length: EXPOSED_BLOCK.rows }, (_, r) =>
      Array.from({ length: EXPOSED_BLOCK.columns }, (_, c) => values[r]?.[c] ?? ''),
    );

  it.each([
    ['self-assessed only', {}],
    ['with appraisal points', { '3.8': { appraisal: 0 }, '7.6': { appraisal: 0.2 } }],
  ])('reads back into the same figures as the scored workbook (%s)', (_label, entries) => {
    const result = scoreWorkbook(unitGrids({ commune: 'Cao An', info: { previousIndexPercent: 81.2 }, entries }));
    const fromResult = unitFromResult(result, 'url');
    const values = summaryGrid(result.spec, result).grid.values;
    expect(values.length).toBeLessThanOrEqual(EXPOSED_BLOCK.rows);
    expect(unitFromSummary(pad(values), 'url')).toEqual(fromResult);
  });

  it('says why a block cannot be used: not a tracking sheet, not scored, older version', () => {
    const result = scoreWorkbook(unitGrids({ commune: 'Cao An' }));
    expect(unitFromSummary(pad([['Bảng lương'], ['']]), 'u')).toEqual({ unreadable: 'notTracking' });
    expect(unitFromSummary(pad(summaryGrid(result.spec, null).grid.values), 'u')).toEqual({ unreadable: 'notScored' });
    const values = summaryGrid(result.spec, result).grid.values;
    const older = values.filter((r) => !String(r[1]).startsWith('Phiên bản'));
    expect(older.length).toBe(values.length - 1);
    expect(unitFromSummary(pad(older), 'u')).toEqual({ unreadable: 'olderVersion' });
    expect(values[0][0]).toBe(SUMMARY_TEXT.title);
  });
});
