/**
 * What is left before the province's deadlines, per official (from Phân công): criteria not entered,
 * entries with errors, entered criteria without evidence or explanation, and giải trình to write.
 * Pure: "today" is passed in by the shell; days left are counted by calendar day.
 */
import { CellValue, cellText } from '../cells';
import { assigneeFor, type Assignments } from '../report/assignments';
import { daysUntil, readDate } from '../report/dates';
import type { DateParts } from '../report/dates';
import { INFO_FIELDS, type InfoKey } from '../layout';
import type { CriterionResult, WorkbookResult } from '../pipeline';
import { isDisputed } from './appraisal';

export const DEADLINE_KEYS = [
  'selfDeadline',
  'appraisal1Deadline',
  'responseDeadline',
  'finalDeadline',
] as const satisfies readonly InfoKey[];
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];

export interface Deadline {
  key: DeadlineKey;
  label: string;
  /** null when the cell is empty or not a date. */
  date: DateParts | null;
  /** The cell's text when it is not a date (to say so); '' otherwise. */
  invalidText: string;
}

export function readDeadlines(info: Partial<Record<InfoKey, CellValue>>): Deadline[] {
  return DEADLINE_KEYS.map((key) => {
    const raw = info[key];
    const date = readDate(raw ?? '');
    const text = cellText(raw);
    return { key, label: INFO_FIELDS.find((f) => f.key === key)!.label, date, invalidText: date || !text ? '' : text };
  });
}

export { daysUntil };

export type TaskKind = 'notEntered' | 'error' | 'noEvidence' | 'responseDue';

/** One thing left to do on one criterion. */
export interface Task {
  kind: TaskKind;
  official: string;
  areaCode: string;
  code: string;
  title: string;
  sheet: string | null;
  row: number | null;
}

export interface OfficialProgress {
  official: string;
  areas: string[];
  counts: Record<TaskKind, number>;
}

/** What a leaf still needs, in the order an official would do it. */
function tasksOf(c: CriterionResult): TaskKind[] {
  if (c.status !== 'scored' && c.status !== 'unscored' && c.status !== 'na') return [];
  const out: TaskKind[] = [];
  if (!c.entered) out.push('notEntered');
  else if (c.errors > 0) out.push('error');
  if (c.entered && c.status !== 'na' && c.evidenceLevel === 'none') out.push('noEvidence');
  if (isDisputed(c) && c.response === '') out.push('responseDue');
  return out;
}

/** Every task, attributed to the area's officials (the row's owner when Phân công names them). */
export function remainingTasks(result: WorkbookResult, assignments: Assignments): Task[] {
  return result.criteria.flatMap((c) =>
    tasksOf(c).map((kind) => ({
      kind,
      official: assigneeFor(assignments, c.areaCode, c.owner),
      areaCode: c.areaCode,
      code: c.code,
      title: c.title,
      sheet: c.sheet,
      row: c.row,
    })),
  );
}

const zero = (): Record<TaskKind, number> => ({ notEntered: 0, error: 0, noEvidence: 0, responseDue: 0 });

/** Per official (as attributed), in order of first appearance; officials with nothing left are kept. */
export function progressByOfficial(result: WorkbookResult, assignments: Assignments): OfficialProgress[] {
  const byOfficial = new Map<string, OfficialProgress>();
  const entry = (official: string) => {
    let p = byOfficial.get(official);
    if (!p) byOfficial.set(official, (p = { official, areas: [], counts: zero() }));
    return p;
  };
  for (const a of result.areas) {
    const p = entry(assigneeFor(assignments, a.code, ''));
    if (!p.areas.includes(a.code)) p.areas.push(a.code);
  }
  for (const t of remainingTasks(result, assignments)) {
    const p = entry(t.official);
    p.counts[t.kind]++;
    if (!p.areas.includes(t.areaCode)) p.areas.push(t.areaCode);
  }
  return [...byOfficial.values()];
}
