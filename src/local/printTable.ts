/** A plain-text table for the terminal: columns padded to their widest cell, numbers right-aligned. */

export type Align = 'left' | 'right';

/** Width on screen: combining marks (a decomposed "ế") take no column. */
export function displayWidth(s: string): number {
  return [...s.normalize('NFC').replace(/\p{M}/gu, '')].length;
}

function pad(s: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return align === 'right' ? fill + s : s + fill;
}

/** Rows of text; a row given as null becomes a rule line (e.g. before the total). */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[] | null)[],
  align: readonly Align[],
): string[] {
  const widths = headers.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => (r ? displayWidth(r[i] ?? '') : 0))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c ?? '', widths[i], align[i] ?? 'left'))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(headers), rule, ...rows.map((r) => (r ? line(r) : rule))];
}
