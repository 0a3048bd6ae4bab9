/**
 * Fake of `Drive.Permissions` of the advanced Drive service (Drive API v3): `create` and `list`, as
 * sharing the evidence folder uses them.
 *
 * Faithful where the add-on relies on it:
 * - The scope is the service's (drive.file); the file must be one this client sees — with drive.file,
 *   one it created — else "File not found: <id>." as files.get answers.
 * - type "user" or "group" needs an emailAddress; role must be one of Drive's roles; an address Drive
 *   cannot read is refused (the API answers 400 for it).
 * - Sharing an address that already has a permission on the file updates its role (one per address).
 * - sendNotificationEmail defaults to true for users and groups (recorded, nothing is sent). An
 *   address with no Google account can only be invited with the notification: without it Drive answers
 *   400 (addresses listed in `noGoogleAccount`).
 * Simplified: no domain, anyone or ownership transfers (those fail the test).
 */
import { fakeClass, gasError, NotImplementedInFake, type FakeEnv } from './core';
import type { FakeDriveRecord, FakeDriveWorld } from './drive';
import { SCOPE } from './scopes';

type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
type PermissionList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.PermissionList;
type PermissionsCollection = GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection;

export interface FakePermission {
  id: string;
  type: string;
  role: string;
  emailAddress: string;
  /** Whether the request asked Drive to e-mail the person. */
  notified: boolean;
}

const ROLES = new Set(['owner', 'organizer', 'fileOrganizer', 'writer', 'commenter', 'reader']);
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Permissions by file id, kept beside the world's files (a copy's script sees the same Drive). */
const byWorld = new WeakMap<FakeDriveWorld, Map<string, FakePermission[]>>();

export function fakePermissionsOf(world: FakeDriveWorld, fileId: string): FakePermission[] {
  return [...(byWorld.get(world)?.get(fileId) ?? [])];
}

function apiError(env: FakeEnv, method: string, message: string): Error {
  return gasError(env, `API call to drive.permissions.${method} failed with error: ${message}`);
}

export class FakeDrivePermissions
  extends fakeClass<PermissionsCollection>('Drive_v3.Drive.V3.Collection.PermissionsCollection', 'Drive.Permissions')
  implements PermissionsCollection
{
  /** Makes the next call of a method throw this message (as the API would). */
  readonly failNext = new Map<'create' | 'list', string>();
  /** Addresses without a Google account (set by a test). */
  readonly noGoogleAccount = new Set<string>();
  private seq = 0;

  constructor(
    env: FakeEnv,
    readonly world: FakeDriveWorld,
    readonly client: string,
  ) {
    super(env);
  }

  private visibleFile(method: string, fileId: string): FakeDriveRecord {
    const message = this.failNext.get(method as 'create' | 'list');
    if (message !== undefined) {
      this.failNext.delete(method as 'create' | 'list');
      throw apiError(this.fakeEnv, method, message);
    }
    const f = this.world.files.get(String(fileId));
    const { oauthScopes, grantedScopes } = this.fakeEnv.options;
    const full = oauthScopes.includes(SCOPE.drive) && grantedScopes.includes(SCOPE.drive);
    if (!f || (!full && f.client !== this.client)) throw apiError(this.fakeEnv, method, `File not found: ${fileId}.`);
    return f;
  }

  private store(fileId: string): FakePermission[] {
    let files = byWorld.get(this.world);
    if (!files) byWorld.set(this.world, (files = new Map()));
    let list = files.get(fileId);
    if (!list) files.set(fileId, (list = []));
    return list;
  }

  override create(resource: Permission, fileId: string, optionalArgs?: Record<string, unknown>): Permission {
    this.visibleFile('create', fileId);
    const type = resource.type ?? '';
    if (type !== 'user' && type !== 'group') throw new NotImplementedInFake(`Drive.Permissions.create type ${type}`);
    if (optionalArgs?.transferOwnership) throw new NotImplementedInFake('Drive.Permissions.create transferOwnership');
    const role = resource.role ?? '';
    if (!ROLES.has(role)) throw apiError(this.fakeEnv, 'create', `Invalid permission role: ${role}.`);
    const email = (resource.emailAddress ?? '').trim().toLowerCase();
    if (!EMAIL_RE.test(email)) throw apiError(this.fakeEnv, 'create', 'Bad Request. Invalid sharing request.');
    const notified = optionalArgs?.sendNotificationEmail !== false;
    if (this.noGoogleAccount.has(email) && !notified)
      throw apiError(
        this.fakeEnv,
        'create',
        `Bad Request. User message: "You are trying to invite ${email}. Since there is no Google account associated with this email address, you must check the 'Notify people' box to invite this recipient."`,
      );
    const list = this.store(fileId);
    let p = list.find((x) => x.emailAddress === email);
    if (p) Object.assign(p, { role, notified });
    else list.push((p = { id: `perm${++this.seq}`, type, role, emailAddress: email, notified }));
    return { kind: 'drive#permission', id: p.id, type: p.type, role: p.role, emailAddress: p.emailAddress };
  }

  override list(fileId: string): PermissionList {
    this.visibleFile('list', fileId);
    return {
      kind: 'drive#permissionList',
      permissions: this.store(fileId).map((p) => ({ kind: 'drive#permission', id: p.id, type: p.type, role: p.role })),
    };
  }
}
