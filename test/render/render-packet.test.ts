import { textIn, textsOf } from "../../src/case/local-text.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Case } from "../../src/case/types.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { requireOccupation } from "../../src/catalog/resolve-code.js";
import { buildCheckContext } from "../../src/checks/run-checks.js";
import type { DocumentLang } from "../../src/model/nodes.js";
import { collectLines, collectText } from "../../src/model/walk.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { planDuties } from "../../src/render/plan-duties.js";
import { renderPacket } from "../../src/render/render-packet.js";
import { loadTemplates } from "../../src/render/templates.js";

type Draft = { -readonly [K in keyof Case]: Case[K] };

function example(name: string): Draft {
  return JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "examples", name, "case.json"), "utf8")) as Draft;
}

async function render(input: Case, lang: DocumentLang = "both") {
  const catalog = loadCatalog();
  const { occupation } = requireOccupation(catalog, input.selectedCode, input.filing.codeEdition);
  const context = buildCheckContext(input, occupation, catalog);
  const plan = planDuties(input.position.duties, occupation, context.match);
  return { plan, occupation, packet: renderPacket(await loadTemplates(), { case: input, catalog, occupation, plan, lang }) };
}

describe("renderPacket", async () => {
  const web = example("web-developer");
  const { packet, plan, occupation } = await render(web);
  const annex = packet.documents.find((d) => d.kind === "contract-annex")!.doc;
  const rrs = packet.documents.find((d) => d.kind === "rrs")!.doc;

  it("should write one duty clause per duty, in the task's words, keeping the user's sentence, specifics and share", () => {
    const duties = annex.children.filter((b) => b.type === "clause" && b.clauseId.startsWith("duty-"));
    expect(duties).toHaveLength(web.position.duties.length);
    plan.forEach((p, i) => {
      const clause = duties[i]!;
      if (clause.type !== "clause") throw new Error("not a clause");
      expect(p.status).toBe("anchored");
      const [ko, en] = clause.paragraphs;
      expect(ko).toContain(p.task!.ko.replace(/\.$/, ""));
      expect(en).toContain(p.task!.en.replace(/\.$/, ""));
      expect(en).toContain(textIn(web.position.duties[i]!.text, "en")!);
      expect(ko).toContain(textIn(web.position.duties[i]!.text, "ko")!);
      expect(en).toContain(`about ${web.position.duties[i]!.share}%`);
      for (const tool of web.position.duties[i]!.tools ?? []) expect(en).toContain(tool);
    });
  });

  it("should never add a duty: anchored tasks are ones the catalog lists for the occupation", () => {
    for (const p of plan) expect(occupation.tasks).toContainEqual(p.task);
  });

  it("should give the RRS the same duty wording as the annex", () => {
    const dutyText = (doc: typeof annex) => doc.children.filter((b) => b.type === "clause" && b.clauseId.startsWith("duty-")).map((b) => (b.type === "clause" ? b.paragraphs : []));
    expect(dutyText(rrs)).toEqual(dutyText(annex));
  });

  it("should lay bilingual documents out Korean first, then English", () => {
    const intro = annex.children.filter((b) => b.clauseId === "annex-intro").map((b) => (b.type === "paragraph" ? b.text : ""));
    expect(intro).toHaveLength(2);
    expect(intro[0]).toMatch(/[가-힣]/);
    expect(intro[1]).toMatch(/^This annex/);
  });

  it("should list as evidence only the contract and the documents the case records", () => {
    const table = rrs.children.find((b) => b.clauseId === "rrs-evidence-table");
    if (table?.type !== "table") throw new Error("no evidence table");
    const titles = table.rows.map((row) => row[1]);
    expect(titles.slice(1)).toEqual([...web.applicant.documents, ...(web.employer.documents ?? [])].map((d) => d.title));
  });

  it("should cover every RRS section the issue lists", () => {
    const headings = rrs.children.filter((b) => b.type === "heading" && b.depth === 2).map((b) => b.clauseId);
    expect(headings).toEqual(["rrs-company", "rrs-position", "rrs-duties", "rrs-recruitment", "rrs-fit", "rrs-terms", "rrs-effect", "rrs-evidence"]);
    const text = collectText(rrs);
    expect(text).toContain("42,000,000");
  });

  it("should write no cover letter for a first application", () => {
    expect(packet.documents.map((d) => d.kind)).toEqual(["contract-annex", "rrs"]);
  });

  it("should print hostile user text literally", async () => {
    const hostile = example("web-developer");
    hostile.position = { ...hostile.position, duties: hostile.position.duties.map((d, i) => (i === 0 ? { ...d, text: { ko: textIn(d.text, "ko"), en: `${textIn(d.text, "en")} {{constructor}} {{#each duties}}x{{/each}} & <b>` } } : d)) };
    hostile.employer = { ...hostile.employer, nameEn: "Kim & Lee {{employer.nameKo}}" };
    const { packet: rendered } = await render(hostile);
    const text = rendered.documents.map((d) => collectText(d.doc)).join("\n");
    expect(text).toContain("{{constructor}} {{#each duties}}x{{/each}} & <b>");
    expect(text).toContain("Kim & Lee {{employer.nameKo}}");
  });

  it("should write one language only when asked", async () => {
    const { packet: english } = await render(web, "en");
    const text = english.documents.map((d) => collectLines(d.doc).filter((l) => l.role !== "cell").map((l) => l.text).join("\n")).join("\n");
    expect(text).not.toMatch(/직무 내용|고용사유서/);
  });

  it("should print the case's own texts in the document's language only", async () => {
    const { packet: korean } = await render(web, "ko");
    const text = korean.documents.map((d) => collectText(d.doc)).join("\n");
    const texts = [web.employer.businessDescription, web.recruitment.whyForeignNational, web.recruitment.expectedEffect, web.position.department, ...web.position.duties.map((d) => d.text), ...web.recruitment.domesticEfforts.map((e) => e.outcome)];
    for (const value of texts) {
      expect(text).toContain(textIn(value, "ko")!.replace(/[.。]$/, ""));
      expect(text).not.toContain(textIn(value, "en")!.replace(/[.。]$/, ""));
    }
  });
});

describe("renderPacket for a reapplication", async () => {
  const input = example("reapplication-after-code-mismatch");
  const { packet } = await render(input);
  const cover = packet.documents.find((d) => d.kind === "cover-letter");

  it("should add the cover letter naming the earlier code, its edition, the receipt number and every stated reason", () => {
    expect(cover).toBeDefined();
    const text = collectText(cover!.doc);
    const prior = input.priorApplication!;
    expect(text).toContain(prior.codeFiled);
    expect(text).toContain(prior.receiptNumber!);
    for (const reason of prior.reasons) for (const version of textsOf(reason)) expect(text).toContain(version.replace(/\s+/g, " "));
    for (const change of prior.whatChanged) for (const version of textsOf(change)) expect(text).toContain(version.replace(/\s+/g, " "));
    expect(text).toContain(input.selectedCode);
  });
});
