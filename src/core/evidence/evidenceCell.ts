/** How an uploaded document is written into the evidence cell (server side). */
import { looksLikeFormula } from '../cells';

/**
 * A document's name as it goes into the evidence cell and onto Drive: one line, and no leading
 * character that would turn the cell into a formula.
 */
export function cleanFileName(name: string): string {
  let s = name
    .normalize('NFC')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  while (s && looksLikeFormula(s)) s = s.slice(1).trim();
  return s || 'tai-lieu';
}

/** "<name> – <url>": the form the report reads back (src/core/report/evidenceLink.ts). */
export function evidenceEntry(name: string, url: string): string {
  return `${cleanFileName(name)} – ${url}`;
}

/** The cell's text with the new entries on lines of their own after what was there (never replaced). */
export function appendEvidence(existing: string, entries: readonly string[]): string {
  const kept = existing.replace(/\s+$/u, '');
  return [kept, ...entries].filter((s) => s !== '').join('\n');
}
