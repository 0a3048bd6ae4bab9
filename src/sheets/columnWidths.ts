/**
 * Column widths in few calls. Sheets sets one width per call (setColumnWidth, or setColumnWidths for a
 * run of columns), so a tab's widths are set as: optionally one call giving every column the most
 * common width, then one call per run of equal widths that differ from it — whichever is fewer calls.
 */
export interface WidthRun {
  /** 1-based first column. */
  start: number;
  count: number;
  width: number;
}

/** Runs of equal adjacent widths, leaving out those at `base` (set by the first call). Pure. */
function runs(widths: readonly number[], base: number | null): WidthRun[] {
  const out: WidthRun[] = [];
  for (let i = 0; i < widths.length;) {
    let j = i + 1;
    while (j < widths.length && widths[j] === widths[i]) j++;
    if (widths[i] !== base) out.push({ start: i + 1, count: j - i, width: widths[i] });
    i = j;
  }
  return out;
}

/** The calls that give columns 1…n the widths asked for, fewest first found. Pure. */
export function planColumnWidths(widths: readonly number[]): WidthRun[] {
  const plain = runs(widths, null);
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = plain;
  for (const base of counts.keys()) {
    const withBase = [{ start: 1, count: widths.length, width: base }, ...runs(widths, base)];
    if (withBase.length < best.length) best = withBase;
  }
  return best;
}

export function setColumnWidths(sheet: GoogleAppsScript.Spreadsheet.Sheet, widths: readonly number[]): void {
  for (const run of planColumnWidths(widths)) {
    if (run.count === 1) sheet.setColumnWidth(run.start, run.width);
    else sheet.setColumnWidths(run.start, run.count, run.width);
  }
}
