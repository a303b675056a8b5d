// batch's summary table, progress lines, finding messages and totals follow --ui; the packets' reports follow an explicit --ui.
import { cp, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BatchSummary } from "../../src/batch/write-batch-summary.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { cli } from "../helpers/run-cli.js";

const EXAMPLES = path.join(PACKAGE_ROOT, "examples");
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "e7-batch-ko-"));
  for (const name of ["web-developer", "mismatch-cad-drafter-filed-as-2351"]) {
    await mkdir(path.join(dir, "cases", name), { recursive: true });
    await cp(path.join(EXAMPLES, name, "case.json"), path.join(dir, "cases", name, "case.json"));
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("batch --ui ko", () => {
  it("prints the table, progress, findings and totals in Korean, and writes Korean reports", async () => {
    const run = await cli(["batch", "cases", "--out", "ko", "--format", "docx", "--jobs", "2", "--ui", "ko"], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/^사례\s+코드\s+판정\s+점검 결과\s+소요 시간$/);
    expect(lines.find((l) => l.startsWith("web-developer "))).toMatch(
      /^web-developer\s+2224\s+일치\s+경고 1건\s+\d+\.\d초$/,
    );
    expect(lines.find((l) => l.startsWith("mismatch-"))).toMatch(
      /^mismatch-cad-drafter-filed-as-2351\s+2351\s+중단\(업무는 2395 직종으로 읽힘\)\s+오류 \d+건\s+\d+\.\d초$/,
    );
    expect(run.stdout).toMatch(
      /\nmismatch-cad-drafter-filed-as-2351: 오류 duties-fit-code: [^\n]*2395 제도사[^\n]*십시오\.\n/,
    );
    expect(run.stdout).toMatch(/: … 나머지 오류 \d+건은 batch-summary\.json에 있습니다\.\n/);
    expect(run.stdout).toMatch(/\n사례 2건: 일치 1건, 중단 1건 \(\d+\.\d초, 병렬 작업 2개, 초당 [\d.]+건\)\.\n/);
    expect(run.stdout).toContain(`요약: ${path.join("ko", "batch-summary.json")}\n`);
    for (const english of ["consistent", "stopped", "error ", "Summary:", "cases/s", " more error"])
      expect(run.stdout).not.toContain(english);
    expect(
      run.stderr
        .split("\n")
        .filter(Boolean)
        .map((l) => l.replace(/^\[\d\/2\] /, ""))
        .sort(),
    ).toEqual([
      expect.stringMatching(/^mismatch-cad-drafter-filed-as-2351: 중단\(업무는 2395 직종으로 읽힘\), \d+\.\d초$/),
      expect.stringMatching(/^web-developer: 일치, \d+\.\d초$/),
    ]);
    const summary = JSON.parse(await readFile(path.join(dir, "ko", "batch-summary.json"), "utf8")) as BatchSummary;
    expect(summary.cases[0]!.findings[0]!.message).toMatch(/[가-힣]/);
    expect(await readFile(path.join(dir, "ko", "web-developer", "consistency-report.md"), "utf8")).toMatch(
      /^# 일관성 보고서/,
    );
  });

  it("keeps English messages in --json without --ui, and Korean ones with it", async () => {
    const en = JSON.parse(
      (await cli(["batch", "cases/mismatch-cad-drafter-filed-as-2351", "--out", "en-json", "--json"], { cwd: dir }))
        .stdout,
    ) as BatchSummary;
    expect(en.cases[0]!.findings[0]!.message).toMatch(/^The duties describe 2395/);
    const ko = JSON.parse(
      (
        await cli(["batch", "cases/mismatch-cad-drafter-filed-as-2351", "--out", "ko-json", "--json", "--ui", "ko"], {
          cwd: dir,
        })
      ).stdout,
    ) as BatchSummary;
    expect(ko.cases[0]!.findings[0]!.message).toMatch(/^직무 내용은 2351 기계공학 기술자가 아니라 2395 제도사/);
  });
});
