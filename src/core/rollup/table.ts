/**
 * The ranking table, one row per unit, shared by the ranking workbook (.xlsx) and the Sheets tab:
 * STT, unit, self points, appraised points, maximum, index %, rank "x/N", group, rating, each area's
 * %, then the change on last year, the catalogue, the source and notes. Points as decimals, % as
 * fractions (each writer gives them a % format).
 */
import type { CellValue } from '../cells';
import { ROLLUP_TEXT as T } from '../text';
import type { RankedUnit, Ranking } from './rank';

export interface RankingTable {
  headers: string[];
  rows: CellValue[][];
  /** 0-based columns holding fractions to show as %. */
  percentColumns: number[];
  /** 0-based column of the change on last year (percentage points). */
  changeColumn: number;
  /** 0-based rows (of `rows`) to highlight: a duplicate or a unit with errors. */
  flagged: number[];
}

function notesOf(r: Ranking, u: RankedUnit): string {
  const notes: string[] = [];
  if (u.duplicateOf.length > 0) notes.push(T.duplicate(u.name, u.duplicateOf));
  if (u.errors > 0) notes.push(T.unitErrors(u.name || u.source, u.errors));
  if (r.mixedCatalogues) {
    const k = r.catalogues[u.catalogue];
    notes.push(T.catalogueLabel(k.letter, k.name, k.fingerprint, k.units));
  }
  return notes.join('\n');
}

export function rankingTable(r: Ranking): RankingTable {
  const h = T.headers;
  const headers: string[] = [
    h.stt,
    h.unit,
    h.selfPoints,
    h.appraisedPoints,
    h.maxPoints,
    h.index,
    h.rank,
    h.group,
    h.rating,
  ];
  const firstArea = headers.length;
  headers.push(...r.areaCodes.map(h.area), h.change, h.catalogue, h.file, h.notes);
  const rows = r.units.map((u, i): CellValue[] => [
    i + 1,
    u.name || T.unnamed(u.source),
    u.selfPoints / 1000,
    u.appraisedPoints === null ? '' : u.appraisedPoints / 1000,
    u.maxPoints / 1000,
    u.percent / 10000,
    u.rankText,
    u.group,
    u.rating,
    ...r.areaCodes.map((code) => {
      const a = u.areas.find((x) => x.code === code);
      return a ? a.percent / 10000 : '';
    }),
    u.change === null ? '' : u.change / 100,
    u.fingerprint,
    u.source,
    notesOf(r, u),
  ]);
  return {
    headers,
    rows,
    percentColumns: [5, ...r.areaCodes.map((_, j) => firstArea + j)],
    changeColumn: firstArea + r.areaCodes.length,
    flagged: r.units.flatMap((u, i) => (u.duplicateOf.length > 0 || u.errors > 0 ? [i] : [])),
  };
}
