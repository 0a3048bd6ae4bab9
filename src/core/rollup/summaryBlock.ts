/**
 * The Tổng hợp block a unit's sheet exposes ('Tổng hợp'!A1:J50, pulled with IMPORTRANGE by the
 * Sheets consolidation) read back into the unit's figures: the same UnitFigures the offline path
 * gets from the scored workbook, so both rank with the same core.
 */
import { CellValue, cellText, isBlank, readNumber } from '../cells';
import { type Milli, percentHundredths, toMilli } from '../points';
import { SUMMARY_COLUMNS, SUMMARY_ROWS, summaryCol } from '../summary';
import { ROLLUP_BAND_TEXT as B, SUMMARY_TEXT } from '../text';
import { ROLLUP_VERSION, UnitArea, UnitFigures, yearOf } from './unit';

/** The block every unit sheet exposes: Tổng hợp from A1, wide enough for its columns and tall enough for 30 areas. */
export const EXPOSED_BLOCK = { rows: 50, columns: SUMMARY_COLUMNS.length } as const;

export type UnreadableReason = 'notTracking' | 'notScored' | 'olderVersion';

const toPoints = (v: CellValue): Milli | null => {
  const r = readNumber(v);
  return r.kind === 'ok' ? toMilli(r.value) : null;
};

/**
 * A unit's figures from its Tổng hợp block (values as getValues gives them), or why it cannot be
 * used. The block starts at Tổng hợp!A1 (layout: summary.ts).
 */
export function unitFromSummary(values: CellValue[][], source: string): UnitFigures | { unreadable: UnreadableReason } {
  const c = {
    code: summaryCol('code'),
    title: summaryCol('title'),
    applicableMax: summaryCol('applicableMax'),
    points: summaryCol('points'),
    appraisal: summaryCol('appraisal'),
    errors: summaryCol('errors'),
    warnings: summaryCol('warnings'),
    value: summaryCol('max'),
  };
  const firstArea = SUMMARY_ROWS.firstArea - 1;
  if (cellText(values[0]?.[0]) !== SUMMARY_TEXT.title) return { unreadable: 'notTracking' };
  const indexAt = values.findIndex((r, i) => i >= firstArea && cellText(r[c.title]) === SUMMARY_TEXT.indexRow);
  if (indexAt < 0) return { unreadable: 'notTracking' };
  const band = new Map<string, CellValue>();
  for (const r of values.slice(indexAt + 1)) if (!isBlank(r[c.title])) band.set(cellText(r[c.title]), r[c.value]);
  const indexRow = values[indexAt];
  const self = toPoints(indexRow[c.points]);
  if (self === null) return { unreadable: 'notScored' };
  const version = readNumber(band.get(B.version));
  if (version.kind !== 'ok' || version.value < ROLLUP_VERSION) return { unreadable: 'olderVersion' };

  const areas: UnitArea[] = [];
  for (const r of values.slice(firstArea, indexAt)) {
    const code = cellText(r[c.code]);
    if (!code) continue;
    const max = toPoints(r[c.applicableMax]) ?? 0;
    const points = toPoints(r[c.appraisal]) ?? toPoints(r[c.points]) ?? 0;
    areas.push({ code, title: cellText(r[c.title]), points, maxPoints: max, percent: percentHundredths(points, max) });
  }
  const appraised = toPoints(indexRow[c.appraisal]);
  const maxPoints = toPoints(indexRow[c.applicableMax]) ?? 0;
  const points = appraised ?? self;
  const previous = readNumber(band.get(B.previousPercent));
  const count = (v: CellValue) => {
    const r = readNumber(v);
    return r.kind === 'ok' ? r.value : 0;
  };
  return {
    source,
    name: cellText(band.get(B.unit)),
    province: cellText(band.get(B.province)),
    year: yearOf(band.get(B.year)),
    catalogueName: cellText(band.get(B.catalogueName)),
    fingerprint: cellText(band.get(B.fingerprint)),
    selfPoints: self,
    appraisedPoints: appraised,
    points,
    maxPoints,
    percent: percentHundredths(points, maxPoints),
    group: cellText(band.get(B.finalGroup)),
    rating: cellText(band.get(B.finalRating)),
    areas,
    previousPercent: previous.kind === 'ok' ? Math.round(previous.value * 100) : null,
    errors: count(indexRow[c.errors]),
    warnings: count(indexRow[c.warnings]),
  };
}
