import { buildReport, ReportModel } from '../../src/core/report';
import { reportText } from '../../src/core/text';
import { docsErrorMessage, ReportDocumentError } from '../../src/docs/errors';
import { createReportDocument, MAX_DOC_LINKS } from '../../src/docs/renderReport';
import {
  FakeBlob,
  fakePng,
  FakeBody,
  FakeDocsDocuments,
  FakeDocument,
  FakeGas,
  FakeInlineImage,
  FakePageBreak,
  FakeParagraph,
  FakeTable,
  FakeTableCell,
  installFakeGlobals,
} from '../fakes';
import { blockText, sampleReport, TODAY } from '../report/helpers';
import { syntheticResult } from '../report/synthetic';

const PT_PER_MM = 72 / 25.4;
const TEXT_WIDTH_PT = (210 - 30 - 15) * PT_PER_MM;

let gas: FakeGas;
beforeEach(() => {
  gas = installFakeGlobals();
});
afterEach(() => gas.uninstall());

const sample = (): ReportModel => sampleReport().model;

function render(model: ReportModel, chart?: GoogleAppsScript.Base.BlobSource): { doc: FakeDocument; calls: number } {
  const before = gas.calls.total();
  createReportDocument(model, { chart });
  return { doc: gas.documentApp.lastDocument!, calls: gas.calls.total() - before };
}

const children = (doc: FakeDocument) => (doc.fakeBody as FakeBody).nodeChildren;
const paragraphsOf = (cell: FakeTableCell) =>
  cell.nodeChildren.filter((n): n is FakeParagraph => n instanceof FakeParagraph);
const cellOf = (t: FakeTable, r: number, c: number) => gas.inspect(() => t.getCell(r, c)) as FakeTableCell;
const attrs = (p: FakeParagraph) => ({ ...p.fakeAttrs(), ...p.fakeTextAttrsAt(0) });

/** Every evidence link cell of the model's data tables, as the document holds it. */
function linkCells(model: ReportModel, doc: FakeDocument) {
  const tables = children(doc).filter((n): n is FakeTable => n instanceof FakeTable);
  const data = tables.slice(1).filter((t) => !t.getText().includes('Nơi nhận:'));
  const blocks = model.blocks.filter((b) => b.kind === 'table');
  expect(data).toHaveLength(blocks.length);
  return blocks.flatMap((b, k) =>
    b.rows.flatMap((r, i) =>
      Object.entries(r.links ?? {}).map(([c, url]) => {
        const [row, column] = [i + 1, Number(c)];
        const text = () => gas.inspect(() => cellOf(data[k], row, column).editAsText());
        return {
          url,
          written: r.cells[column],
          shown: () => data[k].fakeCells()[row][column],
          /** The link of the whole cell's text (null when any character differs). */
          link: () => text().getLinkUrl(),
          firstCharLink: () => text().getLinkUrl(0),
          /** The cell before it in the row, when that one has no link of its own. */
          plainNeighbour: () =>
            column > 0 && !r.links?.[column - 1] && r.cells[column - 1]
              ? gas.inspect(() =>
                  cellOf(data[k], row, column - 1)
                    .editAsText()
                    .getLinkUrl(0),
                )
              : null,
        };
      }),
    ),
  );
}
const appendixCells = linkCells;

/** A PNG header of the given size (the fake reads width/height from IHDR). */
const pngBlob = (width: number, height: number): FakeBlob => fakePng(gas.env, width, height, 'Tổng hợp.png');

describe('the report as a Google Doc (DocumentApp fake)', () => {
  test('creates one document with the report’s name, returns its name and link, and closes it', () => {
    const model = sample();
    const created = createReportDocument(model);
    const doc = gas.documentApp.lastDocument!;
    expect(gas.documentApp.documents).toHaveLength(1);
    expect(created).toEqual({ url: doc.getUrl(), name: 'Báo cáo tổng kết CCHC 2023 – Xã Cao An' });
    expect(doc.getName()).toBe(created.name);
    expect(doc.fakeClosed).toBe(true);
  });

  test('the sample is marked in the header (every page); a real sheet gets no header', () => {
    const { doc } = render(sample());
    const header = gas.inspect(() => doc.getHeader());
    expect(gas.inspect(() => header.getText())).toBe('DỮ LIỆU MẪU — không phải số liệu thật, không dùng để gửi đi');
    const real = render({ ...sample(), headerMark: '' }).doc;
    expect(gas.inspect(() => real.getHeader())).toBeNull();
  });

  test('page: A4 with the Decree’s margins, in points', () => {
    const { doc } = render(sample());
    const page = doc.fakeBody.fakePage();
    expect(page.PAGE_WIDTH).toBeCloseTo(595.276, 2);
    expect(page.PAGE_HEIGHT).toBeCloseTo(841.89, 1);
    expect(page.MARGIN_TOP).toBeCloseTo(20 * PT_PER_MM, 2);
    expect(page.MARGIN_BOTTOM).toBeCloseTo(20 * PT_PER_MM, 2);
    expect(page.MARGIN_LEFT).toBeCloseTo(30 * PT_PER_MM, 2);
    expect(page.MARGIN_RIGHT).toBeCloseTo(15 * PT_PER_MM, 2);
  });

  test('page size and margins: A4, 20/20/30/15 mm, set in the one body-wide call', () => {
    const { doc } = render(sample());
    const body = doc.fakeBody as FakeBody;
    const mm = (pt: number) => Math.round(pt / PT_PER_MM);
    gas.inspect(() => {
      expect([mm(body.getPageWidth()), mm(body.getPageHeight())]).toEqual([210, 297]);
      expect(
        [body.getMarginTop(), body.getMarginBottom(), body.getMarginLeft(), body.getMarginRight()].map(mm),
      ).toEqual([20, 20, 30, 15]);
    });
    expect(gas.calls.count('Body.setMargin*') + gas.calls.count('Body.setPage*')).toBe(0);
  });

  test('structure: the body holds the model’s blocks in order (the empty first paragraph removed)', () => {
    const model = sample();
    const { doc } = render(model);
    const nodes = children(doc);
    let i = 0;
    for (const block of model.blocks) {
      if (block.kind === 'chart') continue; // no chart given
      const node = nodes[i++];
      if (block.kind === 'paragraph' || block.kind === 'heading') {
        expect(node).toBeInstanceOf(FakeParagraph);
        expect((node as FakeParagraph).getText()).toBe(blockText(block));
      } else if (block.kind === 'table') {
        expect((node as FakeTable).fakeCells()).toEqual([
          block.columns.map((c) => c.header),
          ...block.rows.map((r) => r.cells),
        ]);
      } else if (block.kind === 'header' || block.kind === 'signature') {
        const t = node as FakeTable;
        expect(t).toBeInstanceOf(FakeTable);
        expect(t.fakeCells()).toEqual([
          [block.left, block.right].map((lines) => lines.map((l) => l.runs.map((r) => r.text).join('')).join('\n')),
        ]);
      } else if (block.kind === 'pageBreak') {
        expect((node as FakeParagraph).nodeChildren[0]).toBeInstanceOf(FakePageBreak);
      }
    }
    expect(i).toBe(nodes.length);
    expect(nodes[0]).toBeInstanceOf(FakeTable);
    // Docs adds an empty paragraph after a table appended last; tables go in before their next paragraph.
    const blank = (p: FakeParagraph) => p.getText() === '' && !(p.nodeChildren[0] instanceof FakePageBreak);
    for (const [k, n] of nodes.entries())
      if (n instanceof FakeTable) expect(blank(nodes[k + 1] as FakeParagraph)).toBe(false);
  });

  test('fonts, sizes, alignment and spacing of the body', () => {
    const { doc } = render(sample());
    const paras = children(doc).filter((n): n is FakeParagraph => n instanceof FakeParagraph && n.getText() !== '');
    for (const p of paras) expect(attrs(p).FONT_FAMILY).toBe('Times New Roman');
    const find = (start: string) => paras.find((p) => p.getText().startsWith(start))!;
    const body = attrs(find('Căn cứ Kế hoạch số 11/KH-UBND'));
    expect(body).toMatchObject({ FONT_SIZE: 14, HORIZONTAL_ALIGNMENT: 'JUSTIFY', BOLD: false, ITALIC: false });
    expect(body.SPACING_AFTER as number).toBeGreaterThanOrEqual(6);
    expect(body.LINE_SPACING as number).toBeGreaterThanOrEqual(1.15);
    expect(body.LINE_SPACING as number).toBeLessThanOrEqual(1.5);
    expect(attrs(find('BÁO CÁO'))).toMatchObject({ FONT_SIZE: 14, BOLD: true, HORIZONTAL_ALIGNMENT: 'CENTER' });
    expect(attrs(find('Kết quả thực hiện Kế hoạch cải thiện'))).toMatchObject({
      BOLD: true,
      HORIZONTAL_ALIGNMENT: 'CENTER',
    });
    expect(attrs(find('I. CÔNG TÁC CHỈ ĐẠO'))).toMatchObject({ FONT_SIZE: 14, BOLD: true });
    // Mixed runs: only the index and the rating are bold in section III.
    const iii = find('Tổng điểm tự đánh giá');
    const text = iii.getText();
    expect(iii.fakeTextAttrsAt(0).BOLD).toBe(false);
    expect(iii.fakeTextAttrsAt(text.indexOf('87,86%')).BOLD).toBe(true);
    expect(iii.fakeTextAttrsAt(text.indexOf('87,86%') + 5).BOLD).toBe(true);
    expect(iii.fakeTextAttrsAt(text.indexOf('87,86%') + 6).BOLD).toBe(false);
    expect(iii.fakeTextAttrsAt(text.indexOf('Hoàn thành tốt')).BOLD).toBe(true);
  });

  test('header and signature: borderless two-column tables with the Decree’s emphasis', () => {
    const { doc } = render(sample());
    const tables = children(doc).filter((n): n is FakeTable => n instanceof FakeTable);
    const header = tables[0];
    const signature = tables.find((t) => t.getText().includes('Nơi nhận:'))!;
    for (const t of [header, signature]) {
      expect(t.fakeAttrs().BORDER_WIDTH).toBe(0);
      const widths = [0, 1].map((i) => t.getColumnWidth(i));
      expect(widths[0] + widths[1]).toBeCloseTo(TEXT_WIDTH_PT, 1);
    }
    const [left, right] = [cellOf(header, 0, 0), cellOf(header, 0, 1)].map(paragraphsOf);
    expect(left.map((p) => p.getText())[0]).toBe('ỦY BAN NHÂN DÂN');
    expect(attrs(left[1])).toMatchObject({
      BOLD: true,
      HORIZONTAL_ALIGNMENT: 'CENTER',
      FONT_FAMILY: 'Times New Roman',
    });
    expect(attrs(right[0])).toMatchObject({ BOLD: true, FONT_SIZE: 12 });
    expect(attrs(right[1])).toMatchObject({ BOLD: true, UNDERLINE: true });
    expect(right[2].getText()).toBe('Cao An, ngày 25 tháng 12 năm 2023'); // the sample's Ngày báo cáo
    expect(attrs(right[2])).toMatchObject({ ITALIC: true, BOLD: false });
    const [recipients, signer] = [cellOf(signature, 0, 0), cellOf(signature, 0, 1)].map(paragraphsOf);
    expect(attrs(recipients[0])).toMatchObject({ BOLD: true, ITALIC: true, FONT_SIZE: 12 });
    expect(attrs(recipients[1])).toMatchObject({ FONT_SIZE: 11, BOLD: false });
    expect(signer.map((p) => p.getText())).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Đức Mạnh']);
    for (const p of signer) expect(attrs(p).BOLD).toBe(true);
  });

  test('data tables: borders, 12 pt Times New Roman, bold header row, column widths across the text width', () => {
    const model = sample();
    const { doc } = render(model);
    const tables = children(doc).filter((n): n is FakeTable => n instanceof FakeTable);
    const data = tables.slice(1).filter((t) => !t.getText().includes('Nơi nhận:'));
    expect(data).toHaveLength(model.blocks.filter((b) => b.kind === 'table').length);
    for (const t of data) {
      expect(t.fakeAttrs().BORDER_WIDTH).toBeGreaterThan(0);
      const n = t.fakeCells()[0].length;
      const sum = Array.from({ length: n }, (_, i) => t.getColumnWidth(i)).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(TEXT_WIDTH_PT, 1);
      const head = paragraphsOf(cellOf(t, 0, 1))[0];
      expect(head.fakeTextAttrsAt(0)).toMatchObject({ BOLD: true, FONT_SIZE: 12, FONT_FAMILY: 'Times New Roman' });
      expect(paragraphsOf(cellOf(t, 1, 1))[0].fakeTextAttrsAt(0)).toMatchObject({
        FONT_SIZE: 12,
        FONT_FAMILY: 'Times New Roman',
      });
      // The body style (justified, first line indented) is set before the tables go in: cells keep their own.
      expect(paragraphsOf(cellOf(t, 1, 1))[0].fakeAttrs().INDENT_FIRST_LINE ?? 0).toBe(0);
    }
    const areas = data.find((t) => t.fakeCells()[0][1] === 'Lĩnh vực')!;
    const rows = areas.fakeCells().length;
    expect(paragraphsOf(cellOf(areas, rows - 1, 1))[0].fakeTextAttrsAt(0).BOLD).toBe(true); // Tổng cộng
    expect(paragraphsOf(cellOf(areas, 1, 1))[0].fakeTextAttrsAt(0).BOLD).not.toBe(true);
  });

  test('the Tổng hợp chart goes in as an image after the area table, scaled to the text width, with its caption', () => {
    const { doc } = render(sample(), pngBlob(1200, 600));
    const nodes = children(doc);
    const at = nodes.findIndex((n) => n instanceof FakeParagraph && n.nodeChildren[0] instanceof FakeInlineImage);
    expect(at).toBeGreaterThan(0);
    const tableBefore = nodes
      .slice(0, at)
      .reverse()
      .find((n): n is FakeTable => n instanceof FakeTable)!;
    expect(tableBefore.fakeCells()[0][1]).toBe('Lĩnh vực');
    expect(nodes.indexOf(tableBefore)).toBeGreaterThanOrEqual(at - 2); // only the "(*)" note between
    const image = (nodes[at] as FakeParagraph).nodeChildren[0] as FakeInlineImage;
    expect(image.getWidth()).toBeCloseTo(TEXT_WIDTH_PT * 0.9, 1);
    expect(image.getHeight()).toBeCloseTo((TEXT_WIDTH_PT * 0.9) / 2, 1);
    expect((nodes[at] as FakeParagraph).fakeAttrs().HORIZONTAL_ALIGNMENT).toBe('CENTER');
    expect((nodes[at + 1] as FakeParagraph).getText()).toBe('Biểu đồ điểm tự đánh giá theo lĩnh vực');
  });

  test('with the chart: 7 calls for it, within 200, every evidence link attached all the same', () => {
    const model = sample();
    const without = render(model).calls;
    gas.calls.reset();
    const { doc, calls } = render(model, pngBlob(1200, 600));
    expect(calls).toBeLessThanOrEqual(200);
    expect(calls - without).toBe(7);
    expect(gas.calls.count('Docs.Documents.batchUpdate')).toBe(1);
    const cells = appendixCells(model, doc);
    expect(cells.length).toBeGreaterThan(MAX_DOC_LINKS);
    for (const c of cells) expect(c.link()).toBe(c.url);
  });

  test('service calls do not grow with the number of criteria; each table is one insertTable call', () => {
    const model = sample();
    const synthetic = (n: number) => {
      const { result, assignments } = syntheticResult(n);
      return buildReport({ result, assignments, today: TODAY });
    };
    const small = synthetic(10);
    const large = synthetic(100);
    expect(large.shortcomings.length).toBeGreaterThan(10 * small.shortcomings.length - 10);
    const runs = [model, small, large].map((m) => {
      gas.calls.reset();
      const { calls } = render(m);
      return { calls, byMethod: gas.calls.byMethod(), tables: m.blocks.filter((b) => b.kind === 'table').length };
    });
    const [s, a, b] = runs;
    // 7 × 10 and 7 × 100 criteria: the very same calls.
    expect(b.byMethod).toEqual(a.byMethod);
    // The sample differs only in which areas have targets, not per criterion.
    expect(Math.abs(b.calls - s.calls)).toBeLessThanOrEqual(60);
    for (const r of runs) {
      expect(r.byMethod['Body.insertTable']).toBe(r.tables + 2);
      expect(r.byMethod['Body.appendTable'] ?? 0).toBe(0);
      expect(r.byMethod['Table.appendTableRow'] ?? 0).toBe(0);
      expect(r.byMethod['TableRow.appendTableCell'] ?? 0).toBe(0);
      expect(r.byMethod['TableCell.setText'] ?? 0).toBe(0);
      expect(r.calls).toBeLessThanOrEqual(200);
    }
    console.log(`Docs service calls per report: sample ${s.calls}, 7×10 ${a.calls}, 7×100 ${b.calls}`);
  });
});

describe('evidence links: every one through the Docs service, at a constant cost', () => {
  const synthetic = (n: number) => {
    const { result, assignments } = syntheticResult(n, { evidenceUrls: true });
    return buildReport({ result, assignments, today: TODAY });
  };

  test('7 × 100 criteria with the chart: every evidence cell is a hyperlink to its own URL, within 200 calls', () => {
    const model = synthetic(100);
    const { doc, calls } = render(model, pngBlob(1200, 600));
    const cells = linkCells(model, doc);
    expect(cells.length).toBeGreaterThan(100);
    const plain = cells.filter((c) => c.written === reportText.evidenceLink).length;
    expect([plain, cells.length - plain].every((n) => n > 50)).toBe(true); // bare links and named ones
    for (const c of cells) {
      expect(c.shown()).toBe(c.written);
      expect(c.link()).toBe(c.url);
      expect(c.plainNeighbour()).toBeNull();
    }
    expect(gas.calls.count('TableCell.setLinkUrl')).toBe(0);
    expect(gas.calls.count('Docs.Documents.get')).toBe(1);
    expect(gas.calls.count('Docs.Documents.batchUpdate')).toBe(1);
    expect(calls).toBeLessThanOrEqual(200);
  });

  test('the calls are the same for 7 × 10 and 7 × 100 criteria, with and without the chart', () => {
    for (const chart of [false, true]) {
      const runs = [10, 100].map((n) => {
        gas.calls.reset();
        render(synthetic(n), chart ? pngBlob(1200, 600) : undefined);
        return gas.calls.byMethod();
      });
      expect(runs[1]).toEqual(runs[0]);
      expect(runs[0]['Docs.Documents.batchUpdate']).toBe(1);
    }
  });

  test('duplicates of "Liên kết" each link to their own URL', () => {
    let k = 0;
    const model = sample();
    // Distinct URLs, so a link landing in another "Liên kết" cell would show.
    model.blocks = model.blocks.map((b) =>
      b.kind === 'table'
        ? {
            ...b,
            rows: b.rows.map((r) =>
              r.links
                ? { ...r, links: Object.fromEntries(Object.entries(r.links).map(([c, u]) => [c, `${u}#${k++}`])) }
                : r,
            ),
          }
        : b,
    );
    const { doc } = render(model);
    const plain = linkCells(model, doc).filter((c) => c.written === reportText.evidenceLink);
    expect(plain.length).toBeGreaterThan(2);
    expect(new Set(plain.map((c) => c.url)).size).toBe(plain.length);
    for (const c of plain) {
      expect(c.shown()).toBe(reportText.evidenceLink);
      expect(c.link()).toBe(c.url);
    }
  });

  test('without the Docs service: the first few are linked by DocumentApp, the others say the sheet holds them', () => {
    gas.uninstall();
    gas = installFakeGlobals(globalThis, { advancedServices: ['Drive'] });
    expect('Docs' in globalThis).toBe(false);
    const model = sample();
    const { doc, calls } = render(model);
    const cells = linkCells(model, doc);
    expect(cells.length).toBeGreaterThan(MAX_DOC_LINKS);
    for (const [k, c] of cells.entries()) {
      if (k < MAX_DOC_LINKS) {
        expect(c.link()).toBe(c.url);
        expect(c.shown()).toBe(c.written);
      } else {
        expect(c.firstCharLink()).toBeNull();
        expect(c.shown()).toBe(c.written === reportText.evidenceLink ? reportText.evidenceLinkInSheet : c.written);
      }
    }
    expect(gas.calls.count('TableCell.setLinkUrl')).toBe(MAX_DOC_LINKS);
    expect(calls).toBeLessThanOrEqual(200);
    // With the chart, no room is left for DocumentApp's links.
    gas.calls.reset();
    const withChart = render(model, pngBlob(1200, 600));
    expect(withChart.calls).toBeLessThanOrEqual(200);
    expect(gas.calls.count('TableCell.setLinkUrl')).toBe(0);
    for (const c of linkCells(model, withChart.doc)) expect(c.firstCharLink()).toBeNull();
  });

  test.each(['get', 'batchUpdate'] as const)(
    'when Docs.Documents.%s fails: the report is made, and the cells that said "Liên kết" say the sheet holds it',
    (method) => {
      const spy = jest.spyOn(FakeDocsDocuments.prototype, method).mockImplementation(() => {
        throw new Error('API call to docs.documents.' + method + ' failed with error: Internal error encountered.');
      });
      try {
        const model = sample();
        const before = gas.calls.total();
        const created = createReportDocument(model, { chart: pngBlob(1200, 600) });
        // Three DocumentApp calls more to say so (the failed Docs call is not counted through the spy).
        const docsCalls = gas.calls.count('Docs.Documents.get') + 1;
        expect(gas.calls.total() - before + 1 - docsCalls).toBeLessThanOrEqual(200);
        expect(gas.calls.count('Body.replaceText')).toBe(1);
        const doc = gas.documentApp.lastDocument!;
        expect(created.name).toBe(model.documentName);
        expect(doc.getName()).toBe(model.documentName);
        const cells = linkCells(model, doc);
        for (const c of cells) {
          expect(c.firstCharLink()).toBeNull();
          expect(c.shown()).toBe(c.written === reportText.evidenceLink ? reportText.evidenceLinkInSheet : c.written);
        }
        expect(spy).toHaveBeenCalledTimes(1);
      } finally {
        spy.mockRestore();
      }
    },
  );

  test('a link cell the document does not hold where the renderer put it: nothing is linked, nothing fails', () => {
    const spy = jest.spyOn(FakeDocsDocuments.prototype, 'get').mockImplementation(() => ({ body: { content: [] } }));
    try {
      const model = sample();
      const { doc } = render(model);
      expect(gas.calls.count('Docs.Documents.batchUpdate')).toBe(0);
      for (const c of linkCells(model, doc)) expect(c.firstCharLink()).toBeNull();
    } finally {
      spy.mockRestore();
    }
  });
});

describe('errors reach the user as one Vietnamese sentence', () => {
  test('the daily quota of docs create', () => {
    gas.documentApp.createQuota = 0;
    let error: unknown;
    try {
      createReportDocument(sample());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReportDocumentError);
    expect((error as ReportDocumentError).message).toBe(reportText.docsErrors.dailyQuota);
    expect((error as ReportDocumentError).detail).toBe('Service invoked too many times for one day: docs create.');
    expect(gas.documentApp.documents).toHaveLength(0);
  });

  test('a failure while writing: the message says so and the half-written document is renamed', () => {
    const spy = jest.spyOn(FakeBody.prototype, 'insertTable').mockImplementation(() => {
      throw new Error('Service Documents failed while accessing document with id fake-doc-1.');
    });
    try {
      expect(() => createReportDocument(sample())).toThrow(reportText.docsErrors.service);
      const doc = gas.documentApp.lastDocument!;
      expect(doc.getName()).toBe('Báo cáo tổng kết CCHC 2023 – Xã Cao An (CHƯA HOÀN CHỈNH)');
      try {
        createReportDocument(sample());
      } catch (e) {
        expect((e as Error).message).toContain('“Báo cáo tổng kết CCHC 2023 – Xã Cao An (CHƯA HOÀN CHỈNH)”');
        expect((e as Error).message).not.toMatch(/\n\s+at /);
      }
    } finally {
      spy.mockRestore();
    }
  });

  test.each([
    ['Service invoked too many times for one day: docs create.', reportText.docsErrors.dailyQuota],
    [
      'Service invoked too many times in a short time: docs. Try Utilities.sleep(1000) between calls.',
      reportText.docsErrors.rateLimit,
    ],
    [
      'Exception: You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents',
      reportText.docsErrors.permission,
    ],
    ['Exceeded maximum execution time', reportText.docsErrors.timeout],
    ["We're sorry, a server error occurred. Please wait a bit and try again.", reportText.docsErrors.service],
    ["TypeError: Cannot read properties of undefined (reading 'x')", reportText.docsErrors.unknown],
  ])('%s', (raw, message) => {
    expect(docsErrorMessage(new Error(raw))).toBe(message);
  });
});
