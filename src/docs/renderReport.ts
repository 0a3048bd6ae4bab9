/**
 * The report model → a Google Doc in the Decree 30 layout (A4, margins, Times New Roman, borderless
 * header and signature tables, justified body, the Tổng hợp chart as an image).
 *
 * Service calls are the cost, so they do not grow with the number of criteria and few are spent per
 * paragraph: every list that grows with the catalogue is a table written with ONE insertTable(cells)
 * call and styled with whole-table / whole-row setAttributes; body paragraphs are appended first and
 * styled all at once by one body.setAttributes (the body style); only paragraphs in another style get
 * their own call. Docs never lets a body end with a table (appendTable adds an empty paragraph after
 * it), so each table is inserted before the paragraph that follows it: no stray empty paragraphs.
 * Not possible with DocumentApp: page numbers (no page-number field) and keep-with-next.
 *
 * An assumption the reference does not state: that setAttributes on the body, a table or a cell
 * applies to the paragraphs and text already inside it (the Docs fake is modelled so). Styling every
 * body paragraph on its own instead costs one call per paragraph: 217 calls for the sample's year-end
 * report, over the 200 budget; per cell it would grow with the criteria. Every attribute of a style is
 * given in each call (attributes.ts), so nothing is left to Docs' defaults either way.
 *
 * Evidence links: with the advanced Docs service (Docs API v1) every link cell is linked by two
 * calls whatever their number, once DocumentApp's edits are saved: Documents.get for the cells'
 * indexes, then one batchUpdate with an updateTextStyle per link. Without the service, or when
 * either call fails, DocumentApp links the first few cells and the others say the sheet holds it.
 */
import {
  HEADER_COLUMNS,
  MARGINS_MM,
  mmToPt,
  PAGE_MM,
  PARAGRAPH_STYLES,
  ParagraphLayout,
  SIGNATURE_COLUMNS,
  TABLE_TEXT,
  TEXT_WIDTH_MM,
} from '../core/report/layout';
import type { Block, Line, ReportModel } from '../core/report/model';
import { reportText } from '../core/text';
import { boldAttributes, paragraphAttributes, runOverrides, tableAttributes } from './attributes';
import { docsErrorMessage, rawMessage, ReportDocumentError } from './errors';

type Body = GoogleAppsScript.Document.Body;
type Table = GoogleAppsScript.Document.Table;
/** Paragraphs, and a cell's first paragraph reached as an Element (setAttributes/editAsText are enough). */
type Styleable = Pick<GoogleAppsScript.Document.Paragraph, 'setAttributes' | 'editAsText'>;

export interface ReportDocumentOptions {
  /** The Tổng hợp chart (the Sheets side passes chart.getAs('image/png')); left out when absent. */
  chart?: GoogleAppsScript.Base.BlobSource | null;
}

/** What the shells show: the document's name and link (its id is in the link; no call is spent on it). */
export interface CreatedReport {
  url: string;
  name: string;
}

const TEXT_WIDTH_PT = mmToPt(TEXT_WIDTH_MM);
const DATA_TABLE_BORDER_PT = 0.5;
const CHART_WIDTH_SHARE = 0.9;
/**
 * Evidence links DocumentApp attaches when the Docs service cannot (it is not enabled, or failed).
 * Each costs two calls (getCell, setLinkUrl), so linking every one would grow with the criteria; the
 * first few are linked and the others say the sheet holds the link. Sized so the year-end report
 * stays within 200 calls; the Tổng hợp chart (7 calls) takes that room, so a report with it links none.
 */
export const MAX_DOC_LINKS = 3;

/** A link cell of a data table: where it is (tables counted in body order, row 0 the header), its text and URL. */
export interface EvidenceLinkCell {
  table: number;
  row: number;
  column: number;
  text: string;
  url: string;
}

/** The style every body paragraph gets from the one body-wide call. */
const BODY_LAYOUT: ParagraphLayout = PARAGRAPH_STYLES.body;

/** Same look in Google Docs (keep-with-next does not exist there). */
function sameLook(a: ParagraphLayout, b: ParagraphLayout): boolean {
  const docs = (l: ParagraphLayout) => JSON.stringify({ ...l, keepWithNext: false });
  return docs(a) === docs(b);
}

/** True when `line` already looks right once its container has `base` applied. */
function needsNoCall(line: Line, base: ParagraphLayout, extraSpaceBeforePt = 0): boolean {
  const layout = PARAGRAPH_STYLES[line.style];
  const plainRuns = line.runs.every(
    (r) =>
      (r.bold === undefined || r.bold === layout.bold) &&
      (r.italic === undefined || r.italic === layout.italic) &&
      !r.underline,
  );
  return extraSpaceBeforePt === 0 && plainRuns && sameLook(layout, base);
}

/** Styles a paragraph: one call for the style; runs that differ add one call each (a few per report). */
function style(p: Styleable, line: Line, extraSpaceBeforePt = 0): void {
  const layout = PARAGRAPH_STYLES[line.style];
  const attrs = paragraphAttributes(layout, extraSpaceBeforePt);
  if (line.runs.length === 1) {
    p.setAttributes({ ...attrs, ...runOverrides(line.runs[0], layout) });
    return;
  }
  p.setAttributes(attrs);
  let text: GoogleAppsScript.Document.Text | null = null;
  let at = 0;
  for (const run of line.runs) {
    const own = runOverrides(run, layout);
    if (run.text.length > 0 && Object.keys(own).length > 0) {
      text ??= p.editAsText();
      text.setAttributes(at, at + run.text.length - 1, own);
    }
    at += run.text.length;
  }
}

const lineText = (line: Line) => line.runs.map((r) => r.text).join('');

/** The style that leaves the fewest lines of a cell needing their own call. */
function cellBase(lines: Line[]): ParagraphLayout {
  const cost = (base: ParagraphLayout) => lines.filter((l) => !needsNoCall(l, base)).length;
  return lines.map((l) => PARAGRAPH_STYLES[l.style]).reduce((best, b) => (cost(b) < cost(best) ? b : best));
}

/**
 * Writes the blocks in two passes. Pass 1 appends the body's paragraphs in order and notes where
 * each table goes. finish() then styles every body paragraph at once (body.setAttributes: the body
 * style), inserts the tables before the paragraphs that follow them (so their cells keep the table's
 * own style and Docs adds no empty paragraph), and styles what differs: headings, tables, header
 * and signature.
 */
class DocWriter {
  private readonly styling: (() => void)[] = [];
  /** Tables, each with the body index of the paragraph it goes in front of. */
  private readonly tables: { before: number; insert: (at: number) => void }[] = [];
  /** Link cells left for the Docs service (every one), in body order. */
  readonly links: EvidenceLinkCell[] = [];
  private linksLeft: number;

  constructor(
    private readonly body: Body,
    private count: number,
    withChart: boolean,
    private readonly linkWithDocs: boolean,
  ) {
    this.linksLeft = withChart ? 0 : MAX_DOC_LINKS;
  }

  private table(insert: (at: number) => void): void {
    // Docs keeps a paragraph between two tables, and after the last one.
    if (this.tables.at(-1)?.before === this.count) this.spacer();
    this.tables.push({ before: this.count, insert });
  }

  private spacer(): void {
    this.body.appendParagraph('');
    this.count++;
  }

  paragraph(line: Line, extraSpaceBeforePt = 0): void {
    const p = this.body.appendParagraph(lineText(line));
    this.count++;
    if (!needsNoCall(line, BODY_LAYOUT, extraSpaceBeforePt))
      this.styling.push(() => style(p, line, extraSpaceBeforePt));
  }

  pageBreak(): void {
    this.body.appendPageBreak();
    this.count++;
  }

  chart(caption: string, chart: GoogleAppsScript.Base.BlobSource): void {
    const image = this.body.appendImage(chart);
    this.count++;
    const maxWidth = TEXT_WIDTH_PT * CHART_WIDTH_SHARE;
    // Width and height in one read and one write (the Attribute enum's image settings).
    const A = DocumentApp.Attribute;
    const size = image.getAttributes() as Record<string, unknown>;
    const [w, h] = [Number(size[A.WIDTH]), Number(size[A.HEIGHT])];
    if (w > maxWidth) image.setAttributes({ [A.WIDTH]: maxWidth, [A.HEIGHT]: (h * maxWidth) / w });
    this.styling.push(() => image.getParent().setAttributes(paragraphAttributes(PARAGRAPH_STYLES.caption)));
    this.paragraph({ style: 'caption', runs: [{ text: caption }] });
  }

  /** Header and signature: a borderless 1 × 2 table, each cell a stack of lines styled per cell. */
  twoColumns(left: Line[], right: Line[], shares: readonly number[]): void {
    this.table((at) => {
      const table = this.body.insertTable(at, [[lineText(left[0]), lineText(right[0])]]);
      // The table's own call gives the left cell its base style; only the right cell needs one more.
      const styles: (() => void)[] = [() => table.setAttributes(tableAttributes(0, cellBase(left)))];
      shares.forEach((s, i) => styles.push(() => table.setColumnWidth(i, TEXT_WIDTH_PT * s)));
      [left, right].forEach((lines, i) => {
        const cell = table.getCell(0, i);
        const base = cellBase(lines);
        if (i > 0) styles.push(() => cell.setAttributes(paragraphAttributes(base)));
        const [first, ...rest] = lines;
        // Element.setAttributes is enough for a one-run line; asParagraph only when runs differ.
        const firstParagraph = (): Styleable =>
          first.runs.length > 1 ? cell.getChild(0).asParagraph() : (cell.getChild(0) as unknown as Styleable);
        if (!needsNoCall(first, base)) styles.push(() => style(firstParagraph(), first));
        for (const line of rest) {
          const p = cell.appendParagraph(lineText(line));
          if (!needsNoCall(line, base)) styles.push(() => style(p, line));
        }
      });
      this.styling.push(...styles);
    });
  }

  /**
   * Row links (evidence): all noted for the Docs service, or else the first MAX_DOC_LINKS of the
   * document attached by DocumentApp, one cell each.
   */
  dataTable(block: Extract<Block, { kind: 'table' }>): void {
    const linked: { row: number; column: number; url: string }[] = [];
    const tableIndex = this.tables.length; // tables go into the body in the order they are noted
    const rows = block.rows.map((r, i) =>
      r.cells.map((text, column) => {
        const url = r.links?.[column];
        if (!url) return text;
        if (this.linkWithDocs) {
          this.links.push({ table: tableIndex, row: i + 1, column, text, url });
          return text;
        }
        if (this.linksLeft > 0) {
          this.linksLeft--;
          linked.push({ row: i + 1, column, url });
          return text;
        }
        return text === reportText.evidenceLink ? reportText.evidenceLinkInSheet : text;
      }),
    );
    this.table((at) => {
      const table: Table = this.body.insertTable(at, [block.columns.map((c) => c.header), ...rows]);
      this.styling.push(() => {
        table.setAttributes(tableAttributes(DATA_TABLE_BORDER_PT));
        block.columns.forEach((c, i) => table.setColumnWidth(i, TEXT_WIDTH_PT * c.width));
        if (TABLE_TEXT.headerBold) table.getRow(0).setAttributes(boldAttributes());
        // Bold rows are the area and total rows: a handful, whatever the number of criteria.
        block.rows.forEach((r, i) => r.bold && table.getRow(i + 1).setAttributes(boldAttributes()));
        for (const l of linked) table.getCell(l.row, l.column).setLinkUrl(l.url);
      });
    });
  }

  finish(): void {
    if (this.tables.at(-1)?.before === this.count) this.spacer();
    // One call: the page settings and the body style.
    this.body.setAttributes({ ...pageAttributes(), ...paragraphAttributes(BODY_LAYOUT) });
    this.tables.forEach((t, k) => t.insert(t.before + k)); // each earlier table shifts the index by one
    for (const f of this.styling) f();
  }
}

/** Page size and margins: the body's own attributes (the Attribute enum's page settings). */
function pageAttributes(): Record<string, number> {
  const A = DocumentApp.Attribute;
  return {
    [A.PAGE_WIDTH]: mmToPt(PAGE_MM.width),
    [A.PAGE_HEIGHT]: mmToPt(PAGE_MM.height),
    [A.MARGIN_TOP]: mmToPt(MARGINS_MM.top),
    [A.MARGIN_BOTTOM]: mmToPt(MARGINS_MM.bottom),
    [A.MARGIN_LEFT]: mmToPt(MARGINS_MM.left),
    [A.MARGIN_RIGHT]: mmToPt(MARGINS_MM.right),
  };
}

/**
 * Writes every block of the model at the end of `body` (which holds `childCount` children and no
 * table). With `linkWithDocs`, link cells keep their text and are returned for linkEvidence; else
 * DocumentApp links the first few and none are returned.
 */
export function renderReport(
  body: Body,
  model: ReportModel,
  options: ReportDocumentOptions = {},
  childCount = body.getNumChildren(),
  linkWithDocs = false,
): EvidenceLinkCell[] {
  const withChart = Boolean(options.chart) && model.blocks.some((b) => b.kind === 'chart');
  const w = new DocWriter(body, childCount, withChart, linkWithDocs);
  // A table has no "space after": the paragraph that follows one gets it as space before.
  let afterTable = 0;
  for (const block of model.blocks) {
    const gap = afterTable;
    afterTable = 0;
    switch (block.kind) {
      case 'header':
        w.twoColumns(block.left, block.right, HEADER_COLUMNS);
        break;
      case 'signature':
        w.twoColumns(block.left, block.right, SIGNATURE_COLUMNS);
        break;
      case 'paragraph':
        w.paragraph(block, gap);
        break;
      case 'heading':
        w.paragraph({ style: block.level === 1 ? 'heading1' : 'heading2', runs: [{ text: block.text }] }, gap);
        break;
      case 'table':
        w.dataTable(block);
        afterTable = TABLE_TEXT.spaceAfterTablePt;
        break;
      case 'chart':
        if (options.chart) w.chart(block.caption, options.chart);
        break;
      case 'pageBreak':
        w.pageBreak();
        break;
    }
  }
  w.finish();
  return w.links;
}

/** The advanced Docs service when the manifest enables it. */
function docsService(): GoogleAppsScript.Docs | null {
  return typeof Docs === 'undefined' || !Docs ? null : Docs;
}

/** A cell's text and its index range (end exclusive, the cell's last "\n" left out). */
function cellRange(cell: GoogleAppsScript.Docs.Schema.TableCell): { text: string; start: number; end: number } | null {
  const paragraphs = (cell.content ?? []).flatMap((e) => (e.paragraph ? [e.paragraph] : []));
  const elements = paragraphs.flatMap((p) => p.elements ?? []);
  const first = elements[0]?.startIndex;
  const last = elements.at(-1)?.endIndex;
  if (first === undefined || last === undefined) return null;
  const text = elements.map((e) => e.textRun?.content ?? '').join('');
  return { text: text.replace(/\n$/, ''), start: first, end: last - 1 };
}

/**
 * Links every evidence cell of the saved document: two calls whatever their number. Throws when
 * the document does not hold the cells where the renderer put them (nothing is changed then).
 */
export function linkEvidence(docs: GoogleAppsScript.Docs, documentId: string, links: EvidenceLinkCell[]): void {
  const document = docs.Documents.get(documentId);
  const tables = (document.body?.content ?? []).flatMap((e) => (e.table ? [e.table] : []));
  const requests: GoogleAppsScript.Docs.Schema.Request[] = links.map((l) => {
    const cell = tables[l.table]?.tableRows?.[l.row]?.tableCells?.[l.column];
    const range = cell && cellRange(cell);
    if (!range || range.text !== l.text || range.end <= range.start)
      throw new Error(`evidence cell ${l.table}:${l.row}:${l.column} not found`);
    return {
      updateTextStyle: {
        range: { startIndex: range.start, endIndex: range.end },
        textStyle: { link: { url: l.url } },
        fields: 'link',
      },
    };
  });
  docs.Documents.batchUpdate({ requests }, documentId);
}

/** The document's id, read from its link (no call spent). */
function documentIdOf(url: string): string | null {
  return /[?&]id=([\w-]+)/.exec(url)?.[1] ?? /\/d\/([\w-]+)/.exec(url)?.[1] ?? null;
}

/**
 * After linkEvidence failed: the cells that only said "Liên kết" say the sheet holds the link
 * instead (three calls; a report never fails for its links).
 */
function sayLinksAreInSheet(url: string): void {
  const whole = '^' + reportText.evidenceLink.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$';
  DocumentApp.openByUrl(url).getBody().replaceText(whole, reportText.evidenceLinkInSheet);
}

/**
 * The sample's mark in the header, which Docs repeats on every page: 2 calls (a new document has no
 * header). Left in the header's default style: the year-end report has no call to spare for styling.
 */
function markHeader(doc: GoogleAppsScript.Document.Document, mark: string): void {
  doc.addHeader().setText(mark);
}

/** Drops the new document's empty first paragraph; where Docs refuses, it is made 1 pt high. */
function removePlaceholder(placeholder: GoogleAppsScript.Document.Element): void {
  try {
    placeholder.removeFromParent();
  } catch {
    const A = DocumentApp.Attribute;
    placeholder.setAttributes({ [A.FONT_SIZE]: 1, [A.SPACING_BEFORE]: 0, [A.SPACING_AFTER]: 0, [A.LINE_SPACING]: 1 });
  }
}

/**
 * Creates the report as a new Google Doc named model.documentName and returns its name and link.
 * Any Apps Script error becomes a ReportDocumentError with a Vietnamese message (daily quota of
 * "docs create" included); a document left half-written is renamed to say so.
 */
export function createReportDocument(model: ReportModel, options: ReportDocumentOptions = {}): CreatedReport {
  const name = model.documentName;
  let doc: GoogleAppsScript.Document.Document;
  try {
    doc = DocumentApp.create(name);
  } catch (e) {
    throw new ReportDocumentError(docsErrorMessage(e), rawMessage(e));
  }
  let created: CreatedReport;
  let links: EvidenceLinkCell[];
  const docs = docsService();
  try {
    const body = doc.getBody();
    const placeholder = body.getChild(0); // a new document holds one empty paragraph
    links = renderReport(body, model, options, 1, docs !== null);
    removePlaceholder(placeholder);
    if (model.headerMark) markHeader(doc, model.headerMark);
    created = { url: doc.getUrl(), name };
    doc.saveAndClose(); // the Docs service reads the saved document
  } catch (e) {
    try {
      doc.setName(name + reportText.partialSuffix);
    } catch {
      // The rename is a courtesy; the message below already names the document.
    }
    throw new ReportDocumentError(
      docsErrorMessage(e) + reportText.docsErrors.partial(name + reportText.partialSuffix),
      rawMessage(e),
    );
  }
  const id = documentIdOf(created.url);
  if (docs && links.length > 0) {
    try {
      if (!id) throw new Error('no document id in ' + created.url);
      linkEvidence(docs, id, links);
    } catch (e) {
      console.warn('Evidence links left to the sheet: ' + rawMessage(e));
      try {
        if (links.some((l) => l.text === reportText.evidenceLink)) sayLinksAreInSheet(created.url);
      } catch (again) {
        console.warn('Evidence cells left unlinked: ' + rawMessage(again));
      }
    }
  }
  return created;
}
