/**
 * The office's choice, in Thông tin chung, of who may write the computed columns, Tổng hợp and
 * Nhật ký (Tính điểm and onEdit run as whoever presses the button or types):
 * - shared  (default): the office and every official listed in Phân công — everyone's Tính điểm writes;
 * - office: the office only — an official's Tính điểm shows the results without writing them;
 * - warning: every protection of the add-on only warns.
 */
import { cellText, type CellValue } from '../core/cells';
import { SETUP_TEXT as T } from '../core/text';

export type ProtectionMode = keyof typeof T.protectionModes;

export const DEFAULT_PROTECTION_MODE: ProtectionMode = 'shared';

/** The labels of the drop-down, default first. */
export const PROTECTION_MODE_LABELS: readonly string[] = Object.values(T.protectionModes);

/** The mode a Thông tin chung cell holds; blank is the default, an unknown text is reported. Pure. */
export function readProtectionMode(value: CellValue | undefined): { mode: ProtectionMode; unknown: string | null } {
  const text = cellText(value).trim();
  if (!text) return { mode: DEFAULT_PROTECTION_MODE, unknown: null };
  const wanted = text.toLocaleLowerCase('vi');
  for (const [mode, label] of Object.entries(T.protectionModes) as [ProtectionMode, string][]) {
    if (label.toLocaleLowerCase('vi') === wanted) return { mode, unknown: null };
  }
  return { mode: DEFAULT_PROTECTION_MODE, unknown: text };
}
