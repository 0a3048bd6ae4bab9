/** Small builders shared by the core tests: one-criterion catalogues, typed entries, row inputs, grid edits. */
import { buildCatalogue, CatalogueProblem } from '../../src/core/catalog/build';
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import type { CatalogueSpec, Criterion, CriterionSpec, InputKind } from '../../src/core/catalog/types';
import type { CellValue } from '../../src/core/cells';
import type { RowInput, TypedEntry } from '../../src/core/entries';
import { AREA_ROWS, col, ColumnKey } from '../../src/core/layout';
import type { Milli } from '../../src/core/points';
import { scoreEntry } from '../../src/core/score';
import type { SheetGrid, WorkbookGrids } from '../../src/core/workbook';

export const GROUPS = '≥ 90%: Nhóm 1; ≥ 80%: Nhóm 2; còn lại: Nhóm 3';
export const RATINGS =
  '≥ 90% và mọi lĩnh vực ≥ 70%: Hoàn thành xuất sắc; ≥ 80% và mọi lĩnh vực ≥ 70%: Hoàn thành tốt; ≥ 50%: Hoàn thành; còn lại: Không hoàn thành';

export function criterionSpec(
  code: string,
  kind: InputKind,
  rule: string,
  maxPoints: number,
  extra: Partial<CriterionSpec> = {},
): CriterionSpec {
  return { code, title: `Tiêu chí ${code}`, maxPoints, kind, rule, ...extra };
}

/** A catalogue of one area per entry of `areas` (code → its criteria); each area's max is the sum of its top level. */
export function catalogueSpec(
  areas: Record<string, CriterionSpec[]>,
  extra: Partial<CatalogueSpec> = {},
): CatalogueSpec {
  return {
    name: 'Bộ tiêu chí thử',
    notice: '',
    groups: GROUPS,
    ratings: RATINGS,
    areas: Object.entries(areas).map(([code, criteria]) => ({
      code,
      title: `Lĩnh vực ${code}`,
      tabName: `${code}. Lĩnh vực thử`,
      maxPoints: criteria
        .filter((c) => c.code.split('.').length === 2 && c.kind !== 'retired')
        .reduce((s, c) => s + c.maxPoints, 0),
      criteria,
    })),
    ...extra,
  };
}

/** Builds a catalogue holding the single criterion 1.1 and returns it with the catalogue's problems. */
export function leaf(
  kind: InputKind,
  rule: string,
  maxPoints: number,
  extra: Partial<CriterionSpec> = {},
): { criterion: Criterion; problems: CatalogueProblem[] } {
  const { catalogue, problems } = buildCatalogue(
    catalogueSpec({ '1': [criterionSpec('1.1', kind, rule, maxPoints, extra)] }),
  );
  return { criterion: catalogue.byCode.get('1.1')!, problems };
}

/** A criterion whose rule must be valid: fails the test loudly when the catalogue has problems. */
export function validLeaf(
  kind: InputKind,
  rule: string,
  maxPoints: number,
  extra: Partial<CriterionSpec> = {},
): Criterion {
  const { criterion, problems } = leaf(kind, rule, maxPoints, extra);
  if (problems.length > 0)
    throw new Error(`unexpected catalogue problems: ${problems.map((p) => p.message).join(' | ')}`);
  return criterion;
}

/** Points (milli) that `entry` earns under a one-criterion catalogue. */
export function pointsFor(kind: InputKind, rule: string, maxPoints: number, entry: TypedEntry): Milli {
  return scoreEntry(validLeaf(kind, rule, maxPoints), entry, null).points;
}

export const ratio = (a: number, b: number): TypedEntry => ({ kind: 'ratio', a, b });
export const count = (n: number): TypedEntry => ({ kind: 'count', n });
export const yesNo = (yes: boolean): TypedEntry => ({ kind: 'yesno', yes });
export const option = (label: string): TypedEntry => ({ kind: 'option', label });
export const ticks = (...picked: number[]): TypedEntry => ({ kind: 'checklist', picked });
export const manual = (points: Milli): TypedEntry => ({ kind: 'manual', points });
export const NA: TypedEntry = { kind: 'na' };

/** A row's input cells, blank unless given. */
export function rowInput(cells: Partial<RowInput> = {}): RowInput {
  return { a: '', b: '', value: '', na: '', evidence: '', explanation: '', owner: '', appraisal: '', ...cells };
}

/** A row with evidence, so that tests about other columns see no evidence warning. */
export function evidenced(cells: Partial<RowInput> = {}): RowInput {
  return rowInput({ evidence: 'https://drive.google.com/file/d/x/view', ...cells });
}

export function cloneDefault(): CatalogueSpec {
  return structuredClone(DEFAULT_CATALOGUE);
}

// ---- Workbook grids ---------------------------------------------------------------------------

export function tabOf(grids: WorkbookGrids, areaCode: string): SheetGrid {
  const tabName = DEFAULT_CATALOGUE.areas.find((a) => a.code === areaCode)!.tabName;
  const tab = grids.tabs.find((t) => t.name === tabName);
  if (!tab) throw new Error(`no tab for area ${areaCode}`);
  return tab;
}

/** 1-based row of a code in a tab (criteria and the area row). */
export function rowNumberOf(tab: SheetGrid, code: string): number {
  const i = tab.values.findIndex((r) => r[col('code')] === code);
  if (i < 0) throw new Error(`no row ${code} in ${tab.name}`);
  return i + 1;
}

export function setCell(grids: WorkbookGrids, code: string, key: ColumnKey, value: CellValue): void {
  const tab = tabOf(grids, code.split('.')[0]);
  tab.values[rowNumberOf(tab, code) - 1][col(key)] = value;
}

/** Where the default template puts a criterion: after the header, the area row, then criteria in catalogue order. */
export function templateRowOf(code: string): number {
  const area = DEFAULT_CATALOGUE.areas.find((a) => a.code === code.split('.')[0])!;
  return AREA_ROWS.firstData + 1 + area.criteria.findIndex((c) => c.code === code);
}
