import path from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { cli } from "../helpers/run-cli.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const tempDir = useTempDirs("e7-checklist-");
const example = (name: string): string => path.join(PACKAGE_ROOT, "examples", name, "case.json");

describe("e7-align checklist", () => {
  it("should print the route and documents and exit 0 when everything required is ready", async () => {
    const run = await cli(["checklist", example("web-developer")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Application for a Certificate of Confirmation of Visa Issuance/);
    expect(run.stdout).toMatch(/\[READY\] Business registration certificate: 사업자등록증명/);
    expect(run.stdout).toMatch(/valid through 2027-02-15|Valid through 2027-02-15/);
  });

  it("should exit 1 and name the expired certificate", async () => {
    const run = await cli(["checklist", example("problem-expired-certificate")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\[EXPIRES BEFORE FILING\] National tax payment certificate/);
    expect(run.stdout).toMatch(/Permission to change status of stay/);
  });

  it("should print JSON with --json and Korean text for a Korean-only case", async () => {
    const json = JSON.parse((await cli(["checklist", example("problem-missing-recommendation"), "--json"])).stdout) as {
      route: { id: string };
      items: { id: string; status: string }[];
      summary: { readyToFile: boolean };
    };
    expect(json.route.id).toBe("visa-issuance-confirmation");
    expect(json.items.find((i) => i.id === "employment-recommendation")?.status).toBe("missing");
    expect(json.summary.readyToFile).toBe(false);
    const korean = await cli(["checklist", example("korean-game-client-developer")]);
    expect(korean.stdout).toMatch(/체류자격 변경허가/);
    expect(korean.stdout).toMatch(/\[준비됨\] 사업자등록증 사본/);
  });

  it("should print Korean under --ui ko for a bilingual case, and --lang still wins", async () => {
    const ko = await cli(["checklist", example("web-developer"), "--ui", "ko"]);
    expect(ko.code).toBe(0);
    expect(ko.stdout).toMatch(/\[준비됨\] /);
    expect(ko.stdout).not.toContain("[READY]");
    const en = await cli(["checklist", example("web-developer"), "--ui", "ko", "--lang", "en"]);
    expect(en.stdout).toContain("[READY]");
  });

  it("should exit 2 naming the file for a missing case file", async () => {
    const run = await cli(["checklist", path.join(tempDir(), "nope.json")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nope\.json/);
  });

  it("generate should print the next steps and where the checklist is", async () => {
    const out = path.join(tempDir(), "packet");
    const run = await cli([
      "generate",
      example("problem-expired-certificate"),
      "--out",
      out,
      "--format",
      "docx",
      "--lang",
      "ko",
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Next steps:\n {2}1\. Read the filing checklist: .*filing-checklist-ko\.docx/);
    expect(run.stdout).toMatch(
      /Before filing, resolve: National tax payment certificate \(국세 납세증명서\): valid only through 2026-11-19/,
    );
    expect(run.stdout).toContain("filing-checklist-ko.docx");
  });
});

describe("codes the manual prints two ways", () => {
  it("validate and generate should both flag a case filed as the criteria-page number 2241", async () => {
    const file = path.join(tempDir(), "case.json");
    const { readFileSync, writeFileSync } = await import("node:fs");
    writeFileSync(
      file,
      readFileSync(example("web-developer"), "utf8").replace('"selectedCode": "2224"', '"selectedCode": "2241"'),
    );
    const validate = await cli(["validate", file]);
    expect(validate.stdout + validate.stderr).toMatch(
      /manual-code-conflict\] The case files 2241, the number printed on the manual's criteria page for 2231/,
    );
    const generate = await cli(["generate", file, "--out", path.join(tempDir(), "p"), "--format", "docx"]);
    expect(generate.stdout).toMatch(/warning manual-code-conflict: The case files 2241/);
  });
});
