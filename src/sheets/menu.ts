/**
 * The CCHC menu. Every item names a top-level function of dist/Code.js (an export of src/main.ts);
 * tests check each one exists in the built bundle. onOpen may run in AuthMode.NONE (an add-on not yet
 * used in this document): it then only builds the menu, reading no property and no sheet.
 */
import { CYCLE_MENU_TEXT, MENU_TEXT as T } from '../core/text';

export interface MenuItem {
  label: string;
  /** Name of the top-level function in dist/Code.js. */
  fn: string;
}

/** null = a separator. */
export const MENU_ITEMS: readonly (MenuItem | null)[] = [
  { label: T.openSidebar, fn: 'showSidebar' },
  { label: T.compute, fn: 'menuComputeScores' },
  null,
  { label: T.setup, fn: 'menuSetupWorkbook' },
  { label: T.catalogueImport, fn: 'menuImportCatalogue' },
  { label: T.report, fn: 'menuCreateReport' },
  null,
  { label: CYCLE_MENU_TEXT.selfAssessmentTab, fn: 'menuSelfAssessmentTable' },
  { label: CYCLE_MENU_TEXT.lock, fn: 'menuLockRound' },
  { label: CYCLE_MENU_TEXT.reopen, fn: 'menuReopenRound' },
  { label: CYCLE_MENU_TEXT.newYear, fn: 'menuNewYear' },
  null,
  { label: T.help, fn: 'showHelp' },
];

/**
 * Installed as an add-on, Sheets passes an event with authMode and wants createAddonMenu() (under
 * Extensions); run by hand from the editor (no event) it gets a plain top-level "CCHC" menu.
 * createAddonMenu also works in a container-bound copy (the menu shows under Extensions → CCHC).
 */
export function buildMenu(e: { authMode?: unknown } | undefined): void {
  const ui = SpreadsheetApp.getUi();
  const menu = e && e.authMode !== undefined ? ui.createAddonMenu() : ui.createMenu(T.menuTitle);
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item.label, item.fn);
    else menu.addSeparator();
  }
  menu.addToUi();
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(T.sidebarTitle);
  // Sheets sidebars are always 300 px wide; the page is laid out for that width.
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(T.helpTitle, T.helpBody, ui.ButtonSet.OK);
}
