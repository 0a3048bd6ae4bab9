/** @OnlyCurrentDoc */
// Apps Script: only the spreadsheet the script is bound to (scripts/build.mjs keeps the tag at the
// top of dist/Code.js; appsscript.json pins the same minimal scopes).
/**
 * The index of what Apps Script calls by name: triggers, menu items (MENU_ITEMS in src/sheets/menu.ts)
 * and the sidebar's endpoints (SIDEBAR_ENDPOINTS in src/ui/contract.ts). The build adds a top-level
 * forwarding function to dist/Code.js for every export here. Each user action lives in its own file
 * under src/sheets/commands/.
 */
import type { PeriodChoice, ServerResult, SidebarEndpoints, UploadRequest } from './ui/contract';
import { periodChoice } from './sheets/periodChoice';
import { serve } from './sheets/errors';
import { buildMenu } from './sheets/menu';
import { handleEdit } from './sheets/onEdit';
import { computeScores } from './sheets/computeScores';
import { createReport } from './sheets/report';
import { getDashboard } from './sheets/commands/dashboard';
import { goToCell } from './sheets/commands/goToCell';
import { uploadEvidence, uploadTarget } from './sheets/commands/uploadEvidence';

export { showSidebar } from './sheets/commands/sidebar';
export { showHelp } from './sheets/commands/help';
export { menuComputeScores } from './sheets/commands/computeScores';
export { menuSetupWorkbook } from './sheets/commands/setup';
export { menuImportCatalogue } from './sheets/commands/importCatalogue';
export { menuImportCriteriaTable } from './sheets/commands/importCriteriaTable';
export { menuCreateReport } from './sheets/commands/yearEndReport';
export { menuCreatePeriodicReport } from './sheets/commands/periodicReport';
export { menuCreateInspectionReport } from './sheets/commands/inspectionReport';
export { menuLockRound } from './sheets/commands/lockRound';
export { menuReopenRound } from './sheets/commands/reopenRound';
export { menuOpenResponseStep, menuCloseResponseStep } from './sheets/commands/responseStep';
export { menuNewYear } from './sheets/commands/newYear';
export { menuSelfAssessmentTable } from './sheets/commands/selfAssessmentTable';
export { menuConsolidateUnits } from './sheets/commands/consolidateUnits';
export { menuRemainingTasks } from './sheets/commands/remainingTasks';
export { menuEvidencePack } from './sheets/commands/evidencePack';
export { menuShareEvidenceFolder } from './sheets/commands/shareEvidence';
export { menuDiagnostics } from './sheets/commands/diagnostics';

type Result<K extends keyof SidebarEndpoints> = ServerResult<SidebarEndpoints[K]['result']>;

/** Simple trigger: builds the menu only. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(e);
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu(e);
}

/** Simple trigger: live check of the edited rows; never throws. */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  handleEdit(e);
}

export function sidebarGetDashboard(): Result<'sidebarGetDashboard'> {
  return serve(getDashboard);
}

export function sidebarComputeScores(): Result<'sidebarComputeScores'> {
  return serve(() => computeScores().view);
}

export function sidebarGoToCell(sheet: string, a1: string): Result<'sidebarGoToCell'> {
  return serve(() => goToCell(sheet, a1));
}

export function sidebarCreateReport(): Result<'sidebarCreateReport'> {
  return serve(() => createReport('year'));
}

export function sidebarCreatePeriodicReport(period: PeriodChoice): Result<'sidebarCreatePeriodicReport'> {
  return serve(() => createReport(periodChoice(period)));
}

export function sidebarCreateInspectionReport(): Result<'sidebarCreateInspectionReport'> {
  return serve(() => createReport('inspection'));
}

export function sidebarUploadTarget(): Result<'sidebarUploadTarget'> {
  return serve(uploadTarget);
}

export function sidebarUploadEvidence(request: UploadRequest): Result<'sidebarUploadEvidence'> {
  return serve(() => uploadEvidence(request));
}
