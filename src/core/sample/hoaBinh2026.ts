/**
 * SAMPLE DATA — phường Hòa Bình of the fictional tỉnh Minh An, year 2026, scored by a 2026-style criteria
 * set (samples/catalogue-minh-an-2026.json, imported from tests/local/fixtures/phuong-minh-an-2026.docx
 * by `catalogue import`). Every name and figure is made up, for demonstration and tests.
 */
import type { CatalogueSpec } from '../catalog/types';
import { sampleEntryHelpers, type SampleEntry } from './entryHelpers';
import type { InfoValues } from '../template';
import { workbookGrids } from '../template';
import type { WorkbookGrids } from '../workbook';

export const HOA_BINH_NOTICE =
  'DỮ LIỆU MẪU — phường Hòa Bình, tỉnh Minh An là tên hư cấu; mọi số liệu chỉ để minh họa.';

const VP = 'Công chức Văn phòng HĐND và UBND';
const NV = 'Công chức phòng Kinh tế, Hạ tầng và Đô thị';

type E = SampleEntry;
const { ratio, value } = sampleEntryHelpers('mau-hb-');

export const HOA_BINH_ENTRIES: Record<string, E> = {
  '1.1': value('Ban hành kịp thời', VP),
  '1.2': ratio(18, 20, VP, { explanation: 'Hai nhiệm vụ số hóa hồ sơ chuyển sang quý I/2027.' }),
  '1.3': value('Đầy đủ, đa dạng hình thức', VP),
  '1.4': value(1, VP, { explanation: 'Mới có 01 sáng kiến được công nhận.' }),
  '2.1': ratio(1176, 1200, NV, { explanation: '24 hồ sơ đất đai quá hạn do chờ ý kiến của cơ quan chuyên môn tỉnh.' }),
  '2.2': value('Có', NV),
  '2.3': ratio(540, 900, NV, { explanation: 'Người cao tuổi còn nộp hồ sơ trực tiếp.' }),
  '2.4': value(1.5, VP, { explanation: 'Một phản ánh về vệ sinh môi trường xử lý chậm 5 ngày.' }),
  '3.1': value('Không có CBCC bị kỷ luật', VP),
  '3.2': ratio(22, 24, VP),
  '4.1': value(8.4, VP, { evidence: 'Thông báo kết quả điều tra xã hội học năm 2026 của UBND tỉnh Minh An (mẫu)' }),
  '5.1': value('Có', VP, { evidence: 'Quyết định khen thưởng của UBND tỉnh Minh An (mẫu)' }),
  '6.1': value(1, VP, { explanation: 'Báo cáo CCHC quý II gửi chậm 2 ngày.' }),
};

export const HOA_BINH_INFO: InfoValues = {
  unitType: 'Phường',
  commune: 'Hòa Bình',
  province: 'Minh An',
  office: 'Văn phòng HĐND và UBND',
  year: 2026,
  planNumber: '08/KH-UBND',
  planDate: '20/01/2026',
  reportNumber: '',
  reportDate: '10/01/2027',
  chairman: 'Trần Minh Quang',
  proposals: 'Đề nghị Sở Nội vụ tỉnh Minh An tổ chức tập huấn chấm điểm theo bộ tiêu chí năm 2026.',
};

export const HOA_BINH_ASSIGNMENTS: Record<string, { emails: string; names: string }> = {
  '1': { emails: 'vanphong.hoabinh@example.gov.vn', names: VP },
  '2': { emails: 'kinhte.hoabinh@example.gov.vn', names: NV },
  '3': { emails: 'vanphong.hoabinh@example.gov.vn', names: VP },
  '4': { emails: 'vanphong.hoabinh@example.gov.vn', names: VP },
  '5': { emails: 'vanphong.hoabinh@example.gov.vn', names: VP },
  '6': { emails: 'vanphong.hoabinh@example.gov.vn', names: VP },
};

/** The phường sample's grids for its imported catalogue, marked as sample data on every area tab. */
export function hoaBinhGrids(spec: CatalogueSpec): WorkbookGrids {
  return workbookGrids(
    { ...spec, notice: `${HOA_BINH_NOTICE} ${spec.notice}`.trim() },
    HOA_BINH_INFO,
    HOA_BINH_ENTRIES,
  );
}
