/** What the sidebar and the menu call: each returns plain data; main.ts wraps them (serve / alerts). */
import { SERVER_TEXT as T, MENU_TEXT, SETUP_TEXT } from '../core/text';
import type { DashboardView } from '../ui/contract';
import { saveImportedCatalogue, storedCatalogue } from './catalogueSource';
import { computeMessage, computeScores } from './computeScores';
import { emptyDashboard, storedDashboard } from './dashboard';
import { roundLocked } from './cycle/lockState';
import { toFailure, UserError } from './errors';
import { activeSpreadsheet } from './session';
import { createReport, REPORT_AVAILABLE } from './report';
import { setupMessage, setupWorkbook } from './setup/setup';

/** The view stored by the last Tính điểm (no sheet read), or an empty one before the first run. */
export function getDashboard(): DashboardView {
  const all = PropertiesService.getDocumentProperties().getProperties();
  const stored = storedDashboard(all);
  if (stored) return { ...stored, reportEnabled: REPORT_AVAILABLE, locked: roundLocked(all) };
  return { ...emptyDashboard(REPORT_AVAILABLE, storedCatalogue(all).spec.notice), locked: roundLocked(all) };
}

const CELL = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

/** Selects a problem's cell ("Đi tới ô"). */
export function goToCell(sheetName: string, a1: string): null {
  const cell = String(a1 ?? '').trim().toUpperCase();
  if (!CELL.test(cell)) throw new UserError(T.badCell(String(a1 ?? '')), T.badCellHint);
  const ss = activeSpreadsheet();
  const sheet = ss.getSheetByName(String(sheetName ?? ''));
  if (!sheet) throw new UserError(T.tabMissing(String(sheetName ?? '')), T.tabMissingHint);
  ss.setActiveSheet(sheet);
  sheet.getRange(cell).activate();
  return null;
}

// ---- menu actions: the same work, answered with a dialog ----------------------------------

export function alert(title: string, text: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, text, ui.ButtonSet.OK);
}

/** Runs a menu action; a refusal or failure becomes a Vietnamese dialog, never a stack trace. */
export function fromMenu(work: () => void): void {
  try {
    work();
  } catch (e) {
    const f = toFailure(e);
    alert(T.errorTitle, f.hint ? `${f.message}\n\n${f.hint}` : f.message);
  }
}

export function menuComputeScores(): void {
  fromMenu(() => alert(MENU_TEXT.compute, computeMessage(computeScores())));
}

export function menuSetupWorkbook(): void {
  fromMenu(() => alert(SETUP_TEXT.doneTitle, setupMessage(setupWorkbook())));
}

export function menuCreateReport(): void {
  fromMenu(() => {
    const link = createReport();
    alert(T.reportCreatedTitle, T.reportCreated(link.name, link.url));
  });
}

export function menuImportCatalogue(): void {
  fromMenu(() => {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(T.catalogueImportTitle, T.catalogueImportPrompt, ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const outcome = saveImportedCatalogue(PropertiesService.getDocumentProperties(), answer.getResponseText());
    if (!outcome.spec) {
      alert(T.catalogueImportTitle, T.catalogueImportInvalid(outcome.problems));
      return;
    }
    const criteria = outcome.spec.areas.reduce((n, a) => n + a.criteria.length, 0);
    alert(T.catalogueImportTitle, T.catalogueImportDone(outcome.spec.name, outcome.spec.areas.length, criteria));
  });
}
