/**
 * The built-in draft catalogue for xã Cao An 2023, exactly as ../shared/domain/catalog-draft-2023.md
 * (built from Kế hoạch 11/KH-UBND). The points and thresholds are a DRAFT: the province's appendix
 * (QĐ 3395/QĐ-UBND Hải Dương) was not available. The office edits them in the sheet or as JSON.
 */
import type { CatalogueSpec, CriterionSpec } from './types';

const PLAN_DONE_2 = '= 100%: 2; ≥ 80%: 1; còn lại: 0';
const ISSUED = 'Kịp thời: 1; Không kịp thời: 0,5; Không ban hành: 0';

function c(
  code: string,
  title: string,
  maxPoints: number,
  kind: CriterionSpec['kind'],
  rule: string,
  extra: Partial<CriterionSpec> = {},
): CriterionSpec {
  const shortName = SHORT_NAMES[code];
  return { code, title, maxPoints, kind, rule, ...extra, ...(shortName ? { shortName } : {}) };
}
const group = (code: string, title: string, maxPoints: number) =>
  c(code, title, maxPoints, 'group', 'Tổng điểm các tiêu chí thành phần');

/** Names for report prose where the title is the a/b definition of a ratio. */
const SHORT_NAMES: Record<string, string> = {
  '1.1.2': 'Mức độ hoàn thành kế hoạch CCHC',
  '1.3.1': 'Tỷ lệ bộ phận được tự kiểm tra theo kế hoạch',
  '1.3.2': 'Tỷ lệ vấn đề phát hiện qua tự kiểm tra đã được xử lý',
  '1.7': 'Khắc phục hạn chế của Chỉ số năm trước',
  '2.2': 'Mức độ hoàn thành các kế hoạch theo dõi thi hành pháp luật, rà soát và kiểm tra VB QPPL',
  '2.4': 'Xử lý bất cập, vướng mắc phát hiện qua theo dõi thi hành pháp luật',
  '3.2': 'Xử lý vấn đề phát hiện qua rà soát TTHC',
  '3.3': 'Công khai đầy đủ TTHC thuộc thẩm quyền',
  '3.5': 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn',
  '3.6': 'Xin lỗi bằng văn bản đối với hồ sơ trễ hạn',
  '3.7': 'Xử lý đúng hạn phản ánh, kiến nghị về TTHC',
  '3.8': 'Tiếp nhận TTHC ngành dọc tại Bộ phận Một cửa',
  '3.9': 'Tỷ lệ hồ sơ nộp trực tuyến',
  '5.4': 'Tỷ lệ CBCC đạt chuẩn về trình độ chuyên môn',
  '5.5': 'Tỷ lệ CBCC được bồi dưỡng, tập huấn trong năm',
  '6.3': 'Thực hiện kết luận thanh tra, kiểm tra, kiểm toán về tài chính',
  '7.2': 'Tỷ lệ văn bản trao đổi dưới dạng điện tử',
  '7.3': 'Tỷ lệ CBCC sử dụng thư điện tử công vụ',
  '7.6': 'Tỷ lệ hồ sơ TTHC giải quyết trực tuyến toàn trình',
};

export const DEFAULT_CATALOGUE: CatalogueSpec = {
  name: 'Bộ tiêu chí Chỉ số CCHC cấp xã – Cao An 2023 (bản nháp)',
  notice: 'Bộ tiêu chí mẫu — đối chiếu với quyết định của UBND tỉnh (QĐ 3395/QĐ-UBND Hải Dương) trước khi dùng.',
  groups: '≥ 90%: Từ 90% trở lên; ≥ 80%: Từ 80% đến dưới 90%; còn lại: Dưới 80%',
  ratings:
    '≥ 90% và mọi lĩnh vực ≥ 70%: Hoàn thành xuất sắc; ≥ 80% và mọi lĩnh vực ≥ 70%: Hoàn thành tốt; ≥ 50%: Hoàn thành; còn lại: Không hoàn thành',
  areas: [
    {
      code: '1',
      title: 'Công tác chỉ đạo, điều hành CCHC',
      tabName: '1. Chỉ đạo điều hành',
      maxPoints: 14,
      criteria: [
        group('1.1', 'Kế hoạch CCHC năm', 3),
        c('1.1.1', 'Ban hành kế hoạch CCHC năm và kế hoạch nâng cao Chỉ số CCHC', 1, 'status', ISSUED),
        c('1.1.2', 'Mức độ hoàn thành kế hoạch CCHC (nhiệm vụ hoàn thành / nhiệm vụ đề ra)', 2, 'ratio', PLAN_DONE_2),
        c(
          '1.2',
          'Báo cáo CCHC định kỳ gửi đúng hạn, đủ nội dung (quý I, 6 tháng, quý III, năm)',
          2,
          'ratio',
          '= 100%: 2; ≥ 75%: 1; còn lại: 0',
        ),
        group('1.3', 'Tự kiểm tra công tác CCHC', 2),
        c(
          '1.3.1',
          'Bộ phận được tự kiểm tra / bộ phận theo kế hoạch kiểm tra',
          1,
          'ratio',
          '= 100%: 1; ≥ 80%: 0,5; còn lại: 0',
        ),
        c(
          '1.3.2',
          'Vấn đề phát hiện qua kiểm tra đã được xử lý / vấn đề phát hiện',
          1,
          'ratio',
          '= 100%: 1; ≥ 80%: 0,5; còn lại: 0',
          { naAllowed: true },
        ),
        group('1.4', 'Tuyên truyền CCHC', 3),
        c(
          '1.4.1',
          'Mức độ hoàn thành kế hoạch tuyên truyền CCHC',
          2,
          'ratio',
          '= 100%: 2; ≥ 90%: tỷ lệ × 2; còn lại: 0',
          { target: '= 100%' },
        ),
        c(
          '1.4.2',
          'Hình thức tuyên truyền đa dạng',
          1,
          'checklist',
          'Đài truyền thanh: 0,25; Trang thông tin điện tử: 0,25; Băng rôn, khẩu hiệu: 0,25; Hội nghị, tờ gấp: 0,25',
        ),
        c('1.5', 'Gắn kết quả CCHC với thi đua, khen thưởng', 1, 'yesno', 'Có: 1; Không: 0'),
        c(
          '1.6',
          'Sáng kiến, giải pháp mới về CCHC (một cửa, một cửa liên thông, sự hài lòng)',
          2,
          'count',
          '≥ 2: 2; = 1: 1; = 0: 0',
        ),
        c(
          '1.7',
          'Hạn chế của Chỉ số năm trước đã được khắc phục / hạn chế được chỉ ra',
          1,
          'ratio',
          '= 100%: 1; ≥ 50%: 0,5; còn lại: 0',
          { naAllowed: true },
        ),
      ],
    },
    {
      code: '2',
      title: 'Cải cách thể chế',
      tabName: '2. Cải cách thể chế',
      maxPoints: 10,
      criteria: [
        c(
          '2.1',
          'Ban hành kế hoạch theo dõi thi hành pháp luật, rà soát hệ thống hóa VB QPPL, kiểm tra VB QPPL',
          3,
          'checklist',
          'Kế hoạch theo dõi thi hành pháp luật: 1; Kế hoạch rà soát, hệ thống hóa VB QPPL: 1; Kế hoạch kiểm tra VB QPPL: 1',
        ),
        c(
          '2.2',
          'Mức độ hoàn thành các kế hoạch trên (nội dung hoàn thành / nội dung đề ra)',
          3,
          'ratio',
          '= 100%: 3; ≥ 80%: 1,5; còn lại: 0',
        ),
        c(
          '2.3',
          'Hoạt động theo dõi thi hành pháp luật',
          2,
          'checklist',
          'Kiểm tra: 1; Thu thập thông tin: 0,5; Điều tra, khảo sát: 0,5',
        ),
        c('2.4', 'Bất cập, vướng mắc đã xử lý hoặc kiến nghị xử lý / bất cập phát hiện', 2, 'ratio', PLAN_DONE_2, {
          naAllowed: true,
        }),
      ],
    },
    {
      code: '3',
      title: 'Cải cách thủ tục hành chính',
      tabName: '3. Cải cách TTHC',
      maxPoints: 22,
      criteria: [
        group('3.1', 'Kế hoạch rà soát, đánh giá TTHC', 3),
        c('3.1.1', 'Ban hành kế hoạch rà soát, đánh giá TTHC', 1, 'status', ISSUED),
        c('3.1.2', 'Mức độ hoàn thành kế hoạch rà soát, đánh giá TTHC', 2, 'ratio', PLAN_DONE_2, { target: '= 100%' }),
        c(
          '3.2',
          'Vấn đề phát hiện qua rà soát đã xử lý, kiến nghị xử lý / vấn đề phát hiện',
          1,
          'ratio',
          '= 100%: 1; còn lại: 0',
          { naAllowed: true, target: '= 100%' },
        ),
        c(
          '3.3',
          'TTHC công khai đầy đủ tại Bộ phận Một cửa và trang thông tin điện tử / TTHC thuộc thẩm quyền',
          3,
          'ratio',
          '= 100%: 3; ≥ 90%: 1,5; còn lại: 0',
          { target: '= 100%' },
        ),
        c('3.4', 'Công khai tiến độ, kết quả giải quyết hồ sơ TTHC', 1, 'yesno', 'Có: 1; Không: 0'),
        c(
          '3.5',
          'Hồ sơ TTHC giải quyết đúng hạn / hồ sơ đã giải quyết',
          5,
          'ratio',
          '= 100%: 5; ≥ 98%: 4; ≥ 95%: 3; ≥ 90%: 1; còn lại: 0',
        ),
        c('3.6', 'Hồ sơ trễ hạn có văn bản xin lỗi / hồ sơ trễ hạn', 2, 'ratio', '= 100%: 2; còn lại: 0', {
          naAllowed: true,
          target: '= 100%',
        }),
        c(
          '3.7',
          'Phản ánh, kiến nghị về TTHC xử lý đúng hạn / phản ánh, kiến nghị tiếp nhận',
          2,
          'ratio',
          PLAN_DONE_2,
          { naAllowed: true },
        ),
        c(
          '3.8',
          'TTHC ngành dọc tiếp nhận tại Bộ phận Một cửa / TTHC ngành dọc trong danh mục',
          2,
          'ratio',
          PLAN_DONE_2,
        ),
        c('3.9', 'Hồ sơ nộp trực tuyến / tổng hồ sơ tiếp nhận', 3, 'ratio', '≥ 50%: 3; ≥ 30%: 2; ≥ 10%: 1; còn lại: 0'),
      ],
    },
    {
      code: '4',
      title: 'Cải cách tổ chức bộ máy',
      tabName: '4. Tổ chức bộ máy',
      maxPoints: 8,
      criteria: [
        c('4.1', 'Sắp xếp tổ chức bộ máy đúng quy định của cấp có thẩm quyền', 2, 'yesno', 'Có: 2; Không: 0'),
        c(
          '4.2',
          'Rà soát chức năng, nhiệm vụ của từng CBCC, xây dựng vị trí việc làm',
          2,
          'status',
          'Hoàn thành: 2; Đang thực hiện: 1; Chưa thực hiện: 0',
        ),
        c('4.3', 'Điều chỉnh, bổ sung Quy chế làm việc của UBND xã', 2, 'yesno', 'Có: 2; Không: 0'),
        c(
          '4.4',
          'Thực hiện các đề án của Tỉnh ủy về sắp xếp bộ máy, tinh giản biên chế',
          2,
          'status',
          'Đầy đủ: 2; Chưa đầy đủ: 1; Không thực hiện: 0',
        ),
      ],
    },
    {
      code: '5',
      title: 'Cải cách chế độ công vụ',
      tabName: '5. Chế độ công vụ',
      maxPoints: 14,
      criteria: [
        c(
          '5.1',
          'Đánh giá, xếp loại CBCC đúng trình tự, thủ tục, thời gian',
          3,
          'status',
          'Đúng quy định: 3; Còn sai sót: 1,5; Không thực hiện: 0',
        ),
        c('5.2', 'CBCC bị kỷ luật từ khiển trách trở lên', 4, 'count', '= 0: 4; ≥ 1: 0', { target: '= 0' }),
        c(
          '5.3',
          'Vi phạm kỷ luật, kỷ cương, văn hóa công vụ bị phát hiện qua kiểm tra',
          2,
          'count',
          '= 0: 2; = 1: 1; ≥ 2: 0',
        ),
        c('5.4', 'CBCC đạt chuẩn về trình độ chuyên môn / tổng số CBCC', 3, 'ratio', 'tỷ lệ × 3'),
        c(
          '5.5',
          'CBCC được bồi dưỡng, tập huấn trong năm / tổng số CBCC',
          2,
          'ratio',
          '≥ 80%: 2; ≥ 50%: 1; còn lại: 0',
        ),
      ],
    },
    {
      code: '6',
      title: 'Cải cách tài chính công',
      tabName: '6. Tài chính công',
      maxPoints: 10,
      criteria: [
        c('6.1', 'Tự kiểm tra việc thực hiện quy chế chi tiêu nội bộ, quy chế dân chủ', 2, 'yesno', 'Có: 2; Không: 0'),
        c(
          '6.2',
          'Công khai tài chính, ngân sách đúng quy định',
          3,
          'checklist',
          'Dự toán: 1; Tình hình thực hiện: 1; Quyết toán: 1',
        ),
        c(
          '6.3',
          'Kết luận thanh tra, kiểm tra, kiểm toán về tài chính đã thực hiện / kết luận phải thực hiện',
          3,
          'ratio',
          '= 100%: 3; ≥ 80%: 1,5; còn lại: 0',
          { naAllowed: true },
        ),
        c(
          '6.4',
          'Văn bản về quản lý, sử dụng tài sản công và chương trình thực hành tiết kiệm, chống lãng phí',
          2,
          'checklist',
          'Quy chế quản lý tài sản công: 1; Chương trình THTK, CLP: 1',
        ),
      ],
    },
    {
      code: '7',
      title: 'Xây dựng và phát triển chính quyền điện tử',
      tabName: '7. Chính quyền số',
      maxPoints: 22,
      criteria: [
        group('7.1', 'Kế hoạch ứng dụng công nghệ thông tin', 3),
        c('7.1.1', 'Ban hành kế hoạch ứng dụng CNTT', 1, 'status', ISSUED),
        c('7.1.2', 'Mức độ hoàn thành kế hoạch ứng dụng CNTT', 2, 'ratio', PLAN_DONE_2, { target: '= 100%' }),
        c(
          '7.2',
          'Văn bản trao đổi dưới dạng điện tử / tổng văn bản',
          4,
          'ratio',
          '≥ 90%: 4; ≥ 80%: 3; ≥ 70%: 2; còn lại: 0',
          { target: '≥ 90%' },
        ),
        c(
          '7.3',
          'CBCC được cấp và sử dụng thư điện tử công vụ / tổng CBCC',
          2,
          'ratio',
          '= 100%: 2; ≥ 90%: 1; còn lại: 0',
          { target: '= 100%' },
        ),
        c('7.4', 'Kết nối, liên thông các phần mềm quản lý văn bản', 2, 'yesno', 'Có: 2; Không: 0'),
        c(
          '7.5',
          'Trang thông tin điện tử xã cung cấp thông tin theo quy định',
          3,
          'checklist',
          'Thông tin CCHC: 1; Quy định hành chính, TTHC: 1; Cập nhật kịp thời: 1',
        ),
        c(
          '7.6',
          'Hồ sơ TTHC giải quyết trực tuyến toàn trình / hồ sơ của các TTHC đủ điều kiện',
          4,
          'ratio',
          'tỷ lệ × 4',
        ),
        c(
          '7.7',
          'Duy trì, cải tiến Hệ thống quản lý chất lượng ISO 9001:2015',
          2,
          'status',
          'Đúng quy định: 2; Chưa đầy đủ: 1; Không duy trì: 0',
          { target: 'Đúng quy định' },
        ),
        c('7.8', 'Xếp hạng mức độ chính quyền điện tử của xã', 2, 'status', 'Tốt: 2; Khá: 1,5; Trung bình: 1; Yếu: 0'),
      ],
    },
  ],
};
