/**
 * The readable rule language of the "Cách chấm" column. The office edits rules as text in the sheet;
 * this module turns that text into a ParsedRule and says, in Vietnamese, what is wrong with it.
 *
 *   Tỷ lệ a/b     "= 100%: 2; ≥ 80%: 1; còn lại: 0"      tiers; the first one that holds wins
 *                 "= 100%: 2; ≥ 90%: tỷ lệ × 2; còn lại: 0"   proportional above a floor
 *                 "tỷ lệ × 3"                              plainly proportional
 *   Số lượng      "= 0: 4; ≥ 1: 0"                          tiers on a count (no %)
 *   Có/Không      "Có: 1; Không: 0"
 *   Trạng thái    "Kịp thời: 1; Không kịp thời: 0,5; Không ban hành: 0"
 *   Danh mục      "Đài truyền thanh: 0,25; Trang thông tin điện tử: 0,25; …"   ticks add up
 *   Nhập điểm, Nhóm: free text (the points are typed, or summed from the children)
 *
 * Operators: ≥ (or >=) and ≤ (or <=) include their bound, > and < exclude it, = is exact.
 * Decimal comma or point in points ("0,5" = "0.5"). "còn lại" (otherwise) must come last.
 */
import { ELSE_WORD, NO_WORD, RATIO_WORD, YES_WORD, msg } from '../text';
import { fromMilli, Milli, toMilli } from '../points';
import type { Award, Band, Condition, InputKind, Operator, Option, ParsedRule, Target, Tier } from './types';

export interface ParseOutcome<T> {
  value: T;
  problems: string[];
}

const OPS: Record<string, Operator> = { '≥': '>=', '>=': '>=', '>': '>', '≤': '<=', '<=': '<=', '<': '<', '=': '=' };
const OP_TEXT: Record<Operator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/** "0,5" / "0.5" / "2" → 0.5 / 2; anything else → null. */
export function parseDecimal(text: string): number | null {
  const t = text.trim();
  if (!/^\d+(?:[.,]\d+)?$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

/** Lower-case, NFC, single spaces: the form in which labels are compared. */
export function normalizeLabel(s: string): string {
  return s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/** Removes Vietnamese diacritics, for suggestions only (never for matching). */
export function stripDiacritics(s: string): string {
  return normalizeLabel(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

export function splitSegments(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function isElse(s: string): boolean {
  return normalizeLabel(s) === ELSE_WORD || normalizeLabel(s) === 'dưới mức trên' || normalizeLabel(s) === 'khác';
}

/** "≥ 80%" → {op, value, percent}; "3" → "= 3". */
export function parseCondition(text: string): { condition: Condition; percent: boolean } | null {
  if (isElse(text)) return { condition: { op: 'else' }, percent: false };
  const m = /^(≥|>=|>|≤|<=|<|=)?\s*(\d+(?:[.,]\d+)?)\s*(%)?$/.exec(text.trim());
  if (!m) return null;
  const value = parseDecimal(m[2]);
  if (value === null) return null;
  return { condition: { op: OPS[m[1] ?? '='], value }, percent: m[3] === '%' };
}

export function conditionText(c: Condition, unit: 'percent' | 'count'): string {
  if (c.op === 'else') return ELSE_WORD;
  return `${OP_TEXT[c.op]} ${String(c.value).replace('.', ',')}${unit === 'percent' ? '%' : ''}`;
}

export function conditionHolds(c: Condition, v: number): boolean {
  switch (c.op) {
    case 'else':
      return true;
    case '>=':
      return v >= c.value;
    case '>':
      return v > c.value;
    case '<=':
      return v <= c.value;
    case '<':
      return v < c.value;
    case '=':
      return v === c.value;
  }
}

function parseAward(text: string): Award | null {
  const fixed = parseDecimal(text);
  if (fixed !== null) return { kind: 'fixed', points: toMilli(fixed) };
  const m = new RegExp(`^${RATIO_WORD}\\s*[×x*]\\s*(\\d+(?:[.,]\\d+)?)$`, 'i').exec(normalizeLabel(text));
  if (!m) return null;
  const factor = parseDecimal(m[1]);
  return factor === null ? null : { kind: 'proportional', factor: toMilli(factor) };
}

function splitAtLastColon(segment: string): [string, string] | null {
  const i = segment.lastIndexOf(':');
  return i < 0 ? null : [segment.slice(0, i).trim(), segment.slice(i + 1).trim()];
}

function hasMoreThanThreeDecimals(text: string): boolean {
  return /[.,]\d{4,}/.test(text);
}

/** "-1" / "−0,5" as points: said plainly instead of a generic syntax message. */
function isNegativeNumber(text: string): boolean {
  return /^[-−]\s*\d+(?:[.,]\d+)?$/.test(text.trim());
}

function parseTiers(code: string, text: string, unit: 'percent' | 'count', max: Milli): ParseOutcome<ParsedRule> {
  const problems: string[] = [];
  const tiers: Tier[] = [];
  for (const segment of splitSegments(text)) {
    const parts = splitAtLastColon(segment);
    // "tỷ lệ × 3" alone is a plainly proportional rule.
    const award = parseAward(parts ? parts[1] : segment);
    const cond = parts ? parseCondition(parts[0]) : { condition: { op: 'else' } as Condition, percent: false };
    if (parts && isNegativeNumber(parts[1])) {
      problems.push(msg.ruleNegativePoints(code));
      continue;
    }
    if (!award || !cond || hasMoreThanThreeDecimals(segment)) {
      problems.push(msg.ruleSyntax(code, segment));
      continue;
    }
    if (cond.condition.op !== 'else') {
      if (unit === 'percent' && !cond.percent) problems.push(msg.ruleNeedsPercent(code, segment));
      if (unit === 'count' && cond.percent) problems.push(msg.ruleNoPercentForCount(code, segment));
    }
    if (award.kind === 'proportional' && unit !== 'percent') problems.push(msg.ruleProportionalNotRatio(code));
    const points = award.kind === 'fixed' ? award.points : award.factor;
    if (points > max) problems.push(msg.rulePointsAboveMax(code, fromMilli(points), fromMilli(max)));
    tiers.push({ condition: cond.condition, award });
  }
  if (problems.length === 0) problems.push(...checkTierOrder(code, tiers, unit));
  return { value: { kind: 'tiers', unit, tiers }, problems };
}

/** Tiers must run one way (high → low or low → high), "còn lại" last, and each must be reachable. */
function checkTierOrder(code: string, tiers: Tier[], unit: 'percent' | 'count'): string[] {
  const problems: string[] = [];
  const elseAt = tiers.findIndex((t) => t.condition.op === 'else');
  if (elseAt >= 0 && elseAt !== tiers.length - 1) problems.push(msg.ruleElseNotLast(code));
  const values = tiers.flatMap((t) => (t.condition.op === 'else' ? [] : [t.condition.value]));
  const down = values.every((v, i) => i === 0 || v <= values[i - 1]);
  const up = values.every((v, i) => i === 0 || v >= values[i - 1]);
  if (!down && !up) problems.push(msg.ruleTiersOutOfOrder(code));
  if (problems.length > 0) return problems;

  // Probe values around every bound: a tier no probe reaches first is hidden by an earlier one.
  const step = unit === 'percent' ? 0.0001 : 1;
  const top = unit === 'percent' ? 100 : Math.max(0, ...values) + 1;
  const probes = new Set<number>([0, top]);
  for (const v of values) for (const p of [v - step, v, v + step]) if (p >= 0 && p <= top) probes.add(p);
  tiers.forEach((tier, i) => {
    const mine = [...probes].filter((p) => conditionHolds(tier.condition, p));
    const reachable = mine.some((p) => !tiers.slice(0, i).some((t) => conditionHolds(t.condition, p)));
    if (!reachable && tier.condition.op !== 'else') {
      const earlier = tiers.slice(0, i).find((t) => mine.some((p) => conditionHolds(t.condition, p)));
      problems.push(
        msg.ruleTierUnreachable(
          code,
          conditionText(tier.condition, unit),
          earlier ? conditionText(earlier.condition, unit) : unit === 'percent' ? '0% – 100%' : '≥ 0',
        ),
      );
    }
  });
  return problems;
}

function parseOptions(code: string, text: string): ParseOutcome<Option[]> {
  const problems: string[] = [];
  const options: Option[] = [];
  for (const segment of splitSegments(text)) {
    const parts = splitAtLastColon(segment);
    const points = parts ? parseDecimal(parts[1]) : null;
    if (parts && isNegativeNumber(parts[1])) {
      problems.push(msg.ruleNegativePoints(code));
      continue;
    }
    if (!parts || !parts[0] || points === null || hasMoreThanThreeDecimals(parts[1])) {
      problems.push(msg.ruleSyntax(code, segment));
      continue;
    }
    if (options.some((o) => normalizeLabel(o.label) === normalizeLabel(parts[0])))
      problems.push(msg.ruleDuplicateOption(code, parts[0]));
    options.push({ label: parts[0].normalize('NFC'), points: toMilli(points) });
  }
  return { value: options, problems };
}

/** Parses a criterion's rule text for its input kind; problems are Vietnamese, one per fault. */
export function parseRule(code: string, kind: InputKind, text: string, max: Milli): ParseOutcome<ParsedRule> {
  const trimmed = (text ?? '').trim();
  if (kind === 'group') return { value: { kind: 'sum' }, problems: [] };
  if (kind === 'retired') return { value: { kind: 'none' }, problems: [] };
  if (kind === 'manual') return { value: { kind: 'manual' }, problems: [] };
  if (!trimmed) return { value: { kind: 'none' }, problems: [msg.ruleEmpty(code)] };
  if (kind === 'ratio') return parseTiers(code, trimmed, 'percent', max);
  if (kind === 'count') return parseTiers(code, trimmed, 'count', max);

  const { value: options, problems } = parseOptions(code, trimmed);
  if (problems.length > 0) return { value: { kind: 'none' }, problems };
  if (kind === 'yesno') {
    const yes = options.find((o) => normalizeLabel(o.label) === normalizeLabel(YES_WORD));
    const no = options.find((o) => normalizeLabel(o.label) === normalizeLabel(NO_WORD));
    if (!yes || options.length > 2 || (options.length === 2 && !no))
      return { value: { kind: 'none' }, problems: [msg.ruleYesNoLabels(code)] };
    const rule: ParsedRule = { kind: 'yesno', yes: yes.points, no: no?.points ?? 0 };
    if (rule.yes > max || rule.no > max)
      problems.push(msg.rulePointsAboveMax(code, fromMilli(Math.max(rule.yes, rule.no)), fromMilli(max)));
    return { value: rule, problems };
  }
  if (kind === 'checklist') {
    const sum = options.reduce((s, o) => s + o.points, 0);
    if (sum > max) problems.push(msg.ruleChecklistAboveMax(code, fromMilli(sum), fromMilli(max)));
  } else {
    for (const o of options)
      if (o.points > max) problems.push(msg.rulePointsAboveMax(code, fromMilli(o.points), fromMilli(max)));
  }
  return { value: { kind: 'options', options }, problems };
}

/** Parses a plan target ("≥ 90%", "= 0", "Có", a status label) for a criterion. */
export function parseTarget(
  code: string,
  kind: InputKind,
  rule: ParsedRule,
  text: string,
): ParseOutcome<Target | undefined> {
  const t = (text ?? '').trim();
  if (!t) return { value: undefined, problems: [] };
  if (kind === 'ratio' || kind === 'count') {
    const c = parseCondition(t);
    if (c && c.condition.op !== 'else' && c.percent === (kind === 'ratio')) {
      return {
        value: { kind: 'condition', unit: kind === 'ratio' ? 'percent' : 'count', condition: c.condition },
        problems: [],
      };
    }
  } else if (kind === 'yesno' && normalizeLabel(t) === normalizeLabel(YES_WORD)) {
    return { value: { kind: 'yes' }, problems: [] };
  } else if (rule.kind === 'options') {
    const o = rule.options.find((x) => normalizeLabel(x.label) === normalizeLabel(t));
    if (o) return { value: { kind: 'option', label: o.label }, problems: [] };
  }
  return { value: undefined, problems: [msg.targetInvalid(code, t)] };
}

/**
 * Groups and ratings: "≥ 90% và mọi lĩnh vực ≥ 70%: Hoàn thành xuất sắc; ≥ 50%: Hoàn thành; còn lại: Không hoàn thành".
 * Highest first; "còn lại" last.
 */
export function parseBands(what: string, text: string): ParseOutcome<Band[]> {
  const problems: string[] = [];
  const bands: Band[] = [];
  for (const segment of splitSegments(text ?? '')) {
    const i = segment.indexOf(':');
    const cond = i < 0 ? '' : segment.slice(0, i).trim();
    const label = i < 0 ? '' : segment.slice(i + 1).trim();
    if (!label) {
      problems.push(msg.bandsSyntax(what, segment));
      continue;
    }
    if (isElse(cond)) {
      bands.push({ minPercent: 0, strict: false, areaFloorPercent: null, label });
      continue;
    }
    const m =
      /^(≥|>=|>)\s*(\d+(?:[.,]\d+)?)\s*%(?:\s*(?:và|,)\s*mọi lĩnh vực\s*(?:≥|>=)\s*(\d+(?:[.,]\d+)?)\s*%)?$/i.exec(
        cond.normalize('NFC'),
      );
    if (!m) {
      problems.push(msg.bandsSyntax(what, segment));
      continue;
    }
    bands.push({
      minPercent: parseDecimal(m[2]) ?? 0,
      strict: m[1] === '>',
      areaFloorPercent: m[3] !== undefined ? parseDecimal(m[3]) : null,
      label,
    });
  }
  if (bands.length === 0 && problems.length === 0) problems.push(msg.bandsSyntax(what, text ?? ''));
  const ordered = bands.every((b, i) => i === 0 || b.minPercent <= bands[i - 1].minPercent);
  if (!ordered) problems.push(msg.bandsOutOfOrder(what));
  return { value: bands, problems };
}
