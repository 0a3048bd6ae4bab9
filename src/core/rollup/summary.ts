/** Facts about a whole ranking that its outputs share: the year and province most units give. */
import type { Ranking } from './rank';

function mostCommon(values: string[]): string {
  const n = new Map<string, number>();
  for (const v of values) if (v) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** "2023", or '' when no unit gives its year. */
export const rankingYear = (r: Ranking): string =>
  mostCommon(r.units.map((u) => (u.year === null ? '' : String(u.year))));

export const rankingProvince = (r: Ranking): string => mostCommon(r.units.map((u) => u.province));
