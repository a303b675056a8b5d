// The read-back proves each duty clause from the case's own text, its sentence endings aside: a 합니다체 duty printed
// in 한다체 is intact, and a clause whose words differ from the case is not, even when the file matches the model.
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { requireOccupation } from "../../src/catalog/resolve-code.js";
import { packetDutyTextIntact } from "../../src/checks/packet/packet-duty-text-intact.js";
import { runPacketCheck } from "../../src/checks/packet/run-packet-checks.js";
import { buildCheckContext } from "../../src/checks/run-checks.js";
import type { DocumentLang } from "../../src/model/nodes.js";
import { collectLines } from "../../src/model/walk.js";
import { readBack } from "../../src/readers/read-back.js";
import { type PlannedDuty, planDuties } from "../../src/render/plan-duties.js";
import { renderPacket } from "../../src/render/render-packet.js";
import { loadTemplates } from "../../src/render/templates.js";
import { politeDutiesCase } from "../helpers/polite-duties.js";

async function packet(lang: DocumentLang) {
  const input = politeDutiesCase();
  const catalog = loadCatalog();
  const { occupation } = requireOccupation(catalog, input.selectedCode, input.filing.codeEdition);
  const context = buildCheckContext(input, occupation, catalog);
  const plan = planDuties(input.position.duties, occupation, context.match);
  const rendered = renderPacket(await loadTemplates(), { case: input, catalog, occupation, plan, lang });
  const annex = rendered.documents.find((d) => d.doc.meta.kind === "contract-annex")!;
  const paragraphs = collectLines(annex.doc).map((line) => line.text);
  // The annex's own text as a reader would give it, checked against the plan (the case's duties) given.
  const read = (against: readonly PlannedDuty[]) =>
    readBack({
      file: "contract-duty-annex.pdf",
      format: "pdf",
      doc: annex.doc,
      extracted: { text: paragraphs.join("\n"), paragraphs, kind: "pdf" },
      plan: against,
      catalog,
      selectedCode: "2224",
      title: input.position.title.en,
    });
  const check = (doc: ReturnType<typeof read>, against: readonly PlannedDuty[]) =>
    runPacketCheck(packetDutyTextIntact, {
      case: input,
      occupation,
      selectedCode: "2224",
      lang,
      view: rendered.view,
      plan: against,
      documents: [doc],
      allowedOutOfScope: [],
    });
  return { input, plan, paragraphs, read, check };
}

/** The plan with duty `index`'s text in `lang` rewritten, as if the case said something else than was printed. */
function withDutyText(plan: readonly PlannedDuty[], index: number, lang: "ko" | "en", change: (t: string) => string) {
  return plan.map((p) => {
    if (p.index !== index) return p;
    const text = p.duty.text as { ko: string; en: string };
    return { ...p, duty: { ...p.duty, text: { ...text, [lang]: change(text[lang]) } } };
  });
}

describe("read-back of duty clauses against the case's own text", () => {
  it("should find a 합니다체 duty printed in 한다체 intact, in a Korean and in a bilingual annex", async () => {
    for (const lang of ["ko", "both"] as const) {
      const { plan, paragraphs, read, check } = await packet(lang);
      expect(paragraphs.join("\n"), lang).toContain("개발하고 유지보수한다(");
      expect(paragraphs.join("\n"), lang).not.toContain("유지보수합니다");
      const doc = read(plan);
      expect(
        doc.clauses.map((c) => c.intact),
        lang,
      ).toEqual([true, true, true, true]);
      expect(check(doc, plan), lang).toEqual([]);
    }
  });

  it("should fail a clause whose words differ from the case's beyond the ending, though the file matches the model", async () => {
    const { plan, read, check } = await packet("ko");
    const other = withDutyText(plan, 0, "ko", (t) => t.replace("유지보수합니다", "운영합니다"));
    const doc = read(other);
    expect(doc.clauses.map((c) => c.intact)).toEqual([false, true, true, true]);
    expect(check(doc, other).map((f) => [f.messageId, f.data?.duty])).toEqual([["missing", 1]]);
    // A dropped word fails too, as does the English text of a bilingual annex.
    const dropped = withDutyText(plan, 2, "ko", (t) => t.replace("여러 브라우저와 ", "여러 브라우저, 태블릿과 "));
    expect(read(dropped).clauses.map((c) => c.intact)).toEqual([true, true, false, true]);
    const both = await packet("both");
    const english = withDutyText(both.plan, 1, "en", (t) => t.replace("merchant accounts", "supplier accounts"));
    expect(both.read(english).clauses.map((c) => c.intact)).toEqual([true, false, true, true]);
  });
});
