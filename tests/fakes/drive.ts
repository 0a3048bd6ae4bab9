/**
 * Fake of the advanced Drive service (Drive API v3), the `Drive` global a script gets when appsscript.json
 * enables it: only `Drive.Files.create / get / list` (and `Drive.Permissions`, drivePermissions.ts), as the
 * add-on uses them.
 *
 * Faithful where the add-on relies on it:
 * - One user's Drive (FakeDriveWorld) is shared by every script that test builds, so a copy of the
 *   spreadsheet (a new script, a new OAuth client) sees the same Drive through its own eyes.
 * - drive.file: a client sees only the files it created itself (the full drive scope would see all).
 *   Another client's file, like a missing one, answers "File not found: <id>." on get and is absent
 *   from list results.
 * - `trashed` is true for a file trashed itself or lying under a trashed folder (as files.get
 *   documents it); list's `trashed = false` leaves both out.
 * - `fields` projects the answer; without it the answer has kind, id, name and mimeType.
 * - A parent that does not exist (or is not visible) makes create fail with "File not found".
 * - Errors read like the advanced service's: "API call to drive.files.get failed with error: …".
 *
 * Simplified: list understands only the query terms the add-on writes (mimeType =, name =, trashed =,
 * '<id>' in parents, appProperties has { key= and value= }, joined by "and"); anything else fails the test.
 * No paging (every match in one answer).
 */
import { fakeClass, gasError, NotImplementedInFake, type FakeEnv } from './core';
import { FakeDrivePermissions } from './drivePermissions';
import { SCOPE } from './scopes';

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type DriveFileList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
type FilesCollection = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;

export const FOLDER_MIME = 'application/vnd.google-apps.folder';

export interface FakeDriveRecord {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  /** Trashed itself (the answer's `trashed` also counts a trashed ancestor). */
  trashedItself: boolean;
  appProperties: Record<string, string>;
  /** The OAuth client (script) that created it: what drive.file lets see it. */
  client: string;
  bytes: Uint8Array;
  createdTime: string;
}

/** One user's Drive, shared by the scripts of a test (the original spreadsheet and its copies). */
export class FakeDriveWorld {
  readonly files = new Map<string, FakeDriveRecord>();
  private seq = 0;

  /** @internal */
  nextId(): string {
    this.seq++;
    return `drv${String(this.seq).padStart(6, '0')}`;
  }

  /** A user trashing a file or folder in the Drive UI. */
  trash(id: string): void {
    const f = this.files.get(id);
    if (!f) throw new Error(`no such fake Drive file ${id}`);
    f.trashedItself = true;
  }

  /** A user deleting a file for good (emptying the trash). */
  deleteForever(id: string): void {
    this.files.delete(id);
  }

  isTrashed(id: string): boolean {
    const seen = new Set<string>();
    let queue = [id];
    while (queue.length) {
      const next: string[] = [];
      for (const i of queue) {
        const f = this.files.get(i);
        if (!f || seen.has(i)) continue;
        seen.add(i);
        if (f.trashedItself) return true;
        next.push(...f.parents);
      }
      queue = next;
    }
    return false;
  }

  /** Names from My Drive down to the file ("Folder/Sub/file.pdf"), following first parents. */
  pathOf(id: string): string {
    const names: string[] = [];
    let f = this.files.get(id);
    while (f) {
      names.unshift(f.name);
      f = f.parents[0] ? this.files.get(f.parents[0]) : undefined;
    }
    return names.join('/');
  }

  /** Every non-folder file, for assertions. */
  documents(): FakeDriveRecord[] {
    return [...this.files.values()].filter((f) => f.mimeType !== FOLDER_MIME);
  }

  folders(): FakeDriveRecord[] {
    return [...this.files.values()].filter((f) => f.mimeType === FOLDER_MIME);
  }
}

function apiError(env: FakeEnv, method: string, message: string): Error {
  return gasError(env, `API call to drive.files.${method} failed with error: ${message}`);
}

/** Top-level names of a `fields` value: "id,name,webViewLink" → [...]; "files(id,name)" → inner list for `files`. */
function fieldList(fields: unknown, wrapper?: string): string[] | null {
  if (typeof fields !== 'string' || fields.trim() === '' || fields.trim() === '*') return null;
  let f = fields.trim();
  if (wrapper) {
    const m = new RegExp(`${wrapper}\\(([^)]*)\\)`).exec(f);
    if (!m) return [];
    f = m[1];
  }
  return f
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

// ---- query parsing (the subset the add-on writes) -------------------------------------------

type Term = (f: FakeDriveRecord, trashed: boolean) => boolean;

function unquote(s: string): string {
  return s.slice(1, -1).replace(/\\(.)/g, '$1');
}

const STR = String.raw`'(?:[^'\\]|\\.)*'`;
const TERMS: { re: RegExp; make: (m: RegExpExecArray) => Term }[] = [
  { re: new RegExp(String.raw`^mimeType\s*=\s*(${STR})$`), make: (m) => (f) => f.mimeType === unquote(m[1]) },
  { re: new RegExp(String.raw`^mimeType\s*!=\s*(${STR})$`), make: (m) => (f) => f.mimeType !== unquote(m[1]) },
  { re: new RegExp(String.raw`^name\s*=\s*(${STR})$`), make: (m) => (f) => f.name === unquote(m[1]) },
  { re: /^trashed\s*=\s*(true|false)$/, make: (m) => (_f, trashed) => trashed === (m[1] === 'true') },
  { re: new RegExp(String.raw`^(${STR})\s+in\s+parents$`), make: (m) => (f) => f.parents.includes(unquote(m[1])) },
  {
    re: new RegExp(String.raw`^appProperties\s+has\s*\{\s*key\s*=\s*(${STR})\s+and\s+value\s*=\s*(${STR})\s*\}$`),
    make: (m) => (f) => f.appProperties[unquote(m[1])] === unquote(m[2]),
  },
];

/** Splits at top-level " and " (not inside quotes or braces). */
function splitAnd(q: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < q.length; i++) {
    const c = q[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === "'") quoted = false;
      continue;
    }
    if (c === "'") quoted = true;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && /^\sand\s/i.test(q.slice(i, i + 5))) {
      parts.push(q.slice(start, i).trim());
      start = i + 5;
      i += 4;
    }
  }
  parts.push(q.slice(start).trim());
  return parts.filter(Boolean);
}

function parseQuery(q: string): Term[] {
  return splitAnd(q).map((part) => {
    for (const t of TERMS) {
      const m = t.re.exec(part);
      if (m) return t.make(m);
    }
    throw new NotImplementedInFake(`Drive.Files.list query term: ${part}`);
  });
}

// ---- the service ---------------------------------------------------------------------------

export class FakeDriveFiles
  extends fakeClass<FilesCollection>('Drive_v3.Drive.V3.Collection.FilesCollection', 'Drive.Files')
  implements FilesCollection
{
  /** Makes the next call of a method throw this message (as the API would, e.g. a quota or a network error). */
  readonly failNext = new Map<'create' | 'get' | 'list', string>();

  constructor(
    env: FakeEnv,
    readonly world: FakeDriveWorld,
    readonly client: string,
  ) {
    super(env);
  }

  private failIfAsked(method: 'create' | 'get' | 'list'): void {
    const message = this.failNext.get(method);
    if (message === undefined) return;
    this.failNext.delete(method);
    throw apiError(this.fakeEnv, method, message);
  }

  /** drive.file sees what this client created; the full drive scope sees everything. */
  private visible(f: FakeDriveRecord): boolean {
    const { oauthScopes, grantedScopes } = this.fakeEnv.options;
    if (oauthScopes.includes(SCOPE.drive) && grantedScopes.includes(SCOPE.drive)) return true;
    return f.client === this.client;
  }

  private answer(f: FakeDriveRecord, fields: string[] | null): DriveFile {
    const folder = f.mimeType === FOLDER_MIME;
    const all: DriveFile = {
      kind: 'drive#file',
      id: f.id,
      name: f.name,
      mimeType: f.mimeType,
      parents: [...f.parents],
      trashed: this.world.isTrashed(f.id),
      appProperties: { ...f.appProperties },
      createdTime: f.createdTime,
      webViewLink: folder
        ? `https://drive.google.com/drive/folders/${f.id}`
        : `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`,
    };
    if (!folder) all.size = String(f.bytes.length);
    const keep = fields ?? ['kind', 'id', 'name', 'mimeType'];
    const out: Record<string, unknown> = {};
    for (const k of keep) if (k in all) out[k] = (all as Record<string, unknown>)[k];
    return out as DriveFile;
  }

  override create(
    resource: DriveFile,
    mediaData?: GoogleAppsScript.Base.Blob,
    optionalArgs?: Record<string, unknown>,
  ): DriveFile {
    this.failIfAsked('create');
    const parents = resource.parents && resource.parents.length ? [...resource.parents] : ['root'];
    for (const p of parents) {
      if (p === 'root') continue;
      const parent = this.world.files.get(p);
      if (!parent || !this.visible(parent)) throw apiError(this.fakeEnv, 'create', `File not found: ${p}.`);
    }
    const bytes = mediaData ? Uint8Array.from(mediaData.getBytes(), (b) => b & 0xff) : new Uint8Array();
    const rec: FakeDriveRecord = {
      id: this.world.nextId(),
      name: resource.name ?? (mediaData?.getName() || 'Untitled'),
      mimeType: resource.mimeType ?? mediaData?.getContentType() ?? 'application/octet-stream',
      parents,
      trashedItself: resource.trashed === true,
      appProperties: { ...(resource.appProperties ?? {}) },
      client: this.client,
      bytes,
      createdTime: new Date().toISOString(),
    };
    this.world.files.set(rec.id, rec);
    return this.answer(rec, fieldList(optionalArgs?.fields));
  }

  override get(fileId: string): DriveFile;
  override get(fileId: string, optionalArgs: Record<string, unknown> & { alt: 'media' }): string;
  override get(fileId: string, optionalArgs: Record<string, unknown>): DriveFile;
  override get(fileId: string, optionalArgs?: Record<string, unknown>): DriveFile | string {
    this.failIfAsked('get');
    const f = this.world.files.get(String(fileId));
    if (!f || !this.visible(f)) throw apiError(this.fakeEnv, 'get', `File not found: ${fileId}.`);
    // alt=media answers the content itself.
    if (optionalArgs?.alt === 'media') return new TextDecoder().decode(f.bytes);
    return this.answer(f, fieldList(optionalArgs?.fields));
  }

  override list(optionalArgs?: Record<string, unknown>): DriveFileList {
    this.failIfAsked('list');
    const terms = typeof optionalArgs?.q === 'string' ? parseQuery(optionalArgs.q) : [];
    const files = [...this.world.files.values()]
      .filter((f) => this.visible(f))
      .filter((f) => {
        const trashed = this.world.isTrashed(f.id);
        return terms.every((t) => t(f, trashed));
      });
    const fields = fieldList(optionalArgs?.fields, 'files');
    return { kind: 'drive#fileList', files: files.map((f) => this.answer(f, fields)) };
  }
}

/** The `Drive` global: the advanced service's collections the add-on uses. */
export class FakeAdvancedDrive {
  readonly Files: FakeDriveFiles;
  readonly Permissions: FakeDrivePermissions;
  constructor(env: FakeEnv, world: FakeDriveWorld, client: string) {
    this.Files = new FakeDriveFiles(env, world, client);
    this.Permissions = new FakeDrivePermissions(env, world, client);
  }
}
