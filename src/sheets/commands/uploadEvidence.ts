/**
 * Sidebar "Tải tài liệu kiểm chứng": files chosen by an official go to the criterion's Drive folder
 * (driveFolders.ts), their names and links are appended to the evidence cell, and every file is
 * written to "Tài liệu đã tải lên" — with "Không" when its link could not reach the cell, so the
 * office sees a file without its link. Drive is reached only through the advanced service with
 * drive.file; when that permission was not granted the rest of the add-on is unaffected and the
 * upload says which permission to grant and how.
 */
import { cellText, looksLikeFormula, type CellValue } from '../../core/cells';
import { appendEvidence, cleanFileName, evidenceEntry } from '../../core/evidence/evidenceCell';
import { base64Bytes, checkUploadFiles, evidenceMimeType } from '../../core/evidence/upload';
import type { UploadRecord } from '../../core/evidence/uploadLog';
import { AREA_WIDTH, cellAddress, col, colNumber, roleSpan } from '../../core/layout';
import { UNIT_KIND_LABELS, UPLOAD_TEXT as T } from '../../core/text';
import { readUnit } from '../../core/unit';
import { readWorkbook, type CriterionRow, type ReadWorkbook } from '../../core/workbook';
import type {
  UploadCriterionView,
  UploadedFileView,
  UploadRequest,
  UploadResultView,
  UploadTargetView,
} from '../../ui/contract';
import { logError, UserError } from '../errors';
import { evidenceFolder, isPermissionError } from '../evidence/driveFolders';
import { appendUploadLog } from '../evidence/uploadLogTab';
import { withDocumentLock } from '../lock';
import { recomputeRows } from '../onEdit';
import { readWorkbookTabs } from '../readTabs';
import { activeSpreadsheet, currentUserEmail } from '../session';

const DRIVE_FILE_SCOPE = 'https://www.googleapis.com/auth/drive.file';
/**
 * The files are already on Drive when the cell and the log are written: worth waiting longer for a
 * Tính điểm in progress than an action that has done nothing yet.
 */
const LINK_LOCK_WAIT_MS = 30000;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** AuthorizationInfo as documented: getAuthorizedScopes() and the scope-list argument are missing from @types. */
type AuthInfo = GoogleAppsScript.Script.AuthorizationInfo & { getAuthorizedScopes?: () => string[] | null };
type GetAuthInfo = (mode: GoogleAppsScript.Script.AuthMode, scopes?: string[]) => AuthInfo;

function readBook(ss: Spreadsheet): ReadWorkbook {
  return readWorkbook({ tabs: readWorkbookTabs(ss, false).map((t) => t.grid) });
}

/** Rows evidence can hang on: every criterion row still in use (not retired). */
function uploadableRows(book: ReadWorkbook): { row: CriterionRow; title: string }[] {
  const specs = new Map(book.spec.areas.flatMap((a) => a.criteria.map((c) => [c.code, c] as const)));
  return book.rows
    .map((row) => ({ row, spec: specs.get(row.code) }))
    .filter((r) => r.spec && r.spec.kind !== 'retired')
    .map((r) => ({ row: r.row, title: r.spec!.title }));
}

/** The criteria to pick from, and the one on the active cell's row. */
export function uploadTarget(): UploadTargetView {
  const ss = activeSpreadsheet();
  const rows = uploadableRows(readBook(ss));
  const criteria: UploadCriterionView[] = rows.map((r) => ({
    code: r.row.code,
    title: r.title,
    areaCode: r.row.areaCode,
  }));
  const active = ss.getActiveRange();
  const name = active ? active.getSheet().getName() : '';
  const rowNumber = active ? active.getRow() : 0;
  const onSheet = rows.filter((r) => r.row.sheet === name);
  const hit = onSheet.find((r) => r.row.row === rowNumber);
  return {
    criteria,
    active: hit ? hit.row.code : null,
    activeNote: hit || onSheet.length === 0 ? '' : T.notCriterionRow(name, rowNumber),
  };
}

/**
 * Throws the Vietnamese permission message when drive.file is known not to be granted, with Google's
 * page to grant it (AuthorizationInfo.getAuthorizationUrl, documented; null when nothing is left to grant).
 */
function requireDriveScope(): void {
  let granted: string[] | null = null;
  let info: ReturnType<GetAuthInfo> | null = null;
  try {
    info = (ScriptApp.getAuthorizationInfo as GetAuthInfo).call(ScriptApp, ScriptApp.AuthMode.FULL, [DRIVE_FILE_SCOPE]);
    granted = typeof info.getAuthorizedScopes === 'function' ? info.getAuthorizedScopes() : null;
  } catch (e) {
    // Unknown: the Drive calls themselves then tell, and map to the same message.
    logError(e);
  }
  if (!info || !granted || granted.includes(DRIVE_FILE_SCOPE)) return;
  let url: string | null = null;
  try {
    url = info.getAuthorizationUrl();
  } catch (e) {
    logError(e); // The message alone still says how to grant it from the menu.
  }
  throw new UserError(T.permission, T.permissionHint, url ? { url, label: T.permissionLink } : undefined);
}

function driveService(): GoogleAppsScript.Drive {
  // The global exists only when appsscript.json enables the advanced service.
  if (typeof Drive === 'undefined' || !Drive) throw new UserError(T.serviceOff, T.serviceOffHint);
  return Drive;
}

function checkRequest(request: unknown): UploadRequest {
  const r = request as UploadRequest;
  const ok =
    !!r &&
    typeof r === 'object' &&
    typeof r.code === 'string' &&
    Array.isArray(r.files) &&
    r.files.every((f) => !!f && typeof f.name === 'string' && typeof f.base64 === 'string');
  if (!ok) throw new UserError(T.badRequest, T.badRequestHint);
  if (!r.code.trim()) throw new UserError(T.noCriterion, T.noCriterionHint);
  const problem = checkUploadFiles(r.files.map((f) => ({ name: f.name, size: base64Bytes(f.base64) })));
  if (problem) throw new UserError(problem.message, problem.hint);
  return r;
}

function folderNames(book: ReadWorkbook, row: CriterionRow): { root: string; area: string; criterion: string } {
  const year = cellText(book.info.year);
  const unit = readUnit(book.info);
  if (!year || !unit.name) throw new UserError(T.infoMissing, T.infoMissingHint);
  const area = book.spec.areas.find((a) => a.code === row.areaCode);
  return {
    root: T.rootFolder(year, `${UNIT_KIND_LABELS[unit.kind]} ${unit.name}`),
    area: T.areaFolder(row.areaCode, area?.title ?? ''),
    criterion: row.code,
  };
}

interface Sent {
  name: string;
  fileId: string;
  url: string;
}

/** Row of the criterion now: where it was read, unless officials moved rows since; null when gone. */
function currentRow(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: CriterionRow): number | null {
  if (cellText(sheet.getRange(row.row, colNumber('code')).getValue()) === row.code) return row.row;
  const codes = sheet.getRange(1, colNumber('code'), Math.max(1, sheet.getLastRow()), 1).getValues();
  const i = codes.findIndex((r) => cellText(r[0] as string) === row.code);
  return i < 0 ? null : i + 1;
}

/** Appends the entries to the evidence cell; the cell's address, or a thrown error when it cannot. */
function linkInCell(ss: Spreadsheet, row: CriterionRow, entries: string[]): string {
  const sheet = ss.getSheetByName(row.sheet);
  if (!sheet) throw new Error(`tab ${row.sheet} is gone`);
  const r = currentRow(sheet, row);
  if (r === null) throw new Error(`criterion ${row.code} is gone from ${row.sheet}`);
  const range = sheet.getRange(r, col('evidence') + 1);
  // A formula there is the official's: never replaced by text.
  if (range.getFormula()) throw new Error(`evidence cell ${row.sheet}!${r} holds a formula`);
  // Text exactly as typed (no trimming or normalising); a date or number the way it reads.
  const value: unknown = range.getValue();
  const text = appendEvidence(typeof value === 'string' ? value : cellText(value as CellValue), entries);
  // Setup makes the column plain text ("@"), which keeps "=…" as text. Elsewhere a leading apostrophe
  // does (Sheets hides it), so text that starts like a formula is not run as one.
  const plain = range.getNumberFormat() === '@';
  range.setValue(!plain && looksLikeFormula(text) ? `'${text}` : text);
  refreshCheck(sheet, r);
  return cellAddress(row.sheet, r, 'evidence');
}

/**
 * A script's write fires no onEdit: the row's computed cells are refreshed here as onEdit would (a
 * "no evidence" warning goes away). Best effort: Tính điểm rewrites them anyway.
 */
function refreshCheck(sheet: GoogleAppsScript.Spreadsheet.Sheet, r: number): void {
  try {
    const next = recomputeRows(sheet.getRange(r, 1, 1, AREA_WIDTH).getValues() as CellValue[][]);
    const computed = roleSpan('computed');
    if (next) sheet.getRange(r, computed.first, 1, computed.count).setValues(next as (string | number)[][]);
  } catch (e) {
    logError(e);
  }
}

export function uploadEvidence(request: UploadRequest): UploadResultView {
  const req = checkRequest(request);
  const drive = driveService();
  requireDriveScope();
  const ss = activeSpreadsheet();
  const book = readBook(ss);
  const row = book.rows.find((r) => r.code === req.code.trim());
  if (!row) throw new UserError(T.unknownCriterion(req.code), T.unknownCriterionHint);
  const folder = evidenceFolder(drive, folderNames(book, row), ss.getId());

  const files: UploadedFileView[] = [];
  const sent: Sent[] = [];
  let refused = false;
  for (const f of req.files) {
    const name = cleanFileName(f.name);
    if (refused) {
      files.push({ name, url: '', ok: false, message: T.permission });
      continue;
    }
    try {
      const mime = evidenceMimeType(name)!;
      const blob = Utilities.newBlob(Utilities.base64Decode(f.base64), mime, name);
      const created = drive.Files.create({ name, mimeType: mime, parents: [folder.id] }, blob, {
        fields: 'id,webViewLink',
      });
      const url = created.webViewLink || `https://drive.google.com/file/d/${created.id}/view`;
      sent.push({ name, fileId: created.id ?? '', url });
      files.push({ name, url, ok: true, message: '' });
    } catch (e) {
      logError(e);
      refused = isPermissionError(e);
      files.push({ name, url: '', ok: false, message: refused ? T.permission : T.driveFailed });
    }
  }
  const expected = cellAddress(row.sheet, row.row, 'evidence');
  if (sent.length === 0)
    throw new UserError(refused ? T.permission : T.allFailed, refused ? T.permissionHint : T.driveFailed);

  // The files exist now: whatever fails below, each of them is logged, linked or not.
  let cell = expected;
  let linked = false;
  let logged = false;
  const at = new Date();
  const by = currentUserEmail();
  try {
    withDocumentLock(
      T.busy,
      () => {
        try {
          cell = linkInCell(
            ss,
            row,
            sent.map((s) => evidenceEntry(s.name, s.url)),
          );
          linked = true;
        } catch (e) {
          logError(e);
        }
        const records: UploadRecord[] = sent.map((s) => ({
          at,
          by,
          areaCode: row.areaCode,
          criterionCode: row.code,
          fileName: s.name,
          fileId: s.fileId,
          url: s.url,
          linked,
          cell,
        }));
        appendUploadLog(ss, records);
        logged = true;
      },
      LINK_LOCK_WAIT_MS,
    );
  } catch (e) {
    logError(e);
  }

  const failed = files.length - sent.length;
  const message = !linked
    ? T.notLinked(sent.length, cell)
    : failed > 0
      ? T.partlyUploaded(sent.length, failed, cell)
      : T.uploaded(sent.length, cell);
  const hint = !logged ? T.notLogged : !linked ? T.notLinkedHint : '';
  return { code: row.code, cell, folderUrl: folder.url, files, linked, logged, message, hint };
}
