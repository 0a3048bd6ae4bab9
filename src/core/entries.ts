/**
 * Entry validation: one row's raw cells + its criterion → a typed entry, or problems.
 * Each problem names the column (a layout key) and says what to fix; the pipeline adds the address.
 */
import type { Criterion } from './catalog/types';
import {
  CellValue,
  cellText,
  isBlank,
  isLink,
  looksLikeFormula,
  MAX_TEXT_LENGTH,
  Read,
  readChecklist,
  readCount,
  readNaMark,
  readOption,
  readPoints,
  readYesNo,
} from './cells';
import type { ColumnKey } from './layout';
import { AREA_COLUMNS } from './layout';
import { msg } from './text';
import { fromMilli, Milli, toMilli } from './points';

export type Severity = 'error' | 'warning';

export interface EntryProblem {
  severity: Severity;
  column: ColumnKey;
  message: string;
}

export type TypedEntry =
  | { kind: 'na' }
  | { kind: 'ratio'; a: number; b: number }
  | { kind: 'yesno'; yes: boolean }
  | { kind: 'option'; label: string }
  | { kind: 'checklist'; picked: number[] }
  | { kind: 'count'; n: number }
  | { kind: 'manual'; points: Milli };

/** The input cells of one row, by layout key. */
export interface RowInput {
  a: CellValue;
  b: CellValue;
  value: CellValue;
  na: CellValue;
  evidence: CellValue;
  explanation: CellValue;
  owner: CellValue;
  appraisal: CellValue;
  /** The district's reason for a lower appraisal (Ghi chú thẩm định); optional in older grids. */
  appraisalNote?: CellValue;
  /** The first appraisal round and the unit's giải trình; absent in files made before the rounds. */
  appraisal1?: CellValue;
  appraisal1Note?: CellValue;
  response?: CellValue;
}

export interface EntryCheck {
  /** null when the row cannot be scored (errors or nothing entered): it scores 0, still in the denominator. */
  entry: TypedEntry | null;
  problems: EntryProblem[];
  /** Final appraisal (lần 2, or the only one). */
  appraisal: Milli | null;
  appraisalNote: string;
  appraisal1: Milli | null;
  appraisal1Note: string;
  /** Giải trình sau thẩm định lần 1. */
  response: string;
  evidence: string;
  explanation: string;
  owner: string;
}

const header = (key: ColumnKey) => AREA_COLUMNS.find((c) => c.key === key)!.header;

/** `survey`: points the office copies from the province's published survey; no evidence is asked for them. */
export function checkEntry(criterion: Criterion, row: RowInput, survey = false): EntryCheck {
  const problems: EntryProblem[] = [];
  const push = (column: ColumnKey, severity: Severity, message: string) => problems.push({ severity, column, message });
  const take = <T>(column: ColumnKey, r: Read<T>): T | null => {
    if (r.kind === 'error') push(column, 'error', r.message);
    if (r.kind === 'ok' && r.warning) push(column, 'warning', r.warning);
    return r.kind === 'ok' ? r.value : null;
  };

  const evidence = checkText('evidence', row.evidence, push);
  const explanation = checkText('explanation', row.explanation, push);
  const owner = checkText('owner', row.owner, push);
  const appraisalCell = (
    column: 'appraisal' | 'appraisal1',
    v: CellValue,
    label: (detail: string) => string,
  ): Milli | null => {
    const read = readPoints(v, fromMilli(criterion.max));
    const value = read.kind === 'error' ? (push(column, 'error', label(read.message)), null) : take(column, read);
    return value === null ? null : toMilli(value);
  };
  const appraisal = appraisalCell('appraisal', row.appraisal, msg.appraisalInvalid);
  const appraisal1 = appraisalCell('appraisal1', row.appraisal1, msg.appraisal1Invalid);
  const response = checkText('response', row.response, push);
  const result = (entry: TypedEntry | null): EntryCheck => ({
    entry,
    problems,
    appraisal,
    appraisalNote: cellText(row.appraisalNote),
    appraisal1,
    appraisal1Note: cellText(row.appraisal1Note),
    response,
    evidence,
    explanation,
    owner,
  });

  if (criterion.kind === 'group' || criterion.kind === 'retired') {
    // Named at the cell that holds the data, so "Đi tới ô" lands on it.
    const typed = (['a', 'b', 'value'] as const).find((k) => !isBlank(row[k]));
    if (typed)
      push(typed, 'warning', criterion.kind === 'group' ? msg.groupHasInput() : msg.retiredRow(criterion.code));
    return result(null);
  }

  const na = take('na', readNaMark(row.na));
  const inputs: ColumnKey[] = criterion.kind === 'ratio' ? ['a', 'b'] : ['value'];
  const hasData = inputs.some((k) => !isBlank(row[k as 'a' | 'b' | 'value']));
  for (const k of ['a', 'b', 'value'] as const) {
    if (!inputs.includes(k) && !isBlank(row[k])) push(k, 'warning', msg.unusedInput(header(k)));
  }

  if (na === true) {
    if (!criterion.naAllowed) {
      push('na', 'error', msg.naNotAllowed());
    } else {
      if (hasData) push(inputs[0], 'warning', msg.naWithData());
      return result({ kind: 'na' });
    }
  }
  if (!hasData) {
    const what = inputs.map(header).join(' và ');
    push(inputs[0], 'error', criterion.naAllowed ? msg.missing(what) : msg.missingNoNa(what));
    return result(null);
  }

  const entry = readTyped(criterion, row, take, push);
  if (entry && !evidence && !explanation && !survey) push('evidence', 'warning', msg.evidenceMissing());
  // A bad appraisal cell (the office's) is reported but does not cost the official's self score.
  return result(
    problems.some((p) => p.severity === 'error' && p.column !== 'appraisal' && p.column !== 'appraisal1')
      ? null
      : entry,
  );
}

function readTyped(
  c: Criterion,
  row: RowInput,
  take: <T>(column: ColumnKey, r: Read<T>) => T | null,
  push: (column: ColumnKey, severity: Severity, message: string) => void,
): TypedEntry | null {
  const rule = c.rule;
  switch (c.kind) {
    case 'ratio': {
      const a = take('a', readCount(row.a));
      const b = take('b', readCount(row.b));
      if (isBlank(row.a)) push('a', 'error', msg.missingNoNa(header('a')));
      if (isBlank(row.b)) push('b', 'error', msg.missingNoNa(header('b')));
      if (a === null || b === null) return null;
      if (b === 0) {
        push('b', 'error', msg.zeroDenominator(c.naAllowed));
        return null;
      }
      if (a > b) {
        push('a', 'error', msg.aGreaterThanB(a, b));
        return null;
      }
      return { kind: 'ratio', a, b };
    }
    case 'count': {
      const n = take('value', readCount(row.value));
      return n === null ? null : { kind: 'count', n };
    }
    case 'yesno': {
      const yes = take('value', readYesNo(row.value));
      return yes === null ? null : { kind: 'yesno', yes };
    }
    case 'status': {
      // A broken Cách chấm is reported on its own cell; the entry cannot be checked against it.
      if (rule.kind !== 'options') return null;
      const label = take(
        'value',
        readOption(
          row.value,
          rule.options.map((o) => o.label),
        ),
      );
      return label === null ? null : { kind: 'option', label };
    }
    case 'checklist': {
      if (rule.kind !== 'options') return null;
      const picked = take(
        'value',
        readChecklist(
          row.value,
          rule.options.map((o) => o.label),
        ),
      );
      return picked === null ? null : { kind: 'checklist', picked };
    }
    case 'manual': {
      const p = take('value', readPoints(row.value, fromMilli(c.max)));
      return p === null ? null : { kind: 'manual', points: toMilli(p) };
    }
    default:
      return null;
  }
}

function checkText(
  column: ColumnKey,
  v: CellValue,
  push: (column: ColumnKey, severity: Severity, message: string) => void,
): string {
  const text = cellText(v);
  if (text.length > MAX_TEXT_LENGTH) push(column, 'warning', msg.textTooLong(text.length, MAX_TEXT_LENGTH));
  if (looksLikeFormula(text)) push(column, 'warning', msg.formulaLikeText(text));
  return text;
}

export type EvidenceLevel = 'evidence' | 'explanation' | 'none';

/** Evidence completeness of a row: a link or document reference / only an explanation / nothing. */
export function evidenceLevel(evidence: string, explanation: string): EvidenceLevel {
  if (evidence) return 'evidence';
  if (explanation) return 'explanation';
  return 'none';
}

export { isLink };
