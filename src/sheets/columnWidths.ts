/** Column widths in few calls: one setColumnWidths per run of equal widths. */
export function setColumnWidths(sheet: GoogleAppsScript.Spreadsheet.Sheet, widths: readonly number[]): void {
  let start = 0;
  for (let i = 1; i <= widths.length; i++) {
    if (i === widths.length || widths[i] !== widths[start]) {
      if (i - start === 1) sheet.setColumnWidth(start + 1, widths[start]);
      else sheet.setColumnWidths(start + 1, i - start, widths[start]);
      start = i;
    }
  }
}
