/** Decree 30 layout (core/report/layout.ts) in the units of WordprocessingML. */
import { MARGINS_MM, mmToTwips, PAGE_MM, TEXT_WIDTH_MM } from '../../core/report/layout';

export const PAGE_TWIPS = { width: mmToTwips(PAGE_MM.width), height: mmToTwips(PAGE_MM.height) };
export const MARGIN_TWIPS = {
  top: mmToTwips(MARGINS_MM.top),
  bottom: mmToTwips(MARGINS_MM.bottom),
  left: mmToTwips(MARGINS_MM.left),
  right: mmToTwips(MARGINS_MM.right),
  /** The page number sits 10 mm from the top edge, inside the top margin. */
  header: mmToTwips(10),
  footer: mmToTwips(10),
};
export const TEXT_WIDTH_TWIPS = mmToTwips(TEXT_WIDTH_MM);

/** Font sizes are in half-points, spacing in twentieths of a point, line spacing in 240ths. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);
export const lineTwips = (multiple: number): number => Math.round(multiple * 240);
