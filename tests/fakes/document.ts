/**
 * Fakes of the Document service: DocumentApp, Document, Body, Header/FooterSection, Paragraph,
 * ListItem, Table, TableRow, TableCell, Text, InlineImage, PageBreak, HorizontalRule.
 *
 * Faithful where renderers rely on it: a new body holds one empty paragraph; clear() leaves one
 * empty paragraph; the last paragraph of a section cannot be removed; appendPageBreak/appendImage
 * on a body create a paragraph holding the break/image; appended text inherits the attributes of
 * the character before it; Text setters take inclusive end offsets; after saveAndClose() any change
 * throws "Document is closed, its contents cannot be updated."; the daily quota of
 * DocumentApp.create() can be simulated.
 * A table appended (or inserted) last in a body gets an empty paragraph after it, as Body.appendTable
 * does in Docs. Simplified: a paragraph holds one text run plus inline elements after it;
 * findText/findElement are not implemented.
 */
import { FakeBlob, pngSize } from './base';
import { fakeClass, fakeEnum, gasError, NotImplementedInFake, realNull, type FakeBase, type FakeEnv } from './core';

type GDoc = GoogleAppsScript.Document.Document;
type GBody = GoogleAppsScript.Document.Body;
type GElement = GoogleAppsScript.Document.Element;
type GContainer = GoogleAppsScript.Document.ContainerElement;
type GParagraph = GoogleAppsScript.Document.Paragraph;
type GListItem = GoogleAppsScript.Document.ListItem;
type GTable = GoogleAppsScript.Document.Table;
type GTableRow = GoogleAppsScript.Document.TableRow;
type GTableCell = GoogleAppsScript.Document.TableCell;
type GText = GoogleAppsScript.Document.Text;
type GInlineImage = GoogleAppsScript.Document.InlineImage;
type GPageBreak = GoogleAppsScript.Document.PageBreak;
type GHorizontalRule = GoogleAppsScript.Document.HorizontalRule;
type ElementTypeName = keyof typeof GoogleAppsScript.Document.ElementType;

export type Attrs = Record<string, unknown>;

const TEXT_KEYS = new Set([
  'BOLD',
  'ITALIC',
  'UNDERLINE',
  'STRIKETHROUGH',
  'FONT_SIZE',
  'FONT_FAMILY',
  'FOREGROUND_COLOR',
  'BACKGROUND_COLOR',
  'LINK_URL',
  'CODE',
]);
const PARAGRAPH_KEYS = new Set([
  'HORIZONTAL_ALIGNMENT',
  'HEADING',
  'SPACING_BEFORE',
  'SPACING_AFTER',
  'LINE_SPACING',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'INDENT_END',
  'LEFT_TO_RIGHT',
  'GLYPH_TYPE',
  'NESTING_LEVEL',
  'LIST_ID',
]);

const MSG_CLOSED = 'Document is closed, its contents cannot be updated.';
const MSG_LAST_PARAGRAPH = "Can't remove the last paragraph in a document section.";
const MUTATOR = /^(set|append|insert|remove|clear|replace|merge|delete|add)/;

function elementType(name: ElementTypeName): GoogleAppsScript.Document.ElementType {
  return fakeEnum('Document.ElementType')[name];
}

function childIndexError(env: FakeEnv, i: number, n: number): Error {
  return gasError(env, `Child index (${i}) must be less than the number of child elements (${n}).`);
}

/** children[i], or the real service's error for an index out of range. */
function childAt<T>(env: FakeEnv, children: readonly T[], i: number): T {
  if (!(i >= 0 && i < children.length)) throw childIndexError(env, i, children.length);
  return children[i];
}

function allAttributeKeys(): Attrs {
  const out: Attrs = {};
  for (const k of Object.keys(fakeEnum('Document.Attribute'))) out[k] = null;
  return out;
}

function splitAttrs(attrs: unknown): { text: Attrs; element: Attrs } {
  const text: Attrs = {};
  const element: Attrs = {};
  if (attrs && typeof attrs === 'object') {
    for (const [k, v] of Object.entries(attrs as Attrs)) {
      if (TEXT_KEYS.has(k)) text[k] = v;
      else element[k] = v;
    }
  }
  return { text, element };
}

// =============================================================================================
// Node plumbing
// =============================================================================================

/** The document a node belongs to (through its root section), if attached. */
interface DocModel {
  closed: boolean;
}

interface DocNode {
  nodeParent: Container | undefined;
  readonly nodeType: ElementTypeName;
  nodeText(): string;
  /** Text stores in document order. */
  nodeStores(): TextStore[];
  nodeCopy(): Node;
}

interface DocContainer extends DocNode {
  nodeChildren: Node[];
  /** Set on sections (body, header, footer). */
  nodeDoc?: DocModel;
}

/** Every fake element is both a DocNode and an Element; containers are ContainerElements too. */
type Node = DocNode & GElement;
type Container = DocContainer & GContainer;

function rootDoc(n: DocNode): DocModel | undefined {
  let cur: DocNode | undefined = n;
  while (cur) {
    if ('nodeDoc' in cur && cur.nodeDoc) return cur.nodeDoc as DocModel;
    cur = cur.nodeParent;
  }
  return undefined;
}

function guard(env: FakeEnv, node: DocNode, method: string): void {
  if (MUTATOR.test(method) && rootDoc(node)?.closed) throw gasError(env, MSG_CLOSED);
}

function isSection(c: DocContainer | undefined): boolean {
  return !!c && (c.nodeType === 'BODY_SECTION' || c.nodeType === 'HEADER_SECTION' || c.nodeType === 'FOOTER_SECTION');
}

function detach(env: FakeEnv, node: Node): void {
  const parent = node.nodeParent;
  if (!parent) return;
  const i = parent.nodeChildren.indexOf(node);
  if (
    isSection(parent) &&
    (node.nodeType === 'PARAGRAPH' || node.nodeType === 'LIST_ITEM') &&
    i === parent.nodeChildren.length - 1
  ) {
    throw gasError(env, MSG_LAST_PARAGRAPH);
  }
  if (i >= 0) parent.nodeChildren.splice(i, 1);
  node.nodeParent = undefined;
}

function attach<T extends Node>(parent: Container, node: T, index?: number): T {
  if (node.nodeParent) throw new Error('fake: element already has a parent; copy() it first');
  node.nodeParent = parent;
  if (index === undefined) parent.nodeChildren.push(node);
  else parent.nodeChildren.splice(index, 0, node);
  return node;
}

function sibling(node: Node, delta: number): GElement {
  const p = node.nodeParent;
  if (!p) return realNull<GElement>();
  return p.nodeChildren[p.nodeChildren.indexOf(node) + delta] ?? realNull<GElement>();
}

/** The child of `list` that is `child` (compared by identity), or undefined. */
function findChild(list: readonly Node[], child: unknown): Node | undefined {
  return list.find((c) => c === child);
}

function atDocumentEnd(node: DocNode): boolean {
  let cur: DocNode = node;
  while (cur.nodeParent) {
    const p: Container = cur.nodeParent;
    if (p.nodeChildren[p.nodeChildren.length - 1] !== cur) return false;
    if (p.nodeType === 'BODY_SECTION') return true;
    cur = p;
  }
  return false;
}

function replaceInStores(stores: TextStore[], searchPattern: string, replacement: string): void {
  const re = new RegExp(searchPattern, 'g');
  for (const s of stores) {
    let out = '';
    const attrs: Attrs[] = [];
    let last = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      out += s.text.slice(last, m.index);
      attrs.push(...s.attrs.slice(last, m.index));
      const a = s.attrs[m.index] ?? {};
      out += replacement;
      for (let k = 0; k < replacement.length; k++) attrs.push({ ...a });
      last = m.index + m[0].length;
    }
    out += s.text.slice(last);
    attrs.push(...s.attrs.slice(last));
    s.text = out;
    s.attrs = attrs;
    re.lastIndex = 0;
  }
}

// =============================================================================================
// Methods shared by several element classes
// =============================================================================================

/** Checks `methods` against a class: each must fit the type the class gives it, `this` included. */
type SharedWith<P, M> = {
  [K in keyof M]: K extends keyof P ? P[K] & ((this: P, ...args: never[]) => unknown) : never;
};

/**
 * Defines `methods` (all, or those in `names`) on a fake class's prototype, as its body would: fakeClass
 * then wraps and counts them under that class's name ("Paragraph.getParent"). Each is checked against
 * the class's interface, as `override` would be; a mixin class cannot be, since TypeScript types a
 * class over a generic base only through an `any[]` constructor.
 */
function share<P extends object, M extends object, K extends keyof M & string>(
  cls: { readonly name: string; readonly prototype: P },
  methods: M & SharedWith<P, Pick<M, K>>,
  names?: readonly K[],
): void {
  for (const name of names ?? Object.keys(methods)) {
    if (Object.prototype.hasOwnProperty.call(cls.prototype, name))
      throw new Error(`fake: ${cls.name}.${name} defined twice`);
    Object.defineProperty(cls.prototype, name, {
      ...Object.getOwnPropertyDescriptor(methods, name),
      enumerable: false,
    });
  }
}

/**
 * Element behaviour common to the node classes; each class picks the names it implements. `N` is the
 * class itself, so copies, removals and setters return its own type.
 */
function elementMethods<N extends { nodeCopy(): N } & Node & FakeBase>() {
  return {
    fakeGuard(this: N, method: string): void {
      guard(this.fakeEnv, this, method);
    },
    copy(this: N): N {
      return this.nodeCopy();
    },
    getParent(this: N): GContainer {
      return this.nodeParent ?? realNull<GContainer>();
    },
    getNextSibling(this: N): GElement {
      return sibling(this, 1);
    },
    getPreviousSibling(this: N): GElement {
      return sibling(this, -1);
    },
    removeFromParent(this: N): N {
      detach(this.fakeEnv, this);
      return this;
    },
    isAtDocumentEnd(this: N): boolean {
      return atDocumentEnd(this);
    },
    replaceText(this: N, searchPattern: string, replacement: string): GElement {
      replaceInStores(this.nodeStores(), searchPattern, replacement);
      return this;
    },
    getText(this: N): string {
      return this.nodeText();
    },
    getNumChildren(this: N & Container): number {
      return this.nodeChildren.length;
    },
    editAsText(this: N & Container): GText {
      return new FakeText(this.fakeEnv, new CompositeSource(this));
    },
    getAttributes(this: N & { attrs: Attrs }): Attrs {
      return { ...allAttributeKeys(), ...this.attrs };
    },
    setAttributes(this: N & { attrs: Attrs }, attributes: unknown): N {
      const { text, element } = splitAttrs(attributes);
      Object.assign(this.attrs, element);
      if (Object.keys(text).length) for (const s of this.nodeStores()) s.setAttrs(0, s.text.length, text);
      return this;
    },
  };
}

/** Element methods of a node that sits among siblings (inline elements, paragraphs, tables). */
const ATTACHED = [
  'fakeGuard',
  'copy',
  'getParent',
  'getNextSibling',
  'getPreviousSibling',
  'removeFromParent',
  'isAtDocumentEnd',
] as const;

// =============================================================================================
// Text
// =============================================================================================

/** The text of one paragraph or list item, with per-character attributes. */
export class TextStore {
  text = '';
  attrs: Attrs[] = [];

  insert(offset: number, s: string, attrs?: Attrs): void {
    const inherit = attrs ?? (offset > 0 ? this.attrs[offset - 1] : this.attrs[0]) ?? {};
    this.text = this.text.slice(0, offset) + s + this.text.slice(offset);
    this.attrs.splice(offset, 0, ...Array.from({ length: s.length }, () => ({ ...inherit })));
  }
  remove(start: number, endExclusive: number): void {
    this.text = this.text.slice(0, start) + this.text.slice(endExclusive);
    this.attrs.splice(start, endExclusive - start);
  }
  setAttrs(start: number, endExclusive: number, partial: Attrs): void {
    for (let i = start; i < endExclusive; i++) this.attrs[i] = { ...this.attrs[i], ...partial };
  }
  copy(): TextStore {
    const t = new TextStore();
    t.text = this.text;
    t.attrs = this.attrs.map((a) => ({ ...a }));
    return t;
  }
}

/** What a Text element edits: a span of one store, or the concatenation of a container's stores. */
interface TextSource {
  owner: Container;
  length(): number;
  text(): string;
  attrsAt(i: number): Attrs;
  setAttrs(start: number, endExclusive: number, partial: Attrs): void;
  insert(offset: number, s: string): void;
  remove(start: number, endExclusive: number): void;
}

class SpanSource implements TextSource {
  constructor(
    readonly owner: Container,
    private readonly store: TextStore,
    private readonly start: number,
    /** Fixed length (appendText result) or undefined: to the end of the store. */
    private len: number | undefined,
  ) {}
  length(): number {
    return this.len ?? this.store.text.length - this.start;
  }
  text(): string {
    return this.store.text.slice(this.start, this.start + this.length());
  }
  attrsAt(i: number): Attrs {
    return this.store.attrs[this.start + i] ?? {};
  }
  setAttrs(start: number, endExclusive: number, partial: Attrs): void {
    this.store.setAttrs(this.start + start, this.start + endExclusive, partial);
  }
  insert(offset: number, s: string): void {
    this.store.insert(this.start + offset, s);
    if (this.len !== undefined) this.len += s.length;
  }
  remove(start: number, endExclusive: number): void {
    this.store.remove(this.start + start, this.start + endExclusive);
    if (this.len !== undefined) this.len -= endExclusive - start;
  }
}

/** A container's text: its stores joined with "\n" (the separators carry no attributes). */
class CompositeSource implements TextSource {
  constructor(readonly owner: Container) {}
  private stores(): TextStore[] {
    return this.owner.nodeStores();
  }
  private locate(i: number): { store: TextStore; local: number } | undefined {
    let pos = 0;
    for (const s of this.stores()) {
      if (i <= pos + s.text.length) return { store: s, local: i - pos };
      pos += s.text.length + 1;
    }
    return undefined;
  }
  length(): number {
    return this.text().length;
  }
  text(): string {
    return this.stores()
      .map((s) => s.text)
      .join('\n');
  }
  attrsAt(i: number): Attrs {
    const l = this.locate(i);
    return (l && l.store.attrs[l.local]) ?? {};
  }
  setAttrs(start: number, endExclusive: number, partial: Attrs): void {
    let pos = 0;
    for (const s of this.stores()) {
      const a = Math.max(start, pos);
      const b = Math.min(endExclusive, pos + s.text.length);
      if (a < b) s.setAttrs(a - pos, b - pos, partial);
      pos += s.text.length + 1;
    }
  }
  insert(offset: number, s: string): void {
    const l = this.locate(offset);
    if (!l) throw gasError(undefined, 'Invalid offset');
    l.store.insert(l.local, s);
  }
  remove(start: number, endExclusive: number): void {
    if (this.text().slice(start, endExclusive).includes('\n')) {
      throw new NotImplementedInFake('Text.deleteText across paragraphs');
    }
    const l = this.locate(start);
    if (l) l.store.remove(l.local, l.local + (endExclusive - start));
  }
}

export class FakeText extends fakeClass<GText>('Document.Text') implements GText, DocNode {
  readonly nodeType = 'TEXT' as const;
  constructor(
    env: FakeEnv,
    private readonly src: TextSource,
  ) {
    super(env);
  }
  get nodeParent(): Container | undefined {
    return this.src.owner;
  }
  set nodeParent(_p: Container | undefined) {
    /* a text view always belongs to its owner */
  }
  nodeText(): string {
    return this.src.text();
  }
  nodeStores(): TextStore[] {
    return this.src.owner.nodeStores();
  }
  nodeCopy(): FakeText {
    return this;
  }

  /** Attributes of the character at `offset` (only those set), for assertions. */
  fakeAttrsAt(offset: number): Attrs {
    return { ...this.src.attrsAt(offset) };
  }

  private range(args: unknown[]): { start: number; end: number; value: unknown } {
    if (args.length >= 3) {
      const start = Number(args[0]);
      const endIncl = Number(args[1]);
      const len = this.src.length();
      if (!(start >= 0 && endIncl >= start && endIncl < len)) {
        throw gasError(this.fakeEnv, `Index (${endIncl}) must be less than the content length (${len}).`);
      }
      return { start, end: endIncl + 1, value: args[2] };
    }
    return { start: 0, end: this.src.length(), value: args[0] };
  }
  private setAttr(key: string, args: unknown[]): GText {
    const { start, end, value } = this.range(args);
    this.src.setAttrs(start, end, { [key]: value });
    return this;
  }
  private getAttr(key: string, offset?: number | null): unknown {
    if (offset !== undefined && offset !== null) return this.src.attrsAt(offset)[key] ?? null;
    const n = this.src.length();
    if (n === 0) return null;
    const first = this.src.attrsAt(0)[key] ?? null;
    for (let i = 1; i < n; i++) if ((this.src.attrsAt(i)[key] ?? null) !== first) return null;
    return first;
  }

  override getText(): string {
    return this.src.text();
  }
  override setText(text: string): GText {
    const n = this.src.length();
    const keep = n > 0 ? { ...this.src.attrsAt(0) } : undefined;
    this.src.remove(0, n);
    this.src.insert(0, text);
    if (keep && text.length) this.src.setAttrs(0, text.length, keep);
    return this;
  }
  override appendText(text: string): GText {
    this.src.insert(this.src.length(), text);
    return this;
  }
  override insertText(offset: number, text: string): GText {
    this.src.insert(offset, text);
    return this;
  }
  override deleteText(startOffset: number, endOffsetInclusive: number): GText {
    this.src.remove(startOffset, endOffsetInclusive + 1);
    return this;
  }
  override editAsText(): GText {
    return this;
  }
  override getType(): GoogleAppsScript.Document.ElementType {
    return elementType('TEXT');
  }
  override asText(): GText {
    return this;
  }
  override setBold(...args: unknown[]): GText {
    return this.setAttr('BOLD', args);
  }
  override setItalic(...args: unknown[]): GText {
    return this.setAttr('ITALIC', args);
  }
  override setUnderline(...args: unknown[]): GText {
    return this.setAttr('UNDERLINE', args);
  }
  override setStrikethrough(...args: unknown[]): GText {
    return this.setAttr('STRIKETHROUGH', args);
  }
  override setFontSize(...args: unknown[]): GText {
    return this.setAttr('FONT_SIZE', args);
  }
  override setFontFamily(...args: unknown[]): GText {
    return this.setAttr('FONT_FAMILY', args);
  }
  override setForegroundColor(...args: unknown[]): GText {
    return this.setAttr('FOREGROUND_COLOR', args);
  }
  override setBackgroundColor(...args: unknown[]): GText {
    return this.setAttr('BACKGROUND_COLOR', args);
  }
  override setLinkUrl(...args: unknown[]): GText {
    return this.setAttr('LINK_URL', args);
  }
  override setAttributes(...args: unknown[]): GText {
    const { start, end, value } = this.range(args);
    const { text } = splitAttrs(value);
    this.src.setAttrs(start, end, text);
    return this;
  }
  override isBold(offset?: number | null): boolean {
    return this.getAttr('BOLD', offset) === true;
  }
  override isItalic(offset?: number | null): boolean {
    return this.getAttr('ITALIC', offset) === true;
  }
  override isUnderline(offset?: number | null): boolean {
    return this.getAttr('UNDERLINE', offset) === true;
  }
  override isStrikethrough(offset?: number | null): boolean {
    return this.getAttr('STRIKETHROUGH', offset) === true;
  }
  override getFontSize(offset?: number | null): number {
    return this.getAttr('FONT_SIZE', offset) as number;
  }
  override getFontFamily(offset?: number | null): string {
    return this.getAttr('FONT_FAMILY', offset) as string;
  }
  override getForegroundColor(offset?: number | null): string {
    return this.getAttr('FOREGROUND_COLOR', offset) as string;
  }
  override getBackgroundColor(offset?: number | null): string {
    return this.getAttr('BACKGROUND_COLOR', offset) as string;
  }
  override getLinkUrl(offset?: number | null): string {
    return this.getAttr('LINK_URL', offset) as string;
  }
  override getAttributes(offset?: number | null): Attrs {
    const out = allAttributeKeys();
    for (const k of TEXT_KEYS) if (k in out) out[k] = this.getAttr(k, offset);
    return out;
  }
  override getTextAttributeIndices(): number[] {
    const out: number[] = [];
    let prev = '';
    for (let i = 0; i < this.src.length(); i++) {
      const cur = JSON.stringify(this.src.attrsAt(i), Object.keys(this.src.attrsAt(i)).sort());
      if (i === 0 || cur !== prev) out.push(i);
      prev = cur;
    }
    return out.length ? out : [0];
  }
  override isAtDocumentEnd(): boolean {
    return atDocumentEnd(this.src.owner);
  }
}
share(FakeText, elementMethods<FakeText>(), ['fakeGuard', 'getParent', 'replaceText']);

// =============================================================================================
// Inline elements: images, page breaks, horizontal rules
// =============================================================================================

export class FakeInlineImage extends fakeClass<GInlineImage>('Document.InlineImage') implements GInlineImage, DocNode {
  readonly nodeType = 'INLINE_IMAGE' as const;
  nodeParent: Container | undefined;
  private width: number;
  private height: number;
  private altTitle = '';
  private altDescription = '';
  private link: string | null = null;
  constructor(
    env: FakeEnv,
    private readonly blob: FakeBlob,
  ) {
    super(env);
    const size = pngSize(blob.fakeBytes()) ?? { width: 100, height: 100 };
    this.width = size.width;
    this.height = size.height;
  }
  nodeText(): string {
    return '';
  }
  nodeStores(): TextStore[] {
    return [];
  }
  nodeCopy(): FakeInlineImage {
    const c = new FakeInlineImage(this.fakeEnv, this.blob);
    c.width = this.width;
    c.height = this.height;
    c.altTitle = this.altTitle;
    c.altDescription = this.altDescription;
    return c;
  }
  override getType(): GoogleAppsScript.Document.ElementType {
    return elementType('INLINE_IMAGE');
  }
  override asInlineImage(): GInlineImage {
    return this;
  }
  override getBlob(): GoogleAppsScript.Base.Blob {
    return this.blob.copyBlob();
  }
  override getAs(contentType: string): GoogleAppsScript.Base.Blob {
    return this.blob.getAs(contentType);
  }
  override getWidth(): number {
    return this.width;
  }
  override setWidth(width: number): GInlineImage {
    this.width = width;
    return this;
  }
  override getHeight(): number {
    return this.height;
  }
  override setHeight(height: number): GInlineImage {
    this.height = height;
    return this;
  }
  override getAltTitle(): string {
    return this.altTitle;
  }
  override setAltTitle(title: string): GInlineImage {
    this.altTitle = title;
    return this;
  }
  override getAltDescription(): string {
    return this.altDescription;
  }
  override setAltDescription(description: string): GInlineImage {
    this.altDescription = description;
    return this;
  }
  override getLinkUrl(): string {
    return this.link ?? realNull<string>();
  }
  override setLinkUrl(url: string): GInlineImage {
    this.link = url;
    return this;
  }
  override getAttributes(): Attrs {
    return { ...allAttributeKeys(), WIDTH: this.width, HEIGHT: this.height, LINK_URL: this.link };
  }
  override setAttributes(attributes: Attrs): GInlineImage {
    if (typeof attributes.WIDTH === 'number') this.width = attributes.WIDTH;
    if (typeof attributes.HEIGHT === 'number') this.height = attributes.HEIGHT;
    return this;
  }
}
share(FakeInlineImage, elementMethods<FakeInlineImage>(), ATTACHED);

export class FakePageBreak extends fakeClass<GPageBreak>('Document.PageBreak') implements GPageBreak, DocNode {
  readonly nodeType = 'PAGE_BREAK' as const;
  nodeParent: Container | undefined;
  nodeText(): string {
    return '';
  }
  nodeStores(): TextStore[] {
    return [];
  }
  nodeCopy(): FakePageBreak {
    return new FakePageBreak(this.fakeEnv);
  }
  override getType(): GoogleAppsScript.Document.ElementType {
    return elementType('PAGE_BREAK');
  }
  override asPageBreak(): GPageBreak {
    return this;
  }
  override getAttributes(): Attrs {
    return allAttributeKeys();
  }
  override setAttributes(): GPageBreak {
    return this;
  }
}
share(FakePageBreak, elementMethods<FakePageBreak>(), ATTACHED);

export class FakeHorizontalRule
  extends fakeClass<GHorizontalRule>('Document.HorizontalRule')
  implements GHorizontalRule, DocNode
{
  readonly nodeType = 'HORIZONTAL_RULE' as const;
  nodeParent: Container | undefined;
  nodeText(): string {
    return '';
  }
  nodeStores(): TextStore[] {
    return [];
  }
  nodeCopy(): FakeHorizontalRule {
    return new FakeHorizontalRule(this.fakeEnv);
  }
  override getType(): GoogleAppsScript.Document.ElementType {
    return elementType('HORIZONTAL_RULE');
  }
  override asHorizontalRule(): GHorizontalRule {
    return this;
  }
  override getAttributes(): Attrs {
    return allAttributeKeys();
  }
}
share(FakeHorizontalRule, elementMethods<FakeHorizontalRule>(), [
  'fakeGuard',
  'copy',
  'getParent',
  'removeFromParent',
  'isAtDocumentEnd',
]);

type InlineNode = FakeInlineImage | FakePageBreak | FakeHorizontalRule;

// =============================================================================================
// Paragraph and ListItem (shared implementation)
// =============================================================================================

/** State and behaviour shared by Paragraph and ListItem. */
class ParagraphCore {
  readonly store = new TextStore();
  attrs: Attrs = {};
  constructor(
    readonly env: FakeEnv,
    readonly self: Container,
  ) {}

  text(): string {
    return this.store.text;
  }
  /** Children as the real service sees them: the text run (if not empty), then inline elements. */
  children(): Node[] {
    const inl = this.self.nodeChildren;
    return this.store.text.length
      ? [new FakeText(this.env, new SpanSource(this.self, this.store, 0, undefined)), ...inl]
      : inl;
  }
  child(i: number): GElement {
    return childAt(this.env, this.children(), i);
  }
  appendText(text: string): GText {
    const start = this.store.text.length;
    this.store.insert(start, text);
    return new FakeText(this.env, new SpanSource(this.self, this.store, start, text.length));
  }
  editAsText(): GText {
    return new FakeText(this.env, new SpanSource(this.self, this.store, 0, undefined));
  }
  setText(text: string): void {
    const keep = this.store.attrs[0];
    this.store.text = '';
    this.store.attrs = [];
    this.store.insert(0, text, keep ?? {});
    for (const n of this.self.nodeChildren) n.nodeParent = undefined;
    this.self.nodeChildren = [];
  }
  clear(): void {
    this.setText('');
  }
  setAttributes(attrs: unknown): void {
    const { text, element } = splitAttrs(attrs);
    Object.assign(this.attrs, element);
    if (Object.keys(text).length) this.store.setAttrs(0, this.store.text.length, text);
  }
  getAttributes(): Attrs {
    const out = allAttributeKeys();
    for (const [k, v] of Object.entries(this.attrs)) out[k] = v;
    const textAttrs = this.editAsText().getAttributes() as Attrs;
    for (const k of TEXT_KEYS) if (k in out) out[k] = textAttrs[k];
    return out;
  }
  appendInline<T extends InlineNode>(node: T): T {
    return attach(this.self, node);
  }
  copyInto(target: ParagraphCore): void {
    const s = this.store.copy();
    target.store.text = s.text;
    target.store.attrs = s.attrs;
    target.attrs = { ...this.attrs };
    for (const c of this.self.nodeChildren) attach(target.self, c.nodeCopy());
  }
}

type ParagraphLike = FakeParagraph | FakeListItem;
type HorizontalAlignment = GoogleAppsScript.Document.HorizontalAlignment;
type ParagraphHeading = GoogleAppsScript.Document.ParagraphHeading;

/** A setter storing its argument as the paragraph attribute `key`. */
function setsParagraphAttr<N extends ParagraphLike, V>(key: string): (this: N, value: V) => N {
  return function (this: N, value: V): N {
    this.core.attrs[key] = value;
    return this;
  };
}

/** What Paragraph and ListItem share (the real ListItem repeats most of Paragraph's API). */
function paragraphMethods<N extends ParagraphLike>() {
  return {
    setText(this: N, text: string): void {
      this.core.setText(text);
    },
    appendText(this: N, text: string | GText): GText {
      return this.core.appendText(typeof text === 'string' ? text : text.getText());
    },
    editAsText(this: N): GText {
      return this.core.editAsText();
    },
    clear(this: N): N {
      this.core.clear();
      return this;
    },
    getNumChildren(this: N): number {
      return this.core.children().length;
    },
    getChild(this: N, childIndex: number): GElement {
      return this.core.child(childIndex);
    },
    appendInlineImage(this: N, image: GoogleAppsScript.Base.BlobSource | GInlineImage): GInlineImage {
      return this.core.appendInline(toInlineImage(this.fakeEnv, image));
    },
    appendPageBreak(this: N): GPageBreak {
      return this.core.appendInline(new FakePageBreak(this.fakeEnv));
    },
    setAttributes(this: N, attributes: unknown): N {
      this.core.setAttributes(attributes);
      return this;
    },
    getAttributes(this: N): Attrs {
      return this.core.getAttributes();
    },
    setAlignment: setsParagraphAttr<N, HorizontalAlignment>('HORIZONTAL_ALIGNMENT'),
    getAlignment(this: N): HorizontalAlignment {
      return (this.core.attrs.HORIZONTAL_ALIGNMENT ?? realNull()) as HorizontalAlignment;
    },
    setHeading: setsParagraphAttr<N, ParagraphHeading>('HEADING'),
    getHeading(this: N): ParagraphHeading {
      return (this.core.attrs.HEADING ?? fakeEnum('Document.ParagraphHeading').NORMAL) as ParagraphHeading;
    },
    setSpacingBefore: setsParagraphAttr<N, number>('SPACING_BEFORE'),
    setSpacingAfter: setsParagraphAttr<N, number>('SPACING_AFTER'),
    setLineSpacing: setsParagraphAttr<N, number>('LINE_SPACING'),
    setIndentFirstLine: setsParagraphAttr<N, number>('INDENT_FIRST_LINE'),
    setIndentStart: setsParagraphAttr<N, number>('INDENT_START'),
  };
}

export class FakeParagraph
  extends fakeClass<GParagraph & GContainer>(['Document.Paragraph', 'Document.ContainerElement'])
  implements GParagraph, GContainer, DocContainer
{
  readonly nodeType: 'PARAGRAPH' | 'LIST_ITEM' = 'PARAGRAPH';
  nodeParent: Container | undefined;
  nodeChildren: Node[] = [];
  /** @internal */ readonly core: ParagraphCore;
  constructor(env: FakeEnv, text = '') {
    super(env);
    this.core = new ParagraphCore(env, this);
    if (text) this.core.store.insert(0, text, {});
  }
  nodeText(): string {
    return this.core.text();
  }
  nodeStores(): TextStore[] {
    return [this.core.store];
  }
  nodeCopy(): FakeParagraph {
    const p = new FakeParagraph(this.fakeEnv);
    this.core.copyInto(p.core);
    return p;
  }
  /** Paragraph-level attributes set so far (HEADING, HORIZONTAL_ALIGNMENT, SPACING_BEFORE …). */
  fakeAttrs(): Attrs {
    return { ...this.core.attrs };
  }
  /** Attributes of the character at `offset`, for assertions. */
  fakeTextAttrsAt(offset: number): Attrs {
    return { ...(this.core.store.attrs[offset] ?? {}) };
  }

  override getType(): GoogleAppsScript.Document.ElementType {
    return elementType('PARAGRAPH');
  }
  override asParagraph(): GParagraph {
    return this;
  }
  override getChildIndex(child: GElement): number {
    return this.core.children().findIndex((c) => c === child);
  }
  override appendHorizontalRule(): GHorizontalRule {
    return this.core.appendInline(new FakeHorizontalRule(this.fakeEnv));
  }
  override getSpacingBefore(): number {
    return (this.core.attrs.SPACING_BEFORE ?? 0) as number;
  }
  override getSpacingAfter(): number {
    return (this.core.attrs.SPACING_AFTER ?? 0) as number;
  }
  override getLineSpacing(): number {
    return (this.core.attrs.LINE_SPACING ?? 1) as number;
  }
  override getIndentFirstLine(): number {
    return (this.core.attrs.INDENT_FIRST_LINE ?? 0) as number;
  }
  override getIndentStart(): number {
    return (this.core.attrs.INDENT_START ?? 0) as number;
  }
  override setIndentEnd(indent: number): GParagraph {
    this.core.attrs.INDENT_END = indent;
    return this;
  }
  override getIndentEnd(): number {
    return (this.core.attrs.INDENT_END ?? 0) as number;
  }
  override setLeftToRight(leftToRight: boolean): GParagraph {
    this.core.attrs.LEFT_TO_RIGHT = leftToRight;
    return this;
  }
  override isLeftToRight(): boolean {
    return (this.core.attrs.LEFT_TO_RIGHT ?? true) as boolean;
  }
  override setLinkUrl(url: string): GParagraph {
    this.core.store.setAttrs(0, this.core.store.text.length, { LINK_URL: url });
    return this;
  }
}
share(FakeParagraph, elementMethods<FakeParagraph>(), [...ATTACHED, 'replaceText', 'getText']);
share(FakeParagraph, paragraphMethods<FakeParagraph>());

export class FakeListItem
  extends fakeClass<GListItem & GContainer>(['Document.ListItem', 'Document.ContainerElement'])
  implements GListItem, GContainer, DocContainer
{
  readonly nodeType = 'LIST_ITEM' as const;
  nodeParent: Container | undefined;
  nodeChildren: Node[] = [];
  /** @internal */ readonly core: ParagraphCore;
  constructor(env: FakeEnv, text = '', listId = 'kix.list.1') {
    super(env);
    this.core = new ParagraphCore(env, this);
    this.core.attrs.LIST_ID = listId;
    this.core.attrs.NESTING_LEVEL = 0;
    if (text) this.core.store.insert(0, text, {});
  }
  nodeText(): string {
    return this.core.text();
  }
  nodeStores(): TextStore[] {
    return [this.core.store];
  }
  nodeCopy(): FakeListItem {
    const p = new FakeListItem(this.fakeEnv);
    this.core.copyInto(p.core);
    return p;
  }
  fakeAttrs(): Attrs {
    return { ...this.core.attrs };
  }
  override getType(): GoogleAppsScript.Document.ElementType {
    return elementType('LIST_ITEM');
  }
  override asListItem(): GListItem {
    return this;
  }
  override setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): GListItem {
    this.core.attrs.GLYPH_TYPE = glyphType;
    return this;
  }
  override getGlyphType(): GoogleAppsScript.Document.GlyphType {
    return (this.core.attrs.GLYPH_TYPE ?? fakeEnum('Document.GlyphType').BULLET) as GoogleAppsScript.Document.GlyphType;
  }
  override setNestingLevel(nestingLevel: number): GListItem {
    this.core.attrs.NESTING_LEVEL = nestingLevel;
    return this;
  }
  override getNestingLevel(): number {
    return this.core.attrs.NESTING_LEVEL as number;
  }
  override getListId(): string {
    return this.core.attrs.LIST_ID as string;
  }
  override setListId(listItem: GListItem): GListItem {
    this.core.attrs.LIST_ID = listItem.getListId();
    return this;
  }
}
share(FakeListItem, elementMethods<FakeListItem>(), [...ATTACHED, 'replaceText', 'getText']);
share(FakeListItem, paragraphMethods<FakeListItem>());

function toInlineImage(env: FakeEnv, image: GoogleAppsScript.Base.BlobSource | GInlineImage): FakeInlineImage {
  if (image instanceof FakeInlineImage) return image.nodeCopy();
  if (image instanceof FakeBlob) return new FakeInlineImage(env, image);
  const blob = image.getBlob();
  if (!(blob instanceof FakeBlob)) throw gasError(env, 'Invalid argument: image');
  return new FakeInlineImage(env, blob);
}

// =============================================================================================
// Block containers: Body, HeaderSection, FooterSection, TableCell
// =============================================================================================

/** Operations shared by every container of paragraphs, list items and tables. */
class Blocks {
  constructor(
    private readonly env: FakeEnv,
    private readonly self: Container,
  ) {}
  get list(): Node[] {
    return this.self.nodeChildren;
  }
  child(i: number): GElement {
    return childAt(this.env, this.list, i);
  }
  index(child: unknown): number {
    return this.list.findIndex((c) => c === child);
  }
  private at(index: number | undefined): number | undefined {
    if (index === undefined) return undefined;
    if (!(index >= 0 && index <= this.list.length)) throw childIndexError(this.env, index, this.list.length + 1);
    return index;
  }
  paragraph(text: string | GParagraph, index?: number): FakeParagraph {
    const p =
      typeof text === 'string'
        ? new FakeParagraph(this.env, text)
        : text instanceof FakeParagraph
          ? text.nodeParent
            ? text.nodeCopy()
            : text
          : invalid(this.env, 'paragraph');
    return attach(this.self, p, this.at(index));
  }
  listItem(text: string | GListItem, index?: number): FakeListItem {
    const i = this.at(index) ?? this.list.length;
    let item: FakeListItem;
    if (typeof text === 'string') {
      const prev = this.list[i - 1];
      const listId = prev instanceof FakeListItem ? prev.getListId() : this.env.nextId('kix.list');
      item = new FakeListItem(this.env, text, listId);
    } else if (text instanceof FakeListItem) {
      item = text.nodeParent ? text.nodeCopy() : text;
    } else {
      item = invalid(this.env, 'listItem');
    }
    return attach(this.self, item, i);
  }
  table(cells: string[][] | GTable | null | undefined, index?: number): FakeTable {
    let t: FakeTable;
    if (cells instanceof FakeTable) t = cells.nodeParent ? cells.nodeCopy() : cells;
    else if (cells === undefined || cells === null) t = new FakeTable(this.env, []);
    else if (Array.isArray(cells) && cells.every((r) => Array.isArray(r))) t = new FakeTable(this.env, cells);
    else t = invalid(this.env, 'cells');
    const table = attach(this.self, t, this.at(index));
    // Like Docs: a body never ends with a table; an empty paragraph follows one appended last.
    if (this.self.nodeType === 'BODY_SECTION' && this.list[this.list.length - 1] === table)
      attach(this.self, new FakeParagraph(this.env));
    return table;
  }
  /** A new paragraph holding an inline node (body.appendPageBreak/appendImage/appendHorizontalRule). */
  inParagraph<T extends InlineNode>(node: T, index?: number): T {
    if (this.self.nodeType === 'TABLE_CELL' && node.nodeType === 'PAGE_BREAK') {
      throw gasError(this.env, 'PageBreaks may not be contained within TableCells.');
    }
    const p = attach(this.self, new FakeParagraph(this.env), this.at(index));
    return p.core.appendInline(node);
  }
  remove(child: unknown): void {
    const node = findChild(this.list, child);
    if (!node) throw gasError(this.env, 'Element does not contain the specified child element.');
    detach(this.env, node);
  }
  /** Removes every child and leaves one empty paragraph (a section is never empty). */
  clear(): FakeParagraph {
    for (const c of this.list) c.nodeParent = undefined;
    this.self.nodeChildren = [];
    return attach(this.self, new FakeParagraph(this.env));
  }
  setText(text: string): void {
    this.clear().setText(text);
  }
  text(): string {
    return this.list.map((c) => c.nodeText()).join('\n');
  }
  stores(): TextStore[] {
    return this.list.flatMap((c) => c.nodeStores());
  }
  /** Descendants (depth-first, document order) that satisfy `pred`. */
  collect<T extends Node>(pred: (n: Node) => n is T): T[] {
    const out: T[] = [];
    const walk = (nodes: readonly Node[]) => {
      for (const n of nodes) {
        if (pred(n)) out.push(n);
        if ('nodeChildren' in n && Array.isArray(n.nodeChildren)) walk(n.nodeChildren as Node[]);
      }
    };
    walk(this.list);
    return out;
  }
  /**
   * Applies text attributes to every character and paragraph attributes to every paragraph; returns
   * the attributes left for the container itself.
   */
  setAttributes(attrs: unknown): Attrs {
    const { text, element } = splitAttrs(attrs);
    if (Object.keys(text).length) for (const s of this.stores()) s.setAttrs(0, s.text.length, text);
    const rest: Attrs = {};
    for (const [k, v] of Object.entries(element)) {
      if (PARAGRAPH_KEYS.has(k)) for (const p of this.collect(isParagraphLike)) p.setAttributes({ [k]: v });
      else rest[k] = v;
    }
    return rest;
  }
}

function invalid(env: FakeEnv, what: string): never {
  throw gasError(env, `Invalid argument: ${what}`);
}

/** Paragraphs and list items (getParagraphs() returns both, like the real service). */
function isParagraphLike(n: Node): n is FakeParagraph | FakeListItem {
  return n instanceof FakeParagraph || n instanceof FakeListItem;
}

/** What Body, HeaderSection/FooterSection and TableCell share. */
function blockMethods<N extends FakeBody | FakeSection | FakeTableCell>() {
  return {
    appendParagraph(this: N, p: string | GParagraph): GParagraph {
      return this.blocks.paragraph(p);
    },
    insertParagraph(this: N, childIndex: number, p: string | GParagraph): GParagraph {
      return this.blocks.paragraph(p, childIndex);
    },
    appendListItem(this: N, item: string | GListItem): GListItem {
      return this.blocks.listItem(item);
    },
    appendTable(this: N, cells?: string[][] | GTable | null): GTable {
      return this.blocks.table(cells);
    },
    appendImage(this: N, image: GoogleAppsScript.Base.BlobSource | GInlineImage): GInlineImage {
      return this.blocks.inParagraph(toInlineImage(this.fakeEnv, image));
    },
    getChild(this: N, childIndex: number): GElement {
      return this.blocks.child(childIndex);
    },
    getChildIndex(this: N, child: GElement): number {
      return this.blocks.index(child);
    },
    removeChild(this: N, child: GElement): N {
      this.blocks.remove(child);
      return this;
    },
    setText(this: N, text: string): N {
      this.blocks.setText(text);
      return this;
    },
    clear(this: N): N {
      this.blocks.clear();
      return this;
    },
  };
}

/** What Body and HeaderSection/FooterSection add (TableCell has neither). */
function sectionMethods<N extends FakeBody | FakeSection>() {
  return {
    ...blockMethods<N>(),
    getParagraphs(this: N): GParagraph[] {
      // Like the real service: list items are paragraphs too.
      return this.blocks.collect(isParagraphLike);
    },
    getTables(this: N): GTable[] {
      return this.blocks.collect((n): n is FakeTable => n instanceof FakeTable);
    },
  };
}

/** Element methods of the block containers. */
const BLOCK_CONTAINER = ['fakeGuard', 'replaceText', 'getText', 'getNumChildren', 'editAsText'] as const;

export class FakeBody
  extends fakeClass<GBody & GContainer>(['Document.Body', 'Document.ContainerElement'])
  implements GBody, GContainer, DocContainer
{
  readonly nodeType = 'BODY_SECTION' as const;
  nodeParent: Container | undefined;
  nodeChildren: Node[] = [];
  readonly nodeDoc: DocModel;
  /** @internal */ readonly blocks: Blocks;
  private readonly page = {
    MARGIN_TOP: 72,
    MARGIN_BOTTOM: 72,
    MARGIN_LEFT: 72,
    MARGIN_RIGHT: 72,
    PAGE_WIDTH: 612,
    PAGE_HEIGHT: 792,
  };
  private readonly headingAttrs = new Map<string, Attrs>();

  constructor(env: FakeEnv, doc: DocModel) {
    super(env);
    this.nodeDoc = doc;
    this.blocks = new Blocks(env, this);
    this.blocks.clear(); // a new document body holds one empty paragraph
  }
  nodeText(): string {
    return this.blocks.text();
  }
  nodeStores(): TextStore[] {
    return this.blocks.stores();
  }
  nodeCopy(): never {
    throw new NotImplementedInFake('Body.copy');
  }
  /** Page size and margins in points, for assertions. */
  fakePage(): Readonly<typeof this.page> {
    return { ...this.page };
  }

  override getType(): GoogleAppsScript.Document.ElementType {
    return elementType('BODY_SECTION');
  }
  override asBody(): GBody {
    return this;
  }
  override insertListItem(childIndex: number, item: string | GListItem): GListItem {
    return this.blocks.listItem(item, childIndex);
  }
  override insertTable(childIndex: number, cells?: string[][] | GTable | null): GTable {
    return this.blocks.table(cells, childIndex);
  }
  override appendPageBreak(): GPageBreak {
    return this.blocks.inParagraph(new FakePageBreak(this.fakeEnv));
  }
  override insertPageBreak(childIndex: number): GPageBreak {
    return this.blocks.inParagraph(new FakePageBreak(this.fakeEnv), childIndex);
  }
  override insertImage(childIndex: number, image: GoogleAppsScript.Base.BlobSource | GInlineImage): GInlineImage {
    return this.blocks.inParagraph(toInlineImage(this.fakeEnv, image), childIndex);
  }
  override appendHorizontalRule(): GHorizontalRule {
    return this.blocks.inParagraph(new FakeHorizontalRule(this.fakeEnv));
  }
  override getListItems(): GListItem[] {
    return this.blocks.collect((n): n is FakeListItem => n instanceof FakeListItem);
  }
  override getImages(): GInlineImage[] {
    return this.blocks.collect((n): n is FakeInlineImage => n instanceof FakeInlineImage);
  }
  override setAttributes(attributes: unknown): this {
    for (const [k, v] of Object.entries(this.blocks.setAttributes(attributes))) {
      if (k in this.page && typeof v === 'number') this.page[k as keyof typeof this.page] = v;
    }
    return this;
  }
  override getAttributes(): Attrs {
    return { ...allAttributeKeys(), ...this.page };
  }
  override getHeadingAttributes(paragraphHeading: GoogleAppsScript.Document.ParagraphHeading): Attrs {
    return { ...allAttributeKeys(), ...this.headingAttrs.get(String(paragraphHeading)) };
  }
  override setHeadingAttributes(
    paragraphHeading: GoogleAppsScript.Document.ParagraphHeading,
    attributes: Attrs,
  ): GBody {
    this.headingAttrs.set(String(paragraphHeading), {
      ...this.headingAttrs.get(String(paragraphHeading)),
      ...attributes,
    });
    return this;
  }
  override setMarginTop(v: number): GBody {
    this.page.MARGIN_TOP = v;
    return this;
  }
  override setMarginBottom(v: number): GBody {
    this.page.MARGIN_BOTTOM = v;
    return this;
  }
  override setMarginLeft(v: number): GBody {
    this.page.MARGIN_LEFT = v;
    return this;
  }
  override setMarginRight(v: number): GBody {
    this.page.MARGIN_RIGHT = v;
    return this;
  }
  override setPageWidth(v: number): GBody {
    this.page.PAGE_WIDTH = v;
    return this;
  }
  override setPageHeight(v: number): GBody {
    this.page.PAGE_HEIGHT = v;
    return this;
  }
  override getMarginTop(): number {
    return this.page.MARGIN_TOP;
  }
  override getMarginBottom(): number {
    return this.page.MARGIN_BOTTOM;
  }
  override getMarginLeft(): number {
    return this.page.MARGIN_LEFT;
  }
  override getMarginRight(): number {
    return this.page.MARGIN_RIGHT;
  }
  override getPageWidth(): number {
    return this.page.PAGE_WIDTH;
  }
  override getPageHeight(): number {
    return this.page.PAGE_HEIGHT;
  }
}
share(FakeBody, elementMethods<FakeBody>(), BLOCK_CONTAINER);
share(FakeBody, sectionMethods<FakeBody>());

type GSection = GoogleAppsScript.Document.HeaderSection & GoogleAppsScript.Document.FooterSection & GContainer;

export class FakeSection
  extends fakeClass<GSection>(['Document.HeaderSection', 'Document.FooterSection', 'Document.ContainerElement'])
  implements GSection, DocContainer
{
  nodeParent: Container | undefined;
  nodeChildren: Node[] = [];
  readonly nodeDoc: DocModel;
  /** @internal */ readonly blocks: Blocks;
  constructor(
    env: FakeEnv,
    doc: DocModel,
    readonly nodeType: 'HEADER_SECTION' | 'FOOTER_SECTION',
  ) {
    super(env);
    this.nodeDoc = doc;
    this.blocks = new Blocks(env, this);
    this.blocks.clear();
  }
  nodeText(): string {
    return this.blocks.text();
  }
  nodeStores(): TextStore[] {
    return this.blocks.stores();
  }
  nodeCopy(): never {
    throw new NotImplementedInFake('HeaderSection.copy');
  }
  override getType(): GoogleAppsScript.Document.ElementType {
    return elementType(this.nodeType);
  }
  override asHeaderSection(): GoogleAppsScript.Document.HeaderSection {
    return this;
  }
  override asFooterSection(): GoogleAppsScript.Document.FooterSection {
    return this;
  }
  override setAttributes(attributes: unknown): this {
    this.blocks.setAttributes(attributes);
    return this;
  }
}
share(FakeSection, elementMethods<FakeSection>(), BLOCK_CONTAINER);
share(FakeSection, sectionMethods<FakeSection>());

// =============================================================================================
// Tables
// =============================================================================================

export class FakeTable
  extends fakeClass<GTable & GContainer>(['Document.Table', 'Document.ContainerElement'])
  implements GTable, GContainer, DocContainer
{
  readonly nodeType = 'TABLE' as const;
  nodeParent: Container | undefined;
  nodeChildren: Node[] = [];
  /** @internal */ attrs: Attrs = {};
  private readonly columnWidths = new Map<number, number>();
  constructor(env: FakeEnv, cells: string[][]) {
    super(env);
    for (const r of cells) {
      const row = attach(this, new FakeTableRow(env));
      for (const text of r) row.appendTableCell(String(text));
    }
  }
  nodeText(): string {
    return this.nodeChildren.map((r) => r.nodeText()).join('\n');
  }
  nodeStores(): TextStore[] {
    return this.nodeChildren.flatMap((r) => r.nodeStores());
  }
  nodeCopy(): FakeTable {
    const t = new FakeTable(this.fakeEnv, []);
    t.attrs = { ...this.attrs };
    this.columnWidths.forEach((v, k) => t.columnWidths.set(k, v));
    for (const r of this.nodeChildren) attach(t, r.nodeCopy());
    return t;
  }
  /** All cell texts as a 2-D array (for assertions). */
  fakeCells(): string[][] {
    return this.rows().map((r) => r.cells().map((c) => c.getText()));
  }
  fakeAttrs(): Attrs {
    return { ...this.attrs };
  }
  override getType(): GoogleAppsScript.Document.ElementType {
    return elementType('TABLE');
  }
  override asTable(): GTable {
    return this;
  }
  override getNumRows(): number {
    return this.nodeChildren.length;
  }
  /** @internal */
  rows(): FakeTableRow[] {
    return this.nodeChildren.filter((n): n is FakeTableRow => n instanceof FakeTableRow);
  }
  override getRow(rowIndex: number): FakeTableRow {
    return childAt(this.fakeEnv, this.rows(), rowIndex);
  }
  override getChild(childIndex: number): GElement {
    return this.getRow(childIndex);
  }
  override getChildIndex(child: GElement): number {
    return this.nodeChildren.findIndex((c) => c === child);
  }
  override getCell(rowIndex: number, cellIndex: number): GTableCell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }
  override appendTableRow(row?: GTableRow): GTableRow {
    if (row === undefined) return attach(this, new FakeTableRow(this.fakeEnv));
    if (!(row instanceof FakeTableRow)) invalid(this.fakeEnv, 'tableRow');
    return attach(this, row.nodeParent ? row.nodeCopy() : row);
  }
  override insertTableRow(childIndex: number, row?: GTableRow | null): GTableRow {
    const r = row instanceof FakeTableRow ? (row.nodeParent ? row.nodeCopy() : row) : new FakeTableRow(this.fakeEnv);
    return attach(this, r, childIndex);
  }
  override removeRow(rowIndex: number): GTableRow {
    const r = this.getRow(rowIndex);
    detach(this.fakeEnv, r);
    return r;
  }
  override removeChild(child: GElement): GTable {
    const node = findChild(this.nodeChildren, child);
    if (!node) invalid(this.fakeEnv, 'child');
    detach(this.fakeEnv, node);
    return this;
  }
  override setBorderWidth(width: number): GTable {
    this.attrs.BORDER_WIDTH = width;
    return this;
  }
  override getBorderWidth(): number {
    return (this.attrs.BORDER_WIDTH ?? 1) as number;
  }
  override setBorderColor(color: string): GTable {
    this.attrs.BORDER_COLOR = color;
    return this;
  }
  override getBorderColor(): string {
    return (this.attrs.BORDER_COLOR ?? '#000000') as string;
  }
  override setColumnWidth(columnIndex: number, width: number): GTable {
    this.columnWidths.set(columnIndex, width);
    return this;
  }
  override getColumnWidth(columnIndex: number): number {
    return this.columnWidths.get(columnIndex) ?? realNull<number>();
  }
  override clear(): this {
    for (const c of this.nodeChildren) c.nodeParent = undefined;
    this.nodeChildren = [];
    return this;
  }
  /** Like a body or a cell: text attributes reach every character, paragraph ones every paragraph. */
  override setAttributes(attributes: unknown): this {
    Object.assign(this.attrs, new Blocks(this.fakeEnv, this).setAttributes(attributes));
    return this;
  }
}
share(FakeTable, elementMethods<FakeTable>(), [
  ...ATTACHED,
  'replaceText',
  'getText',
  'getNumChildren',
  'editAsText',
  'getAttributes',
]);

export class FakeTableRow
  extends fakeClass<GTableRow & GContainer>(['Document.TableRow', 'Document.ContainerElement'])
  implements GTableRow, GContainer, DocContainer
{
  readonly nodeType = 'TABLE_ROW' as const;
  nodeParent: Container | undefined;
  nodeChildren: Node[] = [];
  /** @internal */ attrs: Attrs = {};
  nodeText(): string {
    return this.nodeChildren.map((c) => c.nodeText()).join('\t');
  }
  nodeStores(): TextStore[] {
    return this.nodeChildren.flatMap((c) => c.nodeStores());
  }
  nodeCopy(): FakeTableRow {
    const r = new FakeTableRow(this.fakeEnv);
    r.attrs = { ...this.attrs };
    for (const c of this.nodeChildren) attach(r, c.nodeCopy());
    return r;
  }
  override getType(): GoogleAppsScript.Document.ElementType {
    return elementType('TABLE_ROW');
  }
  override asTableRow(): GTableRow {
    return this;
  }
  override getNumCells(): number {
    return this.nodeChildren.length;
  }
  /** @internal */
  cells(): FakeTableCell[] {
    return this.nodeChildren.filter((n): n is FakeTableCell => n instanceof FakeTableCell);
  }
  override getCell(cellIndex: number): FakeTableCell {
    return childAt(this.fakeEnv, this.cells(), cellIndex);
  }
  override getChild(childIndex: number): GElement {
    return this.getCell(childIndex);
  }
  override appendTableCell(textOrCell?: string | GTableCell | null): GTableCell {
    if (textOrCell instanceof FakeTableCell)
      return attach(this, textOrCell.nodeParent ? textOrCell.nodeCopy() : textOrCell);
    return attach(this, new FakeTableCell(this.fakeEnv, typeof textOrCell === 'string' ? textOrCell : ''));
  }
  override removeCell(cellIndex: number): GTableCell {
    const c = this.getCell(cellIndex);
    detach(this.fakeEnv, c);
    return c;
  }
  override getParentTable(): GTable {
    return this.nodeParent instanceof FakeTable ? this.nodeParent : realNull<GTable>();
  }
  override setMinimumHeight(minHeight: number): GTableRow {
    this.attrs.MINIMUM_HEIGHT = minHeight;
    return this;
  }
  override getMinimumHeight(): number {
    return (this.attrs.MINIMUM_HEIGHT ?? 0) as number;
  }
}
share(FakeTableRow, elementMethods<FakeTableRow>(), [
  'fakeGuard',
  'getParent',
  'removeFromParent',
  'getText',
  'getNumChildren',
  'editAsText',
  'getAttributes',
  'setAttributes',
]);

export class FakeTableCell
  extends fakeClass<GTableCell & GContainer>(['Document.TableCell', 'Document.ContainerElement'])
  implements GTableCell, GContainer, DocContainer
{
  readonly nodeType = 'TABLE_CELL' as const;
  nodeParent: Container | undefined;
  nodeChildren: Node[] = [];
  /** @internal */ attrs: Attrs = {};
  /** @internal */ readonly blocks: Blocks;
  constructor(env: FakeEnv, text = '') {
    super(env);
    this.blocks = new Blocks(env, this);
    attach(this, new FakeParagraph(env, text));
  }
  nodeText(): string {
    return this.blocks.text();
  }
  nodeStores(): TextStore[] {
    return this.blocks.stores();
  }
  nodeCopy(): FakeTableCell {
    const c = new FakeTableCell(this.fakeEnv);
    c.nodeChildren = [];
    c.attrs = { ...this.attrs };
    for (const n of this.nodeChildren) attach(c, n.nodeCopy());
    return c;
  }
  fakeAttrs(): Attrs {
    return { ...this.attrs };
  }
  override getType(): GoogleAppsScript.Document.ElementType {
    return elementType('TABLE_CELL');
  }
  override asTableCell(): GTableCell {
    return this;
  }
  override getParentRow(): GTableRow {
    return this.nodeParent instanceof FakeTableRow ? this.nodeParent : realNull<GTableRow>();
  }
  override getParentTable(): GTable {
    return this.nodeParent instanceof FakeTableRow ? this.nodeParent.getParentTable() : realNull<GTable>();
  }
  override getColSpan(): number {
    return 1;
  }
  override getRowSpan(): number {
    return 1;
  }
  private set(key: string, value: unknown): GTableCell {
    this.attrs[key] = value;
    return this;
  }
  override setPaddingTop(v: number): GTableCell {
    return this.set('PADDING_TOP', v);
  }
  override setPaddingBottom(v: number): GTableCell {
    return this.set('PADDING_BOTTOM', v);
  }
  override setPaddingLeft(v: number): GTableCell {
    return this.set('PADDING_LEFT', v);
  }
  override setPaddingRight(v: number): GTableCell {
    return this.set('PADDING_RIGHT', v);
  }
  override getPaddingTop(): number {
    return (this.attrs.PADDING_TOP ?? 5) as number;
  }
  override getPaddingBottom(): number {
    return (this.attrs.PADDING_BOTTOM ?? 5) as number;
  }
  override getPaddingLeft(): number {
    return (this.attrs.PADDING_LEFT ?? 5) as number;
  }
  override getPaddingRight(): number {
    return (this.attrs.PADDING_RIGHT ?? 5) as number;
  }
  override setBackgroundColor(color: string): GTableCell {
    return this.set('BACKGROUND_COLOR', color);
  }
  override getBackgroundColor(): string {
    return (this.attrs.BACKGROUND_COLOR ?? realNull()) as string;
  }
  override setVerticalAlignment(alignment: GoogleAppsScript.Document.VerticalAlignment): GTableCell {
    return this.set('VERTICAL_ALIGNMENT', alignment);
  }
  override getVerticalAlignment(): GoogleAppsScript.Document.VerticalAlignment {
    return (this.attrs.VERTICAL_ALIGNMENT ??
      fakeEnum('Document.VerticalAlignment').TOP) as GoogleAppsScript.Document.VerticalAlignment;
  }
  /** ContainerElement.setLinkUrl: the whole cell's text links to `url`. */
  override setLinkUrl(url: string): GTableCell {
    for (const store of this.blocks.stores()) store.setAttrs(0, store.text.length, { LINK_URL: url });
    return this;
  }
  override setWidth(width: number): GTableCell {
    return this.set('WIDTH', width);
  }
  override getWidth(): number {
    return (this.attrs.WIDTH ?? realNull()) as number;
  }
  override setAttributes(attributes: unknown): this {
    Object.assign(this.attrs, this.blocks.setAttributes(attributes));
    return this;
  }
}
share(FakeTableCell, elementMethods<FakeTableCell>(), [
  'fakeGuard',
  'getParent',
  'replaceText',
  'getText',
  'getNumChildren',
  'editAsText',
  'getAttributes',
]);
share(FakeTableCell, blockMethods<FakeTableCell>());

// =============================================================================================
// Document, DocumentApp
// =============================================================================================

export class FakeDocument extends fakeClass<GDoc>('Document.Document') implements GDoc {
  /** @internal */ readonly model: DocModel = { closed: false };
  private readonly body: FakeBody;
  private header: FakeSection | undefined;
  private footer: FakeSection | undefined;
  constructor(
    env: FakeEnv,
    private readonly id: string,
    private name: string,
  ) {
    super(env);
    this.body = new FakeBody(env, this.model);
  }
  override fakeGuard(method: string): void {
    if (MUTATOR.test(method) && this.model.closed) throw gasError(this.fakeEnv, MSG_CLOSED);
  }
  /** true after saveAndClose(). */
  get fakeClosed(): boolean {
    return this.model.closed;
  }
  /** Id and name without a counted call (the Docs API fake finds documents by id). */
  get fakeId(): string {
    return this.id;
  }
  get fakeName(): string {
    return this.name;
  }
  /** The body, typed as the fake (for assertions). */
  get fakeBody(): FakeBody {
    return this.body;
  }
  override getId(): string {
    return this.id;
  }
  override getName(): string {
    return this.name;
  }
  override setName(name: string): GDoc {
    this.name = name;
    return this;
  }
  override getUrl(): string {
    return `https://docs.google.com/open?id=${this.id}`;
  }
  override getBody(): GBody {
    return this.body;
  }
  override getHeader(): GoogleAppsScript.Document.HeaderSection {
    return this.header ?? realNull();
  }
  override getFooter(): GoogleAppsScript.Document.FooterSection {
    return this.footer ?? realNull();
  }
  override addHeader(): GoogleAppsScript.Document.HeaderSection {
    if (this.header) throw gasError(this.fakeEnv, 'Document tab already contains a header.');
    this.header = new FakeSection(this.fakeEnv, this.model, 'HEADER_SECTION');
    return this.header;
  }
  override addFooter(): GoogleAppsScript.Document.FooterSection {
    if (this.footer) throw gasError(this.fakeEnv, 'Document tab already contains a footer.');
    this.footer = new FakeSection(this.fakeEnv, this.model, 'FOOTER_SECTION');
    return this.footer;
  }
  override saveAndClose(): void {
    this.model.closed = true;
  }
}

export class FakeDocumentApp
  extends fakeClass<GoogleAppsScript.Document.DocumentApp>('Document.DocumentApp')
  implements GoogleAppsScript.Document.DocumentApp
{
  /** Documents created (or registered) so far, in creation order. */
  readonly documents: FakeDocument[] = [];
  /** Remaining create() calls before the daily quota error; undefined = unlimited. */
  createQuota: number | undefined;

  /** The last document created, for assertions. */
  get lastDocument(): FakeDocument | undefined {
    return this.documents[this.documents.length - 1];
  }

  override create(name: string): GDoc {
    if (this.createQuota !== undefined) {
      if (this.createQuota <= 0)
        throw gasError(this.fakeEnv, 'Service invoked too many times for one day: docs create.');
      this.createQuota--;
    }
    const doc = new FakeDocument(this.fakeEnv, this.fakeEnv.nextId('fake-doc'), name);
    this.documents.push(doc);
    return doc;
  }
  override openById(id: string): GDoc {
    const doc = this.documents.find((d) => d.getId() === id);
    if (!doc)
      throw gasError(this.fakeEnv, "Document is missing (perhaps it was deleted, or you don't have read access?)");
    doc.model.closed = false;
    return doc;
  }
  override openByUrl(url: string): GDoc {
    const m = /[?&]id=([^&]+)|\/d\/([^/]+)/.exec(url);
    return this.openById(m ? (m[1] ?? m[2]) : '');
  }
  override getActiveDocument(): GDoc {
    // A spreadsheet-bound script has no active document.
    return realNull<GDoc>();
  }
  override getUi(): GoogleAppsScript.Base.Ui {
    throw gasError(this.fakeEnv, 'Cannot call DocumentApp.getUi() from this context.');
  }
}
