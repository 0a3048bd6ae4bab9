/** catalogue export / check, and template --catalogue with a bad file. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import { parseCatalogueJson } from '../../src/core/catalog/schema';
import { localMsg } from '../../src/core/text';
import { runCli } from '../../src/local/cli';
import { EXIT } from '../../src/local/errors';
import { recordingIo, tempDir } from './helpers';

const dir = tempDir();
const file = (name: string) => path.join(dir(), name);

async function cli(args: string[]) {
  const io = recordingIo();
  const code = await runCli(args, io, {});
  return { code, out: io.lines, err: io.errors };
}

describe('catalogue export', () => {
  it('prints the default catalogue as JSON that parses back to it', async () => {
    const r = await cli(['catalogue', 'export']);
    expect(r.code).toBe(EXIT.ok);
    expect(parseCatalogueJson(r.out.join('\n')).spec).toEqual(DEFAULT_CATALOGUE);
  });

  it('writes it to a file, and will not overwrite one without --force', async () => {
    expect((await cli(['catalogue', 'export', '-o', file('c.json')])).code).toBe(EXIT.ok);
    expect(JSON.parse(readFileSync(file('c.json'), 'utf8'))).toEqual(DEFAULT_CATALOGUE);
    writeFileSync(file('c.json'), '{"giu": true}');
    const again = await cli(['catalogue', 'export', '-o', file('c.json')]);
    expect(again.code).toBe(EXIT.failed);
    expect(again.err).toEqual([localMsg.errorPrefix + localMsg.outputExists(file('c.json'))]);
    expect(readFileSync(file('c.json'), 'utf8')).toBe('{"giu": true}');
    expect((await cli(['catalogue', 'export', '-o', file('c.json'), '--force'])).code).toBe(EXIT.ok);
    expect(JSON.parse(readFileSync(file('c.json'), 'utf8'))).toEqual(DEFAULT_CATALOGUE);
  });
});

describe('catalogue check', () => {
  it('accepts the exported catalogue (a BOM from Notepad too)', async () => {
    writeFileSync(file('bom.json'), '\uFEFF' + JSON.stringify(DEFAULT_CATALOGUE));
    const r = await cli(['catalogue', 'check', file('bom.json')]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out[0]).toMatch(/^Bộ tiêu chí hợp lệ: 7 lĩnh vực/);
  });

  it('lists shape faults of the JSON with their path (exit 1)', async () => {
    const broken = JSON.parse(JSON.stringify(DEFAULT_CATALOGUE));
    broken.areas[1].criteria[0].maxPoints = 'ba';
    writeFileSync(file('sai-kieu.json'), JSON.stringify(broken));
    const r = await cli(['catalogue', 'check', file('sai-kieu.json')]);
    expect(r.code).toBe(EXIT.hasErrors);
    expect(r.out[0]).toBe(localMsg.catalogueFileInvalid(file('sai-kieu.json')));
    expect(r.out.slice(1).join('\n')).toContain('areas.1.criteria.0.maxPoints');
  });

  it('lists meaning faults (rules, points) in Vietnamese (exit 1)', async () => {
    const broken = JSON.parse(JSON.stringify(DEFAULT_CATALOGUE));
    broken.areas[2].criteria.find((c: { code: string }) => c.code === '3.5').rule = '≥ 90%: 5; = 100%: 6';
    writeFileSync(file('sai-luat.json'), JSON.stringify(broken));
    const r = await cli(['catalogue', 'check', file('sai-luat.json')]);
    expect(r.code).toBe(EXIT.hasErrors);
    expect(r.out[0]).toBe(localMsg.catalogueHasErrors(file('sai-luat.json')));
    expect(r.out.join('\n')).toContain('Cách chấm của 3.5');
  });

  it('says when the file is not JSON, or is missing (exit 2)', async () => {
    writeFileSync(file('khong-phai.json'), 'mã: 1');
    const r = await cli(['catalogue', 'check', file('khong-phai.json')]);
    expect(r.code).toBe(EXIT.hasErrors);
    expect(r.out.join('\n')).toContain('không phải JSON hợp lệ');
    const missing = await cli(['catalogue', 'check', file('khong-co.json')]);
    expect(missing.code).toBe(EXIT.failed);
    expect(missing.err).toEqual([localMsg.errorPrefix + localMsg.fileNotFound(file('khong-co.json'))]);
  });

  it('template --catalogue refuses a catalogue with errors and lists them (exit 2, no file written)', async () => {
    const r = await cli(['template', '--catalogue', file('sai-luat.json'), '-o', file('khong-tao.xlsx')]);
    expect(r.code).toBe(EXIT.failed);
    expect(r.err[0]).toBe(localMsg.errorPrefix + localMsg.catalogueHasErrors(file('sai-luat.json')));
    expect(r.err.join('\n')).toContain('Cách chấm của 3.5');
    expect(existsSync(file('khong-tao.xlsx'))).toBe(false);
  });
});
