/** What a shell gave back for one bad workbook, in the same shape for both paths (judged by runner.ts). */
import type { Place } from './edits';

export interface ShownProblem {
  severity: 'error' | 'warning';
  /** "3. Cải cách TTHC!H11", or null for a workbook-wide problem. */
  address: string | null;
  message: string;
}

export interface Totals {
  /** Milli-points. */
  points: number;
  applicableMax: number;
}

export interface Observation {
  /** Scored (with problems), or the whole workbook refused with these lines. */
  answer: { kind: 'scored' } | { kind: 'refused'; lines: string[] };
  problems: ShownProblem[];
  /** The Kiểm tra text written on a data row of an area tab, or null where the shell has none. */
  checkText(place: Place): string | null;
  index: Totals | null;
  areas: Map<string, Totals>;
  /** An exception that reached the user or was swallowed on the way (with where it happened). */
  crash: string | null;
  /** Input cells (anything but the computed cells and the add-on's own tabs) written or changed. */
  inputCellsChanged: string[];
  /** The input file's bytes changed (offline path). */
  inputFileChanged: boolean;
  /** Path-specific failures (a formula written, a report that is not inert …), in words. */
  failures: string[];
}

/** Decimal points (as the shells show them) → milli-points. */
export const milli = (points: number): number => Math.round(points * 1000);

/** The first few addresses of a list, for a readable failure. */
export function some(list: string[], n = 8): string {
  return list.length <= n ? list.join(', ') : `${list.slice(0, n).join(', ')} … (+${list.length - n})`;
}
