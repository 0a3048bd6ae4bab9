/** `report <file.xlsx> -o <file.docx>`: the built CLI writes the year-end report, read back with mammoth. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import path from 'node:path';
import mammoth from 'mammoth';
import { scoreWorkbook } from '../../src/core/pipeline';
import { formatPercent2, formatPoints } from '../../src/core/format';
import { sampleGrids } from '../../src/core/sample/caoAn2023';
import { localMsg } from '../../src/core/text';
import { defaultReportPath } from '../../src/local/commands/report';
import { EXIT } from '../../src/local/errors';
import { ROOT, runCliChild, tempDir } from './helpers';

const dir = tempDir();
const SAMPLE = path.join(ROOT, 'samples', 'cao-an-2023-mau.xlsx');

describe('report command', () => {
  it("writes the .docx of the sample with the scorer's index, and leaves the workbook untouched", async () => {
    const out = path.join(dir(), 'bao-cao.docx');
    const before = readFileSync(SAMPLE);
    const run = runCliChild(['report', SAMPLE, '-o', out], dir());
    expect(run.status).toBe(EXIT.ok);
    expect(run.stdout).toContain(localMsg.reportWritten(out));
    expect(readFileSync(SAMPLE).equals(before)).toBe(true);
    const { value: text } = await mammoth.extractRawText({ path: out });
    const expected = scoreWorkbook(sampleGrids());
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(formatPoints(expected.index.points));
    expect(text).toContain(formatPercent2(expected.index.percent));
    expect(text).toContain(expected.index.rating);
    expect(text).toContain('Nguyễn Đức Mạnh');
    // Document properties name the issuing committee, never docx's "Un-named".
    const core = await (await JSZip.loadAsync(readFileSync(out))).file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:creator>UBND xã Cao An</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>UBND xã Cao An</cp:lastModifiedBy>');
    expect(core).not.toContain('Un-named');
  });

  it('refuses to overwrite an existing file without --force, and a missing workbook exits 2', () => {
    const out = path.join(dir(), 'co-san.docx');
    writeFileSync(out, 'cũ');
    const refused = runCliChild(['report', SAMPLE, '-o', out], dir());
    expect(refused.status).toBe(EXIT.failed);
    expect(readFileSync(out, 'utf8')).toBe('cũ');
    const missing = runCliChild(['report', path.join(dir(), 'khong-co.xlsx')], dir());
    expect(missing.status).toBe(EXIT.failed);
    expect(missing.stderr).not.toMatch(/\bat \S+ \(/); // no stack trace
  });

  it('names the report after the workbook by default', () => {
    expect(defaultReportPath(path.join('a', 'cao-an.xlsx'))).toBe(path.join('a', 'cao-an-bao-cao-tong-ket.docx'));
    expect(existsSync(defaultReportPath(SAMPLE))).toBe(false);
  });
});
