/**
 * Earlier figures of the same year, for the periodic report's comparison: the rounds kept in
 * "Chốt số liệu" and the rows of "Nhật ký" (one per Tính điểm). Read leniently: a row that cannot be
 * read is skipped, never an error.
 */
import { CellValue, cellText } from '../cells';
import { SNAPSHOT_HEADER } from '../cycle/snapshot';
import { TAB_NAMES } from '../layout';
import type { WorkbookGrids } from '../workbook';
import { DateParts, readDate, vietnamDateOf } from './dates';

export interface EarlierFigures {
  date: DateParts;
  /** Milli-points. */
  points: number;
  /** Hundredths of a percent, when the source has it. */
  percent: number | null;
  source: 'snapshot' | 'log';
}

const POINTS_COLUMN = SNAPSHOT_HEADER.indexOf('Điểm tự chấm');
const dayNumber = (d: DateParts) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

function instantDate(v: CellValue): DateParts | null {
  if (v instanceof Date) return readDate(v);
  const text = cellText(v);
  const iso = /^\d{4}-\d{2}-\d{2}T/.test(text) ? new Date(text) : null;
  if (iso && !isNaN(iso.getTime())) return vietnamDateOf(iso);
  return readDate(text.split(' ')[0]);
}

function number(v: CellValue): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const n = Number(cellText(v).replace(/\./g, '').replace(',', '.'));
  return cellText(v) !== '' && Number.isFinite(n) ? n : null;
}

/** The "Chỉ số / Tổng" row of each round in Chốt số liệu. */
function fromSnapshots(values: CellValue[][]): EarlierFigures[] {
  const out: EarlierFigures[] = [];
  for (const row of values.slice(1)) {
    if (cellText(row[2]) !== 'Chỉ số') continue;
    const date = instantDate(row[0]);
    const points = number(row[POINTS_COLUMN]);
    if (date && points !== null)
      out.push({ date, points: Math.round(points * 1000), percent: null, source: 'snapshot' });
  }
  return out;
}

/** Nhật ký: Thời điểm, Người, Việc, Tổng điểm, Chỉ số (%), … */
function fromLog(values: CellValue[][]): EarlierFigures[] {
  const out: EarlierFigures[] = [];
  for (const row of values.slice(1)) {
    const date = instantDate(row[0]);
    const points = number(row[3]);
    const percent = number(row[4]);
    if (date && points !== null)
      out.push({
        date,
        points: Math.round(points * 1000),
        percent: percent === null ? null : Math.round(percent * 100),
        source: 'log',
      });
  }
  return out;
}

/**
 * The latest figures of the reporting year (from 15/12 of the year before) taken at least `gapDays`
 * before the report date: a round locked for this very report is not "the previous period".
 * Chốt số liệu wins over Nhật ký on the same day (the locked figures are the ones sent).
 */
export function previousFigures(
  grids: WorkbookGrids,
  year: number,
  reportDate: DateParts,
  gapDays = 30,
): EarlierFigures | null {
  const tab = (name: string) => grids.tabs.find((g) => g.name === name)?.values ?? [];
  const all = [...fromSnapshots(tab(TAB_NAMES.snapshot)), ...fromLog(tab(TAB_NAMES.log))];
  const from = dayNumber({ year: year - 1, month: 12, day: 15 });
  const until = dayNumber(reportDate) - gapDays;
  const usable = all.filter((f) => dayNumber(f.date) >= from && dayNumber(f.date) <= until);
  usable.sort(
    (x, y) => dayNumber(x.date) - dayNumber(y.date) || (x.source === y.source ? 0 : x.source === 'snapshot' ? 1 : -1),
  );
  return usable.at(-1) ?? null;
}
