/**
 * The CCHC menu. Every item names a top-level function of dist/Code.js (an export of src/main.ts);
 * tests check each one exists in the built bundle. onOpen only builds the menu, reading no property and
 * no sheet, so it works in every auth mode.
 */
import {
  CYCLE_MENU_TEXT,
  DIAGNOSTICS_TEXT,
  EVIDENCE_PACK_TEXT,
  EVIDENCE_SHARE_TEXT,
  IMPORT_SHEET_TEXT,
  MENU_TEXT as T,
  REPORT_KINDS_UI_TEXT as K,
  ROLLUP_TEXT,
} from '../core/text';

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
  { label: IMPORT_SHEET_TEXT.menu, fn: 'menuImportCriteriaTable' },
  { label: T.report, fn: 'menuCreateReport' },
  { label: K.menuPeriodic, fn: 'menuCreatePeriodicReport' },
  { label: K.menuInspection, fn: 'menuCreateInspectionReport' },
  null,
  { label: CYCLE_MENU_TEXT.selfAssessmentTab, fn: 'menuSelfAssessmentTable' },
  { label: CYCLE_MENU_TEXT.remainingTasks, fn: 'menuRemainingTasks' },
  { label: EVIDENCE_PACK_TEXT.menu, fn: 'menuEvidencePack' },
  { label: EVIDENCE_SHARE_TEXT.menu, fn: 'menuShareEvidenceFolder' },
  { label: CYCLE_MENU_TEXT.lock, fn: 'menuLockRound' },
  { label: CYCLE_MENU_TEXT.openResponse, fn: 'menuOpenResponseStep' },
  { label: CYCLE_MENU_TEXT.closeResponse, fn: 'menuCloseResponseStep' },
  { label: CYCLE_MENU_TEXT.reopen, fn: 'menuReopenRound' },
  { label: CYCLE_MENU_TEXT.newYear, fn: 'menuNewYear' },
  { label: DIAGNOSTICS_TEXT.menu, fn: 'menuDiagnostics' },
  null,
  { label: ROLLUP_TEXT.menu, fn: 'menuConsolidateUnits' },
  null,
  { label: T.help, fn: 'showHelp' },
];

/**
 * A container-bound script's simple onOpen always runs in AuthMode.LIMITED, and createAddonMenu() there
 * would land under Extensions → <project title>: the bound deployment builds the top-level "CCHC" menu.
 * Only an add-on installed from the Marketplace, not yet used in this document, sees AuthMode.NONE,
 * where createMenu is not allowed; it then gets the add-on menu.
 */
export function buildMenu(e: { authMode?: unknown } | undefined): void {
  const ui = SpreadsheetApp.getUi();
  const none = e !== undefined && String(e.authMode) === 'NONE';
  const menu = none ? ui.createAddonMenu() : ui.createMenu(T.menuTitle);
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item.label, item.fn);
    else menu.addSeparator();
  }
  menu.addToUi();
}
