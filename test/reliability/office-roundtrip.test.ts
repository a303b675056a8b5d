/**
 * Opens the generated .docx files in LibreOffice (an independent Word-format implementation) and checks that every
 * paragraph mammoth reads from them also appears in the PDF LibreOffice prints. Runs only where `soffice` is
 * installed (CI images usually lack it; `apt-get install libreoffice-writer-nogui fonts-nanum` adds it).
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generatePacket } from "../../src/generate/generate-packet.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { readDocument } from "../../src/readers/read-document.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const hasOffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
const compact = (text: string): string => text.replace(/\s+/gu, "");

const tempDir = useTempDirs("e7-office-");

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
      // A cell that wraps beside another wrapped cell is printed line by line across the row, so a paragraph counts as
      // shown when it appears whole or when each of its words does.
      const printedWhole = (paragraph: string): boolean =>
        shown.includes(compact(paragraph)) || paragraph.split(/\s+/u).every((word) => shown.includes(compact(word)));
      expect(
        paragraphs.filter((paragraph) => !printedWhole(paragraph)),
        name,
      ).toEqual([]);
    }
  }, 180_000);
});
