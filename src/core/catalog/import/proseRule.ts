/**
 * Reads the scoring prose of a province's table ("Ban hành kịp thời: 1 điểm; không kịp thời: 0,5 điểm")
 * into our rule language (ruleText.ts). Anything it cannot read for certain gives null: the caller keeps
 * the prose and makes the criterion "Nhập điểm". A reading is only returned if parseRule accepts it.
 */
import { PROSE } from '../../text';
import { fromMilli, Milli, toMilli } from '../../points';
import { normalizeLabel, parseRule } from '../ruleText';
import type { InputKind } from '../types';

export interface ProseReading {
  kind: InputKind;
  rule: string;
  /** The most points the rule can give (to compare with the criterion's maximum). */
  top: Milli;
}

const NUM = String.raw`(\d+(?:[.,]\d+)?)`;
const numberOf = (s: string) => Number(s.replace(',', '.'));
const vi = (x: number) => String(x).replace('.', ',');

/** "-1,5" / "1.5" / "2 điểm" / "(2)" → the number; anything else → null. Signs are kept off: callers know the sign. */
export function readPoints(text: string): number | null {
  const t = text
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .replace(/^[-−–+]\s*/, '')
    .replace(new RegExp(`\\s*${PROSE.point}$`, 'i'), '')
    .trim();
  if (!new RegExp(`^${NUM}$`).test(t)) return null;
  // "1.234" with three decimals after a point is more likely a thousands separator than points.
  if (/^\d+\.\d{3}$/.test(t)) return null;
  return numberOf(t);
}

function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[–—]/g, '-')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** Splits prose into "label: points" segments (";" or line breaks; a trailing "." is dropped). */
function segments(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((s) =>
      s
        .trim()
        .replace(/^[-+•*]\s*/, '')
        .replace(/[.,]$/, '')
        .trim(),
    )
    .filter((s) => s.length > 0);
}

type Award = { fixed: number } | { factor: number };

/** "2 điểm" / "0" / "điểm = tỷ lệ % × 2" / "tỷ lệ × 2" → an award. */
function readAward(raw: string): Award | null {
  const text = raw.trim().replace(/^(?:được\s+)?(?:cộng|trừ)\s+/i, '');
  const fixed = readPoints(text);
  if (fixed !== null && !/^[-−]/.test(text.trim())) return { fixed };
  const m = new RegExp(
    `^(?:${PROSE.point}\\s*=\\s*)?tỷ lệ\\s*(?:%\\s*)?(?:đạt được\\s*)?[×x*]\\s*${NUM}(?:\\s*${PROSE.point})?$`,
    'i',
  ).exec(normalizeLabel(text));
  return m ? { factor: numberOf(m[1]) } : null;
}

/** "label: award" or "label được N điểm". */
function splitSegment(segment: string): { label: string; award: Award } | null {
  const colon = segment.lastIndexOf(':');
  if (colon >= 0) {
    const award = readAward(segment.slice(colon + 1));
    const label = segment.slice(0, colon).trim();
    return award && label ? { label, award } : null;
  }
  const m = new RegExp(`^(.*?)\\s*(?:được|đạt|cho)?\\s*${NUM}\\s*${PROSE.point}$`, 'i').exec(segment);
  if (m && m[1].trim()) return { label: m[1].trim(), award: { fixed: numberOf(m[2]) } };
  return null;
}

/** A label's percentage condition in our syntax ("≥ 80%"), or null when it has none. */
function percentCondition(label: string): string | null {
  const l = normalizeLabel(label);
  const p = String.raw`(\d+(?:[.,]\d+)?)\s*%`;
  let m = new RegExp(`từ\\s*${p}\\s*(?:đến|-)\\s*(?:dưới|<)`).exec(l);
  if (m) return `≥ ${m[1]}%`;
  m = new RegExp(`(?:từ|đạt|≥|>=)\\s*${p}\\s*(?:trở lên|đến|-|$)`).exec(l);
  if (m) return numberOf(m[1]) === 100 ? '= 100%' : `≥ ${m[1]}%`;
  m = new RegExp(`(?:trên|>)\\s*${p}`).exec(l);
  if (m) return `> ${m[1]}%`;
  m = new RegExp(`(?:dưới|<)\\s*${p}`).exec(l);
  if (m) return `< ${m[1]}%`;
  m = new RegExp(`(?:^|\\s)${p}$`).exec(l) ?? new RegExp(`(?:^|\\s)${p}\\s`).exec(l);
  if (m) return numberOf(m[1]) === 100 ? '= 100%' : `≥ ${m[1]}%`;
  return null;
}

function awardText(a: Award): string {
  return 'fixed' in a ? vi(a.fixed) : `tỷ lệ × ${vi(a.factor)}`;
}

/** "mỗi sáng kiến 0,5 điểm, tối đa 1 điểm" / "mỗi báo cáo gửi chậm trừ 0,5 điểm, tối đa trừ 2 điểm". */
function perItem(text: string): ProseReading | null {
  const l = normalizeLabel(text);
  const m = new RegExp(
    `^mỗi\\s+.+?\\s*(?:được\\s*)?(?:cộng|trừ)?\\s*${NUM}\\s*${PROSE.point}\\s*[,;.]?\\s*(?:nhưng\\s*)?tối đa\\s*(?:được\\s*)?(?:cộng|trừ)?\\s*(?:không quá\\s*)?${NUM}\\s*${PROSE.point}\\.?$`,
  ).exec(l);
  if (!m) return null;
  const per = toMilli(numberOf(m[1]));
  const cap = toMilli(numberOf(m[2]));
  if (per <= 0 || cap < per) return null;
  const steps = Math.ceil(cap / per);
  if (steps > 20) return null;
  const tiers: string[] = [];
  for (let k = steps; k >= 1; k--) tiers.push(`≥ ${k}: ${vi(fromMilli(Math.min(cap, k * per)))}`);
  tiers.push('còn lại: 0');
  return { kind: 'count', rule: tiers.join('; '), top: cap };
}

/**
 * Prose (or option sub-rows joined with "; ") → a rule, or null. `max` is the criterion's maximum:
 * "có/không" gives it in full; a reading above it is still returned (the caller reports the contradiction).
 */
export function readProseRule(prose: string, max: Milli): ProseReading | null {
  const text = clean(prose);
  if (!text) return null;
  if ((PROSE.yesNoOnly as readonly string[]).includes(normalizeLabel(text).replace(/\.$/, ''))) {
    return { kind: 'yesno', rule: `Có: ${vi(fromMilli(max))}; Không: 0`, top: max };
  }
  const each = perItem(text);
  if (each) return accept(each, max);

  const parts = segments(text).map(splitSegment);
  if (parts.length === 0 || parts.some((p) => p === null)) return null;
  const items = parts as { label: string; award: Award }[];
  const top = toMilli(Math.max(...items.map((i) => ('fixed' in i.award ? i.award.fixed : i.award.factor))));

  const conditions = items.map((i) => percentCondition(i.label));
  if (conditions.every((c) => c !== null)) {
    const tiers = items.map((i, k) => ({ cond: conditions[k]!, award: awardText(i.award) }));
    // A last "dưới X%" under tiers going down is what the rule language calls "còn lại".
    const last = tiers[tiers.length - 1];
    if (tiers.length > 1 && last.cond.startsWith('<')) last.cond = 'còn lại';
    return accept({ kind: 'ratio', rule: tiers.map((t) => `${t.cond}: ${t.award}`).join('; '), top }, max);
  }
  if (items.some((i) => !('fixed' in i.award))) return null;
  const labels = items.map((i) => normalizeLabel(i.label));
  if (labels.length === 2 && labels.includes(PROSE.yes) && labels.includes(PROSE.no)) {
    const yes = items[labels.indexOf(PROSE.yes)].award as { fixed: number };
    const no = items[labels.indexOf(PROSE.no)].award as { fixed: number };
    return accept({ kind: 'yesno', rule: `Có: ${vi(yes.fixed)}; Không: ${vi(no.fixed)}`, top }, max);
  }
  const rule = items
    .map((i) => `${capitalize(i.label.replace(/[:;]/g, ' ').trim())}: ${awardText(i.award)}`)
    .join('; ');
  return accept({ kind: 'status', rule, top }, max);
}

/** Keeps a reading the rule parser accepts, ignoring only "above the maximum" (reported by the caller). */
function accept(reading: ProseReading, max: Milli): ProseReading | null {
  const { problems } = parseRule('0.0', reading.kind, reading.rule, Math.max(max, reading.top));
  return problems.length === 0 ? reading : null;
}
