/**
 * The Decree 30/2020/NĐ-CP layout (Appendix I), stated once for both renderers (Google Docs in
 * points, .docx in twips). Lengths are in millimetres and points here; each renderer converts.
 */

/** A4 portrait. */
export const PAGE_MM = { width: 210, height: 297 } as const;

/** Decree ranges: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. We take the lower bounds. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

export const FONT_FAMILY = 'Times New Roman';

/** Width of the text column between the margins. */
export const TEXT_WIDTH_MM = PAGE_MM.width - MARGINS_MM.left - MARGINS_MM.right;

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphLayout {
  sizePt: number;
  bold: boolean;
  italic: boolean;
  align: Align;
  spaceBeforePt: number;
  spaceAfterPt: number;
  /** Multiple of single line spacing. */
  lineSpacing: number;
  firstLineIndentMm: number;
  /** Kept on the same page as the next paragraph or table (.docx; Google Docs has no such setting). */
  keepWithNext: boolean;
}

const p = (sizePt: number, align: Align, extra: Partial<ParagraphLayout> = {}): ParagraphLayout => ({
  sizePt,
  bold: false,
  italic: false,
  align,
  spaceBeforePt: 0,
  spaceAfterPt: 0,
  lineSpacing: 1,
  firstLineIndentMm: 0,
  keepWithNext: false,
  ...extra,
});

/** Body text: 14 pt, justified, ≥ 6 pt between paragraphs, 1.2 lines, first line indented. */
const BODY: Partial<ParagraphLayout> = { spaceAfterPt: 6, lineSpacing: 1.2, firstLineIndentMm: 12.7 };

export const PARAGRAPH_STYLES = {
  // Header block (two borderless columns).
  issuer: p(13, 'center', { bold: true }),
  docNumber: p(13, 'center'),
  nationalTitle: p(12, 'center', { bold: true }),
  motto: p(13, 'center', { bold: true }),
  placeDate: p(13, 'center', { italic: true, spaceBeforePt: 6 }),
  /** A short line (a row of underlined spaces), centred. */
  rule: p(13, 'center', { spaceAfterPt: 6 }),
  // Title.
  docType: p(14, 'center', { bold: true, spaceBeforePt: 18 }),
  subject: p(14, 'center', { bold: true }),
  // Body.
  body: p(14, 'justify', BODY),
  /** A body paragraph that introduces a table. */
  lead: p(14, 'justify', { ...BODY, keepWithNext: true }),
  heading1: p(14, 'justify', { ...BODY, bold: true, spaceBeforePt: 6, keepWithNext: true }),
  heading2: p(14, 'justify', { ...BODY, bold: true, keepWithNext: true }),
  caption: p(13, 'center', { italic: true, spaceAfterPt: 6 }),
  tableNote: p(12, 'justify', { italic: true, spaceBeforePt: 3, spaceAfterPt: 6 }),
  // Bottom block.
  recipientsTitle: p(12, 'left', { bold: true, italic: true, spaceBeforePt: 12 }),
  recipients: p(11, 'left'),
  signerTitle: p(13, 'center', { bold: true, spaceBeforePt: 12 }),
  signerRole: p(13, 'center', { bold: true }),
  /** The name, after the space left for the signature and seal. */
  signerName: p(14, 'center', { bold: true, spaceBeforePt: 72 }),
  // Appendix.
  appendixTitle: p(14, 'center', { bold: true }),
  appendixNote: p(13, 'center', { italic: true, spaceAfterPt: 6 }),
  /** The warning at the top of a report made from a sheet with errors or without data. */
  notice: p(13, 'justify', { bold: true, italic: true, spaceBeforePt: 6, spaceAfterPt: 6 }),
  /** The sample's mark in every page header. */
  headerMark: p(11, 'center', { bold: true, italic: true }),
  /** "Kính gửi: …" under the title. */
  addressee: p(14, 'center', { spaceAfterPt: 6 }),
} as const satisfies Record<string, ParagraphLayout>;

export type ParagraphStyle = keyof typeof PARAGRAPH_STYLES;

/** Page numbers, centred at the top from page 2. */
export const PAGE_NUMBER_PT = 13;

/** Text inside data tables, and the gap left after each one. */
export const TABLE_TEXT = { sizePt: 12, headerBold: true, lineSpacing: 1, spaceAfterTablePt: 6 } as const;

/** Relative widths of the borderless two-column blocks (header, signature). */
export const HEADER_COLUMNS = [0.4, 0.6] as const;
export const SIGNATURE_COLUMNS = [0.5, 0.5] as const;

/** Width of the short lines under the issuer and the subject, in underlined non-breaking spaces. */
export const RULE_SPACES = { issuer: 14, subject: 24 } as const;

export const MM_PER_INCH = 25.4;
export const mmToPt = (mm: number): number => (mm * 72) / MM_PER_INCH;
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / MM_PER_INCH);
