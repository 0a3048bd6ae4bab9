/** The criteria catalogue: what the province scores and how. Plain data, JSON-safe. */
import type { Milli } from '../points';

/** How an official enters a criterion's data. 'group' sums its children; 'retired' is kept but not scored. */
export type InputKind = 'ratio' | 'yesno' | 'status' | 'count' | 'checklist' | 'manual' | 'group' | 'retired';

export const INPUT_KINDS: readonly InputKind[] = [
  'ratio',
  'yesno',
  'status',
  'count',
  'checklist',
  'manual',
  'group',
  'retired',
];

/** One row of the catalogue as the sheet and the JSON file hold it. Codes are dotted: 1.1, 1.1.2. */
export interface CriterionSpec {
  code: string;
  title: string;
  maxPoints: number;
  kind: InputKind;
  /** Readable rule text, parsed by ruleText.ts, e.g. "= 100%: 2; ≥ 80%: 1; còn lại: 0". */
  rule: string;
  /** May the official mark it "không phát sinh" (out of the denominator)? */
  naAllowed?: boolean;
  /** The plan's target, e.g. "≥ 90%", "= 0", "Đúng quy định". */
  target?: string;
  /** How report prose names it when the title is an a/b definition, e.g. "Tỷ lệ hồ sơ giải quyết đúng hạn". */
  shortName?: string;
}

/**
 * Points outside the regular maximum: bonus (thưởng), penalty (trừ), or the province's survey
 * (điều tra xã hội học).
 */
export type AreaRole = 'bonus' | 'penalty' | 'survey';
export const AREA_ROLES: readonly AreaRole[] = ['bonus', 'penalty', 'survey'];

export interface AreaSpec {
  code: string;
  title: string;
  /** The tab's name in the workbook, e.g. "3. Cải cách TTHC". */
  tabName: string;
  maxPoints: number;
  criteria: CriterionSpec[];
  /** Absent for a regular area. */
  role?: AreaRole;
}

export interface CatalogueSpec {
  name: string;
  /** Shown wherever the catalogue is shown, e.g. that it is a draft to check against the province. */
  notice: string;
  areas: AreaSpec[];
  /** Groups by index %, e.g. "≥ 90%: Từ 90% trở lên; ≥ 80%: Từ 80% đến dưới 90%; còn lại: Dưới 80%". */
  groups: string;
  /** Ratings with a per-area floor, e.g. "≥ 90% và mọi lĩnh vực ≥ 70%: Hoàn thành xuất sắc; …". */
  ratings: string;
}

// ---- Parsed forms -------------------------------------------------------------------------

export type Operator = '>=' | '>' | '<=' | '<' | '=';
export type Condition = { op: Operator; value: number } | { op: 'else' };
export type Award = { kind: 'fixed'; points: Milli } | { kind: 'proportional'; factor: Milli };
export interface Tier {
  condition: Condition;
  award: Award;
}
export interface Option {
  label: string;
  points: Milli;
}

export type ParsedRule =
  | { kind: 'yesno'; yes: Milli; no: Milli }
  | { kind: 'options'; options: Option[] } // a status list or a checklist
  | { kind: 'tiers'; unit: 'percent' | 'count'; tiers: Tier[] }
  | { kind: 'manual' }
  | { kind: 'sum' }
  | { kind: 'none' };

export interface Criterion {
  code: string;
  title: string;
  max: Milli;
  kind: InputKind;
  ruleText: string;
  rule: ParsedRule;
  naAllowed: boolean;
  target?: Target;
  targetText?: string;
  areaCode: string;
  parentCode: string | null;
  children: Criterion[];
}

export type Target =
  | { kind: 'condition'; unit: 'percent' | 'count'; condition: Exclude<Condition, { op: 'else' }> }
  | { kind: 'option'; label: string }
  | { kind: 'yes' };

export interface Area {
  code: string;
  title: string;
  tabName: string;
  /** The area's stated maximum; the sum of its top-level criteria must not exceed it. */
  max: Milli;
  criteria: Criterion[]; // top level
  /** Bonus and penalty areas stay out of the index's maximum; survey points are entered by the office. */
  role?: AreaRole;
}

export interface Band {
  minPercent: number; // inclusive unless strict
  strict: boolean;
  areaFloorPercent: number | null;
  label: string;
}

export interface Catalogue {
  name: string;
  notice: string;
  areas: Area[];
  /** Every criterion by code, all levels. */
  byCode: Map<string, Criterion>;
  groups: Band[];
  ratings: Band[];
}
