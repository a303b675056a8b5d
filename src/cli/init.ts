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
import type { UiLang } from "../checks/messages/ui-lang.js";
import { codeOf } from "../catalog/occupation-lookup.js";
import type { Occupation } from "../catalog/types.js";
import { defineCommand, type CliIo } from "./command.js";
import { formatJson, type UiText } from "./format.js";

interface InitArgs {
  code?: string;
  out: string;
  stdout: boolean;
  force: boolean;
  kind: "first" | "reapplication" | "supplement";
  interactive?: boolean;
  ui?: "ko" | "en";
}

/** The questions and answers' retry reasons, in the language of the UI. */
const Q = {
  en: {
    intro: "Answer what you know; press Enter to leave a <placeholder> for later.\n",
    occupation: "Occupation code, or a job title to search for (empty: decide later): ",
    candidates: (list: string) => `Candidates: ${list}. Type the code.`,
    badCode: (_answer: string, reason: string) => reason,
    noTitle: (answer: string) => `No occupation title matches "${answer}". Try other words, or a code.`,
    titleEn: "Job title in English (as in the contract): ",
    titleKo: "Job title in Korean (직무명): ",
    applicantName: "Applicant's full name as in the passport: ",
    employerNameKo: "Employer's registered name in Korean (상호): ",
    employerNameEn: "Employer's name in English: ",
    brn: "Business registration number (123-45-67890): ",
    brnFormat: "That is not 10 digits.",
    brnCheck: (expected: string) => `The check digit does not match (it would be ${expected}); copy the number again.`,
    date: "Planned filing date (YYYY-MM-DD): ",
    dateRetry: "Write a real date as YYYY-MM-DD.",
    salary: "Gross annual salary in won (e.g. 42000000): ",
    salaryRetry: "Write a whole number of won.",
    office: "Immigration office id, e.g. seoul-southern (empty: decide later): ",
    officeRetry: (ids: string) => `Not an office id. Ids: ${ids}.`,
    duty: (i: number) => `Duty ${i} in English as "text | share%" (empty line: done): `,
    dutyOther: (i: number) => `The same duty in Korean (직무 ${i}, 한국어; empty: fill in later): `,
    ended: "Standard input ended before the questions were answered; nothing was written.",
    endedHint: "Answer every question (an empty line keeps a placeholder), or run init without --interactive.",
    interrupted: "Stopped with Ctrl-C; nothing was written.",
    wrote: (file: string, label: string | undefined, n: number) =>
      `Wrote ${file}${label ? ` for ${label}` : ""} with ${n} <placeholders> to fill in.\n` +
      `Replace each one (delete optional lines you do not need), then run: e7-align validate ${file}\n`,
  },
  ko: {
    intro: "아는 것만 답하십시오. 그냥 Enter를 누르면 <자리표시>로 남겨 두고 나중에 채울 수 있습니다.\n",
    occupation: "직종코드 또는 검색할 직무명 (빈 칸: 나중에 결정): ",
    candidates: (list: string) => `후보: ${list}. 코드를 입력하십시오.`,
    badCode: (answer: string, reason: string) =>
      `코드 ${answer}: 신청할 수 있는 E-7 직종코드가 아닙니다. 직무명으로 검색하거나 다른 코드를 입력하십시오. (${reason})`,
    noTitle: (answer: string) => `"${answer}"에 맞는 직종명이 없습니다. 다른 말이나 코드로 입력하십시오.`,
    titleEn: "영문 직무명 (계약서에 적는 대로, Job title in English): ",
    titleKo: "직무명 (한국어): ",
    applicantName: "외국인 근로자의 이름 (여권에 적힌 대로): ",
    employerNameKo: "업체 상호 (한국어, 사업자등록증에 적힌 대로): ",
    employerNameEn: "업체 영문 이름: ",
    brn: "사업자등록번호 (123-45-67890): ",
    brnFormat: "10자리 숫자가 아닙니다.",
    brnCheck: (expected: string) =>
      `검증 숫자가 맞지 않습니다(끝자리가 ${expected}이어야 함). 번호를 다시 확인하십시오.`,
    date: "신청 예정일 (YYYY-MM-DD): ",
    dateRetry: "실제 날짜를 YYYY-MM-DD 형식으로 쓰십시오.",
    salary: "연봉 총액(원, 예: 42000000): ",
    salaryRetry: "원 단위 정수로 쓰십시오.",
    office: "관할 출입국·외국인관서 id (예: seoul-southern, 빈 칸: 나중에 결정): ",
    officeRetry: (ids: string) => `관서 id가 아닙니다. id 목록: ${ids}.`,
    duty: (i: number) => `직무 ${i} (한국어, "내용 | 비율%" 형식; 빈 줄: 끝): `,
    dutyOther: (i: number) => `같은 직무를 영어로 (Duty ${i} in English; 빈 칸: 나중에 채움): `,
    ended: "질문에 모두 답하기 전에 표준 입력이 끝났습니다. 아무 파일도 쓰지 않았습니다.",
    endedHint: "모든 질문에 답하거나(빈 줄은 자리표시로 남김) --interactive 없이 init을 실행하십시오.",
    interrupted: "Ctrl-C로 중단했습니다. 아무 파일도 쓰지 않았습니다.",
    wrote: (file: string, label: string | undefined, n: number) =>
      `${file} 파일을 만들었습니다${label ? `(${label})` : ""}. 채울 <자리표시> ${n}곳이 남아 있습니다.\n` +
      `각 자리표시를 바꾸고(필요 없는 선택 항목은 지우고) 다음을 실행하십시오: e7-align validate ${file}\n`,
  },
} as const;

/** The occupation's label in the UI language: the Korean name alone under Korean, as the other commands print it. */
function labelIn(occupation: Occupation, ui: UiLang): string {
  return ui === "ko" ? `${codeOf(occupation)} ${occupation.nameKo}` : occupationLabel(occupation);
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
  ui: UiLang = "en",
): Promise<StartingCaseAnswers> {
  const q = Q[ui];
  let occupation = preset.occupation;
  if (!occupation) {
    occupation = await askUntil(ask, q.occupation, (answer) => {
      if (/^[Ss]?\d{3,5}$/.test(answer)) {
        try {
          return { value: requireOccupation(catalog, answer).occupation };
        } catch (error) {
          return { retry: q.badCode(answer, (error as Error).message) };
        }
      }
      const found = searchOccupations(catalog, answer).candidates.slice(0, 5);
      return {
        retry:
          found.length > 0 ? q.candidates(found.map((c) => labelIn(c.occupation, ui)).join("; ")) : q.noTitle(answer),
      };
    });
  }
  const text = async (question: string): Promise<string | undefined> => (await ask(question)).trim() || undefined;
  // Korean users are asked for the Korean title first; English users for the English one.
  let titleEn: string | undefined;
  let titleKo: string | undefined;
  if (ui === "ko") {
    titleKo = await text(q.titleKo);
    titleEn = await text(q.titleEn);
  } else {
    titleEn = await text(q.titleEn);
    titleKo = await text(q.titleKo);
  }
  const applicantName = await text(q.applicantName);
  const employerNameKo = await text(q.employerNameKo);
  const employerNameEn = await text(q.employerNameEn);
  const businessRegistrationNumber = await askUntil(ask, q.brn, (answer) => {
    const check = checkBusinessRegistrationNumber(answer);
    if (check.valid)
      return { value: `${check.digits.slice(0, 3)}-${check.digits.slice(3, 5)}-${check.digits.slice(5)}` };
    return {
      retry: check.reason === "format" ? q.brnFormat : q.brnCheck(String(check.expected)),
    };
  });
  const plannedFilingDate = await askUntil(ask, q.date, (answer) =>
    /^\d{4}-\d{2}-\d{2}$/.test(answer) &&
    !Number.isNaN(Date.parse(`${answer}T00:00:00Z`)) &&
    new Date(`${answer}T00:00:00Z`).toISOString().startsWith(answer)
      ? { value: answer }
      : { retry: q.dateRetry },
  );
  const annualSalaryKrw = await askUntil(ask, q.salary, (answer) => {
    const value = Number(answer.replace(/[,\s원₩]|KRW/g, ""));
    return Number.isInteger(value) && value > 0 ? { value } : { retry: q.salaryRetry };
  });
  const offices = loadOffices().offices;
  const immigrationOffice = await askUntil(ask, q.office, (answer) =>
    offices.some((o) => o.id === answer)
      ? { value: answer }
      : { retry: q.officeRetry(offices.map((o) => o.id).join(", ")) },
  );
  const duties: { text: { en: string; ko?: string } | { en?: string; ko: string }; share: number }[] = [];
  for (let i = 1; i <= 10; i += 1) {
    const duty = await text(q.duty(i));
    if (!duty) break;
    const match = /^(.*?)\s*\|\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(duty);
    // Both languages are asked for, because Korean documents print the Korean text and English ones the English.
    const other = await text(q.dutyOther(i));
    const first = match ? match[1]! : duty;
    const share = match ? Number(match[2]) : 0;
    if (ui === "ko") duties.push({ text: other ? { ko: first, en: other } : { ko: first }, share });
    else duties.push({ text: other ? { en: first, ko: other } : { en: first }, share });
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
async function terminalAsk(ui: UiLang): Promise<{ ask: Ask; close: () => void }> {
  const { createInterface } = await import("node:readline");
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  // Lines are queued, so piped answers are not lost, and an input that ends rejects the question it leaves open
  // (otherwise Node exits 13 on the never-settled promise).
  const lines: string[] = [];
  let ended = false;
  let waiting: { resolve: (line: string) => void; reject: (error: Error) => void } | undefined;
  let interrupted = false;
  const endedError = (): UsageError =>
    interrupted ? new UsageError(Q[ui].interrupted) : new UsageError(Q[ui].ended, [Q[ui].endedHint]);
  // In a terminal readline takes Ctrl-C itself; without this it would only pause the input and leave init hanging.
  rl.on("SIGINT", () => {
    interrupted = true;
    rl.close();
  });
  rl.on("line", (line) => {
    if (waiting) {
      const w = waiting;
      waiting = undefined;
      w.resolve(line);
    } else lines.push(line);
  });
  rl.on("close", () => {
    ended = true;
    const w = waiting;
    waiting = undefined;
    w?.reject(endedError());
  });
  const ask: Ask = (question) => {
    rl.setPrompt(question);
    rl.prompt();
    const line = lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (ended) return Promise.reject(endedError());
    return new Promise((resolve, reject) => {
      waiting = { resolve, reject };
    });
  };
  return { ask, close: () => rl.close() };
}

/** What `--help` says of each option and example, in both UI languages. */
const HELP = {
  code: {
    en: "Occupation code to start from (e.g. 2224)",
    ko: "시작할 직종코드(예: 2224)",
  },
  out: {
    en: "Where to write the case file",
    ko: "신청 건 정보 파일을 쓸 경로",
  },
  stdout: {
    en: "Print the case file instead of writing it",
    ko: "파일로 쓰지 않고 출력합니다",
  },
  force: {
    en: "Overwrite an existing file",
    ko: "기존 파일을 덮어씁니다",
  },
  kind: {
    en: "What is being filed (reapplication and supplement add priorApplication)",
    ko: "신청 종류(reapplication과 supplement는 priorApplication을 추가합니다)",
  },
  interactive: {
    en: "Ask the questions (default: only when run in a terminal)",
    ko: "질문을 합니다(기본값: 터미널에서 실행할 때만)",
  },
  example1: {
    en: "A starting case for a web developer",
    ko: "웹 개발자용 첫 신청 건 정보 파일",
  },
  example2: {
    en: "Print a starting case",
    ko: "첫 신청 건 정보 파일을 출력",
  },
} as const satisfies Record<string, UiText>;

export const initCommand = defineCommand<InitArgs>({
  builder: (yargs, ui) =>
    yargs
      .option("code", { type: "string", describe: HELP.code[ui] })
      .option("out", { type: "string", default: "case.json", describe: HELP.out[ui] })
      .option("stdout", { type: "boolean", default: false, describe: HELP.stdout[ui] })
      .option("force", { type: "boolean", default: false, describe: HELP.force[ui] })
      .option("kind", {
        choices: ["first", "reapplication", "supplement"] as const,
        default: "first" as const,
        describe: HELP.kind[ui],
      })
      .option("interactive", { type: "boolean", describe: HELP.interactive[ui] })
      .example("$0 init --code 2224 --out web-developer.json", HELP.example1[ui])
      .example("$0 init --code 2351 --stdout", HELP.example2[ui]) as never,
  run: async (args, io: CliIo) => {
    const catalog = loadCatalog();
    const { uiLangFrom } = await import("../checks/messages/ui-lang.js");
    const target = args.stdout ? undefined : path.resolve(io.cwd, args.out);
    if (target && existsSync(target) && !args.force) {
      throw new UsageError(
        `${args.out} already exists; init never overwrites a file.`,
        ["Pass --force to overwrite it, or choose another name with --out."],
        {
          message: `${args.out}: 파일이 이미 있습니다. init은 파일을 덮어쓰지 않습니다.`,
          hints: ["덮어쓰려면 --force를 주거나, --out으로 다른 이름을 지정하십시오."],
        },
      );
    }
    const preset: StartingCaseAnswers = {
      kind: args.kind,
      ...(args.code ? { occupation: requireOccupation(catalog, args.code).occupation } : {}),
    };
    let answers = preset;
    const ui = uiLangFrom(args.ui);
    if (args.interactive ?? (io.isTTY && target !== undefined)) {
      const terminal = await terminalAsk(ui);
      try {
        io.stdout(Q[ui].intro);
        answers = await askStartingCaseAnswers(catalog, terminal.ask, preset, ui);
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
        {
          message: `파일을 쓸 수 없습니다(${code ?? String(error)}).`,
          hints: [
            code === "EEXIST"
              ? "덮어쓰려면 --force를 주거나, --out으로 다른 이름을 지정하십시오."
              : "폴더가 있고 쓸 수 있는지 확인하거나, 다른 --out을 지정하십시오.",
          ],
        },
      );
    }
    const placeholders = (json.match(/"<[^"<>]+>"/g) ?? []).length;
    io.stdout(Q[ui].wrote(args.out, answers.occupation ? labelIn(answers.occupation, ui) : undefined, placeholders));
    return EXIT.OK;
  },
});
