// match's text output (frame lines, verdict words, the closing sentence) follows --ui; English stays as it was.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/run-cli.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const tempDir = useTempDirs("e7-match-ko-");
const WEB = "develop and maintain the company's web platform";
const TRADE_CLERK = [
  "Prepare commercial invoices, packing lists and certificates of origin for each export order. (30%)",
  "Book shipments with freight forwarders and track the vessels until arrival. (25%)",
  "Arrange customs clearance with the customs broker and file the export declarations. (25%)",
  "Check letter of credit documents against the bank's requirements and archive the shipping documents. (20%)",
].join("\n");

/** The output with the catalog text it quotes (names, evidence, statements) removed: what is left is the frame. */
const frameOf = (stdout: string): string =>
  stdout
    // An English name may hold a parenthesis of its own: "(Customer service (counselling) clerk)".
    .replace(/\([A-Za-z](?:[^()]|\([^()]*\))*\)/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/^(업무 문장[^:]*: ).*$/gm, "$1");

describe("match --ui ko", () => {
  it("prints the statement, verdict, evidence and whole-text lines in Korean", async () => {
    const run = await cli(["match", "--ui", "ko", "--code", "2224", WEB]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`업무 문장: ${WEB}\n`);
    expect(run.stdout).toMatch(/\n {2}1\. 2224 {3}0\.\d{3} {2}웹 개발자 \(Web developer\)\n/);
    expect(run.stdout).toMatch(/\n {2}판정: 일치\(match\), 점수 차 0\.\d{3}\n/);
    expect(run.stdout).toMatch(/\n {2}2224 근거: "[^"]+" ~ (수행 직무|직무 범위|핵심어) "/);
    expect(run.stdout).toMatch(
      /\n전체 판정: 신청 코드 2224 기준 일치\(MATCH\); 최적 2224 웹 개발자 \(Web developer\), 점수 차 0\.\d{3}, 신뢰도 (높음|보통|낮음)\.\n/,
    );
    expect(run.stdout.endsWith("담당업무가 신청 직종 2224 웹 개발자에 부합합니다.\n")).toBe(true);
    expect(frameOf(run.stdout)).not.toMatch(/[A-Za-z]{3,}/);
  });

  it("says a mismatch, the generic statements and the title trap in Korean, with particles that fit", async () => {
    const run = await cli([
      "match",
      "--ui",
      "ko",
      "--code",
      "2223",
      "--title",
      "Marketing manager",
      "Plan and run advertising campaigns (60%)",
      "Manage media buys (40%)",
      "perform duties as assigned",
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("업무 문장 1 (비중 40%): ");
    expect(run.stdout).toContain("  너무 일반적이어서 분류할 수 없습니다");
    expect(run.stdout).toContain(
      "담당업무는 신청 직종 2223 응용 소프트웨어 개발자가 아니라 2833 광고 및 홍보 전문가 직종을 가리킵니다. 담당업무를 다시 쓰거나 2833 코드로 신청하십시오.",
    );
    expect(run.stdout).toContain("업무 문장 3개 가운데 1개는 너무 일반적이어서 판정에 반영하지 않았습니다.");
    expect(frameOf(run.stdout)).not.toMatch(/[A-Za-z]{3,}/);
    const title = await cli(["match", "--ui", "ko", "--code", "2224", "--title", "Marketing manager", WEB]);
    expect(title.stdout).toMatch(
      /직무명\("Marketing manager"\)만 보면 \d+ \S.* 직종이지만, 심사는 직무명이 아니라 담당업무를 기준으로 하며, 담당업무는 2224 직종을 가리킵니다\.\n$/,
    );
  });

  it("asks the separating question in Korean and names an excluded role in Korean", async () => {
    const ambiguous = await cli(["match", "--ui", "ko", "--code", "2231", "analyse data"]);
    expect(ambiguous.stdout).toMatch(/\n구분 질문\(2231 \/ 2834\): [^\n]*[가-힣][^\n]*\?\n/);
    expect(ambiguous.stdout).toMatch(/담당업무가 2231 데이터 전문가와 2834 조사 전문가에 비슷하게 부합합니다\./);
    const excluded = await cli(["match", "--ui", "ko", "--code", "2842", TRADE_CLERK]);
    expect(excluded.code).toBe(1);
    expect(excluded.stdout).toContain(
      '담당업무가 "무역 사무원"으로 읽히는데, 카탈로그는 이 역할을 2842 해외 영업원 직종에서 제외합니다.',
    );
    // The catalog's reason, in its Korean wording (reasonKo), follows the exclusion.
    expect(excluded.stdout).toContain(
      "직종에서 제외합니다. 제외 사유: 판매가 아니라 선적·통관 서류를 처리하는 업무로,",
    );
    expect(excluded.stdout).not.toContain("The duties");
  });

  it("keeps names in the --lang language under a Korean frame, and the English frame with --ui en", async () => {
    const mixed = await cli(["match", "--ui", "ko", "--lang", "en", "--code", "2224", WEB]);
    expect(mixed.stdout).toMatch(/ {2}Web developer \(웹 개발자\)\n/);
    expect(mixed.stdout).toContain("판정: 일치(match)");
    const en = await cli(["match", "--ui", "en", "--code", "2224", WEB]);
    expect(en.stdout).toContain("Whole text: MATCH for 2224; best 2224 Web developer (웹 개발자)");
    expect(en.stdout).toContain("  verdict: match, margin ");
    expect(en.stdout).not.toMatch(/판정|업무 문장|담당업무/);
  });

  it("puts the Korean sentence in --json and --jsonl --json output only when --ui ko is given", async () => {
    const ko = JSON.parse((await cli(["match", "--json", "--ui", "ko", "--code", "2224", WEB])).stdout) as {
      message: string;
    };
    expect(ko.message).toBe("담당업무가 신청 직종 2224 웹 개발자에 부합합니다.");
    const en = JSON.parse((await cli(["match", "--json", "--code", "2224", WEB])).stdout) as { message: string };
    expect(en.message).toMatch(/^The duties fit the filed code 2224/);
    const dir = tempDir();
    const file = path.join(dir, "in.jsonl");
    writeFileSync(file, `${JSON.stringify({ id: "a", text: WEB, code: "2223" })}\n`);
    const line = JSON.parse((await cli(["match", "--jsonl", file, "--json", "--ui", "ko"])).stdout) as {
      message: string;
    };
    expect(line.message).toMatch(
      /^담당업무는 신청 직종 2223 응용 소프트웨어 개발자가 아니라 2224 웹 개발자 직종을 가리킵니다\./,
    );
  });
});
