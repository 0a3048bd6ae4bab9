/** @OnlyCurrentDoc */
// Apps Script: only the spreadsheet the script is bound to (scripts/build.mjs keeps the tag at the
// top of dist/Code.js; appsscript.json pins the same minimal scopes).
/**
 * The functions Apps Script calls by name: triggers, menu items (MENU_ITEMS in src/sheets/menu.ts)
 * and the sidebar's endpoints (SIDEBAR_ENDPOINTS in src/ui/contract.ts). The build adds a top-level
 * forwarding function to dist/Code.js for every export here; each is a few lines calling src/sheets.
 */
import type { ServerResult, SidebarEndpoints } from './ui/contract';
import { serve } from './sheets/errors';
import { buildMenu, showHelp as help, showSidebar as sidebar } from './sheets/menu';
import { handleEdit } from './sheets/onEdit';
import { computeScores } from './sheets/computeScores';
import { createReport } from './sheets/report';
import * as actions from './sheets/endpoints';
import * as cycle from './sheets/cycle/menu';

type Result<K extends keyof SidebarEndpoints> = ServerResult<SidebarEndpoints[K]['result']>;

/** Simple trigger; may run in AuthMode.NONE: builds the menu only. */
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

export function showSidebar(): void {
  sidebar();
}

export function showHelp(): void {
  help();
}

export function menuComputeScores(): void {
  actions.menuComputeScores();
}

export function menuSetupWorkbook(): void {
  actions.menuSetupWorkbook();
}

export function menuImportCatalogue(): void {
  actions.menuImportCatalogue();
}

export function menuCreateReport(): void {
  actions.menuCreateReport();
}

export function menuLockRound(): void {
  cycle.menuLockRound();
}

export function menuReopenRound(): void {
  cycle.menuReopenRound();
}

export function menuNewYear(): void {
  cycle.menuNewYear();
}

export function menuSelfAssessmentTable(): void {
  cycle.menuSelfAssessmentTable();
}

export function sidebarGetDashboard(): Result<'sidebarGetDashboard'> {
  return serve(actions.getDashboard);
}

export function sidebarComputeScores(): Result<'sidebarComputeScores'> {
  return serve(() => computeScores().view);
}

export function sidebarGoToCell(sheet: string, a1: string): Result<'sidebarGoToCell'> {
  return serve(() => actions.goToCell(sheet, a1));
}

export function sidebarCreateReport(): Result<'sidebarCreateReport'> {
  return serve(createReport);
}
