/**
 * Which catalogue setup applies: a catalogue the office has just imported (until setup applies it);
 * otherwise the catalogue the sheet itself holds (the office may edit it in the area tabs, and a
 * setup run — e.g. after a change in Phân công — must not undo those edits); for a new workbook the
 * last imported one or the built-in default.
 */
import { buildCatalogue } from '../core/catalog/build';
import { DEFAULT_CATALOGUE } from '../core/catalog/defaultCatalogue';
import { parseCatalogueJson } from '../core/catalog/schema';
import type { CatalogueSpec } from '../core/catalog/types';
import { SERVER_TEXT, SETUP_TEXT } from '../core/text';
import { KEYS, MAX_VALUE_BYTES, readJson, utf8Length, writeJson } from './store';

export function storedCatalogue(all: Record<string, string>): { spec: CatalogueSpec; problems: string[] } {
  const text = readJson<string>(all, KEYS.catalogue);
  if (text === null) return { spec: DEFAULT_CATALOGUE, problems: [] };
  const checked = checkCatalogueJson(text);
  if (!checked.spec) return { spec: DEFAULT_CATALOGUE, problems: [SETUP_TEXT.catalogueInvalid(checked.problems)] };
  return { spec: checked.spec, problems: [] };
}

/** Shape (zod) and meaning (codes, rules, points): only errors refuse a catalogue; warnings pass. */
export function checkCatalogueJson(text: string): { spec: CatalogueSpec | null; problems: string[] } {
  const parsed = parseCatalogueJson(text);
  if (!parsed.spec) return parsed;
  const errors = buildCatalogue(parsed.spec).problems.filter((p) => p.severity === 'error');
  return errors.length > 0 ? { spec: null, problems: errors.map((p) => p.message) } : parsed;
}

/** Stores an imported catalogue; returns the problems that refused it (empty when stored). */
export function saveImportedCatalogue(
  props: GoogleAppsScript.Properties.Properties,
  text: string,
): { spec: CatalogueSpec | null; problems: string[] } {
  if (utf8Length(text) > MAX_VALUE_BYTES) return { spec: null, problems: [SERVER_TEXT.catalogueTooLarge] };
  const checked = checkCatalogueJson(text);
  if (!checked.spec) return checked;
  writeJson(props, props.getProperties(), { [KEYS.catalogue]: JSON.stringify(checked.spec) });
  props.setProperty(KEYS.cataloguePending, '1');
  return checked;
}
