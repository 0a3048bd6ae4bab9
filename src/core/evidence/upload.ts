/**
 * Rules of an evidence upload shared by the sidebar (checked before anything is sent) and the server
 * (checked again: a request is input like any other): which files, and how large.
 *
 * Files travel as base64 strings through google.script.run. Its reference gives no size limit, so
 * the limits are our own, with room to spare: base64 adds a third, and the server holds the decoded
 * bytes and the Drive request at once within one execution.
 */
// Direct imports (not ../text, ../cells): the sidebar bundles this file and must stay small.
import { formatNumber } from '../format';
import { UPLOAD_TEXT as T } from '../text/evidence';

export const MIB = 1024 * 1024;
export const MAX_FILE_BYTES = 10 * MIB;
export const MAX_CALL_BYTES = 20 * MIB;
export const MAX_FILES_PER_CALL = 10;

/** Extensions → MIME type Drive is told; also the list the file picker offers. */
export const ACCEPTED_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  bmp: 'image/bmp',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/** The `accept` attribute of the sidebar's file input. */
export const ACCEPT_ATTRIBUTE = Object.keys(ACCEPTED_TYPES)
  .map((e) => `.${e}`)
  .join(',');

/** The MIME type for a file name, or null when it is not a kind of evidence we take. */
export function evidenceMimeType(name: string): string | null {
  const m = /\.([a-z0-9]+)$/i.exec(name.trim());
  return m ? (ACCEPTED_TYPES[m[1].toLowerCase()] ?? null) : null;
}

/** "12,3 MB", "850 KB": sizes as officials read them (1 MB = 1024 KB here). */
export function formatBytes(bytes: number): string {
  if (bytes >= MIB) return `${formatNumber(Math.round((bytes / MIB) * 10) / 10, 1)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
}

/** Bytes a base64 string decodes to (padding counted), without decoding it. */
export function base64Bytes(b64: string): number {
  const s = b64.replace(/\s+/g, '');
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  return Math.floor((s.length * 3) / 4) - pad;
}

export interface UploadProblem {
  message: string;
  hint: string;
}

/** The first reason the selection cannot be sent, or null. Sizes are the files' decoded bytes. */
export function checkUploadFiles(files: readonly { name: string; size: number }[]): UploadProblem | null {
  if (files.length === 0) return { message: T.noFiles, hint: T.noFilesHint };
  if (files.length > MAX_FILES_PER_CALL)
    return { message: T.tooManyFiles(files.length, MAX_FILES_PER_CALL), hint: T.tooManyFilesHint };
  for (const f of files) {
    if (!evidenceMimeType(f.name)) return { message: T.badType(f.name), hint: T.badTypeHint };
    if (f.size <= 0) return { message: T.emptyFile(f.name), hint: T.emptyFileHint };
    if (f.size > MAX_FILE_BYTES)
      return {
        message: T.fileTooLarge(f.name, formatBytes(f.size), formatBytes(MAX_FILE_BYTES)),
        hint: T.fileTooLargeHint,
      };
  }
  const total = files.reduce((n, f) => n + f.size, 0);
  if (total > MAX_CALL_BYTES)
    return { message: T.callTooLarge(formatBytes(total), formatBytes(MAX_CALL_BYTES)), hint: T.callTooLargeHint };
  return null;
}
