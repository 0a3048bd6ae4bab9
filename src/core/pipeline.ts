/**
 * The one scoring path shared by "Tính điểm" in Sheets and the offline CLI:
 * grids in → catalogue checked, every entry validated, scores, located problems, and the computed
 * block of each area tab (Tỷ lệ % · Điểm tự chấm · Kiểm tra) ready to be written in one call.
 */
import { buildCatalogue, CatalogueProblem, flattenArea } from './catalog/build';
import type { CatalogueBuilder } from './catalog/fingerprint';
import type { Catalogue, CatalogueSpec, Criterion, InputKind } from './catalog/types';
import { CellValue, cellText, isBlank } from './cells';
import { checkEntry, EntryCheck, evidenceLevel, EvidenceLevel } from './entries';
import { AREA_COLUMNS, cellAddress, col, columnLetter, ColumnKey, roleSpan } from './layout';
import { msg, NO_WORD, SEVERITY_LABELS } from './text';
import type { Hundredths, Milli } from './points';
import { AreaScore, CriterionScore, IndexScore, LeafInput, RoundTotals, scoreCatalogue, scoreEntry } from './score';
import { criterionSpecOfRow, Info, LocatedProblem, readWorkbook, rowInput, WorkbookGrids } from './workbook';
import { parseRule } from './catalog/ruleText';
import { formatPoints } from './format';
import { toMilli } from './points';

export interface Problem extends LocatedProblem {
  /** "3. Cải cách TTHC!F12", or null for a workbook-wide problem. */
  cell: string | null;
  areaCode: string | null;
}

export interface CriterionResult extends CriterionScore {
  title: string;
  kind: InputKind;
  areaCode: string;
  parentCode: string | null;
  depth: number;
  naAllowed: boolean;
  ruleText: string;
  targetText: string | null;
  sheet: string | null;
  row: number | null;
  a: number | null;
  b: number | null;
  /** What was entered, as text, for reports (status label, count, ticks …). */
  valueText: string;
  evidence: string;
  explanation: string;
  /** Ghi chú thẩm định: the district's reason, when the office typed it. */
  appraisalNote: string;
  /** Ghi chú thẩm định lần 1. */
  appraisal1Note: string;
  /** Giải trình sau thẩm định lần 1 (the unit's answer to a disputed criterion). */
  response: string;
  owner: string;
  /** Something was typed in Số liệu a/b, Giá trị or Không phát sinh (correct or not). */
  entered: boolean;
  evidenceLevel: EvidenceLevel;
  errors: number;
  warnings: number;
}

export interface AreaResult extends AreaScore {
  title: string;
  /** '' when the area's tab is missing. */
  tabName: string;
  statedMax: Milli;
  /** The tab is gone (deleted, or its header row broken): the area counts 0 of its maximum. */
  missing: boolean;
}

export interface ComputedBlock {
  sheet: string;
  /** 1-based first row and column of the block. */
  row: number;
  column: number;
  values: (string | number)[][];
}

export interface WorkbookResult {
  catalogue: Catalogue;
  spec: CatalogueSpec;
  info: Info;
  criteria: CriterionResult[];
  areas: AreaResult[];
  index: IndexScore;
  /** Final appraisal totals (see ScoreSheet). */
  appraisal: RoundTotals | null;
  /** First appraisal round totals (see ScoreSheet). */
  appraisal1: RoundTotals | null;
  problems: Problem[];
  computed: ComputedBlock[];
  errors: number;
  warnings: number;
}

const CATALOGUE_FIELD_COLUMN: Record<NonNullable<CatalogueProblem['field']>, ColumnKey | null> = {
  code: 'code',
  title: 'title',
  maxPoints: 'maxPoints',
  kind: 'kind',
  rule: 'rule',
  target: 'target',
  groups: null,
  ratings: null,
};

function locate(p: LocatedProblem, areaCode: string | null): Problem {
  const cell =
    p.sheet && p.row
      ? p.column
        ? cellAddress(p.sheet, p.row, p.column)
        : `${p.sheet}!${columnLetter(p.columnNumber ?? 1)}${p.row}`
      : null;
  return { ...p, cell, areaCode };
}

export interface ScoreOptions {
  /** How the catalogue is built from the workbook's spec; the roll-up passes a cache (catalogueCache()). */
  buildCatalogue?: CatalogueBuilder;
}

/** Validates and scores a whole workbook. Pure: never touches the grids it is given. */
export function scoreWorkbook(grids: WorkbookGrids, options: ScoreOptions = {}): WorkbookResult {
  const read = readWorkbook(grids);
  const { catalogue, problems: catalogueProblems } = (options.buildCatalogue ?? buildCatalogue)(read.spec);
  const problems: Problem[] = read.problems.map((p) => locate(p, p.code ? p.code.split('.')[0] : null));

  for (const cp of catalogueProblems) {
    const place = cp.code ? read.rowOf.get(cp.code) : undefined;
    const infoPlace = cp.field === 'groups' || cp.field === 'ratings' ? read.infoRowOf.get(cp.field) : undefined;
    if (infoPlace)
      problems.push(
        locate(
          {
            severity: cp.severity,
            sheet: infoPlace.sheet,
            row: infoPlace.row,
            column: null,
            columnNumber: 2,
            code: null,
            message: cp.message,
          },
          null,
        ),
      );
    else
      problems.push(
        locate(
          {
            severity: cp.severity,
            sheet: place?.sheet ?? null,
            row: place?.row ?? null,
            column: cp.field ? CATALOGUE_FIELD_COLUMN[cp.field] : null,
            code: cp.code,
            message: cp.message,
          },
          cp.areaCode,
        ),
      );
  }

  // Validate every row whose criterion made it into the catalogue.
  const checks = new Map<string, EntryCheck>();
  const inputs = new Map<string, LeafInput>();
  const surveyAreas = new Set(catalogue.areas.filter((a) => a.role === 'survey').map((a) => a.code));
  for (const row of read.rows) {
    const criterion = catalogue.byCode.get(row.code);
    if (!criterion || checks.has(row.code)) continue;
    const check = checkEntry(criterion, row.input, surveyAreas.has(criterion.areaCode));
    checks.set(row.code, check);
    inputs.set(row.code, { entry: check.entry, appraisal: check.appraisal, appraisal1: check.appraisal1 });
    for (const p of check.problems)
      problems.push(
        locate(
          {
            severity: p.severity,
            sheet: row.sheet,
            row: row.row,
            column: p.column,
            code: row.code,
            message: p.message,
          },
          criterion.areaCode,
        ),
      );
  }

  // A row with an error scores 0 (errors found outside the entry check too, e.g. merged input cells);
  // an error in the office's appraisal cells costs only that round's appraisal, as in checkEntry.
  const scoredRow = new Map(read.rows.map((r) => [r.code, r]));
  for (const p of problems) {
    const at = p.severity === 'error' && p.code ? scoredRow.get(p.code) : undefined;
    const input = at && at.sheet === p.sheet && at.row === p.row ? inputs.get(at.code) : undefined;
    if (!input) continue;
    if (p.column === 'appraisal' || p.column === 'appraisalNote') inputs.set(p.code!, { ...input, appraisal: null });
    else if (p.column === 'appraisal1' || p.column === 'appraisal1Note')
      inputs.set(p.code!, { ...input, appraisal1: null });
    else if (p.column !== 'response') inputs.set(p.code!, { ...input, entry: null });
  }

  const missing = read.missingAreas.flatMap((l) =>
    l.max === null ? [] : [{ code: l.code, title: l.title, max: l.max }],
  );
  const sheet = scoreCatalogue(catalogue, inputs, missing);
  const criteria: CriterionResult[] = [];
  for (const area of catalogue.areas) {
    for (const c of flattenArea(area)) {
      const score = sheet.criteria.get(c.code)!;
      const row = scoredRow.get(c.code);
      const check = checks.get(c.code);
      const own = problems.filter((p) => p.code === c.code);
      criteria.push({
        ...score,
        title: c.title,
        kind: c.kind,
        areaCode: area.code,
        parentCode: c.parentCode,
        depth: c.code.split('.').length - 1,
        naAllowed: c.naAllowed,
        ruleText: c.ruleText,
        targetText: c.targetText ?? null,
        sheet: row?.sheet ?? null,
        row: row?.row ?? null,
        a: check?.entry?.kind === 'ratio' ? check.entry.a : null,
        b: check?.entry?.kind === 'ratio' ? check.entry.b : null,
        valueText: describeEntry(c, check),
        evidence: check?.evidence ?? '',
        explanation: check?.explanation ?? '',
        appraisalNote: check?.appraisalNote ?? '',
        appraisal1Note: check?.appraisal1Note ?? '',
        response: check?.response ?? '',
        owner: check?.owner ?? '',
        entered: row ? (['a', 'b', 'value', 'na'] as const).some((k) => !isBlank(row.input[k])) : false,
        evidenceLevel: evidenceLevel(check?.evidence ?? '', check?.explanation ?? ''),
        errors: own.filter((p) => p.severity === 'error').length,
        warnings: own.filter((p) => p.severity === 'warning').length,
      });
    }
  }
  const areas: AreaResult[] = sheet.areas.map((a) => {
    const area = catalogue.areas.find((x) => x.code === a.code);
    if (area) return { ...a, title: area.title, tabName: area.tabName, statedMax: area.max, missing: false };
    const gone = missing.find((m) => m.code === a.code)!;
    return { ...a, title: gone.title, tabName: '', statedMax: gone.max, missing: true };
  });

  const computed = read.areaTabs.map((tab) =>
    computedBlock(tab.name, tab.headerRow, tab.lastRow, tab.areaCode, sheet.criteria, areas, problems, read.rowOf),
  );
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    catalogue,
    spec: read.spec,
    info: read.info,
    criteria,
    areas,
    index: sheet.index,
    appraisal: sheet.appraisal,
    appraisal1: sheet.appraisal1,
    problems,
    computed,
    errors,
    warnings: problems.length - errors,
  };
}

function describeEntry(c: Criterion, check: EntryCheck | undefined): string {
  const e = check?.entry;
  if (!e) return '';
  switch (e.kind) {
    case 'na':
      return msg.notApplicable;
    case 'ratio':
      return `${e.a}/${e.b}`;
    case 'yesno':
      return e.yes ? 'Có' : 'Không';
    case 'option':
      return e.label;
    case 'count':
      return String(e.n);
    case 'checklist':
      if (e.picked.length === 0) return NO_WORD;
      return c.rule.kind === 'options'
        ? e.picked.map((i) => (c.rule as { options: { label: string }[] }).options[i].label).join('; ')
        : '';
    case 'manual':
      return formatPoints(e.points);
  }
}

/** Text of the Kiểm tra cell: errors first (the conditional format keys on "Lỗi"), then warnings. */
export function checkCellText(
  list: { severity: 'error' | 'warning'; column: ColumnKey | null; message: string }[],
): string {
  const sorted = [...list].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return sorted
    .map(
      (p) =>
        `${SEVERITY_LABELS[p.severity]}${p.column ? ` (${AREA_COLUMNS[col(p.column)].header})` : ''}: ${p.message}`,
    )
    .join('\n');
}

/** The three computed cells of a row: ratio as a fraction (formatted 0.0% in the sheet), points, check text. */
export function computedCells(score: CriterionScore | undefined, rowProblems: Problem[]): (string | number)[] {
  const check = checkCellText(rowProblems);
  if (!score) return ['', '', check];
  if (score.status === 'na') return ['', '', check || msg.notApplicable];
  if (score.status === 'retired') return ['', '', check];
  return [score.ratio === null ? '' : score.ratio / 10000, score.points / 1000, check || msg.ok];
}

function computedBlock(
  sheetName: string,
  headerRow: number,
  lastRow: number,
  areaCode: string,
  scores: Map<string, CriterionScore>,
  areas: AreaResult[],
  problems: Problem[],
  rowOf: Map<string, { sheet: string; row: number }>,
): ComputedBlock {
  const span = roleSpan('computed');
  const codeAtRow = new Map<number, string>();
  for (const [code, place] of rowOf) if (place.sheet === sheetName) codeAtRow.set(place.row, code);
  const byRow = new Map<number, Problem[]>();
  for (const p of problems)
    if (p.sheet === sheetName && p.row !== null) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
  const values: (string | number)[][] = [];
  for (let row = headerRow + 1; row <= lastRow; row++) {
    const code = codeAtRow.get(row);
    const rowProblems = byRow.get(row) ?? [];
    if (code === areaCode) {
      const a = areas.find((x) => x.code === areaCode);
      values.push(
        a ? ['', a.points / 1000, checkCellText(rowProblems) || msg.ok] : ['', '', checkCellText(rowProblems)],
      );
    } else values.push(computedCells(code ? scores.get(code) : undefined, rowProblems));
  }
  return { sheet: sheetName, row: headerRow + 1, column: span.first, values };
}

/**
 * Live feedback for one edited row (onEdit): the row alone carries its catalogue fields and inputs,
 * so it is re-validated and re-scored without reading anything else. Group and area totals wait for
 * "Tính điểm". `survey`: the row is in the survey area, whose points the office copies from the
 * province's results, so no evidence is asked (the row cannot tell; its area row can).
 */
export function scoreSingleRow(cells: CellValue[], survey = false): (string | number)[] | null {
  const code = cellText(cells[col('code')]);
  if (!code) return null;
  const parsed = criterionSpecOfRow(cells);
  if (parsed.kind === 'area' || parsed.kind === 'group') return null;
  const located = (list: { severity: 'error' | 'warning'; column: ColumnKey; message: string }[]) =>
    list.map((p) => ({ ...p, sheet: null, row: null, code, cell: null, areaCode: null }));
  if (!parsed.spec)
    return computedCells(undefined, located(parsed.problems.map((p) => ({ ...p, severity: 'error' as const }))));
  const max = toMilli(parsed.spec.maxPoints);
  const rule = parseRule(code, parsed.spec.kind, parsed.spec.rule, max);
  if (rule.problems.length > 0)
    return computedCells(
      undefined,
      located(rule.problems.map((m) => ({ severity: 'error' as const, column: 'rule' as const, message: m }))),
    );
  const criterion: Criterion = {
    code,
    title: parsed.spec.title,
    max,
    kind: parsed.spec.kind,
    ruleText: parsed.spec.rule,
    rule: rule.value,
    naAllowed: parsed.spec.naAllowed === true,
    areaCode: code.split('.')[0],
    parentCode: null,
    children: [],
  };
  const check = checkEntry(criterion, rowInput(cells), survey);
  const score = scoreEntry(criterion, check.entry, check.appraisal, check.appraisal1);
  return computedCells(score, located(check.problems));
}

export type { Hundredths };
