/** `e7-align match`: ranks the E-7 occupations for duty text and judges a filed code; `--jsonl` for batches. */
import path from "node:path";
import { CODE_OPTION_HELP } from "./code-option-help.js";
import { EXIT, UsageError, type ExitCode } from "../errors.js";
import { loadCatalog } from "../catalog/load-catalog.js";
import { checkEdition } from "../catalog/resolve-code.js";
import type { Catalog } from "../catalog/types.js";
import { matchDuties } from "../match/match-duties.js";
import { readPlainText, readTextFile } from "../readers/read-plain-text.js";
import { isMatchFinding, matchJsonLines } from "../match/match-jsonl.js";
import { splitDutyText } from "../match/split-statements.js";
import type { MatchResult } from "../match/types.js";
import { defineCommand, type CliIo } from "./command.js";
import { fill, formatJson, type UiText } from "./format.js";
import { findOccupation } from "../catalog/occupation-lookup.js";
import { type UiLang, uiLangFrom } from "../checks/messages/ui-lang.js";
import {
  EVIDENCE_SOURCES_KO,
  MATCH_CONFIDENCE_KO,
  MATCH_VERDICTS_KO,
  matchMessageKo,
} from "../match/match-message-ko.js";

interface MatchArgs {
  text: string[];
  /** Words after `--` (text that starts with "-", such as a pasted bullet list), after the command name. */
  _?: (string | number)[];
  code?: string;
  edition?: string;
  title?: string;
  lang?: "en" | "ko";
  json: boolean;
  ui?: "ko" | "en";
  file?: string;
  stdin: boolean;
  jsonl?: string;
}

const TOP = 5;

/** match's frame lines in both UI languages ({x} is filled in by fill). */
const TEXT = {
  statement: { ko: "업무 문장: ", en: "Statement: " },
  statementOf: { ko: "업무 문장 {n} (비중 {weight}%): ", en: "Statement {n} (weight {weight}%): " },
  generic: {
    ko: "  너무 일반적이어서 분류할 수 없습니다: 구체적인 업무, 도구, 산출물이 드러나지 않습니다.",
    en: "  too generic to classify: it names no concrete task, tool or output.",
  },
  verdict: { ko: "  판정: {verdict}, 점수 차 {margin}", en: "  verdict: {verdict}, margin {margin}" },
  evidence: { ko: "  {code} 근거: {evidence}", en: "  evidence for {code}: {evidence}" },
  whole: {
    ko: "전체 판정: {selected}{verdict}; 최적 {best} {name}, 점수 차 {margin}, 신뢰도 {confidence}.",
    en: "Whole text: {verdict}{selected}; best {best} {name}, margin {margin}, confidence {confidence}.",
  },
  wholeSelected: { ko: "신청 코드 {code} 기준 ", en: " for {code}" },
  question: { ko: "구분 질문({a} / {b}): {question}", en: "Separating question ({a} vs {b}): {question}" },
  skipped: {
    ko: "업무로 읽지 않은 부분: {parts}. 자격요건·우대사항·복지 같은 부분은 하는 일을 말하지 않습니다.",
    en: "Not read as duties: {parts}. Qualifications, preferences, benefits and the like do not say what the job does.",
  },
  skippedPart: { ko: "{heading}({lines})", en: '"{heading}" ({lines})' },
} as const satisfies Record<string, UiText>;

/** A verdict in the UI language: English as the matcher names it, Korean with the code beside ("일치(match)"). */
function verdictIn(verdict: MatchResult["verdict"], ui: UiLang, upper = false): string {
  const code = upper ? verdict.toUpperCase() : verdict;
  return ui === "ko" ? `${MATCH_VERDICTS_KO[verdict]}(${code})` : code;
}

/** Largest --file or --jsonl input: the matcher reads at most 5 million characters anyway. */
const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;

/** A --file or --jsonl file: capped (/dev/zero or a 2 GB log given by mistake is not read into memory), and text, not binary or EUC-KR. */
function readInputFile(io: CliIo, file: string): Promise<string> {
  return readTextFile(path.resolve(io.cwd, file), {
    name: file,
    maxBytes: MAX_TEXT_FILE_BYTES,
    label: "a duty text file",
    labelKo: "직무 문장 파일",
    hints: ["Check the path, or pass the text directly or with --stdin."],
    hintsKo: ["경로를 확인하거나, 직무 문장을 인수로 직접 주거나 --stdin으로 주십시오."],
  });
}

/** Standard input with the limit and strict text rules of --file. */
async function readStdinText(io: CliIo): Promise<string> {
  const bytes = await io.readStdin({ maxBytes: MAX_TEXT_FILE_BYTES, label: "duty text", labelKo: "직무 문장" });
  return (await readPlainText(bytes, { name: "standard input", limits: { maxBytes: MAX_TEXT_FILE_BYTES } })).text;
}

function nameOf(catalog: Catalog, code: string, lang: "en" | "ko"): string {
  const occupation = findOccupation(catalog, code);
  if (!occupation) return code;
  return lang === "ko" ? `${occupation.nameKo} (${occupation.nameEn})` : `${occupation.nameEn} (${occupation.nameKo})`;
}

/** Exit code of a result: 1 when it is a finding (see isMatchFinding), else 0. */
const exitFor = (result: MatchResult): ExitCode => (isMatchFinding(result) ? EXIT.FINDINGS : EXIT.OK);

function formatResult(catalog: Catalog, result: MatchResult, lang: "en" | "ko", ui: UiLang): string {
  const out: string[] = [];
  const many = result.statements.length > 1;
  for (const statement of result.statements) {
    out.push(
      `${many ? fill(TEXT.statementOf, ui, { n: statement.index + 1, weight: Math.round(statement.weight * 100) }) : fill(TEXT.statement, ui)}${statement.text}`,
    );
    if (statement.generic) {
      out.push(fill(TEXT.generic, ui), "");
      continue;
    }
    statement.ranking.slice(0, TOP).forEach((entry, rank) => {
      out.push(
        `  ${rank + 1}. ${entry.code.padEnd(6)} ${entry.score.toFixed(3)}  ${nameOf(catalog, entry.code, lang)}`,
      );
    });
    out.push(
      fill(TEXT.verdict, ui, { verdict: verdictIn(statement.verdict, ui), margin: statement.margin.toFixed(3) }),
    );
    for (const evidence of statement.evidence
      .filter((e) => e.code === statement.bestCode || e.code === result.selectedCode)
      .slice(0, 4)) {
      const against = evidence.against.length > 110 ? `${evidence.against.slice(0, 107)}...` : evidence.against;
      const source = ui === "ko" ? (EVIDENCE_SOURCES_KO[evidence.source] ?? evidence.source) : evidence.source;
      out.push(
        fill(TEXT.evidence, ui, { code: evidence.code, evidence: `"${evidence.matched}" ~ ${source} "${against}"` }),
      );
    }
    out.push("");
  }
  out.push(
    fill(TEXT.whole, ui, {
      verdict: verdictIn(result.verdict, ui, true),
      selected: result.selectedCode ? fill(TEXT.wholeSelected, ui, { code: result.selectedCode }) : "",
      best: result.bestCode,
      name: nameOf(catalog, result.bestCode, lang),
      margin: result.margin.toFixed(3),
      confidence: ui === "ko" ? MATCH_CONFIDENCE_KO[result.confidence] : result.confidence,
    }),
  );
  // With one statement the whole ranking is the statement's, already printed above.
  if (result.verdict !== "unsupported" && many) {
    out.push(
      ...result.ranking
        .slice(0, TOP)
        .map(
          (entry, rank) =>
            `  ${rank + 1}. ${entry.code.padEnd(6)} ${entry.score.toFixed(3)}  ${nameOf(catalog, entry.code, lang)}`,
        ),
    );
  }
  if (result.rival?.question)
    out.push(
      fill(TEXT.question, ui, {
        a: result.selectedCode ?? result.bestCode,
        b: result.rival.code,
        question: lang === "ko" ? result.rival.question.ko : result.rival.question.en,
      }),
    );
  out.push(ui === "ko" ? matchMessageKo(catalog, result) : result.message);
  return `${out.join("\n")}\n`;
}

/** What `--help` says of each option and example, in both UI languages. */
const HELP = {
  text: {
    en: "Duty text (one or more statements)",
    ko: "직무 문장(한 문장 이상)",
  },
  ...CODE_OPTION_HELP,
  title: {
    en: "The job title: reported when it points elsewhere (the title trap), never weighed",
    ko: "직무명: 다른 직종을 가리키면 알려 주지만(직무명 함정) 점수에는 반영하지 않습니다",
  },
  lang: {
    en: "Language of occupation names and questions in the output (default: the --ui language)",
    ko: "출력의 직종명과 질문 언어(기본값: --ui 언어)",
  },
  json: {
    en: "Print the full result as JSON",
    ko: "전체 결과를 JSON으로 출력합니다",
  },
  file: {
    en: "Read the duty text from a text file",
    ko: "직무 문장을 읽을 텍스트 파일",
  },
  stdin: {
    en: "Read the duty text from standard input",
    ko: "직무 문장을 표준 입력에서 읽습니다",
  },
  jsonl: {
    en: 'Batch: one {"id","text","code"?} per line; prints one {"id","ranking","verdict"} per line',
    ko: '일괄 처리할 파일: 한 줄에 {"id","text","code"?} 하나씩 받아, 한 줄에 {"id","ranking","verdict"} 하나씩 출력합니다',
  },
  example1: {
    en: "Rank occupations for one duty",
    ko: "직무 하나에 맞는 직종 순위",
  },
  example2: {
    en: "Check a filed code and title against duties",
    ko: "신청한 직종코드와 직무명을 직무와 대조",
  },
  example3: {
    en: "Batch mode",
    ko: "일괄 처리",
  },
} as const satisfies Record<string, UiText>;

export const matchCommand = defineCommand<MatchArgs>({
  builder: (yargs, ui) =>
    yargs
      .positional("text", {
        type: "string",
        array: true,
        default: [] as string[],
        describe: HELP.text[ui],
      })
      .option("code", { type: "string", describe: HELP.code[ui] })
      .option("edition", { type: "string", describe: HELP.edition[ui] })
      .option("title", {
        type: "string",
        describe: HELP.title[ui],
      })
      .option("lang", {
        choices: ["en", "ko"] as const,
        describe: HELP.lang[ui],
      })
      .option("json", { type: "boolean", default: false, describe: HELP.json[ui] })
      .option("file", { type: "string", describe: HELP.file[ui] })
      .option("stdin", { type: "boolean", default: false, describe: HELP.stdin[ui] })
      .option("jsonl", {
        type: "string",
        describe: HELP.jsonl[ui],
      })
      .example('$0 match "Develop and maintain the company\'s web platform"', HELP.example1[ui])
      .example('$0 match --code 2224 --title "Marketing manager" --file duties.txt', HELP.example2[ui])
      .example("$0 match --jsonl duties.jsonl", HELP.example3[ui]) as never,
  run: async (args, io) => {
    const texts = [...args.text, ...(args._ ?? []).slice(1).map(String)];
    const sources = [texts.length > 0, args.file !== undefined, args.stdin, args.jsonl !== undefined].filter(
      Boolean,
    ).length;
    if (sources !== 1) {
      throw new UsageError(
        sources === 0
          ? "match needs duty text."
          : "Give the duty text one way only: as arguments, --file, --stdin or --jsonl.",
        ['Example: e7-align match --code 2224 "Develop and maintain the company\'s web platform"'],
        {
          message:
            sources === 0
              ? "match에는 직무 문장이 필요합니다."
              : "직무 문장은 인수, --file, --stdin, --jsonl 가운데 한 가지 방법으로만 주십시오.",
          hints: ['예: e7-align match --code 2224 "회사 웹 플랫폼을 개발하고 유지보수한다"'],
        },
      );
    }
    const catalog = loadCatalog();
    if (args.edition) checkEdition(catalog, args.edition);
    if (args.jsonl !== undefined) {
      const { lines, findings } = matchJsonLines(catalog, await readInputFile(io, args.jsonl), args.jsonl, {
        ...(args.edition ? { edition: args.edition } : {}),
        full: args.json,
        // JSON changes language only when --ui is given, as validate's --json does.
        ...(args.ui ? { ui: args.ui } : {}),
      });
      io.stdout(lines.length ? `${lines.map((line) => JSON.stringify(line)).join("\n")}\n` : "");
      return findings ? EXIT.FINDINGS : EXIT.OK;
    }
    // Each TEXT argument is an item of its own (split further into sentences); a file or stdin is split as a whole.
    const text =
      args.file !== undefined ? await readInputFile(io, args.file) : args.stdin ? await readStdinText(io) : undefined;
    const split = text !== undefined ? [splitDutyText(text)] : texts.map((item) => splitDutyText(item));
    const input = text ?? split.flatMap((part) => part.duties);
    const skipped = split.flatMap((part) => part.skipped);
    const result = matchDuties(catalog, input, {
      ...(args.code !== undefined ? { selectedCode: args.code } : {}),
      ...(args.edition !== undefined ? { edition: args.edition } : {}),
      ...(args.title !== undefined ? { title: args.title } : {}),
    });
    if (args.json) {
      io.stdout(formatJson(args.ui === "ko" ? { ...result, message: matchMessageKo(catalog, result) } : result));
      return exitFor(result);
    }
    const ui = uiLangFrom(args.ui);
    io.stdout(formatResult(catalog, result, args.lang ?? ui, ui));
    if (skipped.length) {
      const lineCount = (n: number) => (ui === "ko" ? `${n}줄` : n === 1 ? "1 line" : `${n} lines`);
      const parts = skipped.map((part) =>
        fill(TEXT.skippedPart, ui, { heading: part.heading, lines: lineCount(part.lines) }),
      );
      io.stdout(`${fill(TEXT.skipped, ui, { parts: parts.join(", ") })}\n`);
    }
    return exitFor(result);
  },
});
