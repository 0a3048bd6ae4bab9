/** The `rollup --json` shape: units in ranking order, then the skipped files. Points as decimals, index in %. */
import type { Ranking } from './rank';

export interface RollupJson {
  units: {
    file: string;
    name: string;
    points: number;
    maxPoints: number;
    index: number;
    rank: number;
    rankText: string;
    group: string;
    rating: string;
    selfPoints: number;
    appraisedPoints: number | null;
    previousIndex: number | null;
    change: number | null;
    catalogue: string;
    duplicateOf: string[];
    errors: number;
    areas: { code: string; points: number; maxPoints: number }[];
  }[];
  skipped: { file: string; message: string }[];
  catalogues: { fingerprint: string; name: string; units: number }[];
}

export function rollupJson(r: Ranking): RollupJson {
  return {
    units: r.units.map((u) => ({
      file: u.source,
      name: u.name,
      points: u.points / 1000,
      maxPoints: u.maxPoints / 1000,
      index: u.percent / 100,
      rank: u.rank,
      rankText: u.rankText,
      group: u.group,
      rating: u.rating,
      selfPoints: u.selfPoints / 1000,
      appraisedPoints: u.appraisedPoints === null ? null : u.appraisedPoints / 1000,
      previousIndex: u.previousPercent === null ? null : u.previousPercent / 100,
      change: u.change === null ? null : u.change / 100,
      catalogue: u.fingerprint,
      duplicateOf: u.duplicateOf,
      errors: u.errors,
      areas: u.areas.map((a) => ({ code: a.code, points: a.points / 1000, maxPoints: a.maxPoints / 1000 })),
    })),
    skipped: r.skipped.map((s) => ({ file: s.source, message: s.message })),
    catalogues: r.catalogues.map((c) => ({ fingerprint: c.fingerprint, name: c.name, units: c.units })),
  };
}
