import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { generatePacket, MANIFEST, REDLINE_DOCX, REPORT_JSON } from "../../src/generate/generate-packet.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import type { ConsistencyReport, Manifest } from "../../src/report/types.js";
import { useTempDirs } from "../helpers/temp-dirs.js";
import { validateReport } from "./schema-validator.js";

const tempDir = useTempDirs("e7-redline-");
const example = (name: string): string => path.join(PACKAGE_ROOT, "examples", name, "case.json");

describe("the annex redline in a reapplication packet", () => {
  it("should be written from priorApplication.duties, listed in the manifest and in the report", async () => {
    const outDir = path.join(tempDir(), "packet");
    const result = await generatePacket({
      casePath: example("reapplication-after-code-mismatch"),
      outDir,
      lang: "en",
      formats: ["docx"],
    });
    expect(result.status).toBe("written");
    const manifest = JSON.parse(readFileSync(path.join(outDir, MANIFEST), "utf8")) as Manifest;
    expect(manifest.files.map((f) => f.name)).toContain(REDLINE_DOCX);
    const report = JSON.parse(readFileSync(path.join(outDir, REPORT_JSON), "utf8")) as ConsistencyReport;
    expect(validateReport(report)).toEqual([]);
    expect(report.redline!.find((c) => c.clause === "2.3")).toMatchObject({
      lang: "en",
      deleted: "Other duties as assigned (10%)",
    });
    const xml = strFromU8(
      unzipSync(new Uint8Array(readFileSync(path.join(outDir, REDLINE_DOCX))))["word/document.xml"]!,
    );
    expect(xml).toContain("Other duties as assigned (10%)</w:delText>");
  });

  it("should take the earlier duties from --previous, and refuse it for a first application (exit 2, nothing written)", async () => {
    const dir = tempDir();
    const previous = path.join(dir, "earlier-annex.txt");
    writeFileSync(
      previous,
      "Contract duty annex\n\nArticle 2. Duties\nThe Employee shall perform the following duties:\n1. Maintain the internal accounting system (70%)\n2. Other duties as assigned (30%)\n",
    );
    const outDir = path.join(dir, "packet");
    await generatePacket({
      casePath: example("reapplication-after-code-mismatch"),
      outDir,
      lang: "en",
      formats: ["docx"],
      previousPath: previous,
    });
    const report = JSON.parse(readFileSync(path.join(outDir, REPORT_JSON), "utf8")) as ConsistencyReport;
    const clause1 = report.redline!.find((c) => c.clause === "2.1")!;
    expect(clause1.deleted).toMatch(/Maintain.*accounting system \(70%\)/);
    expect(report.redline!.find((c) => c.clause === "2.2")!.deleted).toBe("Other duties as assigned"); // the new clause 2.2 also has 30%
    await expect(
      generatePacket({
        casePath: example("web-developer"),
        outDir: path.join(dir, "first"),
        formats: ["docx"],
        previousPath: previous,
      }),
    ).rejects.toMatchObject({ code: "E_USAGE" });
  });
});
