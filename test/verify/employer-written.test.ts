// Contracts written as employers write them (test/fixtures/verify/employer-written): under the code they were written
// for, every duty clause is read and nothing else, and verify passes; under a neighbouring code it fails and names the
// right one; an excluded role's contract never passes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { verifyDocuments } from "../../src/verify/verify-documents.js";

const catalog = loadCatalog();
const DIR = path.join(import.meta.dirname, "..", "fixtures", "verify", "employer-written");

/** A file whose name has "_rrs" is a Recruitment Reason Statement; the others are contracts. */
const verify = (file: string, code: string) =>
  verifyDocuments(catalog, {
    code,
    documents: [
      {
        role: /_rrs[_.]/u.test(file) ? "rrs" : "contract",
        source: { name: file, bytes: readFileSync(path.join(DIR, file)) },
      },
    ],
  });

/** File, the code it was written for, how many duty clauses it has, and wrong codes an employer might file. */
const CORRECT: readonly [string, string, number, readonly string[]][] = [
  // Third round: the formats people send — Word numbering (koreanDigital 일. 이.), PDF with a running header and the
  // duty list crossing a page, Hangul .hwpx with and without automatic numbering.
  ["ko_2221_contract.docx", "2221", 10, ["2223"]],
  ["ko_2222_rrs.docx", "2222", 7, ["2223"]],
  ["ko_2222_rrs.pdf", "2222", 7, ["2211"]],
  ["en_2231_contract.docx", "2231", 9, ["2221"]],
  ["en_2231_contract.pdf", "2231", 9, ["2112"]],
  ["ko_2233_contract.docx", "2233", 9, ["2232"]],
  ["ko_2233_contract.hwpx", "2233", 9, ["2221"]],
  ["ko_2233_contract_autonum.hwpx", "2233", 9, []],
  ["en_2321_rrs.docx", "2321", 7, ["2112"]],
  ["en_2321_rrs.pdf", "2321", 7, ["2371"]],
  ["ko_2843_contract.docx", "2843", 7, ["2842"]],
  ["ko_2843_contract.pdf", "2843", 7, ["2842"]],
  ["ko_2843_contract_softbreak_tracked.docx", "2843", 7, []],
  ["en_44213_contract.docx", "44213", 9, ["2914", "2832"]],
  ["ko_2312_rrs.docx", "2312", 6, ["2313"]],
  ["ko_2312_rrs.hwpx", "2312", 6, []],
  ["ko_2312_rrs_autonum.hwpx", "2312", 6, ["2311"]],
  // Second round: Recruitment Reason Statements and other layouts.
  ["ko_2223_rrs_pipe-shares.txt", "2223", 6, ["2224"]],
  ["ko_2313_rrs_circle-bullets.txt", "2313", 6, ["2312"]],
  ["ko_2832_contract_tsv-table.txt", "2832", 6, ["44213"]],
  ["ko_2440_contract_word-table.docx", "2440", 6, ["S3612"]],
  ["ko_7406_rrs_roman-sections.txt", "7406", 6, ["78369", "S85513"]],
  // A Korean article and its English twin are two duty sections, each read.
  ["ko_2211_contract_bilingual.txt", "2211", 12, ["2222", "2342"]],
  ["en_2833_offer-letter.txt", "2833", 8, ["2834", "295"]],
  ["en_2112_rrs_responsibilities.md", "2112", 7, ["2231"]],
  ["en_S2955_rrs_word-table.docx", "S2955", 7, ["295", "2223"]],
  ["en_1350_contract_narrative.txt", "1350", 8, ["2221", "2223"]],
  ["ko_2351_acronym-line.txt", "2351", 5, []],
  // First round: contracts.
  ["ko_2224_webdev.txt", "2224", 7, ["2223", "295"]],
  ["ko_2351_mech.md", "2351", 5, ["2395", "2312"]],
  ["ko_2842_sales.txt", "2842", 6, ["2843", "3620"]],
  ["ko_3620_cs.txt", "3620", 6, ["2842"]],
  ["ko_3612_hotel.txt", "3612", 7, ["1521", "44213"]],
  ["ko_S85411_autoparts.txt", "S85411", 6, ["S75104"]],
  ["ko_2342_electronics.docx", "2342", 6, ["2341", "2211"]],
  ["en_295_designer.txt", "295", 6, ["2833", "2831"]],
  ["en_2914_translator.md", "2914", 7, ["2842", "44213"]],
  ["en_2699_teacher.txt", "2699", 7, ["2612"]],
  ["en_1511_salesmgr.txt", "1511", 7, ["2842"]],
  ["en_451_chef.docx", "451", 6, ["1522"]],
  ["en_2224_roman-numerals.txt", "2224", 3, []],
  ["ko_2224_markdown-table.md", "2224", 3, []],
  ["en_2914_shall-colon.md", "2914", 7, []],
  ["ko_2224_ganada-indented.txt", "2224", 4, []],
];

describe("contracts written by employers, under the code they were written for", () => {
  for (const [file, code, clauses] of CORRECT) {
    it(`${file}: reads its ${clauses} duty clauses and passes as ${code}`, async () => {
      const result = await verify(file, code);
      const doc = result.documents[0]!;
      expect(doc.dutySection.found).toBe(true);
      expect(doc.statements).toHaveLength(clauses);
      // No signature line, form field, appointment sentence or list bullet is read as (part of) a duty.
      for (const statement of doc.statements)
        expect(statement.text).not.toMatch(/_{3}|\.{4}|^[ㆍ·•-]|employs the|\s\||^(?:구분|기타|첨부)$|\s[.,]$/u);
      expect(result.ok).toBe(true);
      expect(doc.verdict).toBe("match");
    }, 30_000);
  }
});

describe("the same contracts under a code an employer might pick instead", () => {
  for (const [file, code, , wrong] of CORRECT) {
    for (const other of wrong) {
      it(`${file} filed as ${other}: fails and points to ${code}`, async () => {
        const result = await verify(file, other);
        expect(result.ok).toBe(false);
        expect(result.documents[0]!.bestCode).toBe(code);
      }, 30_000);
    }
  }
});

describe("roles the catalog excludes", () => {
  it.each([
    ["x_en_telemarketer_3620.txt", "3620", "excluded"],
    ["x_ko_tradeclerk_2842.txt", "2842", "excluded"],
  ])("%s under %s is %s", async (file, code, verdict) => {
    const result = await verify(file, code);
    expect(result.ok).toBe(false);
    expect(result.documents[0]!.verdict).toBe(verdict);
  });

  it("a motel's front desk under 3612 fails on the employer's kind", async () => {
    const result = await verify("x_ko_motel_3612.txt", "3612");
    expect(result.ok).toBe(false);
    expect(result.findings.some((f) => f.checkId === "verify-employer-setting" && f.severity === "error")).toBe(true);
  });
});

describe("reading details", () => {
  it("keeps a budget sum inside a prose duty paragraph as part of the duty, not a pay term", async () => {
    const doc = (await verify("en_1350_budget-sum-in-prose.txt", "1350")).documents[0]!;
    expect(doc.dutySection.found).toBe(true);
    expect(doc.statements.some((s) => s.text.includes("KRW 9 billion"))).toBe(true);
  });

  it("reads an RRS's spaced form label '직    종 : … (2313)' as stating the code", async () => {
    const result = await verify("ko_2313_rrs_circle-bullets.txt", "2313");
    expect(result.findings.map((f) => f.checkId)).not.toContain("verify-rrs-code-missing");
  });

  it("reads no PDF page header as a duty, and Word's 일. 이. numbering as the items' labels with their shares", async () => {
    const pdf = (await verify("en_2231_contract.pdf", "2231")).documents[0]!;
    expect(pdf.statements.map((s) => s.text)).not.toContain("Hanul Retail Analytics Co., Ltd.");
    for (const file of ["ko_2843_contract.docx", "ko_2843_contract.pdf"]) {
      const doc = (await verify(file, "2843")).documents[0]!;
      expect(doc.statements.map((s) => s.label)).toEqual(["일.", "이.", "삼.", "사.", "오.", "육.", "칠."]);
      expect(doc.statements.map((s) => s.share)).toEqual([25, 20, 20, 15, 10, 5, 5]);
    }
    const soft = (await verify("ko_2843_contract_softbreak_tracked.docx", "2843")).documents[0]!;
    expect(soft.statements[0]!.share).toBe(25);
  });

  it("reads a Korean catch-all clause ('그 밖에 회사가 지시하는 부수 업무') as generic", async () => {
    const doc = (await verify("ko_2221_contract.docx", "2221")).documents[0]!;
    const catchAll = doc.statements.find((s) => s.text.includes("부수 업무"))!;
    expect(catchAll.generic).toBe(true);
  });
});
