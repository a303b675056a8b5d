// `--help` in Korean under --ui ko or a Korean locale: the program, every command, option, example and epilogue;
// English help keeps its English text. The parity test fails for an option, example or epilogue without Korean.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Argv } from "yargs";
import type { UiLang } from "../../src/checks/messages/ui-lang.js";
import { commands } from "../../src/cli/commands.js";
import { cli } from "../helpers/run-cli.js";

const nameOf = (command: string): string => command.split(" ")[0]!;
/** yargs wraps lines and pads columns: compare texts with every run of whitespace as one space. */
const flat = (text: string): string => text.replace(/\s+/g, " ");
const HANGUL = /[\uac00-\ud7a3]/u;

const PROGRAM = {
  en: "Checks that E-7 visa duties match the filed occupation code and writes aligned documents.",
  ko: "E-7 체류자격 신청 서류의 직무가 신청한 직종코드에 맞는지 점검하고, 그에 맞춘 서류를 작성합니다.",
};
const UI_OPTION = {
  en: "Language of messages (default: Korean when LANG is ko_*, else English)",
  ko: "메시지 언어(기본값: LANG이 ko_*이면 한국어, 아니면 영어)",
};

/**
 * What a command's builder says in `--help` for one UI language, read by a stand-in for yargs that records the
 * calls: "option NAME" (options and positionals), "example N" and "epilogue" to their text ("" when none is given).
 */
function helpTexts(builder: (yargs: Argv, ui: UiLang) => unknown, ui: UiLang): Map<string, string> {
  const texts = new Map<string, string>();
  let examples = 0;
  const describeOf = (settings: unknown): string => {
    const s = (settings ?? {}) as { describe?: unknown; description?: unknown; desc?: unknown };
    return String(s.describe ?? s.description ?? s.desc ?? "");
  };
  const stub: Argv = new Proxy({} as Argv, {
    get:
      (_target, method) =>
      (...args: unknown[]) => {
        if ((method === "option" || method === "positional") && typeof args[0] === "string")
          texts.set(`option ${args[0]}`, describeOf(args[1]));
        else if (method === "options" && typeof args[0] === "object")
          for (const [name, settings] of Object.entries(args[0] as object))
            texts.set(`option ${name}`, describeOf(settings));
        else if (method === "example") texts.set(`example ${++examples}`, String(args[1] ?? ""));
        else if (method === "epilogue" || method === "epilog") texts.set("epilogue", String(args[0] ?? ""));
        else if (method === "usage" && typeof args[0] === "string") texts.set("usage", args[0]);
        return stub;
      },
  });
  builder(stub, ui);
  return texts;
}

async function commandHelp(): Promise<
  { name: string; describe: { en: string; ko: string }; en: Map<string, string>; ko: Map<string, string> }[]
> {
  const out = [];
  for (const entry of commands) {
    const command = await entry.load();
    out.push({
      name: nameOf(entry.command),
      describe: entry.describe,
      en: helpTexts(command.builder, "en"),
      ko: helpTexts(command.builder, "ko"),
    });
  }
  return out;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("help texts: every English text has a Korean one", () => {
  it("gives every command's description in both languages", () => {
    for (const entry of commands) {
      expect(entry.describe.en, entry.command).not.toMatch(HANGUL);
      expect(entry.describe.ko, entry.command).toMatch(HANGUL);
    }
  });

  it("gives every option, example and epilogue of every command a Korean text", async () => {
    for (const { name, en, ko } of await commandHelp()) {
      expect(en.size, name).toBeGreaterThan(0);
      expect([...ko.keys()], name).toEqual([...en.keys()]);
      for (const [key, english] of en) {
        const korean = ko.get(key) ?? "";
        expect(english, `${name} ${key}: no English text`).not.toBe("");
        expect(korean, `${name} ${key}: no Korean text for "${english}"`).toMatch(HANGUL);
        expect(korean, `${name} ${key}`).not.toBe(english);
      }
    }
  });
});

describe("--help under --ui ko", () => {
  it("describes the program, the commands and --ui in Korean, with yargs' headings in Korean", async () => {
    const run = await cli(["--help", "--ui", "ko"]);
    expect(run.code).toBe(0);
    const text = flat(run.stdout);
    expect(text).toContain(PROGRAM.ko);
    expect(text).toContain(UI_OPTION.ko);
    for (const heading of ["명령:", "옵션:", "도움말 표시", "버전 표시"]) expect(text).toContain(heading);
    for (const entry of commands) {
      expect(text).toContain(`e7-align ${entry.command}`);
      expect(text).toContain(flat(entry.describe.ko));
      expect(text).not.toContain(flat(entry.describe.en));
    }
    for (const english of [PROGRAM.en, UI_OPTION.en, "Commands:", "Options:", "Show help"])
      expect(text).not.toContain(english);
  });

  it("gives each command's help in Korean, with none of its English describe sentences", async () => {
    for (const { name, describe: about, en, ko } of await commandHelp()) {
      const run = await cli([name, "--help", "--ui", "ko"]);
      expect(run.code, name).toBe(0);
      const text = flat(run.stdout);
      expect(text, name).toContain(flat(about.ko));
      expect(text, name).not.toContain(flat(about.en));
      expect(text, name).toContain(UI_OPTION.ko);
      // An example's command column may wrap into its description: its text is checked only for being absent in English.
      for (const [key, korean] of ko)
        if (!key.startsWith("example")) expect(text, `${name} ${key}`).toContain(flat(korean));
      for (const [key, english] of en) expect(text, `${name} ${key}`).not.toContain(flat(english));
    }
  });

  it("follows a Korean LANG when --ui is not given, and --ui en overrides it", async () => {
    vi.stubEnv("LC_ALL", "");
    vi.stubEnv("LC_MESSAGES", "");
    vi.stubEnv("LANG", "ko_KR.UTF-8");
    const ko = await cli(["match", "--help"]);
    expect(ko.code).toBe(0);
    expect(flat(ko.stdout)).toContain("직무 문장에 맞는 E-7 직종의 순위를 매기고");
    expect(flat(ko.stdout)).toContain("신청한 직종코드(어느 목록 판이든)");
    const en = await cli(["match", "--help", "--ui", "en"]);
    expect(en.stdout).toContain("Rank the E-7 occupations for duty text");
    expect(en.stdout).toContain("Options:");
    expect(en.stdout).not.toMatch(HANGUL);
    const equals = await cli(["--ui=ko", "validate", "--help"]);
    expect(flat(equals.stdout)).toContain("신청 건 정보 파일(JSON)");
  });
});

describe("--help under --ui en", () => {
  it("keeps every English text", async () => {
    vi.stubEnv("LC_ALL", "");
    vi.stubEnv("LC_MESSAGES", "");
    vi.stubEnv("LANG", "en_US.UTF-8");
    const top = await cli(["--help"]);
    expect(top.stdout).toContain(`e7-align <command> [options]\n\n${PROGRAM.en}\n`);
    expect(flat(top.stdout)).toContain(UI_OPTION.en);
    for (const { name, describe: about, en } of await commandHelp()) {
      const run = await cli([name, "--help"]);
      const text = flat(run.stdout);
      expect(text, name).toContain(flat(about.en));
      for (const [key, english] of en)
        if (!key.startsWith("example")) expect(text, `${name} ${key}`).toContain(flat(english));
      expect(run.stdout, name).not.toContain("옵션:");
    }
  });
});
