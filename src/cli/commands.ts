/**
 * The commands the CLI offers: each one's usage and description here, its module (and the libraries that module
 * imports) loaded only when the command runs, so `--help` and `match` never read the code of the other commands.
 */
import type { UiLang } from "../checks/messages/ui-lang.js";
import type { CliCommand } from "./command.js";

/** One registered command: what `--help` lists, and how to load the rest. */
export interface CommandEntry {
  /** yargs usage: the name, then positional arguments ("match [text..]"). */
  readonly command: string;
  /** What `--help` says the command does, in each UI language. */
  readonly describe: Readonly<Record<UiLang, string>>;
  /** Imports the command's module; its options (builder) and run live there. */
  readonly load: () => Promise<CliCommand<never>>;
}

/** Each command keeps its own argument type; the registry only needs their common shape. */
const erase = <A>(command: CliCommand<A>): CliCommand<never> => command as unknown as CliCommand<never>;

export const commands: readonly CommandEntry[] = [
  {
    command: "codes <action> [terms..]",
    describe: {
      en: "List, show or search the E-7 designated occupations",
      ko: "E-7 지정 직종을 나열하거나, 한 직종을 보여 주거나, 검색합니다",
    },
    load: async () => erase((await import("./codes.js")).codesCommand),
  },
  {
    command: "match [text..]",
    describe: {
      en: "Rank the E-7 occupations for duty text and check a filed code against it",
      ko: "직무 문장에 맞는 E-7 직종의 순위를 매기고, 신청한 직종코드가 직무에 맞는지 점검합니다",
    },
    load: async () => erase((await import("./match.js")).matchCommand),
  },
  {
    command: "verify",
    describe: {
      en: "Check an existing contract and/or Recruitment Reason Statement (.docx, .hwpx, .pdf, .txt, .md) against the filed code",
      ko: "기존 고용계약서와 고용사유서(.docx, .hwpx, .pdf, .txt, .md)가 신청한 직종코드에 맞는지 점검합니다",
    },
    load: async () => erase((await import("./verify.js")).verifyCommand),
  },
  {
    command: "validate [case]",
    describe: {
      en: "Check a case file: syntax, schema, occupation code, then the E-7 compliance checks",
      ko: "신청 건 정보 파일의 문법, 스키마, 직종코드를 확인한 뒤 E-7 요건을 점검합니다",
    },
    load: async () => erase((await import("./validate.js")).validateCommand),
  },
  {
    command: "init",
    describe: {
      en: "Write a starting case file (every field, with <placeholders> to fill in); asks questions in a terminal",
      ko: "처음 쓸 신청 건 정보 파일(모든 필드와 채워 넣을 <자리표시>)을 만듭니다. 터미널에서는 질문을 합니다",
    },
    load: async () => erase((await import("./init.js")).initCommand),
  },
  {
    command: "migrate <case>",
    describe: {
      en: "Upgrade a version-1 case file to schema version 2 (bilingual texts, office id); lists the texts that need their other language",
      ko: "버전 1 신청 건 정보 파일을 스키마 버전 2(한영 병기 텍스트, 관서 id)로 올리고, 다른 언어가 필요한 텍스트를 알려 줍니다",
    },
    load: async () => erase((await import("./migrate.js")).migrateCommand),
  },
  {
    command: "generate <case>",
    describe: {
      en: "Write the contract duty annex, Recruitment Reason Statement and cover letter, then prove them consistent",
      ko: "고용계약서 직무 내용 부속서, 고용사유서, 재신청 사유서(또는 보완서류 제출 설명서)를 작성하고 서로 일치하는지 확인합니다",
    },
    load: async () => erase((await import("./generate.js")).generateCommand),
  },
  {
    command: "checklist <case>",
    describe: {
      en: "Print the filing checklist of a case: route and form, every document with its state on the filing date, what to sign and print",
      ko: "신청 건의 서류 점검표를 출력합니다: 신청 경로와 서식, 신청일 기준 각 서류의 상태, 서명하고 출력할 서류",
    },
    load: async () => erase((await import("./checklist.js")).checklistCommand),
  },
  {
    command: "batch <cases..>",
    describe: {
      en: "Generate and check a packet for each of many case files, in parallel",
      ko: "여러 신청 건 정보 파일마다 서류 묶음을 병렬로 작성하고 점검합니다",
    },
    load: async () => erase((await import("./batch.js")).batchCommand),
  },
  {
    command: "serve",
    describe: {
      en: "Open the local web page (form, live duty match, generate, verify) on 127.0.0.1",
      ko: "로컬 웹 페이지(입력 양식, 실시간 직무 대조, 서류 작성, 점검)를 127.0.0.1에서 엽니다",
    },
    load: async () => erase((await import("./serve.js")).serveCommand),
  },
];
