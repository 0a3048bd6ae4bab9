/**
 * "Bảng tổng hợp kết quả tự đánh giá, chấm điểm": one line per area, per criterion (groups included,
 * retired rows left out) and the total. The lines are shared by the report's appendix; the grid
 * (numbers as decimals, KPS as text) by the .xlsx export (CLI export-table) and the Sheets tab
 * "Bảng tự đánh giá". Pure.
 */
import type { CellValue } from '../cells';
import { cellText } from '../cells';
import type { WorkbookResult } from '../pipeline';
import type { Milli } from '../points';
import { SELF_ASSESSMENT_TEXT as T, unitText } from '../text';
import { readUnit } from '../unit';

export type SelfAssessmentKind = 'area' | 'group' | 'criterion' | 'total';

export interface SelfAssessmentLine {
  kind: SelfAssessmentKind;
  /** '' for the total. */
  code: string;
  /** '' for the total: each shell names it. */
  title: string;
  max: Milli;
  /** null: not applicable this year (KPS). */
  points: Milli | null;
  /** The district's points where known (a criterion left blank keeps its self score in totals). */
  appraisal: Milli | null;
  /** Leaf criteria only; '' elsewhere. */
  evidence: string;
  explanation: string;
}

export function selfAssessmentLines(result: WorkbookResult): SelfAssessmentLine[] {
  const lines: SelfAssessmentLine[] = [];
  const blank = { evidence: '', explanation: '' };
  for (const a of result.areas) {
    const ap = result.appraisal?.areas.find((x) => x.code === a.code);
    lines.push({
      kind: 'area',
      code: a.code,
      title: a.title,
      max: a.max,
      points: a.points,
      appraisal: ap ? ap.points : null,
      ...blank,
    });
    for (const c of result.criteria) {
      if (c.areaCode !== a.code || c.status === 'retired') continue;
      const na = c.status === 'na';
      const group = c.kind === 'group';
      lines.push({
        kind: group ? 'group' : 'criterion',
        code: c.code,
        title: c.title,
        max: c.max,
        points: na ? null : c.points,
        appraisal: na ? null : c.appraisal,
        evidence: group ? '' : c.evidence,
        explanation: group ? '' : c.explanation,
      });
    }
  }
  const i = result.index;
  lines.push({
    kind: 'total',
    code: '',
    title: '',
    max: i.max,
    points: i.points,
    appraisal: result.appraisal ? result.appraisal.index.points : null,
    ...blank,
  });
  return lines;
}

export const SELF_ASSESSMENT_COLUMNS = [
  { key: 'code', width: 64, format: null },
  { key: 'title', width: 380, format: null },
  { key: 'max', width: 80, format: 'points' },
  { key: 'points', width: 90, format: 'points' },
  { key: 'evidence', width: 260, format: null },
  { key: 'explanation', width: 280, format: null },
] as const satisfies readonly { key: keyof typeof T.headers; width: number; format: 'points' | null }[];

/** 1-based rows of the grid. */
export const SELF_ASSESSMENT_ROWS = { title: 1, place: 2, header: 4, first: 5 } as const;

export interface SelfAssessmentGrid {
  values: CellValue[][];
  /** 1-based rows shown bold: areas and the total. */
  boldRows: number[];
  /** Leaf criteria listed. */
  criteria: number;
}

export function selfAssessmentGrid(result: WorkbookResult): SelfAssessmentGrid {
  const width = SELF_ASSESSMENT_COLUMNS.length;
  const row = (...cells: CellValue[]): CellValue[] => [...cells, ...Array<CellValue>(width - cells.length).fill('')];
  const info = result.info;
  const values: CellValue[][] = [
    row(T.title(cellText(info.year))),
    row(unitText.place(readUnit(info))),
    row(),
    SELF_ASSESSMENT_COLUMNS.map((c) => T.headers[c.key]),
  ];
  const boldRows: number[] = [];
  let criteria = 0;
  const pts = (m: Milli | null): CellValue => (m === null ? T.na : m / 1000);
  for (const l of selfAssessmentLines(result)) {
    if (l.kind === 'area' || l.kind === 'total') boldRows.push(values.length + 1);
    if (l.kind === 'criterion') criteria++;
    values.push([
      l.code,
      l.kind === 'total' ? T.total : l.title,
      l.max / 1000,
      pts(l.points),
      l.evidence,
      l.explanation,
    ]);
  }
  values.push(row(), row(T.note));
  return { values, boldRows, criteria };
}
