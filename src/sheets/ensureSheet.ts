/** A tab the add-on owns by name: the one given (or found by name), else created at the end and initialised. */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function ensureSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  known: Sheet | null | undefined,
  init: (sheet: Sheet) => void,
): { sheet: Sheet; created: boolean } {
  const found = known ?? ss.getSheetByName(name);
  if (found) return { sheet: found, created: false };
  const sheet = ss.insertSheet(name, ss.getNumSheets());
  init(sheet);
  return { sheet, created: true };
}
