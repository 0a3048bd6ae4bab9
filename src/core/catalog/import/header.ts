/** Finds the header row of a pasted criteria table and which column holds what. */
import { IMPORT_HEADERS, IMPORT_NOT_MAX_WORDS } from '../../text';
import { normalizeLabel } from '../ruleText';

export interface TableColumns {
  code: number;
  title: number;
  max: number;
  guide: number | null;
  evidence: number | null;
}

export interface TableHeader {
  columns: TableColumns;
  /** 0-based index of the first row under the header. */
  dataStart: number;
}

const plain = (s: string) =>
  normalizeLabel(s)
    .replace(/[()[\]:.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function find(cells: string[], words: readonly string[], skip: number[], exact = false): number | null {
  for (const word of words) {
    const i = cells.findIndex((c, k) => !skip.includes(k) && (exact ? c === word : c.includes(word)));
    if (i >= 0) return i;
  }
  return null;
}

function maxColumn(cells: string[], skip: number[]): number | null {
  const strong = find(cells, IMPORT_HEADERS.max.slice(0, -1), skip);
  if (strong !== null) return strong;
  const i = cells.findIndex(
    (c, k) => !skip.includes(k) && c.includes('điểm') && !IMPORT_NOT_MAX_WORDS.some((w) => c.includes(w)),
  );
  return i >= 0 ? i : null;
}

function columnsOf(cells: string[]): TableColumns | null {
  const code = find(cells, IMPORT_HEADERS.code, [], true);
  if (code === null) return null;
  const max = maxColumn(cells, [code]);
  if (max === null) return null;
  const title = find(cells, IMPORT_HEADERS.title, [code, max]);
  if (title === null) return null;
  const guide = find(cells, IMPORT_HEADERS.guide, [code, max, title]);
  const evidence = find(cells, IMPORT_HEADERS.evidence, [code, max, title, ...(guide === null ? [] : [guide])]);
  return { code, title, max, guide, evidence };
}

/** Looks at the first rows for the header, alone or over a second header row ("Điểm" above "Tối đa | Tự chấm"). */
export function findHeader(rows: string[][], lookAhead = 30): TableHeader | null {
  for (let r = 0; r < Math.min(rows.length, lookAhead); r++) {
    const cells = rows[r].map(plain);
    const below = (rows[r + 1] ?? []).map(plain);
    const joined = cells.map((c, k) => `${c} ${below[k] ?? ''}`.trim());
    // A two-row header is taken only when the row below adds what the first lacks.
    const single = columnsOf(cells);
    if (single && !below.some((c) => c.includes('tối đa') || c.includes('chuẩn')))
      return { columns: single, dataStart: r + 1 };
    const double = columnsOf(joined);
    if (double && (single === null || double.max !== single.max)) return { columns: double, dataStart: r + 2 };
    if (single) return { columns: single, dataStart: r + 1 };
  }
  return null;
}
