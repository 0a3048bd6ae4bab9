/**
 * What the user reads matches what the user sees: the bound script's top-level "CCHC" menu. Every
 * "CCHC → …" instruction in the help dialog and the README names an item of that menu.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIAGNOSTICS_TEXT, MENU_TEXT } from '../../src/core/text';
import { MENU_ITEMS } from '../../src/sheets/menu';

const labels = MENU_ITEMS.flatMap((i) => (i ? [i.label] : []));
const README = readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');

/** The text right after each "CCHC → " (markdown emphasis removed). */
function instructions(text: string): string[] {
  return [...text.replace(/\*+/g, '').matchAll(/CCHC → ([^\n]+)/g)].map((m) => m[1]);
}

describe('menu instructions', () => {
  it.each([
    ['the help dialog', MENU_TEXT.helpBody],
    ['the README', README],
  ])('every "CCHC → …" in %s names a menu item', (_where, text) => {
    const found = instructions(text);
    expect(found.length).toBeGreaterThan(3);
    for (const rest of found)
      expect({ rest, known: labels.some((l) => rest.startsWith(l)) }).toEqual({ rest, known: true });
  });

  it('the help says where the menu is and points to Kiểm tra cài đặt', () => {
    expect(MENU_TEXT.menuTitle).toBe('CCHC');
    expect(MENU_TEXT.helpBody).toContain('Menu CCHC nằm trên thanh menu');
    expect(MENU_TEXT.helpBody).toContain(`CCHC → ${DIAGNOSTICS_TEXT.menu}`);
    expect(README).toContain(`CCHC → ${DIAGNOSTICS_TEXT.menu}`);
    expect(README).not.toMatch(/Tiện ích mở rộng → (?!Apps Script)/);
  });
});
