import { FakeGas, installFakeGlobals } from '.';

let gas: FakeGas;
beforeEach(() => {
  gas = installFakeGlobals();
});
afterEach(() => gas.uninstall());

type Element = GoogleAppsScript.Docs.Schema.StructuralElement;

/** A document: a paragraph "ab", a 2 × 2 table of empty cells, a paragraph "cd" (the empty first one removed). */
function tableDoc(
  cells: string[][] = [
    ['', ''],
    ['', ''],
  ],
) {
  const doc = DocumentApp.create('x');
  const body = doc.getBody();
  body.appendParagraph('ab');
  body.appendParagraph('cd');
  body.insertTable(2, cells);
  body.getChild(0).removeFromParent();
  return doc;
}

const docsApi = () => Docs!.Documents;
const span = (e: { startIndex?: number; endIndex?: number }) => [e.startIndex, e.endIndex];

describe('the Docs API fake (Docs.Documents.get / batchUpdate)', () => {
  test('indexes as the Docs API counts them: section break, paragraphs with their "\\n", 2 × 2 table', () => {
    const doc = tableDoc();
    const content = docsApi().get(doc.getId()).body!.content!;
    expect(content[0]).toEqual({ endIndex: 1, sectionBreak: {} });
    const [ab, table, cd] = content.slice(1) as [Element, Element, Element];
    expect(span(ab)).toEqual([1, 4]);
    expect(ab.paragraph!.elements![0].textRun!.content).toBe('ab\n');
    // The guide's table: S … S + 12, row 0 S + 1 … S + 6, cell (0,0) S + 2 … S + 4, its paragraph S + 3 … S + 4.
    const S = 4;
    expect(span(table)).toEqual([S, S + 12]);
    const rows = table.table!.tableRows!;
    expect(rows.map(span)).toEqual([
      [S + 1, S + 6],
      [S + 6, S + 11],
    ]);
    expect(rows[0].tableCells!.map(span)).toEqual([
      [S + 2, S + 4],
      [S + 4, S + 6],
    ]);
    expect(span(rows[1].tableCells![1].content![0])).toEqual([S + 10, S + 11]);
    expect(span(cd)).toEqual([S + 12, S + 15]);
  });

  test('UTF-16 code units: Vietnamese letters count one each, an emoji two', () => {
    const doc = tableDoc([['Tổng 😀', 'x']]);
    const table = docsApi().get(doc.getId()).body!.content![2].table!;
    const [a, b] = table.tableRows![0].tableCells!;
    expect(span(table.tableRows![0])).toEqual([5, 18]);
    expect(span(a)).toEqual([6, 15]); // the cell's own index, 7 units, "\n"
    expect(span(b)).toEqual([15, 18]);
  });

  test('batchUpdate links a range; DocumentApp reads the link back; get reports it as its own text run', () => {
    const doc = tableDoc([
      ['Liên kết', 'Liên kết'],
      ['a', 'b'],
    ]);
    const id = doc.getId();
    const cells = docsApi().get(id).body!.content![2].table!.tableRows![0].tableCells!;
    const requests = cells.map((c, i) => ({
      updateTextStyle: {
        range: { startIndex: c.startIndex! + 1, endIndex: c.endIndex! - 1 },
        textStyle: { link: { url: `https://example.org/${i}` } },
        fields: 'link',
      },
    }));
    docsApi().batchUpdate({ requests }, id);
    const table = doc.getBody().getTables()[0];
    expect(table.getCell(0, 0).editAsText().getLinkUrl()).toBe('https://example.org/0');
    expect(table.getCell(0, 1).editAsText().getLinkUrl()).toBe('https://example.org/1');
    expect(table.getCell(1, 0).editAsText().getLinkUrl(0)).toBeNull();
    const again = docsApi().get(id).body!.content![2].table!.tableRows![0].tableCells![1];
    expect(again.content![0].paragraph!.elements!.map((e) => e.textRun)).toEqual([
      { content: 'Liên kết', textStyle: { link: { url: 'https://example.org/1' } } },
      { content: '\n', textStyle: {} },
    ]);
    expect(gas.calls.count('Docs.Documents.get')).toBe(2);
    expect(gas.calls.count('Docs.Documents.batchUpdate')).toBe(1);
  });

  test('a range past the end, an empty range or no fields fail the whole batch, as the API does', () => {
    const doc = tableDoc([['x', 'y']]);
    const id = doc.getId();
    const link = (startIndex: number, endIndex: number, fields = 'link') => ({
      updateTextStyle: { range: { startIndex, endIndex }, textStyle: { link: { url: 'https://e.org' } }, fields },
    });
    const end = docsApi().get(id).body!.content!.at(-1)!.endIndex!;
    const cell = () => doc.getBody().getTables()[0].getCell(0, 0).editAsText().getLinkUrl(0);
    expect(() => docsApi().batchUpdate({ requests: [link(7, 8), link(1, end + 5)] }, id)).toThrow(
      /^API call to docs\.documents\.batchUpdate failed with error: Invalid requests\[1\]\.updateTextStyle: Index/,
    );
    expect(cell()).toBeNull(); // nothing applied
    expect(() => docsApi().batchUpdate({ requests: [link(7, 7)] }, id)).toThrow(/range should not be empty/);
    expect(() => docsApi().batchUpdate({ requests: [link(6, 7, '')] }, id)).toThrow(/At least one field/);
    expect(() => docsApi().batchUpdate({ requests: [link(7, 8)] }, 'nope')).toThrow(/Requested entity was not found/);
    docsApi().batchUpdate({ requests: [link(7, 8)] }, id);
    expect(cell()).toBe('https://e.org');
  });

  test('needs the documents scope, and is absent when the manifest does not enable it', () => {
    gas.uninstall();
    gas = installFakeGlobals(globalThis, { oauthScopes: ['https://www.googleapis.com/auth/drive.file'] });
    expect(() => Docs!.Documents.get('any')).toThrow(
      'Specified permissions are not sufficient to call Docs.Documents.get. ' +
        'Required permissions: https://www.googleapis.com/auth/documents',
    );
    gas.uninstall();
    gas = installFakeGlobals(globalThis, { advancedServices: [] });
    expect(typeof Docs).toBe('undefined');
  });
});
