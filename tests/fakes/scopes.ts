/**
 * Which OAuth scope each Apps Script call needs: the ONE table the fakes enforce (FakeEnv.enter).
 *
 * Keys are "<namespace>", "<namespace>.<Class>" or "<namespace>.<Class>.<method>" of
 * @types/google-apps-script (e.g. "Spreadsheet", "Base.Ui", "Spreadsheet.SpreadsheetApp.openById");
 * the longest key that matches a call wins. A value of null means the call needs no authorisation.
 * A call no key matches fails the test with "no scope known": add its service here (with the scope its
 * reference page lists) before using it.
 *
 * What a call meets, as Apps Script answers it (wording as seen in Apps Script execution logs):
 * - its scope missing from appsscript.json's oauthScopes (explicit scopes are authoritative):
 *   "Specified permissions are not sufficient to call X. Required permissions: <scope>";
 * - its scope listed but not granted by the user, or not available in the execution's auth mode
 *   (simple triggers run in AuthMode.LIMITED and cannot use services that require authorisation):
 *   "You do not have permission to call X. Required permissions: <scope>".
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const AUTH = 'https://www.googleapis.com/auth/';

export const SCOPE = {
  /** Read and write the spreadsheet the script is bound to (and no other). */
  sheetsCurrentOnly: `${AUTH}spreadsheets.currentonly`,
  /** Every spreadsheet of the user. */
  sheets: `${AUTH}spreadsheets`,
  /** Dialogs and sidebars in the container. */
  containerUi: `${AUTH}script.container.ui`,
  documents: `${AUTH}documents`,
  /** The user's e-mail address (Session). */
  userEmail: `${AUTH}userinfo.email`,
  /** Triggers and other ScriptApp features beyond the auth info. */
  scriptApp: `${AUTH}script.scriptapp`,
  drive: `${AUTH}drive`,
  driveFile: `${AUTH}drive.file`,
} as const;

export const METHOD_SCOPES: Readonly<Record<string, string | null>> = {
  // SpreadsheetApp and everything it hands out: the bound spreadsheet only.
  Spreadsheet: SCOPE.sheetsCurrentOnly,
  'Spreadsheet.SpreadsheetApp.open': SCOPE.sheets,
  'Spreadsheet.SpreadsheetApp.openById': SCOPE.sheets,
  'Spreadsheet.SpreadsheetApp.openByUrl': SCOPE.sheets,
  'Spreadsheet.SpreadsheetApp.create': SCOPE.sheets,
  // Menus can be built in every auth mode; dialogs and sidebars need the container UI scope.
  'Spreadsheet.SpreadsheetApp.getUi': null,
  'Base.Ui': SCOPE.containerUi,
  'Base.Ui.createMenu': null,
  'Base.Ui.createAddonMenu': null,
  'Base.Menu': null,
  'Base.PromptResponse': null,
  // Charts drawn by the spreadsheet are spreadsheet objects; the Charts service itself needs nothing.
  Charts: null,
  Document: SCOPE.documents,
  'Base.Session.getActiveUser': SCOPE.userEmail,
  'Base.Session.getEffectiveUser': SCOPE.userEmail,
  'Base.Session': null,
  'Base.User': null,
  'Base.Blob': null,
  'Base.Logger': null,
  HTML: null,
  Utilities: null,
  Lock: null,
  Properties: null,
  'Script.ScriptApp': SCOPE.scriptApp,
  // Reading the script's own authorisation state and id needs no scope.
  'Script.ScriptApp.getAuthorizationInfo': null,
  'Script.AuthorizationInfo': null,
  'Script.ScriptApp.getScriptId': null,
  'Script.ScriptApp.getInstallationSource': null,
  // The built-in DriveApp: its reference lists the full drive scope, which the add-on never asks for.
  Drive: SCOPE.drive,
  // The advanced Drive service (Drive API v3). files.create/get/list accept drive.file, which only
  // reaches files this OAuth client created (the fake's Drive applies that visibility).
  Drive_v3: SCOPE.driveFile,
  // The advanced Docs service (Docs API v1): documents.get and batchUpdate list the documents scope.
  Docs: SCOPE.documents,
};

/** The scope a call needs (null: none), or undefined when the table does not know the call. */
export function scopeOf(call: string): string | null | undefined {
  const parts = call.split('.');
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join('.');
    if (key in METHOD_SCOPES) return METHOD_SCOPES[key];
  }
  return undefined;
}

/** Global service objects of Apps Script → their @types key, for reading calls out of source text. */
export const GLOBAL_SERVICES: Readonly<Record<string, string>> = {
  SpreadsheetApp: 'Spreadsheet.SpreadsheetApp',
  DocumentApp: 'Document.DocumentApp',
  Session: 'Base.Session',
  PropertiesService: 'Properties.PropertiesService',
  LockService: 'Lock.LockService',
  HtmlService: 'HTML.HtmlService',
  Utilities: 'Utilities.Utilities',
  Charts: 'Charts.Charts',
  ScriptApp: 'Script.ScriptApp',
  Logger: 'Base.Logger',
  DriveApp: 'Drive.DriveApp',
};

interface Manifest {
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: { userSymbol: string }[] };
}

function readManifest(): Manifest {
  // The nearest appsscript.json above this file: tests/fakes/ from source, dist-node/ when bundled.
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'appsscript.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return JSON.parse(readFileSync(path.join(dir, 'appsscript.json'), 'utf8')) as Manifest;
}

/** oauthScopes of the repository's appsscript.json: what the fakes grant unless a test says otherwise. */
export function manifestScopes(): string[] {
  return [...(readManifest().oauthScopes ?? [])];
}

/** Global names of the advanced services appsscript.json enables (a script without them has no such global). */
export function manifestAdvancedServices(): string[] {
  return (readManifest().dependencies?.enabledAdvancedServices ?? []).map((s) => s.userSymbol);
}

/** Scopes usable in AuthMode.LIMITED (a bound script's simple trigger): the bound file, and no authorisation. */
export const LIMITED_SCOPES: readonly string[] = [SCOPE.sheetsCurrentOnly];
