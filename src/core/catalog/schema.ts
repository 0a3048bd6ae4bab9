/** The JSON shape of a catalogue file (import/export), checked with zod/mini; messages in Vietnamese. */
import * as z from 'zod/mini';
import { msg } from '../text';
import { AREA_ROLES, INPUT_KINDS, type CatalogueSpec } from './types';

const text = z.string().check(z.minLength(1));

const criterionSchema = z.object({
  code: text,
  title: text,
  maxPoints: z.number().check(z.gte(0)),
  kind: z.enum(INPUT_KINDS as unknown as ['ratio', ...string[]]),
  rule: z.string(),
  naAllowed: z.optional(z.boolean()),
  target: z.optional(z.string()),
  shortName: z.optional(z.string()),
});

const areaSchema = z.object({
  code: text,
  title: text,
  tabName: text.check(z.maxLength(100)),
  maxPoints: z.number().check(z.gte(0)),
  criteria: z.array(criterionSchema),
  role: z.optional(z.enum(AREA_ROLES as unknown as ['bonus', ...string[]])),
});

export const catalogueSchema = z.object({
  name: text,
  notice: z.string(),
  areas: z.array(areaSchema).check(z.minLength(1)),
  groups: text,
  ratings: text,
});

/** zod's type names as the office reads them (an unlisted one would leak English). */
const TYPE_NAMES: Record<string, string> = {
  number: 'số',
  string: 'chữ',
  boolean: 'đúng/sai',
  array: 'danh sách',
  object: 'đối tượng',
};

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `cần kiểu ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return issue.origin === 'number'
        ? `phải ≥ ${String(issue.minimum)}`
        : issue.origin === 'array'
          ? 'không được rỗng'
          : 'không được để trống';
    case 'too_big':
      return `quá dài (tối đa ${String(issue.maximum)})`;
    case 'invalid_value':
      return `phải là một trong: ${issue.values.map(String).join(', ')}`;
    default:
      return 'không hợp lệ';
  }
}

/** Parses and shape-checks a catalogue JSON text. The meaning (codes, rules, points) is checked by buildCatalogue. */
export function parseCatalogueJson(json: string): { spec: CatalogueSpec | null; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { spec: null, problems: [msg.catalogueJsonParse()] };
  }
  const result = catalogueSchema.safeParse(data);
  if (!result.success) {
    return {
      spec: null,
      problems: result.error.issues.map((i) => msg.catalogueJson(i.path.join('.'), describeIssue(i))),
    };
  }
  return { spec: result.data as CatalogueSpec, problems: [] };
}

export function catalogueToJson(spec: CatalogueSpec): string {
  return JSON.stringify(spec, null, 2) + '\n';
}
