/** Data tables (one header row, repeated on each page) and the borderless two-column blocks. */
import {
  BorderStyle,
  ExternalHyperlink,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { TABLE_TEXT } from '../../core/report/layout';
import type { Block, Line } from '../../core/report/model';
import { lineParagraph, paragraphOf, textRun } from './paragraphs';
import { TEXT_WIDTH_TWIPS } from './units';

type DataTable = Extract<Block, { kind: 'table' }>;

const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function widths(shares: readonly number[]): number[] {
  const w = shares.map((s) => Math.floor(s * TEXT_WIDTH_TWIPS));
  w[w.length - 1] += TEXT_WIDTH_TWIPS - w.reduce((a, b) => a + b, 0);
  return w;
}

function cellText(text: string, align: DataTable['columns'][number]['align'], bold: boolean, link?: string): Paragraph {
  const layout = {
    sizePt: TABLE_TEXT.sizePt,
    bold,
    italic: false,
    align,
    spaceBeforePt: 0,
    spaceAfterPt: 0,
    lineSpacing: TABLE_TEXT.lineSpacing,
    firstLineIndentMm: 0,
    keepWithNext: false,
  };
  if (!link) return paragraphOf(layout, [{ text }]);
  // Word shows a hyperlink by its run's look only: blue and underlined, as readers expect.
  const run = textRun({ text, underline: true }, layout, '0563C1');
  return paragraphOf(layout, [], { children: [new ExternalHyperlink({ link, children: [run] })] });
}

export function dataTable(t: DataTable): Table {
  const w = widths(t.columns.map((c) => c.width));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: w[i], type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          children: [cellText(c.header, 'center', TABLE_TEXT.headerBold)],
        }),
    ),
  });
  const rows = t.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: r.cells.map(
          (text, i) =>
            new TableCell({
              width: { size: w[i], type: WidthType.DXA },
              children: [cellText(text, t.columns[i].align, r.bold === true, r.links?.[i])],
            }),
        ),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: w,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: GRID,
    rows: [header, ...rows],
  });
}

/** The header and signature blocks: two columns, no borders, each cell a stack of lines. */
export function twoColumnBlock(left: Line[], right: Line[], shares: readonly number[]): Table {
  const w = widths(shares);
  const cell = (lines: Line[], width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      children: lines.map(lineParagraph),
    });
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: w,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, w[0]), cell(right, w[1])] })],
  });
}
