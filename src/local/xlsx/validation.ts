/**
 * Data validation of an area tab's input cells in the .xlsx: the core decides which rule goes on which
 * cell (src/core/validation.ts); this renders it as Excel data validation.
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../core/cells';
import { formatNumber } from '../../core/format';
import type { ColumnKey } from '../../core/layout';
import { criterionSpecOfRow } from '../../core/workbook';
import { LIST_TAB_NAME, VALIDATION_TEXT as T } from '../../core/text';
import { type CellRule, cellRules } from '../../core/validation';

/** Excel refuses inline lists longer than this (the whole "a,b,c" formula text). */
const INLINE_LIST_MAX = 255;
/** Excel truncates input prompts beyond this. */
const PROMPT_MAX = 255;

/**
 * Turns an option list into a list-validation formula. An inline list `"a,b"` cannot hold a comma or
 * a quote inside an item, nor exceed 255 characters: such lists go to a hidden tab, one column each,
 * and are referenced by range. Identical lists share a column.
 */
export class ListSource {
  private sheet: ExcelJS.Worksheet | null = null;
  private readonly columns = new Map<string, string>();

  constructor(private readonly wb: ExcelJS.Workbook) {}

  formula(options: readonly string[]): string {
    const inline = `"${options.join(',')}"`;
    if (!options.some((o) => /[,"]/.test(o)) && inline.length <= INLINE_LIST_MAX) return inline;
    const key = JSON.stringify(options);
    const known = this.columns.get(key);
    if (known) return known;
    const sheet = (this.sheet ??= this.wb.addWorksheet(LIST_TAB_NAME, { state: 'hidden' }));
    const column = this.columns.size + 1;
    options.forEach((o, i) => (sheet.getCell(i + 1, column).value = o));
    const letter = sheet.getColumn(column).letter;
    const ref = `'${LIST_TAB_NAME}'!$${letter}$1:$${letter}$${options.length}`;
    this.columns.set(key, ref);
    return ref;
  }
}

const list = (formula: string, title: string = T.listTitle, error: string = T.listError): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [formula],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: title,
  error,
});

const WHOLE: ExcelJS.DataValidation = {
  type: 'whole',
  operator: 'greaterThanOrEqual',
  allowBlank: true,
  formulae: [0],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: T.wholeTitle,
  error: T.wholeError,
};

const points = (max: number): ExcelJS.DataValidation => ({
  type: 'decimal',
  operator: 'between',
  allowBlank: true,
  formulae: [0, max],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: T.decimalTitle,
  error: T.decimalError(formatNumber(max)),
});

/** No entry allowed: a text length of 0 (for Không phát sinh where the criterion forbids it). */
const FORBIDDEN_NA: ExcelJS.DataValidation = {
  type: 'textLength',
  operator: 'lessThanOrEqual',
  allowBlank: true,
  formulae: [0],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: T.naTitle,
  error: T.naForbiddenError,
};

/** A prompt only ("any" value), for checklists: the items and their numbers. */
const prompt = (title: string, text: string): ExcelJS.DataValidation => ({
  type: 'any' as ExcelJS.DataValidation['type'],
  allowBlank: true,
  formulae: [],
  showInputMessage: true,
  promptTitle: title,
  prompt: text.length > PROMPT_MAX ? text.slice(0, PROMPT_MAX - 1) + '…' : text,
});

/** Renders the core's rule of one cell (src/core/validation.ts). Excel cannot check a link: none. */
function render(rule: CellRule, lists: ListSource): ExcelJS.DataValidation | null {
  switch (rule.kind) {
    case 'whole':
      return WHOLE;
    case 'list':
      return rule.purpose === 'na'
        ? list(lists.formula(rule.values), T.naTitle, T.naError)
        : list(lists.formula(rule.values));
    case 'points':
      return points(rule.max);
    case 'checklist':
      return prompt(T.checklistTitle, T.checklistPrompt(rule.items.map((l, i) => `${i + 1}. ${l}`).join('; ')));
    case 'empty':
      return FORBIDDEN_NA;
    case 'link':
      return null;
  }
}

/** The validations of one area-tab row's input cells, by layout key; empty for area, group and unreadable rows. */
export function rowValidations(
  cells: CellValue[],
  lists: ListSource,
): Partial<Record<ColumnKey, ExcelJS.DataValidation>> {
  const { spec } = criterionSpecOfRow(cells);
  if (!spec) return {};
  const out: Partial<Record<ColumnKey, ExcelJS.DataValidation>> = {};
  for (const [key, rule] of Object.entries(cellRules(spec)) as [ColumnKey, CellRule][]) {
    const v = render(rule, lists);
    if (v) out[key] = v;
  }
  return out;
}

/** A Thông tin chung choice row (core INFO_CHOICES): a drop-down. */
export function infoChoice(lists: ListSource, choices: readonly string[]): ExcelJS.DataValidation {
  return list(lists.formula(choices));
}
