/** `e7-align init [--code C] [--out case.json] [--force]`: writes a starting case file; in a terminal it asks the questions first. */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { ERR, EXIT, InputFileError, UsageError } from "../errors.js";
import { loadCatalog } from "../catalog/load-catalog.js";
import { occupationLabel, requireOccupation } from "../catalog/resolve-code.js";
import { searchOccupations } from "../catalog/search-occupations.js";
import type { Catalog } from "../catalog/types.js";
import { buildStartingCase, type StartingCaseAnswers } from "../case/build-starting-case.js";
import { checkBusinessRegistrationNumber } from "../case/business-registration-number.js";
import { loadOffices } from "../case/immigration-offices.js";
import { SCHEMAS_DIR } from "../paths.js";
import { defineCommand, type CliIo } from "./command.js";
import { formatJson } from "./format.js";

interface InitArgs {
  code?: string;
  out: string;
  stdout: boolean;
  force: boolean;
  kind: "first" | "reapplication" | "supplement";
  interactive?: boolean;
}

/** Asks one question and returns the trimmed answer ("" keeps the placeholder). */
export type Ask = (question: string) => Promise<string>;

/** A parsed answer, or why it was not accepted. */
type Parsed<T> = { readonly value: T } | { readonly retry: string };

/** Asks until `parse` accepts the answer or the answer is empty (skip), repeating the reason for a rejected answer. */
async function askUntil<T>(ask: Ask, question: string, parse: (answer: string) => Parsed<T>): Promise<T | undefined> {
  let prompt = question;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const answer = (await ask(prompt)).trim();
    if (!answer) return undefined;
    const parsed = parse(answer);
    if ("value" in parsed) return parsed.value;
    prompt = `${parsed.retry}\n${question}`;
  }
  return undefined;
}

/**
 * The interactive questions. Empty answers keep the placeholder; a code can be found by typing a job title.
 * Exported for tests, which answer with a scripted `ask`.
 */
export async function askStartingCaseAnswers(
  catalog: Catalog,
  ask: Ask,
  preset: StartingCaseAnswers,
): Promise<StartingCaseAnswers> {
  let occupation = preset.occupation;
  if (!occupation) {
    occupation = await askUntil(
      ask,
      "Occupation code, or a job title to search for (empty: decide later): ",
      (answer) => {
        if (/^[Ss]?\d{3,5}$/.test(answer)) {
          try {
            return { value: requireOccupation(catalog, answer).occupation };
          } catch (error) {
            return { retry: (error as Error).message };
          }
        }
        const found = searchOccupations(catalog, answer).candidates.slice(0, 5);
        return {
          retry:
            found.length > 0
              ? `Candidates: ${found.map((c) => occupationLabel(c.occupation)).join("; ")}. Type the code.`
              : `No occupation title matches "${answer}". Try other words, or a code.`,
        };
      },
    );
  }
  const text = async (question: string): Promise<string | undefined> => (await ask(question)).trim() || undefined;
  const titleEn = await text("Job title in English (as in the contract): ");
  const titleKo = await text("Job title in Korean (직무명): ");
  const applicantName = await text("Applicant's full name as in the passport: ");
  const employerNameKo = await text("Employer's registered name in Korean (상호): ");
  const employerNameEn = await text("Employer's name in English: ");
  const businessRegistrationNumber = await askUntil(ask, "Business registration number (123-45-67890): ", (answer) => {
    const check = checkBusinessRegistrationNumber(answer);
    if (check.valid)
      return { value: `${check.digits.slice(0, 3)}-${check.digits.slice(3, 5)}-${check.digits.slice(5)}` };
    return {
      retry:
        check.reason === "format"
          ? "That is not 10 digits."
          : `The check digit does not match (it would be ${check.expected}); copy the number again.`,
    };
  });
  const plannedFilingDate = await askUntil(ask, "Planned filing date (YYYY-MM-DD): ", (answer) =>
    /^\d{4}-\d{2}-\d{2}$/.test(answer) &&
    !Number.isNaN(Date.parse(`${answer}T00:00:00Z`)) &&
    new Date(`${answer}T00:00:00Z`).toISOString().startsWith(answer)
      ? { value: answer }
      : { retry: "Write a real date as YYYY-MM-DD." },
  );
  const annualSalaryKrw = await askUntil(ask, "Gross annual salary in won (e.g. 42000000): ", (answer) => {
    const value = Number(answer.replace(/[,\s원₩]|KRW/g, ""));
    return Number.isInteger(value) && value > 0 ? { value } : { retry: "Write a whole number of won." };
  });
  const offices = loadOffices().offices;
  const immigrationOffice = await askUntil(
    ask,
    "Immigration office id, e.g. seoul-southern (empty: decide later): ",
    (answer) =>
      offices.some((o) => o.id === answer)
        ? { value: answer }
        : { retry: `Not an office id. Ids: ${offices.map((o) => o.id).join(", ")}.` },
  );
  const duties: { text: { en: string; ko?: string }; share: number }[] = [];
  for (let i = 1; i <= 10; i += 1) {
    const duty = await text(`Duty ${i} in English as "text | share%" (empty line: done): `);
    if (!duty) break;
    const match = /^(.*?)\s*\|\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(duty);
    // Both languages are asked for, because Korean documents print the Korean text and English ones the English.
    const ko = await text(`The same duty in Korean (직무 ${i}, 한국어; empty: fill in later): `);
    const en = match ? match[1]! : duty;
    duties.push({ text: ko ? { en, ko } : { en }, share: match ? Number(match[2]) : 0 });
  }
  return {
    ...preset,
    ...(occupation ? { occupation } : {}),
    ...(titleEn ? { titleEn } : {}),
    ...(titleKo ? { titleKo } : {}),
    ...(applicantName ? { applicantName } : {}),
    ...(employerNameKo ? { employerNameKo } : {}),
    ...(employerNameEn ? { employerNameEn } : {}),
    ...(businessRegistrationNumber ? { businessRegistrationNumber } : {}),
    ...(plannedFilingDate ? { plannedFilingDate } : {}),
    ...(annualSalaryKrw ? { annualSalaryKrw } : {}),
    ...(immigrationOffice ? { immigrationOffice } : {}),
    ...(duties.length > 0 ? { duties } : {}),
  };
}

/** A line-by-line question asker on the terminal; closed by the caller. */
async function terminalAsk(): Promise<{ ask: Ask; close: () => void }> {
  const { createInterface } = await import("node:readline/promises");
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  return { ask: (question) => rl.question(question), close: () => rl.close() };
}

export const initCommand = defineCommand<InitArgs>({
  builder: (yargs) =>
    yargs
      .option("code", { type: "string", describe: "Occupation code to start from (e.g. 2224)" })
      .option("out", { type: "string", default: "case.json", describe: "Where to write the case file" })
      .option("stdout", { type: "boolean", default: false, describe: "Print the case file instead of writing it" })
      .option("force", { type: "boolean", default: false, describe: "Overwrite an existing file" })
      .option("kind", {
        choices: ["first", "reapplication", "supplement"] as const,
        default: "first" as const,
        describe: "What is being filed (reapplication and supplement add priorApplication)",
      })
      .option("interactive", { type: "boolean", describe: "Ask the questions (default: only when run in a terminal)" })
      .example("$0 init --code 2224 --out web-developer.json", "A starting case for a web developer")
      .example("$0 init --code 2351 --stdout", "Print a starting case") as never,
  run: async (args, io: CliIo) => {
    const catalog = loadCatalog();
    const target = args.stdout ? undefined : path.resolve(io.cwd, args.out);
    if (target && existsSync(target) && !args.force) {
      throw new UsageError(`${args.out} already exists; init never overwrites a file.`, [
        "Pass --force to overwrite it, or choose another name with --out.",
      ]);
    }
    const preset: StartingCaseAnswers = {
      kind: args.kind,
      ...(args.code ? { occupation: requireOccupation(catalog, args.code).occupation } : {}),
    };
    let answers = preset;
    if (args.interactive ?? (io.isTTY && target !== undefined)) {
      const terminal = await terminalAsk();
      try {
        io.stdout("Answer what you know; press Enter to leave a <placeholder> for later.\n");
        answers = await askStartingCaseAnswers(catalog, terminal.ask, preset);
      } finally {
        terminal.close();
      }
    }
    const schemaPath = path.join(SCHEMAS_DIR, "case.schema.json");
    const schemaRef = path
      .relative(target ? path.dirname(target) : io.cwd, schemaPath)
      .split(path.sep)
      .join("/");
    const json = formatJson(buildStartingCase(schemaRef, answers));
    if (!target) {
      io.stdout(json);
      return EXIT.OK;
    }
    try {
      // Owner-only: once filled in (or answered interactively), the case holds personal data.
      await writeFile(target, json, { flag: args.force ? "w" : "wx", mode: 0o600 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputFileError(
        args.out,
        `cannot be written (${code ?? String(error)}).`,
        [
          code === "EEXIST"
            ? "Pass --force to overwrite it, or choose another name with --out."
            : "Check that its folder exists and is writable, or choose another --out.",
        ],
        ERR.E_WRITE_FAILED,
      );
    }
    const placeholders = (json.match(/"<[^"<>]+>"/g) ?? []).length;
    io.stdout(
      `Wrote ${args.out}${answers.occupation ? ` for ${occupationLabel(answers.occupation)}` : ""} with ${placeholders} <placeholders> to fill in.\n` +
        `Replace each one (delete optional lines you do not need), then run: e7-align validate ${args.out}\n`,
    );
    return EXIT.OK;
  },
});
