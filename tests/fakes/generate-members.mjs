#!/usr/bin/env node
// Regenerates tests/fakes/gas-members.generated.ts from @types/google-apps-script:
//   node tests/fakes/generate-members.mjs
//
// For every Apps Script interface that a fake class implements, it lists the member names (methods and
// properties, inherited ones included), and for every enum of the namespaces we use, the enum names.
// The fakes install a throwing "not implemented in fake: X.y" stub for every listed member they do not
// implement, and real enum objects for every `typeof SomeEnum` property. The generated file also holds
// compile-time checks: if @types/google-apps-script changes, `npm run typecheck` fails until this
// script is re-run.
import ts from 'typescript';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'tests/fakes/gas-members.generated.ts');

/** Interfaces (relative to the GoogleAppsScript namespace) that the fakes implement. */
export const INTERFACES = [
  'Base.Blob',
  'Base.Logger',
  'Base.Menu',
  'Base.PromptResponse',
  'Base.Session',
  'Base.Ui',
  'Base.User',
  'Charts.ChartOptions',
  'Charts.Charts',
  'Document.Body',
  'Document.ContainerElement',
  'Document.Document',
  'Document.DocumentApp',
  'Document.FooterSection',
  'Document.HeaderSection',
  'Document.HorizontalRule',
  'Document.InlineImage',
  'Document.ListItem',
  'Document.PageBreak',
  'Document.Paragraph',
  'Document.Table',
  'Document.TableCell',
  'Document.TableRow',
  'Document.Text',
  'HTML.HtmlOutput',
  'HTML.HtmlService',
  'HTML.HtmlTemplate',
  'Lock.Lock',
  'Lock.LockService',
  'Properties.Properties',
  'Properties.PropertiesService',
  'Script.AuthorizationInfo',
  'Script.ScriptApp',
  'Spreadsheet.BooleanCondition',
  'Spreadsheet.ConditionalFormatRule',
  'Spreadsheet.ConditionalFormatRuleBuilder',
  'Spreadsheet.ContainerInfo',
  'Spreadsheet.DataValidation',
  'Spreadsheet.DataValidationBuilder',
  'Spreadsheet.EmbeddedBarChartBuilder',
  'Spreadsheet.EmbeddedChart',
  'Spreadsheet.EmbeddedChartBuilder',
  'Spreadsheet.EmbeddedColumnChartBuilder',
  'Spreadsheet.EmbeddedLineChartBuilder',
  'Spreadsheet.EmbeddedPieChartBuilder',
  'Spreadsheet.NamedRange',
  'Spreadsheet.Protection',
  'Spreadsheet.Range',
  'Spreadsheet.RangeList',
  'Spreadsheet.Sheet',
  'Spreadsheet.Spreadsheet',
  'Spreadsheet.SpreadsheetApp',
  'Utilities.Utilities',
  // The advanced Drive service (Drive API v3): the Files and Permissions collections.
  'Drive_v3.Drive.V3.Collection.FilesCollection',
  'Drive_v3.Drive.V3.Collection.PermissionsCollection',
  // The advanced Docs service (Docs API v1): the Documents collection.
  'Docs.Collection.DocumentsCollection',
];

/** Namespaces whose enums are all listed. */
const ENUM_NAMESPACES = ['Base', 'Charts', 'Document', 'HTML', 'Script', 'Spreadsheet', 'Utilities'];

const typesDir = path.join(ROOT, 'node_modules/@types/google-apps-script');
const program = ts.createProgram([path.join(typesDir, 'index.d.ts')], { types: [], noEmit: true });
const checker = program.getTypeChecker();

/**
 * Finds `GoogleAppsScript.<ns>.<name>` symbols by walking the declaration files; nested namespaces
 * (the advanced services' `Drive_v3.Drive.V3.Collection.FilesCollection`) are keyed by their full path.
 */
const symbols = new Map(); // "Ns.Name" -> ts.Symbol
function visitNamespace(sf, body, prefix) {
  for (const st of body.statements) {
    if ((ts.isInterfaceDeclaration(st) || ts.isEnumDeclaration(st)) && st.name && prefix) {
      const key = `${prefix}.${st.name.getText(sf)}`;
      const sym = checker.getSymbolAtLocation(st.name);
      if (sym && !symbols.has(key)) symbols.set(key, sym);
    } else if (ts.isModuleDeclaration(st) && st.body && ts.isModuleBlock(st.body)) {
      visitNamespace(sf, st.body, prefix ? `${prefix}.${st.name.getText(sf)}` : st.name.getText(sf));
    }
  }
}
for (const sf of program.getSourceFiles()) {
  if (!sf.fileName.includes('@types/google-apps-script')) continue;
  ts.forEachChild(sf, (node) => {
    if (ts.isModuleDeclaration(node) && node.name.getText(sf) === 'GoogleAppsScript' && node.body) {
      if (ts.isModuleBlock(node.body)) visitNamespace(sf, node.body, '');
    }
  });
}

function membersOf(key) {
  const sym = symbols.get(key);
  if (!sym) throw new Error(`interface GoogleAppsScript.${key} not found`);
  const type = checker.getDeclaredTypeOfSymbol(sym);
  const methods = [];
  const props = [];
  const enumProps = {};
  for (const p of checker.getPropertiesOfType(type)) {
    const decl = p.declarations && p.declarations[0];
    const name = p.getName();
    if (decl && ts.isMethodSignature(decl)) {
      methods.push(name);
    } else {
      props.push(name);
      if (decl && ts.isPropertySignature(decl) && decl.type && ts.isTypeQueryNode(decl.type)) {
        // `Foo: typeof Foo` or `ColorType: typeof Base.ColorType`: resolve to the enum's key.
        const target = checker.getSymbolAtLocation(decl.type.exprName);
        const resolved = target && target.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(target) : target;
        const enumKey = resolved && [...symbols.entries()].find(([, s]) => s === resolved)?.[0];
        if (enumKey && resolved.flags & ts.SymbolFlags.Enum) enumProps[name] = enumKey;
      }
    }
  }
  methods.sort();
  props.sort();
  const indexed = checker.getIndexInfosOfType(type).length > 0;
  return { methods, props, enumProps, indexed };
}

const enums = {};
for (const [key, sym] of [...symbols.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  if (!(sym.flags & ts.SymbolFlags.Enum)) continue;
  if (!ENUM_NAMESPACES.includes(key.split('.')[0])) continue;
  enums[key] = (sym.exports ? [...sym.exports.keys()] : []).map(String);
}

const interfaces = {};
for (const key of INTERFACES) interfaces[key] = membersOf(key);

const q = (s) => `'${s}'`;
let out = `// GENERATED by tests/fakes/generate-members.mjs from @types/google-apps-script. Do not edit.
// Re-run \`node tests/fakes/generate-members.mjs\` after upgrading @types/google-apps-script.
/* eslint-disable */

export interface InterfaceMembers {
  readonly methods: readonly string[];
  readonly props: readonly string[];
  /** property name -> enum key, for properties typed \`typeof SomeEnum\` */
  readonly enumProps: Readonly<Record<string, string>>;
}

export const INTERFACE_MEMBERS = {
`;
for (const [key, m] of Object.entries(interfaces)) {
  out += `  '${key}': {\n`;
  out += `    methods: [${m.methods.map(q).join(', ')}],\n`;
  out += `    props: [${m.props.map(q).join(', ')}],\n`;
  out += `    enumProps: { ${Object.entries(m.enumProps)
    .map(([k, v]) => `${k}: '${v}'`)
    .join(', ')} },\n`;
  out += `  },\n`;
}
out += `} as const;

export type InterfaceKey = keyof typeof INTERFACE_MEMBERS;

export const ENUMS = {
`;
for (const [key, names] of Object.entries(enums)) out += `  '${key}': [${names.map(q).join(', ')}],\n`;
out += `} as const;

export type EnumKey = keyof typeof ENUMS;

// ---- Compile-time checks: each list above is exactly the member set of the installed types. ----
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Names<K extends InterfaceKey> =
  | (typeof INTERFACE_MEMBERS)[K]['methods'][number]
  | (typeof INTERFACE_MEMBERS)[K]['props'][number];
type EnumNames<K extends EnumKey> = (typeof ENUMS)[K][number];
export const MEMBER_LISTS_MATCH_TYPES: true[] = [
`;
for (const [key, m] of Object.entries(interfaces)) {
  // An interface with an index signature (HtmlTemplate: template variables) has keyof = string.
  if (m.indexed) out += `  // ${key} has an index signature: no exact check.\n`;
  else out += `  true as Same<Names<'${key}'>, keyof GoogleAppsScript.${key}>,\n`;
}
for (const key of Object.keys(enums)) {
  out += `  true as Same<EnumNames<'${key}'>, keyof typeof GoogleAppsScript.${key}>,\n`;
}
out += `];\n`;

writeFileSync(OUT, out);
console.log(
  `wrote ${path.relative(ROOT, OUT)}: ${Object.keys(interfaces).length} interfaces, ${Object.keys(enums).length} enums`,
);
