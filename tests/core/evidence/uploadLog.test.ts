import {
  parseLogTime,
  unlinkedUploads,
  UPLOAD_LOG_HEADERS,
  UPLOAD_LOG_TAB,
  uploadLogColumn,
  uploadRecordsToRows,
  uploadRowsToRecords,
  type UploadRecord,
} from '../../../src/core/evidence/uploadLog';
import { TAB_NAMES } from '../../../src/core/layout';
import type { CellValue } from '../../../src/core/cells';

const rec = (over: Partial<UploadRecord> = {}): UploadRecord => ({
  at: new Date(2024, 0, 5, 8, 30, 15),
  by: 'an@xa.gov.vn',
  areaCode: '3',
  criterionCode: '3.1.10',
  fileName: 'QĐ 12-QĐ-UBND.pdf',
  fileId: 'f1',
  url: 'https://drive.google.com/file/d/f1/view',
  linked: true,
  cell: '3. Cải cách TTHC!L12',
  ...over,
});

describe('upload log', () => {
  it('has its own tab name, distinct from the other tabs, and headers that are not an area tab header', () => {
    expect(UPLOAD_LOG_TAB).toBe(TAB_NAMES.uploads);
    expect(Object.values(TAB_NAMES).filter((n) => n === UPLOAD_LOG_TAB)).toHaveLength(1);
    expect(UPLOAD_LOG_HEADERS.slice(0, 2)).not.toEqual(['Mã', 'Tiêu chí']);
    expect(new Set(UPLOAD_LOG_HEADERS).size).toBe(UPLOAD_LOG_HEADERS.length);
  });

  it('round-trips records through rows', () => {
    const records = [rec(), rec({ fileId: 'f2', url: 'https://drive.google.com/file/d/f2/view', linked: false })];
    const rows = uploadRecordsToRows(records);
    expect(rows[1][uploadLogColumn('linked')]).toBe('Không');
    expect(rows[0][uploadLogColumn('linked')]).toBe('Có');
    expect(rows[0][uploadLogColumn('at')]).toBeInstanceOf(Date);
    expect(uploadRowsToRecords([[...UPLOAD_LOG_HEADERS], ...rows])).toEqual(records);
  });

  it('reads a tab officials edited: columns moved, extra column, blank rows, text times, header pushed down', () => {
    const wanted = ['Tên tài liệu', 'ghi chú riêng', 'đường  LINK', 'Mã tiêu chí', 'Thời điểm tải lên', 'Mã lĩnh vực'];
    const values: CellValue[][] = [
      ['Danh sách của văn phòng'],
      [],
      wanted,
      ['Báo cáo.docx', 'đã kiểm tra', 'https://drive.google.com/file/d/x/view', '1.2', '05/01/2024 08:30', '1'],
      ['', '', '', '', '', ''],
      ['Ghi chú không có tệp', 'x', '', '1.3', '', '1'],
      ['Ảnh.jpg', '', 'https://drive.google.com/file/d/y/view', '1.3', 'hôm qua', '1'],
    ];
    const got = uploadRowsToRecords(values);
    expect(got).toHaveLength(2);
    expect(got[0]).toEqual({
      at: new Date(2024, 0, 5, 8, 30, 0),
      by: '',
      areaCode: '1',
      criterionCode: '1.2',
      fileName: 'Báo cáo.docx',
      fileId: '',
      url: 'https://drive.google.com/file/d/x/view',
      linked: false,
    });
    expect(got[1].at).toBeNull();
    expect(unlinkedUploads(got)).toHaveLength(2);
  });

  it('finds nothing in a tab without a link or file-id column', () => {
    expect(
      uploadRowsToRecords([
        ['Mã', 'Tiêu chí'],
        ['1.1', 'x'],
      ]),
    ).toEqual([]);
    expect(uploadRowsToRecords([])).toEqual([]);
  });

  it('understands Có/x/checkbox for linked and treats anything else as not linked', () => {
    const header = [...UPLOAD_LOG_HEADERS];
    const li = uploadLogColumn('linked');
    const row = (v: CellValue) => {
      const r = uploadRecordsToRows([rec()])[0];
      r[li] = v;
      return r;
    };
    const linked = uploadRowsToRecords([header, row('x'), row(true), row('có'), row('rồi'), row(''), row(false)]).map(
      (r) => r.linked,
    );
    expect(linked).toEqual([true, true, true, false, false, false]);
  });

  it('parses times strictly', () => {
    expect(parseLogTime('5/1/2024')).toEqual(new Date(2024, 0, 5));
    expect(parseLogTime('05/01/2024 8:30:15')).toEqual(new Date(2024, 0, 5, 8, 30, 15));
    expect(parseLogTime('31/02/2024')).toBeNull();
    expect(parseLogTime('05/01/2024 25:00')).toBeNull();
    expect(parseLogTime(45000)).toBeNull();
    expect(parseLogTime(new Date(NaN))).toBeNull();
  });
});
