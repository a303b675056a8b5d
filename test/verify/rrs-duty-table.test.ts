// verify reads the duty table of the tool's own Recruitment Reason Statement, as PDF and as .docx, in Korean and in
// English: one clause per duty row with its share, and no share line ("업무 비중: 약 20%.") scored as a duty.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { textIn } from "../../src/case/local-text.js";
import type { Case } from "../../src/case/types.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { requireOccupation } from "../../src/catalog/resolve-code.js";
import { loadRules } from "../../src/checks/load-rules.js";
import { buildCheckContext } from "../../src/checks/run-checks.js";
import { reviewFactsFor } from "../../src/generate/review-facts-for.js";
import { salaryFloorFor } from "../../src/generate/salary-floor-for.js";
import type { DocRoot } from "../../src/model/nodes.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { planDuties } from "../../src/render/plan-duties.js";
import { renderPacket } from "../../src/render/render-packet.js";
import { loadTemplates } from "../../src/render/templates.js";
import { verifyDocuments } from "../../src/verify/verify-documents.js";
import { writeDocx } from "../../src/writers/docx.js";
import { writePdf } from "../../src/writers/pdf.js";

const catalog = loadCatalog();
const input = JSON.parse(
  readFileSync(path.join(PACKAGE_ROOT, "examples", "web-developer", "case.json"), "utf8"),
) as Case;

/** The example's contract annex and RRS, rendered in one language as the generate command renders them. */
async function packet(lang: "ko" | "en"): Promise<{ annex: DocRoot; rrs: DocRoot }> {
  const { occupation } = requireOccupation(catalog, input.selectedCode, input.filing.codeEdition);
  const plan = planDuties(input.position.duties, occupation, buildCheckContext(input, occupation, catalog).match);
  const rules = loadRules();
  const floor = salaryFloorFor(input, occupation, rules);
  const rendered = renderPacket(await loadTemplates(), {
    case: input,
    catalog,
    occupation,
    plan,
    lang,
    review: reviewFactsFor(input, occupation, rules),
    ...(floor ? { salaryFloor: floor } : {}),
  });
  const doc = (kind: string): DocRoot => rendered.documents.find((d) => d.kind === kind)!.doc;
  return { annex: doc("contract-annex"), rrs: doc("rrs") };
}

const docs: Partial<Record<"ko" | "en", { annex: DocRoot; rrs: DocRoot }>> = {};
beforeAll(async () => {
  docs.ko = await packet("ko");
  docs.en = await packet("en");
});

const cases = (["ko", "en"] as const).flatMap((lang) => (["pdf", "docx"] as const).map((format) => ({ lang, format })));

describe("verify on the tool's own RRS", () => {
  it.each(cases)("should read one clause per duty row of the $lang RRS as .$format", async ({ lang, format }) => {
    const write = format === "pdf" ? writePdf : writeDocx;
    const { annex, rrs } = docs[lang]!;
    const result = await verifyDocuments(catalog, {
      code: input.selectedCode,
      documents: [
        { role: "contract", source: { bytes: await write(annex), name: `annex.${format}` } },
        { role: "rrs", source: { bytes: await write(rrs), name: `rrs.${format}` } },
      ],
    });
    const [contract, statement] = result.documents;
    const duties = input.position.duties;
    expect(statement!.statements.map((s) => s.share)).toEqual(duties.map((d) => d.share));
    expect(statement!.statements.map((s) => s.label)).toEqual(duties.map((_, i) => `2.${i + 1}`));
    // Each clause is the employer's duty as written, the same as the contract annex's clause.
    expect(statement!.statements.map((s) => s.text)).toEqual(contract!.statements.map((s) => s.text));
    for (const [i, s] of statement!.statements.entries())
      expect(s.text.replace(/\s+/gu, "")).toContain(textIn(duties[i]!.text, lang)!.replace(/\s+/gu, "").slice(0, 30));
    expect(statement!.statements.some((s) => /비중|share/iu.test(s.text))).toBe(false);
    expect(result.verdict).toBe("match");
    expect(result.findings.filter((f) => f.checkId === "verify-clause-points-elsewhere")).toEqual([]);
  });
});
