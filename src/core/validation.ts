/**
 * Which check goes on which input cell of a criterion row: decided here once, from the row's own
 * catalogue cells (kind, rule, maximum, "được KPS"). The Sheets setup and the .xlsx writer each render
 * these rules in their medium (src/sheets/setup/validation.ts, src/local/xlsx/validation.ts); where a
 * medium has no equivalent, its renderer says so. The core validates every entry anyway: these rules
 * only guide typing.
 */
import { parseRule } from './catalog/ruleText';
import type { CriterionSpec } from './catalog/types';
import type { ColumnKey } from './layout';
import { toMilli } from './points';
import type { InfoKey } from './layout';
import { NO_WORD, SETUP_TEXT, UNIT_KIND_CHOICES, YES_WORD } from './text';

/** What marks a criterion "Không phát sinh" in its cell. */
export const NA_MARK = 'x';

export type CellRule =
  /** A whole number ≥ 0 (a, b, counts). */
  | { kind: 'whole' }
  /** One value of a drop-down list. */
  | { kind: 'list'; values: readonly string[]; purpose: 'yesno' | 'status' | 'na' }
  /** Points 0 … max (hand-scored criteria, the appraisal body's scores in both rounds). */
  | { kind: 'points'; max: number }
  /** A link is expected, a document reference is accepted (Tài liệu kiểm chứng). */
  | { kind: 'link' }
  /** Free text naming the numbered items done; the items are shown as a prompt. */
  | { kind: 'checklist'; items: readonly string[] }
  /** Nothing may be typed (Không phát sinh on a criterion that does not allow it). */
  | { kind: 'empty' };

export type RowRules = Partial<Record<ColumnKey, CellRule>>;

/** The rules of one criterion row's cells; empty for group and retired rows (nothing is typed there). */
export function cellRules(spec: CriterionSpec): RowRules {
  if (spec.kind === 'group' || spec.kind === 'retired') return {};
  const max = toMilli(spec.maxPoints) / 1000;
  const parsed = parseRule(spec.code, spec.kind, spec.rule, toMilli(spec.maxPoints));
  const labels =
    parsed.problems.length === 0 && parsed.value.kind === 'options' ? parsed.value.options.map((o) => o.label) : [];
  const out: RowRules = {};
  switch (spec.kind) {
    case 'ratio':
      out.a = { kind: 'whole' };
      out.b = { kind: 'whole' };
      break;
    case 'count':
      out.value = { kind: 'whole' };
      break;
    case 'yesno':
      out.value = { kind: 'list', values: [YES_WORD, NO_WORD], purpose: 'yesno' };
      break;
    case 'status':
      if (labels.length > 0) out.value = { kind: 'list', values: labels, purpose: 'status' };
      break;
    case 'checklist':
      if (labels.length > 0) out.value = { kind: 'checklist', items: labels };
      break;
    case 'manual':
      out.value = { kind: 'points', max };
      break;
  }
  out.na = spec.naAllowed ? { kind: 'list', values: [NA_MARK], purpose: 'na' } : { kind: 'empty' };
  out.evidence = { kind: 'link' };
  out.appraisal = { kind: 'points', max };
  out.appraisal1 = { kind: 'points', max };
  return out;
}

/** Thông tin chung rows whose value is chosen from a list (a drop-down in both shells), default first. */
export const INFO_CHOICES: Partial<Record<InfoKey, readonly string[]>> = {
  protectionMode: Object.values(SETUP_TEXT.protectionModes),
  // Another text is kept and read as Xã (core/unit.ts).
  unitType: UNIT_KIND_CHOICES,
};
