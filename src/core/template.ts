/**
 * The workbook's cell contents generated from a catalogue: what setup writes in Sheets and what the
 * .xlsx shell writes offline. Formatting (widths, validation, colours) is the shells' job; the cells
 * and their positions come only from here and layout.ts.
 */
import type { AreaSpec, CatalogueSpec, CriterionSpec } from './catalog/types';
import type { CellValue } from './cells';
import type { RowInput } from './entries';
import {
  AREA_COLUMNS,
  AREA_ROW_KIND_LABEL,
  AREA_ROWS,
  ASSIGNMENT_COLUMNS,
  col,
  INFO_TEMPLATE_FIELDS,
  InfoKey,
  TAB_NAMES,
} from './layout';
import { EXTRA_TEXT, KIND_LABELS, unitText, YES_WORD } from './text';
import type { SheetGrid, WorkbookGrids } from './workbook';
import { formatAreaList } from './workbook';

const blankRow = (): CellValue[] => AREA_COLUMNS.map(() => '');

/** The catalogue cells (Mã … Chỉ tiêu KH) of a criterion row. */
export function criterionCatalogueCells(c: CriterionSpec): CellValue[] {
  const row = blankRow();
  row[col('code')] = c.code;
  row[col('title')] = c.title;
  row[col('maxPoints')] = c.maxPoints;
  row[col('kind')] = KIND_LABELS[c.kind];
  row[col('rule')] = c.rule;
  row[col('naAllowed')] = c.naAllowed ? YES_WORD : '';
  row[col('target')] = c.target ?? '';
  return row.slice(0, col('target') + 1);
}

export function areaCatalogueCells(a: AreaSpec): CellValue[] {
  const row = blankRow();
  row[col('code')] = a.code;
  row[col('title')] = a.title;
  row[col('maxPoints')] = a.maxPoints;
  row[col('kind')] = a.role ? EXTRA_TEXT.areaKind[a.role] : AREA_ROW_KIND_LABEL;
  row[col('rule')] = 'Tổng điểm các tiêu chí của lĩnh vực';
  return row.slice(0, col('target') + 1);
}

export function areaTitleText(a: AreaSpec): string {
  return `LĨNH VỰC ${a.code}. ${a.title.toLocaleUpperCase('vi')} (tối đa ${String(a.maxPoints).replace('.', ',')} điểm)`;
}

export function areaHeaderRow(): CellValue[] {
  return AREA_COLUMNS.map((c) => c.header);
}

/** A full row: catalogue cells, then inputs (blank unless given). */
export function criterionRow(c: CriterionSpec, input: Partial<RowInput> = {}): CellValue[] {
  const row = blankRow();
  criterionCatalogueCells(c).forEach((v, i) => (row[i] = v));
  for (const [k, v] of Object.entries(input) as [keyof RowInput, CellValue][]) row[col(k)] = v ?? '';
  return row;
}

export function areaGrid(area: AreaSpec, notice: string, entries: Record<string, Partial<RowInput>> = {}): SheetGrid {
  const values: CellValue[][] = [];
  values[AREA_ROWS.title - 1] = [areaTitleText(area), ...blankRow().slice(1)];
  values[AREA_ROWS.notice - 1] = [notice, ...blankRow().slice(1)];
  values[AREA_ROWS.header - 1] = areaHeaderRow();
  const areaRow = blankRow();
  areaCatalogueCells(area).forEach((v, i) => (areaRow[i] = v));
  values.push(areaRow);
  for (const c of area.criteria) values.push(criterionRow(c, entries[c.code]));
  return { name: area.tabName, values };
}

export type InfoValues = Partial<Record<InfoKey, CellValue>>;

const INFO_HINTS: Partial<Record<InfoKey, string>> = {
  unitType: unitText.kindHint,
  appraisalBody: unitText.appraisalHint,
};

/** Thông tin chung: label | value | hint. Catalogue fields come from the spec. */
export function infoGrid(spec: CatalogueSpec, info: InfoValues = {}): SheetGrid {
  const fromSpec: InfoValues = {
    catalogueName: spec.name,
    catalogueNotice: spec.notice,
    groups: spec.groups,
    ratings: spec.ratings,
    areaList: formatAreaList(spec.areas),
  };
  const values: CellValue[][] = [
    ['THÔNG TIN CHUNG', '', ''],
    ['Mục', 'Giá trị', 'Ghi chú'],
    ...INFO_TEMPLATE_FIELDS.map((f) => [f.label, fromSpec[f.key] ?? info[f.key] ?? '', INFO_HINTS[f.key] ?? '']),
  ];
  return { name: TAB_NAMES.info, values };
}

export function assignmentGrid(
  spec: CatalogueSpec,
  assignments: Record<string, { emails?: string; names?: string }> = {},
): SheetGrid {
  return {
    name: TAB_NAMES.assignments,
    values: [
      ASSIGNMENT_COLUMNS.map((c) => c.header),
      ...spec.areas.map((a) => [a.code, a.title, assignments[a.code]?.emails ?? '', assignments[a.code]?.names ?? '']),
    ],
  };
}

/** Every tab of a new workbook for a catalogue, optionally pre-filled (the sample). */
export function workbookGrids(
  spec: CatalogueSpec,
  info: InfoValues = {},
  entries: Record<string, Partial<RowInput>> = {},
): WorkbookGrids {
  return { tabs: [infoGrid(spec, info), ...spec.areas.map((a) => areaGrid(a, spec.notice, entries))] };
}
