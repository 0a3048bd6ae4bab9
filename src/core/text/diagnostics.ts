/**
 * Vietnamese text of "Kiểm tra cài đặt" (src/sheets/diagnostics.ts): the menu label, the tab it writes,
 * each check's name, its findings and what to do when it fails.
 */

const q = (s: string): string => `“${s}”`;

export const DIAGNOSTICS_TEXT = {
  menu: 'Kiểm tra cài đặt',
  title: 'Kiểm tra cài đặt tiện ích Chỉ số CCHC',
  ranAt: (when: string, user: string) => `Lần kiểm tra: ${when}${user ? ` – ${user}` : ''}`,
  header: ['Mục kiểm tra', 'Kết quả', 'Chi tiết', 'Cách khắc phục'] as const,
  status: { ok: 'Đạt', fail: 'Chưa đạt', warn: 'Cần lưu ý', info: 'Ghi chú', skipped: 'Bỏ qua' },
  probeLabel: (cell: string) =>
    `Ô thử kiểm tra tức thời: gõ một số bất kỳ vào ô ${cell} của bảng này, rồi chạy lại Kiểm tra cài đặt.`,
  scratchLabel: (cell: string) =>
    `Ô ${cell}: ô thử định dạng văn bản (@) của Kiểm tra cài đặt, không dùng để nhập số liệu.`,
  busy: 'Đang có người tính điểm, cập nhật bảng hoặc kiểm tra cài đặt…, vui lòng thử lại sau ít phút.',
  tabTaken: (name: string) =>
    `Bảng tính đã có một bảng tên ${q(name)} không do tiện ích tạo; Kiểm tra cài đặt không ghi đè lên bảng đó.`,
  tabTakenHint: (name: string) =>
    `Đổi tên bảng ${q(name)} hiện có (nhấp chuột phải vào tên bảng → Đổi tên), rồi chạy lại.`,

  askDocsTitle: 'Kiểm tra tạo tài liệu Google Docs',
  askDocs:
    'Để kiểm tra việc tạo báo cáo, tiện ích sẽ tạo một tài liệu Google Docs thử trong Drive của bạn (tài liệu được giữ lại, bạn có thể xóa sau). Tạo tài liệu thử?',
  docName: (when: string) => `Kiểm tra cài đặt CCHC – ${when}`,
  /** Text of the test document's paragraph and one-cell table (the style check). */
  styleProbe: 'Chỉ số cải cách hành chính (Chỉ số CCHC)',

  summaryTitle: 'Kết quả kiểm tra cài đặt',
  summaryHead: (ok: number, total: number) => `${ok}/${total} mục đạt. Bảng chi tiết ở bảng “Kiểm tra cài đặt”.`,
  summaryAllOk: 'Mọi mục đều đạt.',
  summaryLine: (label: string, status: string, detail: string, fix: string) =>
    `• ${label} – ${status}: ${detail}${fix ? ` → ${fix}` : ''}`,

  checks: {
    scopes: {
      label: 'Quyền đã cấp cho tiện ích',
      ok: 'Đã cấp đủ quyền tiện ích cần.',
      missing: (scopes: readonly string[]) => `Chưa cấp quyền: ${scopes.join(', ')}.`,
      optionalMissing: (scopes: readonly string[]) =>
        `Chưa cấp quyền: ${scopes.join(', ')}. Quyền này chỉ cần để tải tài liệu kiểm chứng lên Google Drive và ` +
        'chia sẻ thư mục tài liệu; mọi chức năng khác vẫn dùng được.',
      required: 'Google báo tiện ích còn cần được cấp quyền.',
      fix: 'Chọn lại một mục trong menu CCHC, bấm “Cho phép” khi Google hỏi quyền (tích chọn mọi quyền được liệt kê).',
    },
    email: {
      label: 'E-mail người dùng',
      ok: (email: string) => `Google cho biết e-mail: ${email}.`,
      effectiveOnly: (email: string) =>
        `Google không cho biết e-mail người đang dùng; dùng e-mail của tài khoản chạy lệnh: ${email}.`,
      none: 'Google không cho biết e-mail người dùng: cột “Người thực hiện” sẽ để trống; quyền của văn phòng được xét theo quyền sửa bảng Thông tin chung.',
      fix: 'Kiểm tra đã cấp quyền “Xem địa chỉ email” cho tiện ích (mục Quyền đã cấp). Với tài khoản Gmail cá nhân, Google có thể không cho biết e-mail của người khác: không cần làm gì thêm.',
    },
    timeZone: {
      label: 'Múi giờ của bảng tính',
      ok: (tz: string) => `Múi giờ ${tz}.`,
      wrong: (tz: string) =>
        `Múi giờ là ${tz}, không phải giờ Việt Nam (Asia/Ho_Chi_Minh): ngày tháng nhập vào có thể lệch một ngày.`,
      fix: 'Tệp → Cài đặt → Múi giờ: chọn múi giờ GMT+07:00 của Việt Nam, rồi Lưu.',
    },
    locale: {
      label: 'Ngôn ngữ và khu vực của bảng tính',
      ok: (locale: string) => `Khu vực ${locale} (số thập phân viết bằng dấu phẩy, ví dụ 87,8).`,
      wrong: (locale: string) =>
        `Khu vực ${locale}: Google Trang tính đọc số như 87,8 hoặc 87,80% theo quy ước khác Việt Nam, số liệu có thể bị hiểu sai.`,
      fix: 'Tệp → Cài đặt → Ngôn ngữ và khu vực: chọn Việt Nam, rồi Lưu.',
    },
    textCell: {
      label: 'Ô định dạng văn bản (@)',
      ok: 'Giá trị ghi vào ô định dạng văn bản được giữ nguyên là văn bản.',
      wrong: (got: string) =>
        `Ghi “0012” vào ô định dạng văn bản nhưng đọc lại được ${got}: số liệu dạng mã có thể bị đổi.`,
      fix: 'Báo cho người phụ trách CNTT: Google Trang tính không giữ định dạng văn bản như tiện ích cần.',
    },
    editEvent: {
      label: 'Kiểm tra tức thời khi nhập (onEdit)',
      ok: (when: string) => `Lần sửa ô thử lúc ${when}: Google gửi đủ vị trí ô sửa.`,
      none: (cell: string) => `Chưa có lần sửa nào ở ô thử ${cell}.`,
      noneFix: (cell: string) => `Gõ một số vào ô ${cell} của bảng “Kiểm tra cài đặt”, rồi chạy lại Kiểm tra cài đặt.`,
      missing: (when: string) =>
        `Lần sửa ô thử lúc ${when}: Google không gửi vị trí ô sửa; kiểm tra tức thời vẫn chạy nhưng chậm hơn một bước.`,
      missingFix: 'Không cần làm gì; báo cho người phụ trách CNTT để theo dõi.',
    },
    chart: {
      label: 'Biểu đồ ở bảng Tổng hợp',
      ok: 'Tìm thấy biểu đồ theo mã đã lưu.',
      noId: 'Chưa có biểu đồ (chưa Tính điểm lần nào trong bảng tính này).',
      notFound: 'Không tìm thấy biểu đồ theo mã đã lưu (biểu đồ đã bị xóa hoặc bảng Tổng hợp đã bị thay).',
      fix: 'Bấm CCHC → Tính điểm: tiện ích vẽ lại biểu đồ.',
    },
    protections: {
      label: 'Vùng bảo vệ theo chế độ đã chọn',
      ok: (mode: string) => `Vùng bảo vệ khớp chế độ ${q(mode)}.`,
      none: 'Chưa có vùng bảo vệ nào của tiện ích (chưa khởi tạo bảng theo dõi).',
      mismatch: (mode: string) => `Vùng bảo vệ không khớp chế độ ${q(mode)} đã chọn ở Thông tin chung.`,
      reapplied: 'Lần Khởi tạo / cập nhật bảng theo dõi tới sẽ đặt lại mọi vùng bảo vệ.',
      fix: 'Văn phòng chọn CCHC → Khởi tạo / cập nhật bảng theo dõi để áp dụng lại chế độ bảo vệ.',
    },
    docs: {
      label: 'Tạo tài liệu Google Docs',
      ok: (url: string) => `Đã tạo tài liệu thử: ${url} (không xóa; bạn có thể xóa tài liệu này).`,
      skipped: 'Không tạo tài liệu thử (bạn chọn Không).',
      failed: (message: string) => `Không tạo được tài liệu: ${message}`,
      styleNotInherited: (url: string) =>
        `Đã tạo tài liệu thử: ${url}, nhưng định dạng chung (phông chữ, căn lề) không áp dụng cho các đoạn đã có trong tài liệu hoặc trong bảng: báo cáo Google Docs có thể sai phông chữ, căn lề ở một số đoạn. Bản .docx của công cụ offline không bị ảnh hưởng.`,
      styleFix:
        'Sau khi tạo báo cáo Google Docs: chọn toàn bộ (Ctrl+A), đặt phông Times New Roman cỡ 13; báo cho người bảo trì tiện ích kèm bảng Kiểm tra cài đặt này.',
      fix: 'Chọn lại CCHC → Kiểm tra cài đặt, bấm “Cho phép” khi Google hỏi quyền Google Docs; nếu báo hết hạn mức, thử lại vào ngày mai.',
    },
    docsQuota: {
      label: 'Hạn mức tạo tài liệu Google Docs',
      note: 'Google cho mỗi tài khoản Gmail cá nhân tạo tối đa 250 tài liệu mỗi ngày bằng tiện ích (tài khoản Google Workspace: 1.500). Mỗi lần tạo báo cáo tổng kết dùng 1 lượt.',
    },
  },
} as const;
