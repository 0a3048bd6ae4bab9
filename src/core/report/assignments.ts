/**
 * Phân công: who answers for each area. Read from the tab's grid (columns from layout.ts), and used
 * to name the official responsible for each of next year's tasks.
 */
import { CellValue, cellText } from '../cells';
import { normalizeLabel } from '../catalog/ruleText';
import { ASSIGNMENT_COLUMNS, TAB_NAMES } from '../layout';
import type { WorkbookGrids } from '../workbook';

/** Area code → officials' names as written in Phân công ("A; B"). */
export type Assignments = Record<string, string>;

const header = (key: (typeof ASSIGNMENT_COLUMNS)[number]['key']) =>
  ASSIGNMENT_COLUMNS.find((c) => c.key === key)!.header;

/** Reads the Phân công grid; the header row is found by its texts, columns by header. */
export function readAssignments(values: CellValue[][]): Assignments {
  const out: Assignments = {};
  const headerAt = values.findIndex((r) => r.some((v) => cellText(v) === header('areaCode')));
  if (headerAt < 0) return out;
  const heads = values[headerAt].map(cellText);
  const codeCol = heads.indexOf(header('areaCode'));
  const namesCol = heads.indexOf(header('names'));
  if (namesCol < 0) return out;
  for (const row of values.slice(headerAt + 1)) {
    const code = cellText(row[codeCol]);
    const names = cellText(row[namesCol]);
    if (code && names && !(code in out)) out[code] = names;
  }
  return out;
}

/** Phân công from a whole workbook: the tab of that name, else the first tab with its header row. */
export function assignmentsOf(grids: WorkbookGrids): Assignments {
  const named = grids.tabs.find((g) => g.name === TAB_NAMES.assignments);
  if (named) return readAssignments(named.values);
  for (const g of grids.tabs) {
    const found = readAssignments(g.values.slice(0, 20));
    if (Object.keys(found).length > 0) return readAssignments(g.values);
  }
  return {};
}

export function splitNames(names: string): string[] {
  return names
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The official for a task: the area's officials from Phân công — only the row's owner when the owner
 * is one of them — else the row's owner; '' when nobody is known.
 */
export function assigneeFor(assignments: Assignments, areaCode: string, owner: string): string {
  const names = splitNames(assignments[areaCode] ?? '');
  if (names.length === 0) return owner.trim();
  const mine = names.find((n) => owner && normalizeLabel(n) === normalizeLabel(owner));
  return mine ?? names.join('; ');
}
