import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generatePacket, MANIFEST, REPORT_JSON, type GenerateResult } from "../../src/generate/generate-packet.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import type { Manifest } from "../../src/report/types.js";
import { validateReport } from "./schema-validator.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const tempDir = useTempDirs("e7-generate-");

const example = (name: string): string => path.join(PACKAGE_ROOT, "examples", name, "case.json");
const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");
const noStaging = (dir: string): string[] => readdirSync(dir).filter((name) => name.startsWith(".e7-align-tmp-"));

describe("generatePacket on examples/web-developer", () => {
  const parent = tempDir();
  const outDir = path.join(parent, "packet");
  let result: GenerateResult;
  beforeAll(async () => {
    result = await generatePacket({ casePath: example("web-developer"), outDir });
  });

  it("should write a consistent packet: two documents in two formats, the reports and the manifest", () => {
    expect(result).toMatchObject({ status: "written", consistent: true, selectedCode: "2224", bestCode: "2224" });
    expect([...result.files].sort()).toEqual(
      [
        "consistency-report.json",
        "consistency-report.md",
        "contract-duty-annex.docx",
        "contract-duty-annex.pdf",
        "filing-checklist-en.docx",
        "filing-checklist-en.pdf",
        "filing-checklist-ko.docx",
        "filing-checklist-ko.pdf",
        "filing-checklist.json",
        "manifest.json",
        "recruitment-reason-statement.docx",
        "recruitment-reason-statement.pdf",
      ].sort(),
    );
    expect(readdirSync(outDir).sort()).toEqual([...result.files].sort());
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("should keep the packet private to its owner and leave no staging folder", () => {
    expect(statSync(outDir).mode & 0o777).toBe(0o700);
    for (const name of readdirSync(outDir)) expect(statSync(path.join(outDir, name)).mode & 0o777).toBe(0o600);
    expect(noStaging(parent)).toEqual([]);
  });

  it("should write a report that matches its schema, with every clause of every file re-matched to 2224", () => {
    const report = JSON.parse(readFileSync(path.join(outDir, REPORT_JSON), "utf8")) as {
      documents: { file: string; clauses: { bestCode: string; intact: boolean }[] }[];
    };
    expect(validateReport(report)).toEqual([]);
    const withDuties = report.documents.filter((d) => d.clauses.length > 0);
    expect(withDuties.map((d) => d.file).sort()).toEqual([
      "contract-duty-annex.docx",
      "contract-duty-annex.pdf",
      "recruitment-reason-statement.docx",
      "recruitment-reason-statement.pdf",
    ]);
    for (const doc of withDuties)
      for (const clause of doc.clauses) expect(clause).toMatchObject({ bestCode: "2224", intact: true });
  });

  it("should record the SHA-256 of the case and of every file in the manifest", () => {
    const manifest = JSON.parse(readFileSync(path.join(outDir, MANIFEST), "utf8")) as Manifest;
    expect(manifest.case.sha256).toBe(sha(example("web-developer")));
    expect(manifest.files.map((f) => f.name).sort()).toEqual(result.files.filter((f) => f !== MANIFEST).sort());
    for (const file of manifest.files) expect(sha(path.join(outDir, file.name)), file.name).toBe(file.sha256);
    expect(manifest.catalog.listEdition).toBe("2026-09");
  });

  it("should never replace an existing folder without force, and leave it untouched", async () => {
    const before = sha(path.join(outDir, MANIFEST));
    await expect(generatePacket({ casePath: example("web-developer"), outDir })).rejects.toMatchObject({
      code: "E_OUT_EXISTS",
      exitCode: 2,
    });
    expect(sha(path.join(outDir, MANIFEST))).toBe(before);
  });

  it("should replace it with force, byte for byte the same as before", async () => {
    const manifest = JSON.parse(readFileSync(path.join(outDir, MANIFEST), "utf8")) as Manifest;
    const again = await generatePacket({ casePath: example("web-developer"), outDir, force: true });
    expect(again.consistent).toBe(true);
    for (const file of manifest.files) expect(sha(path.join(outDir, file.name)), file.name).toBe(file.sha256);
    expect(noStaging(parent)).toEqual([]);
  });

  it("should refuse with force a packet that holds a file its manifest does not list, and keep that file", async () => {
    writeFileSync(path.join(outDir, "stale.txt"), "the user's notes");
    await expect(generatePacket({ casePath: example("web-developer"), outDir, force: true })).rejects.toMatchObject({
      code: "E_OUT_NOT_PACKET",
      exitCode: 2,
    });
    expect(readFileSync(path.join(outDir, "stale.txt"), "utf8")).toBe("the user's notes");
    expect(noStaging(parent)).toEqual([]);
  });
});

describe("generatePacket on a mismatch example", () => {
  it("should stop before writing anything and name the better code", async () => {
    const parent = tempDir();
    const outDir = path.join(parent, "packet");
    const result = await generatePacket({ casePath: example("mismatch-web-platform-filed-as-2223"), outDir });
    expect(result).toMatchObject({
      status: "stopped",
      consistent: false,
      selectedCode: "2223",
      bestCode: "2224",
      files: [],
    });
    expect(result.findings.map((f) => f.checkId)).toContain("duties-fit-code");
    expect(result.findings.find((f) => f.checkId === "duties-fit-code")?.message).toContain("2224");
    expect(readdirSync(parent)).toEqual([]);
  });
});

describe("generatePacket with a duty outside the code's scope", () => {
  const parent = tempDir();
  const input = JSON.parse(readFileSync(example("web-developer"), "utf8")) as {
    position: { duties: { text: { ko: string; en: string }; share: number }[] };
  };
  input.position.duties[0]!.share = 30;
  input.position.duties.push({
    text: {
      en: "Draw 2D detail drawings and 3D CAD models of machine parts in AutoCAD and SolidWorks for the factory",
      ko: "AutoCAD와 SolidWorks로 공장 기계 부품의 2D 상세도와 3D CAD 모델을 작성한다",
    },
    share: 10,
  });
  const casePath = path.join(parent, "case.json");
  writeFileSync(casePath, JSON.stringify(input));

  it("should stop with the finding instead of rewording the duty", async () => {
    const result = await generatePacket({ casePath, outDir: path.join(parent, "stopped") });
    expect(result.status).toBe("stopped");
    expect(result.findings.map((f) => [f.checkId, f.path])).toContainEqual([
      "packet-duties-in-scope",
      "/position/duties/4/text",
    ]);
  });

  it("should keep it as written and mark the report under --allow-out-of-scope", async () => {
    const result = await generatePacket({
      casePath,
      outDir: path.join(parent, "allowed"),
      allowOutOfScope: true,
      formats: ["docx"],
    });
    expect(result.status).toBe("written");
    expect(result.report?.duties[4]).toMatchObject({ status: "out-of-scope", task: null });
    expect(result.findings.filter((f) => f.severity === "warning").map((f) => f.checkId)).toEqual(
      expect.arrayContaining(["packet-duties-in-scope"]),
    );
    const annexClause = result.report!.documents.find((d) => d.kind === "contract-annex")!.clauses[4]!;
    expect(annexClause.bestCode).not.toBe("2224");
  });
});
