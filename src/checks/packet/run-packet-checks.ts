/** Runs the packet consistency checks over the documents read back from a packet; findings sorted and structured. */
import { collectFindings, type Severity } from "../types.js";
import { packetChecks } from "./index.js";
import type { PacketCheck, PacketCheckContext, PacketFinding } from "./types.js";

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Runs one packet check and turns its reports into findings. */
export function runPacketCheck(check: PacketCheck, context: PacketCheckContext): PacketFinding[] {
  return collectFindings(check.meta, check.run, context);
}

/** Runs every packet check (or the given ones); findings sorted by severity, check id, file, then clause. */
export function runPacketChecks(
  context: PacketCheckContext,
  only: readonly PacketCheck[] = Object.values(packetChecks),
): PacketFinding[] {
  return only
    .flatMap((check) => runPacketCheck(check, context))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.checkId.localeCompare(b.checkId) ||
        (a.file ?? "").localeCompare(b.file ?? "") ||
        (a.clauseId ?? "").localeCompare(b.clauseId ?? "", undefined, { numeric: true }),
    );
}
