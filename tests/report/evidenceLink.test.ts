import { evidenceText } from '../../src/core/report/evidenceLink';
import { blockText, sampleReport, tableNamed } from './helpers';

describe('evidence cells in reports', () => {
  test('a number or name next to an address is printed, the address only carried for a link', () => {
    expect(evidenceText('QĐ 12/QĐ-UBND – https://drive.google.com/file/d/1%C3%A1b/view')).toEqual({
      text: 'QĐ 12/QĐ-UBND',
      url: 'https://drive.google.com/file/d/1%C3%A1b/view',
    });
    expect(evidenceText('Kế hoạch số 10/KH-UBND (https://x.vn/a)').text).toBe('Kế hoạch số 10/KH-UBND');
    expect(evidenceText('Kế hoạch số 10/KH-UBND ngày 15/01/2023')).toEqual({
      text: 'Kế hoạch số 10/KH-UBND ngày 15/01/2023',
      url: '',
    });
  });

  test('an address alone becomes "Liên kết"; percent-escapes never reach the text', () => {
    expect(evidenceText('https://drive.google.com/file/d/mau-K%E1%BB%8Bp/view')).toEqual({
      text: 'Liên kết',
      url: 'https://drive.google.com/file/d/mau-K%E1%BB%8Bp/view',
    });
    expect(evidenceText('www.example.vn/a').url).toBe('https://www.example.vn/a');
    expect(evidenceText('Báo c%C3%A1o %ZZ %E1').text).toBe('Báo cáo %ZZ');
    expect(evidenceText('  ').text).toBe('');
  });

  test('the sample appendix shows names or "Liên kết", never an address or %XX, and carries the links', () => {
    const { model } = sampleReport();
    const text = model.blocks.map(blockText).join('\n');
    expect(text).not.toMatch(/https?:\/\/|%[0-9A-F]{2}/i);
    const appendix = tableNamed(model, 'appendix');
    const col = appendix.columns.findIndex((c) => c.header === 'Tài liệu kiểm chứng');
    const row = (code: string) => appendix.rows.find((r) => r.cells[0] === code)!;
    expect(row('1.1.1').cells[col]).toBe('Kế hoạch số 10/KH-UBND ngày 15/01/2023');
    expect(row('1.1.1').links).toBeUndefined();
    expect(row('1.1.2').cells[col]).toBe('Liên kết');
    expect(row('1.1.2').links).toEqual({ [col]: 'https://drive.google.com/file/d/mau-24-25/view' });
  });
});
