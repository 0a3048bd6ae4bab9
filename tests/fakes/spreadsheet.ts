/**
 * Fakes of the Spreadsheet service: SpreadsheetApp, Spreadsheet, Sheet, Range, Protection, data
 * validation, conditional format rules, embedded charts, named ranges.
 */
import { typedValue, wallClockIn } from './typed';
import { cellA1, parseA1, quoteSheetName, r1c1ToA1, rangeA1, columnLetters } from './a1';
import { FakeBlob, FakeUser } from './base';
import {
  copyDate,
  fakeClass,
  fakeEnum,
  gasError,
  isDate,
  userEmailOf,
  type CellBlock,
  type FakeEnv,
  type WriteKind,
} from './core';
import { dateParts, formatDate } from './datefmt';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GProtection = GoogleAppsScript.Spreadsheet.Protection;
type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GDataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GCfRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GCfRuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;
type User = GoogleAppsScript.Base.User;

export type CellValue = string | number | boolean | Date;

export interface CellFormat {
  numberFormat?: string;
  fontWeight?: string | null;
  fontStyle?: string | null;
  fontLine?: string | null;
  fontColor?: string | null;
  fontSize?: number;
  fontFamily?: string | null;
  background?: string | null;
  wrap?: boolean;
  wrapStrategy?: unknown;
  horizontalAlignment?: string | null;
  verticalAlignment?: string | null;
  border?: unknown[];
}

export interface Cell {
  value?: CellValue;
  formula?: string;
  note?: string;
  format?: CellFormat;
  validation?: FakeDataValidation;
}

const DEFAULT_FORMAT: Required<Omit<CellFormat, 'wrapStrategy' | 'border'>> = {
  numberFormat: '0.###############',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontLine: 'none',
  fontColor: '#000000',
  fontSize: 10,
  fontFamily: 'Arial',
  background: '#ffffff',
  wrap: false,
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
};

const MSG_PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function describeArg(v: unknown): string {
  if (Array.isArray(v)) return `${v.length ? describeArg(v[0]) : 'Object'}[]`;
  if (v === null) return 'null';
  if (isDate(v)) return 'Date';
  if (typeof v === 'object') return 'Object';
  return typeof v === 'string' ? 'String' : typeof v;
}

/** Throws exactly like the real service when a 2-D array does not fit the range. */
function check2d(env: FakeEnv, data: unknown, numRows: number, numCols: number, method: string): unknown[][] {
  if (!Array.isArray(data) || !data.every((r) => Array.isArray(r))) {
    throw gasError(
      env,
      `The parameters (${describeArg(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  if (data.length !== numRows) {
    throw gasError(
      env,
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
    );
  }
  for (const row of data as unknown[][]) {
    if (row.length !== numCols) {
      throw gasError(
        env,
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numCols}.`,
      );
    }
  }
  return data as unknown[][];
}

function contains(outer: CellBlock, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.numRows && col >= outer.col && col < outer.col + outer.numCols;
}

function overlaps(a: CellBlock, b: CellBlock): boolean {
  return (
    a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols
  );
}

/** Moves/grows/shrinks a block when rows (dim 'row') or columns are inserted (delta > 0) or deleted. */
function shiftBlock(b: CellBlock, dim: 'row' | 'col', at: number, delta: number): CellBlock | undefined {
  const start = dim === 'row' ? b.row : b.col;
  const size = dim === 'row' ? b.numRows : b.numCols;
  let s = start;
  let n = size;
  if (delta > 0) {
    // insert `delta` lines before line `at`
    if (at <= start) s = start + delta;
    else if (at < start + size) n = size + delta;
  } else {
    const del = -delta;
    const delEnd = at + del; // exclusive
    const end = start + size; // exclusive
    const keepBefore = Math.max(0, Math.min(end, at) - start);
    const keepAfter = Math.max(0, end - Math.max(start, delEnd));
    n = keepBefore + keepAfter;
    if (n === 0) return undefined;
    s = start < at ? start : Math.max(at, start - del);
  }
  return dim === 'row' ? { ...b, row: s, numRows: n } : { ...b, col: s, numCols: n };
}

// =============================================================================================
// SpreadsheetApp
// =============================================================================================

export class FakeSpreadsheetApp
  extends fakeClass<GoogleAppsScript.Spreadsheet.SpreadsheetApp>('Spreadsheet.SpreadsheetApp')
  implements GoogleAppsScript.Spreadsheet.SpreadsheetApp
{
  constructor(
    env: FakeEnv,
    readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: () => GoogleAppsScript.Base.Ui,
  ) {
    super(env);
  }
  override getActive(): GSpreadsheet {
    return this.spreadsheet;
  }
  override getActiveSpreadsheet(): GSpreadsheet {
    return this.spreadsheet;
  }
  override getActiveSheet(): GSheet {
    return this.spreadsheet.getActiveSheet();
  }
  override getActiveRange(): GRange {
    return this.spreadsheet.getActiveRange() ?? this.spreadsheet.getActiveSheet().getRange(1, 1);
  }
  override setActiveRange(range: GRange): GRange {
    return this.spreadsheet.setActiveRange(range);
  }
  override getCurrentCell(): GRange {
    return this.getActiveRange();
  }
  override setActiveSheet(sheet: GSheet): GSheet {
    return this.spreadsheet.setActiveSheet(sheet);
  }
  override openById(id: string): GSpreadsheet {
    if (id === this.spreadsheet.getId()) return this.spreadsheet;
    throw gasError(
      this.fakeEnv,
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  }
  override getUi(): GoogleAppsScript.Base.Ui {
    if (!this.fakeEnv.options.uiAvailable)
      throw gasError(this.fakeEnv, 'Cannot call SpreadsheetApp.getUi() from this context.');
    return this.ui();
  }
  override flush(): void {
    /* writes are synchronous in the fake */
  }
  override newDataValidation(): GDataValidationBuilder {
    return new FakeDataValidationBuilder(this.fakeEnv);
  }
  override newConditionalFormatRule(): GCfRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.fakeEnv);
  }
}

// =============================================================================================
// Spreadsheet
// =============================================================================================

export class FakeSpreadsheet extends fakeClass<GSpreadsheet>('Spreadsheet.Spreadsheet') implements GSpreadsheet {
  /** Recorded toasts. */
  readonly toasts: { msg: string; title?: string; timeoutSeconds?: number | null }[] = [];
  private readonly sheets: FakeSheet[] = [];
  private active: FakeSheet | undefined;
  private activeRange: FakeRange | undefined;
  private nextSheetId = 0;
  private readonly namedRanges = new Map<string, { sheet: FakeSheet; block: CellBlock }>();
  private name: string;
  private timeZone: string;
  private locale = 'vi_VN';

  constructor(
    env: FakeEnv,
    private readonly id: string,
    name: string,
    sheetNames: readonly string[],
  ) {
    super(env);
    this.name = name;
    this.timeZone = env.options.timeZone;
    for (const n of sheetNames) this.addSheet(n, this.sheets.length);
    this.active = this.sheets[0];
  }

  // ---- helpers for tests (not part of the Apps Script API; not counted) ----

  /** The sheet with this name or throws (for test set-up). */
  fakeSheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.fakeName === name);
    if (!s) throw new Error(`fake: no sheet named ${name}`);
    return s;
  }
  fakeSheets(): FakeSheet[] {
    return [...this.sheets];
  }
  /** Adds a sheet without counting (for test set-up). */
  fakeAddSheet(name: string): FakeSheet {
    return this.fakeEnv.inspect(() => this.addSheet(name, this.sheets.length));
  }
  /** @internal */
  fakeAllProtections(): FakeProtection[] {
    return this.sheets.flatMap((s) => s.fakeProtections());
  }

  private addSheet(name: string, index: number): FakeSheet {
    if (this.sheets.some((s) => s.fakeName === name)) {
      throw gasError(this.fakeEnv, `A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this.fakeEnv, this, name, this.nextSheetId);
    this.nextSheetId = this.nextSheetId === 0 ? 1_000_001 : this.nextSheetId + 7919;
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  /** @internal */
  fakeRename(sheet: FakeSheet, name: string): void {
    if (this.sheets.some((s) => s !== sheet && s.fakeName === name)) {
      throw gasError(this.fakeEnv, `A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }
  /** @internal */
  fakeIndexOf(sheet: FakeSheet): number {
    return this.sheets.indexOf(sheet);
  }
  /** @internal */
  fakeActivate(sheet: FakeSheet, range?: FakeRange): void {
    this.active = sheet;
    this.activeRange = range;
  }
  /** The range last activated (Range.activate / setActiveRange), as "'Tab'!B3", or undefined. */
  fakeActiveRange(): string | undefined {
    return this.activeRange ? describeRange(this.activeRange) : undefined;
  }

  // ---- Apps Script API ----

  override getId(): string {
    return this.id;
  }
  override getName(): string {
    return this.name;
  }
  override rename(newName: string): void {
    this.name = newName;
  }
  override getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  override getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  override setSpreadsheetTimeZone(timezone: string): void {
    // Sheets keeps a date-time cell's serial number (the date and time shown), so the instant
    // getValues returns moves with the zone.
    for (const sheet of this.sheets) sheet.fakeMoveDates(this.timeZone, timezone);
    this.timeZone = timezone;
  }
  override getSpreadsheetLocale(): string {
    return this.locale;
  }
  override setSpreadsheetLocale(locale: string): void {
    this.locale = locale;
  }
  override getSheets(): GSheet[] {
    return [...this.sheets];
  }
  override getNumSheets(): number {
    return this.sheets.length;
  }
  override getSheetByName(name: string): GSheet | null {
    return this.sheets.find((s) => s.fakeName === name) ?? null;
  }
  override getActiveSheet(): GSheet {
    return this.active ?? this.sheets[0];
  }
  override setActiveSheet(sheet: GSheet): GSheet {
    const s = this.own(sheet);
    this.active = s;
    this.activeRange = undefined;
    return s;
  }
  override getActiveRange(): GRange | null {
    return this.activeRange ?? null;
  }
  override setActiveRange(range: GRange): GRange {
    const r = asFakeRange(range);
    this.fakeActivate(r.fakeSheet, r);
    return r;
  }
  override insertSheet(a?: string | number | object, b?: number | object, c?: object): GSheet {
    let name: string | undefined;
    let index = this.sheets.length;
    const opts = [a, b, c].find((x) => typeof x === 'object' && x !== null) as { template?: unknown } | undefined;
    // Documented: "All data from the template sheet object is copied to the new sheet. The sheet template
    // must be one of the sheets of the Spreadsheet object."
    const template = opts?.template === undefined ? undefined : this.own(opts.template as GSheet);
    if (typeof a === 'string') {
      name = a;
      if (typeof b === 'number') index = b;
    } else if (typeof a === 'number') {
      index = a;
    }
    if (name === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheets.some((s) => s.fakeName === `Trang tính${n}`)) n++;
      name = `Trang tính${n}`;
    }
    const sheet = this.addSheet(name, index);
    if (template) sheet.fakeCopyFrom(template);
    this.active = sheet;
    return sheet;
  }
  override deleteSheet(sheet: GSheet): void {
    const s = this.own(sheet);
    if (this.sheets.filter((x) => x !== s && !x.isSheetHidden()).length === 0) {
      throw gasError(
        this.fakeEnv,
        'This operation is not allowed. A spreadsheet must have at least one non-hidden sheet.',
      );
    }
    s.fakeAssertEditable(undefined);
    const all = { row: 1, col: 1, numRows: s.getMaxRows(), numCols: s.getMaxColumns() };
    this.fakeEnv.recordWrite(
      s.fakeName,
      rangeA1(1, 1, all.numRows, all.numCols),
      all,
      'structure',
      'Spreadsheet.deleteSheet',
    );
    this.sheets.splice(this.sheets.indexOf(s), 1);
    s.fakeDeleted = true;
    for (const [k, v] of [...this.namedRanges]) if (v.sheet === s) this.namedRanges.delete(k);
    if (this.active === s) this.active = this.sheets[0];
  }
  override getRange(a1Notation: string): GRange {
    const parsed = parseA1(a1Notation, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    const sheet = parsed?.sheetName !== undefined ? this.getSheetByName(parsed.sheetName) : this.getActiveSheet();
    if (!parsed || !sheet) throw gasError(this.fakeEnv, `Range not found`);
    return sheet.getRange(a1Notation.slice(a1Notation.lastIndexOf('!') + 1));
  }
  override getRangeByName(name: string): GRange | null {
    const nr = this.namedRanges.get(name);
    if (!nr) return null;
    return new FakeRange(this.fakeEnv, nr.sheet, nr.block.row, nr.block.col, nr.block.numRows, nr.block.numCols);
  }
  override setNamedRange(name: string, range: GRange): void {
    const r = asFakeRange(range);
    this.namedRanges.set(name, { sheet: r.fakeSheet, block: r.fakeBlock() });
  }
  override removeNamedRange(name: string): void {
    if (!this.namedRanges.delete(name)) throw gasError(this.fakeEnv, `Named range not found: ${name}`);
  }
  override getProtections(type: ProtectionType): GProtection[] {
    return this.sheets.flatMap((s) => s.getProtections(type));
  }
  override getOwner(): User | null {
    return new FakeUser(this.fakeEnv, this.fakeEnv.options.ownerEmail);
  }
  override getEditors(): User[] {
    const emails = [this.fakeEnv.options.ownerEmail, ...this.fakeEnv.options.editorEmails];
    return [...new Set(emails)].map((e) => new FakeUser(this.fakeEnv, e));
  }
  override getViewers(): User[] {
    return this.getEditors();
  }
  override toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.toasts.push({ msg, title, timeoutSeconds });
  }
  override getSheetId(): number {
    return this.getActiveSheet().getSheetId();
  }
  override getSheetName(): string {
    return this.getActiveSheet().getName();
  }
  override getDataRange(): GRange {
    return this.getActiveSheet().getDataRange();
  }
  override getLastRow(): number {
    return this.getActiveSheet().getLastRow();
  }
  override getLastColumn(): number {
    return this.getActiveSheet().getLastColumn();
  }
  override getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    return this.getActiveSheet().getSheetValues(startRow, startColumn, numRows, numColumns);
  }

  private own(sheet: GSheet): FakeSheet {
    if (!(sheet instanceof FakeSheet) || !this.sheets.includes(sheet)) {
      throw gasError(this.fakeEnv, 'The sheet does not belong to this spreadsheet (or was deleted).');
    }
    return sheet;
  }
}

// =============================================================================================
// Sheet
// =============================================================================================

export class FakeSheet extends fakeClass<GSheet>('Spreadsheet.Sheet') implements GSheet {
  /** @internal */ fakeName: string;
  /** @internal */ fakeDeleted = false;
  private grid: Array<Array<Cell | undefined> | undefined> = [];
  private maxRows = 1000;
  private maxCols = 26;
  private frozenRows = 0;
  private frozenCols = 0;
  private readonly colWidths = new Map<number, number>();
  private readonly rowHeights = new Map<number, number>();
  private readonly hiddenCols = new Set<number>();
  private readonly hiddenRows = new Set<number>();
  private hidden = false;
  private tabColor: string | null = null;
  private protections: FakeProtection[] = [];
  private cfRules: FakeConditionalFormatRule[] = [];
  private charts: FakeEmbeddedChart[] = [];
  private merges: CellBlock[] = [];
  private nextChartId = 1;

  constructor(
    env: FakeEnv,
    private readonly parent: FakeSpreadsheet,
    name: string,
    private readonly sheetId: number,
  ) {
    super(env);
    this.fakeName = name;
  }
  /** @internal */
  get fakeParent(): FakeSpreadsheet {
    return this.parent;
  }

  // ---- helpers for tests (not counted, not logged) ----

  /** Writes values (row-major, from (row, col)) without counting or logging; '=…' strings become formulas. */
  fakeSeed(values: unknown[][], row = 1, col = 1): this {
    this.fakeEnv.inspect(() => {
      this.ensureSize(row + values.length - 1, col + Math.max(0, ...values.map((r) => r.length)) - 1);
      values.forEach((r, i) => r.forEach((v, j) => this.putInput(row + i, col + j, v)));
    });
    return this;
  }
  /** Presets the value a formula cell reports (e.g. '#DIV/0!'), keeping its formula. */
  fakeSetComputed(row: number, col: number, value: CellValue | ''): this {
    const cell = this.cell(row, col, true);
    if (value === '') delete cell.value;
    else cell.value = value;
    return this;
  }
  /** The whole used area as values ('' for empty), without counting. */
  fakeValues(): CellValue[][] {
    return this.fakeEnv.inspect(() => this.getDataRange().getValues());
  }
  /** The raw cell (or undefined), for assertions on notes, formats, validation. */
  fakeCell(row: number, col: number): Readonly<Cell> | undefined {
    return this.grid[row - 1]?.[col - 1];
  }
  fakeProtections(): FakeProtection[] {
    return [...this.protections];
  }
  fakeMerges(): CellBlock[] {
    return this.merges.map((m) => ({ ...m }));
  }
  fakeIsRowHidden(row: number): boolean {
    return this.hiddenRows.has(row);
  }
  fakeIsColumnHidden(col: number): boolean {
    return this.hiddenCols.has(col);
  }

  /**
   * @internal The new sheet of insertSheet(…, {template}): cells (values, formulas, notes, formats,
   * validation), size, column widths, row heights, hidden rows and columns, frozen rows and columns,
   * merges and conditional formats (on the same cells of the copy). Charts and protections are not
   * copied here: no code relies on whether Sheets copies them.
   */
  fakeCopyFrom(t: FakeSheet): void {
    this.grid = t.grid.map((row) =>
      row?.map((c) => (c ? { ...c, format: c.format ? { ...c.format } : undefined } : undefined)),
    );
    this.maxRows = t.maxRows;
    this.maxCols = t.maxCols;
    this.frozenRows = t.frozenRows;
    this.frozenCols = t.frozenCols;
    t.colWidths.forEach((w, k) => this.colWidths.set(k, w));
    t.rowHeights.forEach((h, k) => this.rowHeights.set(k, h));
    t.hiddenCols.forEach((k) => this.hiddenCols.add(k));
    t.hiddenRows.forEach((k) => this.hiddenRows.add(k));
    this.merges = t.merges.map((m) => ({ ...m }));
    this.cfRules = t.cfRules.map((r) => {
      const copy = r.fakeCopy();
      copy.spec.ranges = copy.spec.ranges.map((x) => ({ sheet: this, block: { ...x.block } }));
      return copy;
    });
  }

  /** @internal Date cells keep their wall-clock date and time when the spreadsheet's zone changes. */
  fakeMoveDates(from: string, to: string): void {
    for (const row of this.grid)
      for (const cell of row ?? []) {
        if (!cell || !isDate(cell.value)) continue;
        const p = dateParts(cell.value, from);
        const ms = cell.value.getTime() % 1000;
        const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, ms < 0 ? ms + 1000 : ms);
        cell.value = copyDate(this.fakeEnv, wallClockIn(wall, to));
      }
  }

  // ---- internal cell access ----

  /** @internal */
  cell(row: number, col: number, create: true): Cell;
  cell(row: number, col: number, create?: boolean): Cell | undefined;
  cell(row: number, col: number, create = false): Cell | undefined {
    let r = this.grid[row - 1];
    if (!r) {
      if (!create) return undefined;
      r = [];
      this.grid[row - 1] = r;
    }
    let c = r[col - 1];
    if (!c && create) {
      c = {};
      r[col - 1] = c;
    }
    return c;
  }

  /** @internal Stores a user/script input the way Sheets does. */
  putInput(row: number, col: number, v: unknown): void {
    const cell = this.cell(row, col, true);
    delete cell.formula;
    if (v === null || v === undefined || v === '') {
      delete cell.value;
    } else if (typeof v === 'string' && v.length > 1 && v.startsWith('=') && cell.format?.numberFormat !== '@') {
      // A plain-text cell (number format "@") keeps "=…" as text, as in Sheets.
      this.putFormula(row, col, v);
    } else if (isDate(v)) {
      cell.value = new Date(v.getTime());
    } else if (typeof v === 'string' && cell.format?.numberFormat !== '@') {
      // Parsed as if typed, in the spreadsheet's locale and time zone (typed.ts).
      const ss = this.getParent();
      const typed = typedValue(v, ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone());
      if (typed === '') delete cell.value;
      else cell.value = typed;
    } else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') {
      cell.value = v;
    } else {
      cell.value = String(v);
    }
  }

  /** @internal */
  putFormula(row: number, col: number, formula: string): void {
    const cell = this.cell(row, col, true);
    if (!formula) {
      delete cell.formula;
      delete cell.value;
      return;
    }
    cell.formula = formula.startsWith('=') ? formula : `=${formula}`;
    const ev = this.fakeEnv.options.formulaEvaluator;
    const computed = ev ? ev(cell.formula, this.fakeName, row, col) : '';
    if (computed === '' || computed === null || computed === undefined) delete cell.value;
    else cell.value = computed as CellValue;
  }

  /** @internal */
  readValue(row: number, col: number): CellValue | '' {
    const v = this.grid[row - 1]?.[col - 1]?.value;
    if (v === undefined) return '';
    return isDate(v) ? copyDate(this.fakeEnv, v) : v;
  }

  /** @internal Throws like the real service when the current user may not edit the block. */
  fakeAssertEditable(block: CellBlock | undefined): void {
    const env = this.fakeEnv;
    if (!env.options.enforceProtections) return;
    const user = env.execution.user || env.options.effectiveUserEmail;
    if (user === env.options.ownerEmail) return;
    for (const p of this.protections) {
      if (p.fakeAllows(user)) continue;
      // Without a block (rename, charts, deleting the sheet) only a sheet protection applies.
      if (block ? p.fakeCovers(block) : p.fakeType === 'SHEET') throw gasError(env, MSG_PROTECTED);
    }
  }

  /** @internal Records a write and checks protections. */
  write(block: CellBlock, kind: WriteKind, method: string): void {
    this.assertAlive();
    this.fakeAssertEditable(block);
    this.fakeEnv.recordWrite(
      this.fakeName,
      rangeA1(block.row, block.col, block.numRows, block.numCols),
      block,
      kind,
      method,
    );
  }

  /** Charts and other objects: no cell is written, but a protected sheet still refuses non-editors. */
  private assertObjectEditable(): void {
    this.assertAlive();
    this.fakeAssertEditable(undefined);
  }

  /** @internal */
  assertAlive(): void {
    if (this.fakeDeleted) throw gasError(this.fakeEnv, 'This sheet has been deleted.');
  }

  /** @internal */
  ensureSize(rows: number, cols: number): void {
    if (rows > this.maxRows) this.maxRows = rows;
    if (cols > this.maxCols) this.maxCols = cols;
  }

  /** @internal */
  fakeMergesIn(block: CellBlock): CellBlock[] {
    return this.merges.filter((m) => overlaps(m, block));
  }
  /** @internal */
  fakeSetMerges(merges: CellBlock[]): void {
    this.merges = merges;
  }
  /** @internal */
  fakeAddProtection(p: FakeProtection): void {
    this.protections.push(p);
  }
  /** @internal */
  fakeRemoveProtection(p: FakeProtection): void {
    this.protections = this.protections.filter((x) => x !== p);
  }
  /** @internal */
  fakeChartId(): number {
    return this.nextChartId++;
  }

  private makeRange(row: number, col: number, numRows: number, numCols: number): FakeRange {
    this.assertAlive();
    if (![row, col, numRows, numCols].every((n) => Number.isInteger(n))) {
      throw gasError(
        this.fakeEnv,
        `The parameters (${[row, col, numRows, numCols].map(describeArg).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
      );
    }
    if (row < 1) throw gasError(this.fakeEnv, 'The starting row of the range is too small.');
    if (col < 1) throw gasError(this.fakeEnv, 'The starting column of the range is too small.');
    if (numRows < 1) throw gasError(this.fakeEnv, 'The number of rows in the range must be at least 1.');
    if (numCols < 1) throw gasError(this.fakeEnv, 'The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.maxRows || col + numCols - 1 > this.maxCols) {
      throw gasError(this.fakeEnv, 'The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.fakeEnv, this, row, col, numRows, numCols);
  }

  private lastRowWithContent(): number {
    for (let r = this.grid.length; r >= 1; r--) {
      const row = this.grid[r - 1];
      if (row && row.some((c) => c && (c.value !== undefined || c.formula !== undefined))) return r;
    }
    return 0;
  }
  private lastColWithContent(): number {
    let last = 0;
    for (const row of this.grid) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        const cell = row[c - 1];
        if (cell && (cell.value !== undefined || cell.formula !== undefined)) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  // ---- Apps Script API ----

  override getName(): string {
    return this.fakeName;
  }
  override getSheetName(): string {
    return this.fakeName;
  }
  override setName(name: string): GSheet {
    this.assertAlive();
    this.parent.fakeRename(this, name);
    this.fakeAssertEditable(undefined);
    this.fakeName = name;
    return this;
  }
  override getSheetId(): number {
    return this.sheetId;
  }
  override getIndex(): number {
    return this.parent.fakeIndexOf(this) + 1;
  }
  override getParent(): GSpreadsheet {
    return this.parent;
  }
  override getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return fakeEnum('Spreadsheet.SheetType').GRID;
  }
  override activate(): GSheet {
    this.assertAlive();
    this.parent.fakeActivate(this);
    return this;
  }
  override setActiveRange(range: GRange): GRange {
    const r = asFakeRange(range);
    if (r.fakeSheet !== this) throw gasError(this.fakeEnv, 'The range must be on this sheet.');
    this.parent.fakeActivate(this, r);
    return r;
  }
  override getActiveRange(): GRange | null {
    return this.parent.getActiveSheet() === this ? this.parent.getActiveRange() : null;
  }
  override getRange(a: number | string, col?: number, numRows?: number, numCols?: number): GRange {
    if (typeof a === 'string') {
      const parsed = parseA1(a, this.maxRows, this.maxCols);
      if (!parsed || (parsed.sheetName !== undefined && parsed.sheetName !== this.fakeName)) {
        throw gasError(this.fakeEnv, 'Range not found');
      }
      return this.makeRange(parsed.row, parsed.col, parsed.numRows, parsed.numCols);
    }
    return this.makeRange(a, col ?? NaN, numRows ?? 1, numCols ?? 1);
  }
  override getRangeList(a1Notations: string[]): GRangeList {
    if (!Array.isArray(a1Notations) || a1Notations.length === 0) {
      throw gasError(
        this.fakeEnv,
        "The parameters () don't match the method signature for SpreadsheetApp.Sheet.getRangeList.",
      );
    }
    return new FakeRangeList(
      this.fakeEnv,
      a1Notations.map((a1) => this.getRange(a1) as FakeRange),
    );
  }
  override getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const nr = numRows === -1 ? this.getLastRow() - startRow + 1 : numRows;
    const nc = numColumns === -1 ? this.getLastColumn() - startColumn + 1 : numColumns;
    return this.makeRange(startRow, startColumn, nr, nc).getValues();
  }
  override getDataRange(): GRange {
    return this.makeRange(1, 1, Math.max(1, this.lastRowWithContent()), Math.max(1, this.lastColWithContent()));
  }
  override getLastRow(): number {
    return this.lastRowWithContent();
  }
  override getLastColumn(): number {
    return this.lastColWithContent();
  }
  override getMaxRows(): number {
    return this.maxRows;
  }
  override getMaxColumns(): number {
    return this.maxCols;
  }

  override appendRow(rowContents: unknown[]): GSheet {
    if (!Array.isArray(rowContents)) {
      throw gasError(
        this.fakeEnv,
        `The parameters (${describeArg(rowContents)}) don't match the method signature for SpreadsheetApp.Sheet.appendRow.`,
      );
    }
    const row = this.lastRowWithContent() + 1;
    this.ensureSize(row, rowContents.length);
    this.write({ row, col: 1, numRows: 1, numCols: Math.max(1, rowContents.length) }, 'content', 'Sheet.appendRow');
    rowContents.forEach((v, j) => this.putInput(row, j + 1, v));
    return this;
  }

  // rows / columns structure
  private insertLines(dim: 'row' | 'col', before: number, howMany: number, method: string): void {
    this.assertAlive();
    const max = dim === 'row' ? this.maxRows : this.maxCols;
    if (!Number.isInteger(before) || before < 1 || before > max + 1) {
      throw gasError(this.fakeEnv, `Those ${dim === 'row' ? 'rows' : 'columns'} are out of bounds.`);
    }
    if (!Number.isInteger(howMany) || howMany < 1) {
      throw gasError(this.fakeEnv, `The number of ${dim === 'row' ? 'rows' : 'columns'} to insert must be at least 1.`);
    }
    const block: CellBlock =
      dim === 'row'
        ? { row: before, col: 1, numRows: howMany, numCols: this.maxCols }
        : { row: 1, col: before, numRows: this.maxRows, numCols: howMany };
    this.write(block, 'structure', method);
    if (dim === 'row') {
      if (this.grid.length >= before) this.grid.splice(before - 1, 0, ...new Array<undefined>(howMany));
      this.maxRows += howMany;
    } else {
      for (const r of this.grid) if (r && r.length >= before) r.splice(before - 1, 0, ...new Array<undefined>(howMany));
      this.maxCols += howMany;
    }
    this.shiftAll(dim, before, howMany);
  }
  private deleteLines(dim: 'row' | 'col', start: number, howMany: number, method: string): void {
    this.assertAlive();
    const max = dim === 'row' ? this.maxRows : this.maxCols;
    if (
      !Number.isInteger(start) ||
      start < 1 ||
      !Number.isInteger(howMany) ||
      howMany < 1 ||
      start + howMany - 1 > max
    ) {
      throw gasError(this.fakeEnv, `Those ${dim === 'row' ? 'rows' : 'columns'} are out of bounds.`);
    }
    const frozen = dim === 'row' ? this.frozenRows : this.frozenCols;
    if (howMany >= max - frozen && start > frozen) {
      throw gasError(
        this.fakeEnv,
        dim === 'row'
          ? 'Sorry, it is not possible to delete all non-frozen rows.'
          : 'Sorry, it is not possible to delete all non-frozen columns.',
      );
    }
    const block: CellBlock =
      dim === 'row'
        ? { row: start, col: 1, numRows: howMany, numCols: this.maxCols }
        : { row: 1, col: start, numRows: this.maxRows, numCols: howMany };
    this.write(block, 'structure', method);
    if (dim === 'row') {
      this.grid.splice(start - 1, howMany);
      this.maxRows -= howMany;
    } else {
      for (const r of this.grid) if (r) r.splice(start - 1, howMany);
      this.maxCols -= howMany;
    }
    this.shiftAll(dim, start, -howMany);
  }
  private shiftAll(dim: 'row' | 'col', at: number, delta: number): void {
    const shift = (b: CellBlock) => shiftBlock(b, dim, at, delta);
    this.merges = this.merges.map(shift).filter((b): b is CellBlock => !!b);
    for (const p of this.protections) p.fakeShift(shift);
    for (const r of this.cfRules) r.fakeShift(this, shift);
    this.protections = this.protections.filter((p) => !p.fakeRemoved);
  }

  override insertRowAfter(afterPosition: number): GSheet {
    this.insertLines('row', afterPosition + 1, 1, 'Sheet.insertRowAfter');
    return this;
  }
  override insertRowBefore(beforePosition: number): GSheet {
    this.insertLines('row', beforePosition, 1, 'Sheet.insertRowBefore');
    return this;
  }
  override insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    this.insertLines('row', afterPosition + 1, howMany, 'Sheet.insertRowsAfter');
    return this;
  }
  override insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    this.insertLines('row', beforePosition, howMany, 'Sheet.insertRowsBefore');
    return this;
  }
  override insertRows(rowIndex: number, numRows = 1): void {
    this.insertLines('row', rowIndex, numRows, 'Sheet.insertRows');
  }
  override insertColumnAfter(afterPosition: number): GSheet {
    this.insertLines('col', afterPosition + 1, 1, 'Sheet.insertColumnAfter');
    return this;
  }
  override insertColumnBefore(beforePosition: number): GSheet {
    this.insertLines('col', beforePosition, 1, 'Sheet.insertColumnBefore');
    return this;
  }
  override insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    this.insertLines('col', afterPosition + 1, howMany, 'Sheet.insertColumnsAfter');
    return this;
  }
  override insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    this.insertLines('col', beforePosition, howMany, 'Sheet.insertColumnsBefore');
    return this;
  }
  override insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertLines('col', columnIndex, numColumns, 'Sheet.insertColumns');
  }
  override deleteRow(rowPosition: number): GSheet {
    this.deleteLines('row', rowPosition, 1, 'Sheet.deleteRow');
    return this;
  }
  override deleteRows(rowPosition: number, howMany: number): void {
    this.deleteLines('row', rowPosition, howMany, 'Sheet.deleteRows');
  }
  override deleteColumn(columnPosition: number): GSheet {
    this.deleteLines('col', columnPosition, 1, 'Sheet.deleteColumn');
    return this;
  }
  override deleteColumns(columnPosition: number, howMany: number): void {
    this.deleteLines('col', columnPosition, howMany, 'Sheet.deleteColumns');
  }

  override setFrozenRows(rows: number): void {
    this.assertAlive();
    if (rows < 0 || rows >= this.maxRows) throw gasError(this.fakeEnv, 'Those rows are out of bounds.');
    this.frozenRows = rows;
  }
  override getFrozenRows(): number {
    return this.frozenRows;
  }
  override setFrozenColumns(columns: number): void {
    this.assertAlive();
    if (columns < 0 || columns >= this.maxCols) throw gasError(this.fakeEnv, 'Those columns are out of bounds.');
    this.frozenCols = columns;
  }
  override getFrozenColumns(): number {
    return this.frozenCols;
  }
  override setColumnWidth(columnPosition: number, width: number): GSheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  override setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    this.write(
      { row: 1, col: startColumn, numRows: this.maxRows, numCols: numColumns },
      'format',
      'Sheet.setColumnWidths',
    );
    for (let c = startColumn; c < startColumn + numColumns; c++) this.colWidths.set(c, width);
    return this;
  }
  override getColumnWidth(columnPosition: number): number {
    return this.colWidths.get(columnPosition) ?? 100;
  }
  override autoResizeColumn(columnPosition: number): GSheet {
    return this.autoResizeColumns(columnPosition, 1);
  }
  override autoResizeColumns(startColumn: number, numColumns: number): GSheet {
    this.write(
      { row: 1, col: startColumn, numRows: this.maxRows, numCols: numColumns },
      'format',
      'Sheet.autoResizeColumns',
    );
    return this;
  }
  override setRowHeight(rowPosition: number, height: number): GSheet {
    return this.setRowHeights(rowPosition, 1, height);
  }
  override setRowHeights(startRow: number, numRows: number, height: number): GSheet {
    this.write({ row: startRow, col: 1, numRows, numCols: this.maxCols }, 'format', 'Sheet.setRowHeights');
    for (let r = startRow; r < startRow + numRows; r++) this.rowHeights.set(r, height);
    return this;
  }
  override getRowHeight(rowPosition: number): number {
    return this.rowHeights.get(rowPosition) ?? 21;
  }
  override hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenCols.add(c);
  }
  override showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenCols.delete(c);
  }
  override hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.hiddenRows.add(r);
  }
  override showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.hiddenRows.delete(r);
  }
  override setTabColor(color: string | null): GSheet {
    this.tabColor = color;
    return this;
  }
  override getTabColor(): string | null {
    return this.tabColor;
  }
  override hideSheet(): GSheet {
    const visible = this.parent.fakeSheets().filter((s) => s !== this && !s.isSheetHidden());
    if (visible.length === 0) throw gasError(this.fakeEnv, "You can't hide all the sheets in a document.");
    this.hidden = true;
    return this;
  }
  override showSheet(): GSheet {
    this.hidden = false;
    return this;
  }
  override isSheetHidden(): boolean {
    return this.hidden;
  }

  override clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GSheet {
    const all = { row: 1, col: 1, numRows: this.maxRows, numCols: this.maxCols };
    const formatOnly = !!options?.formatOnly;
    const contentsOnly = !!options?.contentsOnly;
    this.write(all, formatOnly && !contentsOnly ? 'format' : 'content', 'Sheet.clear');
    for (const row of this.grid) {
      if (!row) continue;
      for (const cell of row) {
        if (!cell) continue;
        if (!formatOnly || contentsOnly) {
          delete cell.value;
          delete cell.formula;
        }
        if (!contentsOnly || formatOnly) delete cell.format;
      }
    }
    return this;
  }
  override clearContents(): GSheet {
    return this.clear({ contentsOnly: true });
  }
  override clearFormats(): GSheet {
    return this.clear({ formatOnly: true });
  }
  override clearNotes(): GSheet {
    this.write({ row: 1, col: 1, numRows: this.maxRows, numCols: this.maxCols }, 'note', 'Sheet.clearNotes');
    for (const row of this.grid) for (const cell of row ?? []) if (cell) delete cell.note;
    return this;
  }

  override protect(): GProtection {
    this.assertAlive();
    const existing = this.protections.find((p) => p.fakeType === 'SHEET');
    if (existing) return existing;
    this.fakeAssertEditable(undefined);
    const p = new FakeProtection(this.fakeEnv, this, 'SHEET', undefined);
    this.protections.push(p);
    return p;
  }
  override getProtections(type: ProtectionType): GProtection[] {
    const t = String(type);
    if (t !== 'RANGE' && t !== 'SHEET') throw gasError(this.fakeEnv, `Invalid argument: type`);
    return this.protections.filter((p) => p.fakeType === t);
  }

  override getConditionalFormatRules(): GCfRule[] {
    return this.cfRules.map((r) => r.fakeCopy());
  }
  override setConditionalFormatRules(rules: GCfRule[]): void {
    if (!Array.isArray(rules))
      throw gasError(
        this.fakeEnv,
        "The parameters don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
      );
    const list = rules.map((r) => {
      if (!(r instanceof FakeConditionalFormatRule)) throw gasError(this.fakeEnv, 'Invalid argument: rules');
      return r.fakeCopy();
    });
    this.write(
      { row: 1, col: 1, numRows: this.maxRows, numCols: this.maxCols },
      'format',
      'Sheet.setConditionalFormatRules',
    );
    this.cfRules = list;
  }
  override clearConditionalFormatRules(): void {
    this.setConditionalFormatRules([]);
  }

  override newChart(): GChartBuilder {
    return new FakeEmbeddedChartBuilder(this.fakeEnv, { sheet: this });
  }
  override insertChart(chart: GChart): void {
    const c = asFakeChart(this.fakeEnv, chart);
    this.assertObjectEditable();
    c.fakeAttach(this);
    this.charts.push(c);
  }
  override updateChart(chart: GChart): void {
    const c = asFakeChart(this.fakeEnv, chart);
    const i = this.charts.findIndex((x) => x.getChartId() === c.getChartId());
    if (i < 0) throw gasError(this.fakeEnv, 'The chart does not exist on this sheet.');
    this.assertObjectEditable();
    this.charts[i] = c;
  }
  override removeChart(chart: GChart): void {
    const c = asFakeChart(this.fakeEnv, chart);
    const i = this.charts.findIndex((x) => x.getChartId() === c.getChartId());
    if (i < 0) throw gasError(this.fakeEnv, 'The chart does not exist on this sheet.');
    this.assertObjectEditable();
    this.charts.splice(i, 1);
  }
  override getCharts(): GChart[] {
    return [...this.charts];
  }
}

// =============================================================================================
// Range
// =============================================================================================

function asFakeRange(r: unknown): FakeRange {
  if (!(r instanceof FakeRange)) throw new TypeError('fake: expected a Range created by the fakes');
  return r;
}

type GRangeList = GoogleAppsScript.Spreadsheet.RangeList;

/**
 * Sheet.getRangeList(a1Notations): ranges of one sheet, formatted together in one call; each setter
 * does what Range's does on every range.
 */
export class FakeRangeList extends fakeClass<GRangeList>('Spreadsheet.RangeList') implements GRangeList {
  constructor(
    env: FakeEnv,
    private readonly ranges: FakeRange[],
  ) {
    super(env);
  }
  private each(fn: (r: FakeRange) => void): GRangeList {
    for (const r of this.ranges) fn(r);
    return this;
  }
  override getRanges(): GRange[] {
    return [...this.ranges];
  }
  override setNumberFormat(format: string): GRangeList {
    return this.each((r) => r.setNumberFormat(format));
  }
  override setWrap(isWrapEnabled: boolean): GRangeList {
    return this.each((r) => r.setWrap(isWrapEnabled));
  }
  override setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRangeList {
    return this.each((r) => r.setFontWeight(fontWeight));
  }
  override setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): GRangeList {
    return this.each((r) => r.setFontStyle(fontStyle));
  }
  override setFontSize(size: number): GRangeList {
    return this.each((r) => r.setFontSize(size));
  }
  override setFontColor(color: string | null): GRangeList {
    return this.each((r) => r.setFontColor(color));
  }
  override setBackground(color: string | null): GRangeList {
    return this.each((r) => r.setBackground(color));
  }
  override setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GRangeList {
    return this.each((r) => r.setVerticalAlignment(alignment));
  }
}

export class FakeRange extends fakeClass<GRange>('Spreadsheet.Range') implements GRange {
  constructor(
    env: FakeEnv,
    /** @internal */ readonly fakeSheet: FakeSheet,
    private readonly row: number,
    private readonly col: number,
    private readonly numRows: number,
    private readonly numCols: number,
  ) {
    super(env);
  }

  /** @internal */
  fakeBlock(): CellBlock {
    return { row: this.row, col: this.col, numRows: this.numRows, numCols: this.numCols };
  }

  private map<T>(fn: (row: number, col: number) => T): T[][] {
    this.fakeSheet.assertAlive();
    const out: T[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < this.numCols; j++) line.push(fn(this.row + i, this.col + j));
      out.push(line);
    }
    return out;
  }
  private each(fn: (row: number, col: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.numRows; i++) for (let j = 0; j < this.numCols; j++) fn(this.row + i, this.col + j, i, j);
  }
  private write(kind: WriteKind, method: string): void {
    this.fakeSheet.write(this.fakeBlock(), kind, method);
  }
  private setFormat<K extends keyof CellFormat>(
    key: K,
    value: CellFormat[K],
    method: string,
    kind: WriteKind = 'format',
  ): this {
    this.write(kind, method);
    this.each((r, c) => {
      const cell = this.fakeSheet.cell(r, c, true);
      cell.format = { ...cell.format, [key]: value };
    });
    return this;
  }
  private setFormats<K extends keyof CellFormat>(key: K, values: unknown, method: string): this {
    const data = check2d(this.fakeEnv, values, this.numRows, this.numCols, method);
    this.write('format', method);
    this.each((r, c, i, j) => {
      const cell = this.fakeSheet.cell(r, c, true);
      cell.format = { ...cell.format, [key]: data[i][j] as CellFormat[K] };
    });
    return this;
  }
  private getFormat<K extends keyof typeof DEFAULT_FORMAT>(key: K): Array<Array<(typeof DEFAULT_FORMAT)[K]>> {
    return this.map((r, c) => {
      const f = this.fakeSheet.cell(r, c)?.format?.[key];
      return (f === undefined || f === null ? DEFAULT_FORMAT[key] : f) as (typeof DEFAULT_FORMAT)[K];
    });
  }

  // ---- geometry ----
  override getRow(): number {
    return this.row;
  }
  override getRowIndex(): number {
    return this.row;
  }
  override getColumn(): number {
    return this.col;
  }
  override getNumRows(): number {
    return this.numRows;
  }
  override getNumColumns(): number {
    return this.numCols;
  }
  override getHeight(): number {
    return this.numRows;
  }
  override getWidth(): number {
    return this.numCols;
  }
  override getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  override getLastColumn(): number {
    return this.col + this.numCols - 1;
  }
  override getA1Notation(): string {
    return rangeA1(this.row, this.col, this.numRows, this.numCols);
  }
  override getSheet(): GSheet {
    return this.fakeSheet;
  }
  override getGridId(): number {
    return this.fakeSheet.getSheetId();
  }
  override getCell(row: number, column: number): GRange {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numCols) {
      throw gasError(this.fakeEnv, 'Cell reference out of range');
    }
    return new FakeRange(this.fakeEnv, this.fakeSheet, this.row + row - 1, this.col + column - 1, 1, 1);
  }
  override offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    return this.fakeSheet.getRange(
      this.row + rowOffset,
      this.col + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numCols,
    );
  }
  override activate(): GRange {
    this.fakeSheet.assertAlive();
    this.fakeSheet.fakeParent.fakeActivate(this.fakeSheet, this);
    return this;
  }
  override isBlank(): boolean {
    return this.map((r, c) => {
      const cell = this.fakeSheet.cell(r, c);
      return !cell || (cell.value === undefined && cell.formula === undefined);
    }).every((line) => line.every(Boolean));
  }

  // ---- values ----
  override getValue(): unknown {
    return this.fakeSheet.readValue(this.row, this.col);
  }
  override getValues(): unknown[][] {
    return this.map((r, c) => this.fakeSheet.readValue(r, c));
  }
  override getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }
  override getDisplayValues(): string[][] {
    const ss = this.fakeSheet.getParent();
    const tz = ss.getSpreadsheetTimeZone();
    const locale = ss.getSpreadsheetLocale();
    return this.map((r, c) => {
      const cell = this.fakeSheet.cell(r, c);
      return displayValue(cell?.value, cell?.format?.numberFormat, tz, locale);
    });
  }
  override setValue(value: unknown): GRange {
    this.write('content', 'Range.setValue');
    this.each((r, c) => this.fakeSheet.putInput(r, c, value));
    return this;
  }
  override setValues(values: unknown[][]): GRange {
    const data = check2d(this.fakeEnv, values, this.numRows, this.numCols, 'setValues');
    this.write('content', 'Range.setValues');
    this.each((r, c, i, j) => this.fakeSheet.putInput(r, c, data[i][j]));
    return this;
  }
  override getFormula(): string {
    return this.getFormulas()[0][0];
  }
  override getFormulas(): string[][] {
    return this.map((r, c) => this.fakeSheet.cell(r, c)?.formula ?? '');
  }
  override setFormula(formula: string): GRange {
    this.write('content', 'Range.setFormula');
    this.each((r, c) => this.fakeSheet.putFormula(r, c, formula));
    return this;
  }
  override setFormulas(formulas: string[][]): GRange {
    const data = check2d(this.fakeEnv, formulas, this.numRows, this.numCols, 'setFormulas');
    this.write('content', 'Range.setFormulas');
    this.each((r, c, i, j) => this.fakeSheet.putFormula(r, c, String(data[i][j] ?? '')));
    return this;
  }
  override setFormulaR1C1(formula: string): GRange {
    this.write('content', 'Range.setFormulaR1C1');
    this.each((r, c) => this.fakeSheet.putFormula(r, c, r1c1ToA1(formula, r, c)));
    return this;
  }
  override setFormulasR1C1(formulas: string[][]): GRange {
    const data = check2d(this.fakeEnv, formulas, this.numRows, this.numCols, 'setFormulasR1C1');
    this.write('content', 'Range.setFormulasR1C1');
    this.each((r, c, i, j) => this.fakeSheet.putFormula(r, c, r1c1ToA1(String(data[i][j] ?? ''), r, c)));
    return this;
  }
  override clearContent(): GRange {
    this.write('content', 'Range.clearContent');
    this.each((r, c) => {
      const cell = this.fakeSheet.cell(r, c);
      if (cell) {
        delete cell.value;
        delete cell.formula;
      }
    });
    return this;
  }
  override clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): GRange {
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    const content = !any || !!o.contentsOnly;
    const format = !any || !!o.formatOnly;
    const validation = !any || !!o.validationsOnly;
    const notes = !!o.commentsOnly;
    this.write(content ? 'content' : format ? 'format' : validation ? 'validation' : 'note', 'Range.clear');
    this.each((r, c) => {
      const cell = this.fakeSheet.cell(r, c);
      if (!cell) return;
      if (content) {
        delete cell.value;
        delete cell.formula;
      }
      if (format) delete cell.format;
      if (validation) delete cell.validation;
      if (notes) delete cell.note;
    });
    return this;
  }
  override clearFormat(): GRange {
    return this.clear({ formatOnly: true });
  }
  override clearDataValidations(): GRange {
    return this.clear({ validationsOnly: true });
  }
  override clearNote(): GRange {
    return this.setNote(null);
  }

  // ---- notes ----
  override getNote(): string {
    return this.getNotes()[0][0];
  }
  override getNotes(): string[][] {
    return this.map((r, c) => this.fakeSheet.cell(r, c)?.note ?? '');
  }
  override setNote(note: string | null): GRange {
    this.write('note', 'Range.setNote');
    this.each((r, c) => {
      const cell = this.fakeSheet.cell(r, c, true);
      if (note === null || note === '') delete cell.note;
      else cell.note = String(note);
    });
    return this;
  }
  override setNotes(notes: Array<Array<string | null>>): GRange {
    const data = check2d(this.fakeEnv, notes, this.numRows, this.numCols, 'setNotes');
    this.write('note', 'Range.setNotes');
    this.each((r, c, i, j) => {
      const cell = this.fakeSheet.cell(r, c, true);
      const n = data[i][j];
      if (n === null || n === undefined || n === '') delete cell.note;
      else cell.note = String(n);
    });
    return this;
  }

  // ---- data validation ----
  override getDataValidation(): GDataValidation | null {
    return this.fakeSheet.cell(this.row, this.col)?.validation ?? null;
  }
  override getDataValidations(): Array<Array<GDataValidation | null>> {
    return this.map((r, c) => this.fakeSheet.cell(r, c)?.validation ?? null);
  }
  override setDataValidation(rule: GDataValidation | null): GRange {
    if (rule !== null && !(rule instanceof FakeDataValidation)) throw gasError(this.fakeEnv, 'Invalid argument: rule');
    this.write('validation', 'Range.setDataValidation');
    this.each((r, c) => {
      const cell = this.fakeSheet.cell(r, c, true);
      if (rule) cell.validation = rule;
      else delete cell.validation;
    });
    return this;
  }
  override setDataValidations(rules: Array<Array<GDataValidation | null>>): GRange {
    const data = check2d(this.fakeEnv, rules, this.numRows, this.numCols, 'setDataValidations');
    this.write('validation', 'Range.setDataValidations');
    this.each((r, c, i, j) => {
      const rule = data[i][j];
      const cell = this.fakeSheet.cell(r, c, true);
      if (rule instanceof FakeDataValidation) cell.validation = rule;
      else if (rule === null || rule === undefined) delete cell.validation;
      else throw gasError(this.fakeEnv, 'Invalid argument: rules');
    });
    return this;
  }

  // ---- formats ----
  override setNumberFormat(numberFormat: string): GRange {
    return this.setFormat('numberFormat', numberFormat, 'Range.setNumberFormat');
  }
  override setNumberFormats(numberFormats: string[][]): GRange {
    return this.setFormats('numberFormat', numberFormats, 'setNumberFormats');
  }
  override getNumberFormat(): string {
    return this.getFormat('numberFormat')[0][0];
  }
  override getNumberFormats(): string[][] {
    return this.getFormat('numberFormat');
  }
  override setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRange {
    return this.setFormat('fontWeight', fontWeight, 'Range.setFontWeight');
  }
  override setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): GRange {
    return this.setFormats('fontWeight', fontWeights, 'setFontWeights');
  }
  override getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.getFontWeights()[0][0];
  }
  override getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.getFormat('fontWeight').map((l) => l.map((v) => (v === 'bold' ? 'bold' : 'normal')));
  }
  override setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): GRange {
    return this.setFormat('fontStyle', fontStyle, 'Range.setFontStyle');
  }
  override getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.getFormat('fontStyle')[0][0] === 'italic' ? 'italic' : 'normal';
  }
  override setFontLine(fontLine: GoogleAppsScript.Spreadsheet.FontLine | null): GRange {
    return this.setFormat('fontLine', fontLine, 'Range.setFontLine');
  }
  override setFontColor(color: string | null): GRange {
    return this.setFormat('fontColor', color, 'Range.setFontColor');
  }
  override setFontColors(colors: unknown[][]): GRange {
    return this.setFormats('fontColor', colors, 'setFontColors');
  }
  override setFontSize(size: number): GRange {
    return this.setFormat('fontSize', size, 'Range.setFontSize');
  }
  override getFontSize(): number {
    return this.getFormat('fontSize')[0][0];
  }
  override setFontFamily(fontFamily: string | null): GRange {
    return this.setFormat('fontFamily', fontFamily, 'Range.setFontFamily');
  }
  override getFontFamily(): string {
    return this.getFormat('fontFamily')[0][0] ?? 'Arial';
  }
  override setBackground(color: string | null): GRange {
    return this.setFormat('background', color, 'Range.setBackground');
  }
  override setBackgrounds(color: Array<Array<string | null>>): GRange {
    return this.setFormats('background', color, 'setBackgrounds');
  }
  override getBackground(): string {
    return this.getBackgrounds()[0][0];
  }
  override getBackgrounds(): string[][] {
    return this.getFormat('background').map((l) => l.map((v) => v ?? '#ffffff'));
  }
  override setWrap(isWrapEnabled: boolean): GRange {
    return this.setFormat('wrap', isWrapEnabled, 'Range.setWrap');
  }
  override setWraps(isWrapEnabled: boolean[][]): GRange {
    return this.setFormats('wrap', isWrapEnabled, 'setWraps');
  }
  override getWrap(): boolean {
    return this.getFormat('wrap')[0][0];
  }
  override getWraps(): boolean[][] {
    return this.getFormat('wrap');
  }
  override setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GRange {
    return this.setFormat('wrapStrategy', strategy, 'Range.setWrapStrategy');
  }
  override setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GRange {
    return this.setFormat('horizontalAlignment', alignment, 'Range.setHorizontalAlignment');
  }
  override setHorizontalAlignments(alignments: Array<Array<'left' | 'center' | 'normal' | 'right' | null>>): GRange {
    return this.setFormats('horizontalAlignment', alignments, 'setHorizontalAlignments');
  }
  override getHorizontalAlignment(): string {
    return this.getFormat('horizontalAlignment')[0][0] ?? 'general';
  }
  override getHorizontalAlignments(): string[][] {
    return this.getFormat('horizontalAlignment').map((l) => l.map((v) => v ?? 'general'));
  }
  override setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GRange {
    return this.setFormat('verticalAlignment', alignment, 'Range.setVerticalAlignment');
  }
  override getVerticalAlignment(): string {
    return this.getFormat('verticalAlignment')[0][0] ?? 'bottom';
  }
  override setBorder(...args: unknown[]): GRange {
    return this.setFormat('border', args, 'Range.setBorder');
  }

  // ---- merges ----
  override merge(): GRange {
    this.write('format', 'Range.merge');
    const b = this.fakeBlock();
    this.fakeSheet.fakeSetMerges([...this.fakeSheet.fakeMerges().filter((m) => !overlaps(m, b)), b]);
    return this;
  }
  override mergeAcross(): GRange {
    this.write('format', 'Range.mergeAcross');
    const b = this.fakeBlock();
    const rest = this.fakeSheet.fakeMerges().filter((m) => !overlaps(m, b));
    for (let i = 0; i < this.numRows; i++)
      rest.push({ row: this.row + i, col: this.col, numRows: 1, numCols: this.numCols });
    this.fakeSheet.fakeSetMerges(rest);
    return this;
  }
  override mergeVertically(): GRange {
    this.write('format', 'Range.mergeVertically');
    const b = this.fakeBlock();
    const rest = this.fakeSheet.fakeMerges().filter((m) => !overlaps(m, b));
    for (let j = 0; j < this.numCols; j++)
      rest.push({ row: this.row, col: this.col + j, numRows: this.numRows, numCols: 1 });
    this.fakeSheet.fakeSetMerges(rest);
    return this;
  }
  override breakApart(): GRange {
    this.write('format', 'Range.breakApart');
    const b = this.fakeBlock();
    const hit = this.fakeSheet.fakeMergesIn(b);
    for (const m of hit) {
      const inside =
        m.row >= b.row &&
        m.col >= b.col &&
        m.row + m.numRows <= b.row + b.numRows &&
        m.col + m.numCols <= b.col + b.numCols;
      if (!inside)
        throw gasError(this.fakeEnv, 'You must select all cells in a merged range to merge or unmerge them.');
    }
    this.fakeSheet.fakeSetMerges(this.fakeSheet.fakeMerges().filter((m) => !overlaps(m, b)));
    return this;
  }
  override isPartOfMerge(): boolean {
    return this.fakeSheet.fakeMergesIn(this.fakeBlock()).length > 0;
  }
  override getMergedRanges(): GRange[] {
    return this.fakeSheet
      .fakeMergesIn(this.fakeBlock())
      .map((m) => new FakeRange(this.fakeEnv, this.fakeSheet, m.row, m.col, m.numRows, m.numCols));
  }

  // ---- protection ----
  override protect(): GProtection {
    this.fakeSheet.assertAlive();
    const p = new FakeProtection(this.fakeEnv, this.fakeSheet, 'RANGE', this.fakeBlock());
    this.fakeSheet.fakeAddProtection(p);
    return p;
  }
  override canEdit(): boolean {
    try {
      this.fakeSheet.fakeAssertEditable(this.fakeBlock());
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * What getDisplayValues shows (simplified): a few number formats (0, 0.00, #,##0, 0%, 0.0%), the
 * locale's separators (vi_VN: "92,4%", "1.234,5"), dates as dd/MM/yyyy [HH:mm:ss].
 */
export function displayValue(
  v: CellValue | undefined,
  numberFormat: string | undefined,
  tz: string,
  locale = 'vi_VN',
): string {
  if (v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDate(v)) {
    const hasTime = formatDate(v, tz, 'HH:mm:ss') !== '00:00:00';
    return formatDate(v, tz, hasTime ? 'dd/MM/yyyy HH:mm:ss' : 'dd/MM/yyyy');
  }
  if (typeof v !== 'number') return String(v);
  const commaDecimal = /^(vi|de|fr|es|it|pt|nl|ru|id|tr)/.test(locale);
  const [dec, grp] = commaDecimal ? [',', '.'] : ['.', ','];
  const localise = (s: string, group: boolean) => {
    const neg = s.startsWith('-');
    const [int, frac] = (neg ? s.slice(1) : s).split('.');
    const i = group ? int.replace(/\B(?=(\d{3})+(?!\d))/g, grp) : int;
    return `${neg ? '-' : ''}${i}${frac !== undefined ? dec + frac : ''}`;
  };
  if (numberFormat && numberFormat !== '@') {
    const pct = /^0(?:\.(0+))?%$/.exec(numberFormat);
    if (pct) return `${localise((v * 100).toFixed(pct[1]?.length ?? 0), false)}%`;
    const fixed = /^(#,##)?0(?:\.(0+))?$/.exec(numberFormat);
    if (fixed) return localise(v.toFixed(fixed[2]?.length ?? 0), !!fixed[1]);
  }
  return localise(String(v), false);
}

// =============================================================================================
// Protection
// =============================================================================================

export class FakeProtection extends fakeClass<GProtection>('Spreadsheet.Protection') implements GProtection {
  private description = '';
  private readonly editors = new Set<string>();
  private warningOnly = false;
  private domainEdit = false;
  private unprotected: CellBlock[] = [];
  /** @internal */ fakeRemoved = false;

  constructor(
    env: FakeEnv,
    private readonly sheet: FakeSheet,
    /** @internal */ readonly fakeType: 'RANGE' | 'SHEET',
    private block: CellBlock | undefined,
  ) {
    super(env);
    // Documented: until the script changes the list of editors (add/remove editors, setDomainEdit), a new
    // protection's permissions mirror those of the spreadsheet: its editors, the owner and the creator.
    this.editors.add(env.options.ownerEmail);
    for (const e of env.options.editorEmails) this.editors.add(e);
    const me = env.execution.user || env.options.effectiveUserEmail;
    if (me) this.editors.add(me);
  }
  /** Whether the script changed the list of editors (before that, every editor of the file may edit). */
  private pinned = false;

  /** @internal */
  fakeAllows(user: string): boolean {
    return (
      this.fakeRemoved ||
      this.warningOnly ||
      !this.pinned ||
      this.editors.has(user) ||
      user === this.fakeEnv.options.ownerEmail
    );
  }
  /** @internal */
  fakeCovers(b: CellBlock): boolean {
    if (this.fakeRemoved) return false;
    if (this.fakeType === 'RANGE') return !!this.block && overlaps(this.block, b);
    // A sheet protection covers every cell of b not inside an unprotected range.
    for (let r = b.row; r < b.row + Math.min(b.numRows, 5000); r++) {
      for (let c = b.col; c < b.col + Math.min(b.numCols, 500); c++) {
        if (!this.unprotected.some((u) => contains(u, r, c))) return true;
      }
    }
    return false;
  }
  /** @internal */
  fakeShift(shift: (b: CellBlock) => CellBlock | undefined): void {
    if (this.block) {
      const nb = shift(this.block);
      if (nb) this.block = nb;
      else this.fakeRemoved = true;
    }
    this.unprotected = this.unprotected.map(shift).filter((b): b is CellBlock => !!b);
  }
  /** Editors' e-mails (for assertions). */
  fakeEditorEmails(): string[] {
    return [...this.editors].sort();
  }

  override getProtectionType(): ProtectionType {
    return fakeEnum('Spreadsheet.ProtectionType')[this.fakeType];
  }
  override getRange(): GRange {
    if (this.block)
      return new FakeRange(
        this.fakeEnv,
        this.sheet,
        this.block.row,
        this.block.col,
        this.block.numRows,
        this.block.numCols,
      );
    return new FakeRange(this.fakeEnv, this.sheet, 1, 1, this.sheet.getMaxRows(), this.sheet.getMaxColumns());
  }
  override setRange(range: GRange): GProtection {
    if (this.fakeType !== 'RANGE') throw gasError(this.fakeEnv, 'Cannot set the range of a sheet protection.');
    this.block = asFakeRange(range).fakeBlock();
    return this;
  }
  override getDescription(): string {
    return this.description;
  }
  override setDescription(description: string): GProtection {
    this.description = description;
    return this;
  }
  override getEditors(): User[] {
    return [...this.editors].map((e) => new FakeUser(this.fakeEnv, e));
  }
  override addEditor(user: string | User): GProtection {
    this.pinned = true;
    this.editors.add(userEmailOf(user));
    return this;
  }
  override addEditors(emailAddresses: string[]): GProtection {
    this.pinned = true;
    for (const e of emailAddresses) this.editors.add(e);
    return this;
  }
  override removeEditor(user: string | User): GProtection {
    return this.removeEditors([userEmailOf(user)]);
  }
  override removeEditors(users: Array<string | User>): GProtection {
    // Documented: neither the owner of the spreadsheet nor the current user can be removed.
    this.pinned = true;
    const me = this.fakeEnv.execution.user || this.fakeEnv.options.effectiveUserEmail;
    for (const u of users) {
      const e = userEmailOf(u);
      if (e !== this.fakeEnv.options.ownerEmail && e !== me) this.editors.delete(e);
    }
    return this;
  }
  override canEdit(): boolean {
    return this.fakeAllows(this.fakeEnv.execution.user || this.fakeEnv.options.effectiveUserEmail);
  }
  override canDomainEdit(): boolean {
    return this.domainEdit;
  }
  override setDomainEdit(editable: boolean): GProtection {
    this.pinned = true;
    this.domainEdit = editable;
    return this;
  }
  override isWarningOnly(): boolean {
    return this.warningOnly;
  }
  override setWarningOnly(warningOnly: boolean): GProtection {
    this.warningOnly = warningOnly;
    return this;
  }
  override getUnprotectedRanges(): GRange[] {
    return this.unprotected.map((b) => new FakeRange(this.fakeEnv, this.sheet, b.row, b.col, b.numRows, b.numCols));
  }
  override setUnprotectedRanges(ranges: GRange[]): GProtection {
    if (this.fakeType !== 'SHEET') {
      throw gasError(this.fakeEnv, 'Unprotected ranges can only be set on a sheet protection.');
    }
    this.unprotected = ranges.map((r) => {
      const fr = asFakeRange(r);
      if (fr.fakeSheet !== this.sheet) throw gasError(this.fakeEnv, 'The range must be on the protected sheet.');
      return fr.fakeBlock();
    });
    return this;
  }
  override remove(): void {
    this.fakeRemoved = true;
    this.sheet.fakeRemoveProtection(this);
  }
  override getRangeName(): string | null {
    return null;
  }
}

// =============================================================================================
// Data validation
// =============================================================================================

type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

export class FakeDataValidation
  extends fakeClass<GDataValidation>('Spreadsheet.DataValidation')
  implements GDataValidation
{
  constructor(
    env: FakeEnv,
    /** @internal */ readonly spec: {
      criteria: Criteria;
      values: unknown[];
      allowInvalid: boolean;
      helpText: string | null;
    },
  ) {
    super(env);
  }
  override copy(): GDataValidationBuilder {
    return new FakeDataValidationBuilder(this.fakeEnv, { ...this.spec, values: [...this.spec.values] });
  }
  override getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  override getCriteriaType(): Criteria {
    return this.spec.criteria;
  }
  override getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }
  override getHelpText(): string {
    return this.spec.helpText ?? '';
  }
}

export class FakeDataValidationBuilder
  extends fakeClass<GDataValidationBuilder>('Spreadsheet.DataValidationBuilder')
  implements GDataValidationBuilder
{
  private criteria: Criteria | undefined;
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText: string | null = null;

  constructor(env: FakeEnv, from?: FakeDataValidation['spec']) {
    super(env);
    if (from) {
      this.criteria = from.criteria;
      this.values = from.values;
      this.allowInvalid = from.allowInvalid;
      this.helpText = from.helpText;
    }
  }
  private set(name: keyof typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria, values: unknown[]): this {
    this.criteria = fakeEnum('Spreadsheet.DataValidationCriteria')[name];
    this.values = values;
    return this;
  }
  override build(): GDataValidation {
    if (this.criteria === undefined) throw gasError(this.fakeEnv, 'The data validation rule has no criteria.');
    return new FakeDataValidation(this.fakeEnv, {
      criteria: this.criteria,
      values: [...this.values],
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    });
  }
  override copy(): GDataValidationBuilder {
    return new FakeDataValidationBuilder(this.fakeEnv, {
      criteria: this.criteria ?? fakeEnum('Spreadsheet.DataValidationCriteria').CUSTOM_FORMULA,
      values: [...this.values],
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    });
  }
  override getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  override getCriteriaType(): Criteria {
    if (this.criteria === undefined) throw gasError(this.fakeEnv, 'The data validation rule has no criteria.');
    return this.criteria;
  }
  override getCriteriaValues(): unknown[] {
    return [...this.values];
  }
  override getHelpText(): string | null {
    return this.helpText;
  }
  override setAllowInvalid(allowInvalidData: boolean): GDataValidationBuilder {
    this.allowInvalid = allowInvalidData;
    return this;
  }
  override setHelpText(helpText: string): GDataValidationBuilder {
    this.helpText = helpText;
    return this;
  }
  override withCriteria(criteria: Criteria, args: unknown[]): GDataValidationBuilder {
    this.criteria = criteria;
    this.values = [...args];
    return this;
  }
  override requireValueInList(values: string[], showDropdown = true): GDataValidationBuilder {
    if (!Array.isArray(values) || values.length === 0) {
      throw gasError(
        this.fakeEnv,
        "The parameters (String[]) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.",
      );
    }
    if (values.length > 500) throw gasError(this.fakeEnv, 'The data validation rule contains more than 500 items.');
    return this.set('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }
  override requireValueInRange(range: GRange, showDropdown = true): GDataValidationBuilder {
    return this.set('VALUE_IN_RANGE', [range, showDropdown]);
  }
  override requireNumberBetween(start: number, end: number): GDataValidationBuilder {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  override requireNumberNotBetween(start: number, end: number): GDataValidationBuilder {
    return this.set('NUMBER_NOT_BETWEEN', [start, end]);
  }
  override requireNumberEqualTo(n: number): GDataValidationBuilder {
    return this.set('NUMBER_EQUAL_TO', [n]);
  }
  override requireNumberNotEqualTo(n: number): GDataValidationBuilder {
    return this.set('NUMBER_NOT_EQUAL_TO', [n]);
  }
  override requireNumberGreaterThan(n: number): GDataValidationBuilder {
    return this.set('NUMBER_GREATER_THAN', [n]);
  }
  override requireNumberGreaterThanOrEqualTo(n: number): GDataValidationBuilder {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  override requireNumberLessThan(n: number): GDataValidationBuilder {
    return this.set('NUMBER_LESS_THAN', [n]);
  }
  override requireNumberLessThanOrEqualTo(n: number): GDataValidationBuilder {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  override requireFormulaSatisfied(formula: string): GDataValidationBuilder {
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  override requireTextIsUrl(): GDataValidationBuilder {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  override requireTextIsEmail(): GDataValidationBuilder {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  override requireTextContains(text: string): GDataValidationBuilder {
    return this.set('TEXT_CONTAINS', [text]);
  }
  override requireTextDoesNotContain(text: string): GDataValidationBuilder {
    return this.set('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  override requireTextEqualTo(text: string): GDataValidationBuilder {
    return this.set('TEXT_EQUAL_TO', [text]);
  }
  override requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GDataValidationBuilder {
    const v =
      checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this.set('CHECKBOX', v);
  }
  override requireDate(): GDataValidationBuilder {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  override requireDateAfter(date: Date): GDataValidationBuilder {
    return this.set('DATE_AFTER', [date]);
  }
  override requireDateBefore(date: Date): GDataValidationBuilder {
    return this.set('DATE_BEFORE', [date]);
  }
  override requireDateBetween(start: Date, end: Date): GDataValidationBuilder {
    return this.set('DATE_BETWEEN', [start, end]);
  }
  override requireDateOnOrAfter(date: Date): GDataValidationBuilder {
    return this.set('DATE_ON_OR_AFTER', [date]);
  }
  override requireDateOnOrBefore(date: Date): GDataValidationBuilder {
    return this.set('DATE_ON_OR_BEFORE', [date]);
  }
  override requireDateEqualTo(date: Date): GDataValidationBuilder {
    return this.set('DATE_EQUAL_TO', [date]);
  }
}

// =============================================================================================
// Conditional format rules
// =============================================================================================

type BooleanCriteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;

interface CfSpec {
  criteria: BooleanCriteria | undefined;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  underline: boolean | null;
  strikethrough: boolean | null;
  ranges: { sheet: FakeSheet; block: CellBlock }[];
}

function copyCf(s: CfSpec): CfSpec {
  return { ...s, values: [...s.values], ranges: s.ranges.map((r) => ({ sheet: r.sheet, block: { ...r.block } })) };
}

export class FakeBooleanCondition
  extends fakeClass<GoogleAppsScript.Spreadsheet.BooleanCondition>('Spreadsheet.BooleanCondition')
  implements GoogleAppsScript.Spreadsheet.BooleanCondition
{
  constructor(
    env: FakeEnv,
    private readonly spec: CfSpec,
  ) {
    super(env);
  }
  override getCriteriaType(): BooleanCriteria {
    return this.spec.criteria ?? fakeEnum('Spreadsheet.BooleanCriteria').CUSTOM_FORMULA;
  }
  override getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }
  override getBackground(): string | null {
    return this.spec.background;
  }
  override getFontColor(): string | null {
    return this.spec.fontColor;
  }
  override getBold(): boolean | null {
    return this.spec.bold;
  }
  override getItalic(): boolean | null {
    return this.spec.italic;
  }
  override getUnderline(): boolean | null {
    return this.spec.underline;
  }
  override getStrikethrough(): boolean | null {
    return this.spec.strikethrough;
  }
}

export class FakeConditionalFormatRule
  extends fakeClass<GCfRule>('Spreadsheet.ConditionalFormatRule')
  implements GCfRule
{
  constructor(
    env: FakeEnv,
    /** @internal */ readonly spec: CfSpec,
  ) {
    super(env);
  }
  /** @internal */
  fakeCopy(): FakeConditionalFormatRule {
    return new FakeConditionalFormatRule(this.fakeEnv, copyCf(this.spec));
  }
  /** @internal */
  fakeShift(sheet: FakeSheet, shift: (b: CellBlock) => CellBlock | undefined): void {
    this.spec.ranges = this.spec.ranges
      .map((r) => (r.sheet === sheet ? { sheet, block: shift(r.block) } : r))
      .filter((r): r is { sheet: FakeSheet; block: CellBlock } => !!r.block);
  }
  /** The rule's ranges as "Sheet!A1:B2" strings (for assertions). */
  fakeRangesA1(): string[] {
    return this.spec.ranges.map(
      (r) =>
        `${quoteSheetName(r.sheet.fakeName)}!${rangeA1(r.block.row, r.block.col, r.block.numRows, r.block.numCols)}`,
    );
  }
  override copy(): GCfRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.fakeEnv, copyCf(this.spec));
  }
  override getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return this.spec.criteria === undefined ? null : new FakeBooleanCondition(this.fakeEnv, copyCf(this.spec));
  }
  override getGradientCondition(): null {
    return null;
  }
  override getRanges(): GRange[] {
    return this.spec.ranges.map(
      (r) => new FakeRange(this.fakeEnv, r.sheet, r.block.row, r.block.col, r.block.numRows, r.block.numCols),
    );
  }
}

export class FakeConditionalFormatRuleBuilder
  extends fakeClass<GCfRuleBuilder>('Spreadsheet.ConditionalFormatRuleBuilder')
  implements GCfRuleBuilder
{
  private spec: CfSpec;
  constructor(env: FakeEnv, from?: CfSpec) {
    super(env);
    this.spec = from ?? {
      criteria: undefined,
      values: [],
      background: null,
      fontColor: null,
      bold: null,
      italic: null,
      underline: null,
      strikethrough: null,
      ranges: [],
    };
  }
  private when(name: keyof typeof GoogleAppsScript.Spreadsheet.BooleanCriteria, values: unknown[]): this {
    this.spec.criteria = fakeEnum('Spreadsheet.BooleanCriteria')[name];
    this.spec.values = values;
    return this;
  }
  override build(): GCfRule {
    if (this.spec.criteria === undefined)
      throw gasError(this.fakeEnv, 'Conditional format rule must have a condition.');
    return new FakeConditionalFormatRule(this.fakeEnv, copyCf(this.spec));
  }
  override copy(): GCfRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.fakeEnv, copyCf(this.spec));
  }
  override getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return this.spec.criteria === undefined ? null : new FakeBooleanCondition(this.fakeEnv, copyCf(this.spec));
  }
  override getGradientCondition(): null {
    return null;
  }
  override getRanges(): GRange[] {
    return this.spec.ranges.map(
      (r) => new FakeRange(this.fakeEnv, r.sheet, r.block.row, r.block.col, r.block.numRows, r.block.numCols),
    );
  }
  override setRanges(ranges: GRange[]): GCfRuleBuilder {
    this.spec.ranges = ranges.map((r) => {
      const fr = asFakeRange(r);
      return { sheet: fr.fakeSheet, block: fr.fakeBlock() };
    });
    return this;
  }
  override setBackground(color: string | null): GCfRuleBuilder {
    this.spec.background = color;
    return this;
  }
  override setFontColor(color: string | null): GCfRuleBuilder {
    this.spec.fontColor = color;
    return this;
  }
  override setBold(bold: boolean | null): GCfRuleBuilder {
    this.spec.bold = bold;
    return this;
  }
  override setItalic(italic: boolean | null): GCfRuleBuilder {
    this.spec.italic = italic;
    return this;
  }
  override setUnderline(underline: boolean | null): GCfRuleBuilder {
    this.spec.underline = underline;
    return this;
  }
  override setStrikethrough(strikethrough: boolean | null): GCfRuleBuilder {
    this.spec.strikethrough = strikethrough;
    return this;
  }
  override withCriteria(criteria: BooleanCriteria, args: unknown[]): GCfRuleBuilder {
    this.spec.criteria = criteria;
    this.spec.values = [...args];
    return this;
  }
  override whenFormulaSatisfied(formula: string): GCfRuleBuilder {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  override whenCellEmpty(): GCfRuleBuilder {
    return this.when('CELL_EMPTY', []);
  }
  override whenCellNotEmpty(): GCfRuleBuilder {
    return this.when('CELL_NOT_EMPTY', []);
  }
  override whenTextContains(text: string): GCfRuleBuilder {
    return this.when('TEXT_CONTAINS', [text]);
  }
  override whenTextDoesNotContain(text: string): GCfRuleBuilder {
    return this.when('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  override whenTextStartsWith(text: string): GCfRuleBuilder {
    return this.when('TEXT_STARTS_WITH', [text]);
  }
  override whenTextEndsWith(text: string): GCfRuleBuilder {
    return this.when('TEXT_ENDS_WITH', [text]);
  }
  override whenTextEqualTo(text: string): GCfRuleBuilder {
    return this.when('TEXT_EQUAL_TO', [text]);
  }
  override whenNumberBetween(start: number, end: number): GCfRuleBuilder {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }
  override whenNumberNotBetween(start: number, end: number): GCfRuleBuilder {
    return this.when('NUMBER_NOT_BETWEEN', [start, end]);
  }
  override whenNumberEqualTo(n: number): GCfRuleBuilder {
    return this.when('NUMBER_EQUAL_TO', [n]);
  }
  override whenNumberNotEqualTo(n: number): GCfRuleBuilder {
    return this.when('NUMBER_NOT_EQUAL_TO', [n]);
  }
  override whenNumberGreaterThan(n: number): GCfRuleBuilder {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }
  override whenNumberGreaterThanOrEqualTo(n: number): GCfRuleBuilder {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  override whenNumberLessThan(n: number): GCfRuleBuilder {
    return this.when('NUMBER_LESS_THAN', [n]);
  }
  override whenNumberLessThanOrEqualTo(n: number): GCfRuleBuilder {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
}

// =============================================================================================
// Embedded charts
// =============================================================================================

interface ChartSpec {
  sheet: FakeSheet;
  chartId?: number;
  type?: GoogleAppsScript.Charts.ChartType;
  ranges: { sheet: FakeSheet; block: CellBlock }[];
  options: Record<string, unknown>;
  position: { row: number; col: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
  hiddenDimensionStrategy?: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy;
  mergeStrategy?: GoogleAppsScript.Charts.ChartMergeStrategy;
}

function copyChartSpec(s: ChartSpec): ChartSpec {
  return {
    ...s,
    ranges: s.ranges.map((r) => ({ sheet: r.sheet, block: { ...r.block } })),
    options: { ...s.options },
    position: { ...s.position },
  };
}

function asFakeChart(env: FakeEnv, c: unknown): FakeEmbeddedChart {
  if (!(c instanceof FakeEmbeddedChart)) throw gasError(env, 'Invalid argument: chart');
  return c;
}

export class FakeChartOptions
  extends fakeClass<GoogleAppsScript.Charts.ChartOptions>('Charts.ChartOptions')
  implements GoogleAppsScript.Charts.ChartOptions
{
  constructor(
    env: FakeEnv,
    private readonly options: Record<string, unknown>,
  ) {
    super(env);
  }
  /**
   * Always null: the reference does not say that an embedded chart's options read back what the
   * builder set, so no code may rely on it (tests read fakeOptions()).
   */
  override get(option: string): unknown {
    void this.options[option];
    return null;
  }
}

export class FakeContainerInfo
  extends fakeClass<GoogleAppsScript.Spreadsheet.ContainerInfo>('Spreadsheet.ContainerInfo')
  implements GoogleAppsScript.Spreadsheet.ContainerInfo
{
  constructor(
    env: FakeEnv,
    private readonly p: ChartSpec['position'],
  ) {
    super(env);
  }
  override getAnchorRow(): number {
    return this.p.row;
  }
  override getAnchorColumn(): number {
    return this.p.col;
  }
  override getOffsetX(): number {
    return this.p.offsetX;
  }
  override getOffsetY(): number {
    return this.p.offsetY;
  }
}

export class FakeEmbeddedChart extends fakeClass<GChart>('Spreadsheet.EmbeddedChart') implements GChart {
  constructor(
    env: FakeEnv,
    /** @internal */ readonly spec: ChartSpec,
  ) {
    super(env);
  }
  /** @internal */
  fakeAttach(sheet: FakeSheet): void {
    if (this.spec.chartId === undefined) this.spec.chartId = sheet.fakeChartId();
  }
  /** Chart type name, e.g. "COLUMN" (for assertions). */
  fakeType(): string | undefined {
    return this.spec.type === undefined ? undefined : String(this.spec.type);
  }
  fakeOptions(): Record<string, unknown> {
    return { ...this.spec.options };
  }
  override getChartId(): number | null {
    return this.spec.chartId ?? null;
  }
  override getRanges(): GRange[] {
    return this.spec.ranges.map(
      (r) => new FakeRange(this.fakeEnv, r.sheet, r.block.row, r.block.col, r.block.numRows, r.block.numCols),
    );
  }
  override getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return new FakeChartOptions(this.fakeEnv, { ...this.spec.options });
  }
  override getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return new FakeContainerInfo(this.fakeEnv, { ...this.spec.position });
  }
  override getNumHeaders(): number {
    return this.spec.numHeaders;
  }
  override getTransposeRowsAndColumns(): boolean {
    return this.spec.transpose;
  }
  override modify(): GChartBuilder {
    return new FakeEmbeddedChartBuilder(this.fakeEnv, copyChartSpec(this.spec));
  }
  override getBlob(): GoogleAppsScript.Base.Blob {
    return this.getAs('image/png');
  }
  override getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType !== 'image/png') throw new Error(`not implemented in fake: EmbeddedChart.getAs(${contentType})`);
    // A valid 1x1 PNG stands in for the rendered chart.
    const png = Uint8Array.from(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    return new FakeBlob(this.fakeEnv, png, 'image/png', `chart-${this.spec.chartId ?? 'new'}.png`);
  }
}

type AnyChartBuilder = GChartBuilder &
  GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder &
  GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder &
  GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder &
  GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder;

/**
 * One builder class for EmbeddedChartBuilder and the column/bar/line/pie builders (asColumnChart()
 * etc. return the same object with the chart type set). Typed setters map to chart options:
 * setTitle -> "title", setXAxisTitle -> "hAxis.title", setYAxisTitle -> "vAxis.title",
 * setColors -> "colors", setLegendPosition -> "legend.position", setStacked -> "isStacked".
 * Calls are counted as "EmbeddedChartBuilder.<method>".
 */
export class FakeEmbeddedChartBuilder
  extends fakeClass<AnyChartBuilder>([
    'Spreadsheet.EmbeddedChartBuilder',
    'Spreadsheet.EmbeddedColumnChartBuilder',
    'Spreadsheet.EmbeddedBarChartBuilder',
    'Spreadsheet.EmbeddedLineChartBuilder',
    'Spreadsheet.EmbeddedPieChartBuilder',
  ])
  implements AnyChartBuilder
{
  private readonly spec: ChartSpec;
  constructor(env: FakeEnv, from: Partial<ChartSpec> & { sheet: FakeSheet }) {
    super(env);
    this.spec = {
      ranges: [],
      options: {},
      position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
      numHeaders: -1,
      transpose: false,
      ...from,
    };
  }
  private type(name: keyof typeof GoogleAppsScript.Charts.ChartType): this {
    this.spec.type = fakeEnum('Charts.ChartType')[name];
    return this;
  }
  private opt(key: string, value: unknown): this {
    this.spec.options[key] = value;
    return this;
  }
  override addRange(range: GRange): this {
    const r = asFakeRange(range);
    this.spec.ranges.push({ sheet: r.fakeSheet, block: r.fakeBlock() });
    return this;
  }
  override removeRange(range: GRange): this {
    const b = asFakeRange(range).fakeBlock();
    this.spec.ranges = this.spec.ranges.filter(
      (r) =>
        !(
          r.block.row === b.row &&
          r.block.col === b.col &&
          r.block.numRows === b.numRows &&
          r.block.numCols === b.numCols
        ),
    );
    return this;
  }
  override clearRanges(): this {
    this.spec.ranges = [];
    return this;
  }
  override getRanges(): GRange[] {
    return this.spec.ranges.map(
      (r) => new FakeRange(this.fakeEnv, r.sheet, r.block.row, r.block.col, r.block.numRows, r.block.numCols),
    );
  }
  override setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    this.spec.type = type;
    return this;
  }
  override getChartType(): GoogleAppsScript.Charts.ChartType {
    return this.spec.type ?? fakeEnum('Charts.ChartType').COLUMN;
  }
  override asColumnChart(): this {
    return this.type('COLUMN');
  }
  override asBarChart(): this {
    return this.type('BAR');
  }
  override asLineChart(): this {
    return this.type('LINE');
  }
  override asPieChart(): this {
    return this.type('PIE');
  }
  override setOption(option: string, value: unknown): this {
    return this.opt(option, value);
  }
  override setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.spec.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this;
  }
  override getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return new FakeContainerInfo(this.fakeEnv, { ...this.spec.position });
  }
  override setNumHeaders(headers: number): this {
    this.spec.numHeaders = headers;
    return this;
  }
  override setTransposeRowsAndColumns(transpose: boolean): this {
    this.spec.transpose = transpose;
    return this;
  }
  override setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): this {
    this.spec.hiddenDimensionStrategy = strategy;
    return this;
  }
  override setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): this {
    this.spec.mergeStrategy = mergeStrategy;
    return this;
  }
  override setTitle(chartTitle: string): this {
    return this.opt('title', chartTitle);
  }
  override setXAxisTitle(title: string): this {
    return this.opt('hAxis.title', title);
  }
  override setYAxisTitle(title: string): this {
    return this.opt('vAxis.title', title);
  }
  override setColors(cssValues: string[]): this {
    return this.opt('colors', [...cssValues]);
  }
  override setLegendPosition(position: GoogleAppsScript.Charts.Position): this {
    return this.opt('legend.position', position);
  }
  override setBackgroundColor(cssValue: string): this {
    return this.opt('backgroundColor', cssValue);
  }
  override setStacked(): this {
    return this.opt('isStacked', true);
  }
  override setRange(start: number, end: number): this {
    return this.opt('vAxis.viewWindow', { min: start, max: end });
  }
  override build(): GChart {
    if (this.spec.ranges.length === 0) throw gasError(this.fakeEnv, 'The chart has no data ranges.');
    return new FakeEmbeddedChart(this.fakeEnv, copyChartSpec(this.spec));
  }
}

/** "Tab!B2:D9" for a range (for messages in tests). */
export function describeRange(r: GRange): string {
  const fr = asFakeRange(r);
  const b = fr.fakeBlock();
  return `${quoteSheetName(fr.fakeSheet.fakeName)}!${rangeA1(b.row, b.col, b.numRows, b.numCols)}`;
}

export { cellA1, columnLetters };
