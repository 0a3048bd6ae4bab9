/**
 * What `score` prints: a per-area table, the index, group and rating, then the problems with their
 * cell addresses; or (--json) the same as one JSON object with points both as decimals and as text.
 */
import { formatPercent2, formatPoints, formatRatio } from '../core/format';
import type { AreaResult, Problem, WorkbookResult } from '../core/pipeline';
import type { IndexScore, TotalScore } from '../core/score';
import { localMsg as M } from '../core/text';
import { renderTable } from './printTable';

const decimal = (milli: number) => milli / 1000;
const percentNumber = (hundredths: number) => hundredths / 100;

export function areaTable(result: WorkbookResult): string[] {
  // Bonus and penalty sit outside the maximum: shown as what they add or take off, with their cap.
  const extra = (a: AreaResult, sign: string) => [
    a.code,
    a.title,
    `${sign}${formatPoints(a.statedMax)}`,
    '',
    `${sign}${formatPoints(a.points)}`,
    '',
  ];
  const row = (a: AreaResult) =>
    a.role === 'bonus'
      ? extra(a, '+')
      : a.role === 'penalty'
        ? extra(a, '−')
        : [
            a.code,
            a.title,
            formatPoints(a.statedMax),
            formatPoints(a.applicableMax),
            formatPoints(a.points),
            formatPercent2(a.percent),
          ];
  const i = result.index;
  const total = [
    '',
    M.tableTotal,
    formatPoints(i.max),
    formatPoints(i.applicableMax),
    formatPoints(i.points),
    formatPercent2(i.percent),
  ];
  return renderTable(
    M.tableHeaders,
    [...result.areas.map(row), null, total],
    ['left', 'left', 'right', 'right', 'right', 'right'],
  );
}

export function indexLines(result: WorkbookResult): string[] {
  const i = result.index;
  const lines = [
    M.indexLine(formatPoints(i.points), formatPoints(i.applicableMax), formatPercent2(i.percent)),
    M.groupLine(i.group),
    M.ratingLine(i.rating),
  ];
  if (i.heldDownBy.length > 0) lines.push(M.heldDownLine(i.heldDownBy.join(', ')));
  if (result.appraisal)
    lines.push(
      M.appraisalLine(formatPoints(result.appraisal.index.points), formatPercent2(result.appraisal.index.percent)),
    );
  return lines;
}

function problemLine(p: Problem): string {
  return `  ${p.cell ?? M.noCell}${p.code ? ` [${p.code}]` : ''}: ${p.message.replace(/\s*\n\s*/g, ' ')}`;
}

/** Errors first, then warnings; each list cut at `limit` lines (the JSON has them all). */
export function problemLines(result: WorkbookResult, limit = 40): string[] {
  const lines: string[] = [M.countsLine(result.errors, result.warnings)];
  const section = (severity: Problem['severity'], heading: (n: number) => string) => {
    const list = result.problems.filter((p) => p.severity === severity);
    if (list.length === 0) return;
    lines.push(heading(list.length), ...list.slice(0, limit).map(problemLine));
    if (list.length > limit) lines.push(`  ${M.moreProblems(list.length - limit)}`);
  };
  section('error', M.errorsHeading);
  section('warning', M.warningsHeading);
  if (result.errors > 0) lines.push(M.scoredWithErrors);
  return lines;
}

export function scoreText(result: WorkbookResult, file: string): string[] {
  return [
    M.workbookLine(file),
    M.catalogueLine(result.spec.name),
    '',
    ...areaTable(result),
    '',
    ...indexLines(result),
    '',
    ...problemLines(result),
  ];
}

// ---- JSON ---------------------------------------------------------------------------------

function totalJson(t: TotalScore) {
  return {
    points: decimal(t.points),
    pointsText: formatPoints(t.points),
    max: decimal(t.max),
    applicableMax: decimal(t.applicableMax),
    applicableMaxText: formatPoints(t.applicableMax),
    percent: percentNumber(t.percent),
    percentText: formatPercent2(t.percent),
  };
}

function indexJson(i: IndexScore) {
  return { ...totalJson(i), group: i.group, rating: i.rating, heldDownBy: i.heldDownBy };
}

/** The `score --json` object. Points are decimals (milli-points / 1000); percentages are in percent (87.86). */
export function scoreJson(result: WorkbookResult, file: string) {
  return {
    file,
    catalogue: result.spec.name,
    criteria: result.criteria.map((c) => ({
      code: c.code,
      title: c.title,
      areaCode: c.areaCode,
      parentCode: c.parentCode,
      kind: c.kind,
      status: c.status,
      max: decimal(c.max),
      maxText: formatPoints(c.max),
      applicableMax: decimal(c.applicableMax),
      points: decimal(c.points),
      pointsText: formatPoints(c.points),
      ratio: c.ratio === null ? null : percentNumber(c.ratio),
      ratioText: c.ratio === null ? null : formatRatio(c.ratio),
      value: c.valueText,
      appraisal: c.appraisal === null ? null : decimal(c.appraisal),
      sheet: c.sheet,
      row: c.row,
      errors: c.errors,
      warnings: c.warnings,
    })),
    areas: result.areas.map((a) => ({
      code: a.code,
      title: a.title,
      tabName: a.tabName,
      statedMax: decimal(a.statedMax),
      ...totalJson(a),
    })),
    index: indexJson(result.index),
    appraisal: result.appraisal
      ? {
          areas: result.appraisal.areas.map((a) => ({ code: a.code, ...totalJson(a) })),
          index: indexJson(result.appraisal.index),
        }
      : null,
    problems: result.problems.map((p) => ({ severity: p.severity, cell: p.cell, code: p.code, message: p.message })),
    errors: result.errors,
    warnings: result.warnings,
  };
}

export type ScoreJson = ReturnType<typeof scoreJson>;
