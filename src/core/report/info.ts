/**
 * Thông tin chung as the report needs it: texts, dates and last year's figures, read leniently.
 * A field that cannot be read is left out of the report and named in `problems` (Vietnamese).
 */
import { CellValue, cellText, isBlank, readNumber } from '../cells';
import { parseAreaPoints } from '../cycle/newYear';
import { INFO_FIELDS, InfoKey } from '../layout';
import type { Hundredths, Milli } from '../points';
import { toMilli } from '../points';
import { reportText as t } from '../text';
import type { Info } from '../workbook';
import { DateParts, readDate } from './dates';
import { readUnit, Unit } from '../unit';

export interface ReportInfo {
  commune: string;
  unit: Unit;
  year: number;
  planNumber: string;
  planDate: DateParts | null;
  reportNumber: string;
  reportDate: DateParts;
  /** Ngày báo cáo as typed in Thông tin chung; null when empty or unreadable (reportDate is then today). */
  statedReportDate: DateParts | null;
  chairman: string;
  proposals: string[];
  previousPercent: Hundredths | null;
  previousPoints: Milli | null;
  previousAreaPoints: Record<string, Milli>;
}

const label = (key: InfoKey) => INFO_FIELDS.find((f) => f.key === key)!.label;

/** A number typed as a number or as Vietnamese text; '%' allowed when `percent`. */
function readFigure(v: CellValue, percent: boolean): { value: number; hadPercent: boolean } | null {
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v, hadPercent: false } : null;
  const text = cellText(v);
  const hadPercent = percent && text.endsWith('%');
  const r = readNumber(hadPercent ? text.slice(0, -1).trim() : text);
  return r.kind === 'ok' && r.value >= 0 ? { value: r.value, hadPercent } : null;
}

export function readReportInfo(info: Info, today: DateParts): { info: ReportInfo; problems: string[] } {
  const problems: string[] = [];
  const text = (k: InfoKey) => cellText(info[k]);

  const yearRead = readFigure(info.year ?? '', false);
  let year = today.year;
  if (yearRead && Number.isInteger(yearRead.value) && yearRead.value >= 2000 && yearRead.value <= 2999)
    year = yearRead.value;
  else
    problems.push(
      isBlank(info.year)
        ? t.problems.yearMissing(label('year'), year)
        : t.problems.yearInvalid(label('year'), text('year'), year),
    );

  const date = (k: InfoKey): DateParts | null => {
    if (isBlank(info[k])) return null;
    const d = readDate(info[k]);
    if (!d) problems.push(t.problems.dateInvalid(label(k), text(k)));
    return d;
  };
  const planDate = date('planDate');
  const statedReportDate = date('reportDate');
  const reportDate = statedReportDate ?? today;

  const commune = readUnit(info).name;
  if (!commune) problems.push(t.problems.missing(label('commune')));
  const chairman = text('chairman');
  if (!chairman) problems.push(t.problems.missing(label('chairman')));

  // Last year's index: 87,8 / "87,8%" / 0.878 (a percent-formatted cell gives the fraction).
  let previousPercent: Hundredths | null = null;
  if (!isBlank(info.previousIndexPercent)) {
    const r = readFigure(info.previousIndexPercent, true);
    const pct = r === null ? null : r.hadPercent || r.value > 1 ? r.value : r.value * 100;
    if (pct !== null && pct <= 100) previousPercent = Math.round(pct * 100);
    else problems.push(t.problems.figureInvalid(label('previousIndexPercent'), text('previousIndexPercent')));
  }
  let previousPoints: Milli | null = null;
  if (!isBlank(info.previousIndexPoints)) {
    const r = readFigure(info.previousIndexPoints, false);
    if (r) previousPoints = toMilli(r.value);
    else problems.push(t.problems.figureInvalid(label('previousIndexPoints'), text('previousIndexPoints')));
  }
  // "1: 11,15; 2: 6", as "Tạo năm mới" writes it (cycle/newYear.ts); unreadable parts are named.
  const areaText = text('previousAreaPoints');
  const parsed = parseAreaPoints(areaText);
  const previousAreaPoints: Record<string, Milli> = Object.fromEntries(parsed);
  for (const part of areaText
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const code = part.split(':')[0].trim();
    if (!parsed.has(code)) problems.push(t.problems.areaPointsInvalid(label('previousAreaPoints'), part));
  }

  return {
    info: {
      commune,
      unit: readUnit(info),
      year,
      planNumber: text('planNumber'),
      planDate,
      reportNumber: text('reportNumber'),
      reportDate,
      statedReportDate,
      chairman,
      proposals: text('proposals')
        .split(/\n+/)
        .map((s) => s.trim())
        .filter(Boolean),
      previousPercent,
      previousPoints,
      previousAreaPoints,
    },
    problems,
  };
}
