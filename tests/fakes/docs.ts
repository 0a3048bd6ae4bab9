/**
 * Fake of the advanced Docs service (Google Docs API v1), the `Docs` global a script gets when
 * appsscript.json enables it: only `Docs.Documents.get` and `Docs.Documents.batchUpdate` with
 * `updateTextStyle` requests, as the add-on uses them. It reads and edits the documents of the
 * DocumentApp fake, so a link set here is what `Text.getLinkUrl` reads back.
 *
 * Faithful where the add-on relies on it (the Docs API's "Structure of a Google Docs document" and
 * "Work with tables" guides):
 * - Indexes count UTF-16 code units. The body starts with a section break ending at index 1; each
 *   paragraph ends with "\n" (counted); an inline image or page break takes one index; a table, each
 *   of its rows and each cell take one index at their start, and the table one more at its end
 *   (a 2 × 2 table of empty cells starting at S ends at S + 12).
 * - A paragraph's elements are text runs split where the text style (here: the link) changes; the
 *   last run holds the paragraph's "\n".
 * - batchUpdate validates every request before applying any (all or nothing); a range must be
 *   non-empty and end before the body's end; `fields` must be given; errors read like the advanced
 *   service's: "API call to docs.documents.batchUpdate failed with error: …".
 *
 * Simplified: the body only (no headers, footers or tabs); text styles other than the link are not
 * reported; optionalArgs of get are ignored; requests other than updateTextStyle fail the test.
 */
import { fakeClass, gasError, NotImplementedInFake, type FakeEnv } from './core';
import {
  FakeDocumentApp,
  FakeInlineImage,
  FakeListItem,
  FakeParagraph,
  FakeTable,
  FakeTableCell,
  FakeTableRow,
  type TextStore,
} from './document';

type DocumentsCollection = GoogleAppsScript.Docs.Collection.DocumentsCollection;
type SDocument = GoogleAppsScript.Docs.Schema.Document;
type SElement = GoogleAppsScript.Docs.Schema.StructuralElement;
type SParagraphElement = GoogleAppsScript.Docs.Schema.ParagraphElement;
type BatchRequest = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest;
type BatchResponse = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse;

/** Where a document index falls in the DocumentApp fake's text: a character of a paragraph's store. */
interface TextSlot {
  store: TextStore;
  offset: number;
}

/** The body as the Docs API describes it, and the text character behind each index. */
interface Layout {
  content: SElement[];
  /** Index → character of a store (indexes of "\n", images and table markers have none). */
  slots: Map<number, TextSlot>;
  /** The body's end index (exclusive). */
  end: number;
}

function linkOf(store: TextStore, i: number): string | undefined {
  const url = store.attrs[i]?.LINK_URL;
  return typeof url === 'string' && url !== '' ? url : undefined;
}

function layoutBody(nodes: readonly unknown[]): Layout {
  const slots = new Map<number, TextSlot>();
  let at = 1;

  const paragraph = (store: TextStore, inline: readonly unknown[]): SElement => {
    const startIndex = at;
    const elements: SParagraphElement[] = [];
    const text = store.text;
    let runStart = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length) slots.set(at + i, { store, offset: i });
      const boundary = i === text.length || (i > runStart && linkOf(store, i) !== linkOf(store, runStart));
      if (!boundary || i === runStart) continue;
      const url = linkOf(store, runStart);
      elements.push({
        startIndex: at + runStart,
        endIndex: at + i,
        textRun: { content: text.slice(runStart, i), textStyle: url ? { link: { url } } : {} },
      });
      runStart = i;
    }
    at += text.length;
    for (const n of inline) {
      elements.push(
        n instanceof FakeInlineImage
          ? { startIndex: at, endIndex: at + 1, inlineObjectElement: { inlineObjectId: `kix.${at}` } }
          : { startIndex: at, endIndex: at + 1, pageBreak: {} },
      );
      at++;
    }
    // The paragraph's "\n" (never linked here): part of its last text run when that one has the same
    // style, else a run of its own.
    const last = elements.at(-1);
    if (last?.textRun && last.endIndex === at && !last.textRun.textStyle?.link) {
      last.textRun.content += '\n';
      last.endIndex = at + 1;
    } else {
      elements.push({ startIndex: at, endIndex: at + 1, textRun: { content: '\n', textStyle: {} } });
    }
    at++;
    return { startIndex, endIndex: at, paragraph: { elements } };
  };

  const blocks = (list: readonly unknown[]): SElement[] =>
    list.map((n) => {
      if (n instanceof FakeParagraph || n instanceof FakeListItem) return paragraph(n.core.store, n.nodeChildren);
      if (n instanceof FakeTable) return table(n);
      throw new NotImplementedInFake(`Docs.Documents.get of a ${String((n as { nodeType?: string }).nodeType)}`);
    });

  const table = (t: FakeTable): SElement => {
    const startIndex = at++;
    const rows = t.nodeChildren.filter((r): r is FakeTableRow => r instanceof FakeTableRow);
    const tableRows = rows.map((r) => {
      const rowStart = at++;
      const cells = r.nodeChildren.filter((c): c is FakeTableCell => c instanceof FakeTableCell);
      const tableCells = cells.map((c) => {
        const cellStart = at++;
        const content = blocks(c.nodeChildren);
        return { startIndex: cellStart, endIndex: at, content };
      });
      return { startIndex: rowStart, endIndex: at, tableCells };
    });
    at++;
    return {
      startIndex,
      endIndex: at,
      table: { rows: rows.length, columns: tableRows[0]?.tableCells.length ?? 0, tableRows },
    };
  };

  const content: SElement[] = [{ endIndex: 1, sectionBreak: {} }, ...blocks(nodes)];
  return { content, slots, end: at };
}

function apiError(env: FakeEnv, method: string, message: string): Error {
  return gasError(env, `API call to docs.documents.${method} failed with error: ${message}`);
}

export class FakeDocsDocuments
  extends fakeClass<DocumentsCollection>('Docs.Collection.DocumentsCollection', 'Docs.Documents')
  implements DocumentsCollection
{
  constructor(
    env: FakeEnv,
    private readonly documentApp: FakeDocumentApp,
  ) {
    super(env);
  }

  private layout(method: string, documentId: string): Layout & { title: string } {
    const doc = this.documentApp.documents.find((d) => d.fakeId === documentId);
    if (!doc) throw apiError(this.fakeEnv, method, 'Requested entity was not found.');
    return { title: doc.fakeName, ...layoutBody(doc.fakeBody.nodeChildren) };
  }

  override get(documentId: string, _optionalArgs?: object): SDocument {
    const { title, content } = this.layout('get', documentId);
    return { documentId, title, body: { content } };
  }

  override batchUpdate(resource: BatchRequest, documentId: string): BatchResponse {
    const { slots, end } = this.layout('batchUpdate', documentId);
    const requests = resource.requests ?? [];
    const bad = (i: number, message: string) =>
      apiError(this.fakeEnv, 'batchUpdate', `Invalid requests[${i}].updateTextStyle: ${message}`);
    const edits = requests.map((r, i) => {
      const keys = Object.keys(r);
      if (keys.length !== 1 || !r.updateTextStyle) throw new NotImplementedInFake(`Docs request ${keys.join(',')}`);
      const { range, textStyle, fields } = r.updateTextStyle;
      if (!fields) throw bad(i, "At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)");
      const names = fields.split(',').map((f) => f.trim());
      if (names.some((f) => f !== 'link' && f !== '*')) throw new NotImplementedInFake(`Docs text style ${fields}`);
      const start = range?.startIndex ?? 0;
      const stop = range?.endIndex ?? 0;
      if (range?.segmentId) throw new NotImplementedInFake('Docs segmentId');
      if (!Number.isInteger(start) || !Number.isInteger(stop) || start < 0) throw bad(i, 'Invalid range.');
      if (stop <= start) throw bad(i, 'The range should not be empty.');
      if (stop > end - 1)
        throw bad(i, `Index ${stop - 1} must be less than the end index of the referenced segment, ${end - 1}.`);
      return { start, stop, url: textStyle?.link?.url ?? null };
    });
    for (const e of edits) {
      for (let i = e.start; i < e.stop; i++) {
        const slot = slots.get(i);
        if (slot) slot.store.setAttrs(slot.offset, slot.offset + 1, { LINK_URL: e.url });
      }
    }
    return { documentId, replies: requests.map(() => ({})) };
  }
}

/** The `Docs` global. */
export class FakeAdvancedDocs {
  readonly Documents: FakeDocsDocuments;
  constructor(env: FakeEnv, documentApp: FakeDocumentApp) {
    this.Documents = new FakeDocsDocuments(env, documentApp);
  }
}
