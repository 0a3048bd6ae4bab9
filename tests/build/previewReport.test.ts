/**
 * `npm run preview:report` (scripts/preview-report.sh) installs nothing: with a tool missing it names
 * the Debian packages to install and stops, and it never calls apt-get or sudo itself. Run here on a
 * PATH of stand-ins: fc-list prints a long font list (the case where `fc-list | grep -q` under
 * pipefail failed although the font was there), apt-get/apt/sudo/npm only record that they ran.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-preview-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Which system tools the script needs before it reaches the point under test. */
const REAL_TOOLS = ['bash', 'dirname', 'mkdir', 'grep', 'seq'];

function which(tool: string): string {
  const found = spawnSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error(`${tool} is not on this machine`);
  return found;
}

/** Runs a copy of the script (in its own tree) with only `present` among soffice, pdftoppm and fonts. */
function runPreview(present: { soffice: boolean; pdftoppm: boolean; fonts: boolean }) {
  const root = mkdtempSync(path.join(dir, 'repo-'));
  const bin = path.join(root, 'bin');
  const calls = path.join(root, 'calls.log');
  mkdirSync(path.join(root, 'scripts'), { recursive: true });
  mkdirSync(bin);
  copyFileSync(path.join(ROOT, 'scripts', 'preview-report.sh'), path.join(root, 'scripts', 'preview-report.sh'));
  for (const tool of REAL_TOOLS) symlinkSync(which(tool), path.join(bin, tool));
  const stub = (name: string, body: string) => {
    writeFileSync(path.join(bin, name), `#!${which('bash')}\n${body}\n`);
    chmodSync(path.join(bin, name), 0o755);
  };
  for (const name of ['apt-get', 'apt', 'sudo', 'npm']) stub(name, `echo "${name} $*" >> '${calls}'; exit 1`);
  // Enough lines after the match that grep -q closes the pipe while fc-list is still writing.
  const fonts = present.fonts
    ? 'echo "/usr/share/fonts/LiberationSerif-Regular.ttf: Liberation Serif:style=Regular"'
    : '';
  stub('fc-list', `${fonts}\nseq -f '/usr/share/fonts/other-%g.ttf: Other' 1 200000`);
  if (present.soffice) stub('soffice', 'exit 0');
  if (present.pdftoppm) stub('pdftoppm', 'exit 0');
  const r = spawnSync(which('bash'), [path.join(root, 'scripts', 'preview-report.sh')], {
    encoding: 'utf8',
    env: { PATH: bin, HOME: root },
    timeout: 60_000,
  });
  return {
    status: r.status,
    stderr: r.stderr,
    calls: existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n') : [],
  };
}

describe('npm run preview:report', () => {
  it('with LibreOffice and poppler missing: names them (not the fonts, which are there), exit 1, runs no apt', () => {
    const r = runPreview({ soffice: false, pdftoppm: false, fonts: true });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('apt-get install -y --no-install-recommends libreoffice-writer poppler-utils\n');
    expect(r.stderr).not.toContain('fonts-liberation');
    expect(r.calls).toEqual([]);
  });

  it('with the fonts missing: names fonts-liberation only, runs no apt', () => {
    const r = runPreview({ soffice: true, pdftoppm: true, fonts: false });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--no-install-recommends fonts-liberation\n');
    expect(r.calls).toEqual([]);
  });

  it('with every tool there: goes on to build (npm), never to apt or sudo', () => {
    const r = runPreview({ soffice: true, pdftoppm: true, fonts: true });
    expect(r.stderr).not.toContain('apt-get install');
    expect(r.calls).toEqual(['npm run --silent build']);
    expect(r.status).toBe(1); // the stand-in npm fails, so the script stops there
  });
});
