import { readFileSync } from "node:fs";
import path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import type { Case } from "../../src/case/types.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { buildRedline, diffWords, redlineChanges } from "../../src/render/build-redline.js";
import { writeRedlineDocx } from "../../src/writers/docx.js";

const input = JSON.parse(
  readFileSync(path.join(PACKAGE_ROOT, "examples", "reapplication-after-code-mismatch", "case.json"), "utf8"),
) as Case;

describe("diffWords", () => {
  it("should keep shared words and mark the removed and the added ones, deletions first", () => {
    expect(diffWords("Develop software for the company", "Develop web functions for the storefront")).toEqual([
      { kind: "same", text: "Develop " },
      { kind: "del", text: "software " },
      { kind: "ins", text: "web functions " },
      { kind: "same", text: "for the " },
      { kind: "del", text: "company" },
      { kind: "ins", text: "storefront" },
    ]);
    expect(diffWords("same text", "same text")).toEqual([{ kind: "same", text: "same text" }]);
  });
});

describe("the annex redline of the reapplication example", async () => {
  const redline = buildRedline({
    before: input.priorApplication!.duties!,
    after: input.position.duties,
    langs: ["ko", "en"],
    author: input.employer.nameKo,
    date: input.filing.documentDate,
  })!;

  it("should pair the clauses by position in both languages and list each change", () => {
    expect(redline.sections.map((s) => s.lang)).toEqual(["ko", "en"]);
    expect(redline.sections[0]!.lines).toHaveLength(
      Math.max(input.priorApplication!.duties!.length, input.position.duties.length),
    );
    const changes = redlineChanges(redline);
    const en3 = changes.find((c) => c.lang === "en" && c.clause === "2.3")!;
    expect(en3.deleted).toBe("Other duties as assigned (10%)");
    expect(en3.inserted).toContain("VNPay");
    // The fourth duty is new: nothing deleted.
    expect(changes.find((c) => c.lang === "ko" && c.clause === "2.4")!.deleted).toBe("");
  });

  it("should write Word tracked changes (w:del with w:delText, w:ins) dated and signed by the employer", async () => {
    const bytes = await writeRedlineDocx(redline);
    const xml = strFromU8(unzipSync(bytes)["word/document.xml"]!);
    expect(xml).toMatch(/<w:del [^>]*w:author="주식회사 한빛커머스"[^>]*w:date="2026-12-01T00:00:00Z"/);
    expect(xml).toMatch(/<w:ins [^>]*w:author="주식회사 한빛커머스"/);
    expect(xml).toContain('<w:delText xml:space="preserve">Other duties as assigned (10%)</w:delText>');
    expect(strFromU8(unzipSync(bytes)["word/settings.xml"]!)).toContain("w:trackRevisions");
  });
});

describe("the redline of duties written in 합니다체", () => {
  it("should insert the new clauses as the annex prints them (한다체) and delete the earlier ones as filed", () => {
    const redline = buildRedline({
      before: [{ text: { ko: "회사 웹 플랫폼을 개발합니다." }, share: 60 }],
      after: [{ text: { ko: "웹 스토어의 프런트엔드를 개발하고 유지보수합니다." }, share: 60 }],
      langs: ["ko"],
      author: input.employer.nameKo,
      date: input.filing.documentDate,
    })!;
    const [change] = redlineChanges(redline);
    expect(change!.deleted).toContain("개발합니다");
    expect(change!.inserted).toContain("유지보수한다");
    expect(change!.inserted).not.toContain("합니다");
  });
});
