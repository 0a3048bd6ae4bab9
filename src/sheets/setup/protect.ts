/**
 * Protections set by setup, all described "CCHC: …" so a later run finds and replaces them.
 *
 * Who may edit what (an area tab has one tab-wide protection leaving out the cells officials may write,
 * which get their own; every other tab has one tab-wide protection):
 * - title/header rows, catalogue columns, appraisal and last-year columns, Thông tin chung, Phân công:
 *   the office only (whoever runs setup, plus the owner — Sheets keeps both).
 * - each area's input cells: the officials listed for it in Phân công + the office. An area with no
 *   e-mail listed is left open (reported), so nobody is locked out before Phân công is filled.
 * - computed columns, Tổng hợp, Nhật ký: as the office chooses in Thông tin chung (protectionMode.ts).
 *   By default the office + every listed official, because Tính điểm and onEdit run as the user who
 *   presses the button or types and must be able to write them (warning-only while nobody is listed);
 *   or the office only; or, as everything else, warning-only.
 */
import { SETUP_TEXT as T } from '../../core/text';
import type { ProtectionMode } from '../protectionMode';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

export interface ProtectionOptions {
  mode: ProtectionMode;
  /** The user running setup (kept as editor before others are removed). */
  me: string;
  /** E-mails that could not be added as editors (collected for the summary). */
  failed: Set<string>;
  /**
   * What a new protection starts with, learnt from the first one of the run and reused: it mirrors the
   * spreadsheet's sharing (documented), which one run does not change.
   */
  start?: { editors: string[]; domainEdit: boolean };
}

export function removeOurProtections(sheet: Sheet): void {
  const all = [
    ...sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE),
    ...sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET),
  ];
  for (const p of all) if (p.getDescription().startsWith(T.protectionPrefix)) p.remove();
}

/** Restricts a new protection to the office plus `editors`, or makes it warning-only. */
function restrict(
  p: Protection,
  description: string,
  editors: readonly string[],
  opts: ProtectionOptions,
  warningOnly = opts.mode === 'warning',
): void {
  p.setDescription(description);
  if (warningOnly) {
    p.setWarningOnly(true);
    return;
  }
  // The documented order: keep the current user before removing the others. Adding the user also
  // ends the mirroring of the spreadsheet's sharing, so later editors of the file are not let in.
  if (opts.me) p.addEditor(opts.me);
  opts.start ??= { editors: p.getEditors().map((u) => u.getEmail()), domainEdit: p.canDomainEdit() };
  const others = opts.start.editors.filter((e) => e && e.toLowerCase() !== opts.me.toLowerCase());
  if (others.length > 0) p.removeEditors(others);
  if (opts.start.domainEdit) p.setDomainEdit(false);
  if (editors.length === 0) return;
  try {
    p.addEditors([...editors]);
  } catch {
    // One bad address must not leave the others out: add one by one and report the failures.
    for (const e of editors) {
      try {
        p.addEditor(e);
      } catch {
        opts.failed.add(e);
      }
    }
  }
}

/** Who may write what Tính điểm and onEdit write (computed columns, Tổng hợp, Nhật ký) under the office's mode. */
export function resultWriters(
  opts: ProtectionOptions,
  allOfficials: readonly string[],
): { editors: readonly string[]; warningOnly: boolean } {
  if (opts.mode === 'warning') return { editors: [], warningOnly: true };
  if (opts.mode === 'office') return { editors: [], warningOnly: false };
  return { editors: allOfficials, warningOnly: allOfficials.length === 0 };
}

export function protectRange(
  range: Range,
  description: string,
  editors: readonly string[],
  opts: ProtectionOptions,
  warningOnly?: boolean,
): void {
  restrict(range.protect(), description, editors, opts, warningOnly);
}

/** The whole tab, except `unprotected` (ranges of this tab, left to their own protections or to everyone). */
export function protectSheet(
  sheet: Sheet,
  description: string,
  editors: readonly string[],
  opts: ProtectionOptions,
  warningOnly?: boolean,
  unprotected: Range[] = [],
): void {
  const p = sheet.protect();
  if (unprotected.length > 0) p.setUnprotectedRanges(unprotected);
  restrict(p, description, editors, opts, warningOnly);
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** "a@x.vn, b@x.vn; c@x.vn" → valid addresses (lower-case, unique) and the invalid pieces. */
export function parseEmails(text: string): { emails: string[]; invalid: string[] } {
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[\s,;]+/).filter(Boolean)) {
    if (!EMAIL.test(part)) invalid.push(part);
    else if (!emails.includes(part.toLowerCase())) emails.push(part.toLowerCase());
  }
  return { emails, invalid };
}
