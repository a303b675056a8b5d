/** `e7-align codes list|show|search`: browse the occupation catalog. */
import { employerSettingFor } from "../catalog/employer-settings.js";
import { EXIT } from "../errors.js";
import { UsageError } from "../errors.js";
import { loadCatalog } from "../catalog/load-catalog.js";
import { checkEdition, occupationLabel, requireOccupation, resolveCode } from "../catalog/resolve-code.js";
import { searchOccupations } from "../catalog/search-occupations.js";
import type { Catalog, Occupation, Subtype } from "../catalog/types.js";
import { defineCommand } from "./command.js";
import { fill, formatJson, formatTable, occupationIn, type UiText } from "./format.js";
import { codeOf } from "../catalog/occupation-lookup.js";
import { type UiLang, uiLangFrom } from "../checks/messages/localize-finding.js";
import { conditionsInKorean } from "../checks/check-helpers.js";
import { citationsKo } from "../catalog/citation-ko.js";
import { withParticle } from "../text/korean-particle.js";
import { formatDate } from "../case/dates.js";

interface CodesArgs {
  action: "list" | "show" | "search";
  terms: string[];
  subtype?: Subtype;
  edition?: string;
  json: boolean;
  ui?: "ko" | "en";
}

/** codes' frame lines in both UI languages ({x} is filled in by fill); the English ones are as they always were. */
const TEXT = {
  listHeader: { ko: "코드|체류자격|이전 코드|직종명", en: "code|subtype|former|name|이름" },
  listFooter: {
    ko: "직종 {count}개(카탈로그 {version}, {asOfKo} 기준, 목록 판 {edition})",
    en: "{count} occupations (catalog {version}, as of {asOf}, list edition {edition})",
  },
  searchHeader: { ko: "코드|점수|직종명", en: "code|score|name|이름" },
  noMatch: {
    ko: '직종명으로는 "{text}"에 해당하는 직종을 찾지 못했습니다. 담당업무를 적어 대조하십시오: e7-align match "<담당업무>"',
    en: 'No occupation matches "{text}" by title. Describe the duties instead: e7-align match "<duties>"',
  },
  ambiguous: {
    ko: "직무명만으로는 {codes} 가운데 하나로 정할 수 없습니다. 심사는 직무명이 아니라 담당업무로 판단합니다.",
    en: "The title alone cannot decide between {codes}. Officers decide by duties, not titles.",
  },
  checkDuties: {
    ko: '실제 담당업무로 확인하십시오: e7-align match "<담당업무>"',
    en: 'Check the real duties with: e7-align match "<duties>"',
  },
  editions: {
    ko: "코드 {codeTopic} 목록 판마다 다른 직종을 가리킵니다:",
    en: "Code {code} means different occupations in different list editions:",
  },
  showing: {
    ko: "{edition} 목록의 직종을 보여 줍니다. 다른 판으로 읽으려면 --edition을 쓰십시오.",
    en: "Showing the {edition} reading. Pass --edition to read it in another edition.",
  },
  formerCode: {
    ko: "{codeTopic} 이 직종의 {edition} 목록 코드이며, 현행({current}) 코드는 {now}입니다.",
    en: "{code} is the {edition} code of this occupation; its current ({current}) code is {now}.",
  },
  criteriaPage: {
    ko: "{codeTopic} 매뉴얼의 직종별 세부 기준 쪽에 인쇄된 번호이며, 허용직종 현황표의 코드는 {now}입니다. {note}",
    en: "{code} is the number printed on the manual's criteria page; its list-table code is {now}. {note}",
  },
  misuse: {
    ko: "참고: {codeTopic} 흔히 {usedFor}에 잘못 쓰이는데, 그 직종의 코드는 {correct}입니다. {note}",
    en: "Note: {code} is often filed for {usedFor}, which is {correct}. {note}",
  },
} as const satisfies Record<string, UiText>;

const columns = (text: UiText, ui: UiLang): string[] => fill(text, ui).split("|");

/** A subtype's position in the manual, for the Korean header of `codes show`. */
const GROUPS_KO: Readonly<Record<string, string>> = {
  Managers: "관리자",
  Professionals: "전문가",
  "Semi-professionals": "준전문인력",
  "General skilled": "일반기능인력",
  Skilled: "숙련기능인력",
  "Negative-list professionals": "네거티브 방식 전문인력",
};

const RECOMMENDATION_KO: Readonly<Record<string, string>> = {
  required: "필수",
  optional: "선택",
  none: "해당 없음",
  conditional: "조건부",
};

/** `codes show` in Korean: the catalog's Korean fields; a field the catalog has only in English is marked as such. */
function describeOccupationKo(catalog: Catalog, occupation: Occupation): string {
  const out: string[] = [];
  const group = GROUPS_KO[occupation.group] ?? occupation.group;
  out.push(`${occupationIn(occupation, "ko")}  [${occupation.subtype}, ${group}]`);
  if (occupation.formerCodes.length > 0) {
    out.push(
      `목록 판별 코드: ${catalog.currentEdition}: ${occupation.code ?? "없음"}; ${occupation.formerCodes.map((f) => `${f.edition}: ${f.code}`).join("; ")}`,
    );
  }
  out.push("", "직무 범위:", `  ${occupation.scopeKo}`, "", "주요 업무:");
  for (const task of occupation.tasks) out.push(`  - ${task.ko}`);
  out.push("", `직업명 예시: ${occupation.exampleTitles.ko.join(", ")}`);
  if (occupation.excludedTitles.length > 0) {
    out.push("이 직종에 해당하지 않는 직무:");
    for (const excluded of occupation.excludedTitles) {
      const other = excluded.useCode ? catalog.byCode.get(excluded.useCode) : undefined;
      const use = excluded.useCode ? ` 해당 직종: ${other ? occupationIn(other, "ko") : excluded.useCode}.` : "";
      out.push(`  - ${excluded.ko}: ${excluded.reasonKo}${use}`);
    }
  }
  if (occupation.adjacent.length > 0) {
    out.push("", "혼동하기 쉬운 직종:");
    for (const adjacent of occupation.adjacent) {
      const other = catalog.byCode.get(adjacent.code);
      out.push(`  - ${other ? occupationIn(other, "ko") : adjacent.code}`, `    ${adjacent.question.ko}`);
    }
  }
  const review = occupation.stricterReview;
  out.push(
    "",
    review.applies
      ? `국민고용 보호 심사 강화: 대상입니다. 요건: ${conditionsInKorean(review.foreignRatioPercent ?? undefined, review.employerConditions ?? [])}.`
      : "국민고용 보호 심사 강화: 대상이 아닙니다.",
  );
  if (review.perEmployerCap) out.push(`  업체당 고용 한도(영문 자료): ${review.perEmployerCap}`);
  const setting = occupation.code === null ? undefined : employerSettingFor(occupation.code);
  if (setting) {
    const ruledOut = (setting.ruledOut ?? []).map((kind) => kind.ko);
    out.push(
      `고용업체 요건: ${setting.settingKo}.${ruledOut.length > 0 ? ` 고용할 수 없는 업종: ${ruledOut.join("; ")}.` : ""} 사업 내용에 업종을 적으십시오(점검: employer-setting).`,
    );
  }
  const recommendation = occupation.recommendation;
  // Without a Korean note, the status says it: the schema puts noteKo on every entry whose note adds to it.
  const note =
    recommendation.noteKo ??
    {
      required: "고용추천서를 반드시 제출해야 합니다.",
      optional: "고용추천서를 제출하면 신청에 도움이 되지만, 필수는 아닙니다.",
      none: "",
      conditional: `(영문 자료) ${recommendation.note}`,
    }[recommendation.status];
  out.push(
    `고용추천서: ${RECOMMENDATION_KO[recommendation.status] ?? recommendation.status}.${recommendation.byKo ? ` 추천 기관: ${recommendation.byKo}.` : ""}${note ? ` ${note}` : ""}`,
  );
  const qualification = occupation.qualification;
  out.push(
    `자격요건: ${qualification.noteKo ?? `E-7 일반 자격요건을 따릅니다${qualification.experienceOnlyAllowed === false ? "(경력만으로는 인정되지 않습니다)" : ""}.`}`,
  );
  if (occupation.salaryFloorNoteKo) out.push(`임금 요건: ${occupation.salaryFloorNoteKo}`);
  for (const uncertain of occupation.uncertain) out.push(`확인되지 않은 사항(영문 자료): ${uncertain}`);
  out.push(`출처: ${citationsKo(catalog, occupation.sources)}`);
  return `${out.join("\n")}\n`;
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
  const setting = occupation.code === null ? undefined : employerSettingFor(occupation.code);
  if (setting) {
    const ruledOut = (setting.ruledOut ?? []).map((kind) => kind.en);
    out.push(
      `Employer: must be ${setting.setting}.${ruledOut.length > 0 ? ` Not open to ${ruledOut.join("; ")}.` : ""} Name the kind in the business description (check: employer-setting).`,
    );
  }
  out.push(
    `Employment recommendation: ${occupation.recommendation.status}${occupation.recommendation.by ? ` (${occupation.recommendation.by})` : ""}. ${occupation.recommendation.note}`,
  );
  out.push(`Qualification: ${occupation.qualification.note}`);
  if (occupation.salaryFloorNote) out.push(`Wage rule: ${occupation.salaryFloorNote}`);
  for (const note of occupation.uncertain) out.push(`Uncertain: ${note}`);
  out.push(`Sources: ${occupation.sources.join("; ")}`);
  return `${out.join("\n")}\n`;
}

/** What `--help` says of each option and example, in both UI languages. */
const HELP = {
  action: {
    en: "list | show <code> | search <title or words>",
    ko: "list | show <코드> | search <직무명 또는 단어>",
  },
  terms: {
    en: "The code (show) or the words (search)",
    ko: "코드(show) 또는 검색어(search)",
  },
  subtype: {
    en: "list: only this subtype",
    ko: "list: 이 세부 체류자격만",
  },
  edition: {
    en: "show: read the code in this list edition (2026-09, ksco7-list, ksco6-list)",
    ko: "show: 코드를 읽을 목록 판(2026-09, ksco7-list, ksco6-list)",
  },
  json: {
    en: "Print JSON",
    ko: "JSON으로 출력합니다",
  },
  example1: {
    en: "Every professional occupation",
    ko: "모든 전문 인력(E-7-1) 직종",
  },
  example2: {
    en: "Scope, duties and neighbours of the web developer",
    ko: "웹 개발자 직종의 범위, 직무, 인접 직종",
  },
  example3: {
    en: "Which codes a title may mean",
    ko: "직무명이 가리킬 수 있는 코드",
  },
} as const satisfies Record<string, UiText>;

export const codesCommand = defineCommand<CodesArgs>({
  builder: (yargs, ui) =>
    yargs
      .positional("action", {
        choices: ["list", "show", "search"] as const,
        describe: HELP.action[ui],
        demandOption: true,
      })
      .positional("terms", {
        type: "string",
        array: true,
        default: [] as string[],
        describe: HELP.terms[ui],
      })
      .option("subtype", {
        choices: ["E-7-1", "E-7-2", "E-7-3", "E-7-4", "E-7-S"] as const,
        describe: HELP.subtype[ui],
      })
      .option("edition", {
        type: "string",
        describe: HELP.edition[ui],
      })
      .option("json", { type: "boolean", default: false, describe: HELP.json[ui] })
      .example("$0 codes list --subtype E-7-1", HELP.example1[ui])
      .example("$0 codes show 2224", HELP.example2[ui])
      .example('$0 codes search "marketing manager"', HELP.example3[ui]) as never,
  run: async (args, io) => {
    const catalog = loadCatalog();
    const ui = uiLangFrom(args.ui);
    if (args.action === "list") {
      const list = catalog.occupations.filter((o) => !args.subtype || o.subtype === args.subtype);
      if (args.json) io.stdout(formatJson(list));
      else {
        io.stdout(
          formatTable(
            columns(TEXT.listHeader, ui),
            list.map((o) => [
              codeOf(o),
              o.subtype,
              o.formerCodes
                .filter((f) => f.code !== o.code)
                .map((f) => f.code)
                .join(",") || "-",
              ...(ui === "ko" ? [o.nameKo] : [o.nameEn, o.nameKo]),
            ]),
          ),
        );
        io.stdout(
          `${fill(TEXT.listFooter, ui, { count: list.length, version: catalog.catalogVersion, asOf: catalog.asOf, asOfKo: formatDate(catalog.asOf, "ko"), edition: catalog.currentEdition })}\n`,
        );
      }
      return EXIT.OK;
    }
    const text = args.terms.join(" ").trim();
    if (!text)
      throw new UsageError(
        `codes ${args.action} needs ${args.action === "show" ? "a code" : "a job title or words"}.`,
        [`Example: e7-align codes ${args.action} ${args.action === "show" ? "2224" : '"web developer"'}`],
        {
          message: `codes ${args.action}에는 ${args.action === "show" ? "코드가" : "직무명이나 검색어가"} 필요합니다.`,
          hints: [`예: e7-align codes ${args.action} ${args.action === "show" ? "2224" : '"웹 개발자"'}`],
        },
      );
    if (args.action === "show") {
      if (args.edition) checkEdition(catalog, args.edition);
      const { occupation, resolution } = requireOccupation(catalog, text, args.edition);
      const notes: string[] = [];
      if (resolution.kind === "ambiguous") {
        notes.push(
          fill(TEXT.editions, ui, { codeTopic: withParticle(resolution.code, "은/는"), code: resolution.code }),
        );
        for (const reading of resolution.readings)
          notes.push(
            `  ${reading.edition}: ${ui === "ko" ? occupationIn(reading.occupation, ui) : occupationLabel(reading.occupation)}`,
          );
        notes.push(fill(TEXT.showing, ui, { edition: catalog.currentEdition }));
      }
      if (resolution.kind === "found" && !resolution.isCurrentEdition) {
        notes.push(
          fill(TEXT.formerCode, ui, {
            codeTopic: withParticle(resolution.code, "은/는"),
            code: resolution.code,
            edition: resolution.edition,
            current: catalog.currentEdition,
            now: String(occupation.code),
          }),
        );
      }
      if (resolution.kind === "found" && resolution.criteriaPage) {
        notes.push(
          fill(TEXT.criteriaPage, ui, {
            codeTopic: withParticle(resolution.code, "은/는"),
            code: resolution.code,
            now: String(occupation.code),
            note: ui === "ko" ? `(영문 자료) ${resolution.criteriaPage.note}` : resolution.criteriaPage.note,
          }),
        );
      }
      if ((resolution.kind === "found" || resolution.kind === "ambiguous") && resolution.misuse) {
        const correct = catalog.byCode.get(resolution.misuse.correctCode);
        notes.push(
          fill(TEXT.misuse, ui, {
            codeTopic: withParticle(resolution.code, "은/는"),
            code: resolution.code,
            usedFor: ui === "ko" && correct ? `${correct.nameKo} 업무` : resolution.misuse.usedFor,
            correct: resolution.misuse.correctCode,
            note: ui === "ko" ? `(영문 자료) ${resolution.misuse.note}` : resolution.misuse.note,
          }),
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
      else
        io.stdout(
          (notes.length ? `${notes.join("\n")}\n\n` : "") +
            (ui === "ko" ? describeOccupationKo(catalog, occupation) : describeOccupation(catalog, occupation)),
        );
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
      io.stdout(`${fill(TEXT.noMatch, ui, { text })}\n`);
      return EXIT.OK;
    }
    io.stdout(
      formatTable(
        columns(TEXT.searchHeader, ui),
        result.candidates.map((c) => [
          codeOf(c.occupation),
          c.score.toFixed(2),
          ...(ui === "ko" ? [c.occupation.nameKo] : [c.occupation.nameEn, c.occupation.nameKo]),
        ]),
      ),
    );
    if (result.titleIsAmbiguous) {
      const codes = result.candidates
        .filter((c) => c.score >= result.candidates[0]!.score - 0.15)
        .map((c) => c.occupation.code)
        .join(", ");
      io.stdout(`\n${fill(TEXT.ambiguous, ui, { codes })}\n`);
      for (const q of result.questions)
        io.stdout(`  ${q.codes.join(ui === "ko" ? " / " : " vs ")}: ${ui === "ko" ? q.question.ko : q.question.en}\n`);
      io.stdout(`${fill(TEXT.checkDuties, ui)}\n`);
    }
    return EXIT.OK;
  },
});
