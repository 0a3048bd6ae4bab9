import { andList, inSentence } from '../../src/core/text/report';
import { blockText, sampleReport, tableNamed } from './helpers';

const paragraphs = (model: ReturnType<typeof sampleReport>['model']) =>
  model.blocks.filter((b) => b.kind === 'paragraph').map(blockText);

describe('year-end report wording', () => {
  test('labels used inside a sentence start lower-case; acronyms stay intact', () => {
    expect(inSentence('Hội nghị, tờ gấp')).toBe('hội nghị, tờ gấp');
    expect(inSentence('Đúng quy định')).toBe('đúng quy định');
    for (const kept of ['UBND xã', 'CBCC', 'TTHC ngành dọc', 'ISO 9001', '95%', ''])
      expect(inSentence(kept)).toBe(kept);
    const { model } = sampleReport();
    const tasks = tableNamed(model, 'tasks').rows.map((r) => r.cells[1]);
    expect(tasks).toContain('Hình thức tuyên truyền đa dạng: thực hiện thêm hội nghị, tờ gấp.');
    expect(tasks.join('\n')).not.toMatch(/thực hiện thêm \p{Lu}\p{Ll}/u);
  });

  test('Section I: a list inside a list item uses commas and “và”, never a nested semicolon', () => {
    expect(andList(['A', 'B', 'C'])).toBe('A, B và C');
    expect(andList(['A'])).toBe('A');
    const { model } = sampleReport();
    const assignments = paragraphs(model).find((p) => p.startsWith('Phân công công chức'))!;
    expect(assignments).toContain(
      'lĩnh vực 3 (Cải cách thủ tục hành chính): Công chức Tư pháp – Hộ tịch và Công chức Văn phòng – Thống kê; lĩnh vực 4',
    );
    // Every semicolon separates areas: as many parts as areas.
    expect(assignments.split(';')).toHaveLength(assignments.match(/lĩnh vực \d+ \(/g)!.length);
  });

  test('Section IV: the missed targets keep one level of semicolons', () => {
    const { model } = sampleReport();
    const missed = paragraphs(model).find((p) => p.startsWith('Chỉ tiêu của Kế hoạch chưa đạt'))!;
    expect(missed).toBe(
      'Chỉ tiêu của Kế hoạch chưa đạt: 1.4.1 (95%, chỉ tiêu = 100%); 7.1.2 (88,89%, chỉ tiêu = 100%).',
    );
  });

  test('the body’s “98 (*)” and the appendix’s 100 are explained in one sentence each', () => {
    const { model } = sampleReport();
    const total = tableNamed(model, 'areas').rows.at(-1)!.cells;
    expect(total[2]).toBe('98 (*)');
    const appendixTotal = tableNamed(model, 'appendix').rows.at(-1)!.cells;
    expect(appendixTotal[2]).toBe('100');
    const notes = paragraphs(model);
    expect(notes).toContain(
      '(*) Bộ tiêu chí có tổng điểm tối đa 100 điểm (như ở Phụ lục); 2 điểm của tiêu chí không phát sinh (2.4) không tính vào điểm tối đa, nên Chỉ số được tính trên 98 điểm.',
    );
    expect(notes.find((p) => p.startsWith('Ghi chú: KPS'))).toMatch(
      /^Ghi chú: KPS – không phát sinh \(không tính vào điểm tối đa: Chỉ số được tính trên 98 điểm, đã trừ 2 điểm của tiêu chí KPS\)\./,
    );
  });

  test('with every criterion applicable, no (*) note and the plain KPS note', () => {
    const { model } = sampleReport({ entries: { '2.4': { a: 1, b: 1 } } });
    const notes = paragraphs(model);
    expect(notes.some((p) => p.startsWith('(*)'))).toBe(false);
    expect(notes.find((p) => p.startsWith('Ghi chú: KPS'))).toMatch(
      /^Ghi chú: KPS – không phát sinh \(không tính vào điểm tối đa\)\./,
    );
  });
});
