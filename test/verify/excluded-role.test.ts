// verify of a contract whose duties are a trade clerk's, filed as 2842: with the annex's catalog task sentences
// around them (as this tool's own annex prints them) and without; neither is a match.
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties } from "../../src/match/match-duties.js";
import { readPlainText } from "../../src/readers/read-plain-text.js";
import { verifyExtracted } from "../../src/verify/verify-documents.js";

const catalog = loadCatalog();
const DUTIES = [
  "Prepare commercial invoices, packing lists and certificates of origin for each export order",
  "Book shipments with freight forwarders and track the vessels until arrival",
  "Arrange customs clearance with the customs broker and file the export declarations",
  "Check letter of credit documents against the bank's requirements and archive the shipping documents",
];
const SHARES = [30, 25, 25, 20];
const TASKS = catalog.byCode.get("2842")!.tasks.map((task) => task.en.replace(/\.$/, ""));

function contract(clauses: readonly string[]): string {
  return [
    "Employment Contract",
    "",
    "Position: Overseas Sales Coordinator",
    "",
    "Duties",
    ...clauses.map((clause, i) => `${i + 1}. ${clause}`),
    "",
    "Working hours: 40 hours a week.",
  ].join("\n");
}

const verify = async (text: string) =>
  verifyExtracted(catalog, { code: "2842" }, [
    { role: "contract", path: "contract.txt", extracted: await readPlainText(new TextEncoder().encode(text)) },
  ]);

describe("verify of a trade clerk's duties filed as 2842", () => {
  it("should not be a match, and should name the excluded role", async () => {
    const result = await verify(contract(DUTIES.map((duty, i) => `${duty}. (${SHARES[i]}%)`)));
    expect(result.verdict).toBe("excluded");
    expect(result.ok).toBe(false);
    expect(result.findings.find((f) => f.checkId === "verify-document-excluded-role")?.message).toContain(
      "Trade clerk",
    );
  });

  it("should score only the duties when the annex prints catalog task sentences before each", async () => {
    // Three of the catalog's task sentences before each duty: enough of the code's own words that scoring them would
    // carry the trade clerk's clauses past the exclusion cues.
    const catalogWords = (i: number): string => [0, 1, 2].map((j) => TASKS[(i * 3 + j) % TASKS.length]).join(". ");
    const annex = DUTIES.map(
      (duty, i) => `${catalogWords(i)}. In this position: ${duty}. Share of working time: about ${SHARES[i]}%.`,
    );
    // The catalog's own words carry the clauses to a match when they are scored: the self-fulfilling proof.
    expect(
      matchDuties(
        catalog,
        annex.map((text) => ({ text })),
        { selectedCode: "2842" },
      ).verdict,
    ).toBe("match");
    const result = await verify(contract(annex));
    expect(result.verdict).not.toBe("match");
    expect(result.ok).toBe(false);
  });
});
