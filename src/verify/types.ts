/** Types of the verify result: per statement, per document and across documents, as plain JSON-ready data. */
import type { Verdict } from "../match/types.js";
import type { VerifyCheckFinding } from "../checks/verify/types.js";

export type { DocumentRole, ReadReport, VerifiedDocument, VerifiedStatement } from "../checks/verify/types.js";
import type { VerifiedDocument } from "../checks/verify/types.js";

export interface VerifyResult {
  /** The worst document verdict: `match` only when every document matches the filed code. */
  readonly verdict: Verdict;
  /** The code as filed (typed by the user). */
  readonly filedCode: string;
  /** The filed occupation's current-list code. */
  readonly selectedCode: string;
  /** The code the documents together support (current-list code). */
  readonly bestCode: string;
  /** True when every document matches and no finding is an error: the documents can be filed as they are. */
  readonly ok: boolean;
  readonly documents: readonly VerifiedDocument[];
  /** Findings of the verify checks (src/checks/verify/), the same shape as the case and packet checks' findings. */
  readonly findings: readonly VerifyCheckFinding[];
}
