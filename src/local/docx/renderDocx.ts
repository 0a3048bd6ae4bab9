/**
 * The report model → a .docx in the Decree 30 layout: A4, margins, Times New Roman, the borderless
 * header and signature blocks, justified body, data tables with a repeated header row, and page
 * numbers centred at the top from page 2 (a different, empty first-page header).
 */
import {
  AlignmentType,
  Document,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TextRun,
} from 'docx';
import {
  FONT_FAMILY,
  HEADER_COLUMNS,
  PAGE_NUMBER_PT,
  PARAGRAPH_STYLES,
  SIGNATURE_COLUMNS,
  TABLE_TEXT,
  TEXT_WIDTH_MM,
} from '../../core/report/layout';
import { reportText } from '../../core/text';
import type { Block, ReportModel } from '../../core/report/model';
import { headingParagraph, lineParagraph, paragraphOf } from './paragraphs';
import { dataTable, twoColumnBlock } from './tables';
import { halfPoints, MARGIN_TWIPS, PAGE_TWIPS, ptToTwips } from './units';

export interface DocxOptions {
  /** The Tổng hợp chart as a PNG, with its size in pixels; without it the chart block is left out. */
  chart?: { png: Uint8Array; width: number; height: number };
}

/** An empty paragraph `pt` high: the gap after a table (and what keeps two adjacent tables apart). */
const spacer = (pt: number) =>
  new Paragraph({ spacing: { before: 0, after: 0, line: ptToTwips(pt), lineRule: LineRuleType.EXACT }, children: [] });

function chartParagraphs(caption: string, chart: NonNullable<DocxOptions['chart']>): Paragraph[] {
  const maxWidthPx = Math.round(((TEXT_WIDTH_MM * 0.9) / 25.4) * 96);
  const scale = Math.min(1, maxWidthPx / chart.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'png',
          data: chart.png,
          transformation: { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) },
        }),
      ],
    }),
    lineParagraph({ style: 'caption', runs: [{ text: caption }] }),
  ];
}

function render(block: Block, options: DocxOptions): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'header':
      return [twoColumnBlock(block.left, block.right, HEADER_COLUMNS)];
    case 'signature':
      return [spacer(TABLE_TEXT.spaceAfterTablePt), twoColumnBlock(block.left, block.right, SIGNATURE_COLUMNS)];
    case 'paragraph':
      return [lineParagraph(block)];
    case 'heading':
      return [headingParagraph(block.level, block.text)];
    case 'table':
      return [dataTable(block), spacer(TABLE_TEXT.spaceAfterTablePt)];
    case 'chart':
      return options.chart ? chartParagraphs(block.caption, options.chart) : [];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** The page number, centred at the top, under the mark if any; the first page shows only the mark (titlePage). */
function pageNumberHeader(mark: string): Header {
  return new Header({
    children: [
      ...markParagraphs(mark),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: [PageNumber.CURRENT], font: FONT_FAMILY, size: halfPoints(PAGE_NUMBER_PT) }),
        ],
      }),
    ],
  });
}

function markParagraphs(mark: string): Paragraph[] {
  return mark ? [paragraphOf(PARAGRAPH_STYLES.headerMark, [{ text: mark }])] : [];
}

export async function renderReportDocx(model: ReportModel, options: DocxOptions = {}): Promise<Buffer> {
  const source = {
    title: model.documentName,
    creator: reportText.issuerName(model.summary.unit),
    blocks: model.blocks,
    headerMark: model.headerMark,
  };
  return renderBlocksDocx(source, options);
}

/** Any document made of report blocks (the year-end report, the province's announcement). */
export async function renderBlocksDocx(
  source: { title: string; creator: string; blocks: Block[]; headerMark?: string },
  options: DocxOptions = {},
): Promise<Buffer> {
  const mark = source.headerMark ?? '';
  const children = source.blocks.flatMap((b) => render(b, options));
  const doc = new Document({
    title: source.title,
    creator: source.creator,
    // docx writes "Un-named" when this is left out.
    lastModifiedBy: source.creator,
    styles: { default: { document: { run: { font: FONT_FAMILY, size: halfPoints(PARAGRAPH_STYLES.body.sizePt) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: PAGE_TWIPS, margin: MARGIN_TWIPS },
        },
        headers: {
          default: pageNumberHeader(mark),
          first: new Header({ children: mark ? markParagraphs(mark) : [new Paragraph({ children: [] })] }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
