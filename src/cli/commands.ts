/**
 * The commands the CLI offers: each one's usage and description here, its module (and the libraries that module
 * imports) loaded only when the command runs, so `--help` and `match` never read the code of the other commands.
 */
import type { CliCommand } from "./command.js";

/** One registered command: what `--help` lists, and how to load the rest. */
export interface CommandEntry {
  /** yargs usage: the name, then positional arguments ("match [text..]"). */
  readonly command: string;
  readonly describe: string;
  /** Imports the command's module; its options (builder) and run live there. */
  readonly load: () => Promise<CliCommand<never>>;
}

/** Each command keeps its own argument type; the registry only needs their common shape. */
const erase = <A>(command: CliCommand<A>): CliCommand<never> => command as unknown as CliCommand<never>;

export const commands: readonly CommandEntry[] = [
  {
    command: "codes <action> [terms..]",
    describe: "List, show or search the E-7 designated occupations",
    load: async () => erase((await import("./codes.js")).codesCommand),
  },
  {
    command: "match [text..]",
    describe: "Rank the E-7 occupations for duty text and check a filed code against it",
    load: async () => erase((await import("./match.js")).matchCommand),
  },
  {
    command: "verify",
    describe:
      "Check an existing contract and/or Recruitment Reason Statement (.docx, .hwpx, .pdf, .txt, .md) against the filed code",
    load: async () => erase((await import("./verify.js")).verifyCommand),
  },
  {
    command: "validate [case]",
    describe: "Check a case file: syntax, schema, occupation code, then the E-7 compliance checks",
    load: async () => erase((await import("./validate.js")).validateCommand),
  },
  {
    command: "init",
    describe: "Write a starting case file (every field, with <placeholders> to fill in); asks questions in a terminal",
    load: async () => erase((await import("./init.js")).initCommand),
  },
  {
    command: "migrate <case>",
    describe:
      "Upgrade a version-1 case file to schema version 2 (bilingual texts, office id); lists the texts that need their other language",
    load: async () => erase((await import("./migrate.js")).migrateCommand),
  },
  {
    command: "generate <case>",
    describe:
      "Write the contract duty annex, Recruitment Reason Statement and cover letter, then prove them consistent",
    load: async () => erase((await import("./generate.js")).generateCommand),
  },
  {
    command: "checklist <case>",
    describe:
      "Print the filing checklist of a case: route and form, every document with its state on the filing date, what to sign and print",
    load: async () => erase((await import("./checklist.js")).checklistCommand),
  },
  {
    command: "batch <cases..>",
    describe: "Generate and check a packet for each of many case files, in parallel",
    load: async () => erase((await import("./batch.js")).batchCommand),
  },
  {
    command: "serve",
    describe: "Open the local web page (form, live duty match, generate, verify) on 127.0.0.1",
    load: async () => erase((await import("./serve.js")).serveCommand),
  },
];
