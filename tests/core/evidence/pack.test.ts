/** The evidence pack: criteria with their documents, the ones without, giải trình, survey left out, upload records. */
import type { AreaRole, CatalogueSpec } from '../../../src/core/catalog/types';
import { evidenceCompleteness } from '../../../src/core/cycle/evidence';
import { buildEvidencePack, cellReferences, packUploads, type PackUpload } from '../../../src/core/evidence/pack';
import {
  evidencePackBlocks,
  evidencePackGrid,
  isLinkCell,
  PACK_LINK_COLUMN,
} from '../../../src/core/evidence/packTable';
import type { UploadRecord } from '../../../src/core/evidence/uploadLog';
import { cellAddress } from '../../../src/core/layout';
import { scoreWorkbook } from '../../../src/core/pipeline';
import type { Assignments } from '../../../src/core/report/assignments';
import { SAMPLE_ASSIGNMENTS, sampleGrids } from '../../../src/core/sample/caoAn2023';
import { workbookGrids } from '../../../src/core/template';
import { EVIDENCE_PACK_TEXT as T } from '../../../src/core/text';
import { catalogueSpec, criterionSpec as cs, setCell } from '../helpers';

const ASSIGNMENTS: Assignments = Object.fromEntries(Object.entries(SAMPLE_ASSIGNMENTS).map(([k, v]) => [k, v.names]));
const ID_A = '1AbCdEfGhIjKlMnOpQrStUvWxYz012345';
const ID_B = '1ZyXwVuTsRqPoNmLkJiHgFeDcBa987654';
const drive = (id: string) => `https://drive.google.com/file/d/${id}/view?usp=sharing`;

function packOf(edit: (g: ReturnType<typeof sampleGrids>) => void = () => {}, uploads: PackUpload[] = []) {
  const grids = sampleGrids();
  edit(grids);
  const result = scoreWorkbook(grids);
  return { result, pack: buildEvidencePack(result, ASSIGNMENTS, uploads) };
}

const criterion = (pack: ReturnType<typeof packOf>['pack'], code: string) => {
  const c = pack.criteria.find((x) => x.code === code);
  if (!c) throw new Error(`no ${code} in the pack`);
  return c;
};

describe('cellReferences: one evidence cell → its documents', () => {
  it('splits lines and ";" into documents, each name with its own address', () => {
    const cell = `QĐ 12/QĐ-UBND – ${drive(ID_A)}; Biên bản họp (${drive(ID_B)})\nSổ theo dõi (bản giấy)`;
    expect(cellReferences(cell)).toEqual([
      { name: 'QĐ 12/QĐ-UBND', url: drive(ID_A) },
      { name: 'Biên bản họp', url: drive(ID_B) },
      { name: 'Sổ theo dõi (bản giấy)', url: '' },
    ]);
  });

  it('gives each address of a part its own document, named by the text before it', () => {
    expect(cellReferences(`Kế hoạch ${drive(ID_A)} Báo cáo ${drive(ID_B)}`)).toEqual([
      { name: 'Kế hoạch', url: drive(ID_A) },
      { name: 'Báo cáo', url: drive(ID_B) },
    ]);
    expect(cellReferences(`${drive(ID_A)} ${drive(ID_B)}`)).toEqual([
      { name: 'Liên kết', url: drive(ID_A) },
      { name: 'Liên kết', url: drive(ID_B) },
    ]);
  });

  it('reads edited and garbage cells without inventing documents', () => {
    expect(cellReferences('')).toEqual([]);
    expect(cellReferences(' ;; \n - \n;')).toEqual([]);
    // A list typed with bullets: one document per line, the bullets dropped.
    expect(cellReferences(`- Kế hoạch số 10/KH-UBND\n+ Báo cáo ${drive(ID_A)}`)).toEqual([
      { name: 'Kế hoạch số 10/KH-UBND', url: '' },
      { name: 'Báo cáo', url: drive(ID_A) },
    ]);
    expect(cellReferences('www.caoan.gov.vn/vb/12.pdf')).toEqual([
      { name: 'Liên kết', url: 'https://www.caoan.gov.vn/vb/12.pdf' },
    ]);
    // A pasted formula is one inert reference: printed as typed, never a link.
    const formula = '=HYPERLINK("http://evil.example";"Bấm vào đây")';
    expect(cellReferences(formula)).toEqual([{ name: formula, url: '' }]);
    // A percent-encoded name is decoded; the address is kept whole.
    expect(cellReferences('Bi%C3%AAn%20b%E1%BA%A3n https://x.vn/a%20b')).toEqual([
      { name: 'Biên bản', url: 'https://x.vn/a%20b' },
    ]);
  });
});

describe('buildEvidencePack', () => {
  it('lists every criterion evidence is asked for, with the area officials from Phân công, as evidenceCompleteness counts', () => {
    const { result, pack } = packOf();
    const counted = evidenceCompleteness(result);
    expect(pack.criteria).toHaveLength(counted.overall.total);
    expect(pack.overall).toMatchObject({
      criteria: counted.overall.total,
      withEvidence: counted.overall.withEvidence,
      explanationOnly: counted.overall.explanationOnly,
      none: counted.overall.none,
    });
    expect(pack.areas.map((a) => [a.areaCode, a.criteria, a.withEvidence])).toEqual(
      counted.areas.map((a) => [a.areaCode, a.total, a.withEvidence]),
    );
    expect(criterion(pack, '3.2').official).toBe(ASSIGNMENTS['3'].split('; ')[0]);
    expect(criterion(pack, '7.2').official).toBe(ASSIGNMENTS['7']);
    // Không phát sinh (2.4) asks for no evidence; groups are not criteria of the pack.
    expect(pack.criteria.some((c) => c.code === '2.4' || c.code === '1.1')).toBe(false);
  });

  it('keeps several documents of one criterion, and names the criteria without any with their giải trình', () => {
    const { pack } = packOf((g) => {
      setCell(g, '3.2', 'evidence', `QĐ 12/QĐ-UBND ${drive(ID_A)}\nBiên bản kiểm tra ${drive(ID_B)}; Sổ theo dõi`);
      setCell(g, '3.3', 'evidence', '');
      setCell(g, '3.3', 'explanation', 'Hồ sơ lưu bản giấy tại bộ phận một cửa.');
      setCell(g, '3.1.2', 'evidence', '');
      setCell(g, '3.1.2', 'explanation', '');
    });
    const c32 = criterion(pack, '3.2');
    expect(c32.level).toBe('evidence');
    expect(c32.documents.map((d) => [d.name, d.url, d.inCell])).toEqual([
      ['QĐ 12/QĐ-UBND', drive(ID_A), true],
      ['Biên bản kiểm tra', drive(ID_B), true],
      ['Sổ theo dõi', '', true],
    ]);
    expect(c32.documents.every((d) => d.addedAt === '' && d.addedBy === '')).toBe(true);
    const c33 = criterion(pack, '3.3');
    expect([c33.level, c33.documents, c33.explanation]).toEqual([
      'explanation',
      [],
      'Hồ sơ lưu bản giấy tại bộ phận một cửa.',
    ]);
    expect(criterion(pack, '3.1.2').level).toBe('none');
    expect(pack.missing.map((c) => c.code)).toEqual(expect.arrayContaining(['3.3', '3.1.2']));
    expect(pack.missing.some((c) => c.code === '3.2')).toBe(false);
    const area3 = pack.areas.find((a) => a.areaCode === '3')!;
    expect(area3.documents).toBe(
      pack.criteria.filter((c) => c.areaCode === '3').reduce((n, c) => n + c.documents.length, 0),
    );
  });

  it('counts a cell of separators only as no evidence (the council would see none), unlike evidenceCompleteness', () => {
    const { result, pack } = packOf((g) => {
      setCell(g, '3.2', 'evidence', ' ; - ;');
      setCell(g, '3.2', 'explanation', '');
    });
    expect(criterion(pack, '3.2').level).toBe('none');
    expect(pack.overall.withEvidence).toBe(evidenceCompleteness(result).overall.withEvidence - 1);
  });

  it('leaves the survey component out: its points come from the province, no evidence is asked', () => {
    const roles: Record<string, AreaRole> = { '2': 'survey' };
    const base = catalogueSpec({
      '1': [cs('1.1', 'yesno', 'Có: 4; Không: 0', 4)],
      '2': [cs('2.1', 'manual', 'Theo kết quả điều tra do tỉnh công bố', 2)],
    });
    const spec: CatalogueSpec = { ...base, areas: base.areas.map((a) => ({ ...a, role: roles[a.code] })) };
    const result = scoreWorkbook(
      workbookGrids(spec, {}, { '1.1': { value: 'Có' }, '2.1': { value: 1.5, owner: 'Văn phòng' } }),
    );
    const pack = buildEvidencePack(result, {});
    expect(pack.criteria.map((c) => c.code)).toEqual(['1.1']);
    expect(pack.areas.map((a) => a.areaCode)).toEqual(['1']);
    expect(pack.missing.map((c) => c.code)).toEqual(['1.1']);
  });

  it('takes date added and by whom from the upload records; a record without its link in the cell is listed too', () => {
    const records: UploadRecord[] = [
      {
        at: new Date(2024, 0, 5, 8, 30),
        by: 'tuphap.caoan@example.gov.vn',
        areaCode: '3',
        criterionCode: '3.2',
        fileName: 'QĐ 12.pdf',
        fileId: ID_A,
        url: `https://drive.google.com/file/d/${ID_A}/view`,
        linked: true,
      },
      {
        at: null,
        by: 'vanphong.caoan@example.gov.vn',
        areaCode: '3',
        criterionCode: '3.2',
        fileName: 'Ảnh hiện trường.jpg',
        fileId: ID_B,
        url: `https://drive.google.com/file/d/${ID_B}/view`,
        linked: false,
      },
    ];
    const uploads = packUploads(records, (d) => `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`);
    expect(uploads.map((u) => u.at)).toEqual(['5/1/2024', '']);
    const { pack } = packOf((g) => setCell(g, '3.2', 'evidence', `QĐ 12/QĐ-UBND ${drive(ID_A)}; Sổ theo dõi`), uploads);
    expect(criterion(pack, '3.2').documents).toEqual([
      { name: 'QĐ 12/QĐ-UBND', url: drive(ID_A), addedAt: '5/1/2024', addedBy: records[0].by, inCell: true },
      { name: 'Sổ theo dõi', url: '', addedAt: '', addedBy: '', inCell: true },
      { name: 'Ảnh hiện trường.jpg', url: records[1].url, addedAt: '', addedBy: records[1].by, inCell: false },
    ]);
    // A file uploaded under 3.2 but cited by 3.3 still tells 3.3 when it was added; it is not listed twice.
    const { pack: shared } = packOf(
      (g) => {
        setCell(g, '3.2', 'evidence', `QĐ 12 ${drive(ID_A)}`);
        setCell(g, '3.3', 'evidence', `Cùng quyết định ${drive(ID_A)}`);
      },
      uploads.slice(0, 1),
    );
    expect(criterion(shared, '3.3').documents).toEqual([
      { name: 'Cùng quyết định', url: drive(ID_A), addedAt: '5/1/2024', addedBy: records[0].by, inCell: true },
    ]);
    expect(criterion(shared, '3.2').documents).toHaveLength(1);
    // An unrelated short id never matches by accident.
    const { pack: none } = packOf(
      (g) => setCell(g, '3.2', 'evidence', 'https://drive.google.com/file/d/f1abc/view'),
      [{ ...uploads[0], fileId: 'f1', url: 'https://drive.google.com/file/d/f1/view' }],
    );
    expect(criterion(none, '3.2').documents.map((d) => [d.addedBy, d.inCell])).toEqual([
      ['', true],
      [records[0].by, false],
    ]);
  });
});

describe('the pack laid out', () => {
  it('writes one row per document with its link, the per-area summary, and the missing criteria with the cell to fill', () => {
    const { pack } = packOf((g) => {
      setCell(g, '3.2', 'evidence', `QĐ 12/QĐ-UBND ${drive(ID_A)}; Sổ theo dõi`);
      setCell(g, '3.3', 'evidence', '');
      setCell(g, '3.3', 'explanation', 'Lưu bản giấy.');
    });
    const grid = evidencePackGrid(pack, { year: '2023', unit: 'Xã Cao An', updated: '05/01/2024 08:30' });
    expect(grid.values[0][0]).toBe(`${T.title('2023', 'Xã Cao An')}${T.updated('05/01/2024 08:30')}`);
    expect(String(grid.values[0][0]).startsWith(T.titleStart)).toBe(true);
    const [sumHead, docHead, misHead] = grid.headerRows;
    expect(grid.values[sumHead - 1].slice(0, T.summaryHeaders.length)).toEqual(T.summaryHeaders);
    expect(grid.values[grid.totalRow - 1].slice(0, 2)).toEqual([T.total, pack.overall.criteria]);
    const docRows = grid.values.slice(docHead, grid.headingRows[2] - 2);
    expect(docRows).toHaveLength(pack.criteria.reduce((n, c) => n + Math.max(1, c.documents.length), 0));
    const r32 = docRows.filter((r) => r[1] === '3.2');
    expect(r32.map((r) => r[PACK_LINK_COLUMN - 1])).toEqual([
      { text: 'QĐ 12/QĐ-UBND', url: drive(ID_A) },
      'Sổ theo dõi',
    ]);
    expect(r32[1][5]).toBe(T.noLink);
    expect(docRows.find((r) => r[1] === '3.3')![PACK_LINK_COLUMN - 1]).toBe(T.noDocument);
    const misRows = grid.values.slice(misHead);
    expect(misRows).toHaveLength(pack.missing.length);
    const c33 = pack.criteria.find((c) => c.code === '3.3')!;
    expect(misRows.find((r) => r[1] === '3.3')!.slice(4, 7)).toEqual([
      'Lưu bản giấy.',
      '',
      cellAddress(c33.sheet!, c33.row!, 'evidence'),
    ]);
    // Only the documents' column holds links.
    grid.values.forEach((r) => r.forEach((v, i) => isLinkCell(v) && expect(i + 1).toBe(PACK_LINK_COLUMN)));

    const blocks = evidencePackBlocks(pack, { year: '2023', unit: 'Xã Cao An', updated: '' });
    const docs = blocks.find((b) => b.kind === 'table' && b.name === 'evidenceDocuments');
    if (docs?.kind !== 'table') throw new Error('no documents table');
    expect(docs.rows).toHaveLength(docRows.length);
    const linked = docs.rows.find((r) => r.cells[1] === '3.2' && r.links);
    expect(linked?.links).toEqual({ [PACK_LINK_COLUMN - 1]: drive(ID_A) });
  });
});
