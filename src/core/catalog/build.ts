/** Turns a CatalogueSpec (from JSON or from the sheet's rows) into a checked Catalogue tree. */
import { msg } from '../text';
import { fromMilli, Milli, toMilli } from '../points';
import { parseBands, parseRule, parseTarget } from './ruleText';
import type { Area, Catalogue, CatalogueSpec, Criterion, CriterionSpec } from './types';

export type Severity = 'error' | 'warning';

/** A fault in the catalogue; `code` and `field` let the sheet shell point at the cell. */
export interface CatalogueProblem {
  severity: Severity;
  areaCode: string | null;
  code: string | null;
  field: 'code' | 'title' | 'maxPoints' | 'kind' | 'rule' | 'target' | 'groups' | 'ratings' | null;
  message: string;
}

const CODE_PATTERN = /^\d+(\.\d+)*$/;

export function parentCodeOf(code: string): string {
  return code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : '';
}

function hasMoreThanThreeDecimals(n: number): boolean {
  return Math.abs(n * 1000 - Math.round(n * 1000)) > 1e-6;
}

export function buildCatalogue(spec: CatalogueSpec): { catalogue: Catalogue; problems: CatalogueProblem[] } {
  const problems: CatalogueProblem[] = [];
  const byCode = new Map<string, Criterion>();
  const areas: Area[] = [];
  const seenAreas = new Set<string>();
  const add = (
    severity: CatalogueProblem['severity'],
    areaCode: string | null,
    code: string | null,
    field: CatalogueProblem['field'],
    message: string,
  ) => problems.push({ severity, areaCode, code, field, message });

  if (spec.areas.length === 0) add('error', null, null, null, msg.catalogueEmpty());

  for (const areaSpec of spec.areas) {
    if (seenAreas.has(areaSpec.code))
      add('error', areaSpec.code, areaSpec.code, 'code', msg.duplicateArea(areaSpec.code));
    seenAreas.add(areaSpec.code);
    const area: Area = {
      code: areaSpec.code,
      title: areaSpec.title,
      tabName: areaSpec.tabName,
      max: toMilli(areaSpec.maxPoints),
      criteria: [],
    };
    if (areaSpec.role) area.role = areaSpec.role;
    areas.push(area);
    const local = new Map<string, Criterion>();

    for (const cs of areaSpec.criteria) {
      const criterion = buildCriterion(area, cs, add);
      if (!criterion) continue;
      if (byCode.has(criterion.code) || criterion.code === area.code) {
        add('error', area.code, criterion.code, 'code', msg.duplicateCode(criterion.code));
        continue;
      }
      byCode.set(criterion.code, criterion);
      local.set(criterion.code, criterion);
    }
    // Link children to parents (rows may come in any order).
    for (const criterion of local.values()) {
      if (criterion.parentCode === null) area.criteria.push(criterion);
      else {
        const parent = local.get(criterion.parentCode);
        if (parent) parent.children.push(criterion);
        else add('error', area.code, criterion.code, 'code', msg.orphanCode(criterion.code, criterion.parentCode));
      }
    }
    const byCodeOrder = (a: Criterion, b: Criterion) => compareCodes(a.code, b.code);
    area.criteria.sort(byCodeOrder);
    for (const criterion of local.values()) {
      criterion.children.sort(byCodeOrder);
      checkHierarchy(area, criterion, add);
    }
    const sum = area.criteria.filter((c) => c.kind !== 'retired').reduce((s, c) => s + c.max, 0);
    // The area's stated maximum is authoritative: a criterion that is gone counts 0 of its share.
    if (sum > area.max)
      add(
        'error',
        area.code,
        area.code,
        'maxPoints',
        msg.areaMaxMismatch(area.code, fromMilli(sum), fromMilli(area.max)),
      );
    else if (sum < area.max)
      add(
        'error',
        area.code,
        area.code,
        'maxPoints',
        msg.areaCriteriaMissing(area.code, fromMilli(sum), fromMilli(area.max)),
      );
  }

  const groups = parseBands('Phân nhóm', spec.groups);
  groups.problems.forEach((m) => add('error', null, null, 'groups', m));
  const ratings = parseBands('Xếp loại', spec.ratings);
  ratings.problems.forEach((m) => add('error', null, null, 'ratings', m));

  return {
    catalogue: { name: spec.name, notice: spec.notice, areas, byCode, groups: groups.value, ratings: ratings.value },
    problems,
  };
}

function buildCriterion(
  area: Area,
  cs: CriterionSpec,
  add: (
    s: CatalogueProblem['severity'],
    a: string | null,
    c: string | null,
    f: CatalogueProblem['field'],
    m: string,
  ) => void,
): Criterion | null {
  const code = String(cs.code).trim();
  if (!CODE_PATTERN.test(code)) {
    add('error', area.code, code, 'code', msg.badCode(code));
    return null;
  }
  if (code.split('.')[0] !== area.code || !code.includes('.')) {
    add('error', area.code, code, 'code', msg.wrongArea(code, area.code));
    return null;
  }
  if (!cs.title || !cs.title.trim()) add('error', area.code, code, 'title', msg.missingTitle(code));
  let max: Milli = 0;
  if (typeof cs.maxPoints !== 'number' || !Number.isFinite(cs.maxPoints) || cs.maxPoints < 0)
    add('error', area.code, code, 'maxPoints', msg.negativeMax(code));
  else if (hasMoreThanThreeDecimals(cs.maxPoints))
    add('error', area.code, code, 'maxPoints', msg.tooManyDecimals(code));
  else max = toMilli(cs.maxPoints);

  const rule = parseRule(code, cs.kind, cs.rule, max);
  rule.problems.forEach((m) => add('error', area.code, code, 'rule', m));
  const target = parseTarget(code, cs.kind, rule.value, cs.target ?? '');
  target.problems.forEach((m) => add('warning', area.code, code, 'target', m));
  const parentCode = parentCodeOf(code);
  return {
    code,
    title: (cs.title ?? '').trim(),
    max,
    kind: cs.kind,
    ruleText: cs.rule,
    rule: rule.problems.length > 0 ? { kind: 'none' } : rule.value,
    naAllowed: cs.naAllowed === true,
    target: target.value,
    targetText: cs.target?.trim() || undefined,
    areaCode: area.code,
    parentCode: parentCode === area.code ? null : parentCode,
    children: [],
  };
}

function checkHierarchy(
  area: Area,
  c: Criterion,
  add: (
    s: CatalogueProblem['severity'],
    a: string | null,
    c: string | null,
    f: CatalogueProblem['field'],
    m: string,
  ) => void,
): void {
  const live = c.children.filter((x) => x.kind !== 'retired');
  if (c.kind === 'group' && live.length === 0)
    add('error', area.code, c.code, 'kind', msg.groupWithoutChildren(c.code));
  if (c.kind !== 'group' && c.kind !== 'retired' && live.length > 0)
    add('error', area.code, c.code, 'kind', msg.childrenOfLeaf(c.code));
  if (c.kind === 'group' && live.length > 0) {
    const sum = live.reduce((s, x) => s + x.max, 0);
    if (sum > c.max)
      add('error', area.code, c.code, 'maxPoints', msg.childrenExceedParent(c.code, fromMilli(sum), fromMilli(c.max)));
    else if (sum < c.max)
      add('error', area.code, c.code, 'maxPoints', msg.childrenBelowParent(c.code, fromMilli(sum), fromMilli(c.max)));
  }
}

/** "1.10" after "1.9"; numeric by segment. */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** Every criterion of an area, depth first, in code order. */
export function flattenArea(area: Area): Criterion[] {
  const out: Criterion[] = [];
  const walk = (list: Criterion[]) => list.forEach((c) => (out.push(c), walk(c.children)));
  walk(area.criteria);
  return out;
}
