/** `evidence-index <file.xlsx> -o x.xlsx|x.docx`: the pack offline, read back with exceljs and mammoth. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { buildEvidencePack } from '../../src/core/evidence/pack';
import { evidencePackGrid, isLinkCell, PACK_LINK_COLUMN } from '../../src/core/evidence/packTable';
import { UPLOAD_LOG_HEADERS, uploadRecordsToRows } from '../../src/core/evidence/uploadLog';
import { colNumber, TAB_NAMES } from '../../src/core/layout';
import { scoreWorkbook } from '../../src/core/pipeline';
import { assignmentsOf } from '../../src/core/report';
import { EVIDENCE_INDEX_TEXT as C, EVIDENCE_PACK_TEXT as T, localMsg } from '../../src/core/text';
import { runCli } from '../../src/local/cli';
import { defaultIndexPath } from '../../src/local/commands/evidenceIndex';
import { writeSampleWorkbook } from '../../src/local/commands/template';
import { EXIT } from '../../src/local/errors';
import { gridsOfFile } from '../cycle/helpers';
import { openXlsx, recordingIo, runCliChild, tempDir } from './helpers';

const dir = tempDir();
const file = (name: string) => path.join(dir(), name);
const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz012345';
const LINK = `https://drive.google.com/file/d/${ID}/view`;
let sample = '';
let edited = '';

async function cli(...argv: string[]) {
  const io = recordingIo();
  const code = await runCli(argv, io, {});
  return { code, io };
}

beforeAll(async () => {
  sample = file('cao-an-2023.xlsx');
  await writeSampleWorkbook(sample);
  // Several documents in 3.2 (one uploaded, with the upload log), nothing in 3.3 but a giải trình.
  edited = file('cao-an-sua.xlsx');
  const wb = await openXlsx(sample);
  const ws = wb.getWorksheet('3. Cải cách TTHC')!;
  const rowOf = (code: string) => {
    for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, colNumber('code')).text === code) return r;
    throw new Error(code);
  };
  ws.getCell(rowOf('3.2'), colNumber('evidence')).value = `QĐ 12/QĐ-UBND ${LINK}\nSổ theo dõi (bản giấy)`;
  ws.getCell(rowOf('3.3'), colNumber('evidence')).value = null;
  ws.getCell(rowOf('3.3'), colNumber('explanation')).value = 'Hồ sơ lưu bản giấy.';
  const log = wb.addWorksheet(TAB_NAMES.uploads);
  const at = new Date(Date.UTC(2024, 0, 5, 8, 30)); // exceljs: wall-clock time in UTC fields
  const rows = uploadRecordsToRows([
    {
      at,
      by: 'tuphap@xa.vn',
      areaCode: '3',
      criterionCode: '3.2',
      fileName: 'QĐ 12.pdf',
      fileId: ID,
      url: LINK,
      linked: true,
    },
  ]);
  log.addRow([...UPLOAD_LOG_HEADERS]);
  rows.forEach((r) => log.addRow(r as ExcelJS.CellValue[]));
  await wb.xlsx.writeFile(edited);
});

describe('evidence-index', () => {
  it('writes the pack as .xlsx: the core grid cell for cell, names hyperlinked, date added from the upload log', async () => {
    const out = file('ho-so.xlsx');
    const { code, io } = await cli('evidence-index', edited, '-o', out);
    expect(code).toBe(EXIT.ok);
    const grids = await gridsOfFile(edited);
    const pack = buildEvidencePack(scoreWorkbook(grids), assignmentsOf(grids));
    expect(io.lines).toEqual([
      C.written(
        out,
        pack.criteria.length,
        pack.criteria.reduce((n, c) => n + c.documents.length, 0),
        pack.missing.length,
      ),
    ]);
    const wb = await openXlsx(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([C.sheetName]);
    const ws = wb.worksheets[0];
    expect(ws.getCell(1, 1).text).toMatch(/^HỒ SƠ MINH CHỨNG CHỈ SỐ CCHC NĂM 2023 – XÃ CAO AN \(cập nhật /);
    const expected = evidencePackGrid(pack, { year: '2023', unit: 'Xã Cao An', updated: '' });
    let links = 0;
    expected.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (r === 0) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (isLinkCell(v)) {
          links++;
          expect(cell.value).toEqual({ text: v.text, hyperlink: v.url });
        } else if (c >= 6 && row[1] === '3.2' && isLinkCell(row[PACK_LINK_COLUMN - 1])) {
          // From the upload log, which the expected grid was built without.
          expect(cell.value).toBe(c === 6 ? '05/01/2024 08:30' : 'tuphap@xa.vn');
        } else expect([r, c, cell.value ?? '']).toEqual([r, c, v ?? '']);
      }),
    );
    expect(links).toBeGreaterThan(10);
    const r32 = expected.values.findIndex((row) => row[1] === '3.2' && isLinkCell(row[PACK_LINK_COLUMN - 1])) + 1;
    expect(ws.getCell(r32, PACK_LINK_COLUMN).value).toEqual({ text: 'QĐ 12/QĐ-UBND', hyperlink: LINK });
    expect([ws.getCell(r32, 7).value, ws.getCell(r32, 8).value]).toEqual(['05/01/2024 08:30', 'tuphap@xa.vn']);
    const missing = expected.values.slice(expected.headerRows[2]);
    expect(missing.find((row) => row[1] === '3.3')?.[4]).toBe('Hồ sơ lưu bản giấy.');
    for (const r of expected.headerRows) expect(ws.getCell(r, 1).font?.bold).toBe(true);
  });

  it('writes the same tables as .docx with the links, read back with mammoth', async () => {
    const out = file('ho-so.docx');
    const { code } = await cli('evidence-index', edited, '-o', out);
    expect(code).toBe(EXIT.ok);
    const { value: text } = await mammoth.extractRawText({ path: out });
    expect(text).toContain(T.title('2023', 'Xã Cao An'));
    for (const s of Object.values(T.sections)) expect(text).toContain(s);
    expect(text).toContain('Sổ theo dõi (bản giấy)');
    expect(text).toContain('Hồ sơ lưu bản giấy.');
    expect(text).not.toContain(LINK); // addresses are links, never printed
    const { value: html } = await mammoth.convertToHtml({ path: out });
    expect(html).toContain(`<a href="${LINK}">QĐ 12/QĐ-UBND</a>`);
  });

  // -o naming a folder (every command alike): outputFolder.test.ts.
  it('no -o writes next to the input; no overwrite without --force', async () => {
    expect(defaultIndexPath(sample)).toBe(file('cao-an-2023-ho-so-minh-chung.xlsx'));
    expect((await cli('evidence-index', sample)).code).toBe(EXIT.ok);
    expect(existsSync(defaultIndexPath(sample))).toBe(true);
    const again = await cli('evidence-index', sample);
    expect(again.code).toBe(EXIT.failed);
    expect(again.io.errors[0]).toBe(localMsg.errorPrefix + localMsg.outputExists(defaultIndexPath(sample)));
    expect((await cli('evidence-index', sample, '--force')).code).toBe(EXIT.ok);
  });

  it('refuses bad files and paths in Vietnamese with exit code 2, writing nothing', async () => {
    const before = readFileSync(sample);
    const fake = file('khong-phai.xlsx');
    writeFileSync(fake, 'đây không phải tệp Excel');
    const bad = await cli('evidence-index', fake, '-o', file('a.xlsx'));
    expect(bad.code).toBe(EXIT.failed);
    expect(bad.io.errors[0]).toBe(localMsg.errorPrefix + localMsg.notXlsx(fake));
    expect(existsSync(file('a.xlsx'))).toBe(false);
    const missing = await cli('evidence-index', file('khong-co.xlsx'));
    expect(missing.io.errors[0]).toBe(localMsg.errorPrefix + localMsg.fileNotFound(file('khong-co.xlsx')));
    const ext = await cli('evidence-index', sample, '-o', file('ho-so.pdf'));
    expect([ext.code, ext.io.errors[0]]).toEqual([EXIT.failed, localMsg.errorPrefix + C.badOutput(file('ho-so.pdf'))]);
    const self = await cli('evidence-index', sample, '-o', sample, '--force');
    expect(self.io.errors[0]).toBe(localMsg.errorPrefix + localMsg.outputIsInput(sample));
    expect(readFileSync(sample).equals(before)).toBe(true);
    const none = await cli('evidence-index');
    expect([none.code, none.io.errors[0]]).toEqual([
      EXIT.failed,
      localMsg.errorPrefix + localMsg.missingArgument(C.argWorkbook),
    ]);
  });

  it('runs as the built CLI (dist-node/cli.js), and is in the help', () => {
    const out = file('ho-so-child.xlsx');
    const run = runCliChild(['evidence-index', sample, '-o', out], dir());
    expect(run.status).toBe(EXIT.ok);
    expect(run.stdout).toContain(out);
    expect(existsSync(out)).toBe(true);
    expect(runCliChild(['help'], dir()).stdout).toContain('evidence-index <tep.xlsx>');
  });
});
