/** Small constructors for report blocks, so the sections read like the document. */
import type { Align, ParagraphStyle } from './layout';
import type { Block, Line, Run, TableColumn, TableRow } from './model';

export const run = (text: string, style: Omit<Run, 'text'> = {}): Run => ({ text, ...style });
export const bold = (text: string): Run => run(text, { bold: true });

export function line(style: ParagraphStyle, ...runs: (Run | string)[]): Line {
  return { style, runs: runs.map((r) => (typeof r === 'string' ? run(r) : r)) };
}

export function para(style: ParagraphStyle, ...runs: (Run | string)[]): Block {
  return { kind: 'paragraph', ...line(style, ...runs) };
}

export const body = (...runs: (Run | string)[]): Block => para('body', ...runs);

export const heading = (level: 1 | 2, text: string): Block => ({ kind: 'heading', level, text });

/** A short centred line: underlined non-breaking spaces (renders the same in Docs and Word). */
export const rule = (spaces: number): Line => line('rule', run('\u00a0'.repeat(spaces), { underline: true }));

export function col(header: string, width: number, align: Align = 'left'): TableColumn {
  return { header, width, align };
}

/** A table; the column shares are normalised so that they add up to 1. */
export function table(name: string, columns: TableColumn[], rows: TableRow[]): Block {
  const sum = columns.reduce((s, c) => s + c.width, 0);
  return { kind: 'table', name, columns: columns.map((c) => ({ ...c, width: c.width / sum })), rows };
}
