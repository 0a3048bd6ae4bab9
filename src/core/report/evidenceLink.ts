/**
 * An evidence cell as the report prints it: the document's number or name when the official typed one
 * ("QĐ 12/QĐ-UBND – https://…" → "QĐ 12/QĐ-UBND"), else a short "Liên kết"; either way the first address
 * rides along for renderers that can hyperlink it. Addresses themselves (often percent-encoded) are never printed.
 */
import { reportText as t } from '../text';

export interface EvidenceText {
  text: string;
  /** The first address in the cell, for a hyperlink; '' when there is none. */
  url: string;
}

const URL_RE = /(?:https?:\/\/|www\.)[^\s()<>[\]"]+/giu;
/** What an address leaves behind once removed: empty brackets, and dashes, colons or commas at the edges. */
const EMPTY_BRACKETS_RE = /\(\s*\)|\[\s*\]|<\s*>/gu;
const EDGE_RE = /^[\s\-–—:;,|]+|[\s\-–—:;,|]+$/gu;

/** Percent-escapes decoded where they form valid UTF-8; any left over are dropped. */
function decodeSafe(s: string): string {
  if (!/%[0-9a-f]{2}/i.test(s)) return s;
  const decoded = s.replace(/(?:%[0-9a-f]{2})+/gi, (m) => {
    try {
      return decodeURIComponent(m);
    } catch {
      return '';
    }
  });
  return decoded.replace(/%[0-9a-f]{2}/gi, '');
}

export function evidenceText(cell: string): EvidenceText {
  const urls = cell.match(URL_RE) ?? [];
  const rest = cell
    .replace(URL_RE, ' ')
    .split(/\s*[\n;]\s*/u)
    .map((part) => part.replace(EMPTY_BRACKETS_RE, '').replace(EDGE_RE, '').replace(/\s+/gu, ' ').trim())
    .filter((part) => part.length > 0)
    .join('; ');
  const name = decodeSafe(rest).trim();
  const url = urls[0] ? (/^www\./i.test(urls[0]) ? `https://${urls[0]}` : urls[0]) : '';
  return { text: name || (url ? t.evidenceLink : ''), url };
}
