/**
 * The evidence folder of a criterion on Drive, `<root>/<area>/<code>`, through the advanced Drive
 * service (Drive API v3) with the drive.file scope: the add-on only ever sees folders it created.
 *
 * Reuse: the criterion folder's id is kept in DocumentProperties and checked (it exists, is not
 * trashed, belongs to this spreadsheet) before use; otherwise the root is found again by its
 * appProperties (this spreadsheet's id) or created, and each level below by name or created.
 *
 * Copies: File → Make a copy gives the copy another id and, for a bound script, a new script, so
 * another OAuth client that drive.file keeps from seeing the original's folders. An add-on shares one
 * client, and its document properties may come along. Keying the root to the spreadsheet's id makes
 * both cases the same: a copy never files into the original's folder and always builds its own.
 */
import { UPLOAD_TEXT as T } from '../../core/text';
import { logError, UserError } from '../errors';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
const PROPERTY_PREFIX = 'evidenceFolder:';
/** appProperties of the folders we create: private to this OAuth client. */
const APP_SHEET = 'cchcSpreadsheet';
const APP_ROLE = 'cchcEvidence';

type DriveService = GoogleAppsScript.Drive;
type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

export interface FolderNames {
  root: string;
  area: string;
  criterion: string;
}

export interface EvidenceFolder {
  id: string;
  url: string;
}

/** Drive's search syntax: quotes and backslashes escaped inside '…'. */
export function quoteQuery(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const folderUrl = (id: string) => `https://drive.google.com/drive/folders/${id}`;

/** An error Drive gave because the user did not grant (or the manifest lacks) the Drive scope. */
export function isPermissionError(e: unknown): boolean {
  const text = e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
  return /permission|insufficient|scope|authori[sz]/i.test(text);
}

/** A stored folder that still serves: visible, not trashed (itself or above), made for this spreadsheet. */
function alive(drive: DriveService, id: string | null, spreadsheetId: string): boolean {
  if (!id) return false;
  let f: DriveFile;
  try {
    f = drive.Files.get(id, { fields: 'id,trashed,appProperties' });
  } catch (e) {
    if (isPermissionError(e)) throw e;
    return false; // deleted, or not visible to this client (a copy's stored id)
  }
  return f.trashed !== true && f.appProperties?.[APP_SHEET] === spreadsheetId;
}

function findFolder(drive: DriveService, terms: string[]): string | null {
  const q = [`mimeType = ${quoteQuery(FOLDER_MIME)}`, 'trashed = false', ...terms].join(' and ');
  const found = drive.Files.list({ q, fields: 'files(id,name)', pageSize: 10 }).files ?? [];
  return found[0]?.id ?? null;
}

function createFolder(
  drive: DriveService,
  name: string,
  parent: string | null,
  spreadsheetId: string,
  role: string,
): string {
  const resource: DriveFile = {
    name,
    mimeType: FOLDER_MIME,
    appProperties: { [APP_SHEET]: spreadsheetId, [APP_ROLE]: role },
  };
  if (parent) resource.parents = [parent];
  const id = drive.Files.create(resource).id;
  if (!id) throw new Error('Drive answered without an id');
  return id;
}

function resolve(drive: DriveService, names: FolderNames, spreadsheetId: string): EvidenceFolder {
  const props = PropertiesService.getDocumentProperties();
  const rootKey = `${PROPERTY_PREFIX}${names.root}`;
  const leafKey = `${PROPERTY_PREFIX}${names.root}/${names.area}/${names.criterion}`;
  const stored = props.getProperty(leafKey);
  if (alive(drive, stored, spreadsheetId)) return { id: stored!, url: folderUrl(stored!) };

  const storedRoot = props.getProperty(rootKey);
  const root =
    (alive(drive, storedRoot, spreadsheetId) ? storedRoot : null) ??
    findFolder(drive, [
      `name = ${quoteQuery(names.root)}`,
      `appProperties has { key=${quoteQuery(APP_SHEET)} and value=${quoteQuery(spreadsheetId)} }`,
    ]) ??
    createFolder(drive, names.root, null, spreadsheetId, 'root');
  const child = (parent: string, name: string, role: string) =>
    findFolder(drive, [`${quoteQuery(parent)} in parents`, `name = ${quoteQuery(name)}`]) ??
    createFolder(drive, name, parent, spreadsheetId, role);
  const area = child(root, names.area, 'area');
  const leaf = child(area, names.criterion, 'criterion');
  props.setProperties({ [rootKey]: root, [leafKey]: leaf });
  return { id: leaf, url: folderUrl(leaf) };
}

/**
 * The criterion's folder, found or made. A refused permission becomes the Vietnamese permission
 * message; any other Drive failure the folder message (no file has been sent yet).
 */
export function evidenceFolder(drive: DriveService, names: FolderNames, spreadsheetId: string): EvidenceFolder {
  try {
    return resolve(drive, names, spreadsheetId);
  } catch (e) {
    if (e instanceof UserError) throw e;
    logError(e);
    if (isPermissionError(e)) throw new UserError(T.permission, T.permissionHint);
    throw new UserError(T.folderFailed, T.folderFailedHint);
  }
}

/**
 * This spreadsheet's root evidence folders, found and never created (sharing shares what exists):
 * usually one; another when the year or the unit's name in Thông tin chung changed since an upload.
 */
export function evidenceRootFolders(drive: DriveService, spreadsheetId: string): (EvidenceFolder & { name: string })[] {
  const q = [
    `mimeType = ${quoteQuery(FOLDER_MIME)}`,
    'trashed = false',
    `appProperties has { key=${quoteQuery(APP_SHEET)} and value=${quoteQuery(spreadsheetId)} }`,
    `appProperties has { key=${quoteQuery(APP_ROLE)} and value=${quoteQuery('root')} }`,
  ].join(' and ');
  const found = drive.Files.list({ q, fields: 'files(id,name)', pageSize: 10 }).files ?? [];
  return found.flatMap((f) => (f.id ? [{ id: f.id, url: folderUrl(f.id), name: f.name ?? '' }] : []));
}
