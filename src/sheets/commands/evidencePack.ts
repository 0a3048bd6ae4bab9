/** "Ghi hồ sơ minh chứng" (office): the evidence pack for the appraisal council, as a tab. */
import { EVIDENCE_PACK_TEXT as T } from '../../core/text';
import { alert, fromMenu } from '../dialog';
import { writeEvidencePackTab } from '../evidence/packTab';

export function menuEvidencePack(): void {
  fromMenu(() => {
    const r = writeEvidencePackTab();
    alert(T.doneTitle, T.done(r.criteria, r.documents, r.missing));
  });
}
