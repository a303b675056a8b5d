// Sub-clauses ("3.1 … (30%)") that a .txt hard wrap or a PDF's line joining puts on one line are read one clause each;
// decimals, versions and dates are never split.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findDutySection, splitRunOnClauses } from "../../src/readers/find-duty-section.js";
import { readPdfText } from "../../src/readers/read-pdf-text.js";
import { readPlainText, splitParagraphs } from "../../src/readers/read-plain-text.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { loadPdfFonts } from "../../src/writers/pdf.js";

const FIXTURE = path.join(PACKAGE_ROOT, "test", "fixtures", "verify", "subclauses-en.txt");
const TEXT = readFileSync(FIXTURE, "utf8");

/** A PDF as a word processor sets it: each line of the text under the one before, 15 pt apart, none wrapped. */
async function linesPdf(lines: readonly string[]): Promise<Uint8Array> {
  const { default: PDFDocument } = await import("pdfkit");
  const pdf = new PDFDocument({ size: "A4", font: null as unknown as string });
  pdf.registerFont("regular", (await loadPdfFonts()).regular as unknown as Buffer);
  pdf.font("regular").fontSize(8);
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => pdf.on("end", () => resolve()));
  let y = 60;
  for (const line of lines) {
    // A blank line is a paragraph gap, as a word processor leaves between articles.
    if (line.trim()) pdf.text(line, 50, y, { lineBreak: false });
    y += line.trim() ? 12 : 8;
  }
  pdf.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

const EXPECTED = [
  { label: "3.1", share: 30, start: "Designing advertising campaigns" },
  { label: "3.2", share: 25, start: "Buying and tuning" },
  { label: "3.3", share: 20, start: "Recruiting Thai beauty creators" },
  { label: "3.4", share: 15, start: "Writing Thai advertising copy" },
  { label: "3.5", share: 10, start: "Reporting campaign reach" },
];

function expectFiveClauses(section: ReturnType<typeof findDutySection>): void {
  expect(section.found).toBe(true);
  expect(section.heading).toBe("Article 3 (Duties)");
  expect(section.clauses.map((c) => c.label)).toEqual(EXPECTED.map((e) => e.label));
  expect(section.clauses.map((c) => c.share)).toEqual(EXPECTED.map((e) => e.share));
  for (const [i, clause] of section.clauses.entries()) expect(clause.text.startsWith(EXPECTED[i]!.start)).toBe(true);
  // The intro sentence is skipped, not merged into the first clause.
  expect(section.skipped.map((s) => s.reason)).toContain("intro sentence");
  // Decimals inside a clause stay in it.
  expect(section.clauses[3]!.text).toContain("version 2.1");
  expect(section.clauses[4]!.text).toContain("30.5% above plan");
}

describe("sub-clauses numbered N.M", () => {
  it("should read five clauses from the .txt contract whose long clause lines end in a share, not a full stop", async () => {
    const read = await readPlainText(new Uint8Array(readFileSync(FIXTURE)), { name: "subclauses-en.txt" });
    expect(read.paragraphs.filter((p) => /^3\.\d /u.test(p))).toHaveLength(5);
    expectFiveClauses(findDutySection(read, { fallback: "none" }));
  });

  it("should read five clauses from a PDF of the same contract, whose reader joins the lines", async () => {
    const read = await readPdfText(await linesPdf(TEXT.split("\n")), { name: "subclauses-en.pdf" });
    // The PDF reader joins the clause lines into fewer paragraphs: the split must come from the duty reader.
    expect(read.paragraphs.filter((p) => /^3\.\d /u.test(p)).length).toBeLessThan(5);
    expectFiveClauses(findDutySection(read, { fallback: "none" }));
  });

  it("should read five clauses when the whole list arrives as one joined paragraph", () => {
    const joined = TEXT.replace(/\n(?=3\.\d )/gu, " ");
    expect(joined).toContain("mix (30%) 3.2 Buying");
    expectFiveClauses(findDutySection(joined, { fallback: "none" }));
  });
});

describe("splitRunOnClauses", () => {
  it("should start a clause at N.M, N.M.K, (a), ① and 제N항 after a sentence end, a colon or a share", () => {
    expect(splitRunOnClauses("Duties are: 3.1 Plan campaigns (40%) 3.2 Run ads (60%)")).toEqual([
      "Duties are:",
      "3.1 Plan campaigns (40%)",
      "3.2 Run ads (60%)",
    ]);
    expect(splitRunOnClauses("2.1.1 Plan the launch. 2.1.2 Brief the agency.")).toEqual([
      "2.1.1 Plan the launch.",
      "2.1.2 Brief the agency.",
    ]);
    expect(splitRunOnClauses("(a) Plan campaigns. (b) run paid ads. (c) Report results.")).toHaveLength(3);
    expect(splitRunOnClauses("① 광고 캠페인을 기획한다. ② 유료 광고를 집행한다(30%) ③ 성과를 보고한다.")).toEqual([
      "① 광고 캠페인을 기획한다.",
      "② 유료 광고를 집행한다(30%)",
      "③ 성과를 보고한다.",
    ]);
    expect(splitRunOnClauses("제1항 광고를 기획한다. 제2항 광고를 집행한다.")).toEqual([
      "제1항 광고를 기획한다.",
      "제2항 광고를 집행한다.",
    ]);
    expect(splitRunOnClauses("2.3 협찬 콘텐츠를 관리한다. 업무 비중: 약 20%. 2.4 광고 문구를 작성한다.")).toEqual([
      "2.3 협찬 콘텐츠를 관리한다. 업무 비중: 약 20%.",
      "2.4 광고 문구를 작성한다.",
    ]);
  });

  it("should leave decimals, versions, percentages and dates whole", () => {
    for (const text of [
      "Requires agency experience. 3.5 years at least is expected.",
      "Requires agency experience: 3.5 years.",
      "Follows the brand guide version 2.1 for every post.",
      "Conversions rose. 30.5% of them came from TikTok.",
      "Reach grew (12%) 2.5 times over the year.",
      "생년월일 1996. 3. 2. 여권번호 C1234567",
      "계약 기간: 2027. 1. 11. ~ 2029. 1. 10. 근무",
      "Signed on 2027.01.11. The parties agree.",
    ])
      expect(splitRunOnClauses(text)).toEqual([text]);
  });

  it("should keep a hard-wrapped line that starts with a decimal in its paragraph", () => {
    expect(
      splitParagraphs(
        "The Employee brings agency experience in Southeast Asian beauty markets of\n3.5 years and speaks Thai.",
      ),
    ).toHaveLength(1);
  });
});
