/** The registry of verify checks, sorted by id (the id equals the file name). */
import { verifyClausePointsElsewhere } from "./verify-clause-points-elsewhere.js";
import { verifyCodeReadInCurrentEdition } from "./verify-code-read-in-current-edition.js";
import { verifyCommonlyMisusedCode } from "./verify-commonly-misused-code.js";
import { verifyDocumentAmbiguous } from "./verify-document-ambiguous.js";
import { verifyDocumentCitesOtherCode } from "./verify-document-cites-other-code.js";
import { verifyDocumentExcludedRole } from "./verify-document-excluded-role.js";
import { verifyDocumentExcludedRoleRisk } from "./verify-document-excluded-role-risk.js";
import { verifyDocumentMismatch } from "./verify-document-mismatch.js";
import { verifyDocumentUnsupported } from "./verify-document-unsupported.js";
import { verifyDocumentsDisagree } from "./verify-documents-disagree.js";
import { verifyDocumentsSupportOtherCode } from "./verify-documents-support-other-code.js";
import { verifyEmployerSetting } from "./verify-employer-setting.js";
import { verifyFormerCodeInDocument } from "./verify-former-code-in-document.js";
import { verifyFormerEditionCode } from "./verify-former-edition-code.js";
import { verifyGenericClause } from "./verify-generic-clause.js";
import { verifyNoDutySection } from "./verify-no-duty-section.js";
import { verifyRrsCodeMissing } from "./verify-rrs-code-missing.js";
import { verifyRrsTitleMissing } from "./verify-rrs-title-missing.js";
import { verifySplitDuties } from "./verify-split-duties.js";
import { verifyStricterReview } from "./verify-stricter-review.js";
import { verifyTitleTrap } from "./verify-title-trap.js";
import { verifyTitlesDiffer } from "./verify-titles-differ.js";
import type { VerifyCheck } from "./types.js";

export const verifyChecks: Readonly<Record<string, VerifyCheck>> = {
  "verify-clause-points-elsewhere": verifyClausePointsElsewhere,
  "verify-code-read-in-current-edition": verifyCodeReadInCurrentEdition,
  "verify-commonly-misused-code": verifyCommonlyMisusedCode,
  "verify-document-ambiguous": verifyDocumentAmbiguous,
  "verify-document-cites-other-code": verifyDocumentCitesOtherCode,
  "verify-document-excluded-role": verifyDocumentExcludedRole,
  "verify-document-excluded-role-risk": verifyDocumentExcludedRoleRisk,
  "verify-document-mismatch": verifyDocumentMismatch,
  "verify-document-unsupported": verifyDocumentUnsupported,
  "verify-documents-disagree": verifyDocumentsDisagree,
  "verify-documents-support-other-code": verifyDocumentsSupportOtherCode,
  "verify-employer-setting": verifyEmployerSetting,
  "verify-former-code-in-document": verifyFormerCodeInDocument,
  "verify-former-edition-code": verifyFormerEditionCode,
  "verify-generic-clause": verifyGenericClause,
  "verify-no-duty-section": verifyNoDutySection,
  "verify-rrs-code-missing": verifyRrsCodeMissing,
  "verify-rrs-title-missing": verifyRrsTitleMissing,
  "verify-split-duties": verifySplitDuties,
  "verify-stricter-review": verifyStricterReview,
  "verify-title-trap": verifyTitleTrap,
  "verify-titles-differ": verifyTitlesDiffer,
};
