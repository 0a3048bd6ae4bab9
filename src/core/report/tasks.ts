/**
 * Next year's tasks, drafted from the points lost: one per criterion, the goal taken from the plan's
 * target or else from the rule's full-marks tier, the official from Phân công, most points first.
 */
import type { Condition, Criterion } from '../catalog/types';
import { formatPoints, formatRatio } from '../format';
import type { CriterionResult, WorkbookResult } from '../pipeline';
import { reportText as t } from '../text';
import { assigneeFor, Assignments } from './assignments';
import type { Shortcoming, Task } from './model';

type Goal =
  | { kind: 'condition'; condition: Exclude<Condition, { op: 'else' }>; unit: 'percent' | 'count' }
  | { kind: 'option'; label: string }
  | { kind: 'missing'; labels: string[] }
  | { kind: 'yes' }
  | { kind: 'points' };

const FULL_RATIO: Goal = { kind: 'condition', condition: { op: '=', value: 100 }, unit: 'percent' };

/** What full marks (or the plan's target) ask for. */
export function goalOf(criterion: Criterion, result: CriterionResult): Goal | null {
  const target = criterion.target;
  if (target)
    return target.kind === 'condition'
      ? { kind: 'condition', condition: target.condition, unit: target.unit }
      : target.kind === 'option'
        ? target
        : { kind: 'yes' };
  const rule = criterion.rule;
  switch (rule.kind) {
    case 'tiers': {
      for (const tier of rule.tiers) {
        const full =
          tier.award.kind === 'proportional' ? tier.award.factor >= criterion.max : tier.award.points >= criterion.max;
        if (!full) continue;
        if (tier.award.kind === 'proportional') return FULL_RATIO;
        return tier.condition.op === 'else' ? null : { kind: 'condition', condition: tier.condition, unit: rule.unit };
      }
      return null;
    }
    case 'options': {
      if (criterion.kind === 'checklist') {
        const done = new Set(result.valueText.split('; '));
        return {
          kind: 'missing',
          labels: rule.options.filter((o) => o.points > 0 && !done.has(o.label)).map((o) => o.label),
        };
      }
      const best = [...rule.options].sort((a, b) => b.points - a.points)[0];
      return best ? { kind: 'option', label: best.label } : null;
    }
    case 'yesno':
      return { kind: 'yes' };
    case 'manual':
      return { kind: 'points' };
    default:
      return null;
  }
}

function achievedOf(c: CriterionResult): string {
  return c.ratio !== null ? formatRatio(c.ratio) : c.valueText;
}

function taskText(criterion: Criterion | undefined, c: CriterionResult, asOf: string, title: string): string {
  if (c.status === 'unscored' || !criterion) return t.tasks.fillIn(title);
  const goal = goalOf(criterion, c);
  if (!goal) return t.tasks.generic(title, formatPoints(c.applicableMax));
  switch (goal.kind) {
    case 'condition':
      return t.tasks.reach(title, t.goalPhrase(goal.condition, goal.unit), asOf, achievedOf(c));
    case 'option':
      return t.tasks.level(title, goal.label, asOf, c.valueText);
    case 'missing':
      return goal.labels.length > 0
        ? t.tasks.addForms(title, goal.labels)
        : t.tasks.generic(title, formatPoints(c.applicableMax));
    case 'yes':
      return t.tasks.doIt(title, asOf, c.valueText);
    case 'points':
      return t.tasks.points(title, formatPoints(c.applicableMax), asOf, formatPoints(c.points));
  }
}

/** One task per shortcoming, in the shortcomings' order (points recoverable, then code). */
export function nextYearTasks(
  result: WorkbookResult,
  lost: Shortcoming[],
  assignments: Assignments,
  asOf: string,
  name: (c: { title: string }) => string,
): Task[] {
  const byCode = new Map(result.criteria.map((c) => [c.code, c]));
  return lost.map((s) => {
    const c = byCode.get(s.code)!;
    return {
      code: s.code,
      areaCode: s.areaCode,
      text: taskText(result.catalogue.byCode.get(s.code), c, asOf, name(c)),
      assignee: assigneeFor(assignments, s.areaCode, c.owner),
      recoverable: s.lost,
    };
  });
}
