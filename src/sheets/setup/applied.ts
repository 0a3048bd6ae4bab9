/**
 * What setup last applied besides entries, as one short fingerprint per tab, in two records:
 * - cells (validation, formats, notes, colour rules): kept in the spreadsheet itself, in a hidden cell of
 *   Thông tin chung (layout.ts, INFO_SETUP_RECORD), beside the settings it describes: a commune's copy
 *   of the template gets both, and does not redo them (setup checks one of its drop-downs came along
 *   before it trusts the record in a copy: setup.ts, cellsRecord).
 * - protections: kept in DocumentProperties, which a copy does not carry (a new bound script). A copy
 *   has a new owner, and whether Sheets copies protections is not documented: its first setup
 *   protects every tab again.
 * A re-run re-applies a tab's part only when its fingerprint changed (catalogue rows, officials,
 * protection mode, the user running setup, or this file's version), so an unchanged re-run costs its
 * reads and nothing more.
 *
 * What the records cannot see is a change made by hand (a protection removed in the Sheets menu):
 * forgetAppliedSetup() makes the next setup protect every tab again (the settings check calls it when
 * it finds the protections differ from the mode).
 */
export const APPLIED_KEY = 'cchc.setupApplied';

/** Bump when setup applies something new, so every workbook gets it on its next setup. */
const APPLIED_VERSION = 4;

export type AppliedRecord = Record<string, string>;

/** A short, stable fingerprint of JSON-able parts (FNV-1a over the JSON text). Pure. */
export function fingerprint(parts: unknown): string {
  const text = JSON.stringify([APPLIED_VERSION, parts]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(36)}.${text.length.toString(36)}`;
}

/** A record as stored (JSON of tab → fingerprint); anything else reads as empty. Pure. */
export function parseRecord(text: unknown): AppliedRecord {
  if (typeof text !== 'string' || text === '') return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as AppliedRecord;
  } catch {
    return {};
  }
}

/** The protections record, from the document properties already read (getProperties()). */
export function readApplied(all: Record<string, string>): AppliedRecord {
  return parseRecord(all[APPLIED_KEY]);
}

const same = (a: AppliedRecord, b: AppliedRecord) => JSON.stringify(a) === JSON.stringify(b);

/** Stores the protections record when it changed (one call), else nothing. */
export function writeApplied(
  props: GoogleAppsScript.Properties.Properties,
  before: AppliedRecord,
  after: AppliedRecord,
): void {
  if (!same(before, after)) props.setProperty(APPLIED_KEY, JSON.stringify(after));
}

/**
 * Stores the cells record in its cell when it changed (two calls), else nothing. `current` is what the
 * cell holds now: a text of the office's there (not a record) is never written over — the record is
 * then not kept, and the next run applies the cell settings again. The column is hidden when the
 * record is first written.
 */
export function writeCellsRecord(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  at: { row: number; column: number },
  current: unknown,
  before: AppliedRecord,
  after: AppliedRecord,
): void {
  if (same(before, after)) return;
  const empty = current === '' || current === null || current === undefined;
  const record = typeof current === 'string' && /^\{[\s\S]*\}$/.test(current.trim());
  if (!empty && !record) return;
  sheet.getRange(at.row, at.column).setValue(JSON.stringify(after));
  if (empty) sheet.hideColumns(at.column);
}

export function forgetAppliedSetup(): void {
  PropertiesService.getDocumentProperties().deleteProperty(APPLIED_KEY);
}

type Part = 'cells' | 'protections';

/** Tracks which tabs need which part of their non-entry settings applied in this run. */
export class AppliedTracker {
  readonly next: Record<Part, AppliedRecord> = { cells: {}, protections: {} };
  constructor(private readonly before: Record<Part, AppliedRecord>) {}

  /** True when this part of the tab must be (re)applied; records the new fingerprint either way. */
  needs(part: Part, tab: string, state: unknown, force = false): boolean {
    const print = fingerprint(state);
    this.next[part][tab] = print;
    return force || this.before[part][tab] !== print;
  }

  /** Nothing was applied to this part of the tab after all: the next run looks at it again. */
  forget(part: Part, tab: string): void {
    delete this.next[part][tab];
  }
}
