import { describe, expect, it } from "vitest";
import { clause } from "../../src/model/build.js";
import { blocksWithClausePrefix, clauseLines, collectLines, collectText } from "../../src/model/walk.js";
import { SAMPLE_DOC } from "../writers/sample-doc.js";

describe("clauseLines", () => {
  it("should put the number before the first paragraph of an untitled clause", () => {
    expect(clauseLines(clause("2.1", ["a", "b"], "duty-1")).map((l) => l.text)).toEqual(["2.1 a", "b"]);
  });
  it("should give a titled clause its own head line, a parenthesised title set against the number", () => {
    expect(clauseLines(clause("제1조", ["a"], "x", { title: "(직위)" })).map((l) => [l.text, l.role])).toEqual([
      ["제1조(직위)", "clause-head"],
      ["a", "body"],
    ]);
    expect(clauseLines(clause("Article 1", ["a"], "x", { title: "Position" }))[0]!.text).toBe("Article 1 Position");
  });
});

describe("collectText", () => {
  it("should list every line in reading order with the clauseId it came from", () => {
    const lines = collectLines(SAMPLE_DOC);
    expect(lines[0]).toEqual({
      text: "직무 내용 (고용계약서 부속서) / Annex: Job Duties",
      clauseId: "annex-title",
      role: "title",
    });
    expect(lines.filter((l) => l.role === "header-cell").map((l) => l.text)).toEqual(["항목 / Item", "내용 / Details"]);
    expect(collectText(SAMPLE_DOC).split("\n")).toHaveLength(lines.length);
  });
  it("should keep the model plain JSON", () => {
    expect(JSON.parse(JSON.stringify(SAMPLE_DOC))).toEqual(SAMPLE_DOC);
  });
  it("should find a section's blocks by clauseId prefix", () => {
    expect(blocksWithClausePrefix(SAMPLE_DOC, "duty-").map((b) => b.clauseId)).toEqual(["duty-1", "duty-2"]);
  });
});
