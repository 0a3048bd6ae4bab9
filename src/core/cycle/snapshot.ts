/**
 * "Chốt số liệu": a snapshot of every input and result at the moment the round is locked, kept in a
 * protected tab so that the figures sent to the district can always be shown again. The appraisal
 * rounds' columns (lần 1, its note, the giải trình, the final note) come after the first fifteen, so
 * a block written before them keeps every column where it was; they read as blank there.
 */
import type { CellValue } from '../cells';
import { AREA_COLUMNS, col } from '../layout';
import type { WorkbookResult } from '../pipeline';
import { readWorkbook, WorkbookGrids } from '../workbook';

const KEYS = ['a', 'b', 'value', 'na', 'evidence', 'explanation', 'owner'] as const;
/** Typed cells of the rounds, kept as typed (the points of lần 1 are kept as read, like the final's). */
const ROUND_KEYS = ['appraisal1Note', 'response', 'appraisalNote'] as const;

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
  AREA_COLUMNS[col('appraisal1')].header,
  ...ROUND_KEYS.map((k) => AREA_COLUMNS[col(k)].header),
];

/** The columns of a block written before the rounds were kept (through "Điểm thẩm định"). */
export const SNAPSHOT_LEGACY_WIDTH = SNAPSHOT_HEADER.indexOf('Điểm thẩm định') + 1;

const milliCell = (m: number | null | undefined): CellValue => (m == null ? '' : m / 1000);

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
      milliCell(c?.appraisal),
      milliCell(c?.appraisal1),
      ...ROUND_KEYS.map((k) => r.input[k] ?? ''),
    ]);
  }
  const pad = (label: string, code: string, points: number, final: number | null, first: number | null) => [
    whenIso,
    who,
    label,
    '',
    code,
    ...KEYS.map(() => ''),
    '',
    points / 1000,
    milliCell(final),
    milliCell(first),
    ...ROUND_KEYS.map(() => ''),
  ];
  for (const a of result.areas) {
    const final = result.appraisal?.areas.find((x) => x.code === a.code)?.points ?? null;
    const first = result.appraisal1?.areas.find((x) => x.code === a.code)?.points ?? null;
    rows.push(pad('Lĩnh vực', a.code, a.points, final, first));
  }
  rows.push(
    pad(
      'Chỉ số',
      'Tổng',
      result.index.points,
      result.appraisal?.index.points ?? null,
      result.appraisal1?.index.points ?? null,
    ),
  );
  return rows;
}
