/** Test tables in the shapes provinces publish (grids as read from .docx / .xlsx / a pasted tab). */

/** Roman areas, restarting criterion numbers, "-" / "+" option rows, prose rules, bonus/penalty/survey. */
export const ROMAN_TABLE: string[][] = [
  ['PHỤ LỤC', '', '', ''],
  ['(Kèm theo Quyết định số 2648/QĐ-UBND ngày 31/12/2025 của UBND tỉnh)', '', '', ''],
  ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Hướng dẫn chấm điểm'],
  ['(1)', '(2)', '(3)', '(4)'],
  ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC', '6', ''],
  ['1', 'Kế hoạch CCHC năm', '3', ''],
  [
    '1.1',
    'Ban hành kế hoạch CCHC năm',
    '1',
    'Ban hành kịp thời: 1 điểm; không kịp thời: 0,5 điểm; không ban hành: 0 điểm',
  ],
  ['1.2', 'Mức độ hoàn thành kế hoạch', '2', 'Hoàn thành 100%: 2 điểm; từ 80% đến dưới 100%: 1 điểm; dưới 80%: 0'],
  ['2', 'Sáng kiến về CCHC', '1', 'Mỗi sáng kiến 0,5 điểm, tối đa 1 điểm'],
  ['', '', '', ''],
  ['3', 'Tuyên truyền CCHC', '2', ''],
  ['', '- Thực hiện đầy đủ kế hoạch tuyên truyền', '2', ''],
  ['', '- Thực hiện không đầy đủ', '1', ''],
  ['', '- Không thực hiện', '0', ''],
  ['II', 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ', '6', ''],
  ['1', 'Chấp hành kỷ luật, kỷ cương', '2', 'Không có CBCC bị kỷ luật: 2 điểm; có: 0'],
  [
    '2',
    'Tỷ lệ CBCC được đào tạo, bồi dưỡng',
    '2',
    'Đạt 100%: 2; từ 90% đến dưới 100%: điểm = tỷ lệ % × 2; dưới 90%: 0',
  ],
  ['3', 'Đánh giá, xếp loại CBCC đúng quy định', '1', 'Có/Không'],
  ['4', 'Văn hóa công vụ', '1', 'Hội đồng thẩm định xem xét, cho điểm theo mức độ thực hiện'],
  ['III', 'ĐIỀU TRA XÃ HỘI HỌC', '10', ''],
  ['1', 'Mức độ hài lòng của người dân, tổ chức', '10', 'Theo kết quả điều tra do tỉnh công bố'],
  ['', 'TỔNG CỘNG', '22', ''],
  ['B', 'ĐIỂM THƯỞNG', '1', ''],
  ['1', 'Được khen thưởng về CCHC', '1', 'Có: cộng 1 điểm; Không: 0'],
  ['C', 'ĐIỂM TRỪ', '2', ''],
  ['1', 'Gửi báo cáo chậm', '-2', 'Mỗi báo cáo gửi chậm trừ 0,5 điểm, tối đa trừ 2 điểm'],
];

/**
 * Arabic areas with dotted codes, "TT" / "Điểm chuẩn" / "Cách chấm" headers, a two-row header, lettered
 * sub-criteria, decimal commas, a merged area row, "+" options with their points inline, a manual row.
 */
export const ARABIC_TABLE: string[][] = [
  ['TT', 'Tiêu chí', 'Điểm', '', 'Cách chấm', 'Tài liệu kiểm chứng'],
  ['', '', 'Điểm chuẩn', 'Điểm tự chấm', '', ''],
  ['1. Cải cách thể chế', '', '4,5', '', '', ''],
  ['1.1', 'Ban hành văn bản quy phạm pháp luật', '2,5', '', '', ''],
  ['a', 'Đúng thẩm quyền, trình tự', '1,5', '', 'Đạt: 1,5; không đạt: 0', 'Văn bản'],
  ['b', 'Kiểm tra, rà soát văn bản', '1', '', 'Thực hiện tốt theo đánh giá của Hội đồng', 'Báo cáo'],
  ['1.2', 'Tổ chức thực hiện văn bản', '2', '', '', ''],
  ['', '+ Kịp thời: 2 điểm', '', '', '', ''],
  ['', '+ Chậm: 1 điểm', '', '', '', ''],
  ['2', 'Cải cách thủ tục hành chính', '3', '', '', ''],
  ['2.1', 'Tỷ lệ hồ sơ giải quyết đúng hạn', '3', '', 'Trên 95%: 3; từ 80% đến dưới 95%: 2; dưới 80%: 0', ''],
];

/** Numbers typed as text ("hai điểm"): bad input. */
export const TEXT_POINTS_TABLE: string[][] = [
  ['STT', 'Tiêu chí', 'Điểm tối đa'],
  ['I', 'Chỉ đạo điều hành', '2'],
  ['1', 'Ban hành kế hoạch', 'hai điểm'],
];

export const DUPLICATE_TABLE: string[][] = [
  ['STT', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm'],
  ['I', 'Chỉ đạo điều hành', '2', ''],
  ['1', 'Ban hành kế hoạch', '1', 'Có/Không'],
  ['1', 'Báo cáo định kỳ', '1', 'Có/Không'],
];

export const ABOVE_MAX_TABLE: string[][] = [
  ['STT', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm'],
  ['I', 'Chỉ đạo điều hành', '1', ''],
  ['1', 'Ban hành kế hoạch', '1', 'Ban hành kịp thời: 2 điểm; không kịp thời: 0,5 điểm'],
];

export const NO_HEADER_TABLE: string[][] = [
  ['I', 'Chỉ đạo điều hành', '2'],
  ['1', 'Ban hành kế hoạch', '1'],
];
