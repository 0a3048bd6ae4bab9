/**
 * Whether Sheets' edit events carry the edited block as fields (range.rowStart …), which onEdit relies
 * on to save a call. Proved on the real account by "Kiểm tra cài đặt": the user types into its probe cell
 * (DIAGNOSTICS_PROBE) and onEdit records what the event carried. Only an edit of exactly that cell
 * (on any tab: the sheet is not asked, to save a call) is recorded, so ordinary edits cost nothing more.
 */
import { DIAGNOSTICS_PROBE } from '../core/layout';
import { KEYS } from './store';

export interface EditProbe {
  /** Did the event's range carry rowStart/columnStart/rowEnd/columnEnd? */
  fields: boolean;
  /** When the edit happened (ISO). */
  at: string;
}

type Block = { row: number; column: number; numRows: number; numColumns: number };

export function isProbeCell(block: Block): boolean {
  return (
    block.row === DIAGNOSTICS_PROBE.row &&
    block.column === DIAGNOSTICS_PROBE.column &&
    block.numRows === 1 &&
    block.numColumns === 1
  );
}

/** Called by onEdit for an edit it otherwise ignores: records the probe cell's event (2 calls), else nothing. */
export function recordEditProbe(range: { rowStart?: number }, block: Block): void {
  if (!isProbeCell(block)) return;
  const probe: EditProbe = { fields: typeof range.rowStart === 'number', at: new Date().toISOString() };
  PropertiesService.getDocumentProperties().setProperty(KEYS.editProbe, JSON.stringify(probe));
}

/** The recorded probe, or null when none (or damaged). Pure. */
export function readEditProbe(all: Record<string, string>): EditProbe | null {
  try {
    const v = JSON.parse(all[KEYS.editProbe] ?? 'null') as Partial<EditProbe> | null;
    return v && typeof v.fields === 'boolean' && typeof v.at === 'string' ? { fields: v.fields, at: v.at } : null;
  } catch {
    return null;
  }
}
