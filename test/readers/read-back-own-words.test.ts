// The read-back scores the case's own duty text, not the catalog task sentence the annex prints before it: a trade
// clerk's duties rendered into a 2842 annex must not read back as a match.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { requireOccupation } from "../../src/catalog/resolve-code.js";
import type { Case } from "../../src/case/types.js";
import { packetDutyClausesFit } from "../../src/checks/packet/packet-duty-clauses-fit.js";
import { runPacketCheck } from "../../src/checks/packet/run-packet-checks.js";
import { buildCheckContext } from "../../src/checks/run-checks.js";
import { readBack } from "../../src/readers/read-back.js";
import { collectLines } from "../../src/model/walk.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { planDuties } from "../../src/render/plan-duties.js";
import { renderPacket } from "../../src/render/render-packet.js";
import { loadTemplates } from "../../src/render/templates.js";

describe("read-back of a trade clerk's duties in a 2842 annex", () => {
  it("should score only the duties, read as the excluded role, and fail the clause check", async () => {
    const input = JSON.parse(
      readFileSync(path.join(PACKAGE_ROOT, "test", "fixtures", "exclusions", "trade-clerk-2842", "case.json"), "utf8"),
    ) as Case;
    const catalog = loadCatalog();
    const { occupation } = requireOccupation(catalog, input.selectedCode, input.filing.codeEdition);
    const context = buildCheckContext(input, occupation, catalog);
    const plan = planDuties(input.position.duties, occupation, context.match);
    const packet = renderPacket(await loadTemplates(), { case: input, catalog, occupation, plan, lang: "en" });
    const annex = packet.documents.find((document) => document.doc.meta.kind === "contract-annex")!;
    const paragraphs = collectLines(annex.doc).map((line) => line.text);
    // The annex as rendered still carries catalog task sentences before the duties (when the templates print them).
    const doc = readBack({
      file: "contract-duty-annex.pdf",
      format: "pdf",
      doc: annex.doc,
      extracted: { text: paragraphs.join("\n"), paragraphs, kind: "pdf" },
      plan,
      catalog,
      selectedCode: "2842",
      title: input.position.title.en,
    });
    expect(doc.clauses.length).toBe(4);
    expect(doc.match?.verdict).toBe("excluded");
    expect(doc.match?.exclusion?.role.en).toBe("Trade clerk (export/import documentation)");
    const findings = runPacketCheck(packetDutyClausesFit, {
      case: input,
      occupation,
      selectedCode: "2842",
      lang: "en",
      view: packet.view,
      plan,
      documents: [doc],
      allowedOutOfScope: [],
    });
    expect(findings.filter((f) => f.severity === "error").map((f) => f.messageId)).toContain("excluded");
  });
});
