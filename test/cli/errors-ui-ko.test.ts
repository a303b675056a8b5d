// File-level and usage errors in Korean under --ui ko or a Korean locale ("오류: …", the file name and line:column as
// in English, exit code 2, no stack trace); the English wording stays as it was.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { cli } from "../helpers/run-cli.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const tempDir = useTempDirs("e7-errors-ko-");

/** A stack frame line: no user-facing error prints one. */
const STACK = /\n\s+at /;

afterEach(() => {
  vi.unstubAllEnvs();
});

/** Runs with a locale of the given language and no LC_ALL or LC_MESSAGES that would win over it. */
function withLang(lang: string): void {
  vi.stubEnv("LC_ALL", "");
  vi.stubEnv("LC_MESSAGES", "");
  vi.stubEnv("LANG", lang);
}

function fileWith(name: string, text: string): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, text);
  return file;
}

describe("a file that cannot be read", () => {
  it("says 'file not found' in Korean under --ui ko, naming the file as given", async () => {
    const missing = path.join(tempDir(), "missing.json");
    const ko = await cli(["validate", missing, "--ui", "ko"]);
    expect(ko.code).toBe(2);
    expect(ko.stdout).toBe("");
    expect(ko.stderr).toBe(
      `오류: ${missing}: 파일을 찾을 수 없습니다.\n` +
        "  경로를 확인하십시오. `e7-align init`으로 처음 쓸 신청 건 정보 파일을 만들 수 있습니다.\n",
    );
    const en = await cli(["validate", missing, "--ui", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      `error: ${missing}: file not found.\n  Check the path. \`e7-align init\` writes a starting case file.\n`,
    );
  });

  it("follows a Korean LANG without --ui, and --ui en wins over it", async () => {
    withLang("ko_KR.UTF-8");
    const missing = path.join(tempDir(), "missing.json");
    const ko = await cli(["generate", missing, "--out", path.join(tempDir(), "out")]);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toMatch(/^오류: .*missing\.json: 파일을 찾을 수 없습니다\.\n/);
    const en = await cli(["validate", missing, "--ui", "en"]);
    expect(en.stderr).toMatch(/^error: .*missing\.json: file not found\.\n/);
  });

  it("names what a folder should have been, with the particle es-hangul picks", async () => {
    const folder = tempDir();
    const checklist = await cli(["checklist", folder, "--ui", "ko"]);
    expect(checklist.code).toBe(2);
    expect(checklist.stderr).toMatch(/^오류: .*: 폴더입니다\. 신청 건 정보 파일을 지정하십시오\.\n/);
    const match = await cli(["match", "--file", folder, "--ui", "ko"]);
    expect(match.code).toBe(2);
    expect(match.stderr).toContain(": 폴더입니다. 직무 문장 파일을 지정하십시오.\n");
    const verify = await cli(["verify", "--code", "2224", "--contract", path.join(folder, "none.docx"), "--ui", "ko"]);
    expect(verify.code).toBe(2);
    expect(verify.stderr).toContain("none.docx: 파일을 찾을 수 없습니다.\n  경로를 확인하십시오(상대 경로는");
    for (const run of [checklist, match, verify]) {
      expect(run.stderr).not.toMatch(/error:|not found|folder/);
      expect(run.stderr).not.toMatch(STACK);
    }
  });
});

describe("a document verify cannot read", () => {
  it("says why in Korean: empty, .hwp, not a PDF, an unsupported type", async () => {
    const dir = tempDir();
    const file = (name: string, text: string): string => {
      writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };
    const cases: [string, string][] = [
      [file("empty.docx", ""), ": 파일이 비어 있습니다.\n  직무가 적힌 문서를 지정하십시오.\n"],
      [file("old.hwp", "hwp"), ": 한글 .hwp 파일은 e7-align이 읽을 수 없습니다.\n"],
      [file("fake.pdf", "hello"), ": PDF가 아닙니다(%PDF로 시작하지 않습니다).\n"],
      [
        file("notes.odt", "x"),
        ": 읽을 수 없는 파일 형식입니다(.odt).\n  읽을 수 있는 형식: .docx, .hwpx, .pdf, .txt, .md.\n",
      ],
    ];
    for (const [document, expected] of cases) {
      const ko = await cli(["verify", "--code", "2224", "--contract", document, "--ui", "ko"]);
      expect(ko.code, document).toBe(2);
      expect(ko.stderr, document).toContain(`오류: ${document}${expected}`);
      expect(ko.stderr, document).not.toMatch(STACK);
      const en = await cli(["verify", "--code", "2224", "--contract", document, "--ui", "en"]);
      expect(en.code, document).toBe(2);
      expect(en.stderr, document).toMatch(
        new RegExp(`^error: ${document.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: [a-z]`),
      );
    }
  });
});

describe("an occupation code that names no occupation", () => {
  it("says so in Korean, naming the closest codes in Korean", async () => {
    const ko = await cli(["match", "--code", "9999", "develop web applications", "--ui", "ko"]);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toMatch(/^오류: 9999는 어느 목록 판에도 없는 E-7 직종코드입니다\.\n {2}가장 가까운 코드: /);
    const en = await cli(["match", "--code", "9999", "develop web applications", "--ui", "en"]);
    expect(en.stderr).toMatch(/^error: 9999 is not an E-7 occupation code in any list edition\.\n {2}Closest: /);
  });
});

describe("a case file that is not valid JSON", () => {
  it("gives the position, the line and the hint in Korean, with line:column as in English", async () => {
    const file = fileWith("cut.json", '{"a":');
    const ko = await cli(["validate", file, "--ui", "ko"]);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toBe(
      `오류: ${file}:1:1: 올바른 JSON이 아닙니다. 입력이 값의 중간에서 끝납니다.\n` +
        '  1 | {"a":\n' +
        "      ^\n" +
        "  모든 괄호가 닫히기 전에 파일이 끝납니다. 1행 1열에서 연 괄호({)를 닫는 괄호(})가 없습니다.\n",
    );
    const en = await cli(["validate", file, "--ui", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      `error: ${file}:1:1: invalid JSON: Unexpected end of input found.\n` +
        '  1 | {"a":\n' +
        "      ^\n" +
        "  The file ends before every bracket is closed: the { opened at line 1, column 1 has no closing }.\n",
    );
  });

  it("keeps a later line and column, and words the trailing-comma hint in Korean", async () => {
    const file = fileWith("comma.json", '{\n  "a": 1,\n}\n');
    const ko = await cli(["validate", file, "--ui", "ko"]);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toContain(`오류: ${file}:3:1: 올바른 JSON이 아닙니다.`);
    expect(ko.stderr).toContain("  2행 9열의 쉼표를 지우십시오. JSON에서는 마지막 항목 뒤에 쉼표를 쓸 수 없습니다.\n");
    const en = await cli(["validate", file, "--ui", "en"]);
    expect(en.stderr).toContain(`error: ${file}:3:1: invalid JSON: Unexpected token RBrace found.\n`);
    expect(en.stderr).toContain("  Remove the comma at line 2, column 9: JSON allows no comma after the last item.\n");
  });

  it("words an encoding problem in Korean for every command that reads a case", async () => {
    const file = fileWith("euc-kr.json", '{"a": "');
    writeFileSync(file, Buffer.concat([Buffer.from('{"a": "'), Buffer.from([0xc7, 0xd1]), Buffer.from('"}')]));
    for (const args of [
      ["validate", file],
      ["checklist", file],
      ["migrate", file],
      ["generate", file, "--out", path.join(tempDir(), "out")],
    ]) {
      const run = await cli([...args, "--ui", "ko"]);
      expect(run.code, args[0]).toBe(2);
      expect(run.stderr, args[0]).toContain(`오류: ${file}:1:8: 올바른 UTF-8이 아닌 바이트가 있습니다(0xC7).\n`);
      expect(run.stderr, args[0]).toContain("  파일을 UTF-8로 저장하십시오.");
      expect(run.stderr, args[0]).not.toMatch(STACK);
    }
  });
});

describe("match --jsonl with a bad line", () => {
  it("names the line in Korean and keeps the file name", async () => {
    const file = fileWith("duties.jsonl", '{"id": 1, "text": "develop web applications"}\n{bad\n');
    const ko = await cli(["match", "--jsonl", file, "--ui", "ko"]);
    expect(ko.code).toBe(2);
    expect(ko.stdout).toBe("");
    expect(ko.stderr).toMatch(
      new RegExp(`^오류: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: 2행이 올바른 JSON이 아닙니다\\(`),
    );
    expect(ko.stderr).toContain(
      '  한 줄에 객체 하나를 쓰십시오: {"id": "a1", "text": "…", "code": "2224"} (code는 생략 가능).\n',
    );
    expect(ko.stderr).not.toMatch(STACK);
    const en = await cli(["match", "--jsonl", file, "--ui", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`error: ${file}: line 2 is not valid JSON (`);
    expect(en.stderr).toContain(
      '  Each line is one object: {"id": "a1", "text": "…", "code": "2224"} (code optional).\n',
    );
  });

  it("says in Korean that a line needs a text", async () => {
    const file = fileWith("no-text.jsonl", '{"id": 1}\n');
    const ko = await cli(["match", "--jsonl", file, "--ui", "ko"]);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toContain(`오류: ${file}: 1행에 "text" 문자열이 있어야 합니다.\n`);
  });
});

describe("an output that is already there", () => {
  it("leaves it as it is and says so in Korean", async () => {
    const out = tempDir();
    const example = path.join(PACKAGE_ROOT, "examples", "web-developer", "case.json");
    const ko = await cli(["generate", example, "--out", out, "--ui", "ko"]);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toBe(
      `오류: ${out}: 이미 있으므로 그대로 두었습니다.\n  다른 --out 폴더를 고르거나, 바꾸려면 --force를 주십시오.\n`,
    );
    const en = await cli(["generate", example, "--out", out, "--ui", "en"]);
    expect(en.stderr).toBe(
      `error: ${out} already exists; it was left as it is.\n  Choose another --out folder, or add --force to replace it.\n`,
    );
    writeFileSync(path.join(out, "notes.txt"), "mine\n");
    const force = await cli(["generate", example, "--out", out, "--force", "--ui", "ko"]);
    expect(force.code).toBe(2);
    expect(force.stderr).toBe(
      `오류: ${out}: 서류 묶음 폴더가 아닙니다. e7-align이 쓴 manifest.json이 없고, 다음이 들어 있습니다: notes.txt. --force로 바꾸지 않았고, 아무것도 건드리지 않았습니다.\n` +
        "  다른 --out 폴더를 고르십시오. --force는 e7-align이 쓴 서류 묶음 폴더만 바꿉니다.\n",
    );
    const report = fileWith("report.md", "# earlier\n");
    const contract = fileWith("contract.txt", "Develop and maintain the company's web applications.\n");
    const verify = await cli(["verify", "--code", "2224", "--contract", contract, "--report", report, "--ui", "ko"]);
    expect(verify.code).toBe(2);
    expect(verify.stderr).toContain(`오류: 보고서 파일 ${report}: 파일이 이미 있어 덮어쓰지 않았습니다.\n`);
  });
});

describe("bad arguments", () => {
  it("refuses an unknown option in Korean with exit 2", async () => {
    const ko = await cli(["match", "--bogus", "x", "--ui", "ko"]);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toBe(
      "오류: 알 수 없는 인수입니다: bogus\n  `e7-align --help` 또는 `e7-align <command> --help`로 사용법을 확인하십시오.\n",
    );
    const en = await cli(["match", "--bogus", "x", "--ui", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe("error: Unknown argument: bogus\n  Run `e7-align --help` or `e7-align <command> --help`.\n");
  });

  it("refuses an unknown command in Korean, and suggests a close one", async () => {
    const unknown = await cli(["frobnicate", "--ui", "ko"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^오류: 알 수 없는 인수입니다: frobnicate\n/);
    const typo = await cli(["matc", "web", "--ui", "ko"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^오류: match 명령을 뜻했습니까\?\n/);
    const none = await cli(["--ui", "ko"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(
      /^오류: 명령을 지정하십시오: codes, match, verify, validate, init, migrate, generate, checklist/,
    );
    for (const run of [unknown, typo, none]) {
      expect(run.stderr).not.toContain("error:");
      expect(run.stderr).not.toMatch(STACK);
    }
    const english = await cli(["frobnicate", "--ui", "en"]);
    expect(english.stderr).toMatch(/^error: Unknown argument: frobnicate\n/);
  });

  it("words a command's own usage errors in Korean", async () => {
    const cases: [string[], string][] = [
      [["validate"], "오류: validate에는 신청 건 정보 파일이 필요합니다.\n"],
      [["match"], "오류: match에는 직무 문장이 필요합니다.\n"],
      [["verify", "--code", "2224"], "오류: verify에는 문서가 하나 이상 필요합니다"],
      [["codes", "show"], "오류: codes show에는 코드가 필요합니다.\n"],
      [["match", "--code", "2224", "--edition", "zz", "web"], '오류: 알 수 없는 목록 판입니다: "zz".\n'],
      [["generate", "x.json", "--out", "o", "--format", "odt"], "오류: 알 수 없는 --format 값입니다: odt.\n"],
      [["batch", "x.json", "--out", "o", "--jobs", "0"], "오류: --jobs는 1부터"],
      [["generate", "--out", "o"], "오류: 위치 인수가 부족합니다: 0개를 받았고, 적어도 1개가 필요합니다.\n"],
    ];
    const cwd = tempDir();
    mkdirSync(path.join(cwd, "o"));
    for (const [args, expected] of cases) {
      const run = await cli([...args, "--ui", "ko"], { cwd });
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr.startsWith(expected), `${args.join(" ")}: ${run.stderr}`).toBe(true);
    }
  });
});
