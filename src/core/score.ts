/**
 * Scoring: typed entries → points per criterion, per area and for the index, plus group and rating.
 * All sums are of integer milli-points (see points.ts), so totals equal the sum of the shown points.
 */
import { conditionHolds } from './catalog/ruleText';
import type { AreaRole, Band, Catalogue, Criterion, ParsedRule } from './catalog/types';
import type { TypedEntry } from './entries';
import { compareRatio, Hundredths, Milli, percentHundredths, proportionalMilli } from './points';

export interface LeafScore {
  points: Milli;
  /** a/b as hundredths of a percent, for ratio criteria. */
  ratio: Hundredths | null;
}

/** Does a ratio a/b satisfy a condition on a percentage? Exact comparison. */
function ratioHolds(c: { op: string; value: number }, a: number, b: number): boolean {
  const cmp = compareRatio(a, b, c.value);
  switch (c.op) {
    case '>=':
      return cmp >= 0;
    case '>':
      return cmp > 0;
    case '<=':
      return cmp <= 0;
    case '<':
      return cmp < 0;
    case '=':
      return cmp === 0;
    default:
      return true;
  }
}

export function scoreLeaf(rule: ParsedRule, entry: TypedEntry): LeafScore {
  if (entry.kind === 'ratio' && rule.kind === 'tiers') {
    const ratio = percentHundredths(entry.a, entry.b);
    for (const tier of rule.tiers) {
      if (tier.condition.op === 'else' || ratioHolds(tier.condition, entry.a, entry.b)) {
        const points =
          tier.award.kind === 'fixed' ? tier.award.points : proportionalMilli(tier.award.factor, entry.a, entry.b);
        return { points, ratio };
      }
    }
    return { points: 0, ratio };
  }
  if (entry.kind === 'count' && rule.kind === 'tiers') {
    const tier = rule.tiers.find((t) => conditionHolds(t.condition, entry.n));
    return { points: tier && tier.award.kind === 'fixed' ? tier.award.points : 0, ratio: null };
  }
  if (entry.kind === 'yesno' && rule.kind === 'yesno') return { points: entry.yes ? rule.yes : rule.no, ratio: null };
  if (entry.kind === 'option' && rule.kind === 'options') {
    return { points: rule.options.find((o) => o.label === entry.label)?.points ?? 0, ratio: null };
  }
  if (entry.kind === 'checklist' && rule.kind === 'options') {
    return { points: entry.picked.reduce((s, i) => s + (rule.options[i]?.points ?? 0), 0), ratio: null };
  }
  if (entry.kind === 'manual') return { points: entry.points, ratio: null };
  return { points: 0, ratio: null };
}

export type CriterionStatus = 'scored' | 'na' | 'unscored' | 'group' | 'retired';

export interface CriterionScore {
  code: string;
  status: CriterionStatus;
  max: Milli;
  /** 0 when not applicable; for groups, capped by the stated maximum. */
  applicableMax: Milli;
  points: Milli;
  ratio: Hundredths | null;
  /**
   * Final appraisal. Leaves: what the office typed in Điểm thẩm định (null: blank). Groups: the sum of
   * their children's appraised points, null when no child has any appraisal.
   */
  appraisal: Milli | null;
  /** First appraisal round: leaves as typed; groups summed like `appraisal`. */
  appraisal1: Milli | null;
}

export interface TotalScore {
  points: Milli;
  max: Milli;
  applicableMax: Milli;
  percent: Hundredths;
}

export interface AreaScore extends TotalScore {
  code: string;
  /** Bonus, penalty or survey (absent for a regular area). */
  role?: AreaRole;
}

export interface IndexScore extends TotalScore {
  /** Bonus points added and penalty points taken off `points` (both ≥ 0; `max` counts neither). */
  bonus: Milli;
  penalty: Milli;
  group: string;
  rating: string;
  /** The areas below the rating's floor that held the rating down, if any. */
  heldDownBy: string[];
}

/** Inputs per leaf code: a typed entry (or null when it could not be read), and appraisal points. */
export interface LeafInput {
  entry: TypedEntry | null;
  appraisal: Milli | null;
  appraisal1?: Milli | null;
}

/** A leaf criterion's score from its typed entry (null: nothing usable was entered, 0 points). */
export function scoreEntry(
  c: Criterion,
  entry: TypedEntry | null,
  appraisal: Milli | null,
  appraisal1: Milli | null = null,
): CriterionScore {
  const base = { code: c.code, max: c.max, appraisal, appraisal1 };
  if (entry && entry.kind === 'na') return { ...base, status: 'na', applicableMax: 0, points: 0, ratio: null };
  if (!entry) return { ...base, status: 'unscored', applicableMax: c.max, points: 0, ratio: null };
  const leaf = scoreLeaf(c.rule, entry);
  return { ...base, status: 'scored', applicableMax: c.max, points: Math.min(c.max, leaf.points), ratio: leaf.ratio };
}

/**
 * The first appraisal of a criterion: what the district gave in lần 1, or — where the office entered
 * nothing — the self-assessed points (the district's table only needs typing where it differs).
 */
export function firstRoundPoints(s: CriterionScore): Milli {
  return s.appraisal1 ?? s.points;
}

/**
 * The final appraisal of a criterion: Điểm thẩm định (lần 2, or the only round of an older file),
 * else lần 1, else the self-assessed points — each round only needs typing where it differs.
 */
export function appraisedPoints(s: CriterionScore): Milli {
  return s.appraisal ?? firstRoundPoints(s);
}

/** Scores one criterion tree; fills `out` with every criterion's score, depth first. */
function scoreCriterion(
  c: Criterion,
  inputs: Map<string, LeafInput>,
  out: Map<string, CriterionScore>,
): CriterionScore {
  let score: CriterionScore;
  if (c.kind === 'retired') {
    score = {
      code: c.code,
      status: 'retired',
      max: 0,
      applicableMax: 0,
      points: 0,
      ratio: null,
      appraisal: null,
      appraisal1: null,
    };
  } else if (c.kind === 'group') {
    const kids = c.children.map((k) => scoreCriterion(k, inputs, out)).filter((k) => k.status !== 'retired');
    // The group's stated maximum is authoritative: a child that is gone counts 0 of its share.
    const gone = shortfall(c.max, kids);
    const applicable = Math.min(c.max, kids.reduce((s, k) => s + k.applicableMax, 0) + gone);
    const allNa = kids.length > 0 && gone === 0 && kids.every((k) => k.status === 'na');
    score = {
      code: c.code,
      status: allNa ? 'na' : 'group',
      max: c.max,
      applicableMax: applicable,
      points: Math.min(
        applicable,
        kids.reduce((s, k) => s + k.points, 0),
      ),
      ratio: null,
      appraisal: kids.some((k) => k.appraisal !== null || k.appraisal1 !== null)
        ? Math.min(
            applicable,
            kids.reduce((s, k) => s + appraisedPoints(k), 0),
          )
        : null,
      appraisal1: kids.some((k) => k.appraisal1 !== null)
        ? Math.min(
            applicable,
            kids.reduce((s, k) => s + firstRoundPoints(k), 0),
          )
        : null,
    };
  } else {
    const input = inputs.get(c.code);
    score = scoreEntry(c, input?.entry ?? null, input?.appraisal ?? null, input?.appraisal1 ?? null);
  }
  out.set(c.code, score);
  return score;
}

/** How much of a stated maximum its live parts do not account for (a deleted row): counted as 0 points. */
function shortfall(stated: Milli, parts: { max: Milli }[]): Milli {
  return Math.max(0, stated - parts.reduce((s, p) => s + p.max, 0));
}

/** An area's total against its stated maximum (the area row's, as setup wrote it). */
function areaTotal(stated: Milli, parts: { points: Milli; max: Milli; applicableMax: Milli }[]): TotalScore {
  const gone = shortfall(stated, parts);
  return total(gone === 0 ? parts : [...parts, { points: 0, max: gone, applicableMax: gone }]);
}

function total(parts: { points: Milli; max: Milli; applicableMax: Milli }[]): TotalScore {
  const points = parts.reduce((s, p) => s + p.points, 0);
  const max = parts.reduce((s, p) => s + p.max, 0);
  const applicableMax = parts.reduce((s, p) => s + p.applicableMax, 0);
  return { points, max, applicableMax, percent: percentHundredths(points, applicableMax) };
}

function bandHolds(b: Band, percent: Hundredths): boolean {
  const threshold = Math.round(b.minPercent * 100);
  return b.strict ? percent > threshold : percent >= threshold;
}

export function groupOf(bands: Band[], percent: Hundredths): string {
  return bands.find((b) => bandHolds(b, percent))?.label ?? '';
}

/** The first rating whose threshold and per-area floor both hold. */
export function ratingOf(
  bands: Band[],
  percent: Hundredths,
  areas: AreaScore[],
): { rating: string; heldDownBy: string[] } {
  const heldDownBy = new Set<string>();
  for (const b of bands) {
    if (!bandHolds(b, percent)) continue;
    const floor = b.areaFloorPercent === null ? null : Math.round(b.areaFloorPercent * 100);
    const below =
      floor === null ? [] : areas.filter((a) => a.applicableMax > 0 && a.percent < floor).map((a) => a.code);
    if (below.length === 0) return { rating: b.label, heldDownBy: [...heldDownBy] };
    below.forEach((c) => heldDownBy.add(c));
  }
  return { rating: '', heldDownBy: [...heldDownBy] };
}

export interface ScoreSheet {
  criteria: Map<string, CriterionScore>;
  areas: AreaScore[];
  index: IndexScore;
  /**
   * Final appraisal totals when the office entered any appraisal points (either round); blanks fall
   * back (appraisedPoints).
   */
  appraisal: RoundTotals | null;
  /** First-round totals when the office entered any lần 1 points; blanks keep the self score. */
  appraisal1: RoundTotals | null;
}

export interface RoundTotals {
  areas: AreaScore[];
  index: IndexScore;
}

/**
 * Scores the catalogue. `missing`: areas whose tab is gone — each counts 0 of its maximum, in its
 * place by code, so the index does not rise because a tab was deleted.
 */
export function scoreCatalogue(
  catalogue: Catalogue,
  inputs: Map<string, LeafInput>,
  missing: readonly { code: string; max: Milli }[] = [],
): ScoreSheet {
  const criteria = new Map<string, CriterionScore>();
  const roleOf = (code: string) => {
    const role = catalogue.areas.find((a) => a.code === code)?.role;
    return role ? { role } : {};
  };
  const gone = missing.map((m): AreaScore => ({
    code: m.code,
    points: 0,
    max: m.max,
    applicableMax: m.max,
    percent: 0,
    ...roleOf(m.code),
  }));
  const inOrder = (list: AreaScore[]) => [...list, ...gone].sort((a, b) => Number(a.code) - Number(b.code));
  const areas = inOrder(
    catalogue.areas.map((area) => {
      const top = area.criteria.map((c) => scoreCriterion(c, inputs, criteria)).filter((s) => s.status !== 'retired');
      return { code: area.code, ...areaTotal(area.max, top), ...roleOf(area.code) };
    }),
  );
  const index = indexOf(catalogue, areas);

  const roundTotals = (pointsOf: (s: CriterionScore) => Milli): RoundTotals => {
    const apAreas = inOrder(
      catalogue.areas.map((area) => {
        const top = area.criteria.map((c) => criteria.get(c.code)!).filter((s) => s.status !== 'retired');
        const parts = top.map((s) => ({ points: pointsOf(s), max: s.max, applicableMax: s.applicableMax }));
        return { code: area.code, ...areaTotal(area.max, parts), ...roleOf(area.code) };
      }),
    );
    return { areas: apAreas, index: indexOf(catalogue, apAreas) };
  };
  const all = [...criteria.values()];
  const anyFirst = all.some((s) => s.appraisal1 !== null);
  const anyAppraisal = anyFirst || all.some((s) => s.appraisal !== null);
  return {
    criteria,
    areas,
    index,
    appraisal: anyAppraisal ? roundTotals(appraisedPoints) : null,
    appraisal1: anyFirst ? roundTotals(firstRoundPoints) : null,
  };
}

/** Bonus and penalty areas: outside the maximum, added to or taken from the points. */
export const isExtraArea = (a: { role?: AreaRole }): boolean => a.role === 'bonus' || a.role === 'penalty';

/**
 * The index: regular and survey areas make the maximum; bonus points are added and penalty points taken
 * off (each already capped by its area's maximum), so the total passes the maximum only by the bonus the
 * set allows, and never goes below 0.
 */
function indexOf(catalogue: Catalogue, areas: AreaScore[]): IndexScore {
  const regular = areas.filter((a) => !isExtraArea(a));
  const base = total(regular);
  const sum = (role: AreaRole) => areas.filter((a) => a.role === role).reduce((s, a) => s + a.points, 0);
  const bonus = sum('bonus');
  const penalty = sum('penalty');
  const points = Math.max(0, base.points + bonus - penalty);
  const t = { ...base, points, percent: percentHundredths(points, base.applicableMax) };
  const { rating, heldDownBy } = ratingOf(catalogue.ratings, t.percent, regular);
  return { ...t, bonus, penalty, group: groupOf(catalogue.groups, t.percent), rating, heldDownBy };
}
