/**
 * The Tổng hợp tab (offline .xlsx and Sheets alike): per area code, title, maximum, applicable maximum,
 * points, %, appraisal points and problem counts; the index row; then group, rating and totals.
 * Pure cell contents (points as decimals, % as fractions); the .xlsx writer adds the look.
 * Shared with the Sheets shell (src/sheets/summaryTab.ts, inside the Apps Script bundle): keep it
 * free of Node APIs and of exceljs.
 */
import type { CatalogueSpec } from './catalog/types';
import type { CellValue } from './cells';
import type { WorkbookResult } from './pipeline';
import { TAB_NAMES } from './layout';
import { appraisalGaps, responsesDue } from './cycle/appraisal';
import { rollupBands } from './rollup/unit';
import { formatPoints } from './format';
import { CYCLE_SUMMARY_TEXT as C, EXTRA_TEXT as X, SUMMARY_TEXT as T } from './text';
import { isExtraArea } from './score';
import type { SheetGrid } from './workbook';

export type SummaryFormat = 'points' | 'percent' | null;

export const SUMMARY_COLUMNS = [
  { key: 'code', width: 56, format: null },
  { key: 'title', width: 320, format: null },
  { key: 'max', width: 90, format: 'points' },
  { key: 'applicableMax', width: 90, format: 'points' },
  { key: 'points', width: 90, format: 'points' },
  { key: 'percent', width: 90, format: 'percent' },
  /** Lần 1 and final: self → lần 1 → final reads left to right. */
  { key: 'appraisal1', width: 90, format: 'points' },
  { key: 'appraisal', width: 90, format: 'points' },
  /** Appraisal − self points: where the district gave fewer points, and how many. */
  { key: 'appraisalGap', width: 90, format: 'points' },
  { key: 'errors', width: 90, format: null },
  { key: 'warnings', width: 90, format: null },
] as const satisfies readonly { key: string; width: number; format: SummaryFormat }[];

export type SummaryKey = (typeof SUMMARY_COLUMNS)[number]['key'];

export const SUMMARY_ROWS = { title: 1, notice: 2, header: 3, firstArea: 4 } as const;

/** 0-based index of a Tổng hợp column. */
export const summaryCol = (key: SummaryKey): number => SUMMARY_COLUMNS.findIndex((c) => c.key === key);

export interface SummaryLayout {
  grid: SheetGrid;
  /** 1-based row of the index (total) line; area rows run from SUMMARY_ROWS.firstArea to just above it. */
  indexRow: number;
  /** 1-based rows of the label/value lines below (label in Lĩnh vực, value in Điểm tối đa) and the value's format. */
  bandRows: { row: number; format: SummaryFormat }[];
}

const blank = (): CellValue[] => SUMMARY_COLUMNS.map(() => '');
const pts = (milli: number) => milli / 1000;
const pct = (hundredths: number) => hundredths / 10000;

function line(values: Partial<Record<SummaryKey, CellValue>>): CellValue[] {
  const row = blank();
  for (const [k, v] of Object.entries(values) as [SummaryKey, CellValue][]) row[summaryCol(k)] = v;
  return row;
}

/** The Tổng hợp grid: empty figures for a new workbook (result null), or the scored figures. */
export function summaryGrid(spec: CatalogueSpec, result: WorkbookResult | null, notice?: string): SummaryLayout {
  const values: CellValue[][] = [];
  values[SUMMARY_ROWS.title - 1] = line({ code: T.title });
  values[SUMMARY_ROWS.notice - 1] = line({ code: notice ?? (result ? T.scored : T.notScored) });
  const headers: Record<SummaryKey, string> = {
    ...T.headers,
    appraisal1: C.appraisal1Header,
    appraisalGap: C.appraisalGapHeader,
  };
  values[SUMMARY_ROWS.header - 1] = SUMMARY_COLUMNS.map((c) => headers[c.key]);

  if (result) {
    const count = (areaCode: string, severity: 'error' | 'warning') =>
      result.problems.filter((p) => p.areaCode === areaCode && p.severity === severity).length;
    for (const a of result.areas) {
      const ap = result.appraisal?.areas.find((x) => x.code === a.code);
      const first = result.appraisal1?.areas.find((x) => x.code === a.code);
      values.push(
        line({
          code: a.code,
          title: a.role ? a.title + X.roleSuffix[a.role] : a.title,
          max: pts(a.statedMax),
          applicableMax: pts(a.applicableMax),
          points: pts(a.points),
          percent: pct(a.percent),
          appraisal1: first ? pts(first.points) : '',
          appraisal: ap ? pts(ap.points) : '',
          appraisalGap: ap ? pts(ap.points - a.points) : '',
          errors: count(a.code, 'error'),
          warnings: count(a.code, 'warning'),
        }),
      );
    }
  } else {
    for (const a of spec.areas)
      values.push(line({ code: a.code, title: a.role ? a.title + X.roleSuffix[a.role] : a.title, max: a.maxPoints }));
  }

  const index = result?.index;
  values.push(
    line({
      title: T.indexRow,
      max: index ? pts(index.max) : spec.areas.filter((a) => !isExtraArea(a)).reduce((s, a) => s + a.maxPoints, 0),
      applicableMax: index ? pts(index.applicableMax) : '',
      points: index ? pts(index.points) : '',
      percent: index ? pct(index.percent) : '',
      appraisal1: result?.appraisal1 ? pts(result.appraisal1.index.points) : '',
      appraisal: result?.appraisal ? pts(result.appraisal.index.points) : '',
      appraisalGap: result?.appraisal && index ? pts(result.appraisal.index.points - index.points) : '',
      errors: result ? result.errors : '',
      warnings: result ? result.warnings : '',
    }),
  );
  const indexRow = values.length;
  values.push(blank());

  const bands: [string, CellValue, SummaryFormat][] = [
    [T.group, index?.group ?? '', null],
    [T.rating, index?.rating ?? '', null],
  ];
  // Bonus and penalty apart from the areas: the index row already includes them.
  if (spec.areas.some((a) => a.role === 'bonus')) bands.push([X.bonusLabel, index ? pts(index.bonus) : '', 'points']);
  if (spec.areas.some((a) => a.role === 'penalty'))
    bands.push([X.penaltyLabel, index ? -pts(index.penalty) : '', 'points']);
  if (index && index.heldDownBy.length > 0) bands.push([T.heldDownBy, index.heldDownBy.join(', '), null]);
  if (result?.appraisal1) {
    bands.push(
      [C.appraisal1Percent, pct(result.appraisal1.index.percent), 'percent'],
      [C.responsesDueLabel, responsesDueText(result), null],
    );
  }
  if (result?.appraisal)
    bands.push(
      [T.appraisalPercent, pct(result.appraisal.index.percent), 'percent'],
      [C.appraisalGapsLabel, appraisalGapsText(result), null],
    );
  bands.push([T.errors, result ? result.errors : '', null], [T.warnings, result ? result.warnings : '', null]);
  const workbookWide = result ? result.problems.filter((p) => p.areaCode === null).length : 0;
  if (workbookWide > 0) bands.push([T.workbookWide, workbookWide, null]);
  // The roll-up lines last: the province's consolidation reads them (src/core/rollup/summaryBlock.ts).
  if (result) for (const [label, value] of rollupBands(result)) bands.push([label, value, null]);

  const bandRows: SummaryLayout['bandRows'] = [];
  for (const [label, value, format] of bands) {
    values.push(line({ title: label, max: value }));
    bandRows.push({ row: values.length, format });
  }
  return { grid: { name: TAB_NAMES.summary, values }, indexRow, bandRows };
}

/** Disputed criteria without giải trình: "2 tiêu chí: 3.5; 7.2", or "Không có". */
export function responsesDueText(result: WorkbookResult, max = 15): string {
  const due = responsesDue(result);
  if (due.length === 0) return C.appraisalGapsNone;
  const items = due.slice(0, max).map((c) => c.code);
  return C.responsesDue(due.length, items, due.length - items.length);
}

/** "2 tiêu chí, 3 điểm: 7.2 (−2); 3.5 (−1)", or "Không có". */
export function appraisalGapsText(result: WorkbookResult, max = 15): string {
  const gaps = appraisalGaps(result);
  if (gaps.length === 0) return C.appraisalGapsNone;
  const lost = gaps.reduce((s, g) => s + g.lost, 0);
  const items = gaps.slice(0, max).map((g) => C.gapItem(g.code, formatPoints(g.lost)));
  return C.appraisalGaps(gaps.length, formatPoints(lost), items, gaps.length - items.length);
}
