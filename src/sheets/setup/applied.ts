/**
 * What setup last applied to each tab besides entries (validation, formats, notes, protections),
 * recorded in DocumentProperties as one short fingerprint per tab name. A re-run re-applies a tab
 * only when its fingerprint changed (catalogue rows, officials, protection mode, the user running
 * setup, or this file's version), so an unchanged re-run costs its reads and nothing more.
 *
 * What the record cannot see is a change made by hand (a protection removed in the Sheets menu):
 * forgetAppliedSetup() makes the next setup re-apply every tab (the settings check calls it when it
 * finds the protections differ from the mode).
 */
export const APPLIED_KEY = 'cchc.setupApplied';

/** Bump when setup applies something new, so every workbook gets it on its next setup. */
const APPLIED_VERSION = 3;

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

/** The record, from the document properties already read (getProperties()). */
export function readApplied(all: Record<string, string>): AppliedRecord {
  try {
    const parsed = JSON.parse(all[APPLIED_KEY] ?? '{}') as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as AppliedRecord) : {};
  } catch {
    return {};
  }
}

/** Stores the record when it changed (one call), else nothing. */
export function writeApplied(
  props: GoogleAppsScript.Properties.Properties,
  before: AppliedRecord,
  after: AppliedRecord,
): void {
  if (JSON.stringify(before) !== JSON.stringify(after)) props.setProperty(APPLIED_KEY, JSON.stringify(after));
}

export function forgetAppliedSetup(): void {
  PropertiesService.getDocumentProperties().deleteProperty(APPLIED_KEY);
}

/** Tracks which tabs need their non-entry settings applied in this run. */
export class AppliedTracker {
  readonly next: AppliedRecord = {};
  constructor(private readonly before: AppliedRecord) {}

  /** True when the tab must be (re)applied; records the new fingerprint either way. */
  needs(tab: string, parts: unknown, force = false): boolean {
    const print = fingerprint(parts);
    this.next[tab] = print;
    return force || this.before[tab] !== print;
  }

  /** Nothing was applied to the tab after all: the next run looks at it again. */
  forget(tab: string): void {
    delete this.next[tab];
  }
}
