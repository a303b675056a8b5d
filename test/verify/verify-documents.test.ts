// verifyDocuments on fixture documents in every format (.docx, .pdf, .txt, .md) and both languages: verdicts, codes and findings.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { verifyDocuments } from "../../src/verify/verify-documents.js";
import type { DocumentRole, VerifyResult } from "../../src/verify/types.js";
import { makeDocx, makePdf, type FixtureParagraph } from "../fixtures/verify/build-fixtures.js";
import * as F from "../fixtures/verify/documents.js";

const catalog = loadCatalog();
let dir: string;
const files: Record<string, string> = {};

async function put(name: string, content: readonly FixtureParagraph[]): Promise<void> {
  const file = path.join(dir, name);
  const ext = path.extname(name);
  const bytes =
    ext === ".docx"
      ? await makeDocx(content)
      : ext === ".pdf"
        ? await makePdf(content)
        : F.asText(content, ext === ".md");
  await writeFile(file, bytes);
  files[name] = file;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "e7-verify-"));
  await put("web-en.docx", F.WEB_CONTRACT_EN);
  await put("web-en.pdf", F.WEB_CONTRACT_EN);
  await put("web-ko.pdf", F.WEB_CONTRACT_KO);
  await put("web-ko.docx", F.WEB_CONTRACT_KO);
  await put("web-bilingual.md", F.WEB_CONTRACT_BILINGUAL);
  await put("web-en.txt", F.WEB_CONTRACT_EN);
  await put("app-rrs.pdf", F.APP_RRS_EN);
  await put("split.docx", F.SPLIT_CONTRACT_EN);
  await put("generic-en.txt", F.GENERIC_CONTRACT_EN);
  await put("generic-ko.pdf", F.GENERIC_CONTRACT_KO);
  await put("sales-rrs.md", F.SALES_RRS_EN);
  await put("web-app-title.docx", F.WEB_DUTIES_APP_TITLE);
  await put("web-rrs-unnamed.txt", F.WEB_RRS_UNNAMED);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function verify(
  code: string,
  documents: Partial<Record<DocumentRole, string>>,
  extra: { title?: string; edition?: string } = {},
): Promise<VerifyResult> {
  return verifyDocuments(catalog, {
    code,
    ...extra,
    documents: Object.entries(documents).map(([role, name]) => ({ role: role as DocumentRole, source: files[name!]! })),
  });
}

const ids = (result: VerifyResult): string[] => result.findings.map((f) => f.checkId);

describe("matching contracts", () => {
  it.each(["web-en.docx", "web-en.pdf", "web-ko.pdf", "web-ko.docx", "web-bilingual.md", "web-en.txt"])(
    "%s matches 2224",
    async (name) => {
      const result = await verify("2224", { contract: name });
      expect(result.verdict).toBe("match");
      expect(result.ok).toBe(true);
      expect(result.selectedCode).toBe("2224");
      expect(result.bestCode).toBe("2224");
      const [doc] = result.documents;
      expect(doc!.dutySection.found).toBe(true);
      expect(doc!.statements).toHaveLength(4);
      expect(doc!.statements.every((s) => s.supportsFiledCode && s.bestCode === "2224")).toBe(true);
      expect(doc!.pullingElsewhere).toEqual([]);
      expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
      // 2224 is under stricter review: flagged, but it does not fail the check.
      expect(ids(result)).toContain("verify-stricter-review");
    },
  );

  it("reports the PDF page count and the duty heading", async () => {
    const result = await verify("2224", { contract: "web-ko.pdf" });
    expect(result.documents[0]).toMatchObject({
      kind: "pdf",
      pages: 1,
      title: "웹 개발자",
      dutySection: { found: true, heading: "제3조 (담당업무)" },
    });
  });
});

describe("a mismatching contract: web platform duties filed as 2223 application software", () => {
  it.each(["web-en.pdf", "web-ko.docx", "web-bilingual.md"])(
    "%s: mismatch, supports 2224, advice quotes 2223 tasks",
    async (name) => {
      const result = await verify("2223", { contract: name });
      expect(result.verdict).toBe("mismatch");
      expect(result.ok).toBe(false);
      expect(result.bestCode).toBe("2224");
      const doc = result.documents[0]!;
      expect(doc.verdict).toBe("mismatch");
      expect(doc.bestCode).toBe("2224");
      // The backend-API clause is plausibly application software too, so it need not count as pulling elsewhere.
      expect(doc.pullingElsewhere.length).toBeGreaterThanOrEqual(2);
      for (const i of doc.pullingElsewhere)
        expect(doc.statements[i]).toMatchObject({ supportsFiledCode: false, bestCode: "2224" });
      expect(doc.statements[0]!.score).toBeGreaterThan(doc.statements[0]!.filedScore);
      expect(doc.statements[0]!.evidence.some((e) => e.code === "2224")).toBe(true);
      const mismatch = result.findings.find((f) => f.checkId === "verify-document-mismatch")!;
      expect(mismatch.severity).toBe("error");
      expect(mismatch.codes).toEqual(["2223", "2224"]);
      // The fix quotes tasks of 2223 from the catalog, in the document's language.
      const tasks2223 = catalog.byCode.get("2223")!.tasks;
      const language = name === "web-ko.docx" ? "ko" : "en";
      const quoted = tasks2223.filter((t) => mismatch.fix!.includes(t[language]));
      expect(quoted.length).toBeGreaterThanOrEqual(2);
      expect(mismatch.fix).toMatch(/file under 2224/);
      expect(ids(result)).toContain("verify-documents-support-other-code");
      expect(ids(result)).toContain("verify-commonly-misused-code");
    },
  );
});

describe("a stray clause in a matching contract", () => {
  it("is flagged with the filed code's nearest tasks", async () => {
    const content = [...F.APP_RRS_EN.slice(5), "4. Build and run the company's marketing website and its web server."];
    const result = await verifyDocuments(catalog, {
      code: "2223",
      documents: [{ role: "contract", source: { name: "c.md", bytes: Buffer.from(F.asText(content, true)) } }],
    });
    expect(result.verdict).toBe("match");
    const doc = result.documents[0]!;
    expect(doc.pullingElsewhere).toEqual([3]);
    const stray = result.findings.find((f) => f.checkId === "verify-clause-points-elsewhere")!;
    expect(stray).toMatchObject({ severity: "warning", statements: [3], codes: ["2223", "2224"] });
    expect(catalog.byCode.get("2223")!.tasks.filter((t) => stray.fix!.includes(t.en))).toHaveLength(2);
  });
});

describe("split and generic duties", () => {
  it("a contract split between web development and overseas sales has no clear majority", async () => {
    const result = await verify("2224", { contract: "split.docx" });
    expect(result.verdict).toBe("ambiguous");
    expect(result.ok).toBe(false);
    const split = result.findings.find((f) => f.checkId === "verify-split-duties")!;
    expect(split.severity).toBe("warning");
    expect([...split.codes!].sort()).toEqual(["2224", "2842"]);
    const doc = result.documents[0]!;
    expect(doc.statements.map((s) => s.bestCode)).toEqual(["2224", "2224", "2842", "2842"]);
    expect(ids(result)).toContain("verify-document-ambiguous");
  });

  it("an English contract of catch-all clauses is unsupported", async () => {
    const result = await verify("2224", { contract: "generic-en.txt" });
    expect(result.verdict).toBe("unsupported");
    expect(result.ok).toBe(false);
    expect(result.documents[0]!.statements.every((s) => s.generic)).toBe(true);
    expect(ids(result)).toContain("verify-document-unsupported");
    expect(ids(result)).not.toContain("verify-documents-support-other-code");
  });

  it("a Korean contract of catch-all clauses (PDF) is unsupported", async () => {
    const result = await verify("2224", { contract: "generic-ko.pdf" });
    expect(result.verdict).toBe("unsupported");
    expect(result.documents[0]!.statements.map((s) => s.generic)).toEqual([true, true]);
  });

  it("a generic clause among real duties is flagged with a concrete replacement", async () => {
    const result = await verifyDocuments(catalog, {
      code: "2224",
      documents: [
        {
          role: "contract",
          source: {
            name: "c.md",
            bytes: Buffer.from(
              F.asText([...F.WEB_CONTRACT_EN.slice(0, 8), "5. Other duties as assigned by management."], true),
            ),
          },
        },
      ],
    });
    expect(result.verdict).toBe("match");
    const generic = result.findings.find((f) => f.checkId === "verify-generic-clause")!;
    expect(generic.statements).toEqual([4]);
    expect(generic.message).toContain("Other duties as assigned by management");
    expect(catalog.byCode.get("2224")!.tasks.some((t) => generic.fix!.includes(t.en))).toBe(true);
  });
});

describe("contract and RRS together", () => {
  it("a web contract and an app-development RRS disagree", async () => {
    const result = await verify("2224", { contract: "web-en.docx", rrs: "app-rrs.pdf" });
    expect(result.documents.map((d) => [d.role, d.verdict, d.bestCode])).toEqual([
      ["contract", "match", "2224"],
      ["rrs", "mismatch", "2223"],
    ]);
    expect(result.verdict).toBe("mismatch");
    expect(result.ok).toBe(false);
    const disagree = result.findings.find((f) => f.checkId === "verify-documents-disagree")!;
    expect(disagree.severity).toBe("error");
    expect(disagree.codes).toEqual(["2224", "2223"]);
    // The RRS cites 2223 while the filing is 2224.
    expect(result.findings.find((f) => f.checkId === "verify-document-cites-other-code")).toMatchObject({
      severity: "error",
      codes: ["2224", "2223"],
    });
    expect(ids(result)).toContain("verify-titles-differ");
  });

  it("a document that cites the filed code may name other codes for comparison", async () => {
    const rrs = [
      "Duties",
      "1. Develop and maintain the front end of the online shopping website with React.",
      "2. Build the back-end REST APIs of the web platform.",
      "Occupation code: 2224 (Web developer), not code 2223 (application software).",
    ];
    const result = await verifyDocuments(catalog, {
      code: "2224",
      documents: [{ role: "rrs", source: { name: "r.md", bytes: Buffer.from(F.asText(rrs)) } }],
    });
    expect(ids(result)).not.toContain("verify-document-cites-other-code");
    expect(ids(result)).not.toContain("verify-rrs-code-missing");
  });

  it("an RRS that names neither the code nor the occupation is flagged", async () => {
    const result = await verify("2224", { contract: "web-en.txt", rrs: "web-rrs-unnamed.txt" });
    expect(result.verdict).toBe("match");
    expect(ids(result)).toEqual(expect.arrayContaining(["verify-rrs-code-missing", "verify-rrs-title-missing"]));
    expect(ids(result)).not.toContain("verify-documents-disagree");
  });

  it("a matching contract and RRS pass together", async () => {
    const result = await verify("2223", { rrs: "app-rrs.pdf" });
    expect(result.verdict).toBe("match");
    expect(ids(result)).not.toContain("verify-rrs-code-missing");
    expect(ids(result)).not.toContain("verify-rrs-title-missing");
  });
});

describe("code and title flags", () => {
  it("a former-edition code (2742, now 2842) is an error even when the duties fit", async () => {
    const result = await verify("2742", { rrs: "sales-rrs.md" });
    expect(result.selectedCode).toBe("2842");
    expect(result.verdict).toBe("match");
    expect(result.ok).toBe(false);
    expect(result.findings.find((f) => f.checkId === "verify-former-edition-code")).toMatchObject({
      severity: "error",
      codes: ["2842"],
    });
    // The RRS itself cites the old number.
    expect(ids(result)).toContain("verify-former-code-in-document");
    expect(ids(result)).toContain("verify-stricter-review");
  });

  it("a title pointing to another occupation than the duties is a title trap", async () => {
    const result = await verify("2224", { contract: "web-app-title.docx" });
    expect(result.documents[0]!.title).toBe("Mobile App Developer");
    expect(result.findings.find((f) => f.checkId === "verify-title-trap")).toMatchObject({
      severity: "warning",
      codes: ["2223", "2224"],
    });
  });

  it("--title overrides the documents' own titles", async () => {
    const result = await verify("2224", { contract: "web-en.docx" }, { title: "Android developer" });
    expect(ids(result)).toContain("verify-title-trap");
  });
});
