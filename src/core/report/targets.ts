/**
 * Every plan target (the catalogue's "Chỉ tiêu KH") against what was achieved, judged exactly:
 * ratios compare the two counts (compareRatio), never a rounded percentage.
 */
import { conditionHolds, conditionText, normalizeLabel } from '../catalog/ruleText';
import type { Condition, Target } from '../catalog/types';
import { formatNumber, formatRatio } from '../format';
import type { CriterionResult, WorkbookResult } from '../pipeline';
import { compareRatio } from '../points';
import { reportText as t, YES_WORD } from '../text';
import type { TargetLine, TargetVerdict } from './model';

export function isLeaf(c: CriterionResult): boolean {
  return c.kind !== 'group' && c.kind !== 'retired';
}

function targetLabel(target: Target | undefined, typed: string): string {
  if (!target) return typed;
  if (target.kind === 'condition') return conditionText(target.condition, target.unit);
  return target.kind === 'option' ? target.label : YES_WORD;
}

/**
 * The ratio as shown (hundredths of a percent). When rounding would put it on the other side of the
 * bound ("100%" for 99,996% against "= 100%"), it is cut toward its true side so that figure and
 * verdict agree.
 */
function shownRatio(
  a: number,
  b: number,
  rounded: number,
  bound: Exclude<Condition, { op: 'else' }>,
  side: number,
  met: boolean,
): number {
  if (conditionHolds({ op: bound.op, value: Math.round(bound.value * 100) }, rounded) === met) return rounded;
  return side < 0 ? Math.floor((a * 10000) / b) : Math.ceil((a * 10000) / b);
}

/** Achieved figure, its detail and whether the target holds; null when the entry cannot be judged. */
function judge(c: CriterionResult, target: Target): { achieved: string; detail: string; met: boolean } | null {
  if (target.kind === 'condition' && target.unit === 'percent') {
    if (c.a === null || c.b === null || c.ratio === null) return null;
    // compareRatio gives -1/0/1 for a/b against the bound, so the condition holds on it against 0.
    const side = compareRatio(c.a, c.b, target.condition.value);
    const met = conditionHolds({ op: target.condition.op, value: 0 }, side);
    return {
      achieved: formatRatio(shownRatio(c.a, c.b, c.ratio, target.condition, side, met)),
      detail: `${formatNumber(c.a)}/${formatNumber(c.b)}`,
      met,
    };
  }
  if (target.kind === 'condition') {
    const n = c.kind === 'count' && /^\d+$/.test(c.valueText) ? Number(c.valueText) : null;
    return n === null ? null : { achieved: formatNumber(n), detail: '', met: conditionHolds(target.condition, n) };
  }
  if (!c.valueText) return null;
  const wanted = target.kind === 'option' ? target.label : YES_WORD;
  return { achieved: c.valueText, detail: '', met: normalizeLabel(c.valueText) === normalizeLabel(wanted) };
}

export function targetLines(result: WorkbookResult, name: (c: { title: string }) => string): TargetLine[] {
  const lines: TargetLine[] = [];
  for (const c of result.criteria) {
    if (!c.targetText || !isLeaf(c)) continue;
    const parsed = result.catalogue.byCode.get(c.code)?.target;
    const target = targetLabel(parsed, c.targetText);
    let verdict: TargetVerdict;
    let achieved: string;
    let detail = '';
    const judged = parsed && c.status === 'scored' ? judge(c, parsed) : null;
    if (c.status === 'na') [verdict, achieved] = ['na', t.verdicts.na];
    else if (!parsed) [verdict, achieved] = ['badTarget', c.valueText];
    else if (!judged) [verdict, achieved] = ['noData', t.verdicts.noData];
    else {
      verdict = judged.met ? 'met' : 'notMet';
      achieved = judged.achieved;
      detail = judged.detail;
    }
    const verdictText = t.verdicts[verdict];
    const optionLike = parsed !== undefined && parsed.kind !== 'condition';
    lines.push({
      code: c.code,
      areaCode: c.areaCode,
      title: c.title,
      name: name(c),
      target,
      achieved,
      detail,
      verdict,
      verdictText,
      text: t.targetLine(name(c), achieved, target, optionLike, verdict, verdictText),
    });
  }
  return lines;
}
