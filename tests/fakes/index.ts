/**
 * In-memory fakes of the Apps Script services used by the CCHC add-on
 * ======================================================================
 *
 *   const gas = installFakeGlobals();              // SpreadsheetApp, DocumentApp, … on globalThis
 *   const sheet = gas.spreadsheet.fakeAddSheet('Lĩnh vực 1').fakeSeed([['Mã', 'Tên'], ['1.1', 'x']]);
 *   runScore();                                     // code under test
 *   expect(gas.calls.count('Range.setValues')).toBe(1);
 *   expect(gas.writes.touching('Lĩnh vực 1', { col: 3, numCols: 2 })).toEqual([]);
 *   gas.uninstall();
 *
 * Typing. Every fake class is declared as implementing its @types/google-apps-script interface
 * (`class FakeRange … implements GoogleAppsScript.Spreadsheet.Range`). Members we implement use
 * `override` and are checked against the interface signature; all other members exist at run time
 * as stubs throwing `not implemented in fake: Range.<name>`. The member lists come from
 * gas-members.generated.ts (re-generate with `node tests/fakes/generate-members.mjs` after an
 * @types upgrade; the typecheck fails until then). The only casts are in core.ts ("TYPE ESCAPE HATCH").
 *
 * Faithful where the add-on relies on it:
 * - Ranges are 1-based; getRange(row, col, numRows, numCols) and A1 notation ("B2:D9", "A:C",
 *   "A2:C", "'Tab name'!A1" on Spreadsheet.getRange) with the real errors for bad coordinates.
 * - getValues() returns a fresh copy; '' for empty cells; numbers, booleans and Date objects as stored
 *   (Dates created in the target realm, so `instanceof Date` holds inside a vm context).
 * - setValues()/setFormulas()/setNotes()/setBackgrounds()… throw the real messages on a size
 *   mismatch ("The number of rows in the data does not match the number of rows in the range. The
 *   data has X but the range has Y." and the column equivalent). Strings starting with "=" become
 *   formulas, as in Sheets; null/undefined/'' clear the cell.
 * - insertSheet with an existing name throws 'A sheet with the name "X" already exists. Please enter
 *   another name.'; insertSheet activates the new sheet; getSheetByName returns null if absent.
 * - Protections: a new one mirrors the file (owner, editors, creator; every editor may edit) until the
 *   script changes its editors; the owner and the current user can never be removed; a write by a user
 *   who is not an editor of a covering (non warning-only) protection throws "You are trying to edit a
 *   protected cell or object…" (option enforceProtections).
 * - Inserting/deleting rows or columns moves cells, notes, formats, validations, merges, range
 *   protections and conditional-format ranges.
 * - LockService: locks are shared between simulated executions (see FakeEnv.runAs); waitLock throws
 *   "Lock timeout: another process was holding the lock for too long."; locks end with their execution.
 * - Ui: createMenu/createAddonMenu record menus; alert answers are scripted; getUi() can throw
 *   "Cannot call SpreadsheetApp.getUi() from this context." (option uiAvailable: false).
 * - The advanced Docs service (Docs.Documents.get / batchUpdate on DocumentApp's documents): see docs.ts.
 * - DocumentApp: see document.ts (one empty paragraph in a new body, closed documents, quota error
 *   "Service invoked too many times for one day: docs create.").
 * - PropertiesService stores strings (values are String()-ed; > 9 KB throws); user properties are per user.
 * - Utilities.formatDate implements the SimpleDateFormat letters yMdHhmsSEaZX with Intl time zones.
 *
 * Simplified:
 * - Formulas are not evaluated: a formula cell reports '' (or what options.formulaEvaluator returns,
 *   or what a test presets with sheet.fakeSetComputed(row, col, '#DIV/0!')).
 * - Strings are stored as given (Sheets would parse "12" or "1/2" typed by a user into a number/date).
 * - getDisplayValues() knows only a few number formats (0, 0.00, #,##0, 0%, 0.0%) and shows dates as
 *   dd/MM/yyyy; data validation rules are stored, never enforced; conditional formats are stored,
 *   never applied; charts are stored (getAs('image/png') returns a 1x1 PNG).
 * - Protections: domain edit is a flag; warning-only protections never block scripts.
 *
 * Call counter: every interface method called by the code under test counts once under
 * "Class.method" (calls a fake makes internally are not counted). Write log: every change to cells
 * (content, format, validation, note, structure) records {sheet, a1, row, col, numRows, numCols,
 * method, kind, execution}. `inspect(fn)` runs test set-up/inspection without counting or logging;
 * the `fake*` helper methods (fakeSeed, fakeValues, fakeCell …) never count.
 */
import vm from 'node:vm';
import { FakeEnv, type FakeEnvOptions } from './core';
import { FakeDocumentApp } from './document';
import { FakeAdvancedDocs } from './docs';
import { FakeAdvancedDrive, FakeDriveWorld } from './drive';
import {
  FakeCharts,
  FakeLockService,
  FakeLogger,
  FakePropertiesService,
  FakeScriptApp,
  FakeSession,
  FakeUtilities,
} from './services';
import { FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet';
import { FakeHtmlService, FakeUi } from './ui';

export * from './a1';
export * from './base';
export * from './core';
export * from './docs';
export * from './document';
export * from './drive';
export * from './drivePermissions';
export * from './scopes';
export * from './services';
export * from './spreadsheet';
export * from './ui';

export interface FakeGas {
  env: FakeEnv;
  calls: FakeEnv['calls'];
  writes: FakeEnv['writes'];
  locks: FakeEnv['locks'];
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  spreadsheetApp: FakeSpreadsheetApp;
  documentApp: FakeDocumentApp;
  htmlService: FakeHtmlService;
  lockService: FakeLockService;
  propertiesService: FakePropertiesService;
  session: FakeSession;
  utilities: FakeUtilities;
  logger: FakeLogger;
  scriptApp: FakeScriptApp;
  charts: FakeCharts;
  /** The user's Drive (shared with a copy's fakes when passed as options.driveWorld). */
  driveWorld: FakeDriveWorld;
  /** The advanced Drive service, or null when the manifest does not enable it. */
  drive: FakeAdvancedDrive | null;
  /** The advanced Docs service, or null when the manifest does not enable it. */
  docs: FakeAdvancedDocs | null;
  /** The objects installed as globals, by global name. */
  globals: Record<string, unknown>;
  /** Runs fn as another execution (see FakeEnv.runAs). */
  runAs<T>(execution: string, fn: () => T, opts?: { user?: string }): T;
  /** Ends an execution, releasing its locks. */
  endExecution(execution: string): void;
  /** Runs fn without counting calls or logging writes. */
  inspect<T>(fn: () => T): T;
  /**
   * The event Sheets passes to onEdit after an official changed a block (call it after the new values
   * are in the sheet), as Sheets builds it:
   * - e.range is the edited Range and also carries rowStart/columnStart/rowEnd/columnEnd as fields;
   * - e.source is the spreadsheet, whose active sheet is the one the official typed in;
   * - only for one cell: e.value is the new value as a string (a number's digits, TRUE/FALSE; absent
   *   when the cell was cleared) and e.oldValue the old one (absent when it was empty). A paste,
   *   even into one cell, carries neither.
   */
  editEvent(
    sheet: GoogleAppsScript.Spreadsheet.Sheet,
    row: number,
    column: number,
    numRows?: number,
    numColumns?: number,
    opts?: EditEventOptions,
  ): GoogleAppsScript.Events.SheetsOnEdit;
  /** Removes the globals again (restores what was there before). */
  uninstall(): void;
}

export interface EditEventOptions {
  /** The cell's value before the edit (one-cell edits). */
  oldValue?: unknown;
  /** Pasted rather than typed: Sheets then gives neither value nor oldValue. */
  pasted?: boolean;
  /** The sheet the official is looking at, when a test needs it to differ from the edited one. */
  activeSheet?: GoogleAppsScript.Spreadsheet.Sheet;
}

/** A cell value as an edit event carries it: a string; undefined for an empty cell. */
function eventText(v: unknown): string | undefined {
  if (v === '' || v === null || v === undefined) return undefined;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return String(v.getTime() / 86400000 + 25569); // the day serial number
  return String(v);
}

/** Builds a fresh set of fakes without installing them anywhere. */
export function createFakeGas(options: FakeEnvOptions = {}): Omit<FakeGas, 'uninstall'> {
  const env = new FakeEnv(options);
  const ui = new FakeUi(env);
  const spreadsheet = new FakeSpreadsheet(
    env,
    env.options.spreadsheetId,
    env.options.spreadsheetName,
    env.options.sheetNames,
  );
  const spreadsheetApp = new FakeSpreadsheetApp(env, spreadsheet, () => ui);
  const documentApp = new FakeDocumentApp(env);
  const htmlService = new FakeHtmlService(env);
  const lockService = new FakeLockService(env);
  const propertiesService = new FakePropertiesService(env);
  const session = new FakeSession(env);
  const utilities = new FakeUtilities(env);
  const logger = new FakeLogger(env);
  const scriptApp = new FakeScriptApp(env);
  const charts = new FakeCharts(env);
  const driveWorld = env.options.driveWorld ?? new FakeDriveWorld();
  const drive = env.options.advancedServices.includes('Drive')
    ? new FakeAdvancedDrive(env, driveWorld, env.options.driveClient)
    : null;
  const docs = env.options.advancedServices.includes('Docs') ? new FakeAdvancedDocs(env, documentApp) : null;
  const globals: Record<string, unknown> = {
    SpreadsheetApp: spreadsheetApp,
    DocumentApp: documentApp,
    HtmlService: htmlService,
    LockService: lockService,
    PropertiesService: propertiesService,
    Session: session,
    Utilities: utilities,
    Logger: logger,
    ScriptApp: scriptApp,
    Charts: charts,
    ...(drive ? { Drive: drive } : {}),
    ...(docs ? { Docs: docs } : {}),
  };
  return {
    env,
    calls: env.calls,
    writes: env.writes,
    locks: env.locks,
    spreadsheet,
    ui,
    spreadsheetApp,
    documentApp,
    htmlService,
    lockService,
    propertiesService,
    session,
    utilities,
    logger,
    scriptApp,
    charts,
    driveWorld,
    drive,
    docs,
    globals,
    runAs: (execution, fn, opts) => env.runAs(execution, fn, opts),
    endExecution: (execution) => env.endExecution(execution),
    inspect: (fn) => env.inspect(fn),
    editEvent: (sheet, row, column, numRows = 1, numColumns = 1, opts = {}) =>
      env.inspect(() => {
        const range = Object.assign(sheet.getRange(row, column, numRows, numColumns), {
          rowStart: row,
          columnStart: column,
          rowEnd: row + numRows - 1,
          columnEnd: column + numColumns - 1,
        });
        spreadsheet.setActiveSheet(opts.activeSheet ?? sheet);
        const event: Record<string, unknown> = {
          authMode: scriptApp.AuthMode.LIMITED,
          range,
          source: spreadsheet,
          user: session.getActiveUser(),
        };
        if (numRows === 1 && numColumns === 1 && !opts.pasted) {
          const value = eventText(range.getValue());
          const oldValue = eventText(opts.oldValue);
          if (value !== undefined) event.value = value;
          if (oldValue !== undefined) event.oldValue = oldValue;
        }
        return event as unknown as GoogleAppsScript.Events.SheetsOnEdit;
      }),
  };
}

/** A console that records into env.logs (Apps Script's console goes to the execution log). */
function recordingConsole(env: FakeEnv): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'> {
  const rec =
    (level: string) =>
    (...args: unknown[]) =>
      env.log(`[${level}] ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`);
  return { log: rec('log'), info: rec('info'), warn: rec('warn'), error: rec('error'), debug: rec('debug') };
}

/**
 * Installs the fakes as globals on `target`: globalThis for unit tests, or a node:vm context object
 * for bundle tests (then Errors and Dates the fakes hand out are created in the context's realm,
 * and a recording `console` is added if the context has none).
 */
export function installFakeGlobals(target: object = globalThis, options: FakeEnvOptions = {}): FakeGas {
  const gas = createFakeGas(options);
  const isContext = target !== globalThis && vm.isContext(target);
  if (isContext) {
    gas.env.realm = {
      Error: vm.runInContext('Error', target) as ErrorConstructor,
      Date: vm.runInContext('Date', target) as DateConstructor,
    };
  }
  const installed: Record<string, unknown> = { ...gas.globals };
  if (isContext && !('console' in target)) installed.console = recordingConsole(gas.env);

  const previous = new Map<string, PropertyDescriptor | undefined>();
  for (const [name, value] of Object.entries(installed)) {
    previous.set(name, Object.getOwnPropertyDescriptor(target, name));
    Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
  }
  return {
    ...gas,
    uninstall() {
      for (const [name, desc] of previous) {
        if (desc) Object.defineProperty(target, name, desc);
        else Reflect.deleteProperty(target, name);
      }
    },
  };
}
