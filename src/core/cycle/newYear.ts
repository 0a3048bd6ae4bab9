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
export function finalScores(result: WorkbookResult): { criterionPoints: (c: CriterionScore) => Milli; areas: AreaScore[]; index: IndexScore } {
  return result.appraisal
    ? { criterionPoints: appraisedPoints, areas: result.appraisal.areas, index: result.appraisal.index }
    : { criterionPoints: (c) => c.points, areas: result.areas, index: result.index };
}

export function planNewYear(grids: WorkbookGrids, result: WorkbookResult): NewYearPlan {
  const read = readWorkbook(grids);
  const final = finalScores(result);
  const pointsByCode = new Map(result.criteria.filter((c) => c.status !== 'retired').map((c) => [c.code, c]));
  const blocks: BlockWrite[] = [];
  for (const tab of read.areaTabs) {
    const grid = grids.tabs.find((t) => t.name === tab.name)!;
    const values: CellValue[][] = [];
    // A tab made before the rounds has no such columns: nothing to clear there.
    const last = isLegacyHeader(grid.values[tab.headerRow - 1]) ? LEGACY_AREA_WIDTH - 1 : LAST;
    for (let r = tab.headerRow; r < grid.values.length; r++) {
      const cells = grid.values[r];
      const code = cellText(cells[col('code')]);
      const c = code ? pointsByCode.get(code) : undefined;
      const isArea = code === tab.areaCode;
      const area = isArea ? final.areas.find((a) => a.code === code) : undefined;
      values.push(
        AREA_COLUMNS.slice(FIRST, last + 1).map((def) => {
          if (KEPT.has(def.key)) return cells[col(def.key)] ?? '';
          if (def.key === 'previousPoints') {
            if (area) return area.points / 1000;
            if (!c || c.status === 'na') return c ? 'KPS' : cells[col(def.key)] ?? '';
            return final.criterionPoints(c) / 1000;
          }
          // Rows without a code are officials' own notes: keep them as they are.
          return code ? '' : cells[col(def.key)] ?? '';
        }),
      );
    }
    if (values.length > 0) blocks.push({ sheet: tab.name, row: tab.headerRow + 1, column: FIRST + 1, values });
  }
  const yearText = cellText(read.info.year);
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) + 1 : null;
  const info: NewYearPlan['info'] = [
    { key: 'year', value: year ?? '' },
    { key: 'previousIndexPercent', value: final.index.percent / 100 },
    { key: 'previousIndexPoints', value: final.index.points / 1000 },
    { key: 'previousAreaPoints', value: formatAreaPoints(final.areas) },
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
