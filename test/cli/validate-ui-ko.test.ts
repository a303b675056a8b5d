// validate's frame lines (header, labels, counts, the invalid-file summary) follow --ui like its finding messages.
import { writeFile } from "node:fs/promises";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { cli } from "../helpers/run-cli.js";

const example = path.join(PACKAGE_ROOT, "examples", "web-developer", "case.json");
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "e7-validate-ko-"));
  await writeFile(path.join(dir, "bad.json"), '{"schemaVersion":2}');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("validate --ui ko", () => {
  it("prints the header, labels and counts in Korean, naming the occupation in Korean", async () => {
    const ko = await cli(["validate", example, "--ui", "ko"]);
    expect(ko.code).toBe(0);
    expect(ko.stdout).toContain(`${example}: 2224 웹 개발자 [E-7-1] 직종의 유효한 신청 건 정보 파일입니다.\n`);
    expect(ko.stdout).toMatch(/\n {4}출처: /);
    expect(ko.stdout).toMatch(/: 경고 \[minimum-wage\] /);
    expect(ko.stdout).toMatch(/: 참고 \[stricter-review\] /);
    expect(ko.stdout).toMatch(/\n오류 0건, 경고 1건, 참고 1건\n$/);
    for (const english of ["valid case file", "source:", "errors,", "warning [", "info ["])
      expect(ko.stdout).not.toContain(english);
  });

  it("cites the sources in Korean, naming the manual by its Korean title, and gives the Korean exclusion reason", async () => {
    const ko = await cli(["validate", example, "--ui", "ko"]);
    const sources = ko.stdout.split("\n").filter((line) => line.startsWith("    출처: "));
    expect(sources.length).toBeGreaterThan(1);
    for (const line of sources) {
      expect(line).not.toMatch(/MOJ-|\bp\.\d|criteria page|Minimum Wage Act/);
      expect(line).toMatch(/[가-힣]/u);
    }
    expect(ko.stdout).toContain("출처: 법무부 「외국인체류 안내매뉴얼」(2026. 9.) 229쪽");
    const clerk = path.join(PACKAGE_ROOT, "test", "fixtures", "exclusions", "trade-clerk-2842", "case.json");
    const excluded = await cli(["validate", clerk, "--ui", "ko"]);
    expect(excluded.code).toBe(1);
    expect(excluded.stdout).toMatch(
      /"무역 사무원"\(Trade clerk[^\n]*\) 직무로 읽힙니다\. 제외 사유: 판매가 아니라 선적·통관 서류를/,
    );
    expect(excluded.stdout).not.toMatch(/Handles shipping|MOJ-2026-09/);
    const en = await cli(["validate", example, "--ui", "en"]);
    expect(en.stdout).toMatch(/\n {4}source: MOJ-2026-09 p\.229/);
  });

  it("keeps the English frame lines with --ui en", async () => {
    const en = await cli(["validate", example, "--ui", "en"]);
    expect(en.stdout).toContain(`${example}: valid case file for 2224 Web developer (웹 개발자) [E-7-1]\n`);
    expect(en.stdout).toMatch(/\n {4}source: /);
    expect(en.stdout).toMatch(/\n0 errors, 1 warning, 1 info\n$/);
  });

  it("says in Korean that a file is not a valid case file", async () => {
    const ko = await cli(["validate", "bad.json", "--ui", "ko"], { cwd: dir });
    expect(ko.code).toBe(2);
    expect(ko.stderr).toMatch(
      /\nbad\.json: 유효한 신청 건 정보 파일이 아닙니다\(오류 \d+건\)\. 고친 뒤 validate를 다시 실행하십시오\.\n$/,
    );
    expect(ko.stderr).not.toContain("is not a valid case file");
    const en = await cli(["validate", "bad.json", "--ui", "en"], { cwd: dir });
    expect(en.stderr).toMatch(
      /\nbad\.json is not a valid case file: \d+ errors\. Fix them and run validate again\.\n$/,
    );
  });
});
