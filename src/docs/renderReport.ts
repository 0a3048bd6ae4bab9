/**
 * The report model → a Google Doc in the Decree 30 layout (A4, margins, Times New Roman, borderless
 * header and signature tables, justified body, the Tổng hợp chart as an image).
 *
 * Service calls are the cost, so they do not grow with the number of criteria: every list that
 * grows with the catalogue is a table written with ONE body.appendTable(cells) call and styled with
 * whole-table / whole-row setAttributes; paragraphs are one appendParagraph + one setAttributes.
 * Not possible with DocumentApp: page numbers (no page-number field) and keep-with-next.
 */
import { HEADER_COLUMNS, MARGINS_MM, mmToPt, PAGE_MM, PARAGRAPH_STYLES, SIGNATURE_COLUMNS, TABLE_TEXT, TEXT_WIDTH_MM } from '../core/report/layout';
import type { Block, Line, ReportModel } from '../core/report/model';
import { reportText } from '../core/text';
import { boldAttributes, paragraphAttributes, runOverrides, tableAttributes } from './attributes';
import { docsErrorMessage, rawMessage, ReportDocumentError } from './errors';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;

export interface ReportDocumentOptions {
  /** The Tổng hợp chart (the Sheets side passes chart.getAs('image/png')); left out when absent. */
  chart?: GoogleAppsScript.Base.BlobSource | null;
}

export interface CreatedReport {
  id: string;
  url: string;
  name: string;
}

const TEXT_WIDTH_PT = mmToPt(TEXT_WIDTH_MM);
const DATA_TABLE_BORDER_PT = 0.5;
const CHART_WIDTH_SHARE = 0.9;

/** Styles a paragraph: one call for the style; runs that differ add one call each (a few per report). */
function style(p: Paragraph, line: Line, extraSpaceBeforePt = 0): void {
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

function appendLine(body: Body, line: Line, extraSpaceBeforePt = 0): void {
  style(body.appendParagraph(lineText(line)), line, extraSpaceBeforePt);
}

/** Header and signature: a borderless 1 × 2 table, each cell a stack of styled lines. */
function appendTwoColumns(body: Body, left: Line[], right: Line[], shares: readonly number[]): void {
  const table = body.appendTable([[lineText(left[0]), lineText(right[0])]]);
  table.setAttributes(tableAttributes(0));
  shares.forEach((s, i) => table.setColumnWidth(i, TEXT_WIDTH_PT * s));
  [left, right].forEach((lines, i) => {
    const cell = table.getCell(0, i);
    style(cell.getChild(0).asParagraph(), lines[0]);
    for (const line of lines.slice(1)) style(cell.appendParagraph(lineText(line)), line);
  });
}

function appendDataTable(body: Body, block: Extract<Block, { kind: 'table' }>): void {
  const table = body.appendTable([block.columns.map((c) => c.header), ...block.rows.map((r) => r.cells)]);
  table.setAttributes(tableAttributes(DATA_TABLE_BORDER_PT));
  block.columns.forEach((c, i) => table.setColumnWidth(i, TEXT_WIDTH_PT * c.width));
  if (TABLE_TEXT.headerBold) table.getRow(0).setAttributes(boldAttributes());
  // Bold rows are the area and total rows: a handful, whatever the number of criteria.
  block.rows.forEach((r, i) => r.bold && table.getRow(i + 1).setAttributes(boldAttributes()));
}

function appendChart(body: Body, caption: string, chart: GoogleAppsScript.Base.BlobSource): void {
  const image = body.appendImage(chart);
  const maxWidth = TEXT_WIDTH_PT * CHART_WIDTH_SHARE;
  const [w, h] = [image.getWidth(), image.getHeight()];
  if (w > maxWidth) image.setWidth(maxWidth).setHeight((h * maxWidth) / w);
  image.getParent().setAttributes(paragraphAttributes(PARAGRAPH_STYLES.caption));
  appendLine(body, { style: 'caption', runs: [{ text: caption }] });
}

function setUpPage(body: Body): void {
  body.setPageWidth(mmToPt(PAGE_MM.width));
  body.setPageHeight(mmToPt(PAGE_MM.height));
  body.setMarginTop(mmToPt(MARGINS_MM.top));
  body.setMarginBottom(mmToPt(MARGINS_MM.bottom));
  body.setMarginLeft(mmToPt(MARGINS_MM.left));
  body.setMarginRight(mmToPt(MARGINS_MM.right));
}

/** Writes every block of the model at the end of `body`. */
export function renderReport(body: Body, model: ReportModel, options: ReportDocumentOptions = {}): void {
  setUpPage(body);
  // A table has no "space after": the paragraph that follows one gets it as space before.
  let afterTable = 0;
  for (const block of model.blocks) {
    const gap = afterTable;
    afterTable = 0;
    switch (block.kind) {
      case 'header':
        appendTwoColumns(body, block.left, block.right, HEADER_COLUMNS);
        break;
      case 'signature':
        appendTwoColumns(body, block.left, block.right, SIGNATURE_COLUMNS);
        break;
      case 'paragraph':
        appendLine(body, block, gap);
        break;
      case 'heading':
        appendLine(body, { style: block.level === 1 ? 'heading1' : 'heading2', runs: [{ text: block.text }] }, gap);
        break;
      case 'table':
        appendDataTable(body, block);
        afterTable = TABLE_TEXT.spaceAfterTablePt;
        break;
      case 'chart':
        if (options.chart) appendChart(body, block.caption, options.chart);
        break;
      case 'pageBreak':
        body.appendPageBreak();
        break;
    }
  }
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
 * Creates the report as a new Google Doc named model.documentName and returns its id and link.
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
  try {
    const body = doc.getBody();
    const placeholder = body.getChild(0); // a new document holds one empty paragraph
    renderReport(body, model, options);
    removePlaceholder(placeholder);
    const created = { id: doc.getId(), url: doc.getUrl(), name };
    doc.saveAndClose();
    return created;
  } catch (e) {
    try {
      doc.setName(name + reportText.partialSuffix);
    } catch {
      // The rename is a courtesy; the message below already names the document.
    }
    throw new ReportDocumentError(docsErrorMessage(e) + reportText.docsErrors.partial(name + reportText.partialSuffix), rawMessage(e));
  }
}
