/** File access for the CLI with Vietnamese errors: missing files, folders given as files, no overwrite by default. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { localMsg } from '../core/text';
import { LocalError } from './errors';

export async function readFileOrFail(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new LocalError(localMsg.fileNotFound(file));
    if (code === 'EISDIR') throw new LocalError(localMsg.notAFile(file));
    throw new LocalError(localMsg.cannotRead(file, code ?? String(e)));
  }
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * The one rule for where a command writes (-o): without -o, the command's default path; when -o
 * names an existing folder, or ends with a path separator (a folder created on write), the
 * default's file name inside it; otherwise -o itself. The no-overwrite check then applies to the result.
 */
export async function resolveOutput(output: string | undefined, defaultPath: string): Promise<string> {
  if (output === undefined) return defaultPath;
  const namesFolder =
    output.endsWith('/') || output.endsWith(path.sep) || (await fs.stat(output).catch(() => null))?.isDirectory();
  return namesFolder ? path.join(output, path.basename(defaultPath)) : output;
}

/** "cao-an.xlsx" + "-bao-cao.docx" → "cao-an-bao-cao.docx", next to the input: a command's default output. */
export function namedAfter(input: string, suffix: string): string {
  return path.join(path.dirname(input), path.basename(input, path.extname(input)) + suffix);
}

/** Refuses to replace an existing file unless asked to (a template written over a filled workbook loses its data). */
export async function assertWritable(file: string, force: boolean): Promise<void> {
  const stat = await fs.stat(file).catch(() => null);
  if (stat?.isDirectory()) throw new LocalError(localMsg.outputIsFolder(file));
  if (!force && stat) throw new LocalError(localMsg.outputExists(file));
}

/** The user's fix for a failed write, by the system's reason; the errno itself is not shown. */
function writeFailure(file: string, code: string | undefined): string {
  switch (code) {
    case 'EISDIR':
      return localMsg.outputIsFolder(file);
    case 'EEXIST':
    case 'ENOTDIR':
      return localMsg.outputParentIsFile(file);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return localMsg.outputNoPermission(file);
    case 'ENOSPC':
      return localMsg.outputDiskFull(file);
    case 'EBUSY':
      return localMsg.outputBusy(file);
    default:
      return localMsg.cannotWrite(file);
  }
}

/** Same file, even when written differently (./a.xlsx vs a.xlsx, or through a link). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

export async function writeFileOrFail(file: string, data: string | Uint8Array): Promise<void> {
  try {
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await fs.writeFile(file, data);
  } catch (e) {
    throw new LocalError(writeFailure(file, (e as NodeJS.ErrnoException).code));
  }
}
