/** Runs the verify checks over documents verify has read and scored; findings sorted and structured. */
import { collectFindings, type Severity } from "../types.js";
import { verifyChecks } from "./index.js";
import type { VerifyCheck, VerifyCheckContext, VerifyCheckFinding } from "./types.js";

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Runs one verify check and turns its reports into findings. */
export function runVerifyCheck(check: VerifyCheck, context: VerifyCheckContext): VerifyCheckFinding[] {
  return collectFindings(check.meta, check.run, context);
}

/** Runs every verify check (or the given ones); findings sorted by severity, check id, then document (in the order given). */
export function runVerifyChecks(
  context: VerifyCheckContext,
  only: readonly VerifyCheck[] = Object.values(verifyChecks),
): VerifyCheckFinding[] {
  const order = new Map(context.documents.map((d, i) => [d.verified.path, i]));
  const at = (file: string | undefined): number =>
    file === undefined ? -1 : (order.get(file) ?? context.documents.length);
  return only
    .flatMap((check) => runVerifyCheck(check, context))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.checkId.localeCompare(b.checkId) ||
        at(a.file) - at(b.file),
    );
}
