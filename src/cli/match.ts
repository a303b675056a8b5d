/** `e7-align match`: ranks the E-7 occupations for duty text and judges a filed code; `--jsonl` for batches. */
import path from "node:path";
import { E7Error, EXIT, InputFileError, UsageError, type ExitCode } from "../errors.js";
import { loadCatalog } from "../catalog/load-catalog.js";
import { checkEdition } from "../catalog/resolve-code.js";
import type { Catalog } from "../catalog/types.js";
import { readFileLimited } from "../io/read-file-limited.js";
import { matchDuties } from "../match/match-duties.js";
import { readPlainText } from "../readers/read-plain-text.js";
import { splitDuties } from "../match/split-statements.js";
import type { MatchResult } from "../match/types.js";
import { defineCommand, type CliIo } from "./command.js";
import { formatJson } from "./format.js";

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
/** Entries of the ranking written per line in batch mode (the contract asks for at least five). */
const BATCH_TOP = 10;

/** Largest --file or --jsonl input: the matcher reads at most 5 million characters anyway. */
const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;

async function readInputFile(io: CliIo, file: string): Promise<string> {
  const full = path.resolve(io.cwd, file);
  let bytes: Uint8Array;
  try {
    // Capped read: /dev/zero or a 2 GB log given by mistake must not be read into memory.
    bytes = await readFileLimited(full, { maxBytes: MAX_TEXT_FILE_BYTES, label: "a duty text file" });
  } catch (error) {
    if (error instanceof E7Error) throw error;
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found." : `cannot be read (${(error as Error).message}).`;
    throw new InputFileError(file, reason, ["Check the path, or pass the text directly or with --stdin."]);
  }
  // The readers' strict text rules: binary data or another encoding (EUC-KR) is an input error, not duty text.
  return (await readPlainText(bytes, { name: file, limits: { maxBytes: MAX_TEXT_FILE_BYTES } })).text;
}

/** Standard input with the limit and strict text rules of --file. */
async function readStdinText(io: CliIo): Promise<string> {
  const bytes = await io.readStdin({ maxBytes: MAX_TEXT_FILE_BYTES, label: "duty text" });
  return (await readPlainText(bytes, { name: "standard input", limits: { maxBytes: MAX_TEXT_FILE_BYTES } })).text;
}

function nameOf(catalog: Catalog, code: string, lang: "en" | "ko"): string {
  const occupation = catalog.byCode.get(code) ?? catalog.byId.get(code);
  if (!occupation) return code;
  return lang === "ko" ? `${occupation.nameKo} (${occupation.nameEn})` : `${occupation.nameEn} (${occupation.nameKo})`;
}

/** Exit code of a result: 0 for match (or when no code was filed), 1 for ambiguous, mismatch, unsupported or excluded. */
function exitFor(result: MatchResult): ExitCode {
  // An excluded role is a finding even without a filed code: its best code rules it out.
  if (result.verdict === "unsupported" || result.verdict === "excluded") return EXIT.FINDINGS;
  if (result.selectedCode === undefined) return EXIT.OK;
  return result.verdict === "match" ? EXIT.OK : EXIT.FINDINGS;
}

function formatResult(catalog: Catalog, result: MatchResult, lang: "en" | "ko"): string {
  const out: string[] = [];
  const many = result.statements.length > 1;
  for (const statement of result.statements) {
    out.push(`${many ? `Statement ${statement.index + 1} (weight ${Math.round(statement.weight * 100)}%): ` : "Statement: "}${statement.text}`);
    if (statement.generic) {
      out.push("  too generic to classify: it names no concrete task, tool or output.", "");
      continue;
    }
    statement.ranking.slice(0, TOP).forEach((entry, rank) => {
      out.push(`  ${rank + 1}. ${entry.code.padEnd(6)} ${entry.score.toFixed(3)}  ${nameOf(catalog, entry.code, lang)}`);
    });
    out.push(`  verdict: ${statement.verdict}, margin ${statement.margin.toFixed(3)}`);
    for (const evidence of statement.evidence.filter((e) => e.code === statement.bestCode || e.code === result.selectedCode).slice(0, 4)) {
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
    out.push(...result.ranking.slice(0, TOP).map((entry, rank) => `  ${rank + 1}. ${entry.code.padEnd(6)} ${entry.score.toFixed(3)}  ${nameOf(catalog, entry.code, lang)}`));
  }
  if (result.rival?.question) out.push(`Separating question (${result.selectedCode ?? result.bestCode} vs ${result.rival.code}): ${lang === "ko" ? result.rival.question.ko : result.rival.question.en}`);
  out.push(result.message);
  return out.join("\n") + "\n";
}

async function runBatch(catalog: Catalog, args: MatchArgs, io: CliIo): Promise<ExitCode> {
  const file = args.jsonl!;
  const content = await readInputFile(io, file);
  const lines = content.split(/\r?\n/);
  const outputs: string[] = [];
  let exit: ExitCode = EXIT.OK;
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    let item: { id?: unknown; text?: unknown; code?: unknown };
    try {
      item = JSON.parse(line) as typeof item;
    } catch (error) {
      throw new InputFileError(file, `line ${i + 1} is not valid JSON (${(error as Error).message}).`, ['Each line is one object: {"id": "a1", "text": "…", "code": "2224"} (code optional).']);
    }
    if (item === null || typeof item !== "object" || Array.isArray(item) || typeof item.text !== "string") {
      throw new InputFileError(file, `line ${i + 1} needs a "text" string.`, ['Each line is one object: {"id": "a1", "text": "…", "code": "2224"} (code optional).']);
    }
    if (item.code !== undefined && typeof item.code !== "string") throw new InputFileError(file, `line ${i + 1}: "code" must be a string such as "2224".`);
    let result: MatchResult;
    try {
      result = matchDuties(catalog, item.text, { ...(item.code ? { selectedCode: item.code } : {}), ...(args.edition ? { edition: args.edition } : {}) });
    } catch (error) {
      if (error instanceof E7Error) throw new InputFileError(file, `line ${i + 1}: ${error.message}`, error.hints);
      throw error;
    }
    const line_ = {
      id: item.id ?? i + 1,
      ranking: result.ranking.slice(0, BATCH_TOP),
      verdict: result.verdict,
      ...(args.json ? { bestCode: result.bestCode, confidence: result.confidence, margin: result.margin, message: result.message } : {}),
    };
    outputs.push(JSON.stringify(line_));
    if (exitFor(result) !== EXIT.OK) exit = EXIT.FINDINGS;
  }
  io.stdout(outputs.length ? `${outputs.join("\n")}\n` : "");
  return exit;
}

export const matchCommand = defineCommand<MatchArgs>({
  builder: (yargs) =>
    yargs
      .positional("text", { type: "string", array: true, default: [] as string[], describe: "Duty text (one or more statements)" })
      .option("code", { type: "string", describe: "The occupation code filed (any list edition)" })
      .option("edition", { type: "string", describe: "List edition of --code (2026-09, ksco7-list, ksco6-list)" })
      .option("title", { type: "string", describe: "The job title: reported when it points elsewhere (the title trap), never weighed" })
      .option("lang", { choices: ["en", "ko"] as const, default: "en" as const, describe: "Language of names and questions in the output" })
      .option("json", { type: "boolean", default: false, describe: "Print the full result as JSON" })
      .option("file", { type: "string", describe: "Read the duty text from a text file" })
      .option("stdin", { type: "boolean", default: false, describe: "Read the duty text from standard input" })
      .option("jsonl", { type: "string", describe: 'Batch: one {"id","text","code"?} per line; prints one {"id","ranking","verdict"} per line' })
      .example('$0 match "Develop and maintain the company\'s web platform"', "Rank occupations for one duty")
      .example("$0 match --code 2224 --title \"Marketing manager\" --file duties.txt", "Check a filed code and title against duties")
      .example("$0 match --jsonl duties.jsonl", "Batch mode") as never,
  run: async (args, io) => {
    const texts = [...args.text, ...(args._ ?? []).slice(1).map(String)];
    const sources = [texts.length > 0, args.file !== undefined, args.stdin, args.jsonl !== undefined].filter(Boolean).length;
    if (sources !== 1) {
      throw new UsageError(sources === 0 ? "match needs duty text." : "Give the duty text one way only: as arguments, --file, --stdin or --jsonl.", [
        'Example: e7-align match --code 2224 "Develop and maintain the company\'s web platform"',
      ]);
    }
    const catalog = loadCatalog();
    if (args.edition) checkEdition(catalog, args.edition);
    if (args.jsonl !== undefined) return runBatch(catalog, args, io);
    // Each TEXT argument is an item of its own (split further into sentences); a file or stdin is split as a whole.
    const text = args.file !== undefined ? await readInputFile(io, args.file) : args.stdin ? await readStdinText(io) : undefined;
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
