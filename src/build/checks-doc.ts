/** The catalogue of every registered check (case, packet, verify) as Markdown: the source of docs/checks.md. */
import { checks } from "../checks/index.js";
import { packetCaseChecks, packetChecks } from "../checks/packet/index.js";
import type { CheckMeta } from "../checks/types.js";
import { verifyChecks } from "../checks/verify/index.js";

interface Section {
  readonly title: string;
  readonly intro: string;
  readonly metas: readonly CheckMeta[];
  /** Folders of the check files and their tests, relative to the package root. */
  readonly srcDir: string;
  readonly testDir: string;
  readonly runner: string;
}

/** Table cell text: one line, pipes escaped. */
const cell = (text: string): string => text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");

function sections(): Section[] {
  const metas = (registry: Readonly<Record<string, { readonly meta: CheckMeta }>>): CheckMeta[] =>
    Object.values(registry)
      .map((check) => check.meta)
      .sort((a, b) => a.id.localeCompare(b.id));
  return [
    {
      title: "Case checks",
      intro: "Run on the case file by `validate`, `generate`, `batch` and `serve`, before anything is written.",
      metas: metas(checks),
      srcDir: "src/checks",
      testDir: "test/checks",
      runner: "src/checks/run-checks.ts",
    },
    {
      title: "Packet checks",
      intro:
        "Run by `generate` on the documents it wrote, read back from the files (packet-duties-in-scope runs on the case before rendering).",
      metas: metas({ ...packetChecks, ...packetCaseChecks }),
      srcDir: "src/checks/packet",
      testDir: "test/checks/packet",
      runner: "src/checks/packet/run-packet-checks.ts",
    },
    {
      title: "Verify checks",
      intro:
        "Run by `verify` (and `POST /api/verify`) on a contract and/or Recruitment Reason Statement written elsewhere.",
      metas: metas(verifyChecks),
      srcDir: "src/checks/verify",
      testDir: "test/checks/verify",
      runner: "src/checks/verify/run-verify-checks.ts",
    },
  ];
}

/** docs/checks.md: one table per registry, one row per check. */
export function checksDoc(): string {
  const all = sections();
  const out: string[] = [
    "# Checks",
    "",
    "<!-- Generated from the check registries by `npm run docs:checks`; do not edit by hand. test/checks/checks-doc.test.ts fails when this page is out of date. -->",
    "",
    `The ${all.reduce((n, s) => n + s.metas.length, 0)} registered checks behind the findings of \`validate\`, \`generate\` and \`verify\`. Each check is one file holding its meta`,
    "(id, severity, the rule in one line, its source, and its messages in English and Korean) and its `run` function;",
    "its valid and invalid cases are in the test file of the same name. Severity is the default; a finding may set its own.",
    "How to add one: [architecture.md](architecture.md#adding-a-check).",
    "",
  ];
  for (const section of all) {
    out.push(
      `## ${section.title}`,
      "",
      `${section.intro} Registry: [${section.srcDir}/index.ts](../${section.srcDir}/index.ts); runner: [${section.runner}](../${section.runner}).`,
      "",
    );
    out.push("| id | severity | rule | source | messages | file | test |", "|---|---|---|---|---|---|---|");
    for (const meta of section.metas) {
      const file = `${section.srcDir}/${meta.id}.ts`;
      const test = `${section.testDir}/${meta.id}.test.ts`;
      out.push(
        `| \`${meta.id}\` | ${meta.severity} | ${cell(meta.description)} | ${cell(meta.source)} | ${Object.keys(
          meta.messages,
        )
          .map((m) => `\`${m}\``)
          .join(", ")} | [${meta.id}.ts](../${file}) | [${meta.id}.test.ts](../${test}) |`,
      );
    }
    out.push("");
  }
  return out.join("\n");
}
