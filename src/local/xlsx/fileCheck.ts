/**
 * Reads a workbook file's bytes and turns every way it can be unusable into a Vietnamese LocalError
 * before exceljs sees it (exceljs's own errors are English zip/XML jargon).
 */
import { localMsg } from '../../core/text';
import { LocalError } from '../errors';
import { readFileOrFail } from '../files';

/** OLE2/CFB container: old .xls files, and .xlsx files encrypted with a password. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Every .xlsx is a zip archive: local file header "PK\3\4". */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Buffer, signature: number[]) => signature.every((b, i) => bytes[i] === b);

export type FileKind = 'empty' | 'ole' | 'zip' | 'other';

export function fileKindOf(bytes: Buffer): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, OLE_SIGNATURE)) return 'ole';
  if (startsWith(bytes, ZIP_SIGNATURE)) return 'zip';
  return 'other';
}

/** The bytes of an .xlsx file, or a LocalError saying why it cannot be one. */
export async function readXlsxBytes(file: string): Promise<Buffer> {
  const bytes = await readFileOrFail(file);
  switch (fileKindOf(bytes)) {
    case 'empty':
      throw new LocalError(localMsg.emptyFile(file));
    case 'ole':
      throw new LocalError(localMsg.encryptedFile(file));
    case 'other':
      throw new LocalError(localMsg.notXlsx(file));
    case 'zip':
      return bytes;
  }
}
