/**
 * Opens the generated .docx files in LibreOffice (an independent Word-format implementation) and checks that every
 * paragraph mammoth reads from them also appears in the PDF LibreOffice prints. Runs only where `soffice` is
 * installed (CI images usually lack it; `apt-get install libreoffice-writer-nogui fonts-nanum` adds it).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generatePacket } from "../../src/generate/generate-packet.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { extractPdfItems } from "../../src/readers/pdf-text-extract.mjs";
import { readDocument } from "../../src/readers/read-document.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const hasOffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
/**
 * Whitespace apart, and without the note mark ※: LibreOffice sets "※ 3번" with the mark in its own run, and its PDF's
 * text layer gives "3※번", so the mark would fail the comparison although the line prints as written.
 */
const compact = (text: string): string => text.replace(/[\s※]+/gu, "");

/**
 * A cell that wraps beside another wrapped cell is printed line by line across the row, so its words come interleaved
 * with its neighbours'. It still counts as printed when its words appear in order within about a row's worth of text;
 * "each word anywhere" would pass a dropped date range, since its day, month and year numbers occur elsewhere.
 */
function printedInOrder(shown: string, paragraph: string): boolean {
  const words = paragraph.split(/\s+/u).map(compact).filter(Boolean);
  const limit = 3 * compact(paragraph).length + 200;
  const [first, ...rest] = words;
  if (first === undefined) return true;
  for (let start = shown.indexOf(first); start !== -1; start = shown.indexOf(first, start + 1)) {
    let at = start + first.length;
    const found = rest.every((word) => {
      const next = shown.indexOf(word, at);
      if (next === -1 || next + word.length - start > limit) return false;
      at = next + word.length;
      return true;
    });
    if (found) return true;
  }
  return false;
}

const tempDir = useTempDirs("e7-office-");

describe("a paragraph printed in a wrapped table cell", () => {
  const period = "2018. 8. 1. ~ 2026. 9. 30. / 1 August 2018 – 30 September 2026";
  // The career row as LibreOffice prints it: the period cell's lines interleaved with the employer and field cells.
  const row = compact(
    "1 Sao Mai Digital 2018. 8. 1. ~ 2026. 소매 고객사의 전자상거래 웹사이트 JSC 9. 30. / 1 August 프런트엔드와 백엔드를 2018 – 30 Node.js로 개발 September 2026 유지보수했습니다.",
  );
  const elsewhere = compact(
    "고용24 구인공고(2026. 9. 1. ~ 2026. 9. 30.) Work24 posting (1 September 2026 – 30 September 2026) 입학 2018. 8. 1. / entered 1 August 2018",
  );

  it("should count the cell as printed when its words come in order between its neighbours' lines", () => {
    expect(row.includes(compact(period))).toBe(false);
    expect(printedInOrder(row, period)).toBe(true);
  });

  it("should not count a dropped date range as printed because its numbers occur elsewhere on the page", () => {
    expect(period.split(/\s+/u).every((word) => elsewhere.includes(compact(word)))).toBe(true);
    expect(printedInOrder(elsewhere, period)).toBe(false);
    expect(printedInOrder(compact("30 September 2026 – 1 August 2018 / 2026. 9. 30. ~ 2018. 8. 1."), period)).toBe(
      false,
    );
  });
});

describe.skipIf(!hasOffice)("generated .docx files in LibreOffice", () => {
  it("should open every document of a bilingual reapplication packet and print all of its text", async () => {
    const dir = tempDir();
    const packet = path.join(dir, "packet");
    const result = await generatePacket({
      casePath: path.join(PACKAGE_ROOT, "examples", "reapplication-after-code-mismatch", "case.json"),
      outDir: packet,
      lang: "both",
    });
    expect(result.status).toBe("written");
    const documents = readdirSync(packet)
      .filter((name) => name.endsWith(".docx"))
      .sort();
    expect(documents).toHaveLength(6); // annex, its redline against the earlier filing, RRS, cover letter and the two filing checklists

    const printed = path.join(dir, "printed");
    const office = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        printed,
        ...documents.map((name) => path.join(packet, name)),
      ],
      { encoding: "utf8", timeout: 170_000 },
    );
    expect(office.status, office.stderr).toBe(0);

    for (const name of documents) {
      const shown = compact((await readDocument(path.join(printed, name.replace(/\.docx$/, ".pdf")))).text);
      // The redline prints deleted and inserted words interleaved, as tracked changes do; it must open and show its title.
      if (name === "contract-duty-annex-redline.docx") {
        expect(shown).toContain(compact("고용계약서 직무 내용 부속서 변경 대조표"));
        continue;
      }
      const written = await readDocument(path.join(packet, name));
      const paragraphs = written.paragraphs.filter((paragraph) => compact(paragraph).length > 0);
      expect(paragraphs.length).toBeGreaterThan(10);
      const isShown = (paragraph: string): boolean =>
        shown.includes(compact(paragraph)) || printedInOrder(shown, paragraph);
      expect(
        paragraphs.filter((paragraph) => !isShown(paragraph)),
        name,
      ).toEqual([]);
    }
  }, 180_000);
});

describe.skipIf(!hasOffice)("the signature block in LibreOffice", () => {
  it("should print both parties on the page of the Korean annex's last article, and the cover letter's with its last enclosure", async () => {
    const dir = tempDir();
    const pages = async (example: string, file: string): Promise<string[]> => {
      const packet = path.join(dir, example);
      const result = await generatePacket({
        casePath: path.join(PACKAGE_ROOT, "examples", example, "case.json"),
        outDir: packet,
        lang: "ko",
      });
      expect(result.status).toBe("written");
      const office = spawnSync(
        "soffice",
        [
          `-env:UserInstallation=file://${path.join(dir, "profile")}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          path.join(dir, `${example}-printed`),
          path.join(packet, `${file}.docx`),
        ],
        { encoding: "utf8", timeout: 170_000 },
      );
      expect(office.status, office.stderr).toBe(0);
      const bytes = readFileSync(path.join(dir, `${example}-printed`, `${file}.pdf`));
      const read = await extractPdfItems(bytes, 10);
      if (read.kind !== "ok") throw new Error(read.kind);
      return read.pages.map((items) => compact((items as { str: string }[]).map((item) => item.str).join("")));
    };
    // Before, LibreOffice printed the employee alone on page 2, and the cover letter's signature alone on page 3.
    const annex = (await pages("web-developer", "contract-duty-annex")).at(-1)!;
    for (const text of ["제4조(적용 기간)", "사용자", "대표자: 김민준", "근로자", "NGUYEN VAN AN"])
      expect(annex).toContain(compact(text));
    const cover = (await pages("reapplication-after-code-mismatch", "reapplication-cover-letter")).at(-1)!;
    expect(cover).toContain(compact("고용보험 피보험자격 취득자 명부"));
    expect(cover).toContain(compact("대표자: 김민준"));
  }, 180_000);
});
