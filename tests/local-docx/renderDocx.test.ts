import JSZip from 'jszip';
import mammoth from 'mammoth';
import { buildReport } from '../../src/core/report';
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import { scoreWorkbook } from '../../src/core/pipeline';
import { SAMPLE_ASSIGNMENTS, sampleGrids } from '../../src/core/sample/caoAn2023';
import { assignmentGrid } from '../../src/core/template';
import { renderReportDocx } from '../../src/local/docx/renderDocx';
import { reportDocx } from '../../src/local/docx/reportDocx';
import { sampleReport, TODAY } from '../report/helpers';
import { syntheticResult } from '../report/synthetic';

interface Docx {
  text: string;
  xml: string;
  files: Record<string, string>;
}

async function read(buf: Buffer): Promise<Docx> {
  const zip = await JSZip.loadAsync(buf);
  const files: Record<string, string> = {};
  for (const name of Object.keys(zip.files))
    if (/\.(xml|rels)$/.test(name)) files[name] = await zip.files[name].async('string');
  const { value: text } = await mammoth.extractRawText({ buffer: buf });
  return { text, xml: files['word/document.xml'], files };
}

const attr = (xml: string, name: string): number => Number(new RegExp(`${name}="(\\d+)"`).exec(xml)![1]);

/** The <w:r> run whose text is exactly `text` (XML-escaped the way docx writes it). */
function runOf(xml: string, text: string): string {
  const runs = xml.match(/<w:r>(?:(?!<\/w:r>)[\s\S])*<\/w:r>/g) ?? [];
  const run = runs.find((r) => />([^<]*)<\/w:t>/.exec(r)?.[1] === text);
  if (!run) throw new Error(`no run with text ${text}`);
  return run;
}

/** The <w:p> paragraph containing `text`. */
function paragraphOf(xml: string, text: string): string {
  const paras = xml.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*<\/w:p>|<w:p [^>]*>(?:(?!<\/w:p>)[\s\S])*<\/w:p>/g) ?? [];
  const p = paras.find((x) => x.includes(text));
  if (!p) throw new Error(`no paragraph with ${text}`);
  return p;
}

/** Top-level tables (the report has no nested ones). */
const tables = (xml: string): string[] => xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
const borders = (tbl: string): string => /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(tbl)![1];

describe('.docx of the sample report, read back', () => {
  let doc: Docx;
  beforeAll(async () => {
    const { model } = sampleReport();
    const buf = await renderReportDocx(model);
    doc = await read(buf);
  });

  test('text: every section heading, the title, a target line, the shortcomings, the signature', () => {
    for (const h of [
      'BÁO CÁO',
      'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      'II. KẾT QUẢ THỰC HIỆN CÁC LĨNH VỰC',
      'III. KẾT QUẢ TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023',
      'IV. ĐÁNH GIÁ CHUNG',
      'V. NHIỆM VỤ TRỌNG TÂM NĂM 2024',
      'VI. KIẾN NGHỊ, ĐỀ XUẤT',
      'PHỤ LỤC',
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
    ])
      expect(doc.text).toContain(h);
    const lines = doc.text
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    // The targets table names the criterion by its short name; the appendix keeps the full title.
    const at = lines.indexOf('Tỷ lệ văn bản trao đổi dưới dạng điện tử');
    expect(lines.slice(at - 1, at + 4)).toEqual([
      '7.2',
      'Tỷ lệ văn bản trao đổi dưới dạng điện tử',
      '≥ 90%',
      '92,4% (2.310/2.500)',
      'Đạt',
    ]);
    const headings = ['I. ', 'II. ', 'III. ', 'IV. ', 'V. ', 'VI. '].map((h) =>
      lines.findIndex((l) => l.startsWith(h)),
    );
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    expect(lines[lines.indexOf('CHỦ TỊCH') + 1]).toBe('Nguyễn Đức Mạnh');
    expect(doc.text).toContain('Chưa hoàn thành kiểm tra văn bản QPPL quý IV.');
  });

  test('page: A4 portrait, margins within the Decree’s ranges', () => {
    const sect = /<w:sectPr[\s\S]*<\/w:sectPr>/.exec(doc.xml)![0];
    const pgSz = /<w:pgSz [^>]*>/.exec(sect)![0];
    expect(attr(pgSz, 'w:w')).toBe(11906);
    expect(attr(pgSz, 'w:h')).toBe(16838);
    const pgMar = /<w:pgMar [^>]*>/.exec(sect)![0];
    const mm = (twips: number) => (twips / 1440) * 25.4;
    expect(mm(attr(pgMar, 'w:top'))).toBeGreaterThanOrEqual(19.9);
    expect(mm(attr(pgMar, 'w:top'))).toBeLessThanOrEqual(25.1);
    expect(mm(attr(pgMar, 'w:bottom'))).toBeGreaterThanOrEqual(19.9);
    expect(mm(attr(pgMar, 'w:bottom'))).toBeLessThanOrEqual(25.1);
    expect(mm(attr(pgMar, 'w:left'))).toBeGreaterThanOrEqual(29.9);
    expect(mm(attr(pgMar, 'w:left'))).toBeLessThanOrEqual(35.1);
    expect(mm(attr(pgMar, 'w:right'))).toBeGreaterThanOrEqual(14.9);
    expect(mm(attr(pgMar, 'w:right'))).toBeLessThanOrEqual(20.1);
  });

  test('page numbers: centred at the top from page 2 (different first page, empty first header)', () => {
    const sect = /<w:sectPr[\s\S]*<\/w:sectPr>/.exec(doc.xml)![0];
    expect(sect).toContain('<w:titlePg/>');
    const rels = doc.files['word/_rels/document.xml.rels'];
    const target = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(sect)![1];
      const rel = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*>`).exec(rels)![0];
      return doc.files[`word/${/Target="([^"]+)"/.exec(rel)![1]}`];
    };
    const main = target('default');
    expect(main).toMatch(/PAGE/);
    expect(main).toContain('<w:jc w:val="center"/>');
    expect(target('first')).not.toMatch(/PAGE/);
  });

  test('fonts: Times New Roman everywhere; body 14 pt justified, ≥ 6 pt apart, line spacing 1–1.5', () => {
    const fonts = doc.xml.match(/<w:rFonts [^>]*>/g)!;
    expect(fonts.length).toBeGreaterThan(50);
    for (const f of fonts) expect(f).toContain('w:ascii="Times New Roman"');
    expect(doc.files['word/styles.xml']).toContain('w:ascii="Times New Roman"');
    const p = paragraphOf(doc.xml, 'Căn cứ Kế hoạch số 11/KH-UBND');
    expect(p).toContain('<w:jc w:val="both"/>');
    expect(p).toContain('<w:sz w:val="28"/>');
    const spacing = /<w:spacing [^>]*>/.exec(p)![0];
    expect(attr(spacing, 'w:after')).toBeGreaterThanOrEqual(120);
    expect(attr(spacing, 'w:line')).toBeGreaterThanOrEqual(240);
    expect(attr(spacing, 'w:line')).toBeLessThanOrEqual(360);
  });

  test('bold and italic where the Decree says', () => {
    const isBold = (r: string) => /<w:b\/>|<w:b w:val="(true|1)"\/>/.test(r);
    const isItalic = (r: string) => /<w:i\/>|<w:i w:val="(true|1)"\/>/.test(r);
    const national = runOf(doc.xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(isBold(national)).toBe(true);
    const motto = runOf(doc.xml, 'Độc lập - Tự do - Hạnh phúc');
    expect(isBold(motto)).toBe(true);
    expect(motto).toContain('<w:u w:val="single"/>');
    const date = runOf(doc.xml, 'Cao An, ngày 25 tháng 12 năm 2023'); // the sample's Ngày báo cáo
    expect(isItalic(date)).toBe(true);
    expect(isBold(date)).toBe(false);
    const recipients = runOf(doc.xml, 'Nơi nhận:');
    expect(isBold(recipients) && isItalic(recipients)).toBe(true);
    expect(recipients).toContain('<w:sz w:val="24"/>');
    expect(runOf(doc.xml, '- Lưu: VP.')).toContain('<w:sz w:val="22"/>');
    for (const t of ['BÁO CÁO', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Đức Mạnh', 'ỦY BAN NHÂN DÂN', 'XÃ CAO AN'])
      expect(isBold(runOf(doc.xml, t))).toBe(true);
    expect(isBold(runOf(doc.xml, 'Văn bản trao đổi dưới dạng điện tử / tổng văn bản'))).toBe(false);
  });

  test('the header and signature blocks are borderless tables; data tables have lines and a repeated header row', () => {
    const all = tables(doc.xml);
    const header = all[0];
    expect(header).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const signature = all.find((t) => t.includes('Nơi nhận:'))!;
    for (const t of [header, signature]) {
      const b = borders(t);
      for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'])
        expect(b).toMatch(new RegExp(`<w:${side} w:val="(none|nil)"`));
      expect(t).not.toContain('<w:tblHeader');
    }
    const data = all.filter((t) => t !== header && t !== signature);
    expect(data.length).toBeGreaterThanOrEqual(6);
    for (const t of data) {
      expect(borders(t)).toMatch(/<w:insideH w:val="single"/);
      expect(t).toContain('<w:tblHeader/>');
    }
  });

  test('the sample is marked in the header of every page, the first page’s included', () => {
    const headers = Object.keys(doc.files).filter((f) => /^word\/header\d+\.xml$/.test(f));
    expect(headers.length).toBe(2);
    for (const h of headers)
      expect(doc.files[h]).toContain('DỮ LIỆU MẪU — không phải số liệu thật, không dùng để gửi đi');
  });

  test('evidence given only as an address is a "Liên kết" hyperlink to it; no address is printed', () => {
    const rels = doc.files['word/_rels/document.xml.rels'];
    const link = /<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>(?:(?!<\/w:hyperlink>)[\s\S])*<\/w:hyperlink>/.exec(doc.xml)!;
    expect(link[0]).toContain('>Liên kết</w:t>');
    expect(link[0]).toMatch(/<w:u w:val="single"\/>/);
    const target = new RegExp(
      `Id="${link[1]}"[^>]*Target="([^"]+)"[^>]*TargetMode="External"|Target="([^"]+)"[^>]*Id="${link[1]}"`,
    ).exec(rels)!;
    expect(target[1] ?? target[2]).toMatch(/^https:\/\/drive\.google\.com\/file\/d\/mau-/);
    expect(doc.text).toContain('Kế hoạch số 10/KH-UBND ngày 15/01/2023');
    expect(doc.text).not.toMatch(/https?:\/\/|%[0-9A-F]{2}/i);
  });
});

test('a 7 × 100-criteria report renders, with every criterion in the appendix', async () => {
  const { result, assignments } = syntheticResult(100);
  const model = buildReport({ result, assignments, today: TODAY });
  const doc = await read(await renderReportDocx(model));
  expect(doc.text).toContain('7.100');
  expect(doc.text).toContain('Tiêu chí thử 7.100: tỷ lệ hồ sơ đạt yêu cầu / tổng hồ sơ');
  expect(
    tables(doc.xml)
      .find((t) => t.includes('Tài liệu kiểm chứng'))!
      .match(/<w:tr>|<w:tr /g),
  ).toHaveLength(1 + 7 + 700 + 1);
});

test('reportDocx: Phân công from the grids, the date from "now" in Việt Nam when Thông tin chung has none', async () => {
  const grids = sampleGrids();
  const info = grids.tabs.find((t) => t.name === 'Thông tin chung')!;
  info.values.find((r) => r[0] === 'Ngày báo cáo')![1] = '';
  grids.tabs.push(assignmentGrid(DEFAULT_CATALOGUE, SAMPLE_ASSIGNMENTS));
  const { model, buffer } = await reportDocx(scoreWorkbook(grids), { grids, now: new Date('2024-01-04T18:00:00Z') });
  expect(model.tasks.find((t) => t.code === '7.6')!.assignee).toBe('Công chức Văn hóa – Xã hội');
  const doc = await read(buffer);
  expect(doc.text).toContain('Cao An, ngày 05 tháng 01 năm 2024');
});
