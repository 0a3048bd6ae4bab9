/**
 * SAMPLE DATA — plausible figures for xã Cao An 2023, made up for demonstration and tests. They are
 * not the commune's real figures. Used by `npm start`, the tests and the Sheets "sample" workbook.
 */
import { DEFAULT_CATALOGUE } from '../catalog/defaultCatalogue';
import { sampleEntryHelpers, type SampleEntry } from './entryHelpers';
import type { InfoValues } from '../template';
import { workbookGrids } from '../template';
import type { WorkbookGrids } from '../workbook';

export const SAMPLE_NOTICE =
  'DỮ LIỆU MẪU — số liệu minh họa, không phải số liệu thật của xã Cao An. ' + DEFAULT_CATALOGUE.notice;

const VP = 'Công chức Văn phòng – Thống kê';
const TP = 'Công chức Tư pháp – Hộ tịch';
const TC = 'Công chức Tài chính – Kế toán';
const VH = 'Công chức Văn hóa – Xã hội';

type E = SampleEntry;
const { ratio, value } = sampleEntryHelpers('mau-');

export const SAMPLE_ENTRIES: Record<string, E> = {
  '1.1.1': value('Kịp thời', VP, { evidence: 'Kế hoạch số 10/KH-UBND ngày 15/01/2023' }),
  '1.1.2': ratio(24, 25, VP, { explanation: 'Chưa hoàn thành nhiệm vụ số hóa hồ sơ lưu trữ do thiếu kinh phí.' }),
  '1.2': ratio(4, 4, VP),
  '1.3.1': ratio(6, 6, VP),
  '1.3.2': ratio(3, 3, VP),
  '1.4.1': ratio(19, 20, VH, { explanation: 'Một đợt tuyên truyền quý IV lùi sang tháng 01/2024.' }),
  '1.4.2': value('1, 2, 3', VH, { explanation: 'Chưa tổ chức hội nghị, phát tờ gấp về CCHC.' }),
  '1.5': value('Có', VP),
  '1.6': value(1, VP, { explanation: 'Mới có 01 giải pháp (trả kết quả TTHC qua bưu điện).' }),
  '1.7': ratio(2, 3, VP, { explanation: 'Hạn chế về tỷ lệ hồ sơ trực tuyến chưa khắc phục được.' }),
  '2.1': value('1, 2, 3', TP),
  '2.2': ratio(9, 10, TP, { evidence: '', explanation: 'Chưa hoàn thành kiểm tra văn bản QPPL quý IV.' }),
  '2.3': value('1, 2', TP, { explanation: 'Chưa tổ chức điều tra, khảo sát tình hình thi hành pháp luật.' }),
  '2.4': { na: 'x', owner: TP, explanation: 'Trong năm không phát hiện bất cập, vướng mắc.' },
  '3.1.1': value('Kịp thời', TP),
  '3.1.2': ratio(12, 12, TP),
  '3.2': ratio(5, 5, TP),
  '3.3': ratio(118, 118, TP),
  '3.4': value('Có', VP),
  '3.5': ratio(1236, 1242, VP, { explanation: '06 hồ sơ đất đai trễ hạn do phải xác minh nguồn gốc.' }),
  '3.6': ratio(6, 6, VP),
  '3.7': ratio(3, 3, VP),
  '3.8': ratio(10, 12, VP, { explanation: '02 TTHC ngành dọc (thuế, bảo hiểm) chưa đưa vào Bộ phận Một cửa.' }),
  '3.9': ratio(520, 1242, VP, { explanation: 'Người dân cao tuổi còn quen nộp hồ sơ trực tiếp.' }),
  '4.1': value('Có', VP),
  '4.2': value('Hoàn thành', VP),
  '4.3': value('Có', VP),
  '4.4': value('Đầy đủ', VP),
  '5.1': value('Đúng quy định', VP),
  '5.2': value(0, VP),
  '5.3': value(0, VP),
  '5.4': ratio(19, 21, VP, { explanation: '02 công chức đang học đại học, dự kiến tốt nghiệp năm 2024.' }),
  '5.5': ratio(17, 21, VP),
  '6.1': value('Có', TC),
  '6.2': value('1, 2, 3', TC),
  '6.3': ratio(2, 2, TC),
  '6.4': value('1, 2', TC),
  '7.1.1': value('Kịp thời', VH),
  '7.1.2': ratio(8, 9, VH, { explanation: 'Chưa nâng cấp đường truyền Internet cho Bộ phận Một cửa.' }),
  '7.2': ratio(2310, 2500, VP),
  '7.3': ratio(21, 21, VH),
  '7.4': value('Có', VH),
  '7.5': value('1, 2', VH, { evidence: '', explanation: '' }),
  '7.6': ratio(350, 512, VP, { explanation: 'Nhiều hồ sơ vẫn nộp trực tiếp; cần hướng dẫn người dân nộp trực tuyến.' }),
  '7.7': value('Đúng quy định', VP),
  '7.8': value('Khá', VH, { explanation: 'Chỉ số chuyển đổi số của xã xếp loại Khá.' }),
};

export const SAMPLE_INFO: InfoValues = {
  unitType: 'Xã',
  commune: 'Cao An',
  province: 'Hải Dương',
  // 2023, before two-tier government: the huyện appraised and received the report.
  appraisalBody: 'UBND huyện Cẩm Giàng',
  office: 'Văn phòng – Thống kê',
  year: 2023,
  planNumber: '11/KH-UBND',
  planDate: '30/01/2023',
  reportNumber: '',
  reportDate: '25/12/2023',
  chairman: 'Nguyễn Đức Mạnh',
  proposals:
    'Đề nghị UBND huyện quan tâm hỗ trợ kinh phí nâng cấp trang thiết bị Bộ phận Một cửa và đường truyền Internet.',
};

export const SAMPLE_ASSIGNMENTS: Record<string, { emails: string; names: string }> = {
  '1': { emails: 'vanphong.caoan@example.gov.vn', names: VP },
  '2': { emails: 'tuphap.caoan@example.gov.vn', names: TP },
  '3': { emails: 'tuphap.caoan@example.gov.vn, vanphong.caoan@example.gov.vn', names: `${TP}; ${VP}` },
  '4': { emails: 'vanphong.caoan@example.gov.vn', names: VP },
  '5': { emails: 'vanphong.caoan@example.gov.vn', names: VP },
  '6': { emails: 'taichinh.caoan@example.gov.vn', names: TC },
  '7': { emails: 'vanhoa.caoan@example.gov.vn', names: VH },
};

/** The sample workbook's grids: Thông tin chung and the seven area tabs, filled. */
export function sampleGrids(): WorkbookGrids {
  const grids = workbookGrids({ ...DEFAULT_CATALOGUE, notice: SAMPLE_NOTICE }, SAMPLE_INFO, SAMPLE_ENTRIES);
  return grids;
}
