/** Two-tier wording: every text follows Loại đơn vị, older Thông tin chung tabs keep working. */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readUnit } from '../../src/core/unit';
import { infoFieldOfLabel } from '../../src/core/layout';
import { readInfo, SheetGrid } from '../../src/core/workbook';
import { readReportInfo } from '../../src/core/report/info';
import { inspectionText, periodicText, reportText, unitText } from '../../src/core/text';
import { loadWorkbook, workbookGridsOf } from '../../src/local/xlsxWorkbook';
import { ROOT } from '../local/helpers';

const info = (rows: [string, string | number][]): SheetGrid => ({
  name: 'Thông tin chung',
  values: [['THÔNG TIN CHUNG', ''], ['Mục', 'Giá trị'], ...rows],
});

const PHUONG: [string, string | number][] = [
  ['Loại đơn vị', 'Phường'],
  ['Tên đơn vị', 'Hòa Bình'],
  ['Tỉnh / thành phố', 'Minh An'],
  ['Năm đánh giá', 2026],
];

describe('Loại đơn vị and the unit texts', () => {
  const u = readUnit(readInfo(info(PHUONG)).info);

  it('reads a phường and names it in every report text', () => {
    expect(u).toMatchObject({ kind: 'phuong', name: 'Hòa Bình', province: 'Minh An', appraisalBody: '', district: '' });
    expect(reportText.issuer(u)).toBe('PHƯỜNG HÒA BÌNH');
    expect(reportText.documentName(2026, u)).toBe('Báo cáo tổng kết CCHC 2026 – Phường Hòa Bình');
    expect(reportText.basisClosing(u)).toBe('UBND phường Hòa Bình báo cáo kết quả thực hiện như sau:');
    expect(inspectionText.addressee(u)).toBe('Kính gửi: Chủ tịch UBND phường Hòa Bình.');
    expect(inspectionText.closing(2026, u)).toContain('Chủ tịch UBND phường xem xét');
    expect(periodicText.opening(u)).toMatch(/^UBND phường Hòa Bình báo cáo/);
  });

  it('sends the report to the province, never to a huyện, and names the default appraisal council', () => {
    const r = reportText.recipients(u);
    expect(r).toEqual([
      '- Sở Nội vụ tỉnh Minh An;',
      '- Hội đồng thẩm định Chỉ số CCHC tỉnh Minh An;',
      '- Thường trực Đảng ủy, HĐND phường;',
      '- Cán bộ, công chức phường;',
      '- Lưu: VP.',
    ]);
    expect(r.join(' ')).not.toMatch(/huyện/i);
    expect(unitText.province({ ...u, province: 'Hải Phòng' })).toBe('thành phố Hải Phòng');
    expect(unitText.province({ ...u, province: 'Thành phố Huế' })).toBe('thành phố Huế');
    expect(unitText.appraisalBody({ ...u, appraisalBody: 'Sở Nội vụ tỉnh Minh An' })).toBe('Sở Nội vụ tỉnh Minh An');
  });

  it('đặc khu, a kind typed in the name, and an unknown kind', () => {
    const read = (rows: [string, string][]) => readUnit(readInfo(info(rows)).info);
    expect(
      reportText.issuerName(
        read([
          ['Loại đơn vị', 'đặc khu'],
          ['Tên đơn vị', 'Cồn Mây'],
        ]),
      ),
    ).toBe('UBND đặc khu Cồn Mây');
    expect(read([['Tên đơn vị', 'Phường Hòa Bình']])).toMatchObject({ kind: 'phuong', name: 'Hòa Bình' });
    expect(
      read([
        ['Loại đơn vị', 'thị trấn'],
        ['Tên đơn vị', 'An Lạc'],
      ]),
    ).toMatchObject({ kind: 'xa', name: 'An Lạc' });
  });

  it('the office is Thông tin chung’s Bộ phận tham mưu, else Phân công’s officials', () => {
    expect(unitText.office({ ...u, office: 'Văn phòng HĐND và UBND' }, 'Lê Thị B')).toBe('Văn phòng HĐND và UBND');
    expect(unitText.office(u, 'Lê Thị B')).toBe('công chức phụ trách CCHC (Lê Thị B)');
    expect(unitText.office(u, '')).not.toMatch(/Thống kê/);
  });
});

describe('older Thông tin chung layouts', () => {
  it('labels of files made before two-tier government are found by alias, in any case or spacing', () => {
    expect(infoFieldOfLabel('Tên xã')?.key).toBe('commune');
    expect(infoFieldOfLabel(' tỉnh ')?.key).toBe('province');
    expect(infoFieldOfLabel('Tỉnh/Thành phố')?.key).toBe('province');
    expect(infoFieldOfLabel('Chủ tịch UBND xã')?.key).toBe('chairman');
    expect(infoFieldOfLabel('Huyện')?.key).toBe('district');
    expect(infoFieldOfLabel('Ghi chú')).toBeUndefined();
  });

  it('reads the Cao An workbook saved with Tên xã / Huyện / Tỉnh as a xã, keeping the huyện the user typed', async () => {
    const grids = workbookGridsOf(
      await loadWorkbook(path.join(ROOT, 'tests/local/fixtures/cao-an-2023-old-layout.xlsx')),
    );
    const labels = grids.tabs.find((t) => t.name === 'Thông tin chung')!.values.map((r) => String(r[0]));
    expect(labels).toEqual(expect.arrayContaining(['Tên xã', 'Huyện', 'Tỉnh']));
    expect(labels).not.toContain('Loại đơn vị');
    const { info: i } = readInfo(grids.tabs.find((t) => t.name === 'Thông tin chung'));
    const unit = readUnit(i);
    expect(unit).toMatchObject({ kind: 'xa', name: 'Cao An', district: 'Cẩm Giàng', province: 'Hải Dương' });
    expect(unitText.place(unit)).toBe('Xã Cao An, tỉnh Hải Dương');
    const { info: r, problems } = readReportInfo(i, { year: 2023, month: 12, day: 25 });
    expect(r.chairman).toBe('Nguyễn Đức Mạnh');
    expect(problems).toEqual([]);
    expect(reportText.issuer(r.unit)).toBe('XÃ CAO AN');
  });
});

describe('the .xlsx drop-down', () => {
  it('Loại đơn vị of the sample workbook offers Xã, Phường, Đặc khu', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ROOT, 'samples/cao-an-2023-mau.xlsx'));
    const ws = wb.getWorksheet('Thông tin chung')!;
    let row = 0;
    ws.eachRow((r, i) => (r.getCell(1).value === 'Loại đơn vị' ? (row = i) : undefined));
    expect(ws.getCell(row, 2).value).toBe('Xã');
    expect(ws.getCell(row, 2).dataValidation).toMatchObject({ type: 'list' });
  });
});
