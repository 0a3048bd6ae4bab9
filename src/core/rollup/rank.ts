/**
 * The roll-up: many units' figures → a ranking. Standard competition ranking on the final index %
 * (ties share a rank: 1, 2, 2, 4), within each catalogue when units were scored with different
 * catalogues; counts per group and rating; change on last year; units with errors; the same unit
 * twice is flagged on both rows and never merged.
 */
import { normalizeLabel } from '../catalog/ruleText';
import type { Hundredths } from '../points';
import type { UnitFigures } from './unit';

export interface RankedUnit extends UnitFigures {
  /** 1-based rank within the unit's catalogue. */
  rank: number;
  /** Units ranked with the same catalogue. */
  of: number;
  /** "3/141". */
  rankText: string;
  /** Final % − last year's %, when the workbook carries last year's. */
  change: Hundredths | null;
  /** Index into Ranking.catalogues. */
  catalogue: number;
  /** Sources of the other rows that are the same unit (empty when unique). */
  duplicateOf: string[];
}

export interface CatalogueUse {
  fingerprint: string;
  name: string;
  units: number;
  /** "A", "B" … in the order of first use, for short references. */
  letter: string;
}

export interface Count {
  label: string;
  count: number;
}

export interface Skipped {
  source: string;
  message: string;
}

export interface Ranking {
  /** Catalogue by catalogue (largest first), each by rank, ties by name. */
  units: RankedUnit[];
  catalogues: CatalogueUse[];
  mixedCatalogues: boolean;
  /** Groups of rows that are the same unit. */
  duplicates: { name: string; sources: string[] }[];
  groups: Count[];
  ratings: Count[];
  /** Units whose workbook still has errors. */
  withErrors: RankedUnit[];
  skipped: Skipped[];
  /** Area codes seen in any unit, in order. */
  areaCodes: string[];
}

/** The same unit: same commune name and province, ignoring case, accents' forms and spacing. */
export function unitKey(u: Pick<UnitFigures, 'name' | 'province'>): string {
  return `${normalizeLabel(u.name)}|${normalizeLabel(u.province)}`;
}

const collator = new Intl.Collator('vi');

/** Ranks of a list sorted best first: equal values share the rank of the first of them. */
export function competitionRanks(sortedPercents: readonly number[]): number[] {
  const ranks: number[] = [];
  sortedPercents.forEach((p, i) => ranks.push(i > 0 && p === sortedPercents[i - 1] ? ranks[i - 1] : i + 1));
  return ranks;
}

function counts(units: readonly RankedUnit[], pick: (u: RankedUnit) => string, empty: string): Count[] {
  // Labels ordered by the best index that reached them, so "Xuất sắc" comes before "Tốt".
  const best = new Map<string, { count: number; top: number }>();
  for (const u of units) {
    const label = pick(u) || empty;
    const b = best.get(label) ?? { count: 0, top: -1 };
    best.set(label, { count: b.count + 1, top: Math.max(b.top, u.percent) });
  }
  return [...best.entries()].sort((a, b) => b[1].top - a[1].top).map(([label, b]) => ({ label, count: b.count }));
}

export function rankUnits(
  units: readonly UnitFigures[],
  skipped: readonly Skipped[] = [],
  text = { noGroup: '', noRating: '' },
): Ranking {
  // Catalogues by number of units (the main one first, as "A"), ties in order of first use.
  const uses = new Map<string, { name: string; units: number }>();
  for (const u of units)
    uses.set(u.fingerprint, {
      name: uses.get(u.fingerprint)?.name ?? u.catalogueName,
      units: (uses.get(u.fingerprint)?.units ?? 0) + 1,
    });
  const catalogues: CatalogueUse[] = [...uses.entries()]
    .sort((a, b) => b[1].units - a[1].units)
    .map(([fingerprint, use], i) => ({
      fingerprint,
      name: use.name,
      units: use.units,
      letter: String.fromCharCode(65 + (i % 26)),
    }));
  const catalogueOf = new Map(catalogues.map((c, i) => [c.fingerprint, i]));

  const byKey = new Map<string, UnitFigures[]>();
  for (const u of units) byKey.set(unitKey(u), [...(byKey.get(unitKey(u)) ?? []), u]);
  const duplicates = [...byKey.values()]
    .filter((list) => list.length > 1)
    .map((list) => ({ name: list[0].name, sources: list.map((u) => u.source) }));

  const ranked: RankedUnit[] = [];
  for (const ci of catalogues.keys()) {
    const members = units
      .filter((u) => catalogueOf.get(u.fingerprint) === ci)
      .sort(
        (a, b) => b.percent - a.percent || collator.compare(a.name, b.name) || collator.compare(a.source, b.source),
      );
    const ranks = competitionRanks(members.map((u) => u.percent));
    members.forEach((u, i) => {
      const same = byKey.get(unitKey(u))!;
      ranked.push({
        ...u,
        rank: ranks[i],
        of: members.length,
        rankText: `${ranks[i]}/${members.length}`,
        change: u.previousPercent === null ? null : u.percent - u.previousPercent,
        catalogue: ci,
        duplicateOf: same.length > 1 ? same.filter((o) => o !== u).map((o) => o.source) : [],
      });
    });
  }

  const areaCodes: string[] = [];
  for (const u of units) for (const a of u.areas) if (!areaCodes.includes(a.code)) areaCodes.push(a.code);
  areaCodes.sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));

  return {
    units: ranked,
    catalogues,
    mixedCatalogues: catalogues.length > 1,
    duplicates,
    groups: counts(ranked, (u) => u.group, text.noGroup),
    ratings: counts(ranked, (u) => u.rating, text.noRating),
    withErrors: ranked.filter((u) => u.errors > 0),
    skipped: [...skipped],
    areaCodes,
  };
}

/** The units at the top and the bottom of a catalogue's ranking (ties included). */
export function extremes(
  ranking: Ranking,
  catalogue = ranking.units[0]?.catalogue ?? 0,
): { highest: RankedUnit[]; lowest: RankedUnit[] } {
  const list = ranking.units.filter((u) => u.catalogue === catalogue);
  if (list.length === 0) return { highest: [], lowest: [] };
  const top = list[0].percent;
  const bottom = list[list.length - 1].percent;
  return { highest: list.filter((u) => u.percent === top), lowest: list.filter((u) => u.percent === bottom) };
}

/** Units per 10-point band of the index, from the lowest band reached up to 90–100%. */
export function distribution(ranking: Ranking): { from: number; to: number; count: number }[] {
  if (ranking.units.length === 0) return [];
  const low = Math.min(...ranking.units.map((u) => Math.min(90, Math.floor(u.percent / 1000) * 10)));
  const bands: { from: number; to: number; count: number }[] = [];
  for (let from = low; from <= 90; from += 10) bands.push({ from, to: from + 10, count: 0 });
  for (const u of ranking.units) {
    const from = Math.min(90, Math.floor(u.percent / 1000) * 10);
    bands.find((b) => b.from === from)!.count++;
  }
  return bands;
}
