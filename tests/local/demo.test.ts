/** demo (npm start): creates the sample if missing, writes the scored copy, prints the result; steps can be added. */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEMO_FILES, DEMO_STEPS, runDemo } from '../../src/local/commands/demo';
import { EXIT } from '../../src/local/errors';
import { scoreWorkbook } from '../../src/core/pipeline';
import { sampleGrids } from '../../src/core/sample/caoAn2023';
import { formatPercent2 } from '../../src/core/format';
import { localMsg } from '../../src/core/text';
import { loadWorkbook, workbookGridsOf } from '../../src/local/xlsxWorkbook';
import { recordingIo, runCliChild, tempDir } from './helpers';

const dir = tempDir();

describe('demo', () => {
  it('generates the missing sample, writes out/…da-cham.xlsx and prints the areas, index and rating', async () => {
    const root = path.join(dir(), 'a');
    mkdirSync(root);
    const io = recordingIo();
    const seen: string[] = [];
    const extra = {
      name: 'report',
      run: async (ctx: Parameters<(typeof DEMO_STEPS)[number]['run']>[0]) =>
        void seen.push(ctx.scored!.result.index.rating),
    };
    const code = await runDemo(io, root, [...DEMO_STEPS, extra]);
    const expected = scoreWorkbook(sampleGrids());
    expect(code).toBe(expected.errors > 0 ? EXIT.hasErrors : EXIT.ok);
    expect(existsSync(path.join(root, DEMO_FILES.sample))).toBe(true);
    expect(existsSync(path.join(root, DEMO_FILES.scored))).toBe(true);
    const text = io.lines.join('\n');
    expect(text).toContain(localMsg.demoSampleCreated(DEMO_FILES.sample));
    for (const a of expected.areas) expect(text).toContain(a.title);
    expect(text).toContain(formatPercent2(expected.index.percent));
    expect(text).toContain(localMsg.ratingLine(expected.index.rating));
    // "Đã ghi…" comes after the score table, as the last thing read.
    const written = io.lines.indexOf(localMsg.scoredWritten(DEMO_FILES.scored));
    expect(written).toBeGreaterThan(io.lines.indexOf(localMsg.ratingLine(expected.index.rating)));
    expect(written).toBeGreaterThan(io.lines.findIndex((l) => l.includes(formatPercent2(expected.index.percent))));
    // A step added after the others sees the scored result (the seam for the .docx report).
    expect(seen).toEqual([expected.index.rating]);
    // The scored copy scores like the sample.
    expect(scoreWorkbook(workbookGridsOf(await loadWorkbook(path.join(root, DEMO_FILES.scored)))).index).toEqual(
      expected.index,
    );
  });

  it('runs from the built CLI (what npm start runs), reusing an existing sample', () => {
    const root = path.join(dir(), 'b');
    mkdirSync(root);
    const first = runCliChild(['demo'], root);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(EXIT.ok);
    const second = runCliChild(['demo'], root);
    expect(second.status).toBe(EXIT.ok);
    expect(second.stdout).not.toContain(localMsg.demoSampleCreated(DEMO_FILES.sample));
    expect(second.stdout).toContain('Xếp loại:');
    expect(existsSync(path.join(root, DEMO_FILES.report))).toBe(true);
  });
});
