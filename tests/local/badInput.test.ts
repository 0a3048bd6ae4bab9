/** Files that are not usable workbooks, and bad usage: one Vietnamese line each, exit code 2, never a stack trace. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { localMsg } from '../../src/core/text';
import { runCli } from '../../src/local/cli';
import { EXIT } from '../../src/local/errors';
import { fileKindOf } from '../../src/local/xlsx/fileCheck';
import { recordingIo, ROOT, tempDir } from './helpers';

const dir = tempDir();

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const io = recordingIo();
  const code = await runCli(args, io, env);
  return { code, out: io.lines, err: io.errors };
}

/** The CFB/OLE2 container signature of encrypted .xlsx and old .xls files, plus filler. */
const OLE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504, 0)]);

describe('unusable workbook files', () => {
  const file = (name: string) => path.join(dir(), name);

  beforeAll(async () => {
    writeFileSync(file('van-ban.xlsx'), 'Đây là một tệp văn bản bị đổi đuôi.\n');
    writeFileSync(file('rong.xlsx'), '');
    writeFileSync(file('mat-khau.xlsx'), OLE);
    const zip = new JSZip();
    zip.file('ghi-chu.txt', 'không phải bảng tính');
    writeFileSync(file('nen.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trang tính 1').getCell('A1').value = 'Danh sách cán bộ';
    await wb.xlsx.writeFile(file('khong-co-linh-vuc.xlsx'));
  });

  it.each([
    ['khong-co.xlsx', localMsg.fileNotFound],
    ['van-ban.xlsx', localMsg.notXlsx],
    ['rong.xlsx', localMsg.emptyFile],
    ['mat-khau.xlsx', localMsg.encryptedFile],
    ['nen.xlsx', localMsg.notXlsx],
    ['khong-co-linh-vuc.xlsx', localMsg.noAreaTab],
  ])('%s → its own message', async (name, message) => {
    const r = await cli(['score', file(name)]);
    expect(r.code).toBe(EXIT.failed);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([localMsg.errorPrefix + message(file(name))]);
  });

  it('says a folder is not a file', async () => {
    const r = await cli(['score', dir()]);
    expect(r.err).toEqual([localMsg.errorPrefix + localMsg.notAFile(dir())]);
  });

  // -o naming a folder writes inside it: outputFolder.test.ts.
  describe('-o through a file: a Vietnamese message naming the fix, no errno, no Excel hint', () => {
    const sample = path.join(ROOT, 'samples', 'cao-an-2023-mau.xlsx');
    const expectClean = (err: string[], message: string) => {
      expect(err).toEqual([localMsg.errorPrefix + message]);
      expect(err[0]).not.toMatch(/E[A-Z]{3,}|Excel không\?/);
    };
    it.each([['score'], ['report']])('%s -o <file>/x: a part of the path is a file', async (command) => {
      writeFileSync(file('la-tep'), 'x');
      const target = path.join(file('la-tep'), 'ket-qua.xlsx');
      const r = await cli([command, sample, '-o', target]);
      expect(r.code).toBe(EXIT.failed);
      expectClean(r.err, localMsg.outputParentIsFile(target));
    });
  });

  it('recognises the file kinds by their first bytes', () => {
    expect(fileKindOf(Buffer.alloc(0))).toBe('empty');
    expect(fileKindOf(OLE)).toBe('ole');
    expect(fileKindOf(Buffer.from('PK\u0003\u0004rest', 'latin1'))).toBe('zip');
    expect(fileKindOf(Buffer.from('PK'))).toBe('other');
  });

  it('adds the stack only with CCHC_DEBUG=1', async () => {
    const quiet = await cli(['score', file('rong.xlsx')]);
    expect(quiet.err).toHaveLength(1);
    const debug = await cli(['score', file('rong.xlsx')], { CCHC_DEBUG: '1' });
    expect(debug.err.length).toBe(2);
    expect(debug.err[1]).toMatch(/\n\s+at /);
  });
});

describe('bad usage', () => {
  it.each([
    [['score'], localMsg.missingArgument(localMsg.argWorkbook)],
    [['score', 'a.xlsx', 'b.xlsx'], localMsg.tooManyArguments('b.xlsx')],
    [['score', 'a.xlsx', '--khong-co'], localMsg.unknownOption('--khong-co')],
    [['score', 'a.xlsx', '-o'], localMsg.optionNeedsValue('-o')],
    [['score', 'a.xlsx', '--json=1'], localMsg.unknownOption('--json=1')],
    [['template', 'thua.xlsx'], localMsg.tooManyArguments('thua.xlsx')],
    [['catalogue'], localMsg.missingArgument(localMsg.argCatalogueAction)],
    [['catalogue', 'check'], localMsg.missingArgument(localMsg.argCatalogueFile)],
    [['catalogue', 'xoa'], localMsg.unknownCommand('catalogue xoa')],
    [['lam-gi-do'], localMsg.unknownCommand('lam-gi-do')],
    [['toString'], localMsg.unknownCommand('toString')],
  ])('%j → one line, exit 2', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(EXIT.failed);
    expect(r.err).toEqual([localMsg.errorPrefix + message]);
  });

  it('prints the help (exit 0) for help, --help, -h and no command', async () => {
    for (const args of [['help'], ['--help'], ['-h'], [], ['score', '--help']]) {
      const r = await cli(args);
      expect(r.code).toBe(EXIT.ok);
      expect(r.out.join('\n')).toContain('Mã thoát:');
    }
  });

  it('documents every command and exit code in the help', async () => {
    const help = (await cli(['help'])).out.join('\n');
    for (const word of [
      'template',
      'score',
      'catalogue export',
      'catalogue check',
      'demo',
      '--json',
      '--sample',
      '--catalogue',
      '-o',
      '--force',
      'CCHC_DEBUG',
    ])
      expect(help).toContain(word);
    for (const code of Object.values(EXIT)) expect(help).toMatch(new RegExp(`^  ${code}  `, 'm'));
  });

  it('turns an unexpected failure into one line too', async () => {
    const io = recordingIo();
    io.out = () => {
      throw new TypeError('hỏng');
    };
    const code = await runCli(['help'], io, {});
    expect(code).toBe(EXIT.failed);
    expect(io.errors).toEqual([localMsg.errorPrefix + localMsg.unexpected('hỏng')]);
  });
});
