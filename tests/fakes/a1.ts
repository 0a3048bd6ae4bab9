/** A1-notation helpers for the spreadsheet fakes (1-based rows and columns). */

export function columnLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rangeA1(row: number, col: number, numRows: number, numCols: number): string {
  const start = cellA1(row, col);
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${cellA1(row + numRows - 1, col + numCols - 1)}`;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export interface ParsedA1 {
  sheetName?: string;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** Splits "'Tab name'!A1:B2" into sheet name and the rest. */
export function splitSheet(a1: string): { sheetName?: string; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { ref: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1) };
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

/**
 * Parses A1 notation: "B2", "B2:D9", "A:C" (whole columns), "2:5" (whole rows), "A2:C" (open-ended),
 * with an optional sheet prefix. Returns undefined if the text is not a valid reference.
 */
export function parseA1(a1: string, maxRows: number, maxCols: number): ParsedA1 | undefined {
  const { sheetName, ref } = splitSheet(a1.trim());
  const parts = ref.split(':');
  const [a, b = a, extra] = parts;
  if (extra !== undefined || !a) return undefined;
  const single = parts.length === 1;
  const ma = PART.exec(a);
  const mb = PART.exec(b);
  if (!ma || !mb) return undefined;
  const [, ca, ra] = ma;
  const [, cb, rb] = mb;
  if (!ca && !ra) return undefined;
  if (!cb && !rb) return undefined;
  const c1 = ca ? columnNumber(ca) : 1;
  const c2 = cb ? columnNumber(cb) : ca && !ra ? c1 : maxCols;
  const r1 = ra ? Number(ra) : 1;
  const r2 = rb ? Number(rb) : maxRows;
  // "A" alone is not a reference; a single part must be a cell.
  if (single && (!ca || !ra)) return undefined;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2 || c1);
  return {
    sheetName,
    row,
    col,
    numRows: Math.abs(r2 - r1) + 1,
    numCols: Math.abs((c2 || c1) - c1) + 1,
  };
}

/**
 * Converts an R1C1 formula (as written by setFormulaR1C1) into A1 notation relative to the cell
 * (row, col). Handles R[-1]C[2], RC, R1C1, R[1]C and C[1]-style references outside string literals.
 */
export function r1c1ToA1(formula: string, row: number, col: number): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < formula.length;) {
    const ch = formula[i];
    if (ch === '"') {
      inString = !inString;
      out += ch;
      i++;
      continue;
    }
    if (!inString && (ch === 'R' || ch === 'r') && (i === 0 || !/[A-Za-z0-9_.]/.test(formula[i - 1]))) {
      const m = /^[Rr](\[-?\d+\]|\d+)?[Cc](\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/.exec(formula.slice(i));
      if (m) {
        const rr = m[1] === undefined ? row : m[1].startsWith('[') ? row + Number(m[1].slice(1, -1)) : Number(m[1]);
        const cc = m[2] === undefined ? col : m[2].startsWith('[') ? col + Number(m[2].slice(1, -1)) : Number(m[2]);
        const absR = m[1] !== undefined && !m[1].startsWith('[');
        const absC = m[2] !== undefined && !m[2].startsWith('[');
        out += `${absC ? '$' : ''}${columnLetters(cc)}${absR ? '$' : ''}${rr}`;
        i += m[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
