/**
 * How report prose names a criterion. Many titles are the a/b definition of a ratio ("Bộ phận được tự
 * kiểm tra / bộ phận theo kế hoạch kiểm tra"), which reads badly in a sentence. The catalogue may give a
 * short name; otherwise one is derived from the title: a bracketed a/b definition is dropped, and a
 * title that is only "a / b" becomes "Tỷ lệ a".
 */
import type { CatalogueSpec } from './types';

const RATIO_IN_BRACKETS = /\s*\([^()]*\s\/\s[^()]*\)/gu;
const RATIO = /^(.+?)\s+\/\s+.+$/u;

/** Lower-cases the first letter unless the first word is an acronym (CBCC, TTHC …). */
function inSentence(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s[0].toLocaleLowerCase('vi') + s.slice(1) : s;
}

/** The title without its a/b definition, or null when it has none. */
export function derivedShortName(title: string): string | null {
  const t = title.trim();
  const stripped = t.replace(RATIO_IN_BRACKETS, '').trim();
  if (stripped !== t && stripped.length > 0) return stripped;
  const m = RATIO.exec(t);
  if (!m) return null;
  const first = m[1].trim();
  return /^tỷ lệ(\s|$)/iu.test(first) ? first : `Tỷ lệ ${inSentence(first)}`;
}

/**
 * A criterion's name for prose, from the short names of the catalogues the shell knows (looked up by
 * title: the workbook's rows hold titles, not short names; a title edited in the sheet loses a stale
 * short name), else derived from the title.
 */
export function proseNamer(catalogues: readonly CatalogueSpec[]): (c: { title: string }) => string {
  const known = new Map<string, string>();
  for (const spec of catalogues)
    for (const a of spec.areas)
      for (const c of a.criteria) if (c.shortName && !known.has(c.title)) known.set(c.title, c.shortName);
  return (c) => known.get(c.title) ?? derivedShortName(c.title) ?? c.title;
}
