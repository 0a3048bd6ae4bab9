/**
 * The workbook's colours, one palette for both shells: Sheets sets them as CSS hex, the .xlsx writer
 * as ARGB (argb() below). Column headers are tinted by who fills the column (layout roles).
 */
import type { ColumnRole } from './layout';

export const PALETTE = {
  /** Header cell of each column role, and the header rows of the other tabs (the catalogue grey). */
  role: {
    catalogue: '#e8eaed',
    input: '#fef7e0',
    computed: '#e6f4ea',
    appraisal: '#e8f0fe',
    history: '#f1f3f4',
    rounds: '#e8f0fe',
  } satisfies Record<ColumnRole, string>,
  header: '#e8eaed',
  /** Cells officials type into. */
  inputCell: '#fffdf5',
  /** The area's own row (its total) and the index row of Tổng hợp. */
  areaRow: '#fff2cc',
  /** Kiểm tra text starting with "Lỗi" / "Cảnh báo". */
  error: { background: '#f4c7c3', font: '#a50e0e' },
  warning: { background: '#fce8b2', font: '#7a4f01' },
  /** The italic notice under a tab's title. */
  notice: '#5f6368',
  /** A hyperlinked cell in the .xlsx (Sheets colours its own links). */
  link: '#1155cc',
} as const;

/** "#e8eaed" → "FFE8EAED" (opaque ARGB, as .xlsx styles want). */
export const argb = (hex: string): string => `FF${hex.slice(1).toUpperCase()}`;
