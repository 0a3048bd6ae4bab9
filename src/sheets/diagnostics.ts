/**
 * "Kiểm tra cài đặt": checks, on the real account, what the tests on the fakes cannot prove — the scopes
 * granted, whether the user's e-mail is visible, the spreadsheet's time zone and locale, that an "@"
 * cell keeps text, that edit events carry the edited block, that Tổng hợp's chart is found by its stored
 * id, that the protections match the chosen mode, and (asked first) that DocumentApp can create a
 * document — plus a note on the daily Docs quota. Each check is independent: one that throws is
 * reported as failed and the others still run. The results go to the tab "Kiểm tra cài đặt" (dated)
 * and to a summary saying what to do for each failed check.
 */
import { cellText } from '../core/cells';
import {
  columnLetter,
  DIAGNOSTICS_PROBE,
  DIAGNOSTICS_ROWS,
  DIAGNOSTICS_SCRATCH,
  DIAGNOSTICS_WIDTH,
  INFO_FIELDS,
  TAB_NAMES,
} from '../core/layout';
import { DIAGNOSTICS_TEXT as T, SETUP_TEXT } from '../core/text';
import { readEditProbe } from './editProbe';
import { toFailure, UserError } from './errors';
import { withDocumentLock } from './lock';
import { TIME_FORMAT, TIME_ZONE } from './logTab';
import { readProtectionMode, type ProtectionMode } from './protectionMode';
import { OPTIONAL_SCOPES, REQUIRED_SCOPES } from './scopes';
import { activeSpreadsheet, activeUserEmail, currentUserEmail } from './session';
import { KEYS } from './store';
import { forgetAppliedSetup } from './setup/applied';
import { sheetOwner } from './reservedTabs';
import { findDashboardChart } from './summaryTab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type CheckId = keyof typeof T.checks;
export type CheckStatus = keyof typeof T.status;

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  detail: string;
  /** What to do; '' when nothing. */
  fix: string;
}

export interface DiagnosticsContext {
  ss: Spreadsheet;
  /** The tab the results go to (its test cells are used by the checks). */
  sheet: Sheet;
  props: Record<string, string>;
  /** Did the user agree to a test document? */
  tryDocs: boolean;
  now: Date;
}

const a1 = (cell: { row: number; column: number }) => `${columnLetter(cell.column)}${cell.row}`;
const when = (d: Date) => Utilities.formatDate(d, TIME_ZONE, TIME_FORMAT);
const result = (id: CheckId, status: CheckStatus, detail: string, fix = ''): CheckResult => ({
  id,
  status,
  detail,
  fix,
});

/** AuthorizationInfo as documented: getAuthorizedScopes() and the scope-list argument are missing from @types. */
type AuthInfo = GoogleAppsScript.Script.AuthorizationInfo & { getAuthorizedScopes?: () => string[] | null };
type GetAuthInfo = (mode: GoogleAppsScript.Script.AuthMode, scopes?: string[]) => AuthInfo;

export function checkScopes(): CheckResult {
  const C = T.checks.scopes;
  const info = (ScriptApp.getAuthorizationInfo as GetAuthInfo).call(ScriptApp, ScriptApp.AuthMode.FULL, [
    ...REQUIRED_SCOPES,
  ]);
  const granted = typeof info.getAuthorizedScopes === 'function' ? info.getAuthorizedScopes() : null;
  const missing = granted ? REQUIRED_SCOPES.filter((s) => !granted.includes(s)) : [];
  const needed = missing.filter((s) => !OPTIONAL_SCOPES.includes(s));
  if (needed.length > 0) return result('scopes', 'fail', C.missing(missing), C.fix);
  // Only the Drive permission declined: everything but the evidence upload and sharing still works.
  if (missing.length > 0) return result('scopes', 'warn', C.optionalMissing(missing), C.fix);
  if (String(info.getAuthorizationStatus()) === String(ScriptApp.AuthorizationStatus.REQUIRED))
    return result('scopes', 'fail', C.required, C.fix);
  return result('scopes', 'ok', C.ok);
}

export function checkEmail(): CheckResult {
  const C = T.checks.email;
  const active = activeUserEmail();
  if (active) return result('email', 'ok', C.ok(active));
  const effective = currentUserEmail();
  if (effective) return result('email', 'warn', C.effectiveOnly(effective), C.fix);
  return result('email', 'fail', C.none, C.fix);
}

export function checkTimeZone(ss: Spreadsheet): CheckResult {
  const C = T.checks.timeZone;
  const tz = ss.getSpreadsheetTimeZone();
  return tz === TIME_ZONE ? result('timeZone', 'ok', C.ok(tz)) : result('timeZone', 'fail', C.wrong(tz), C.fix);
}

export function checkLocale(ss: Spreadsheet): CheckResult {
  const C = T.checks.locale;
  const locale = ss.getSpreadsheetLocale();
  return /^vi(?:[_-]|$)/i.test(locale)
    ? result('locale', 'ok', C.ok(locale))
    : result('locale', 'fail', C.wrong(locale), C.fix);
}

/** Writes "0012" to the tab's scratch cell formatted "@" and reads it back: it must stay that text. */
export function checkTextCell(sheet: Sheet): CheckResult {
  const C = T.checks.textCell;
  const probe = '0012';
  const range = sheet.getRange(DIAGNOSTICS_SCRATCH.row, DIAGNOSTICS_SCRATCH.column);
  range.setNumberFormat('@').setValues([[probe]]);
  SpreadsheetApp.flush();
  const back: unknown = range.getValues()[0][0];
  if (back === probe) return result('textCell', 'ok', C.ok);
  return result(
    'textCell',
    'fail',
    C.wrong(typeof back === 'string' ? `“${back}”` : `${String(back)} (${typeof back})`),
    C.fix,
  );
}

export function checkEditEvent(props: Record<string, string>): CheckResult {
  const C = T.checks.editEvent;
  const probe = readEditProbe(props);
  const cell = a1(DIAGNOSTICS_PROBE);
  if (!probe) return result('editEvent', 'warn', C.none(cell), C.noneFix(cell));
  const at = when(new Date(probe.at));
  return probe.fields ? result('editEvent', 'ok', C.ok(at)) : result('editEvent', 'fail', C.missing(at), C.missingFix);
}

export function checkChart(ss: Spreadsheet, props: Record<string, string>): CheckResult {
  const C = T.checks.chart;
  const id = props[KEYS.chartId];
  if (!id) return result('chart', 'warn', C.noId, C.fix);
  const summary = ss.getSheetByName(TAB_NAMES.summary);
  // The lookup Tính điểm uses; it falls back to the anchor cell, which this check does not count as found.
  const chart = summary ? findDashboardChart(summary, id) : null;
  const byId = chart !== null && String(chart.getChartId()) === id;
  return byId ? result('chart', 'ok', C.ok) : result('chart', 'fail', C.notFound, C.fix);
}

/** The mode chosen in Thông tin chung (default when the tab or row is missing). */
function chosenMode(ss: Spreadsheet): ProtectionMode {
  const info = ss.getSheetByName(TAB_NAMES.info);
  if (!info) return readProtectionMode('').mode;
  const label = INFO_FIELDS.find((f) => f.key === 'protectionMode')!.label;
  const row = info
    .getDataRange()
    .getValues()
    .find((r) => cellText(r[0]) === label);
  return readProtectionMode(row?.[1]).mode;
}

/**
 * Our protections ("CCHC: …") against the mode: "Chỉ cảnh báo" → every one only warns; otherwise Thông
 * tin chung and Phân công (the office's tabs) are enforced. When they differ, setup's record of what it
 * applied is dropped, so the next setup applies every protection again (the record cannot see a
 * protection changed by hand).
 */
export function checkProtections(ss: Spreadsheet): CheckResult {
  const C = T.checks.protections;
  const mode = chosenMode(ss);
  const label = SETUP_TEXT.protectionModes[mode];
  const ours = [
    ...ss.getProtections(SpreadsheetApp.ProtectionType.SHEET),
    ...ss.getProtections(SpreadsheetApp.ProtectionType.RANGE),
  ].filter((p) => p.getDescription().startsWith(SETUP_TEXT.protectionPrefix));
  if (ours.length === 0) {
    forgetAppliedSetup();
    return result('protections', 'fail', `${C.none} ${C.reapplied}`, C.fix);
  }
  let matches: boolean;
  if (mode === 'warning') {
    matches = ours.every((p) => p.isWarningOnly());
  } else {
    const officeTabs: string[] = [TAB_NAMES.info, TAB_NAMES.assignments];
    const enforced = ours.filter(
      (p) => p.getProtectionType() === SpreadsheetApp.ProtectionType.SHEET && !p.isWarningOnly(),
    );
    const enforcedTabs = new Set(enforced.map((p) => p.getRange().getSheet().getName()));
    matches = officeTabs.every((t) => enforcedTabs.has(t));
  }
  if (matches) return result('protections', 'ok', C.ok(label));
  forgetAppliedSetup();
  return result('protections', 'fail', `${C.mismatch(label)} ${C.reapplied}`, C.fix);
}

export function checkDocs(tryDocs: boolean, now: Date): CheckResult {
  const C = T.checks.docs;
  if (!tryDocs) return result('docs', 'skipped', C.skipped);
  const doc = DocumentApp.create(T.docName(when(now)));
  const url = doc.getUrl();
  const inherited = stylesReachParagraphs(doc.getBody());
  doc.saveAndClose();
  return inherited ? result('docs', 'ok', C.ok(url)) : result('docs', 'warn', C.styleNotInherited(url), C.styleFix);
}

/**
 * The report renderer styles the body and each table with one setAttributes call and counts on it
 * reaching the paragraphs already inside, which the reference does not state: tried here on the
 * test document, so the real account answers.
 */
function stylesReachParagraphs(body: GoogleAppsScript.Document.Body): boolean {
  const A = DocumentApp.Attribute;
  const H = DocumentApp.HorizontalAlignment;
  const FONT = 'Times New Roman';
  const paragraph = body.appendParagraph(T.styleProbe);
  const table = body.appendTable([[T.styleProbe]]);
  body.setAttributes({ [A.FONT_FAMILY]: FONT, [A.HORIZONTAL_ALIGNMENT]: H.JUSTIFY });
  table.setAttributes({ [A.HORIZONTAL_ALIGNMENT]: H.CENTER });
  const cell = table.getCell(0, 0).getChild(0).asParagraph();
  return (
    paragraph.editAsText().getFontFamily() === FONT &&
    String(paragraph.getAlignment()) === String(H.JUSTIFY) &&
    String(cell.getAlignment()) === String(H.CENTER)
  );
}

export function docsQuotaNote(): CheckResult {
  return result('docsQuota', 'info', T.checks.docsQuota.note);
}

/** Runs one check; an exception becomes a failed check with the Vietnamese message (details logged). */
function guarded(id: CheckId, fix: string, run: () => CheckResult): CheckResult {
  try {
    return run();
  } catch (e) {
    const f = toFailure(e);
    const detail = id === 'docs' ? T.checks.docs.failed(f.message) : f.hint ? `${f.message} ${f.hint}` : f.message;
    return result(id, 'fail', detail, fix);
  }
}

export function runChecks(ctx: DiagnosticsContext): CheckResult[] {
  const C = T.checks;
  return [
    guarded('scopes', C.scopes.fix, checkScopes),
    guarded('email', C.email.fix, checkEmail),
    guarded('timeZone', C.timeZone.fix, () => checkTimeZone(ctx.ss)),
    guarded('locale', C.locale.fix, () => checkLocale(ctx.ss)),
    guarded('textCell', C.textCell.fix, () => checkTextCell(ctx.sheet)),
    guarded('editEvent', C.editEvent.noneFix(a1(DIAGNOSTICS_PROBE)), () => checkEditEvent(ctx.props)),
    guarded('chart', C.chart.fix, () => checkChart(ctx.ss, ctx.props)),
    guarded('protections', C.protections.fix, () => checkProtections(ctx.ss)),
    guarded('docs', C.docs.fix, () => checkDocs(ctx.tryDocs, ctx.now)),
    docsQuotaNote(),
  ];
}

/** The tab's cells, title to last check, DIAGNOSTICS_WIDTH wide. Pure. */
export function diagnosticsGrid(checks: readonly CheckResult[], ranAt: string, user: string): string[][] {
  const rows: string[][] = [];
  const put = (row: number, cells: string[]) => {
    while (rows.length < row) rows.push(Array<string>(DIAGNOSTICS_WIDTH).fill(''));
    rows[row - 1] = [...cells, ...Array<string>(DIAGNOSTICS_WIDTH - cells.length).fill('')];
  };
  put(DIAGNOSTICS_ROWS.title, [T.title]);
  put(DIAGNOSTICS_ROWS.ranAt, [T.ranAt(ranAt, user)]);
  put(DIAGNOSTICS_ROWS.probe, [T.probeLabel(a1(DIAGNOSTICS_PROBE))]);
  put(DIAGNOSTICS_ROWS.scratch, [T.scratchLabel(a1(DIAGNOSTICS_SCRATCH))]);
  put(DIAGNOSTICS_ROWS.header, [...T.header]);
  checks.forEach((c, i) =>
    put(DIAGNOSTICS_ROWS.firstCheck + i, [T.checks[c.id].label, T.status[c.status], c.detail, c.fix]),
  );
  return rows;
}

/** The dialog's text: the count, then one line per check that did not pass, with what to do. Pure. */
export function diagnosticsSummary(checks: readonly CheckResult[]): string {
  const counted = checks.filter((c) => c.status !== 'info' && c.status !== 'skipped');
  const ok = counted.filter((c) => c.status === 'ok').length;
  const lines = [T.summaryHead(ok, counted.length)];
  const open = checks.filter((c) => c.status === 'fail' || c.status === 'warn');
  if (open.length === 0) lines.push(T.summaryAllOk);
  for (const c of open) lines.push(T.summaryLine(T.checks[c.id].label, T.status[c.status], c.detail, c.fix));
  const note = checks.find((c) => c.status === 'info');
  if (note) lines.push(note.detail);
  return lines.join('\n\n');
}

/** The tab "Kiểm tra cài đặt": ours when new, empty or titled by us (reservedTabs.ts); else refused untouched. */
export function diagnosticsSheet(ss: Spreadsheet): Sheet {
  const name = TAB_NAMES.diagnostics;
  const found = ss.getSheetByName(name);
  if (!found) return ss.insertSheet(name, ss.getNumSheets());
  if (sheetOwner(found, { title: T.title }) === 'theirs') throw new UserError(T.tabTaken(name), T.tabTakenHint(name));
  return found;
}

/** Writes the grid over the table's rows (one write), clearing rows left by an older, longer table. */
export function writeDiagnostics(sheet: Sheet, grid: string[][]): void {
  const last = sheet.getLastRow();
  if (last > grid.length) sheet.getRange(grid.length + 1, 1, last - grid.length, DIAGNOSTICS_WIDTH).clearContent();
  sheet.getRange(1, 1, grid.length, DIAGNOSTICS_WIDTH).setValues(grid);
}

/** Runs every check on the active spreadsheet under the document lock and writes the dated table. */
export function runDiagnostics(tryDocs: boolean): CheckResult[] {
  return withDocumentLock(T.busy, () => {
    const ss = activeSpreadsheet();
    const sheet = diagnosticsSheet(ss);
    const props = PropertiesService.getDocumentProperties().getProperties();
    const now = new Date();
    const checks = runChecks({ ss, sheet, props, tryDocs, now });
    writeDiagnostics(sheet, diagnosticsGrid(checks, when(now), currentUserEmail()));
    return checks;
  });
}
