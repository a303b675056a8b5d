import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/run-cli.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const tempDir = useTempDirs("e7-match-");

const WEB = "develop and maintain the company's web platform";

function tempFile(name: string, content: string): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return { dir, file };
}

describe("e7-align match", () => {
  it("should print the top five, the verdict and evidence, and exit 0 for a match", async () => {
    const run = await cli(["match", "--code", "2224", WEB]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1\. 2224 /);
    expect(run.stdout).toMatch(/5\. \S+ /);
    expect(run.stdout).toContain("verdict: match");
    expect(run.stdout).toContain("evidence for 2224");
    expect(run.stdout).toContain("Whole text: MATCH for 2224");
  });

  it("should exit 0 without a code and 1 for mismatch, ambiguous or unsupported", async () => {
    expect((await cli(["match", WEB])).code).toBe(0);
    expect((await cli(["match", "--code", "2223", WEB])).code).toBe(1);
    expect((await cli(["match", "--code", "2231", "analyse data"])).code).toBe(1);
    expect((await cli(["match", "--code", "2224", "perform duties as assigned"])).code).toBe(1);
  });

  it("should print the full result as JSON with current-list codes", async () => {
    const run = await cli(["match", "--json", "--code", "2228", "--edition", "ksco6-list", WEB]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      selectedCode: string;
      bestCode: string;
      verdict: string;
      ranking: { code: string }[];
    };
    expect(result.selectedCode).toBe("2224");
    expect(result.bestCode).toBe("2224");
    expect(result.verdict).toBe("match");
  });

  it("should read --file and --stdin", async () => {
    const { file } = tempFile(
      "duties.txt",
      "Duties:\n- Plan and run advertising campaigns (60%)\n- Manage media buys (40%)\n",
    );
    const fromFile = await cli(["match", "--json", "--file", file]);
    expect(fromFile.code).toBe(0);
    expect((JSON.parse(fromFile.stdout) as { bestCode: string }).bestCode).toBe("2833");
    const fromStdin = await cli(["match", "--json", "--stdin"], {
      stdin: "웹사이트와 웹 플랫폼을 개발하고 유지보수한다.",
    });
    expect((JSON.parse(fromStdin.stdout) as { bestCode: string }).bestCode).toBe("2224");
  });

  it("should leave a posting's qualifications and benefits out of the duties and say so", async () => {
    const posting = [
      "[주요업무]",
      "• 해외 바이어 발굴 및 신규 거래처 개척",
      "• 수출 견적 및 계약 협상",
      "[자격요건]",
      "• 영어 또는 중국어 비즈니스 회화 가능자",
      "• 무역 관련 경력 3년 이상",
      "[혜택 및 복지]",
      "• 4대보험, 점심 식대 지원",
    ].join("\n");
    const { file } = tempFile("posting.txt", posting);
    const run = await cli(["match", "--ui", "ko", "--file", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("업무로 읽지 않은 부분: 자격요건(2줄), 혜택 및 복지(1줄).");
    expect(run.stdout).not.toContain("회화 가능자");
    const json = JSON.parse((await cli(["match", "--json", "--file", file])).stdout) as {
      bestCode: string;
      statements: unknown[];
    };
    expect(json.statements).toHaveLength(2);
    expect(json.bestCode).toBe("2842");
  });

  it("should take a pasted bullet list after -- and treat each TEXT argument as an item", async () => {
    const run = await cli([
      "match",
      "--json",
      "--",
      "- Develop and maintain the company's web platform (60%)\n- Plan and run advertising campaigns, manage media buys (40%)",
    ]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { statements: { weight: number }[]; split: { majorityCode: string } };
    expect(result.statements.map((s) => s.weight)).toEqual([0.6, 0.4]);
    expect(result.split.majorityCode).toBe("2224");
    const two = JSON.parse((await cli(["match", "--json", WEB, "웹 서버를 구축하고 운영한다"])).stdout) as {
      statements: unknown[];
    };
    expect(two.statements).toHaveLength(2);
  });

  it("should report the title trap in readable output", async () => {
    const run = await cli(["match", "--code", "2224", "--title", "Marketing manager", WEB]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('The title "Marketing manager" points to');
  });

  it("should exit 2 with a clear error for bad input", async () => {
    const missing = await cli(["match", "--file", "no/such/file.txt"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no/such/file.txt");
    expect((await cli(["match"])).code).toBe(2);
    expect((await cli(["match", "--stdin", WEB])).code).toBe(2);
    const badCode = await cli(["match", "--code", "9999", WEB]);
    expect(badCode.code).toBe(2);
    expect(badCode.stderr).toContain("9999");
  });
});

describe("e7-align match --jsonl", () => {
  it("should write one {id, ranking, verdict} line per input line, ranking best first with at least five codes", async () => {
    const lines = [
      JSON.stringify({ id: "a1", text: WEB, code: "2224" }),
      "",
      JSON.stringify({ id: 7, text: "plan and run advertising campaigns, manage media buys" }),
      JSON.stringify({ text: "develop tour packages and itineraries", code: "2224" }),
    ];
    const { file } = tempFile("batch.jsonl", `${lines.join("\n")}\n`);
    const run = await cli(["match", "--jsonl", file]);
    expect(run.code).toBe(1);
    const out = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: unknown; ranking: { code: string; score: number }[]; verdict: string });
    expect(out).toHaveLength(3);
    expect(out.map((line) => line.id)).toEqual(["a1", 7, 4]);
    for (const line of out) {
      expect(Object.keys(line)).toEqual(["id", "ranking", "verdict"]);
      expect(line.ranking.length).toBeGreaterThanOrEqual(5);
      for (let i = 1; i < line.ranking.length; i++)
        expect(line.ranking[i]!.score).toBeLessThanOrEqual(line.ranking[i - 1]!.score);
    }
    expect([out[0]!.verdict, out[0]!.ranking[0]!.code]).toEqual(["match", "2224"]);
    expect(out[1]!.ranking[0]!.code).toBe("2833");
    expect([out[2]!.verdict, out[2]!.ranking[0]!.code]).toEqual(["mismatch", "2832"]);
  });

  it("should exit 0 when every coded line matches", async () => {
    const { file } = tempFile("ok.jsonl", `${JSON.stringify({ id: 1, text: WEB, code: "2224" })}\n`);
    expect((await cli(["match", "--jsonl", file])).code).toBe(0);
  });

  it("should name the file and line of a bad JSONL line and exit 2", async () => {
    const { file } = tempFile("bad.jsonl", `${JSON.stringify({ id: 1, text: WEB })}\n{"id": 2, "text": \n`);
    const run = await cli(["match", "--jsonl", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("bad.jsonl");
    expect(run.stderr).toContain("line 2");
    const { file: noText } = tempFile("notext.jsonl", `{"id": 1}\n`);
    const second = await cli(["match", "--jsonl", noText]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain("line 1");
    const { file: badCode } = tempFile("badcode.jsonl", `${JSON.stringify({ id: 1, text: WEB, code: "9999" })}\n`);
    const third = await cli(["match", "--jsonl", badCode]);
    expect(third.code).toBe(2);
    expect(third.stderr).toMatch(/line 1.*9999/);
  });
});
