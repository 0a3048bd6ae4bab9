/**
 * One unit's figures for the roll-up, from either source: a scored workbook (offline), or the
 * Tổng hợp block a unit's sheet exposes (Google Sheets, pulled with IMPORTRANGE). Both paths end in
 * the same UnitFigures, so both rank with the same core (rank.ts).
 *
 * The final figures are the appraisal's where the office entered any appraisal points, else the
 * self-assessed ones.
 */
import { catalogueFingerprint } from '../catalog/fingerprint';
import { CellValue, cellText, formulaErrorOf, readNumber } from '../cells';
import type { WorkbookResult } from '../pipeline';
import type { Hundredths, Milli } from '../points';
import { readReportInfo } from '../report/info';
import { ROLLUP_BAND_TEXT as B } from '../text';

/** Bumped when the lines below change meaning; a sheet without the line is an older version. */
export const ROLLUP_VERSION = 1;

export interface UnitArea {
  code: string;
  title: string;
  /** Final points (appraisal where entered) of the applicable maximum. */
  points: Milli;
  maxPoints: Milli;
  percent: Hundredths;
}

export interface UnitFigures {
  /** File path or sheet URL: where the figures came from. */
  source: string;
  name: string;
  province: string;
  year: number | null;
  catalogueName: string;
  fingerprint: string;
  selfPoints: Milli;
  /** Null when no appraisal point was entered. */
  appraisedPoints: Milli | null;
  /** Final points and the applicable maximum of the index. */
  points: Milli;
  maxPoints: Milli;
  percent: Hundredths;
  group: string;
  rating: string;
  areas: UnitArea[];
  previousPercent: Hundredths | null;
  errors: number;
  warnings: number;
}

const NO_DAY = { year: 2000, month: 1, day: 1 };

export function yearOf(v: CellValue): number | null {
  const r = readNumber(v);
  return r.kind === 'ok' && Number.isInteger(r.value) && r.value >= 2000 && r.value <= 2999 ? r.value : null;
}

/** The unit's figures from its scored workbook. */
export function unitFromResult(result: WorkbookResult, source: string): UnitFigures {
  const final = result.appraisal ?? { areas: result.areas, index: result.index };
  const title = new Map(result.areas.map((a) => [a.code, a.title]));
  return {
    source,
    name: cellText(result.info.commune),
    province: cellText(result.info.province),
    year: yearOf(result.info.year),
    catalogueName: result.catalogue.name,
    fingerprint: catalogueFingerprint(result.spec),
    selfPoints: result.index.points,
    appraisedPoints: result.appraisal ? result.appraisal.index.points : null,
    points: final.index.points,
    maxPoints: final.index.applicableMax,
    percent: final.index.percent,
    group: final.index.group,
    rating: final.index.rating,
    areas: final.areas.map((a) => ({
      code: a.code,
      title: title.get(a.code) ?? '',
      points: a.points,
      maxPoints: a.applicableMax,
      percent: a.percent,
    })),
    previousPercent: readReportInfo(result.info, NO_DAY).info.previousPercent,
    errors: result.errors,
    warnings: result.warnings,
  };
}

/** The roll-up lines Tổng hợp carries below its own (label, value): the stable block a unit exposes. */
export function rollupBands(result: WorkbookResult): [string, CellValue][] {
  const u = unitFromResult(result, '');
  return [
    [B.unit, u.name],
    [B.province, u.province],
    [B.year, u.year ?? ''],
    [B.previousPercent, u.previousPercent === null ? '' : u.previousPercent / 100],
    [B.finalPoints, u.points / 1000],
    [B.finalGroup, u.group],
    [B.finalRating, u.rating],
    [B.catalogueName, u.catalogueName],
    [B.fingerprint, u.fingerprint],
    [B.version, ROLLUP_VERSION],
  ];
}

/** Is a pulled cell an error (#REF!, #N/A …) rather than data? */
export const isErrorCell = (v: CellValue): boolean => formulaErrorOf(v) !== null;
