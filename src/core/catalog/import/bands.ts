/**
 * Rating bands (xếp loại) and groups (phân nhóm) stated beside a province's criteria table, e.g.
 * "Xếp loại: Tốt: từ 90 điểm trở lên; Khá: từ 80 đến dưới 90 điểm; Trung bình: từ 65 đến dưới 80 điểm;
 * Yếu: dưới 65 điểm" → "≥ 90%: Tốt; ≥ 80%: Khá; ≥ 65%: Trung bình; còn lại: Yếu". Points become a
 * percentage of the index's maximum. What cannot be read is left to the office to confirm.
 */
import { parseDecimal } from '../ruleText';

export type BandKind = 'ratings' | 'groups';

const KEYWORDS: Record<BandKind, RegExp> = {
  ratings: /xếp loại|phân loại/iu,
  groups: /phân nhóm/iu,
};

/** Which bands a line speaks of; null when neither. */
export function bandKindOf(text: string): BandKind | null {
  const t = text.normalize('NFC');
  if (KEYWORDS.groups.test(t)) return 'groups';
  if (KEYWORDS.ratings.test(t)) return 'ratings';
  return null;
}

const NUM = String.raw`(\d+(?:[.,]\d+)?)`;
const UNIT = String.raw`\s*(điểm|%)?`;
/** The lower bound of a band ("từ 90 điểm trở lên", "≥ 90", "80–<90", "trên 95%"), or "dưới 65" (the rest). */
const LOWER: { re: RegExp; strict: boolean }[] = [
  { re: new RegExp(String.raw`(?:từ|đạt)\s*${NUM}${UNIT}`, 'iu'), strict: false },
  { re: new RegExp(String.raw`(?:≥|>=)\s*${NUM}${UNIT}`, 'iu'), strict: false },
  { re: new RegExp(String.raw`(?:trên|>)\s*${NUM}${UNIT}`, 'iu'), strict: true },
  { re: new RegExp(String.raw`^${NUM}${UNIT}\s*(?:–|-|đến)`, 'iu'), strict: false },
];
const REST = /(?:dưới|<)\s*\d/iu;
const CONDITION_START = /(?<=^|\s)(?:từ|≥|>=|>|trên|dưới|<|\d)/iu;

interface Segment {
  label: string;
  min: number | null; // null: the rest
  strict: boolean;
  unit: 'điểm' | '%' | null;
}

function readSegment(raw: string): Segment | null {
  let s = raw
    .normalize('NFC')
    .replace(/^\s*[-+•*]\s*/u, '')
    .replace(/^(?:xếp loại|phân loại|phân nhóm)\s*/iu, '')
    .trim();
  if (!s) return null;
  // "Tốt: từ 90 điểm trở lên" or "Từ 90 điểm trở lên: Tốt" or "Tốt ≥ 90 điểm".
  let label: string;
  let cond: string;
  const colon = s.indexOf(':');
  if (colon >= 0 && /^(?:từ|≥|>=|>|trên|dưới|<|\d)/iu.test(s.slice(0, colon).trim())) {
    cond = s.slice(0, colon);
    label = s.slice(colon + 1);
  } else if (colon >= 0) {
    label = s.slice(0, colon);
    cond = s.slice(colon + 1);
  } else {
    const at = s.search(CONDITION_START);
    if (at <= 0) return null;
    label = s.slice(0, at);
    cond = s.slice(at);
  }
  label = label
    .replace(/^(?:loại|mức|nhóm)?\s*/iu, (m) => (/nhóm/iu.test(m) ? m : ''))
    .replace(/[\s:–-]+$/u, '')
    .trim();
  s = cond.trim();
  if (!label || !/\p{L}/u.test(label)) return null;
  for (const { re, strict } of LOWER) {
    const m = re.exec(s);
    if (m) {
      const min = parseDecimal(m[1]);
      if (min === null) return null;
      return { label, min, strict, unit: (m[2] as Segment['unit']) ?? unitAfter(s) };
    }
  }
  if (REST.test(s)) return { label, min: null, strict: false, unit: unitAfter(s) };
  return null;
}

const unitAfter = (s: string): Segment['unit'] => (/%/u.test(s) ? '%' : /điểm/iu.test(s) ? 'điểm' : null);

const pct = (x: number) => String(Math.round(x * 100) / 100).replace('.', ',');

/**
 * The band text of the catalogue (parseBands' syntax) from the lines stating it, or null when a
 * segment cannot be read. `maxPoints` is the index's maximum (points are turned into percent of it).
 */
export function readBandLines(lines: string[], maxPoints: number): string | null {
  const segments: Segment[] = [];
  for (const line of lines)
    for (const part of line
      .replace(/^[^:]*(?:xếp loại|phân loại|phân nhóm)[^:]*:\s*(?=\S)/iu, (m) => (/\d/.test(m) ? m : ''))
      .split(/[;\n]|[,.]\s+(?=\p{Lu})/u)) {
      if (!part.trim() || (!/\d/.test(part) && bandKindOf(part))) continue; // a heading ("XẾP LOẠI")
      const seg = readSegment(part);
      if (!seg) return null;
      segments.push(seg);
    }
  if (segments.length < 2) return null;
  const toPercent = (s: Segment) => {
    if (s.min === null) return null;
    if (s.unit === '%') return s.min;
    return maxPoints > 0 ? (s.min / maxPoints) * 100 : null;
  };
  const bands = segments.map((s) => ({ s, p: toPercent(s) })).sort((a, b) => (b.p ?? -1) - (a.p ?? -1));
  if (bands.some((b) => b.s.min !== null && b.p === null)) return null;
  if (bands.filter((b) => b.s.min === null).length > 1) return null;
  return bands
    .map(({ s, p }) => (p === null ? `còn lại: ${s.label}` : `${s.strict ? '>' : '≥'} ${pct(p)}%: ${s.label}`))
    .join('; ');
}
