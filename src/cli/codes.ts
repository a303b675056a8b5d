/** `e7-align codes list|show|search`: browse the occupation catalog. */
import { EXIT } from "../errors.js";
import { UsageError } from "../errors.js";
import { loadCatalog } from "../catalog/load-catalog.js";
import { checkEdition, occupationLabel, requireOccupation, resolveCode } from "../catalog/resolve-code.js";
import { searchOccupations } from "../catalog/search-occupations.js";
import type { Catalog, Occupation, Subtype } from "../catalog/types.js";
import { defineCommand } from "./command.js";
import { formatJson, formatTable } from "./format.js";
import { codeOf } from "../catalog/occupation-lookup.js";

interface CodesArgs {
  action: "list" | "show" | "search";
  terms: string[];
  subtype?: Subtype;
  edition?: string;
  json: boolean;
}

function describeOccupation(catalog: Catalog, occupation: Occupation): string {
  const out: string[] = [];
  out.push(`${occupationLabel(occupation)}  [${occupation.subtype}, ${occupation.group}]`);
  if (occupation.formerCodes.length > 0) {
    out.push(
      `Codes by list edition: ${catalog.currentEdition}: ${occupation.code ?? "none"}; ${occupation.formerCodes.map((f) => `${f.edition}: ${f.code}`).join("; ")}`,
    );
  }
  out.push("", "Scope:", `  ${occupation.scopeEn}`, `  ${occupation.scopeKo}`, "", "Typical duties:");
  for (const task of occupation.tasks) out.push(`  - ${task.en}`, `    ${task.ko}`);
  out.push("", `Example titles: ${[...occupation.exampleTitles.en, ...occupation.exampleTitles.ko].join(", ")}`);
  if (occupation.excludedTitles.length > 0) {
    out.push("Not this occupation:");
    for (const excluded of occupation.excludedTitles)
      out.push(
        `  - ${excluded.en} (${excluded.ko}): ${excluded.reason}${excluded.useCode ? ` Use ${excluded.useCode}.` : ""}`,
      );
  }
  if (occupation.adjacent.length > 0) {
    out.push("", "Often confused with:");
    for (const adjacent of occupation.adjacent) {
      const other = catalog.byCode.get(adjacent.code);
      out.push(
        `  - ${other ? occupationLabel(other) : adjacent.code}`,
        `    ${adjacent.question.en}`,
        `    ${adjacent.question.ko}`,
      );
    }
  }
  out.push(
    "",
    `Stricter domestic-employment review: ${occupation.stricterReview.applies ? "yes" : "no"}. ${occupation.stricterReview.summary}`,
  );
  if (occupation.stricterReview.perEmployerCap)
    out.push(`  Per-employer cap: ${occupation.stricterReview.perEmployerCap}`);
  for (const condition of occupation.stricterReview.employerConditions ?? []) out.push(`  - ${condition}`);
  out.push(
    `Employment recommendation: ${occupation.recommendation.status}${occupation.recommendation.by ? ` (${occupation.recommendation.by})` : ""}. ${occupation.recommendation.note}`,
  );
  out.push(`Qualification: ${occupation.qualification.note}`);
  if (occupation.salaryFloorNote) out.push(`Wage rule: ${occupation.salaryFloorNote}`);
  for (const note of occupation.uncertain) out.push(`Uncertain: ${note}`);
  out.push(`Sources: ${occupation.sources.join("; ")}`);
  return `${out.join("\n")}\n`;
}

export const codesCommand = defineCommand<CodesArgs>({
  builder: (yargs) =>
    yargs
      .positional("action", {
        choices: ["list", "show", "search"] as const,
        describe: "list | show <code> | search <title or words>",
        demandOption: true,
      })
      .positional("terms", {
        type: "string",
        array: true,
        default: [] as string[],
        describe: "The code (show) or the words (search)",
      })
      .option("subtype", {
        choices: ["E-7-1", "E-7-2", "E-7-3", "E-7-4", "E-7-S"] as const,
        describe: "list: only this subtype",
      })
      .option("edition", {
        type: "string",
        describe: "show: read the code in this list edition (2026-09, ksco7-list, ksco6-list)",
      })
      .option("json", { type: "boolean", default: false, describe: "Print JSON" })
      .example("$0 codes list --subtype E-7-1", "Every professional occupation")
      .example("$0 codes show 2224", "Scope, duties and neighbours of the web developer")
      .example('$0 codes search "marketing manager"', "Which codes a title may mean") as never,
  run: async (args, io) => {
    const catalog = loadCatalog();
    if (args.action === "list") {
      const list = catalog.occupations.filter((o) => !args.subtype || o.subtype === args.subtype);
      if (args.json) io.stdout(formatJson(list));
      else {
        io.stdout(
          formatTable(
            ["code", "subtype", "former", "name", "이름"],
            list.map((o) => [
              codeOf(o),
              o.subtype,
              o.formerCodes
                .filter((f) => f.code !== o.code)
                .map((f) => f.code)
                .join(",") || "-",
              o.nameEn,
              o.nameKo,
            ]),
          ),
        );
        io.stdout(
          `${list.length} occupations (catalog ${catalog.catalogVersion}, as of ${catalog.asOf}, list edition ${catalog.currentEdition})\n`,
        );
      }
      return EXIT.OK;
    }
    const text = args.terms.join(" ").trim();
    if (!text)
      throw new UsageError(
        `codes ${args.action} needs ${args.action === "show" ? "a code" : "a job title or words"}.`,
        [`Example: e7-align codes ${args.action} ${args.action === "show" ? "2224" : '"web developer"'}`],
      );
    if (args.action === "show") {
      if (args.edition) checkEdition(catalog, args.edition);
      const { occupation, resolution } = requireOccupation(catalog, text, args.edition);
      const notes: string[] = [];
      if (resolution.kind === "ambiguous") {
        notes.push(`Code ${resolution.code} means different occupations in different list editions:`);
        for (const reading of resolution.readings)
          notes.push(`  ${reading.edition}: ${occupationLabel(reading.occupation)}`);
        notes.push(`Showing the ${catalog.currentEdition} reading. Pass --edition to read it in another edition.`);
      }
      if (resolution.kind === "found" && !resolution.isCurrentEdition) {
        notes.push(
          `${resolution.code} is the ${resolution.edition} code of this occupation; its current (${catalog.currentEdition}) code is ${occupation.code}.`,
        );
      }
      if (resolution.kind === "found" && resolution.criteriaPage) {
        notes.push(
          `${resolution.code} is the number printed on the manual's criteria page; its list-table code is ${occupation.code}. ${resolution.criteriaPage.note}`,
        );
      }
      if ((resolution.kind === "found" || resolution.kind === "ambiguous") && resolution.misuse) {
        notes.push(
          `Note: ${resolution.code} is often filed for ${resolution.misuse.usedFor}, which is ${resolution.misuse.correctCode}. ${resolution.misuse.note}`,
        );
      }
      if (args.json)
        io.stdout(
          formatJson({
            query: text,
            resolution: resolution.kind,
            edition: resolution.kind === "found" ? resolution.edition : catalog.currentEdition,
            notes,
            occupation,
          }),
        );
      else io.stdout((notes.length ? `${notes.join("\n")}\n\n` : "") + describeOccupation(catalog, occupation));
      return EXIT.OK;
    }
    const byCode = resolveCode(catalog, text);
    const result = searchOccupations(catalog, text);
    if (args.json) {
      io.stdout(
        formatJson({
          ...result,
          candidates: result.candidates.map((c) => ({
            code: c.occupation.code,
            id: c.occupation.id,
            nameEn: c.occupation.nameEn,
            nameKo: c.occupation.nameKo,
            score: c.score,
            matchedOn: c.matchedOn,
          })),
          codeLookup: byCode.kind === "unknown" ? null : byCode.kind,
        }),
      );
      return EXIT.OK;
    }
    if (result.candidates.length === 0) {
      io.stdout(`No occupation matches "${text}" by title. Describe the duties instead: e7-align match "<duties>"\n`);
      return EXIT.OK;
    }
    io.stdout(
      formatTable(
        ["code", "score", "name", "이름"],
        result.candidates.map((c) => [
          codeOf(c.occupation),
          c.score.toFixed(2),
          c.occupation.nameEn,
          c.occupation.nameKo,
        ]),
      ),
    );
    if (result.titleIsAmbiguous) {
      io.stdout(
        `\nThe title alone cannot decide between ${result.candidates
          .filter((c) => c.score >= result.candidates[0]!.score - 0.15)
          .map((c) => c.occupation.code)
          .join(", ")}. Officers decide by duties, not titles.\n`,
      );
      for (const q of result.questions) io.stdout(`  ${q.codes.join(" vs ")}: ${q.question.en}\n`);
      io.stdout(`Check the real duties with: e7-align match "<duties>"\n`);
    }
    return EXIT.OK;
  },
});
