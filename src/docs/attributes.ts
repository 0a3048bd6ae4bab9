/**
 * The Decree 30 layout (core/report/layout.ts) as DocumentApp attribute objects, in points.
 * Enums are read from the DocumentApp global at run time (GoogleAppsScript.* does not exist there).
 */
import { Align, FONT_FAMILY, mmToPt, ParagraphLayout, TABLE_TEXT } from '../core/report/layout';
import type { Run } from '../core/report/model';

type Attributes = Record<string, unknown>;

function alignment(a: Align): GoogleAppsScript.Document.HorizontalAlignment {
  const H = DocumentApp.HorizontalAlignment;
  return { left: H.LEFT, center: H.CENTER, right: H.RIGHT, justify: H.JUSTIFY }[a];
}

/** Every paragraph and text attribute of a style, so nothing is left to the document's defaults. */
export function paragraphAttributes(layout: ParagraphLayout, extraSpaceBeforePt = 0): Attributes {
  const A = DocumentApp.Attribute;
  return {
    [A.FONT_FAMILY]: FONT_FAMILY,
    [A.FONT_SIZE]: layout.sizePt,
    [A.BOLD]: layout.bold,
    [A.ITALIC]: layout.italic,
    [A.UNDERLINE]: false,
    [A.HORIZONTAL_ALIGNMENT]: alignment(layout.align),
    [A.SPACING_BEFORE]: layout.spaceBeforePt + extraSpaceBeforePt,
    [A.SPACING_AFTER]: layout.spaceAfterPt,
    [A.LINE_SPACING]: layout.lineSpacing,
    [A.INDENT_FIRST_LINE]: mmToPt(layout.firstLineIndentMm),
    [A.INDENT_START]: 0,
  };
}

/** A run's own formatting where it differs from its paragraph's style. */
export function runOverrides(run: Run, layout: ParagraphLayout): Attributes {
  const A = DocumentApp.Attribute;
  const out: Attributes = {};
  if (run.bold !== undefined && run.bold !== layout.bold) out[A.BOLD] = run.bold;
  if (run.italic !== undefined && run.italic !== layout.italic) out[A.ITALIC] = run.italic;
  if (run.underline) out[A.UNDERLINE] = true;
  return out;
}

/** Borders plus every paragraph and text attribute of `layout` for all the table's text: one call per table. */
export function tableAttributes(borderWidthPt: number, layout: ParagraphLayout = TABLE_PARAGRAPH): Attributes {
  const A = DocumentApp.Attribute;
  return { ...paragraphAttributes(layout), [A.BORDER_WIDTH]: borderWidthPt, [A.BORDER_COLOR]: '#000000' };
}

/** Text in data tables: 12 pt, left, single-spaced, no indent (the body's defaults are reset). */
const TABLE_PARAGRAPH: ParagraphLayout = {
  sizePt: TABLE_TEXT.sizePt,
  bold: false,
  italic: false,
  align: 'left',
  spaceBeforePt: 0,
  spaceAfterPt: 0,
  lineSpacing: TABLE_TEXT.lineSpacing,
  firstLineIndentMm: 0,
  keepWithNext: false,
};

export function boldAttributes(): Attributes {
  return { [DocumentApp.Attribute.BOLD]: true };
}
