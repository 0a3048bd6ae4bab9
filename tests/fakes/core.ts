/**
 * Shared machinery of the Apps Script fakes: the environment (call counter, write log, executions,
 * options), the typed base-class factory that turns an @types/google-apps-script interface into a
 * class with "not implemented in fake" stubs, and the enum objects.
 */
import {
  ENUMS,
  INTERFACE_MEMBERS,
  type EnumKey,
  type InterfaceKey,
  type InterfaceMembers,
} from './gas-members.generated';
import { LIMITED_SCOPES, manifestAdvancedServices, manifestScopes, scopeOf } from './scopes';
import type { FakeDriveWorld } from './drive';

// =============================================================================================
// Call counter
// =============================================================================================

/**
 * Counts service calls by "Class.method" (e.g. "Range.getValues"). Only calls made by the code under
 * test count: a fake method that calls another fake method internally is counted once.
 */
export class CallCounter {
  private readonly counts = new Map<string, number>();

  /** @internal */
  hit(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Total number of service calls. */
  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }

  /**
   * Calls of one method ("Range.setValues"), of a whole class ("Range.*") or of a method on any
   * class ("*.setValues").
   */
  count(key: string): number {
    if (!key.includes('*')) return this.counts.get(key) ?? 0;
    // Split at the last dot: "Drive.Files.*" is class "Drive.Files".
    const split = (s: string) => [s.slice(0, s.lastIndexOf('.')), s.slice(s.lastIndexOf('.') + 1)];
    const [cls, method] = split(key);
    let n = 0;
    for (const [k, v] of this.counts) {
      const [kc, km] = split(k);
      if ((cls === '*' || cls === kc) && (method === '*' || method === km)) n += v;
    }
    return n;
  }

  /** A snapshot: { "Range.getValues": 3, … }, keys sorted. */
  byMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const k of [...this.counts.keys()].sort()) out[k] = this.counts.get(k) ?? 0;
    return out;
  }

  reset(): void {
    this.counts.clear();
  }
}

// =============================================================================================
// Write log
// =============================================================================================

/**
 * What a write changed:
 * - content: values, formulas, clear/clearContent, appendRow
 * - format: number formats, fonts, colours, alignment, wrap, merges, column widths
 * - validation: data validation rules
 * - note: cell notes
 * - structure: inserted/deleted rows or columns (the cells at and after the edit are "moved")
 */
export type WriteKind = 'content' | 'format' | 'validation' | 'note' | 'structure';

export interface WriteRecord {
  sheet: string;
  /** A1 notation of the written block, without the sheet name ("B2:D9"). */
  a1: string;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  /** The fake method the code under test called, e.g. "Range.setValues". */
  method: string;
  kind: WriteKind;
  execution: string;
}

export interface CellBlock {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

function intersects(a: CellBlock, b: CellBlock): boolean {
  return (
    a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols
  );
}

export class WriteLog {
  private readonly log: WriteRecord[] = [];

  /** @internal */
  record(rec: WriteRecord): void {
    this.log.push(rec);
  }

  /** Every write, in order (a copy). */
  all(): WriteRecord[] {
    return this.log.map((r) => ({ ...r }));
  }

  /** Writes filtered by sheet name and/or kinds. */
  filter(opts: { sheet?: string; kinds?: WriteKind[]; method?: string } = {}): WriteRecord[] {
    return this.all().filter(
      (r) =>
        (opts.sheet === undefined || r.sheet === opts.sheet) &&
        (opts.kinds === undefined || opts.kinds.includes(r.kind)) &&
        (opts.method === undefined || r.method === opts.method),
    );
  }

  /**
   * Writes of the given kinds (default: content) whose block intersects `block` on `sheet`.
   * `block` may leave out numRows/numCols (default: to the end of the sheet), e.g.
   * `touching('Lĩnh vực 1', { col: 5, numCols: 3 })` = any write into columns E:G.
   */
  touching(sheet: string, block: Partial<CellBlock>, kinds: WriteKind[] = ['content']): WriteRecord[] {
    const b: CellBlock = {
      row: block.row ?? 1,
      col: block.col ?? 1,
      numRows: block.numRows ?? Number.MAX_SAFE_INTEGER / 4,
      numCols: block.numCols ?? Number.MAX_SAFE_INTEGER / 4,
    };
    return this.filter({ sheet, kinds }).filter((r) => intersects(r, b));
  }

  /** The set of "R,C" cells written (content by default) on a sheet. */
  cells(sheet: string, kinds: WriteKind[] = ['content']): Set<string> {
    const out = new Set<string>();
    for (const r of this.filter({ sheet, kinds })) {
      for (let i = 0; i < r.numRows; i++) for (let j = 0; j < r.numCols; j++) out.add(`${r.row + i},${r.col + j}`);
    }
    return out;
  }

  get length(): number {
    return this.log.length;
  }

  reset(): void {
    this.log.length = 0;
  }
}

// =============================================================================================
// Errors
// =============================================================================================

/** Real Apps Script errors print as "Exception: …". */
export function gasError(env: FakeEnv | undefined, message: string): Error {
  const Ctor = env?.realm.Error ?? Error;
  const e = new Ctor(message);
  e.name = 'Exception';
  return e;
}

export class NotImplementedInFake extends Error {
  constructor(member: string) {
    super(`not implemented in fake: ${member}`);
    this.name = 'NotImplementedInFake';
  }
}

// =============================================================================================
// Environment
// =============================================================================================

export interface FakeEnvOptions {
  /** Owner of the spreadsheet (always an editor of every protection). */
  ownerEmail?: string;
  /**
   * Active user of the default execution ("main"). Defaults to the owner. '' simulates a consumer
   * account hiding the e-mail.
   */
  activeUserEmail?: string;
  /** Effective user (who authorised the script). Defaults to the owner. */
  effectiveUserEmail?: string;
  /** Other editors of the spreadsheet (Spreadsheet.getEditors()). */
  editorEmails?: string[];
  timeZone?: string;
  /**
   * false: SpreadsheetApp.getUi() throws like in a trigger ("Cannot call SpreadsheetApp.getUi() from
   * this context.").
   */
  uiAvailable?: boolean;
  /** false: writes into protected cells by a non-editor are allowed (default: they throw like the real service). */
  enforceProtections?: boolean;
  /** Value that formula cells report through getValues() when the test did not preset one. Default ''. */
  formulaEvaluator?: (formula: string, sheet: string, row: number, col: number) => unknown;
  /** Directory holding built HTML files (e.g. "dist") for HtmlService.createHtmlOutputFromFile. */
  htmlDir?: string;
  /** Caption of SpreadsheetApp.getUi().createAddonMenu(). */
  addonName?: string;
  /** Spreadsheet name, id. */
  spreadsheetName?: string;
  spreadsheetId?: string;
  /** Names of the sheets the spreadsheet starts with (default ["Trang tính1"]). */
  sheetNames?: string[];
  /** The manifest's oauthScopes (default: the repository's appsscript.json); see scopes.ts. */
  oauthScopes?: string[];
  /** Scopes the user has granted (default: all of oauthScopes). A fresh copy before consent grants none. */
  grantedScopes?: string[];
  /** Advanced services' globals installed (default: those appsscript.json enables). */
  advancedServices?: string[];
  /** The user's Drive, shared with the fakes of a copy of the spreadsheet (default: a new, empty one). */
  driveWorld?: FakeDriveWorld;
  /** The OAuth client of this script, for drive.file visibility (a bound script's copy has another). */
  driveClient?: string;
}

export interface Realm {
  Error: ErrorConstructor;
  Date: DateConstructor;
}

export interface ExecutionInfo {
  id: string;
  /** Session.getActiveUser() e-mail during this execution. */
  user: string;
}

/** A lock key: one document lock per document, one script lock, one user lock per user. */
export type LockKind = 'document' | 'script' | 'user';

export class LockTable {
  private readonly holders = new Map<string, string>();
  /**
   * Called when an execution waits for a lock held by another execution (tryLock/waitLock with
   * contention). A test can release the holder here (`env.endExecution(holder)`) to simulate the other
   * execution finishing while this one waits; the lock is checked again afterwards.
   */
  onContention: ((info: { key: string; holder: string; waiter: string; timeoutMs: number }) => void) | undefined;

  holder(key: string): string | undefined {
    return this.holders.get(key);
  }
  /** @internal */
  set(key: string, execution: string | undefined): void {
    if (execution === undefined) this.holders.delete(key);
    else this.holders.set(key, execution);
  }
  /** Releases every lock held by an execution. */
  releaseAll(execution: string): void {
    for (const [k, v] of [...this.holders]) if (v === execution) this.holders.delete(k);
  }
  /** Keys of the locks currently held, with holders. */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.holders);
  }
}

export const MAIN_EXECUTION = 'main';

/** Calls allowed in AuthMode.NONE: building menus, logging. */
const ALLOWED_WITHOUT_AUTH = /^(SpreadsheetApp\.getUi|Ui\.create(Addon)?Menu|Menu\.\w+|Logger\.\w+)$/;

export class FakeEnv {
  readonly calls = new CallCounter();
  readonly writes = new WriteLog();
  readonly locks = new LockTable();
  /** Logger.log / console output. */
  readonly logs: string[] = [];
  readonly options: Required<Omit<FakeEnvOptions, 'formulaEvaluator' | 'htmlDir' | 'driveWorld'>> &
    Pick<FakeEnvOptions, 'formulaEvaluator' | 'htmlDir' | 'driveWorld'>;
  realm: Realm = { Error, Date };
  /**
   * Authorization mode of the current execution. In 'NONE' (an add-on's onOpen before the user
   * authorised it) only the menu can be built: any other service call throws
   * "You do not have permission to call X", like the real runtime.
   */
  authMode: 'NONE' | 'LIMITED' | 'FULL' = 'FULL';

  private current: ExecutionInfo;
  private readonly executionUsers = new Map<string, string>();
  private depth = 0;
  private outer: string | undefined;
  private silent = 0;
  private idSeq = 0;

  constructor(options: FakeEnvOptions = {}) {
    const owner = options.ownerEmail ?? 'van.phong@caoan.example';
    const oauthScopes = options.oauthScopes ?? manifestScopes();
    this.options = {
      oauthScopes,
      grantedScopes: options.grantedScopes ?? oauthScopes,
      advancedServices: options.advancedServices ?? manifestAdvancedServices(),
      driveWorld: options.driveWorld,
      driveClient: options.driveClient ?? 'fake-oauth-client',
      ownerEmail: owner,
      activeUserEmail: options.activeUserEmail ?? owner,
      effectiveUserEmail: options.effectiveUserEmail ?? owner,
      editorEmails: options.editorEmails ?? [],
      timeZone: options.timeZone ?? 'Asia/Ho_Chi_Minh',
      uiAvailable: options.uiAvailable ?? true,
      enforceProtections: options.enforceProtections ?? true,
      formulaEvaluator: options.formulaEvaluator,
      htmlDir: options.htmlDir,
      addonName: options.addonName ?? 'Chỉ số CCHC',
      spreadsheetName: options.spreadsheetName ?? 'Theo dõi Chỉ số CCHC',
      spreadsheetId: options.spreadsheetId ?? 'fake-spreadsheet-id',
      sheetNames: options.sheetNames ?? ['Trang tính1'],
    };
    this.current = { id: MAIN_EXECUTION, user: this.options.activeUserEmail };
    this.executionUsers.set(MAIN_EXECUTION, this.current.user);
  }

  /** The execution the fakes currently run as. */
  get execution(): ExecutionInfo {
    return { ...this.current };
  }

  /**
   * Runs `fn` as another Apps Script execution (another user pressing a button at the same time).
   * Locks taken inside stay held after `fn` returns, as if that execution were still running, until
   * `endExecution(id)`. The user defaults to the one this execution had before, or the active user.
   */
  runAs<T>(execution: string, fn: () => T, opts: { user?: string } = {}): T {
    const prev = this.current;
    const user = opts.user ?? this.executionUsers.get(execution) ?? this.options.activeUserEmail;
    this.executionUsers.set(execution, user);
    this.current = { id: execution, user };
    try {
      return fn();
    } finally {
      this.current = prev;
    }
  }

  /** Ends an execution: like Apps Script, every lock it still holds is released. */
  endExecution(execution: string): void {
    this.locks.releaseAll(execution);
  }

  /** Sets the active user of the current execution. */
  setActiveUser(email: string): void {
    this.current = { ...this.current, user: email };
    this.executionUsers.set(this.current.id, email);
  }

  /** Runs `fn` without counting calls or logging writes (for test set-up and inspection). */
  inspect<T>(fn: () => T): T {
    this.silent++;
    try {
      return fn();
    } finally {
      this.silent--;
    }
  }

  /**
   * @internal Refuses a call the way Apps Script does when its scope (scopes.ts) is missing from the
   * manifest, not granted, or not usable in this execution's auth mode.
   */
  checkScope(key: string, scopeKey: string): void {
    if (this.authMode === 'NONE' && !ALLOWED_WITHOUT_AUTH.test(key))
      throw gasError(this, `You do not have permission to call ${key}.`);
    const scope = scopeOf(scopeKey);
    if (scope === undefined) throw new Error(`no scope known for ${scopeKey}: add it to tests/fakes/scopes.ts`);
    if (scope === null) return;
    const required = `Required permissions: ${scope}`;
    if (!this.options.oauthScopes.includes(scope))
      throw gasError(this, `Specified permissions are not sufficient to call ${key}. ${required}`);
    if (
      !this.options.grantedScopes.includes(scope) ||
      (this.authMode === 'LIMITED' && !LIMITED_SCOPES.includes(scope))
    ) {
      throw gasError(this, `You do not have permission to call ${key}. ${required}`);
    }
  }

  /** @internal Wraps a fake method call: counts it if it is an outermost call. */
  enter<T>(key: string, fn: () => T, scopeKey?: string): T {
    const outermost = this.depth === 0;
    if (outermost && this.silent === 0 && scopeKey !== undefined) this.checkScope(key, scopeKey);
    if (outermost) {
      if (this.silent === 0) this.calls.hit(key);
      this.outer = key;
    }
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
      if (this.depth === 0) this.outer = undefined;
    }
  }

  /** @internal Records a write made by the outermost fake call in progress. */
  recordWrite(sheet: string, a1: string, block: CellBlock, kind: WriteKind, fallbackMethod: string): void {
    if (this.silent > 0) return;
    this.writes.record({
      sheet,
      a1,
      row: block.row,
      col: block.col,
      numRows: block.numRows,
      numCols: block.numCols,
      method: this.outer ?? fallbackMethod,
      kind,
      execution: this.current.id,
    });
  }

  /** @internal */
  nextId(prefix: string): string {
    this.idSeq++;
    return `${prefix}-${this.idSeq}`;
  }

  /** @internal */
  log(line: string): void {
    this.logs.push(line);
  }
}

// =============================================================================================
// TYPE ESCAPE HATCH: the only two casts of the fakes live in this section.
//
// 1. `fakeClass<T>(key)` returns a base class whose *type* is "an object implementing the whole
//    interface T" while at run time it only holds throwing stubs for the members listed in the
//    generated member list. Derived fake classes then implement the members we use for real; they
//    must use `override`, and TypeScript checks each one against the interface signature.
// 2. `fakeEnum<K>(key)` builds an enum object (NAME -> "NAME") for an ambient enum of the typings.
//    Real Apps Script enum values print as their name; ours are those strings. Code must read enum
//    values from the services (SpreadsheetApp.ProtectionType.SHEET), never from
//    `GoogleAppsScript.…` (that namespace does not exist at run time, in Apps Script or here).
// 3. `realNull<T>()`: a few methods are typed non-null although the real service returns null
//    (Document.getHeader()/getFooter() without a header/footer, DocumentApp.getActiveDocument() in
//    a spreadsheet-bound script). The fakes return null there, like the real service.
// =============================================================================================

/** null where the typings promise a value but the real service returns null (see 3. above). */
export function realNull<T>(): T {
  return null as unknown as T;
}

/** Every fake object carries its environment (non-enumerable). */
export interface FakeBase {
  readonly fakeEnv: FakeEnv;
  /** @internal Hook run before every counted interface method; may throw (e.g. a closed Document). */
  fakeGuard(method: string): void;
}

const instrumented = new WeakSet<object>();
const enumCache = new Map<string, Readonly<Record<string, string>>>();

type EnumObject<K extends EnumKey> = K extends `${infer NS}.${infer E}`
  ? NS extends keyof typeof GoogleAppsScript
    ? E extends keyof (typeof GoogleAppsScript)[NS]
      ? (typeof GoogleAppsScript)[NS][E]
      : never
    : never
  : never;

function enumObject(key: string): Readonly<Record<string, string>> {
  let e = enumCache.get(key);
  if (!e) {
    const names: readonly string[] = (ENUMS as Record<string, readonly string[]>)[key] ?? [];
    const obj: Record<string, string> = {};
    for (const n of names) obj[n] = n;
    e = Object.freeze(obj);
    enumCache.set(key, e);
  }
  return e;
}

/** The enum object of `GoogleAppsScript.<key>`, e.g. fakeEnum('Spreadsheet.ProtectionType').SHEET === 'SHEET'. */
export function fakeEnum<K extends EnumKey>(key: K): EnumObject<K> {
  return enumObject(key) as unknown as EnumObject<K>;
}

function mergeMembers(list: readonly InterfaceMembers[]): InterfaceMembers {
  const methods = new Set<string>();
  const props = new Set<string>();
  const enumProps: Record<string, string> = {};
  for (const m of list) {
    m.methods.forEach((x) => methods.add(x));
    m.props.forEach((x) => props.add(x));
    Object.assign(enumProps, m.enumProps);
  }
  return { methods: [...methods], props: [...props], enumProps };
}

function wrapMethod(key: string, fn: (...args: unknown[]) => unknown, method: string, scopeKey: string) {
  const wrapped = function (this: FakeBase, ...args: unknown[]): unknown {
    const env = this.fakeEnv;
    return env.enter(
      key,
      () => {
        this.fakeGuard(method);
        return fn.apply(this, args);
      },
      scopeKey,
    );
  };
  Object.defineProperty(wrapped, 'name', { value: method });
  (wrapped as { __fakeWrapped?: boolean }).__fakeWrapped = true;
  return wrapped;
}

/**
 * Base class for a fake of `GoogleAppsScript.<key>`. Usage:
 *
 *   class FakeLock extends fakeClass<GoogleAppsScript.Lock.Lock>('Lock.Lock') implements GoogleAppsScript.Lock.Lock {
 *     override hasLock(): boolean { … }
 *   }
 *
 * Every interface method not overridden throws `not implemented in fake: Lock.<name>`; interface
 * properties typed `typeof SomeEnum` hold the enum object; other properties throw on read.
 * Every interface method (implemented or not) is counted by the environment's call counter.
 */
export function fakeClass<T extends object>(
  key: InterfaceKey | readonly InterfaceKey[],
  /** How calls are named in the counter and in errors when the type's name is not the script's (Drive.Files). */
  callName?: string,
): abstract new (env: FakeEnv) => T & FakeBase {
  const keys: readonly InterfaceKey[] = typeof key === 'string' ? [key] : key;
  const members: InterfaceMembers = mergeMembers(keys.map((k) => INTERFACE_MEMBERS[k]));
  const short = callName ?? keys[0].slice(keys[0].indexOf('.') + 1);
  const methodSet = new Set(members.methods);

  abstract class Stubbed {
    declare readonly fakeEnv: FakeEnv;
    constructor(env: FakeEnv) {
      Object.defineProperty(this, 'fakeEnv', { value: env, enumerable: false, writable: false });
      // Instrument the concrete class once: wrap every interface method it (or a parent) defines.
      let proto: object | null = new.target.prototype;
      while (proto && proto !== Stubbed.prototype) {
        if (!instrumented.has(proto)) {
          instrumented.add(proto);
          for (const name of Object.getOwnPropertyNames(proto)) {
            if (!methodSet.has(name)) continue;
            const desc = Object.getOwnPropertyDescriptor(proto, name);
            if (!desc || typeof desc.value !== 'function' || desc.value.__fakeWrapped) continue;
            Object.defineProperty(proto, name, {
              ...desc,
              value: wrapMethod(`${short}.${name}`, desc.value, name, `${keys[0]}.${name}`),
            });
          }
        }
        proto = Object.getPrototypeOf(proto);
      }
    }
    fakeGuard(_method: string): void {
      /* no guard by default */
    }
  }

  for (const name of members.methods) {
    const stub = function (): never {
      throw new NotImplementedInFake(`${short}.${name}`);
    };
    Object.defineProperty(Stubbed.prototype, name, {
      value: wrapMethod(`${short}.${name}`, stub, name, `${keys[0]}.${name}`),
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
  for (const name of members.props) {
    const enumKey = members.enumProps[name];
    Object.defineProperty(Stubbed.prototype, name, {
      configurable: true,
      enumerable: false,
      get: enumKey
        ? () => enumObject(enumKey)
        : () => {
            throw new NotImplementedInFake(`${short}.${name}`);
          },
      set(this: object, value: unknown) {
        Object.defineProperty(this, name, { value, writable: true, configurable: true, enumerable: true });
      },
    });
  }
  return Stubbed as unknown as abstract new (env: FakeEnv) => T & FakeBase;
}

// =============================================================================================
// Small helpers shared by the fakes
// =============================================================================================

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A copy of a Date in the environment's realm (so `instanceof Date` works inside a vm context). */
export function copyDate(env: FakeEnv, d: Date): Date {
  return new env.realm.Date(d.getTime());
}

export function userEmailOf(u: unknown): string {
  if (typeof u === 'string') return u;
  if (u && typeof (u as { getEmail?: unknown }).getEmail === 'function') {
    return String((u as { getEmail: () => unknown }).getEmail());
  }
  throw new TypeError('expected an e-mail address or a User');
}
