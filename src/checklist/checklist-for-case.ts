/** The checklist of a validated case: runs the checks generate runs before writing, then builds the checklist. */
import type { Case } from "../case/types.js";
import type { Catalog, Occupation } from "../catalog/types.js";
import { checks } from "../checks/index.js";
import { loadRules, type Rules } from "../checks/load-rules.js";
import { packetCaseChecks } from "../checks/packet/index.js";
import { buildCheckContext, runChecks } from "../checks/run-checks.js";
import { buildChecklist } from "./build-checklist.js";
import type { Checklist } from "./types.js";

/** Checks the case and builds its checklist (outside a packet: the documents generate writes are still to prepare). */
export function checklistForCase(
  input: Case,
  occupation: Occupation,
  catalog: Catalog,
  rules: Rules = loadRules(),
): Checklist {
  const findings = runChecks(buildCheckContext(input, occupation, catalog, rules), [
    ...Object.values(checks),
    ...Object.values(packetCaseChecks),
  ]);
  return buildChecklist({ case: input, occupation, rules, findings, inPacket: false });
}
