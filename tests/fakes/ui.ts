/** Fakes of Ui / Menu (Base) and HtmlService / HtmlOutput / HtmlTemplate (HTML). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FakeBlob } from './base';
import { fakeClass, fakeEnum, gasError, type FakeEnv } from './core';

type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: MenuRecord };

export interface MenuRecord {
  caption: string;
  addon: boolean;
  entries: MenuEntry[];
}

export interface AlertRecord {
  title?: string;
  prompt: string;
  buttons?: ButtonSet;
  answer: Button;
}

export interface DialogRecord {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  output: FakeHtmlOutput;
}

/** Every menu item's function name, including sub-menus. */
export function menuFunctionNames(menu: MenuRecord): string[] {
  return menu.entries.flatMap((e) =>
    e.kind === 'item' ? [e.functionName] : e.kind === 'submenu' ? menuFunctionNames(e.menu) : [],
  );
}

export class FakeMenu extends fakeClass<GoogleAppsScript.Base.Menu>('Base.Menu') implements GoogleAppsScript.Base.Menu {
  /** @internal */ readonly record: MenuRecord;
  constructor(
    env: FakeEnv,
    private readonly ui: FakeUi,
    caption: string,
    addon: boolean,
  ) {
    super(env);
    this.record = { caption, addon, entries: [] };
  }
  override addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    if (typeof functionName !== 'string' || !functionName)
      throw gasError(this.fakeEnv, 'Invalid argument: functionName');
    this.record.entries.push({ kind: 'item', caption, functionName });
    return this;
  }
  override addSeparator(): GoogleAppsScript.Base.Menu {
    this.record.entries.push({ kind: 'separator' });
    return this;
  }
  override addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    if (!(menu instanceof FakeMenu)) throw gasError(this.fakeEnv, 'Invalid argument: menu');
    this.record.entries.push({ kind: 'submenu', menu: menu.record });
    return this;
  }
  override addToUi(): void {
    this.ui.fakeAddMenu(this.record);
  }
}

export class FakePromptResponse
  extends fakeClass<GoogleAppsScript.Base.PromptResponse>('Base.PromptResponse')
  implements GoogleAppsScript.Base.PromptResponse
{
  constructor(
    env: FakeEnv,
    private readonly text: string,
    private readonly button: Button,
  ) {
    super(env);
  }
  override getResponseText(): string {
    return this.text;
  }
  override getSelectedButton(): Button {
    return this.button;
  }
}

/**
 * Records menus, alerts, prompts, sidebars and dialogs. Answers to alert()/prompt() come from a queue
 * the test fills (`queueAnswer`, `queuePrompt`); with an empty queue alert() answers the first
 * button of the set (OK or YES), like a user who accepts.
 */
export class FakeUi extends fakeClass<GoogleAppsScript.Base.Ui>('Base.Ui') implements GoogleAppsScript.Base.Ui {
  /** Menus added to the UI, by caption (a later addToUi with the same caption replaces the menu). */
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: { title?: string; prompt: string; answer: string; button: Button }[] = [];
  readonly dialogs: DialogRecord[] = [];
  private readonly answers: Button[] = [];
  private readonly promptAnswers: { text: string; button: Button }[] = [];

  /** @internal */
  fakeAddMenu(rec: MenuRecord): void {
    const i = this.menus.findIndex((m) => m.caption === rec.caption);
    if (i >= 0) this.menus[i] = rec;
    else this.menus.push(rec);
  }
  /** The next alert() returns this button. */
  queueAnswer(button: Button | keyof typeof GoogleAppsScript.Base.Button): this {
    this.answers.push(typeof button === 'string' ? fakeEnum('Base.Button')[button] : button);
    return this;
  }
  /** The next prompt() returns this text and button. */
  queuePrompt(text: string, button: Button | keyof typeof GoogleAppsScript.Base.Button = 'OK'): this {
    this.promptAnswers.push({ text, button: typeof button === 'string' ? fakeEnum('Base.Button')[button] : button });
    return this;
  }
  /** The last sidebar shown, if any. */
  get sidebar(): FakeHtmlOutput | undefined {
    return [...this.dialogs].reverse().find((d) => d.kind === 'sidebar')?.output;
  }

  private defaultAnswer(buttons: ButtonSet | undefined): Button {
    const B = fakeEnum('Base.Button');
    const set = buttons === undefined ? 'OK' : String(buttons);
    return set.startsWith('YES') ? B.YES : B.OK;
  }

  override createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return new FakeMenu(this.fakeEnv, this, caption, false);
  }
  override createAddonMenu(): GoogleAppsScript.Base.Menu {
    return new FakeMenu(this.fakeEnv, this, this.fakeEnv.options.addonName, true);
  }
  override alert(a: string, b?: string | ButtonSet, c?: ButtonSet): Button {
    let title: string | undefined;
    let prompt: string;
    let buttons: ButtonSet | undefined;
    if (typeof b === 'string' && !isButtonSet(b)) {
      title = a;
      prompt = b;
      buttons = c;
    } else {
      prompt = a;
      buttons = b;
    }
    const answer = this.answers.shift() ?? this.defaultAnswer(buttons);
    this.alerts.push({ title, prompt, buttons, answer });
    return answer;
  }
  override prompt(a: string, b?: string | ButtonSet, c?: ButtonSet): GoogleAppsScript.Base.PromptResponse {
    let title: string | undefined;
    let prompt: string;
    let buttons: ButtonSet | undefined;
    if (typeof b === 'string' && !isButtonSet(b)) {
      title = a;
      prompt = b;
      buttons = c;
    } else {
      prompt = a;
      buttons = b;
    }
    const next = this.promptAnswers.shift() ?? { text: '', button: this.defaultAnswer(buttons) };
    this.prompts.push({ title, prompt, answer: next.text, button: next.button });
    return new FakePromptResponse(this.fakeEnv, next.text, next.button);
  }
  override showSidebar(userInterface: HtmlOutput): void {
    const out = asFakeOutput(this.fakeEnv, userInterface);
    this.dialogs.push({ kind: 'sidebar', title: out.getTitle(), output: out });
  }
  override showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.dialogs.push({ kind: 'modal', title, output: asFakeOutput(this.fakeEnv, userInterface) });
  }
  override showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.dialogs.push({ kind: 'modeless', title, output: asFakeOutput(this.fakeEnv, userInterface) });
  }
}

/** Enum values are their names (strings): tell a ButtonSet from a prompt text. */
function isButtonSet(v: unknown): v is ButtonSet {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(fakeEnum('Base.ButtonSet'), v);
}

function asFakeOutput(env: FakeEnv, o: unknown): FakeHtmlOutput {
  if (!(o instanceof FakeHtmlOutput)) throw gasError(env, 'Invalid argument: userInterface');
  return o;
}

// =============================================================================================
// HtmlService
// =============================================================================================

export class FakeHtmlOutput extends fakeClass<HtmlOutput>('HTML.HtmlOutput') implements HtmlOutput {
  private title = '';
  private width = 300;
  private height = 500;
  private favicon = '';
  /** Recorded settings (for assertions). */
  readonly settings: { sandboxMode?: unknown; xFrameOptionsMode?: unknown; metaTags: [string, string][] } = {
    metaTags: [],
  };

  constructor(
    env: FakeEnv,
    private content: string,
  ) {
    super(env);
  }
  override getContent(): string {
    return this.content;
  }
  override setContent(content: string): HtmlOutput {
    this.content = content;
    return this;
  }
  override append(addedContent: string): HtmlOutput {
    this.content += addedContent;
    return this;
  }
  override appendUntrusted(addedContent: string): HtmlOutput {
    this.content += addedContent
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
    return this;
  }
  override clear(): HtmlOutput {
    this.content = '';
    return this;
  }
  override getTitle(): string {
    return this.title;
  }
  override setTitle(title: string): HtmlOutput {
    this.title = title;
    return this;
  }
  override getWidth(): number {
    return this.width;
  }
  override setWidth(width: number): HtmlOutput {
    this.width = width;
    return this;
  }
  override getHeight(): number {
    return this.height;
  }
  override setHeight(height: number): HtmlOutput {
    this.height = height;
    return this;
  }
  override getFaviconUrl(): string {
    return this.favicon;
  }
  override setFaviconUrl(iconUrl: string): HtmlOutput {
    this.favicon = iconUrl;
    return this;
  }
  override addMetaTag(name: string, content: string): HtmlOutput {
    this.settings.metaTags.push([name, content]);
    return this;
  }
  override setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    this.settings.sandboxMode = mode;
    return this;
  }
  override setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    this.settings.xFrameOptionsMode = mode;
    return this;
  }
  override getBlob(): GoogleAppsScript.Base.Blob {
    return new FakeBlob(this.fakeEnv, this.content, 'text/html', null);
  }
  override getAs(contentType: string): GoogleAppsScript.Base.Blob {
    return this.getBlob().getAs(contentType);
  }
  override asTemplate(): GoogleAppsScript.HTML.HtmlTemplate {
    return new FakeHtmlTemplate(this.fakeEnv, this.content);
  }
}

/**
 * HtmlTemplate with scriptlets: `<?= expr ?>` (escaped), `<?!= expr ?>` (raw), `<? code ?>`.
 * Template variables are the properties set on the template object; other names resolve to the
 * Node globals (simplified: real scriptlets see the Apps Script globals).
 */
export class FakeHtmlTemplate
  extends fakeClass<GoogleAppsScript.HTML.HtmlTemplate>('HTML.HtmlTemplate')
  implements GoogleAppsScript.HTML.HtmlTemplate
{
  [propName: string]: unknown;
  readonly #raw: string;
  constructor(env: FakeEnv, raw: string) {
    super(env);
    this.#raw = raw;
  }
  override getRawContent(): string {
    return this.#raw;
  }
  override getCode(): string {
    return this.compile();
  }
  override getCodeWithComments(): string {
    return this.compile();
  }
  private compile(): string {
    let code = "var __o = '';\n";
    const re = /<\?(!?=)?([\s\S]*?)\?>/g;
    let last = 0;
    const raw = this.#raw;
    for (let m = re.exec(raw); m; m = re.exec(raw)) {
      code += `__o += ${JSON.stringify(raw.slice(last, m.index))};\n`;
      if (m[1] === '=') code += `__o += __esc(${m[2]});\n`;
      else if (m[1] === '!=') code += `__o += String(${m[2]});\n`;
      else code += `${m[2]}\n`;
      last = m.index + m[0].length;
    }
    code += `__o += ${JSON.stringify(raw.slice(last))};\nreturn __o;`;
    return code;
  }
  override evaluate(): HtmlOutput {
    const vars: Record<string, unknown> = {};
    for (const k of Object.keys(this)) vars[k] = this[k];
    const esc = (v: unknown) =>
      String(v)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
    // Sloppy-mode function so that `with` works: template variables shadow globals.
    const fn = new Function('__vars', '__esc', `with (__vars) {\n${this.compile()}\n}`) as (
      v: Record<string, unknown>,
      e: (v: unknown) => string,
    ) => string;
    return new FakeHtmlOutput(this.fakeEnv, fn(vars, esc));
  }
}

export class FakeHtmlService
  extends fakeClass<GoogleAppsScript.HTML.HtmlService>('HTML.HtmlService')
  implements GoogleAppsScript.HTML.HtmlService
{
  /** In-memory files (name without ".html" -> content); consulted before htmlDir. */
  readonly files = new Map<string, string>();

  private readFile(filename: string): string {
    const name = filename.replace(/\.html$/, '');
    const mem = this.files.get(name);
    if (mem !== undefined) return mem;
    const dir = this.fakeEnv.options.htmlDir;
    if (dir) {
      const file = path.join(dir, `${name}.html`);
      if (existsSync(file)) return readFileSync(file, 'utf8');
    }
    throw gasError(this.fakeEnv, `No HTML file named ${name} was found.`);
  }
  private source(x: unknown): string {
    if (x === undefined) return '';
    if (typeof x === 'string') return x;
    if (x && typeof (x as GoogleAppsScript.Base.BlobSource).getBlob === 'function') {
      return (x as GoogleAppsScript.Base.BlobSource).getBlob().getDataAsString();
    }
    throw gasError(this.fakeEnv, 'Invalid argument: html');
  }
  override createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): HtmlOutput {
    return new FakeHtmlOutput(this.fakeEnv, this.source(html));
  }
  override createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new FakeHtmlOutput(this.fakeEnv, this.readFile(filename));
  }
  override createTemplate(html: string | GoogleAppsScript.Base.BlobSource): GoogleAppsScript.HTML.HtmlTemplate {
    return new FakeHtmlTemplate(this.fakeEnv, this.source(html));
  }
  override createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    return new FakeHtmlTemplate(this.fakeEnv, this.readFile(filename));
  }
  override getUserAgent(): string {
    return 'Mozilla/5.0 (fake)';
  }
}
