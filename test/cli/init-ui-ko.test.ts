/** `init --interactive --ui ko`: Korean questions, Korean-first duties, and an input that ends mid-questionnaire. */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { buildStartingCase } from "../../src/case/build-starting-case.js";
import { askStartingCaseAnswers } from "../../src/cli/init.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const BIN = path.join(PACKAGE_ROOT, "dist", "cli", "main.js");
const tempDir = useTempDirs("e7-init-ko-");

const run = (args: readonly string[], input: string, cwd: string) =>
  spawnSync(process.execPath, [BIN, ...args], { input, cwd, encoding: "utf8", env: { ...process.env, LANG: "C" } });

describe("init --interactive --ui ko", () => {
  it("should ask in Korean and take the duties in Korean first", async () => {
    const answers = [
      "9999", // not a code: asked again, in Korean
      "2833",
      "광고 기획자",
      "Advertising Planner",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "광고 캠페인을 기획한다 | 70%",
      "Plan ad campaigns",
      "SNS 계정을 운영한다 | 30",
      "",
      "",
    ];
    const questions: string[] = [];
    const result = await askStartingCaseAnswers(
      loadCatalog(),
      async (question) => {
        questions.push(question);
        return answers.shift() ?? "";
      },
      { kind: "first" },
      "ko",
    );
    // Every question leads with Korean (an English word may follow in parentheses).
    for (const question of questions) expect(question, question).toMatch(/^[^A-Za-z]*[가-힣]/u);
    expect(questions.find((q) => q.startsWith("직무 1"))).toContain("한국어");
    expect(questions[1]).toMatch(/^코드 9999: 신청할 수 있는 E-7 직종코드가 아닙니다/);
    expect(result).toMatchObject({
      titleKo: "광고 기획자",
      titleEn: "Advertising Planner",
      duties: [
        { text: { ko: "광고 캠페인을 기획한다", en: "Plan ad campaigns" }, share: 70 },
        { text: { ko: "SNS 계정을 운영한다" }, share: 30 },
      ],
    });
    const starting = buildStartingCase("s.json", result) as {
      position: { duties: { text: { ko: string; en: string } }[] };
    };
    expect(starting.position.duties[1]!.text.ko).toBe("SNS 계정을 운영한다");
    expect(starting.position.duties[1]!.text.en).toMatch(/^<.*>$/);
  });

  it("should write the case from piped answers, in Korean", () => {
    const dir = tempDir();
    const input = [
      "2833",
      "광고 기획자",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "광고 캠페인을 기획한다 | 100",
      "Plan ad campaigns",
      "",
      "",
    ].join("\n");
    const done = run(["init", "--interactive", "--ui", "ko", "--out", "case.json"], `${input}\n`, dir);
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toContain("직종코드");
    expect(done.stdout).toContain("case.json 파일을 만들었습니다(2833 광고");
    expect(done.stdout).not.toMatch(/Advertising/);
    const written = JSON.parse(readFileSync(path.join(dir, "case.json"), "utf8")) as {
      position: { duties: { text: { ko: string; en: string }; share: number }[] };
    };
    expect(written.position.duties).toMatchObject([
      { text: { ko: "광고 캠페인을 기획한다", en: "Plan ad campaigns" }, share: 100 },
    ]);
  });

  it("should stop with a clear message and exit 2, writing nothing, when the input ends mid-questionnaire", () => {
    for (const ui of ["ko", "en"] as const) {
      const dir = tempDir();
      const ended = run(["init", "--interactive", "--ui", ui, "--out", "i2.json"], "2833\n", dir);
      expect(ended.status, ended.stderr).toBe(2);
      expect(ended.stderr).toMatch(ui === "ko" ? /표준 입력이 끝났습니다/ : /Standard input ended/);
      expect(ended.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(path.join(dir, "i2.json"))).toBe(false);
    }
  });

  // util-linux `script` gives init a real terminal, where readline takes Ctrl-C itself.
  it.skipIf(!existsSync("/usr/bin/script"))(
    "should stop with exit 2 and no stack trace on Ctrl-C in a terminal, writing nothing",
    async () => {
      const dir = tempDir();
      const command = `'${process.execPath}' '${BIN}' init --ui ko --out t.json`;
      const child = spawn("/usr/bin/script", ["-qec", command, "/dev/null"], {
        cwd: dir,
        env: { ...process.env, LANG: "C" },
      });
      let output = "";
      let sent = false;
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString("utf8");
        if (!sent && output.includes("직종코드")) {
          sent = true;
          child.stdin.write("\u0003");
        }
      });
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect(output).toContain("Ctrl-C로 중단했습니다");
      expect(output).not.toMatch(/AbortError|\n\s+at /);
      expect(code).toBe(2);
      expect(existsSync(path.join(dir, "t.json"))).toBe(false);
    },
    30_000,
  );
});
