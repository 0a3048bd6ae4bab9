/**
 * A tab the add-on owns by name, else created at the end and initialised. `known`: the tab when the
 * caller has it, null when the caller already looked and it is not there, undefined to look it up here.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function ensureSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  known: Sheet | null | undefined,
  init: (sheet: Sheet) => void,
  /** How many tabs the spreadsheet has, when the caller knows (saves asking): the new tab goes last. */
  tabCount?: number,
): { sheet: Sheet; created: boolean } {
  const found = known === undefined ? ss.getSheetByName(name) : known;
  if (found) return { sheet: found, created: false };
  const sheet = ss.insertSheet(name, tabCount ?? ss.getNumSheets());
  init(sheet);
  return { sheet, created: true };
}
