/** `e7-align match`: ranks the E-7 occupations for duty text and judges a filed code; `--jsonl` for batches. */
import path from "node:path";
import { EXIT, UsageError, type ExitCode } from "../errors.js";
import { loadCatalog } from "../catalog/load-catalog.js";
import { checkEdition } from "../catalog/resolve-code.js";
import type { Catalog } from "../catalog/types.js";
import { matchDuties } from "../match/match-duties.js";
import { readPlainText, readTextFile } from "../readers/read-plain-text.js";
import { isMatchFinding, matchJsonLines } from "../match/match-jsonl.js";
import { splitDuties } from "../match/split-statements.js";
import type { MatchResult } from "../match/types.js";
import { defineCommand, type CliIo } from "./command.js";
import { formatJson } from "./format.js";
import { findOccupation } from "../catalog/occupation-lookup.js";

interface MatchArgs {
  text: string[];
  /** Words after `--` (text that starts with "-", such as a pasted bullet list), after the command name. */
  _?: (string | number)[];
  code?: string;
  edition?: string;
  title?: string;
  lang: "en" | "ko";
  json: boolean;
  file?: string;
  stdin: boolean;
  jsonl?: string;
}

const TOP = 5;

/** Largest --file or --jsonl input: the matcher reads at most 5 million characters anyway. */
const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;

/** A --file or --jsonl file: capped (/dev/zero or a 2 GB log given by mistake is not read into memory), and text, not binary or EUC-KR. */
function readInputFile(io: CliIo, file: string): Promise<string> {
  return readTextFile(path.resolve(io.cwd, file), {
    name: file,
    maxBytes: MAX_TEXT_FILE_BYTES,
    label: "a duty text file",
    hints: ["Check the path, or pass the text directly or with --stdin."],
  });
}

/** Standard input with the limit and strict text rules of --file. */
async function readStdinText(io: CliIo): Promise<string> {
  const bytes = await io.readStdin({ maxBytes: MAX_TEXT_FILE_BYTES, label: "duty text" });
  return (await readPlainText(bytes, { name: "standard input", limits: { maxBytes: MAX_TEXT_FILE_BYTES } })).text;
}

function nameOf(catalog: Catalog, code: string, lang: "en" | "ko"): string {
  const occupation = findOccupation(catalog, code);
  if (!occupation) return code;
  return lang === "ko" ? `${occupation.nameKo} (${occupation.nameEn})` : `${occupation.nameEn} (${occupation.nameKo})`;
}

/** Exit code of a result: 1 when it is a finding (see isMatchFinding), else 0. */
const exitFor = (result: MatchResult): ExitCode => (isMatchFinding(result) ? EXIT.FINDINGS : EXIT.OK);

function formatResult(catalog: Catalog, result: MatchResult, lang: "en" | "ko"): string {
  const out: string[] = [];
  const many = result.statements.length > 1;
  for (const statement of result.statements) {
    out.push(
      `${many ? `Statement ${statement.index + 1} (weight ${Math.round(statement.weight * 100)}%): ` : "Statement: "}${statement.text}`,
    );
    if (statement.generic) {
      out.push("  too generic to classify: it names no concrete task, tool or output.", "");
      continue;
    }
    statement.ranking.slice(0, TOP).forEach((entry, rank) => {
      out.push(
        `  ${rank + 1}. ${entry.code.padEnd(6)} ${entry.score.toFixed(3)}  ${nameOf(catalog, entry.code, lang)}`,
      );
    });
    out.push(`  verdict: ${statement.verdict}, margin ${statement.margin.toFixed(3)}`);
    for (const evidence of statement.evidence
      .filter((e) => e.code === statement.bestCode || e.code === result.selectedCode)
      .slice(0, 4)) {
      const against = evidence.against.length > 110 ? `${evidence.against.slice(0, 107)}...` : evidence.against;
      out.push(`  evidence for ${evidence.code}: "${evidence.matched}" ~ ${evidence.source} "${against}"`);
    }
    out.push("");
  }
  out.push(
    `Whole text: ${result.verdict.toUpperCase()}${result.selectedCode ? ` for ${result.selectedCode}` : ""}; best ${result.bestCode} ${nameOf(catalog, result.bestCode, lang)}, margin ${result.margin.toFixed(3)}, confidence ${result.confidence}.`,
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
      `Separating question (${result.selectedCode ?? result.bestCode} vs ${result.rival.code}): ${lang === "ko" ? result.rival.question.ko : result.rival.question.en}`,
    );
  out.push(result.message);
  return `${out.join("\n")}\n`;
}

export const matchCommand = defineCommand<MatchArgs>({
  builder: (yargs) =>
    yargs
      .positional("text", {
        type: "string",
        array: true,
        default: [] as string[],
        describe: "Duty text (one or more statements)",
      })
      .option("code", { type: "string", describe: "The occupation code filed (any list edition)" })
      .option("edition", { type: "string", describe: "List edition of --code (2026-09, ksco7-list, ksco6-list)" })
      .option("title", {
        type: "string",
        describe: "The job title: reported when it points elsewhere (the title trap), never weighed",
      })
      .option("lang", {
        choices: ["en", "ko"] as const,
        default: "en" as const,
        describe: "Language of names and questions in the output",
      })
      .option("json", { type: "boolean", default: false, describe: "Print the full result as JSON" })
      .option("file", { type: "string", describe: "Read the duty text from a text file" })
      .option("stdin", { type: "boolean", default: false, describe: "Read the duty text from standard input" })
      .option("jsonl", {
        type: "string",
        describe: 'Batch: one {"id","text","code"?} per line; prints one {"id","ranking","verdict"} per line',
      })
      .example('$0 match "Develop and maintain the company\'s web platform"', "Rank occupations for one duty")
      .example(
        '$0 match --code 2224 --title "Marketing manager" --file duties.txt',
        "Check a filed code and title against duties",
      )
      .example("$0 match --jsonl duties.jsonl", "Batch mode") as never,
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
      );
    }
    const catalog = loadCatalog();
    if (args.edition) checkEdition(catalog, args.edition);
    if (args.jsonl !== undefined) {
      const { lines, findings } = matchJsonLines(catalog, await readInputFile(io, args.jsonl), args.jsonl, {
        ...(args.edition ? { edition: args.edition } : {}),
        full: args.json,
      });
      io.stdout(lines.length ? `${lines.map((line) => JSON.stringify(line)).join("\n")}\n` : "");
      return findings ? EXIT.FINDINGS : EXIT.OK;
    }
    // Each TEXT argument is an item of its own (split further into sentences); a file or stdin is split as a whole.
    const text =
      args.file !== undefined ? await readInputFile(io, args.file) : args.stdin ? await readStdinText(io) : undefined;
    const input = text ?? texts.flatMap((item) => splitDuties(item));
    const result = matchDuties(catalog, input, {
      ...(args.code !== undefined ? { selectedCode: args.code } : {}),
      ...(args.edition !== undefined ? { edition: args.edition } : {}),
      ...(args.title !== undefined ? { title: args.title } : {}),
    });
    io.stdout(args.json ? formatJson(result) : formatResult(catalog, result, args.lang));
    return exitFor(result);
  },
});
