/**
 * "Tạo năm mới": turns a copy of year N's workbook into year N+1's. The catalogue stays (the office
 * may then edit it); inputs, computed cells and both appraisal rounds are cleared (the person in charge stays);
 * each criterion's final points (appraised where the district's points were entered) go to the
 * "Điểm năm trước" column, and the index and area points to
 * Thông tin chung, so the sidebar and the report compare years.
 *
 * Pure: returns the writes; the Sheets and .xlsx shells apply them (one block per area tab).
 * It must only ever be applied to a COPY: the shells check that the round was locked (snapshot kept).
 */
import type { CellValue } from '../cells';
import { cellText } from '../cells';
import { formatPoints } from '../format';
import { AREA_COLUMNS, col, ColumnKey, InfoKey, LEGACY_AREA_WIDTH } from '../layout';
import type { WorkbookResult } from '../pipeline';
import type { Milli } from '../points';
import { appraisedPoints, AreaScore, CriterionScore, IndexScore } from '../score';
import { isLegacyHeader, readWorkbook, WorkbookGrids } from '../workbook';

export interface BlockWrite {
  sheet: string;
  row: number; // 1-based
  column: number; // 1-based
  values: CellValue[][];
}

export interface NewYearPlan {
  year: number | null;
  blocks: BlockWrite[];
  info: { key: InfoKey; value: CellValue }[];
}

/** Columns from the first input column to the end of the layout (history, then the rounds). */
const FIRST = col('a');
const LAST = AREA_COLUMNS.length - 1;
const KEPT: ReadonlySet<ColumnKey> = new Set<ColumnKey>(['owner']);

/** "1: 11,15; 2: 6" — last year's points per area, as Thông tin chung keeps them. */
export function formatAreaPoints(areas: { code: string; points: number }[]): string {
  return areas.map((a) => `${a.code}: ${formatPoints(a.points)}`).join('; ');
}

/** Parses "1: 11,15; 2: 6" back to milli-points per area code. */
export function parseAreaPoints(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of text.split(';')) {
    const m = /^\s*([\d.]+)\s*:\s*([\d.]*\d(?:,\d+)?)\s*$/.exec(part);
    if (m) out.set(m[1], Math.round(Number(m[2].replace(/\./g, '').replace(',', '.')) * 1000));
  }
  return out;
}

/**
 * The year's final figures: the district's appraisal where the office entered it (a criterion left
 * blank keeps its self score, see score.ts), else the self-assessment. This is what the next year
 * compares with, as the province publishes the appraised index.
 */
export function finalScores(result: WorkbookResult): {
  criterionPoints: (c: CriterionScore) => Milli;
  areas: AreaScore[];
  index: IndexScore;
} {
  return result.appraisal
    ? { criterionPoints: appraisedPoints, areas: result.appraisal.areas, index: result.appraisal.index }
    : { criterionPoints: (c) => c.points, areas: result.areas, index: result.index };
}

/**
 * Last year's figures that the new year keeps: what a resumed "Tạo năm mới" must plan from, since a
 * half-cleared workbook no longer scores as year N did. Points are milli-points; `points` holds every
 * non-retired criterion's final points by code, 'KPS' where it did not apply.
 */
export interface NewYearFigures {
  /** Year N (the new year is year + 1); null when Thông tin chung has none. */
  year: number | null;
  index: { percent: number; points: Milli };
  areas: { code: string; points: Milli }[];
  points: [string, Milli | 'KPS'][];
}

export function newYearFigures(grids: WorkbookGrids, result: WorkbookResult): NewYearFigures {
  const final = finalScores(result);
  const yearText = cellText(readWorkbook(grids).info.year);
  return {
    year: /^\d{4}$/.test(yearText) ? Number(yearText) : null,
    index: { percent: final.index.percent, points: final.index.points },
    areas: final.areas.map((a) => ({ code: a.code, points: a.points })),
    points: result.criteria
      .filter((c) => c.status !== 'retired')
      .map((c): [string, Milli | 'KPS'] => [c.code, c.status === 'na' ? 'KPS' : final.criterionPoints(c)]),
  };
}

export function planNewYear(grids: WorkbookGrids, result: WorkbookResult): NewYearPlan {
  return planFromFigures(grids, newYearFigures(grids, result));
}

/**
 * The writes from last year's figures. Applying the plan to a workbook it was already (partly) applied
 * to gives the same workbook: inputs are blank either way, the history column comes from the figures.
 */
export function planFromFigures(grids: WorkbookGrids, figures: NewYearFigures): NewYearPlan {
  const read = readWorkbook(grids);
  const pointsByCode = new Map(figures.points);
  const blocks: BlockWrite[] = [];
  for (const tab of read.areaTabs) {
    const grid = grids.tabs.find((t) => t.name === tab.name)!;
    const values: CellValue[][] = [];
    // A tab made before the rounds has no such columns: nothing to clear there.
    const last = isLegacyHeader(grid.values[tab.headerRow - 1]) ? LEGACY_AREA_WIDTH - 1 : LAST;
    for (let r = tab.headerRow; r < grid.values.length; r++) {
      const cells = grid.values[r];
      const code = cellText(cells[col('code')]);
      const points = code ? pointsByCode.get(code) : undefined;
      const area = code === tab.areaCode ? figures.areas.find((a) => a.code === code) : undefined;
      values.push(
        AREA_COLUMNS.slice(FIRST, last + 1).map((def) => {
          if (KEPT.has(def.key)) return cells[col(def.key)] ?? '';
          if (def.key === 'previousPoints') {
            if (area) return area.points / 1000;
            if (points === undefined) return cells[col(def.key)] ?? '';
            return points === 'KPS' ? 'KPS' : points / 1000;
          }
          // Rows without a code are officials' own notes: keep them as they are.
          return code ? '' : (cells[col(def.key)] ?? '');
        }),
      );
    }
    if (values.length > 0) blocks.push({ sheet: tab.name, row: tab.headerRow + 1, column: FIRST + 1, values });
  }
  const year = figures.year === null ? null : figures.year + 1;
  const info: NewYearPlan['info'] = [
    { key: 'year', value: year ?? '' },
    { key: 'previousIndexPercent', value: figures.index.percent / 100 },
    { key: 'previousIndexPoints', value: figures.index.points / 1000 },
    { key: 'previousAreaPoints', value: formatAreaPoints(figures.areas) },
    { key: 'planNumber', value: '' },
    { key: 'planDate', value: '' },
    { key: 'reportNumber', value: '' },
    { key: 'reportDate', value: '' },
    { key: 'selfDeadline', value: '' },
    { key: 'appraisal1Deadline', value: '' },
    { key: 'responseDeadline', value: '' },
    { key: 'finalDeadline', value: '' },
  ];
  return { year, blocks, info };
}
