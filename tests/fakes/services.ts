/** Fakes of LockService, PropertiesService, Session, Utilities, Logger, ScriptApp, Charts. */
import { randomUUID } from 'node:crypto';
import { FakeBlob, FakeUser } from './base';
import { fakeClass, fakeEnum, gasError, isDate, realNull, type FakeEnv, type LockKind } from './core';
import { formatDate } from './datefmt';

// =============================================================================================
// LockService
// =============================================================================================

const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

/**
 * A Lock bound to the execution that obtained it (see FakeEnv.runAs). The lock table is shared by
 * all executions: while execution A holds the document lock, tryLock in execution B returns false
 * and waitLock throws the real "Lock timeout" message. Locks are re-entrant within one execution.
 * No real time passes: a wait is resolved at once, after `env.locks.onContention` had a chance to
 * release the holder.
 */
export class FakeLock extends fakeClass<GoogleAppsScript.Lock.Lock>('Lock.Lock') implements GoogleAppsScript.Lock.Lock {
  private acquired = false;
  private readonly execution: string;
  constructor(
    env: FakeEnv,
    /** The lock's key: "document", "script" or "user:<email>". */
    readonly key: string,
  ) {
    super(env);
    this.execution = env.execution.id;
  }
  private attempt(timeoutMs: number): boolean {
    const locks = this.fakeEnv.locks;
    let holder = locks.holder(this.key);
    if (holder !== undefined && holder !== this.execution && locks.onContention) {
      locks.onContention({ key: this.key, holder, waiter: this.execution, timeoutMs });
      holder = locks.holder(this.key);
    }
    if (holder === undefined || holder === this.execution) {
      locks.set(this.key, this.execution);
      this.acquired = true;
      return true;
    }
    return false;
  }
  override tryLock(timeoutInMillis: number): boolean {
    return this.attempt(timeoutInMillis);
  }
  override waitLock(timeoutInMillis: number): void {
    if (!this.attempt(timeoutInMillis)) throw gasError(this.fakeEnv, LOCK_TIMEOUT);
  }
  override hasLock(): boolean {
    return this.acquired && this.fakeEnv.locks.holder(this.key) === this.execution;
  }
  override releaseLock(): void {
    if (this.fakeEnv.locks.holder(this.key) === this.execution) this.fakeEnv.locks.set(this.key, undefined);
    this.acquired = false;
  }
}

export class FakeLockService
  extends fakeClass<GoogleAppsScript.Lock.LockService>('Lock.LockService')
  implements GoogleAppsScript.Lock.LockService
{
  /** The key of a lock kind in the environment's lock table. */
  keyOf(kind: LockKind): string {
    return kind === 'user' ? `user:${this.fakeEnv.execution.user}` : kind;
  }
  override getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return new FakeLock(this.fakeEnv, this.keyOf('document'));
  }
  override getScriptLock(): GoogleAppsScript.Lock.Lock {
    return new FakeLock(this.fakeEnv, this.keyOf('script'));
  }
  override getUserLock(): GoogleAppsScript.Lock.Lock {
    return new FakeLock(this.fakeEnv, this.keyOf('user'));
  }
}

// =============================================================================================
// PropertiesService
// =============================================================================================

const MAX_VALUE_BYTES = 9 * 1024;

export class FakeProperties
  extends fakeClass<GoogleAppsScript.Properties.Properties>('Properties.Properties')
  implements GoogleAppsScript.Properties.Properties
{
  constructor(
    env: FakeEnv,
    /** @internal */ readonly store: Map<string, string>,
  ) {
    super(env);
  }
  override getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }
  override setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    const v = String(value);
    if (Buffer.byteLength(v) > MAX_VALUE_BYTES) throw gasError(this.fakeEnv, 'Argument too large: value');
    this.store.set(String(key), v);
    return this;
  }
  override getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }
  override setProperties(
    properties: { [key: string]: string },
    deleteAllOthers = false,
  ): GoogleAppsScript.Properties.Properties {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.setProperty(k, v);
    return this;
  }
  override deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    this.store.delete(String(key));
    return this;
  }
  override deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    this.store.clear();
    return this;
  }
  override getKeys(): string[] {
    return [...this.store.keys()];
  }
}

export class FakePropertiesService
  extends fakeClass<GoogleAppsScript.Properties.PropertiesService>('Properties.PropertiesService')
  implements GoogleAppsScript.Properties.PropertiesService
{
  readonly documentStore = new Map<string, string>();
  readonly scriptStore = new Map<string, string>();
  /** User properties, per user e-mail. */
  readonly userStores = new Map<string, Map<string, string>>();

  override getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    return new FakeProperties(this.fakeEnv, this.documentStore);
  }
  override getScriptProperties(): GoogleAppsScript.Properties.Properties {
    return new FakeProperties(this.fakeEnv, this.scriptStore);
  }
  override getUserProperties(): GoogleAppsScript.Properties.Properties {
    const user = this.fakeEnv.execution.user;
    let store = this.userStores.get(user);
    if (!store) {
      store = new Map();
      this.userStores.set(user, store);
    }
    return new FakeProperties(this.fakeEnv, store);
  }
}

// =============================================================================================
// Session
// =============================================================================================

export class FakeSession
  extends fakeClass<GoogleAppsScript.Base.Session>('Base.Session')
  implements GoogleAppsScript.Base.Session
{
  override getActiveUser(): GoogleAppsScript.Base.User {
    return new FakeUser(this.fakeEnv, this.fakeEnv.execution.user);
  }
  override getEffectiveUser(): GoogleAppsScript.Base.User {
    return new FakeUser(this.fakeEnv, this.fakeEnv.options.effectiveUserEmail);
  }
  override getScriptTimeZone(): string {
    return this.fakeEnv.options.timeZone;
  }
  override getActiveUserLocale(): string {
    return 'vi';
  }
  override getTemporaryActiveUserKey(): string {
    const user = this.fakeEnv.execution.user || 'anonymous';
    return `tmpkey-${Buffer.from(user).toString('base64url')}`;
  }
}

// =============================================================================================
// Utilities
// =============================================================================================

export class FakeUtilities
  extends fakeClass<GoogleAppsScript.Utilities.Utilities>('Utilities.Utilities')
  implements GoogleAppsScript.Utilities.Utilities
{
  /** Total milliseconds "slept" (sleep() returns at once). */
  slept = 0;

  override formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date)) {
      throw gasError(
        this.fakeEnv,
        `The parameters (${typeof date},String,String) don't match the method signature for Utilities.formatDate.`,
      );
    }
    return formatDate(date, timeZone, format);
  }
  override formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return template.replace(/%(\d+\$)?[-#+ 0,(]*\d*(?:\.\d+)?([sdfx%])/g, (m, _pos, conv: string) => {
      if (conv === '%') return '%';
      const v = args[i++];
      if (conv === 'd') return String(Math.trunc(Number(v)));
      if (conv === 'x') return Math.trunc(Number(v)).toString(16);
      if (conv === 'f') {
        const p = /\.(\d+)/.exec(m);
        return Number(v).toFixed(p ? Number(p[1]) : 6);
      }
      return String(v);
    });
  }
  override getUuid(): string {
    return randomUUID();
  }
  override sleep(milliseconds: number): void {
    this.slept += milliseconds;
  }
  override newBlob(data: string | number[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    return new FakeBlob(this.fakeEnv, data, contentType ?? null, name ?? null);
  }
  override base64Encode(data: string | number[]): string {
    const buf =
      typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(Uint8Array.from(data, (b) => b & 0xff));
    return buf.toString('base64');
  }
  override base64Decode(encoded: string): number[] {
    return Array.from(Buffer.from(encoded, 'base64'), (b) => (b > 127 ? b - 256 : b));
  }
}

// =============================================================================================
// Logger
// =============================================================================================

export class FakeLogger
  extends fakeClass<GoogleAppsScript.Base.Logger>('Base.Logger')
  implements GoogleAppsScript.Base.Logger
{
  private buffer: string[] = [];
  override log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    let line: string;
    if (values.length && typeof data === 'string') {
      let i = 0;
      line = data.replace(/%[sdf]/g, () => String(values[i++]));
    } else {
      line = typeof data === 'string' ? data : JSON.stringify(data);
    }
    this.buffer.push(line);
    this.fakeEnv.log(line);
    return this;
  }
  override getLog(): string {
    return this.buffer.map((l) => `${l}\n`).join('');
  }
  override clear(): void {
    this.buffer = [];
  }
}

// =============================================================================================
// ScriptApp, Charts
// =============================================================================================

/**
 * What ScriptApp.getAuthorizationInfo(authMode, scopes?) answers: REQUIRED while a manifest scope is not
 * granted; getAuthorizedScopes() (documented, missing from @types) lists the granted ones among `scopes`
 * (all granted ones without a list).
 */
export class FakeAuthorizationInfo
  extends fakeClass<GoogleAppsScript.Script.AuthorizationInfo>('Script.AuthorizationInfo')
  implements GoogleAppsScript.Script.AuthorizationInfo
{
  constructor(
    env: FakeEnv,
    private readonly asked: readonly string[] | undefined,
  ) {
    super(env);
  }
  override getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    const { oauthScopes, grantedScopes } = this.fakeEnv.options;
    const missing = oauthScopes.some((s) => !grantedScopes.includes(s));
    return fakeEnum('Script.AuthorizationStatus')[missing ? 'REQUIRED' : 'NOT_REQUIRED'];
  }
  override getAuthorizationUrl(): string {
    // null when nothing is left to authorise, as documented.
    const { oauthScopes, grantedScopes } = this.fakeEnv.options;
    return oauthScopes.every((s) => grantedScopes.includes(s))
      ? realNull<string>()
      : 'https://script.google.com/macros/d/fake/authorize';
  }
  getAuthorizedScopes(): string[] | null {
    return this.fakeEnv.enter(
      'AuthorizationInfo.getAuthorizedScopes',
      () => {
        const granted = this.fakeEnv.options.grantedScopes;
        return this.asked ? this.asked.filter((s) => granted.includes(s)) : [...granted];
      },
      'Script.AuthorizationInfo.getAuthorizedScopes',
    );
  }
}

export class FakeScriptApp
  extends fakeClass<GoogleAppsScript.Script.ScriptApp>('Script.ScriptApp')
  implements GoogleAppsScript.Script.ScriptApp
{
  /** What getInstallationSource() returns (default: a container-bound script, NONE). */
  installationSource: GoogleAppsScript.Script.InstallationSource = fakeEnum('Script.InstallationSource').NONE;
  /** The script id: a copy of the spreadsheet gets a new bound script with a new id. */
  scriptId = 'fake-script-id';

  override getScriptId(): string {
    return this.scriptId;
  }
  override getAuthorizationInfo(
    _authMode: GoogleAppsScript.Script.AuthMode,
    scopes?: string[],
  ): GoogleAppsScript.Script.AuthorizationInfo {
    return new FakeAuthorizationInfo(this.fakeEnv, scopes ? [...scopes] : undefined);
  }
  override getInstallationSource(): GoogleAppsScript.Script.InstallationSource {
    return this.installationSource;
  }
}

export class FakeCharts
  extends fakeClass<GoogleAppsScript.Charts.Charts>('Charts.Charts')
  implements GoogleAppsScript.Charts.Charts {}
