// verify on the documents generate writes: each reads exactly the case's duties with their shares, in every
// language form, and draws no finding about its own wording (the bilingual annex once scored its scope article).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { generatePacket } from "../../src/generate/generate-packet.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { verifyDocuments } from "../../src/verify/verify-documents.js";

const catalog = loadCatalog();
const scratch = mkdtempSync(path.join(os.tmpdir(), "e7-own-verify-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("verify of the tool's own packet (web-developer)", () => {
  const example = path.join(PACKAGE_ROOT, "examples", "web-developer", "case.json");
  const shares = (
    JSON.parse(readFileSync(example, "utf8")) as { position: { duties: { share: number }[] } }
  ).position.duties.map((duty) => duty.share);

  for (const lang of ["ko", "en", "both"] as const) {
    it(`reads the ${lang} annex and statement as the case's ${shares.length} duties, with no finding on its wording`, async () => {
      const outDir = path.join(scratch, lang);
      await generatePacket({ casePath: example, outDir, lang, formats: ["docx"], readBackInThread: true });
      const result = await verifyDocuments(catalog, {
        code: "2224",
        documents: [
          { role: "contract", source: path.join(outDir, "contract-duty-annex.docx") },
          { role: "rrs", source: path.join(outDir, "recruitment-reason-statement.docx") },
        ],
      });
      expect(result.verdict).toBe("match");
      for (const document of result.documents) {
        expect(
          document.statements.map((s) => s.share),
          document.path,
        ).toEqual(shares);
      }
      // The filed code's review note is about the code, not the documents; no other warning or error may be reported.
      expect(
        result.findings
          .filter((f) => f.severity !== "info" && f.checkId !== "verify-stricter-review")
          .map((f) => `${f.checkId}: ${f.message}`),
      ).toEqual([]);
    }, 60_000);
  }
});
