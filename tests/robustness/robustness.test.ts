/**
 * The bad-input corpus (cases.ts), every case on each of its paths: the Apps Script fakes and the
 * offline CLI on a real .xlsx. The checks live in runner.ts (shared with `npm run robustness`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { localMsg } from '../../src/core/text';
import { BadCase, CASES, PathName } from './cases';
import { inputFileOf, runCase, workDir } from './runner';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist-node', 'cli.js');

let work: ReturnType<typeof workDir>;
beforeAll(() => {
  work = workDir();
});
afterAll(() => work.cleanup());

describe('the corpus', () => {
  it('has at least 60 cases, covering every kind of bad input officials are known to type', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
    const groups = new Set(CASES.map((c) => c.group));
    for (const g of [
      'numbers',
      'formula errors',
      'dates',
      'required',
      'không phát sinh',
      'statuses',
      'text',
      'structure',
      'catalogue',
      'files',
    ])
      expect(groups).toContain(g);
    // Both shells are exercised by most cases.
    expect(CASES.filter((c) => c.paths.length === 2).length).toBeGreaterThanOrEqual(60);
  });
});

const runs: [string, BadCase, PathName][] = CASES.flatMap((c) =>
  c.paths.map((p): [string, BadCase, PathName] => [`${c.group} · ${c.name} · ${p}`, c, p]),
);

describe('every case on every path', () => {
  it.each(runs)('%s', async (_name, c, p) => {
    const r = await runCase(c, p, work.dir);
    expect(r.crash).toBeNull();
    expect(r.inputCellsChanged).toEqual([]);
    expect(r.inputFileChanged).toBe(false);
    expect(r.failures).toEqual([]);
    if (r.clearMessage !== null) expect(r.clearMessage).toBe(true);
    if (r.accepted !== null) expect(r.accepted).toBe(true);
  });
});

describe('the real CLI process on unusable files', () => {
  const fileCases = CASES.filter((c) => c.file && c.file !== 'folder');

  it.each(fileCases.map((c) => [c.name, c] as const))(
    '%s: exit code 2, one Vietnamese line, no stack',
    async (_name, c) => {
      if (!existsSync(CLI))
        throw new Error(`${CLI} is missing: run "npm run build" (npm test and npm run robustness build first)`);
      // runCase writes the file; the built CLI is then run on it as a separate process.
      const r = await runCase(c, 'xlsx', work.dir);
      expect(r.failures).toEqual([]);
      const file = inputFileOf(c, work.dir);
      const child = spawnSync(process.execPath, [CLI, 'score', file], {
        encoding: 'utf8',
        env: { ...process.env, CCHC_DEBUG: '' },
      });
      expect(child.status).toBe(2);
      expect(child.stdout).toBe('');
      const lines = child.stderr.trimEnd().split('\n');
      expect(lines).toEqual([localMsg.errorPrefix + (c.expect.refusal as (f: string) => string)(file)]);
      expect(child.stderr).not.toMatch(/\n\s+at /);
    },
  );
});
