/**
 * A catalogue's fingerprint: a short code that is equal for two workbooks exactly when they score
 * the same way (codes, maxima, kinds, rules, "không phát sinh", groups, ratings). Titles, tab names
 * and notices do not count: a retitled criterion scores the same. Used by the roll-up to flag units
 * scored with different catalogues, and to build each distinct catalogue once.
 */
import { buildCatalogue } from './build';
import type { CatalogueSpec } from './types';

/** What decides the points, in a fixed order, as one string. */
function scoringText(spec: CatalogueSpec): string {
  const parts: string[] = [`g:${spec.groups}`, `r:${spec.ratings}`];
  for (const a of spec.areas) {
    // A bonus, penalty or survey area scores differently; a regular area's text is as before.
    parts.push(`a:${a.code}|${a.maxPoints}${a.role ? `|${a.role}` : ''}`);
    for (const c of a.criteria)
      parts.push(`c:${c.code}|${c.maxPoints}|${c.kind}|${c.rule}|${c.naAllowed === true ? 1 : 0}`);
  }
  return parts.join('\n');
}

/** FNV-1a, 32 bits, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * "BTC-" and 12 hex digits (two 32-bit FNV-1a hashes with different bases, 48 bits kept), e.g.
 * "BTC-3FA91C07D2E4". The prefix keeps a sheet from reading it as a number when written.
 */
export function catalogueFingerprint(spec: CatalogueSpec): string {
  const text = scoringText(spec);
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return 'BTC-' + (hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x050c5d1f))).slice(0, 12).toUpperCase();
}

export type CatalogueBuilder = (spec: CatalogueSpec) => ReturnType<typeof buildCatalogue>;

/**
 * buildCatalogue, once per distinct spec: a roll-up of 200 workbooks of the same catalogue builds it
 * once. The key is the whole spec (titles included), so every workbook's result carries its own
 * titles; the built catalogue is only read by scoring, never changed.
 */
export function catalogueCache(): CatalogueBuilder & { builds: () => number } {
  const built = new Map<string, ReturnType<typeof buildCatalogue>>();
  let builds = 0;
  const get = (spec: CatalogueSpec) => {
    const key = JSON.stringify(spec);
    let hit = built.get(key);
    if (!hit) {
      hit = buildCatalogue(spec);
      builds++;
      built.set(key, hit);
    }
    return hit;
  };
  return Object.assign(get, { builds: () => builds });
}
