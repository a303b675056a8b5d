// match --jsonl's batch matcher as a library function: one result per non-blank line, errors naming the line.
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchJsonLines } from "../../src/match/match-jsonl.js";

const catalog = loadCatalog();

describe("matchJsonLines", () => {
  it("matches each non-blank line, numbers lines without an id, and flags a filed code the duties do not match", () => {
    const content =
      '{"id":"a","text":"Develop and maintain the company web platform and its backend APIs","code":"2224"}\n\n{"text":"Draft CAD drawings of machine parts"}\n';
    const clean = matchJsonLines(catalog, content, "in.jsonl");
    expect(clean.lines.map((line) => line.id)).toEqual(["a", 3]);
    expect(clean.lines[0]!.verdict).toBe("match");
    expect(clean.lines[0]!.ranking.length).toBeGreaterThanOrEqual(5);
    expect(clean.lines[0]!.bestCode).toBeUndefined();
    expect(clean.findings).toBe(false);
    const full = matchJsonLines(catalog, content, "in.jsonl", { full: true });
    expect(full.lines[0]!.bestCode).toBe("2224");
    const mismatch = matchJsonLines(
      catalog,
      '{"text":"Draft CAD drawings of machine parts","code":"2224"}',
      "in.jsonl",
    );
    expect(mismatch.lines[0]!.verdict).not.toBe("match");
    expect(mismatch.findings).toBe(true);
  });

  it("names the file and line of a line that is not JSON, has no text, or files an unknown code", () => {
    expect(() => matchJsonLines(catalog, '{"text":"Develop web"}\nnot json', "in.jsonl")).toThrow(
      expect.objectContaining({
        code: "E_INPUT_FILE",
        message: expect.stringMatching(/^in\.jsonl: line 2 is not valid JSON/),
      }),
    );
    expect(() => matchJsonLines(catalog, '{"id":1}', "in.jsonl")).toThrow(/in\.jsonl: line 1 needs a "text" string/);
    expect(() => matchJsonLines(catalog, '{"text":"Develop web","code":"9999"}', "in.jsonl")).toThrow(
      /in\.jsonl: line 1: 9999/,
    );
  });
});
