/**
 * A province's criteria table from a .docx (Word, or Word made by LibreOffice) or an .xlsx, as the grid of
 * cells the core parser reads. Merged cells read as '' in the cells they cover (like a Sheets data range).
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { findHeader } from '../core/catalog/import/header';
import { importMsg, localMsg } from '../core/text';
import { LocalError } from './errors';
import { readFileOrFail } from './files';
import { sheetGrid } from './xlsx/readGrids';

export interface TableGrid {
  rows: string[][];
  /** Paragraphs above the table (where the decision's number is usually written). */
  preface: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? all;
  });
}

/** The text of a run of WordprocessingML: w:t, tabs and breaks; paragraphs become lines. */
function textOf(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)]
        .map((m) => (m[1] !== undefined ? decode(m[1]) : m[2] === 'tab' ? '\t' : '\n'))
        .join(''),
    )
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

/** Top-level elements named `tag` in `xml` (nested ones of the same name stay inside their parent). */
function elements(xml: string, tag: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*?(/?)>`, 'g');
  let depth = 0;
  let start = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[2] === '/') {
      if (depth === 0) out.push(m[0]);
      continue;
    }
    if (m[1] === '') {
      if (depth === 0) start = m.index;
      depth++;
    } else if (--depth === 0) out.push(xml.slice(start, m.index + m[0].length));
  }
  return out;
}

/** One w:tbl → rows of cell texts; w:gridSpan adds covered cells, w:vMerge="continue" cells are ''. */
function tableRows(tbl: string): string[][] {
  return elements(tbl, 'w:tr').map((tr) =>
    elements(tr, 'w:tc').flatMap((tc) => {
      const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? '1');
      const continued = /<w:vMerge(?: w:val="continue")?\s*\/>/.test(tc);
      const inner = elements(tc, 'w:tbl').reduce((s, nested) => s.replace(nested, ''), tc);
      return [continued ? '' : textOf(inner), ...Array<string>(Math.max(0, span - 1)).fill('')];
    }),
  );
}

/**
 * The document's criteria table: the first table with a recognisable header, followed by the tables that
 * continue it (same width; a repeated header row is dropped), as Word splits long tables across pages.
 */
export function docxTable(documentXml: string): TableGrid {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? documentXml;
  const tables = elements(body, 'w:tbl');
  const at = tables.findIndex((t) => findHeader(tableRows(t)) !== null);
  if (at < 0) return { rows: tables.length > 0 ? tableRows(tables[0]) : [], preface: [] };
  const rows = tableRows(tables[at]);
  const width = Math.max(...rows.map((r) => r.length));
  const headerRow = rows[findHeader(rows)!.dataStart - 1].join('\u0001');
  for (const next of tables.slice(at + 1)) {
    const more = tableRows(next);
    if (Math.max(...more.map((r) => r.length)) !== width) break;
    rows.push(...more.filter((r) => r.join('\u0001') !== headerRow));
  }
  const before = body.slice(0, body.indexOf(tables[at]));
  const preface = elements(before, 'w:p')
    .map(textOf)
    .filter((t) => t !== '');
  return { rows, preface };
}

async function readDocx(file: string, data: Buffer): Promise<TableGrid> {
  let xml: string | undefined;
  try {
    xml = await (await JSZip.loadAsync(data)).file('word/document.xml')?.async('string');
  } catch {
    xml = undefined;
  }
  if (xml === undefined) throw new LocalError(importMsg.notDocx(file));
  return docxTable(xml);
}

async function readXlsx(file: string, data: Buffer): Promise<TableGrid> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new LocalError(localMsg.notXlsx(file));
  }
  const grids = wb.worksheets.map((ws) =>
    sheetGrid(ws).values.map((r) => r.map((v) => (v instanceof Date ? '' : String(v)))),
  );
  return { rows: grids.find((g) => findHeader(g) !== null) ?? grids[0] ?? [], preface: [] };
}

/** Reads the table of a .docx or .xlsx file; any other file, or a broken one, is a LocalError. */
export async function readTableFile(file: string): Promise<TableGrid> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.docx' && ext !== '.xlsx') throw new LocalError(importMsg.tableFileType(file));
  const data = await readFileOrFail(file);
  return ext === '.docx' ? readDocx(file, data) : readXlsx(file, data);
}
