import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Case } from "../../src/case/types.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { requireOccupation } from "../../src/catalog/resolve-code.js";
import { buildCheckContext } from "../../src/checks/run-checks.js";
import { clauseLines } from "../../src/model/walk.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { ownDutyText } from "../../src/readers/own-duty-text.js";
import { dutyClauseWords, dutyDetails, hasDutyDetails } from "../../src/render/duty-words.js";
import { planDuties } from "../../src/render/plan-duties.js";
import { renderPacket } from "../../src/render/render-packet.js";
import { loadTemplates } from "../../src/render/templates.js";

const EXAMPLES = path.join(PACKAGE_ROOT, "examples");
const casesWithLists = readdirSync(EXAMPLES)
  .filter((name) => !name.startsWith("mismatch-"))
  .flatMap((name) => {
    try {
      return [[name, JSON.parse(readFileSync(path.join(EXAMPLES, name, "case.json"), "utf8")) as Case] as const];
    } catch {
      return [];
    }
  })
  .filter(([, input]) => input.position.duties.some((d) => d.tools || d.products || d.clients));

const survey = {
  text: { en: "Develop web pages that present survey results to clients.", ko: "설문 결과 웹 페이지를 개발한다." },
  share: 10,
  tools: ["React"],
  products: [{ en: "market research reports", ko: "시장조사 보고서" }],
  clients: [{ en: "research agencies", ko: "리서치 회사" }],
};

describe("dutyClauseWords", () => {
  it("should give the duty text and the names it lists, without the labels or the closing full stop", () => {
    expect(dutyClauseWords(survey, "en")).toBe(
      "Develop web pages that present survey results to clients (React; market research reports; research agencies)",
    );
    expect(dutyClauseWords(survey, "ko")).toBe("설문 결과 웹 페이지를 개발한다(React; 시장조사 보고서; 리서치 회사)");
    expect(dutyDetails(survey, "en")).toBe(
      "tools: React; products: market research reports; clients: research agencies",
    );
    expect(dutyClauseWords({ text: { en: "Build APIs" }, share: 10 }, "en")).toBe("Build APIs");
    expect(dutyClauseWords({ text: { en: "Build APIs" }, share: 10 }, "ko")).toBeUndefined();
    expect(hasDutyDetails({ text: "Build APIs", share: 10, clients: [{ ko: "호텔" }] }, "en")).toBe(false);
  });

  // validate judges these words and the read-back scores what it finds in the written clause: they must be the same.
  it.each(casesWithLists)(
    "should be what the read-back keeps of each rendered duty clause: %s",
    async (_name, input) => {
      const catalog = loadCatalog();
      const { occupation } = requireOccupation(catalog, input.selectedCode, input.filing.codeEdition);
      const context = buildCheckContext(input, occupation, catalog);
      const plan = planDuties(input.position.duties, occupation, context.match);
      const templates = await loadTemplates();
      for (const lang of ["en", "ko"] as const) {
        if (input.position.duties.some((d) => dutyClauseWords(d, lang) === undefined)) continue;
        const packet = renderPacket(templates, { case: input, catalog, occupation, plan, lang });
        const annex = packet.documents.find((d) => d.kind === "contract-annex")!.doc;
        const clauses = annex.children.flatMap((b) =>
          b.type === "clause" && b.clauseId.startsWith("duty-")
            ? [
                clauseLines(b)
                  .map((l) => l.text)
                  .join(" ")
                  .replace(b.number, ""),
              ]
            : [],
        );
        expect(clauses.map((text) => ownDutyText(text).replace(/[.。]$/, ""))).toEqual(
          input.position.duties.map((d) => dutyClauseWords(d, lang)),
        );
      }
    },
  );
});

describe("buildCheckContext clause readings", () => {
  it("should read only the duties that list names, as their clauses print them, under the duty's own index", () => {
    const input = JSON.parse(readFileSync(path.join(EXAMPLES, "web-developer", "case.json"), "utf8")) as Case & {
      position: { duties: unknown[] };
    };
    input.position.duties[3] = {
      text: {
        en: "Develop web pages that present survey results to clients",
        ko: "고객사에 설문 조사 결과를 보여 주는 웹 페이지를 개발한다",
      },
      share: 10,
      products: [
        { en: "market research reports", ko: "시장조사 보고서" },
        { en: "consumer surveys", ko: "소비자 설문" },
      ],
      clients: [{ en: "research agencies", ko: "리서치 회사" }],
    };
    const catalog = loadCatalog();
    const { occupation } = requireOccupation(catalog, input.selectedCode, input.filing.codeEdition);
    const context = buildCheckContext(input, occupation, catalog);
    const en = context.clauseReadings?.find((r) => r.lang === "en");
    expect(en?.statements.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    expect(en?.statements[3]).toMatchObject({ bestCode: "2834", verdict: "mismatch" });
    expect(en?.statements[3]?.text).toBe(dutyClauseWords(input.position.duties[3]!, "en"));
    // The text alone is not misread; the plan keeps the duty out of the occupation's wording only with the clause readings.
    expect(context.matches?.en?.statements[3]?.verdict).not.toBe("mismatch");
    expect(
      planDuties(input.position.duties, occupation, context.match, Object.values(context.matches ?? {}))[3]!.status,
    ).not.toBe("out-of-scope");
    const plan = planDuties(input.position.duties, occupation, context.match, [
      ...Object.values(context.matches ?? {}),
      ...(context.clauseReadings ?? []),
    ]);
    expect(plan[3]).toMatchObject({ status: "out-of-scope", bestCode: "2834" });
  });

  it("should read no clauses when no duty lists names", () => {
    const input = JSON.parse(readFileSync(path.join(EXAMPLES, "web-developer", "case.json"), "utf8")) as Case;
    const bare = {
      ...input,
      position: { ...input.position, duties: input.position.duties.map((d) => ({ text: d.text, share: d.share })) },
    };
    const catalog = loadCatalog();
    const { occupation } = requireOccupation(catalog, bare.selectedCode, bare.filing.codeEdition);
    expect(buildCheckContext(bare, occupation, catalog).clauseReadings).toBeUndefined();
  });
});
