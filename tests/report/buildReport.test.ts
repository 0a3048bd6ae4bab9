import { formatPercent2, formatPoints } from '../../src/core/format';
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import { assignmentsOf, buildReport, vietnamDateOf } from '../../src/core/report';
import { SAMPLE_ASSIGNMENTS, SAMPLE_ENTRIES, SAMPLE_INFO, sampleGrids } from '../../src/core/sample/caoAn2023';
import { assignmentGrid, workbookGrids } from '../../src/core/template';
import { scoreWorkbook } from '../../src/core/pipeline';
import { reportText } from '../../src/core/text';
import {
  blockText,
  byCode,
  milli,
  paragraphs,
  sampleAssignments,
  sampleReport,
  sampleResult,
  tableNamed,
  TODAY,
} from './helpers';

const VP = 'Công chức Văn phòng – Thống kê';
const TP = 'Công chức Tư pháp – Hộ tịch';
const VH = 'Công chức Văn hóa – Xã hội';

describe('report model for the sample', () => {
  const { result, model } = sampleReport();

  test('every section is present, in the order of the outline', () => {
    const kinds = model.blocks.map((b) => b.kind);
    expect(kinds[0]).toBe('header');
    const headings = model.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map(blockText);
    expect(headings.map((h) => h.split('.')[0])).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(headings[0]).toBe('I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH');
    expect(headings[2]).toBe('III. KẾT QUẢ TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023');
    expect(headings[4]).toBe('V. NHIỆM VỤ TRỌNG TÂM NĂM 2024');
    const texts = model.blocks.map(blockText);
    const at = (s: string) => texts.findIndex((t) => t.includes(s));
    const order = [
      'BÁO CÁO',
      'Kết quả thực hiện Kế hoạch cải thiện, nâng cao Chỉ số cải cách hành chính năm 2023, phục vụ hội nghị đánh giá, rút kinh nghiệm',
      'Căn cứ Kế hoạch số 11/KH-UBND ngày 30/01/2023',
      ...headings,
      'Nơi nhận:',
      'PHỤ LỤC',
    ];
    const positions = order.map(at);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // One area heading per area, under II.
    for (const a of result.areas) expect(texts).toContain(`${a.code}. ${a.title}`);
    expect(kinds.filter((k) => k === 'signature')).toHaveLength(1);
    expect(kinds.indexOf('pageBreak')).toBeGreaterThan(kinds.indexOf('signature'));
  });

  test('header block: issuer, national title and motto, number with blanks, place and date in the Decree form', () => {
    const header = model.blocks[0];
    if (header.kind !== 'header') throw new Error('no header');
    const left = header.left.map((l) => l.runs.map((r) => r.text).join(''));
    const right = header.right.map((l) => l.runs.map((r) => r.text).join(''));
    expect(left[0]).toBe('ỦY BAN NHÂN DÂN');
    expect(left[1]).toBe('XÃ CAO AN');
    expect(left[left.length - 1]).toMatch(/^Số:\s+\/BC-UBND$/);
    // The sample's Thông tin chung gives the report date (25/12/2023); without it the report uses "today".
    expect(right).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Cao An, ngày 25 tháng 12 năm 2023',
    ]);
    expect(header.right[2].style).toBe('placeDate');
  });

  test('the report number and date come from Thông tin chung when set (a Sheets date is a local midnight)', () => {
    const sheetsDate = new Date('2024-01-11T17:00:00Z'); // 12/01/2024 00:00 in Asia/Ho_Chi_Minh
    const { model: m } = sampleReport({ info: { reportNumber: '15', reportDate: sheetsDate } });
    const header = m.blocks[0];
    if (header.kind !== 'header') throw new Error('no header');
    expect(blockText(header)).toContain('Số: 15/BC-UBND');
    expect(blockText(header)).toContain('Cao An, ngày 12 tháng 01 năm 2024');
    expect(paragraphs(m)).toContain('(Kèm theo Báo cáo số 15/BC-UBND ngày 12/01/2024 của UBND xã Cao An)');
    const { model: typed } = sampleReport({ info: { reportNumber: '07/BC-UBND', reportDate: '5/3/2024' } });
    expect(blockText(typed.blocks[0])).toContain('Số: 07/BC-UBND');
    expect(blockText(typed.blocks[0])).toContain('ngày 05 tháng 3 năm 2024');
  });

  test('shortcomings: every applicable leaf that lost points, most points lost first, ties by code, with the giải trình', () => {
    const expected = result.criteria
      .filter((c) => c.kind !== 'group' && c.kind !== 'retired' && c.status !== 'na' && c.applicableMax - c.points > 0)
      .sort((a, b) => b.applicableMax - b.points - (a.applicableMax - a.points) || byCode(a.code, b.code));
    expect(expected.length).toBeGreaterThan(5);
    expect(model.shortcomings.map((s) => s.code)).toEqual(expected.map((c) => c.code));
    for (const [i, s] of model.shortcomings.entries()) {
      expect(s.lost).toBe(expected[i].applicableMax - expected[i].points);
      expect(s.cause).toBe(expected[i].explanation || 'Chưa có giải trình');
    }
    expect(model.shortcomings.find((s) => s.code === '7.5')!.cause).toBe('Chưa có giải trình');
    // The table shows the same rows in the same order, with the points lost.
    const rows = tableNamed(model, 'shortcomings').rows;
    expect(rows.map((r) => r.cells[1])).toEqual(expected.map((c) => c.code));
    expect(rows[0].cells[4]).toBe(formatPoints(expected[0].applicableMax - expected[0].points));
    expect(rows.map((r) => r.cells[0])).toEqual(expected.map((_, i) => String(i + 1)));
    const totalLost = expected.reduce((s, c) => s + c.applicableMax - c.points, 0);
    expect(paragraphs(model).some((p) => p.includes(`tổng số điểm bị mất là ${formatPoints(totalLost)} điểm`))).toBe(
      true,
    );
  });

  test('every criterion with a plan target has a line with the achieved figure and the exact verdict', () => {
    const withTarget = result.criteria.filter((c) => c.targetText).map((c) => c.code);
    expect(model.targets.map((x) => x.code)).toEqual(withTarget);
    const line = (code: string) => model.targets.find((x) => x.code === code)!;
    expect(line('7.2').text).toBe('Tỷ lệ văn bản trao đổi dưới dạng điện tử: 92,4% (chỉ tiêu ≥ 90%) — Đạt');
    expect(line('7.2').detail).toBe('2.310/2.500');
    expect(line('1.4.1')).toMatchObject({
      achieved: '95%',
      target: '= 100%',
      verdict: 'notMet',
      verdictText: 'Chưa đạt',
    });
    expect(line('5.2').text).toBe('CBCC bị kỷ luật từ khiển trách trở lên: 0 (chỉ tiêu = 0) — Đạt');
    expect(line('7.7').text).toBe(
      'Duy trì, cải tiến Hệ thống quản lý chất lượng ISO 9001:2015: đúng quy định (chỉ tiêu: đúng quy định) — Đạt',
    );
    expect(line('3.6')).toMatchObject({ achieved: '100%', verdict: 'met' });
    expect(line('7.1.2')).toMatchObject({ achieved: '88,89%', verdict: 'notMet' });
    // One table lists every target, in catalogue order.
    const t7 = tableNamed(model, 'targets');
    expect(t7.rows.map((r) => r.cells[0])).toEqual(model.targets.map((x) => x.code));
    expect(t7.rows.find((r) => r.cells[0] === '7.2')!.cells.slice(2)).toEqual(['≥ 90%', '92,4% (2.310/2.500)', 'Đạt']);
    expect(model.summary).toMatchObject({ targetsMet: 8, targetsTotal: 10 });
  });

  test('targets are judged on the counts, not on the rounded percentage', () => {
    const { model: m } = sampleReport({
      entries: {
        '1.4.1': { a: 19999, b: 20000, owner: VH, evidence: 'x' }, // 99,995% shows as 100% when rounded
        '7.2': { a: 8999, b: 10000, owner: VP, evidence: 'x' }, // 89,99% < 90%
        '7.3': { a: 20, b: 21, owner: VH, evidence: 'x' },
      },
    });
    const line = (code: string) => m.targets.find((x) => x.code === code)!;
    expect(line('1.4.1')).toMatchObject({ achieved: '99,99%', verdict: 'notMet' });
    expect(line('7.2')).toMatchObject({ achieved: '89,99%', verdict: 'notMet' });
    expect(line('7.3')).toMatchObject({ achieved: '95,24%', verdict: 'notMet' });
    const { model: exact } = sampleReport({ entries: { '7.2': { a: 9, b: 10, owner: VP, evidence: 'x' } } });
    expect(exact.targets.find((x) => x.code === '7.2')).toMatchObject({ achieved: '90%', verdict: 'met' });
  });

  test('a target of a criterion marked không phát sinh reads "Không phát sinh"; one left empty has no figure', () => {
    const { model: m } = sampleReport({
      entries: { '3.6': { na: 'x', owner: VP, explanation: 'Không có hồ sơ trễ hạn.' }, '5.2': { owner: VP } },
    });
    expect(m.targets.find((x) => x.code === '3.6')).toMatchObject({
      verdict: 'na',
      text: 'Xin lỗi bằng văn bản đối với hồ sơ trễ hạn: Không phát sinh',
    });
    expect(m.targets.find((x) => x.code === '5.2')).toMatchObject({ verdict: 'noData' });
    // An empty row lost all its points: it is a shortcoming whose cause says the data is missing.
    expect(m.shortcomings[0]).toMatchObject({ code: '5.2', lost: 4000, cause: 'Chưa có số liệu' });
    expect(m.tasks[0].text).toContain('cập nhật đầy đủ số liệu');
  });

  test('totals equal the scorer’s: III, the area table, the appendix and the summary', () => {
    const idx = result.index;
    const iii = paragraphs(model).find((p) => p.startsWith('Tổng điểm tự đánh giá'))!;
    expect(iii).toContain(`${formatPoints(idx.points)}/${formatPoints(idx.applicableMax)} điểm`);
    expect(iii).toContain(`Chỉ số CCHC đạt ${formatPercent2(idx.percent)}`);
    expect(iii).toContain(idx.group);
    expect(iii).toContain(`tự xếp loại: ${idx.rating}`);
    const areas = tableNamed(model, 'areas').rows;
    for (const a of result.areas) {
      const row = areas.find((r) => r.cells[0] === a.code)!;
      expect(row.cells.slice(3, 5)).toEqual([formatPoints(a.points), formatPercent2(a.percent)]);
    }
    const total = areas[areas.length - 1];
    expect(total).toMatchObject({ bold: true });
    expect(total.cells.slice(3, 5)).toEqual([formatPoints(idx.points), formatPercent2(idx.percent)]);
    expect(areas.slice(0, -1).reduce((s, r) => s + milli(r.cells[3]), 0)).toBe(idx.points);
    // Appendix: every criterion, and its leaf rows add up to the index.
    const appendix = tableNamed(model, 'appendix').rows;
    const codes = appendix.map((r) => r.cells[0]).filter(Boolean);
    expect(codes).toEqual([...result.areas.map((a) => a.code), ...result.criteria.map((c) => c.code)].sort(byCode));
    const leafCodes = new Set(result.criteria.filter((c) => c.kind !== 'group').map((c) => c.code));
    const leafSum = appendix
      .filter((r) => leafCodes.has(r.cells[0]) && r.cells[3] !== 'KPS')
      .reduce((s, r) => s + milli(r.cells[3]), 0);
    expect(leafSum).toBe(idx.points);
    expect(appendix[appendix.length - 1].cells[3]).toBe(formatPoints(idx.points));
    expect(appendix.find((r) => r.cells[0] === '2.4')!.cells[3]).toBe('KPS');
    expect(appendix.find((r) => r.cells[0] === '7.5')!.cells[4]).toBe('Chưa có');
    expect(model.summary).toMatchObject({
      pointsText: `${formatPoints(idx.points)}/${formatPoints(idx.applicableMax)}`,
      percentText: formatPercent2(idx.percent),
      rating: idx.rating,
    });
  });

  test('no comparison with last year when Thông tin chung has none', () => {
    expect(model.comparison).toBeNull();
    expect(paragraphs(model).some((p) => p.startsWith('So với năm'))).toBe(false);
    expect(tableNamed(model, 'areas').columns).toHaveLength(5);
  });

  test('tasks: one per lost criterion, ordered by recoverable points then code, with the official from Phân công', () => {
    expect(model.tasks.map((x) => x.code)).toEqual(model.shortcomings.map((s) => s.code));
    const rec = model.tasks.map((x) => x.recoverable);
    expect([...rec].sort((a, b) => b - a)).toEqual(rec);
    const task = (code: string) => model.tasks.find((x) => x.code === code)!;
    // 7.6 is entered by the office but area 7 is assigned to the culture official.
    expect(result.criteria.find((c) => c.code === '7.6')!.owner).toBe(VP);
    expect(task('7.6').assignee).toBe(VH);
    // Area 3 has two officials; the row's owner is one of them, so the task is theirs alone.
    expect(task('3.5').assignee).toBe(VP);
    expect(task('2.2').assignee).toBe(TP);
    expect(task('3.9').text).toBe('Tỷ lệ hồ sơ nộp trực tuyến: phấn đấu đạt từ 50% trở lên (năm 2023: 41,87%).');
    expect(task('1.4.1').text).toContain('phấn đấu đạt 100% (năm 2023: 95%)');
    expect(task('7.8').text).toContain('phấn đấu đạt mức “tốt” (năm 2023: khá)');
    expect(task('1.4.2').text).toContain('thực hiện thêm hội nghị, tờ gấp');
    expect(task('1.6').text).toContain('từ 2 trở lên (năm 2023: 1)');
    const rows = tableNamed(model, 'tasks').rows;
    expect(rows.map((r) => r.cells[2])).toEqual(model.tasks.map((x) => x.assignee));
    expect(rows[0].cells[3]).toBe(formatPoints(model.tasks[0].recoverable));
  });

  test('without Phân công, a task goes to the row’s owner', () => {
    const m = buildReport({ result, today: TODAY });
    expect(m.tasks.find((x) => x.code === '7.6')!.assignee).toBe(VP);
    expect(m.tasks.find((x) => x.code === '1.4.1')!.assignee).toBe(VH);
  });

  test('strengths, evidence gaps, proposals, Nơi nhận and the signature', () => {
    const texts = paragraphs(model);
    expect(texts).toContain(
      'Các lĩnh vực đạt điểm tối đa: 4. Cải cách tổ chức bộ máy (100,00%); 6. Cải cách tài chính công (100,00%).',
    );
    const gaps = texts.find((p) => p.startsWith('Tiêu chí còn thiếu tài liệu kiểm chứng'))!;
    expect(model.evidenceGaps.map((g) => g.code)).toEqual(['2.2', '7.5']);
    expect(gaps).toContain('2.2');
    expect(gaps).toContain('mới có giải trình');
    expect(texts).toContain(
      'Đề nghị UBND huyện quan tâm hỗ trợ kinh phí nâng cấp trang thiết bị Bộ phận Một cửa và đường truyền Internet.',
    );
    const sig = model.blocks.find((b) => b.kind === 'signature');
    if (!sig || sig.kind !== 'signature') throw new Error('no signature');
    expect(sig.left.map((l) => l.runs[0].text)).toEqual([
      'Nơi nhận:',
      '- Sở Nội vụ tỉnh Hải Dương;',
      '- UBND huyện Cẩm Giàng;',
      '- Thường trực Đảng ủy, HĐND xã;',
      '- Cán bộ, công chức xã;',
      '- Lưu: VP.',
    ]);
    expect(sig.right.map((l) => l.runs[0].text)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Đức Mạnh']);
    expect(model.documentName).toBe('Báo cáo tổng kết CCHC 2023 – Xã Cao An');
    expect(model.summary.problems).toEqual([]);
  });

  test('the model is plain JSON and building it twice gives the same model', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    expect(buildReport({ result, assignments: sampleAssignments(), today: TODAY })).toEqual(model);
  });
});

describe('comparison with last year', () => {
  test('index, points and areas compared when Thông tin chung has last year’s figures', () => {
    const { result, model } = sampleReport({
      info: {
        previousIndexPercent: 85.12,
        previousIndexPoints: 84.5,
        previousAreaPoints: '1: 12,5; 2: 8; 3: 17; 4: 8; 5: 13; 6: 10; 7: 16',
      },
    });
    expect(result.index.percent).toBe(8786);
    expect(model.comparison).toMatchObject({ previousYear: 2022, previousPercent: 8512, previousPoints: 84500 });
    const text = paragraphs(model).find((p) => p.startsWith('So với năm 2022'))!;
    expect(text).toBe(
      'So với năm 2022 (Chỉ số 85,12%; 84,5 điểm): Chỉ số tăng 2,74 điểm phần trăm; tổng điểm tăng 1,598 điểm.',
    );
    const table = tableNamed(model, 'areas');
    expect(table.columns.map((c) => c.header).slice(5)).toEqual(['Điểm năm 2022', 'Tăng (+), giảm (−)']);
    expect(table.rows[0].cells.slice(5)).toEqual(['12,5', '−1,35']);
    expect(table.rows[2].cells.slice(5)).toEqual(['17', '+2']);
    expect(table.rows[table.rows.length - 1].cells.slice(5)).toEqual(['84,5', '+1,598']);
  });

  test('a percent-formatted cell (0,8512) and text "85,12%" read the same; a lower index reads "giảm"', () => {
    for (const v of [0.8512, '85,12%'])
      expect(sampleReport({ info: { previousIndexPercent: v } }).model.comparison!.previousPercent).toBe(8512);
    const { model } = sampleReport({ info: { previousIndexPercent: 90 } });
    expect(model.comparison!.text).toBe('So với năm 2022 (Chỉ số 90,00%): Chỉ số giảm 2,14 điểm phần trăm.');
  });

  test('unreadable figures are left out and named for the office', () => {
    const { model } = sampleReport({
      info: { previousIndexPercent: 'khoảng 85', previousAreaPoints: '1: 12,5; hai: 8' },
    });
    expect(model.comparison!.previousPercent).toBeNull();
    expect(model.comparison!.previousAreaPoints).toEqual({ '1': 12500 });
    expect(model.summary.problems).toEqual([
      'Thông tin chung: “Chỉ số năm trước (%)” = “khoảng 85” không phải là số (ví dụ 87,8); phần so sánh với năm trước bỏ qua số liệu này.',
      'Thông tin chung: “Điểm năm trước theo lĩnh vực” có phần “hai: 8” không đúng dạng “mã lĩnh vực: điểm” (ví dụ “1: 12,5; 2: 8”); phần này bị bỏ qua.',
    ]);
  });
});

describe('Thông tin chung gaps and appraisal', () => {
  test('missing year, chairman and a bad date are reported; the report still builds', () => {
    const { model } = sampleReport({ info: { year: '', chairman: '', planDate: '31/02/2023' } });
    expect(model.summary.year).toBe(2024);
    expect(model.summary.problems).toHaveLength(3);
    expect(model.summary.problems[0]).toContain('Năm đánh giá');
    expect(model.summary.problems.join(' ')).toContain('“31/02/2023”');
    expect(paragraphs(model).find((p) => p.startsWith('Căn cứ Kế hoạch'))).toBe(
      'Căn cứ Kế hoạch số 11/KH-UBND của UBND xã Cao An về cải thiện, nâng cao Chỉ số cải cách hành chính xã Cao An năm 2024;',
    );
  });

  test('appraisal points add a column to the area table and the appendix, and a line to III', () => {
    const { result, model } = sampleReport({
      entries: { '7.2': { a: 2310, b: 2500, owner: VP, evidence: 'x', appraisal: 3 } },
    });
    expect(result.appraisal).not.toBeNull();
    expect(tableNamed(model, 'areas').columns.map((c) => c.header)).toContain('Điểm thẩm định');
    const appendix = tableNamed(model, 'appendix');
    expect(appendix.columns.map((c) => c.header)).toEqual([
      'Mã',
      'Tiêu chí',
      'Điểm tối đa',
      'Điểm tự chấm',
      'Điểm thẩm định',
      'Tài liệu kiểm chứng',
      'Giải trình',
    ]);
    expect(appendix.rows.find((r) => r.cells[0] === '7.2')!.cells[4]).toBe('3');
    expect(
      paragraphs(model).some((p) =>
        p.startsWith(`Điểm thẩm định của Đoàn thẩm định: ${formatPoints(result.appraisal!.index.points)}`),
      ),
    ).toBe(true);
  });
});

test('vietnamDateOf reads an instant in UTC+7', () => {
  expect(vietnamDateOf(new Date('2023-12-31T17:30:00Z'))).toEqual({ year: 2024, month: 1, day: 1 });
  expect(vietnamDateOf(new Date('2023-12-31T16:59:00Z'))).toEqual({ year: 2023, month: 12, day: 31 });
  expect(sampleResult().index.points).toBe(86098);
});

describe('an area tab deleted before the report', () => {
  test('the area is in II with 0 points and says why; III and the index count it at 0 of its maximum', () => {
    const spec = { ...DEFAULT_CATALOGUE };
    const grids = workbookGrids(spec, SAMPLE_INFO, SAMPLE_ENTRIES);
    grids.tabs = grids.tabs.filter((g) => g.name !== spec.areas[2].tabName);
    const result = scoreWorkbook(grids);
    const model = buildReport({ result, assignments: sampleAssignments(), today: TODAY });
    const texts = model.blocks.map(blockText);
    const at = texts.indexOf('3. Cải cách thủ tục hành chính');
    expect(at).toBeGreaterThan(0);
    expect(texts[at + 1]).toBe(`Kết quả: đạt 0/22 điểm (0,00%). ${reportText.areaMissing}`);
    expect(result.index.applicableMax).toBe(98000);
    expect(texts.join('\n')).toContain(formatPercent2(result.index.percent));
  });
});

describe('Phân công read from a whole workbook', () => {
  test('by the tab’s name, or by its header row when the tab was renamed', () => {
    const grids = sampleGrids();
    expect(assignmentsOf(grids)).toEqual({});
    const tab = assignmentGrid(DEFAULT_CATALOGUE, SAMPLE_ASSIGNMENTS);
    expect(assignmentsOf({ tabs: [...grids.tabs, tab] })['3']).toBe(`${TP}; ${VP}`);
    expect(assignmentsOf({ tabs: [...grids.tabs, { ...tab, name: 'Người phụ trách' }] })['7']).toBe(VH);
  });
});
