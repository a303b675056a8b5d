// The contract corpus: every fixture, built at test time in its format, reads exactly its clauses under its heading,
// skips what it must with the reason, and gets its verdict against the filed code.
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { findDutySection } from "../../src/readers/find-duty-section.js";
import { readDocument } from "../../src/readers/read-document.js";
import { verifyExtracted } from "../../src/verify/verify-documents.js";
import { buildContract, typedMarker } from "../fixtures/contracts/build-contracts.js";
import { CONTRACTS } from "../fixtures/contracts/corpus.js";

const catalog = loadCatalog();

describe("contract corpus", () => {
  it("covers every format in English and Korean with at least 20 files", () => {
    expect(CONTRACTS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(CONTRACTS.map((c) => c.format))).toEqual(new Set(["txt", "md", "docx", "pdf", "hwpx"]));
    expect(CONTRACTS.some((c) => c.name.startsWith("ko-"))).toBe(true);
    expect(new Set(CONTRACTS.map((c) => c.name)).size).toBe(CONTRACTS.length);
  });

  for (const fixture of CONTRACTS) {
    it(`${fixture.name}: reads exactly its clauses and is ${fixture.verdict} against ${fixture.code}`, async () => {
      const extracted = await readDocument({ name: fixture.name, bytes: await buildContract(fixture) });
      const section = findDutySection(extracted, { fallback: "none" });
      expect(section.clauses.map((c) => c.text)).toEqual(fixture.clauses);
      expect(section.found).toBe(fixture.heading !== undefined);
      if (fixture.heading !== undefined) expect(section.heading).toBe(fixture.heading);
      expect(section.skipped.map((s) => [s.text, s.reason])).toEqual(fixture.skipped ?? []);
      // Each clause keeps its number as the document shows it (Word's own numbering for .docx) and its share.
      const lists = fixture.blocks.flatMap((block) => ("list" in block && block.list !== "none" ? [block] : []));
      const bulletInWord = (style: string): boolean =>
        fixture.format === "docx" && (style === "bullet" || style === "dash");
      expect(section.clauses.map((c) => c.label)).toEqual(
        lists
          .flatMap((list) =>
            list.items.map((_, i) =>
              bulletInWord(list.list) ? expect.stringMatching(/^[•●◦▪-]$/u) : typedMarker(list.list, i).trim(),
            ),
          )
          .concat(lists.length === 0 ? fixture.clauses.map(() => undefined) : []),
      );
      expect(section.clauses.map((c) => c.share)).toEqual(
        lists.length === 0
          ? fixture.clauses.map(() => undefined)
          : lists.flatMap((list) => list.items.map((_, i) => list.shares?.[i])),
      );
      const result = verifyExtracted(catalog, { code: fixture.code }, [
        { role: "contract", path: fixture.name, extracted },
      ]);
      expect(result.documents[0]!.statements.map((s) => s.text)).toEqual(fixture.clauses);
      expect(result.documents[0]!.verdict).toBe(fixture.verdict);
    }, 30_000);
  }

  it("an intro sentence changes nothing that is scored: the same clauses, scores and verdict with or without it", async () => {
    for (const name of ["en-intro-bullets.txt", "ko-ganada-word.docx", "en-numbered-heading.pdf"]) {
      const fixture = CONTRACTS.find((c) => c.name === name)!;
      const without = {
        ...fixture,
        blocks: fixture.blocks.filter(
          (block) => !("para" in block && fixture.skipped?.some(([text]) => text === block.para)),
        ),
      };
      expect(without.blocks.length).toBe(fixture.blocks.length - 1);
      const results = [];
      for (const variant of [fixture, without]) {
        const extracted = await readDocument({ name, bytes: await buildContract(variant) });
        const doc = verifyExtracted(catalog, { code: fixture.code }, [{ role: "contract", path: name, extracted }])
          .documents[0]!;
        results.push({ verdict: doc.verdict, statements: doc.statements.map((s) => [s.text, s.score, s.bestCode]) });
      }
      expect(results[0]).toEqual(results[1]);
    }
  }, 60_000);
});
