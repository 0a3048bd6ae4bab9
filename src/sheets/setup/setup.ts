/**
 * "Khởi tạo / cập nhật bảng theo dõi": brings the workbook in line with the catalogue without
 * changing any entry. Creates what is missing (Thông tin chung, one tab per area, Phân công, Tổng hợp,
 * Nhật ký); on existing area tabs (found by header row, whatever their name) updates catalogue cells,
 * appends rows for new criteria at the end of their tab, retires rows of criteria gone from the
 * catalogue (Loại = Ngừng áp dụng: data kept, not scored); re-applies validation, formatting and
 * protections. Runs under the document lock.
 */
import type { AreaSpec, CatalogueSpec } from '../../core/catalog/types';
import type { CellValue } from '../../core/cells';
import { cellText } from '../../core/cells';
import { INFO_SETUP_RECORD, TAB_NAMES } from '../../core/layout';
import { SERVER_TEXT, SETUP_TEXT as T } from '../../core/text';
import { readWorkbook } from '../../core/workbook';
import { buildCatalogue } from '../../core/catalog/build';
import { storedCatalogue } from '../catalogueSource';
import { withDocumentLock } from '../lock';
import { activeSpreadsheet } from '../session';
import { ensureLogSheet, TIME_ZONE } from '../logTab';
import { KEYS } from '../store';
import { ensureSummarySheet } from '../summaryTab';
import { AreaContext, AreaTabOutcome, CheckRules, createAreaTab, upgradeAreaTab } from './areaTab';
import { AppliedTracker, parseRecord, readApplied, writeApplied, writeCellsRecord } from './applied';
import { catalogueEntries, classifyTab } from './plan';
import { isAssignmentGrid, newInfoRow, setupAssignmentsTab, setupInfoTab } from './otherTabs';
import { protectSheet, ProtectionOptions, removeOurProtections, resultWriters } from './protect';
import { readProtectionMode } from '../protectionMode';
import { ValidationCache } from './validation';
import { readLockState, roundStep } from '../cycle/lockState';
import { isOwnResultTab } from '../reservedTabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SetupResult {
  createdTabs: string[];
  added: string[];
  updated: string[];
  retired: string[];
  /** Other things the office should know (Vietnamese sentences). */
  notes: string[];
}

interface Tab {
  sheet: Sheet;
  name: string;
  values: CellValue[][];
}

/**
 * A tab's values up to its last row and column with content, in one call (getSheetValues with -1:
 * "the very last row or column that has data"). An empty tab has no such row: read as no rows.
 */
function tabValues(sheet: Sheet): CellValue[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1) as CellValue[][];
  } catch {
    return [];
  }
}

/** Tabs whose content setup needs; Nhật ký, Tổng hợp and Chốt số liệu are only looked up by name (never read). */
function readTabs(ss: Spreadsheet): { tabs: Tab[]; byName: Map<string, Sheet> } {
  const tabs: Tab[] = [];
  const byName = new Map<string, Sheet>();
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    byName.set(name, sheet);
    if (name === TAB_NAMES.log || name === TAB_NAMES.summary || name === TAB_NAMES.snapshot) continue;
    tabs.push({ sheet, name, values: tabValues(sheet) });
  }
  return { tabs, byName };
}

export interface SetupOptions {
  me: string;
  notes?: string[];
  /** Keep the catalogue the sheet holds (office edits in the area tabs) when it is valid. */
  preferSheetCatalogue?: boolean;
  /** The giải trình step is open: officials may write Giải trình sau thẩm định. */
  responseOpen?: boolean;
  /** The document properties, when the caller has read them already (saves reading them again). */
  props?: { store: GoogleAppsScript.Properties.Properties; all: Record<string, string> };
}

interface Classified {
  infoTab: Tab | null;
  assignmentTab: Tab | null;
  areaTabOf: Map<string, { tab: Tab; headerRow: number }>;
  arealess: { tab: Tab; headerRow: number }[];
  damagedAreas: Set<string>;
}

/** Phase 1: which tab is which (by content, whatever its name). */
function classify(tabs: Tab[], read: ReturnType<typeof readWorkbook>, notes: string[]): Classified {
  const infoName = [...read.infoRowOf.values()][0]?.sheet;
  const infoTab = tabs.find((t) => t.name === infoName) ?? null;
  const assignmentTab =
    tabs.find((t) => t.name === TAB_NAMES.assignments && isAssignmentGrid(t.values)) ??
    tabs.find((t) => isAssignmentGrid(t.values)) ??
    null;
  const areaTabOf = new Map<string, { tab: Tab; headerRow: number }>();
  const arealess: { tab: Tab; headerRow: number }[] = [];
  const damagedAreas = new Set<string>();
  for (const tab of tabs) {
    const kind = classifyTab(tab.values);
    if (kind.kind === 'damaged') {
      notes.push(T.damagedTab(tab.name));
      if (kind.areaCode) damagedAreas.add(kind.areaCode);
    } else if (kind.kind === 'area') {
      if (kind.areaCode === null) arealess.push({ tab, headerRow: kind.headerRow });
      else if (areaTabOf.has(kind.areaCode))
        notes.push(T.duplicateAreaTab(tab.name, areaTabOf.get(kind.areaCode)!.tab.name));
      else areaTabOf.set(kind.areaCode, { tab, headerRow: kind.headerRow });
    }
  }
  return { infoTab, assignmentTab, areaTabOf, arealess, damagedAreas };
}

/**
 * The cells record kept in Thông tin chung (applied.ts). On the first run of this script in the file
 * (no protections record: a copy of the template, or a new script) it came with the file: it is
 * trusted only if a cell setup gave a drop-down still has it (the protection mode's cell). Sheets'
 * reference does not say what File → Make a copy carries; if that drop-down is gone, every tab's cell
 * settings are applied again.
 */
function cellsRecord(
  infoTab: Tab | null,
  recordCell: CellValue,
  modeRow: number | undefined,
  protectionsBefore: Record<string, string>,
): Record<string, string> {
  const record = parseRecord(recordCell);
  if (!infoTab || Object.keys(record).length === 0 || Object.keys(protectionsBefore).length > 0) return record;
  const carried = modeRow !== undefined && infoTab.sheet.getRange(modeRow, 2).getDataValidation() !== null;
  return carried ? record : {};
}

/** Phase 3: every area tab brought to the catalogue, missing ones created after Thông tin chung. */
function setupAreaTabs(
  ss: Spreadsheet,
  spec: CatalogueSpec,
  c: Classified,
  ctx: AreaContext,
  byName: Map<string, Sheet>,
  first: Sheet,
  result: SetupResult,
): string[] {
  for (const { tab, headerRow } of [...c.areaTabOf.values(), ...c.arealess]) {
    for (let r = headerRow + 1; r <= tab.values.length; r++) {
      const code = cellText(tab.values[r - 1][0]);
      if (code && !ctx.firstPlace.has(code)) ctx.firstPlace.set(code, { tab: tab.name, row: r });
    }
  }
  const unprotected: string[] = [];
  const collect = (o: AreaTabOutcome, areaCode: string | null) => {
    result.added.push(...o.plan.appended);
    result.updated.push(...o.plan.updated);
    result.retired.push(...o.plan.retired);
    if (o.unprotectedInputs && areaCode) unprotected.push(areaCode);
  };
  const upgrade = (t: { tab: Tab; headerRow: number }, area: AreaSpec | null, code: string | null) =>
    collect(
      upgradeAreaTab(t.tab.sheet, { name: t.tab.name, headerRow: t.headerRow, values: t.tab.values }, area, code, ctx),
      code,
    );

  let after = first;
  // Where the next new tab goes (0-based, as insertSheet takes it): right after `after`.
  let index: number | null = null;
  for (const area of spec.areas) {
    const existing = c.areaTabOf.get(area.code);
    if (existing) {
      upgrade(existing, area, area.code);
      after = existing.tab.sheet;
      index = null;
      continue;
    }
    if (c.damagedAreas.has(area.code)) continue;
    if (byName.has(area.tabName)) {
      result.notes.push(T.tabNameTaken(area.tabName));
      continue;
    }
    index ??= after.getIndex();
    const created = createAreaTab(ss, area, index++, ctx);
    // A new tab is reported as created; its rows are not listed as "added criteria".
    result.createdTabs.push(area.tabName);
    if (created.unprotectedInputs) unprotected.push(area.code);
    byName.set(area.tabName, created.sheet);
    after = created.sheet;
  }
  // Tabs of areas no longer in the catalogue, and tabs without an area row: rows are retired, not deleted.
  const inCatalogue = new Set(spec.areas.map((a) => a.code));
  for (const [code, t] of c.areaTabOf) {
    if (inCatalogue.has(code)) continue;
    upgrade(t, null, code);
    result.notes.push(T.areaNotInCatalogue(t.tab.name));
  }
  for (const t of c.arealess) upgrade(t, null, null);
  // New tabs are protected last: they were copied from the first new one before it had protections.
  for (const protect of ctx.deferred) protect();
  return unprotected;
}

/** Phase 4: one protection per other tab, re-applied only when who may edit it changed. */
type Named = { sheet: Sheet; name: string; created: boolean };
type ResultTab = Named & { name: typeof TAB_NAMES.summary | typeof TAB_NAMES.log };

/**
 * A Tổng hợp or Nhật ký that is the office's own tab (reservedTabs.ts) gets no protection of ours, and
 * the office is told; checked only when a protection is about to be applied.
 */
function protectOtherTabs(
  sheets: { office: Named[]; results: ResultTab[] },
  protection: ProtectionOptions,
  allOfficials: string[],
  applied: AppliedTracker,
  notes: string[],
): void {
  const writers = resultWriters(protection, allOfficials);
  const apply = (
    { sheet, name, created }: Named,
    editors: readonly string[],
    warningOnly?: boolean,
    isOurs = () => true,
  ) => {
    if (
      !applied.needs(
        'protections',
        name,
        { protect: name, editors, warningOnly, mode: protection.mode, me: protection.me },
        created,
      )
    )
      return;
    if (!created && !isOurs()) {
      applied.forget('protections', name);
      notes.push(T.resultTabNotOurs(name));
      return;
    }
    if (!created) removeOurProtections(sheet);
    protectSheet(sheet, T.protectSheet(name), editors, protection, warningOnly);
  };
  for (const sheet of sheets.office) apply(sheet, []);
  for (const tab of sheets.results)
    apply(tab, writers.editors, writers.warningOnly, () => isOwnResultTab(tab.sheet, tab.name));
}

export function runSetup(ss: Spreadsheet, given: CatalogueSpec, options: SetupOptions): SetupResult {
  const result: SetupResult = {
    createdTabs: [],
    added: [],
    updated: [],
    retired: [],
    notes: [...(options.notes ?? [])],
  };
  const store = options.props?.store ?? PropertiesService.getDocumentProperties();
  const protectionsBefore = readApplied(options.props?.all ?? store.getProperties());

  // ---- phase 1: read and classify -------------------------------------------------------------
  const { tabs, byName } = readTabs(ss);
  const tabsAtStart = byName.size;
  const read = readWorkbook({ tabs: tabs.map((t) => ({ name: t.name, values: t.values })) });
  const spec = options.preferSheetCatalogue && sheetCatalogueUsable(read.spec) ? read.spec : given;
  // The office's choice in Thông tin chung (blank: the default; an unknown text: the default, reported).
  const chosen = readProtectionMode(read.info.protectionMode);
  if (chosen.unknown !== null)
    result.notes.push(T.protectionModeUnknown(chosen.unknown, T.protectionModes[chosen.mode]));
  const protection: ProtectionOptions = { mode: chosen.mode, me: options.me, failed: new Set() };
  const classified = classify(tabs, read, result.notes);
  const recordCell = classified.infoTab?.values[INFO_SETUP_RECORD.row - 1]?.[INFO_SETUP_RECORD.column - 1] ?? '';
  const modeRow = read.infoRowOf.get('protectionMode')?.row;
  const cellsBefore = cellsRecord(classified.infoTab, recordCell, modeRow, protectionsBefore);
  const applied = new AppliedTracker({ cells: cellsBefore, protections: protectionsBefore });

  // ---- phase 2: Phân công first (its e-mails decide the protections), then Thông tin chung ----
  // Tabs there are now (new ones go last): those read plus those this run made.
  const tabCount = () => tabsAtStart + result.createdTabs.length;
  const assignments = setupAssignmentsTab(ss, spec, classified.assignmentTab, tabCount());
  if (assignments.created) result.createdTabs.push(TAB_NAMES.assignments);
  if (assignments.read.invalid.length > 0) result.notes.push(T.invalidEmails(assignments.read.invalid));
  const allOfficials = [...new Set([...assignments.read.officials.values()].flat())];
  const cache = new ValidationCache();
  const info = setupInfoTab(
    ss,
    spec,
    classified.infoTab,
    (row) => applied.needs('cells', `${TAB_NAMES.info}#mode`, row),
    cache,
  );
  if (info.created) {
    result.createdTabs.push(TAB_NAMES.info);
    applied.needs('cells', `${TAB_NAMES.info}#mode`, newInfoRow('protectionMode'));
  }

  // ---- phase 3: area tabs ---------------------------------------------------------------------
  const ctx: AreaContext = {
    notice: spec.notice,
    entries: catalogueEntries(spec),
    firstPlace: new Map(),
    cache,
    protection,
    officials: assignments.read.officials,
    allOfficials,
    applied,
    checkRules: new CheckRules(),
    responseOpen: options.responseOpen === true,
    deferred: [],
  };
  const unprotected = setupAreaTabs(ss, spec, classified, ctx, byName, info.sheet, result);

  // ---- phase 4: Tổng hợp, Nhật ký, protections of the other tabs ------------------------------
  const summary = ensureSummarySheet(ss, byName.get(TAB_NAMES.summary) ?? null, tabCount());
  if (summary.created) result.createdTabs.push(TAB_NAMES.summary);
  const log = ensureLogSheet(ss, byName.get(TAB_NAMES.log) ?? null, tabCount());
  if (log.created) result.createdTabs.push(TAB_NAMES.log);
  const named = (t: { sheet: Sheet; created: boolean }, known: Tab | null, name: string): Named => ({
    ...t,
    name: known?.name ?? name,
  });
  protectOtherTabs(
    {
      office: [
        named(info, classified.infoTab, TAB_NAMES.info),
        named(assignments, classified.assignmentTab, TAB_NAMES.assignments),
      ],
      results: [
        { ...summary, name: TAB_NAMES.summary },
        { ...log, name: TAB_NAMES.log },
      ],
    },
    protection,
    allOfficials,
    applied,
    result.notes,
  );
  writeApplied(store, protectionsBefore, applied.next.protections);
  writeCellsRecord(info.sheet, INFO_SETUP_RECORD, recordCell, cellsBefore, applied.next.cells);

  checkTimeZone(ss, result.createdTabs.includes(TAB_NAMES.info), result.notes);
  if (unprotected.length > 0) result.notes.push(T.unprotectedInputs(unprotected));
  if (protection.failed.size > 0) result.notes.push(T.editorsFailed([...protection.failed]));
  if (protection.mode === 'warning') result.notes.push(T.warningOnly);
  if (protection.mode === 'office') result.notes.push(T.officeOnly);
  return result;
}

/**
 * Dates read back are midnight in the spreadsheet's time zone, and reports are dated in Việt Nam time.
 * A new workbook (setup made Thông tin chung) gets Asia/Ho_Chi_Minh; in a workbook in use the office
 * is told, as changing the zone moves the dates already typed.
 */
function checkTimeZone(ss: Spreadsheet, isNew: boolean, notes: string[]): void {
  const zone = ss.getSpreadsheetTimeZone();
  if (zone === TIME_ZONE) return;
  if (isNew) {
    try {
      ss.setSpreadsheetTimeZone(TIME_ZONE);
      notes.push(T.timeZoneSet(zone));
      return;
    } catch (e) {
      console.error(e);
    }
  }
  notes.push(T.timeZoneWrong(zone));
}

/** The sheet's own catalogue is kept when it has areas and no catalogue error (criteria can still be scored). */
function sheetCatalogueUsable(spec: CatalogueSpec): boolean {
  return spec.areas.length > 0 && !buildCatalogue(spec).problems.some((p) => p.severity === 'error');
}

export function setupWorkbook(): SetupResult {
  return withDocumentLock(SERVER_TEXT.busySetup, setupActiveSpreadsheet);
}

/** setupWorkbook's work, for callers already holding the document lock ("Mở lại", "Tạo năm mới"). */
export function setupActiveSpreadsheet(): SetupResult {
  const ss = activeSpreadsheet();
  const store = PropertiesService.getDocumentProperties();
  const all = store.getProperties();
  const { spec, problems } = storedCatalogue(all);
  let me = '';
  try {
    me = Session.getEffectiveUser().getEmail();
  } catch {
    me = '';
  }
  const pending = all[KEYS.cataloguePending] === '1';
  const responseOpen = roundStep(readLockState(all)) === 'response';
  const result = runSetup(ss, spec, {
    me,
    notes: problems,
    preferSheetCatalogue: !pending,
    responseOpen,
    props: { store, all },
  });
  if (pending) store.deleteProperty(KEYS.cataloguePending);
  return result;
}

/** The summary shown to the office after setup. */
export function setupMessage(r: SetupResult): string {
  const lines: string[] = [];
  if (r.createdTabs.length > 0) lines.push(T.createdTabs(r.createdTabs));
  if (r.added.length > 0) lines.push(T.addedCriteria(r.added));
  if (r.updated.length > 0) lines.push(T.updatedCriteria(r.updated));
  if (r.retired.length > 0) lines.push(T.retiredCriteria(r.retired));
  if (lines.length === 0) lines.push(T.nothingChanged);
  else lines.push(T.entriesKept);
  lines.push(...r.notes);
  return lines.join('\n\n');
}
