/**
 * What the README says about the repository holds: its links stay inside the repository and reach a
 * file, and every command that prints JSON keeps npm's own lines out of that JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const DOCS = ['README.md', 'docs/ARCHITECTURE.md'];

describe('README and docs/', () => {
  it.each(DOCS)('%s: every relative link names a file inside the repository that exists', (doc) => {
    const text = readFileSync(path.join(ROOT, doc), 'utf8');
    const targets = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1])
      .filter((t) => !/^[a-z]+:/i.test(t));
    for (const target of targets) {
      const file = path.resolve(ROOT, path.dirname(doc), target);
      const inside = !path.relative(ROOT, file).startsWith('..');
      expect({ target, inside, exists: existsSync(file) }).toEqual({ target, inside: true, exists: true });
    }
    expect(text).not.toMatch(/\.\.\/shared\//);
  });

  it('a command with --json runs as `npm run -s` or `node dist-node/cli.js` (npm prints its own lines otherwise)', () => {
    const lines = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
      .split('\n')
      .filter((l) => /^\s*(?:npm run|node )/.test(l) && /--json\b/.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect({ line, quiet: /^\s*(?:npm run -s |node dist-node\/cli\.js )/.test(line) }).toEqual({ line, quiet: true });
  });
});
