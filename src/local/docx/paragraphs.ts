/** Report lines → docx paragraphs, with the style's font, size, alignment and spacing. */
import { AlignmentType, ExternalHyperlink, LineRuleType, Paragraph, TextRun, UnderlineType } from 'docx';
import { Align, FONT_FAMILY, mmToTwips, PARAGRAPH_STYLES, ParagraphLayout } from '../../core/report/layout';
import type { Line, Run } from '../../core/report/model';
import { halfPoints, lineTwips, ptToTwips } from './units';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export function alignment(a: Align) {
  return ALIGN[a];
}

export function textRun(r: Run, style: Pick<ParagraphLayout, 'sizePt' | 'bold' | 'italic'>, color?: string): TextRun {
  return new TextRun({
    color,
    text: r.text,
    font: FONT_FAMILY,
    size: halfPoints(style.sizePt),
    bold: r.bold ?? style.bold,
    italics: r.italic ?? style.italic,
    underline: r.underline ? { type: UnderlineType.SINGLE } : undefined,
  });
}

export function paragraphOf(
  layout: ParagraphLayout,
  runs: Run[],
  extra: { outlineLevel?: number; align?: Align; children?: (TextRun | ExternalHyperlink)[] } = {},
): Paragraph {
  return new Paragraph({
    alignment: alignment(extra.align ?? layout.align),
    spacing: {
      before: ptToTwips(layout.spaceBeforePt),
      after: ptToTwips(layout.spaceAfterPt),
      line: lineTwips(layout.lineSpacing),
      lineRule: LineRuleType.AUTO,
    },
    indent: layout.firstLineIndentMm > 0 ? { firstLine: mmToTwips(layout.firstLineIndentMm) } : undefined,
    keepNext: layout.keepWithNext || undefined,
    outlineLevel: extra.outlineLevel,
    children: extra.children ?? runs.map((r) => textRun(r, layout)),
  });
}

export function lineParagraph(l: Line): Paragraph {
  return paragraphOf(PARAGRAPH_STYLES[l.style], l.runs);
}

/** Section headings carry an outline level, so Word's navigation pane lists them. */
export function headingParagraph(level: 1 | 2, text: string): Paragraph {
  return paragraphOf(PARAGRAPH_STYLES[level === 1 ? 'heading1' : 'heading2'], [{ text }], { outlineLevel: level - 1 });
}
