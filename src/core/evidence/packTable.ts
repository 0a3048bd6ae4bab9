/**
 * The evidence pack laid out: one grid (the Sheets tab and the .xlsx) and report blocks (the .docx).
 * Link cells are { text, url }: each shell makes them clickable its own way (=HYPERLINK in Sheets,
 * a hyperlink cell in .xlsx, a hyperlinked run in .docx).
 */
import { type CellValue, cellText } from '../cells';
import type { WorkbookResult } from '../pipeline';
import { readUnit } from '../unit';
import { cellAddress } from '../layout';
import { body, col, heading, para, table } from '../report/blocks';
import type { Block, TableRow } from '../report/model';
import { EVIDENCE_PACK_TEXT as T, unitText } from '../text';
import type { EvidencePack, PackAreaSummary, PackCriterion, PackDocument } from './pack';

export interface LinkCell {
  text: string;
  url: string;
}

export type PackCell = CellValue | LinkCell;

export function isLinkCell(v: unknown): v is LinkCell {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'url' in v && 'text' in v;
}

/** Column widths in pixels (the .xlsx shell converts); every section shares them. */
export const PACK_WIDTHS = [70, 70, 300, 180, 260, 220, 110, 180] as const;
export const PACK_WIDTH = PACK_WIDTHS.length;
/** 1-based column of the documents' names (the only column holding links). */
export const PACK_LINK_COLUMN = T.documentHeaders.indexOf('Tài liệu kiểm chứng') + 1;

export interface PackGrid {
  values: PackCell[][];
  /** 1-based rows: section headings, table header rows, the total row (all bold). */
  headingRows: number[];
  headerRows: number[];
  totalRow: number;
}

/** The title's parts from a scored workbook; `updated` is the shell's "now" ('' to leave it out). */
export function packHeading(result: WorkbookResult, updated: string): PackHeading {
  return {
    year: cellText(result.info.year),
    unit: cellText(result.info.commune) ? unitText.title(readUnit(result.info)) : '',
    updated,
  };
}

export interface PackHeading {
  year: string;
  /** "Xã Cao An" ('' when not entered). */
  unit: string;
  /** "30/11/2026 21:05" — left out of the title when ''. */
  updated: string;
}

const pad = (row: PackCell[]): PackCell[] => [...row, ...Array<PackCell>(PACK_WIDTH - row.length).fill('')];

function summaryRow(s: PackAreaSummary): PackCell[] {
  const counts = [s.withEvidence, s.explanationOnly, s.none, s.documents];
  return [s.areaCode ?? T.total, s.criteria, s.title, s.official, ...counts];
}

function documentNote(d: PackDocument): string {
  if (!d.inCell) return T.notInCell;
  return d.url ? '' : T.noLink;
}

function documentRows(c: PackCriterion): PackCell[][] {
  const lead = [c.areaCode, c.code, c.title, c.official];
  if (c.documents.length === 0) return [pad([...lead, T.noDocument])];
  return c.documents.map((d) =>
    pad([...lead, d.url ? { text: d.name, url: d.url } : d.name, documentNote(d), d.addedAt, d.addedBy]),
  );
}

function missingRow(c: PackCriterion): PackCell[] {
  const where = c.sheet && c.row ? cellAddress(c.sheet, c.row, 'evidence') : '';
  return pad([c.areaCode, c.code, c.title, c.official, c.explanation || T.noExplanation, c.response, where]);
}

export function evidencePackGrid(pack: EvidencePack, head: PackHeading): PackGrid {
  const o = pack.overall;
  const values: PackCell[][] = [
    pad([T.title(head.year, head.unit) + (head.updated ? T.updated(head.updated) : '')]),
    pad([T.counts(o.criteria, o.withEvidence, o.documents, o.explanationOnly, o.none)]),
    pad([T.notice]),
  ];
  const headingRows: number[] = [];
  const headerRows: number[] = [];
  const section = (title: string, header: readonly string[]) => {
    values.push(pad([]), pad([title]));
    headingRows.push(values.length);
    values.push(pad([...header]));
    headerRows.push(values.length);
  };
  section(T.sections.summary, T.summaryHeaders);
  for (const a of pack.areas) values.push(summaryRow(a));
  values.push(summaryRow(o));
  const totalRow = values.length;
  section(T.sections.documents, T.documentHeaders);
  for (const c of pack.criteria) values.push(...documentRows(c));
  section(T.sections.missing, T.missingHeaders);
  if (pack.missing.length === 0) values.push(pad([T.noneMissing]));
  for (const c of pack.missing) values.push(missingRow(c));
  return { values, headingRows, headerRows, totalRow };
}

/** A .docx table's columns: portrait A4, so codes ("3.1.10") get room and the texts wrap. */
const widths = (headers: readonly string[], shares: readonly number[]) => headers.map((h, i) => col(h, shares[i]));

/** The same pack as report blocks: a title, the counts, then the three tables. */
export function evidencePackBlocks(pack: EvidencePack, head: PackHeading): Block[] {
  const o = pack.overall;
  const grid = evidencePackGrid(pack, head);
  const text = (v: PackCell): string => (isLinkCell(v) ? v.text : v === null || v === undefined ? '' : String(v));
  const rowsOf = (from: number, to: number, width: number, bold?: number): TableRow[] =>
    grid.values.slice(from - 1, to).map((r, i) => {
      const cells = r.slice(0, width);
      const links: Record<number, string> = {};
      cells.forEach((v, j) => {
        if (isLinkCell(v)) links[j] = v.url;
      });
      return {
        cells: cells.map(text),
        ...(from + i === bold ? { bold: true } : {}),
        ...(Object.keys(links).length ? { links } : {}),
      };
    });
  const [h1, h2, h3] = grid.headerRows;
  const sum = T.summaryHeaders;
  const doc = T.documentHeaders;
  const mis = T.missingHeaders;
  return [
    heading(1, T.title(head.year, head.unit)),
    body(T.counts(o.criteria, o.withEvidence, o.documents, o.explanationOnly, o.none)),
    heading(2, T.sections.summary),
    table(
      'evidenceSummary',
      [col(sum[0], 7), col(sum[1], 7, 'center'), col(sum[2], 24), col(sum[3], 18)].concat(
        sum.slice(4).map((h) => col(h, 9, 'center')),
      ),
      rowsOf(h1 + 1, grid.totalRow, sum.length, grid.totalRow),
    ),
    heading(2, T.sections.documents),
    table(
      'evidenceDocuments',
      widths(doc, [8, 10, 21, 14, 20, 10, 8, 11]),
      rowsOf(h2 + 1, grid.headingRows[2] - 2, doc.length),
    ),
    heading(2, T.sections.missing),
    pack.missing.length === 0
      ? para('body', T.noneMissing)
      : table(
          'evidenceMissing',
          widths(mis, [8, 10, 21, 14, 20, 16, 13]),
          rowsOf(h3 + 1, grid.values.length, mis.length),
        ),
  ];
}
