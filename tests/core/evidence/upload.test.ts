import { appendEvidence, cleanFileName, evidenceEntry } from '../../../src/core/evidence/evidenceCell';
import {
  base64Bytes,
  checkUploadFiles,
  evidenceMimeType,
  formatBytes,
  MAX_CALL_BYTES,
  MAX_FILE_BYTES,
  MAX_FILES_PER_CALL,
  MIB,
} from '../../../src/core/evidence/upload';
import { evidenceText } from '../../../src/core/report/evidenceLink';
import { UPLOAD_TEXT as T } from '../../../src/core/text';

describe('upload checks', () => {
  it('takes PDF, images, Word and Excel by extension, in any case', () => {
    expect(evidenceMimeType('Quyết định.PDF')).toBe('application/pdf');
    expect(evidenceMimeType('a.docx')).toMatch(/wordprocessingml/);
    expect(evidenceMimeType('a.XLS')).toBe('application/vnd.ms-excel');
    expect(evidenceMimeType('ảnh.jpeg')).toBe('image/jpeg');
    expect(evidenceMimeType('script.exe')).toBeNull();
    expect(evidenceMimeType('không đuôi')).toBeNull();
  });

  it('refuses, in order: nothing chosen, too many, wrong kind, empty, too large, too large together', () => {
    const f = (name: string, size: number) => ({ name, size });
    expect(checkUploadFiles([])?.message).toBe(T.noFiles);
    const many = Array.from({ length: MAX_FILES_PER_CALL + 1 }, (_, i) => f(`${i}.pdf`, 1));
    expect(checkUploadFiles(many)?.message).toBe(T.tooManyFiles(MAX_FILES_PER_CALL + 1, MAX_FILES_PER_CALL));
    expect(checkUploadFiles([f('a.zip', 10)])?.message).toBe(T.badType('a.zip'));
    expect(checkUploadFiles([f('a.pdf', 0)])?.message).toBe(T.emptyFile('a.pdf'));
    expect(checkUploadFiles([f('a.pdf', MAX_FILE_BYTES + 1)])?.message).toBe(T.fileTooLarge('a.pdf', '10 MB', '10 MB'));
    expect(checkUploadFiles([f('a.pdf', MAX_FILE_BYTES)])).toBeNull();
    const together = [f('a.pdf', MAX_FILE_BYTES), f('b.pdf', MAX_FILE_BYTES), f('c.pdf', 1)];
    expect(together.reduce((n, x) => n + x.size, 0)).toBeGreaterThan(MAX_CALL_BYTES);
    expect(checkUploadFiles(together)?.message).toBe(T.callTooLarge('20 MB', '20 MB'));
  });

  it('formats sizes the Vietnamese way and measures base64 without decoding', () => {
    expect(formatBytes(1536 * 1024)).toBe('1,5 MB');
    expect(formatBytes(850 * 1024)).toBe('850 KB');
    expect(formatBytes(10)).toBe('1 KB');
    for (const s of ['', 'a', 'ab', 'abc', 'nội dung tài liệu']) {
      const b64 = Buffer.from(s, 'utf8').toString('base64');
      expect(base64Bytes(b64)).toBe(Buffer.byteLength(s, 'utf8'));
    }
    expect(MIB).toBe(1048576);
  });
});

describe('the evidence cell', () => {
  it('adds entries on new lines after what was typed, never replacing it', () => {
    expect(appendEvidence('', ['A – https://x/1'])).toBe('A – https://x/1');
    expect(appendEvidence('QĐ 12/QĐ-UBND\n', ['A – https://x/1', 'B – https://x/2'])).toBe(
      'QĐ 12/QĐ-UBND\nA – https://x/1\nB – https://x/2',
    );
  });

  it('writes "<name> – <url>", which the report reads back as the name and the link', () => {
    const entry = evidenceEntry('Báo cáo 6 tháng.pdf', 'https://drive.google.com/file/d/abc/view');
    expect(entry).toBe('Báo cáo 6 tháng.pdf – https://drive.google.com/file/d/abc/view');
    expect(evidenceText(entry)).toEqual({
      text: 'Báo cáo 6 tháng.pdf',
      url: 'https://drive.google.com/file/d/abc/view',
    });
  });

  it('keeps a name on one line and never lets it start like a formula', () => {
    expect(cleanFileName('  =SUM(A1)\n.pdf ')).toBe('SUM(A1) .pdf');
    expect(cleanFileName('+-@x.pdf')).toBe('x.pdf');
    expect(cleanFileName('-5 điểm.pdf')).toBe('-5 điểm.pdf');
    expect(cleanFileName('===')).toBe('tai-lieu');
  });
});
