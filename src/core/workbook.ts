/**
 * Reads the workbook's grids (one 2-D array of cell values per tab, from row 1, column 1) into the
 * catalogue spec, the rows' inputs and Thông tin chung. Tabs are recognised by their header row, not
 * their name, so a renamed area tab still counts; a moved header row is found and reported.
 */
import { DEFAULT_CATALOGUE } from './catalog/defaultCatalogue';
import { parentCodeOf } from './catalog/build';
import type { AreaRole, AreaSpec, CatalogueSpec, CriterionSpec, InputKind } from './catalog/types';
import { CellValue, cellText, isBlank, readNumber, readYesNo } from './cells';
import type { RowInput } from './entries';
import {
  AREA_COLUMNS,
  AREA_ROW_KIND_LABEL,
  AREA_ROWS,
  col,
  ColumnKey,
  columnLetter,
  HEADER_SEARCH_ROWS,
  infoFieldOfLabel,
  InfoKey,
  LEGACY_AREA_WIDTH,
  TAB_NAMES,
} from './layout';
import { DEFAULT_UNIT_TYPE, EXTRA_TEXT, KIND_LABELS, msg } from './text';
import { normalizeLabel } from './catalog/ruleText';
import { formatPoints } from './format';
import { type Milli, toMilli } from './points';

export interface SheetGrid {
  name: string;
  values: CellValue[][];
  /** Merged ranges, 1-based, when the shell knows them. */
  merges?: { row: number; column: number; numRows: number; numColumns: number }[];
}

export interface WorkbookGrids {
  tabs: SheetGrid[];
}

/** A problem located in the workbook (sheet/row/column 1-based; column as a layout key when in an area tab). */
export interface LocatedProblem {
  severity: 'error' | 'warning';
  sheet: string | null;
  row: number | null;
  column: ColumnKey | null;
  /** Column number when the problem is not in an area tab's layout (e.g. Thông tin chung's value column). */
  columnNumber?: number;
  code: string | null;
  message: string;
}

export interface CriterionRow {
  sheet: string;
  row: number;
  code: string;
  areaCode: string;
  input: RowInput;
}

export interface AreaTab {
  name: string;
  headerRow: number;
  /** Number of rows in the grid (the computed block spans headerRow+1 … lastRow). */
  lastRow: number;
  areaCode: string;
}

export type Info = Partial<Record<InfoKey, CellValue>>;

export interface ReadWorkbook {
  spec: CatalogueSpec;
  rows: CriterionRow[];
  areaTabs: AreaTab[];
  /** Row of each code (criteria and areas) for locating catalogue problems. */
  rowOf: Map<string, { sheet: string; row: number }>;
  info: Info;
  infoRowOf: Map<InfoKey, { sheet: string; row: number }>;
  problems: LocatedProblem[];
  /** Areas Thông tin chung lists that have no tab. */
  missingAreas: ListedArea[];
}

const KIND_BY_LABEL = new Map<string, InputKind>(
  (Object.entries(KIND_LABELS) as [InputKind, string][]).flatMap(([k, label]) => [
    [normalizeLabel(label), k],
    [normalizeLabel(label.replace(/\s*\(.*\)$/, '')), k],
    [k, k],
  ]),
);

export function kindFromLabel(v: CellValue): InputKind | 'area' | null {
  const t = normalizeLabel(cellText(v));
  if (t === normalizeLabel(AREA_ROW_KIND_LABEL) || areaRoleFromLabel(v)) return 'area';
  return KIND_BY_LABEL.get(t) ?? null;
}

/** The role an area row's "Loại" cell gives (bonus, penalty, survey), or null for a regular area. */
export function areaRoleFromLabel(v: CellValue): AreaRole | null {
  const t = normalizeLabel(cellText(v));
  const found = (Object.entries(EXTRA_TEXT.areaKind) as [AreaRole, string][]).find(
    ([, label]) => normalizeLabel(label) === t,
  );
  return found ? found[0] : null;
}

export function kindLabel(kind: InputKind): string {
  return KIND_LABELS[kind];
}

/** How far right of column A a header row may have been pushed (columns inserted before "Mã"). */
const HEADER_SHIFT_LIMIT = 5;

/** A header row starts with "Mã", "Tiêu chí" — at column A, or shifted right by inserted columns. */
function headerMatches(row: CellValue[] | undefined): boolean {
  if (!row) return false;
  for (let i = 0; i <= HEADER_SHIFT_LIMIT; i++) {
    if (cellText(row[i]) === AREA_COLUMNS[0].header && cellText(row[i + 1]) === AREA_COLUMNS[1].header) return true;
  }
  return false;
}

/** Finds the header row of an area tab (1-based), or null when the tab is not an area tab. */
export function findHeaderRow(values: CellValue[][]): number | null {
  if (headerMatches(values[AREA_ROWS.header - 1])) return AREA_ROWS.header;
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) if (headerMatches(values[r])) return r + 1;
  return null;
}

/**
 * The first area-tab column whose header differs from the layout (0-based), or -1. A header that stops
 * where the rounds group begins (a file made before it) matches: those columns read as blank.
 */
export function headerMismatch(header: CellValue[]): number {
  const legacy = AREA_COLUMNS.slice(LEGACY_AREA_WIDTH).every((_, i) => isBlank(header[LEGACY_AREA_WIDTH + i]));
  const expected = legacy ? AREA_COLUMNS.slice(0, LEGACY_AREA_WIDTH) : AREA_COLUMNS;
  return expected.findIndex((c, i) => cellText(header[i]) !== c.header);
}

/** True when the header row is the layout's without the rounds group (the columns setup adds). */
export function isLegacyHeader(header: CellValue[]): boolean {
  return headerMismatch(header) < 0 && isBlank(header[LEGACY_AREA_WIDTH]);
}

export function rowInput(cells: CellValue[]): RowInput {
  const v = (k: ColumnKey) => cells[col(k)];
  return {
    a: v('a'),
    b: v('b'),
    value: v('value'),
    na: v('na'),
    evidence: v('evidence'),
    explanation: v('explanation'),
    owner: v('owner'),
    appraisal: v('appraisal'),
    appraisalNote: v('appraisalNote'),
    appraisal1: v('appraisal1'),
    appraisal1Note: v('appraisal1Note'),
    response: v('response'),
  };
}

/** The catalogue fields of one area-tab row; problems are located by the caller. */
export function criterionSpecOfRow(cells: CellValue[]): {
  spec: CriterionSpec | null;
  kind: InputKind | 'area' | null;
  problems: { column: ColumnKey; message: string }[];
} {
  const code = cellText(cells[col('code')]);
  const problems: { column: ColumnKey; message: string }[] = [];
  const kind = kindFromLabel(cells[col('kind')]);
  if (kind === null) problems.push({ column: 'kind', message: msg.unknownKind(code, cellText(cells[col('kind')])) });
  const maxRead = readNumber(cells[col('maxPoints')]);
  let maxPoints = 0;
  if (maxRead.kind !== 'ok' || maxRead.value < 0)
    problems.push({ column: 'maxPoints', message: msg.negativeMax(code) });
  else maxPoints = maxRead.value;
  const na = readYesNo(cells[col('naAllowed')]);
  if (kind === null || kind === 'area') return { spec: null, kind, problems };
  return {
    spec: {
      code,
      title: cellText(cells[col('title')]),
      maxPoints,
      kind,
      rule: cellText(cells[col('rule')]),
      naAllowed: na.kind === 'ok' && na.value,
      target: cellText(cells[col('target')]) || undefined,
    },
    kind,
    problems,
  };
}

function isInfoTab(g: SheetGrid): boolean {
  if (g.name === TAB_NAMES.info) return true;
  const keys = new Set(g.values.slice(0, 40).map((r) => infoFieldOfLabel(cellText(r[0]))?.key));
  return keys.has('commune') && keys.has('year');
}

export function readInfo(g: SheetGrid | undefined): {
  info: Info;
  rowOf: Map<InfoKey, { sheet: string; row: number }>;
} {
  const info: Info = {};
  const rowOf = new Map<InfoKey, { sheet: string; row: number }>();
  if (!g) return { info, rowOf };
  g.values.forEach((r, i) => {
    const field = infoFieldOfLabel(cellText(r[0]));
    if (field && !rowOf.has(field.key)) {
      info[field.key] = r[1];
      rowOf.set(field.key, { sheet: g.name, row: i + 1 });
    }
  });
  return { info, rowOf };
}

/**
 * The unit's type (Xã, Phường, Đặc khu) from Thông tin chung's `unitType` row when the workbook has
 * one (older workbooks do not), else Xã.
 */
export function unitTypeOf(info: Info): string {
  return cellText((info as Partial<Record<string, CellValue>>).unitType) || DEFAULT_UNIT_TYPE;
}

/** An area as Thông tin chung lists it; max is null in a list written before maxima were listed. */
export interface ListedArea {
  code: string;
  title: string;
  max: Milli | null;
}

/** "…(14 điểm)" / "…(1,5 điểm)" at the end of an entry. */
const LISTED_MAX = /\s*\((\d+(?:,\d+)?) điểm\)$/;

/** "1: Công tác chỉ đạo… (14 điểm); 2: Cải cách thể chế (10 điểm)" → the listed areas. */
export function parseAreaList(text: string): ListedArea[] {
  return text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const i = s.indexOf(':');
      const code = (i < 0 ? s : s.slice(0, i)).trim();
      const rest = i < 0 ? '' : s.slice(i + 1).trim();
      const m = LISTED_MAX.exec(rest);
      return m
        ? { code, title: rest.slice(0, m.index), max: toMilli(Number(m[1].replace(',', '.'))) }
        : { code, title: rest, max: null };
    });
}

/** The area list setup keeps in Thông tin chung: what must be there, so a deleted tab still counts. */
export function formatAreaList(areas: { code: string; title: string; maxPoints: number }[]): string {
  return areas.map((a) => `${a.code}: ${a.title} (${formatPoints(toMilli(a.maxPoints))} điểm)`).join('; ');
}

export function readWorkbook(grids: WorkbookGrids): ReadWorkbook {
  const problems: LocatedProblem[] = [];
  const rows: CriterionRow[] = [];
  const areaTabs: AreaTab[] = [];
  const areas: AreaSpec[] = [];
  const rowOf = new Map<string, { sheet: string; row: number }>();
  const at = (
    severity: LocatedProblem['severity'],
    sheet: string | null,
    row: number | null,
    column: ColumnKey | null,
    code: string | null,
    message: string,
  ) => problems.push({ severity, sheet, row, column, code, message });

  for (const g of grids.tabs) {
    const headerRow = findHeaderRow(g.values);
    if (headerRow === null) continue;
    if (headerRow !== AREA_ROWS.header)
      at('warning', g.name, headerRow, 'code', null, msg.headerMoved(g.name, AREA_ROWS.header, headerRow));
    const mismatch = headerMismatch(g.values[headerRow - 1]);
    if (mismatch >= 0) {
      const header = g.values[headerRow - 1];
      const c = AREA_COLUMNS[mismatch];
      at(
        'error',
        g.name,
        headerRow,
        c.key,
        null,
        msg.headerColumnsChanged(g.name, columnLetter(mismatch + 1), c.header, cellText(header[mismatch])),
      );
      continue;
    }
    let area: AreaSpec | null = null;
    const criteria: CriterionSpec[] = [];
    const seen = new Set<string>();
    for (let r = headerRow; r < g.values.length; r++) {
      const cells = g.values[r] ?? []; // a reader may leave holes for empty rows
      const rowNumber = r + 1;
      const code = cellText(cells[col('code')]);
      if (!code) {
        const input = rowInput(cells);
        if (!isBlank(input.a) || !isBlank(input.b) || !isBlank(input.value))
          at('warning', g.name, rowNumber, 'code', null, msg.rowWithoutCode());
        continue;
      }
      const parsed = criterionSpecOfRow(cells);
      parsed.problems.forEach((p) => at('error', g.name, rowNumber, p.column, code, p.message));
      if (seen.has(code) || rowOf.has(code)) {
        at('error', g.name, rowNumber, 'code', code, msg.duplicateCode(code));
        continue;
      }
      seen.add(code);
      if (parsed.kind === 'area') {
        if (area) {
          at('error', g.name, rowNumber, 'code', code, msg.duplicateArea(code));
          continue;
        }
        const max = readNumber(cells[col('maxPoints')]);
        area = {
          code,
          title: cellText(cells[col('title')]),
          tabName: g.name,
          maxPoints: max.kind === 'ok' ? max.value : 0,
          criteria,
        };
        const role = areaRoleFromLabel(cells[col('kind')]);
        if (role) area.role = role;
        rowOf.set(code, { sheet: g.name, row: rowNumber });
        continue;
      }
      rowOf.set(code, { sheet: g.name, row: rowNumber });
      if (!parsed.spec) continue;
      criteria.push(parsed.spec);
      rows.push({ sheet: g.name, row: rowNumber, code, areaCode: '', input: rowInput(cells) });
    }
    if (!area) {
      if (criteria.length === 0) continue;
      at('error', g.name, headerRow + 1, 'kind', null, msg.areaRowMissing(g.name));
      const code = criteria[0].code.split('.')[0];
      const top = criteria.filter((c) => parentCodeOf(c.code) === code);
      area = { code, title: g.name, tabName: g.name, maxPoints: top.reduce((s, c) => s + c.maxPoints, 0), criteria };
    }
    areas.push(area);
    areaTabs.push({ name: g.name, headerRow, lastRow: g.values.length, areaCode: area.code });
    for (const r of rows) if (r.sheet === g.name) r.areaCode = area.code;
    markMergedInputs(g, headerRow, problems);
  }

  const infoGrid = grids.tabs.find(isInfoTab);
  const { info, rowOf: infoRowOf } = readInfo(infoGrid);
  const text = (k: InfoKey) => cellText(info[k]);
  // An area listed in Thông tin chung without its tab counts 0 of its maximum (when listed), so a
  // deleted tab lowers the index instead of silently leaving the denominator.
  const missingAreas = parseAreaList(text('areaList')).filter((l) => !areas.some((a) => a.code === l.code));
  for (const l of missingAreas) {
    at(
      'error',
      null,
      null,
      null,
      l.code,
      l.max === null
        ? msg.areaTabMissing(l.code, l.title)
        : msg.areaTabMissingCounted(l.code, l.title, formatPoints(l.max)),
    );
  }
  if (areaTabs.length === 0) at('error', null, null, null, null, msg.noAreaTabs());

  const spec: CatalogueSpec = {
    name: text('catalogueName') || DEFAULT_CATALOGUE.name,
    notice: text('catalogueNotice') || DEFAULT_CATALOGUE.notice,
    groups: text('groups') || DEFAULT_CATALOGUE.groups,
    ratings: text('ratings') || DEFAULT_CATALOGUE.ratings,
    areas: areas.sort((a, b) => Number(a.code) - Number(b.code)),
  };
  return { spec, rows, areaTabs, rowOf, info, infoRowOf, problems, missingAreas };
}

const INPUT_KEYS = AREA_COLUMNS.filter((c) => c.role === 'input' || c.role === 'appraisal' || c.role === 'rounds').map(
  (c) => c.key,
);

function markMergedInputs(g: SheetGrid, headerRow: number, problems: LocatedProblem[]): void {
  for (const m of g.merges ?? []) {
    if (m.row + m.numRows - 1 <= headerRow) continue;
    for (const key of INPUT_KEYS) {
      const c = col(key) + 1;
      if (c >= m.column && c < m.column + m.numColumns) {
        const code = cellText(g.values[m.row - 1]?.[col('code')]) || null;
        problems.push({ severity: 'error', sheet: g.name, row: m.row, column: key, code, message: msg.mergedInput() });
        break;
      }
    }
  }
}
