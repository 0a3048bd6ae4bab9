/**
 * What is left before the province's deadlines, per official (from Phân công): criteria not entered,
 * entries with errors, entered criteria without evidence or explanation, and giải trình to write.
 * Pure: "today" is passed in by the shell; days left are counted by calendar day.
 */
import { CellValue, cellText } from '../cells';
import { assigneeFor, type Assignments } from '../report/assignments';
import { daysUntil, readDate } from '../report/dates';
import type { DateParts } from '../report/dates';
import { cellAddress, type ColumnKey, INFO_FIELDS, type InfoKey } from '../layout';
import { PROGRESS_TEXT } from '../text';
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

/** "Việc còn lại": one row per task, by official then criterion; officials filter the Công chức column. */
export const TASKS_ROWS = { title: 1, notice: 2, header: 3, first: 4 } as const;
export const TASKS_WIDTHS = [200, 70, 60, 300, 220, 200] as const;

export function remainingTasksGrid(tasks: readonly Task[], updatedText: string): CellValue[][] {
  const T = PROGRESS_TEXT.tab;
  const order = (t: Task) =>
    t.code
      .split('.')
      .map((n) => n.padStart(4, '0'))
      .join('.');
  const sorted = [...tasks].sort(
    (a, b) => a.official.localeCompare(b.official, 'vi') || (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0),
  );
  const pad = (row: CellValue[]) => [...row, ...Array<CellValue>(T.headers.length - row.length).fill('')];
  return [
    pad([T.title(updatedText)]),
    pad([tasks.length ? T.notice : T.nothingLeft]),
    [...T.headers],
    ...sorted.map((t) => [
      t.official || PROGRESS_TEXT.unassigned,
      t.areaCode,
      t.code,
      t.title,
      T.kinds[t.kind],
      t.sheet && t.row ? cellAddress(t.sheet, t.row, TASK_COLUMN[t.kind]) : '',
    ]),
  ];
}

/** The cell where each task is done. */
const TASK_COLUMN: Record<TaskKind, ColumnKey> = {
  notEntered: 'a',
  error: 'check',
  noEvidence: 'evidence',
  responseDue: 'response',
};
