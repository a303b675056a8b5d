import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Case } from "../../src/case/types.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { requireOccupation } from "../../src/catalog/resolve-code.js";
import { loadRules } from "../../src/checks/load-rules.js";
import { buildCheckContext } from "../../src/checks/run-checks.js";
import { reviewFactsFor } from "../../src/generate/review-facts-for.js";
import { salaryFloorFor } from "../../src/generate/salary-floor-for.js";
import type { DocRoot, DocumentKind } from "../../src/model/nodes.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { extractPdfItems } from "../../src/readers/pdf-text-extract.mjs";
import { planDuties } from "../../src/render/plan-duties.js";
import { renderPacket } from "../../src/render/render-packet.js";
import { loadTemplates } from "../../src/render/templates.js";
import { writePdf } from "../../src/writers/pdf.js";

async function exampleDoc(name: string, lang: "ko" | "en", kind: DocumentKind): Promise<DocRoot> {
  const input = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "examples", name, "case.json"), "utf8")) as Case;
  const catalog = loadCatalog();
  const { occupation } = requireOccupation(catalog, input.selectedCode, input.filing.codeEdition);
  const plan = planDuties(input.position.duties, occupation, buildCheckContext(input, occupation, catalog).match);
  const rules = loadRules();
  const floor = salaryFloorFor(input, occupation, rules);
  const packet = renderPacket(await loadTemplates(), {
    case: input,
    catalog,
    occupation,
    plan,
    lang,
    review: reviewFactsFor(input, occupation, rules),
    ...(floor ? { salaryFloor: floor } : {}),
  });
  return packet.documents.find((d) => d.kind === kind)!.doc;
}

/** The text of each page, whitespace removed. */
async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const result = await extractPdfItems(bytes, 20);
  if (result.kind !== "ok") throw new Error(`pdf.js could not read the PDF: ${result.kind}`);
  return result.pages.map((items) =>
    (items as { str: string }[])
      .map((item) => item.str)
      .join("")
      .replace(/\s+/gu, ""),
  );
}

/** The text of the signature block and the blocks after it (the addressee line). */
function tailText(doc: DocRoot): string {
  const at = doc.children.findIndex((block) => block.type === "signature");
  return doc.children
    .slice(at)
    .flatMap((block) =>
      block.type === "signature"
        ? [block.date ?? "", ...block.parties.flatMap((p) => [p.role, p.name, ...p.lines, block.signLabel])]
        : block.type === "paragraph"
          ? [block.text]
          : [],
    )
    .join("")
    .replace(/\s+/gu, "");
}

/** Whether the last page holds anything besides the signature block and the addressee (its text is a sum of theirs). */
function lastPageHasContent(pages: readonly string[], doc: DocRoot): boolean {
  let rest = pages.at(-1)!;
  const tail = tailText(doc);
  // Every character of the tail, taken out once, leaves the text drawn from other blocks.
  for (const ch of tail) rest = rest.replace(ch, "");
  return rest.length > 0;
}

describe("writePdf keeps the signature block with the content before it", () => {
  it("should fit the Korean RRS of the web-developer example on 2 pages, closing line and signature on page 2", async () => {
    const doc = await exampleDoc("web-developer", "ko", "rrs");
    const pages = await pageTexts(await writePdf(doc));
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain("위와같이고용사유서를제출합니다.");
    expect(pages[1]).toContain("2026.12.1.");
    expect(pages[1]).toContain("귀하");
  });

  it.each([
    ["interpreter", "ko", "rrs"],
    ["mechanical-engineer", "ko", "rrs"],
    ["application-developer", "en", "rrs"],
    ["web-developer", "ko", "contract-annex"],
    ["web-developer", "en", "contract-annex"],
    ["reapplication-after-code-mismatch", "ko", "cover-letter"],
    ["reapplication-after-code-mismatch", "en", "cover-letter"],
  ] as const)(
    "should not leave the signature or addressee alone on the last page (%s, %s, %s)",
    async (name, lang, kind) => {
      const doc = await exampleDoc(name, lang, kind);
      const pages = await pageTexts(await writePdf(doc));
      expect(pages.length).toBeGreaterThan(1);
      expect(lastPageHasContent(pages, doc)).toBe(true);
    },
  );
});
