/**
 * The dev/prod pair of clasp project files (README: "Triển khai cho nhiều xã"): each pushes dist/ to its
 * own template spreadsheet's script, after a build; dist/ holds only what Apps Script loads.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const json = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));

describe('dev and prod deployments', () => {
  it('two clasp project files, two script ids, both pushing dist/', () => {
    const dev = json('.clasp.dev.json');
    const prod = json('.clasp.prod.json');
    expect(dev.rootDir).toBe('dist');
    expect(prod.rootDir).toBe('dist');
    expect(dev.scriptId).not.toBe(prod.scriptId);
  });

  it('npm run push:dev / push:prod build first, then push with their own project file', () => {
    const scripts = json('package.json').scripts as Record<string, string>;
    expect(scripts['push:dev']).toBe('npm run build && clasp -P .clasp.dev.json push');
    expect(scripts['push:prod']).toBe('npm run build && clasp -P .clasp.prod.json push');
  });

  it('dist/ holds only the script, the sidebar and the manifest', () => {
    const dist = path.join(ROOT, 'dist');
    if (!existsSync(dist)) throw new Error('dist/ is missing: run "npm run build" (npm test does)');
    expect(readdirSync(dist).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  });
});
