/**
 * "Chốt số liệu": a snapshot of every input and result at the moment the round is locked, kept in a
 * protected tab so that the figures sent to the district can always be shown again.
 */
import type { CellValue } from '../cells';
import { AREA_COLUMNS, col } from '../layout';
import type { WorkbookResult } from '../pipeline';
import { readWorkbook, WorkbookGrids } from '../workbook';

const KEYS = ['a', 'b', 'value', 'na', 'evidence', 'explanation', 'owner'] as const;

export const SNAPSHOT_HEADER: readonly string[] = [
  'Thời điểm chốt',
  'Người chốt',
  'Bảng',
  'Hàng',
  'Mã',
  ...KEYS.map((k) => AREA_COLUMNS[col(k)].header),
  'Tỷ lệ %',
  'Điểm tự chấm',
  'Điểm thẩm định',
];

/** One row per criterion with its inputs and results; then one row per area and one for the index. */
export function snapshotRows(
  grids: WorkbookGrids,
  result: WorkbookResult,
  whenIso: string,
  who: string,
): CellValue[][] {
  const read = readWorkbook(grids);
  const byCode = new Map(result.criteria.map((c) => [c.code, c]));
  const rows: CellValue[][] = [];
  for (const r of read.rows) {
    const c = byCode.get(r.code);
    rows.push([
      whenIso,
      who,
      r.sheet,
      r.row,
      r.code,
      ...KEYS.map((k) => r.input[k] ?? ''),
      c?.ratio == null ? '' : c.ratio / 10000,
      c && c.status !== 'na' ? c.points / 1000 : '',
      c?.appraisal == null ? '' : c.appraisal / 1000,
    ]);
  }
  const pad = (label: string, code: string, points: number, appraisal: number | null): CellValue[] => [
    whenIso,
    who,
    label,
    '',
    code,
    ...KEYS.map(() => ''),
    '',
    points / 1000,
    appraisal === null ? '' : appraisal / 1000,
  ];
  for (const a of result.areas) {
    const ap = result.appraisal?.areas.find((x) => x.code === a.code);
    rows.push(pad('Lĩnh vực', a.code, a.points, ap ? ap.points : null));
  }
  rows.push(pad('Chỉ số', 'Tổng', result.index.points, result.appraisal ? result.appraisal.index.points : null));
  return rows;
}
