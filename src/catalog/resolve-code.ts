/** Edition-aware code lookup: a number in any list edition resolves to its occupation, or to a clear "not that". */
import { distance } from "fastest-levenshtein";
import { OccupationNotFoundError, UsageError } from "../errors.js";
import { withParticle } from "../text/korean-particle.js";
import { codeOf, occupationLabel } from "./occupation-lookup.js";
import type { Catalog, CriteriaPageCode, MisusedCode, Occupation } from "./types.js";

export { occupationLabel };

/** "2224 웹 개발자": an occupation as Korean messages name it. */
const labelKo = (occupation: Occupation): string => `${codeOf(occupation)} ${occupation.nameKo}`;
const SEARCH_HINT = {
  en: "Run `e7-align codes search <job title>` to find a code by duties or title.",
  ko: "`e7-align codes search <직무명>`으로 직무나 직무명에 맞는 코드를 찾으십시오.",
} as const;

/** One meaning of a code number: the occupation it names in one list edition. */
export interface CodeReading {
  readonly occupation: Occupation;
  readonly edition: string;
  readonly isCurrentEdition: boolean;
}

export type CodeResolution =
  /** The number names one occupation (in the given edition, or in every edition that has it). */
  | {
      readonly kind: "found";
      readonly code: string;
      readonly occupation: Occupation;
      readonly edition: string;
      readonly isCurrentEdition: boolean;
      /** Set when the number is commonly filed for another job (e.g. 2222 for application software). */
      readonly misuse?: MisusedCode;
      /** Set when the number is the one printed on the manual's criteria page, not its list table (e.g. 2241 for 2231). */
      readonly criteriaPage?: CriteriaPageCode;
    }
  /** The number names different occupations in different editions (441, 2224, 2351 …): the edition must be named. */
  | {
      readonly kind: "ambiguous";
      readonly code: string;
      readonly readings: readonly CodeReading[];
      readonly misuse?: MisusedCode;
      readonly criteriaPage?: CriteriaPageCode;
    }
  /** The number is no E-7 occupation in any edition but is commonly used for one. */
  | { readonly kind: "misused"; readonly code: string; readonly misuse: MisusedCode; readonly correct: Occupation }
  | { readonly kind: "unknown"; readonly code: string; readonly candidates: readonly Occupation[] };

/** Canonical form of a typed code: trimmed, spaces and dashes dropped, "s2353" -> "S2353". */
export function normalizeCode(input: string): string {
  return input.trim().replace(/[\s-]/g, "").toUpperCase();
}

function editionIds(catalog: Catalog): string[] {
  return catalog.editions.map((edition) => edition.id);
}

/** Checks an edition id and returns it, or throws a usage error listing the known editions. */
export function checkEdition(catalog: Catalog, edition: string): string {
  if (!editionIds(catalog).includes(edition)) {
    const known = editionIds(catalog).join(", ");
    throw new UsageError(`Unknown list edition "${edition}".`, [`Known editions: ${known}.`], {
      message: `알 수 없는 목록 판입니다: "${edition}".`,
      hints: [`알려진 목록 판: ${known}.`],
    });
  }
  return edition;
}

/**
 * The list edition in force on a filing date (YYYY-MM-DD): of the editions whose period holds the date, the one that
 * ended soonest, since an edition without a start date reaches back over the older ones.
 */
export function priorEditionOf(catalog: Catalog, filingDate: string): string {
  const holding = catalog.editions.filter(
    (e) =>
      (e.validFrom === undefined || e.validFrom <= filingDate) && (e.validTo === undefined || filingDate <= e.validTo),
  );
  const soonest = [...holding].sort((a, b) => (a.validTo ?? "9999-12-31").localeCompare(b.validTo ?? "9999-12-31"))[0];
  return soonest?.id ?? catalog.currentEdition;
}

/** Resolves a code typed by a user. With `edition` only that edition's meaning counts. */
export function resolveCode(catalog: Catalog, input: string, edition?: string): CodeResolution {
  const code = normalizeCode(input);
  const misuse = catalog.misusedCodes?.find((entry) => entry.code === code);
  const editions = edition === undefined ? editionIds(catalog) : [checkEdition(catalog, edition)];
  const readings: CodeReading[] = [];
  for (const id of editions) {
    const occupation = catalog.byEditionCode.get(`${id}:${code}`);
    if (occupation && !readings.some((reading) => reading.occupation.id === occupation.id)) {
      readings.push({ occupation, edition: id, isCurrentEdition: id === catalog.currentEdition });
    }
  }
  if (readings.length === 1) {
    const [reading] = readings as [CodeReading];
    return { kind: "found", code, ...reading, ...(misuse ? { misuse } : {}) };
  }
  if (readings.length > 1) return { kind: "ambiguous", code, readings, ...(misuse ? { misuse } : {}) };
  const criteriaPage = catalog.criteriaPageCodes?.find((entry) => entry.number === code);
  if (criteriaPage && (edition === undefined || edition === catalog.currentEdition)) {
    const pageReadings = criteriaPage.listCodes.flatMap((listCode) => {
      const occupation = catalog.byCode.get(listCode);
      return occupation ? [{ occupation, edition: catalog.currentEdition, isCurrentEdition: true }] : [];
    });
    if (pageReadings.length === 1) return { kind: "found", code, ...pageReadings[0]!, criteriaPage };
    if (pageReadings.length > 1) return { kind: "ambiguous", code, readings: pageReadings, criteriaPage };
  }
  if (misuse) {
    const correct = catalog.byCode.get(misuse.correctCode);
    if (correct) return { kind: "misused", code, misuse, correct };
  }
  return { kind: "unknown", code, candidates: closestOccupations(catalog, code, 5, edition) };
}

/** The occupation's number in one list edition, or undefined when that edition does not list it. */
export function codeInEdition(catalog: Catalog, occupation: Occupation, edition: string): string | undefined {
  if (edition === catalog.currentEdition) return occupation.code ?? undefined;
  return occupation.formerCodes.find((former) => former.edition === edition)?.code;
}

/**
 * Up to five occupations a mistyped code may have meant: by number (edit distance over current and former codes)
 * and, for words, by name.
 */
export function closestOccupations(catalog: Catalog, input: string, limit = 5, edition?: string): Occupation[] {
  const wanted = normalizeCode(input);
  const scored: { occupation: Occupation; score: number }[] = [];
  for (const occupation of catalog.occupations) {
    // Within one edition only that edition's numbers count, so a number of another edition is never offered as a near miss.
    const numbers = (
      edition === undefined
        ? [occupation.code, ...occupation.formerCodes.map((former) => former.code)]
        : [codeInEdition(catalog, occupation, edition) ?? null]
    ).filter((c): c is string => c !== null && c !== undefined);
    let best = Number.POSITIVE_INFINITY;
    for (const number of numbers) best = Math.min(best, distance(wanted, number));
    const name = input.trim().toLowerCase();
    if (/\p{L}{2,}/u.test(name) && !/^S?\d+$/i.test(wanted)) {
      const names = [occupation.nameEn.toLowerCase(), occupation.nameKo];
      if (names.some((n) => n.includes(name))) best = Math.min(best, 0.5);
      else best = Math.min(best, ...names.map((n) => (distance(name, n) / Math.max(1, n.length)) * 4));
    }
    scored.push({ occupation, score: best });
  }
  return scored
    .filter((entry) => entry.score <= 2)
    .sort((a, b) => a.score - b.score || (a.occupation.code ?? "").localeCompare(b.occupation.code ?? ""))
    .slice(0, limit)
    .map((entry) => entry.occupation);
}

/**
 * Resolves a code to exactly one current occupation or throws a user-facing error that says why and what to do.
 * Used wherever a command needs one occupation (match --code, verify --code, codes show).
 */
export function requireOccupation(
  catalog: Catalog,
  input: string,
  edition?: string,
): { occupation: Occupation; resolution: CodeResolution } {
  const resolution = resolveCode(catalog, input, edition);
  switch (resolution.kind) {
    case "found":
      return { occupation: resolution.occupation, resolution };
    case "ambiguous": {
      if (resolution.criteriaPage) {
        throw new OccupationNotFoundError(
          `${resolution.code} is a number printed on the manual's criteria pages, not in its list table; it stands for more than one occupation. ${resolution.criteriaPage.note}`,
          [
            ...resolution.readings.map((reading) => `List-table code: ${occupationLabel(reading.occupation)}`),
            "File the list-table code of the job's occupation.",
          ],
          {
            message: `${withParticle(resolution.code, "은/는")} 매뉴얼의 직종별 세부 기준 쪽에 인쇄된 번호로, 허용직종 현황표의 코드가 아니며 둘 이상의 직종을 가리킵니다. (영문 자료) ${resolution.criteriaPage.note}`,
            hints: [
              ...resolution.readings.map((reading) => `현황표 코드: ${labelKo(reading.occupation)}`),
              "직종에 맞는 현황표 코드로 신청하십시오.",
            ],
          },
        );
      }
      const current = resolution.readings.find((reading) => reading.isCurrentEdition);
      if (edition === undefined && current) return { occupation: current.occupation, resolution };
      throw new OccupationNotFoundError(
        `Code ${resolution.code} means different occupations in different list editions.`,
        [
          ...resolution.readings.map((reading) => `In ${reading.edition}: ${occupationLabel(reading.occupation)}`),
          "Name the edition with --edition (or filing.codeEdition in a case file).",
        ],
        {
          message: `코드 ${withParticle(resolution.code, "은/는")} 목록 판마다 다른 직종을 가리킵니다.`,
          hints: [
            ...resolution.readings.map((reading) => `${reading.edition}: ${labelKo(reading.occupation)}`),
            "--edition으로 목록 판을 지정하십시오(신청 건 정보 파일에서는 filing.codeEdition).",
          ],
        },
      );
    }
    case "misused":
      throw new OccupationNotFoundError(
        `${resolution.code} is not the E-7 code for ${resolution.misuse.usedFor}. ${resolution.misuse.note}`,
        [`Use ${occupationLabel(resolution.correct)}.`],
        {
          message: `${withParticle(resolution.code, "은/는")} ${resolution.correct.nameKo} 업무의 E-7 코드가 아닙니다. (영문 자료) ${resolution.misuse.note}`,
          hints: [`${withParticle(labelKo(resolution.correct), "을/를")} 쓰십시오.`],
        },
      );
    case "unknown": {
      if (edition !== undefined) {
        // Name the candidates by their number in the asked edition, and say what the number means in the editions that have it.
        const label = (o: Occupation): string => `${codeInEdition(catalog, o, edition)} ${o.nameEn} (${o.nameKo})`;
        const elsewhere = resolveCode(catalog, resolution.code);
        const readings =
          elsewhere.kind === "found"
            ? [{ occupation: elsewhere.occupation, edition: elsewhere.edition }]
            : elsewhere.kind === "ambiguous"
              ? elsewhere.readings
              : [];
        const candidates = resolution.candidates.filter((o) => codeInEdition(catalog, o, edition) !== resolution.code);
        const labelInEditionKo = (o: Occupation): string => `${codeInEdition(catalog, o, edition)} ${o.nameKo}`;
        throw new OccupationNotFoundError(
          `${resolution.code} is not an E-7 occupation code in the ${edition} list edition.`,
          [
            ...readings.map((r) => {
              const here = codeInEdition(catalog, r.occupation, edition);
              return `In the ${r.edition} list ${resolution.code} is ${r.occupation.nameEn} (${r.occupation.nameKo})${here ? `; its ${edition} number is ${here}.` : `, which the ${edition} list does not have.`}`;
            }),
            ...(candidates.length > 0 ? [`Closest in ${edition}: ${candidates.map(label).join("; ")}.`] : []),
            SEARCH_HINT.en,
          ],
          {
            message: `${withParticle(resolution.code, "은/는")} ${edition} 목록 판의 E-7 직종코드가 아닙니다.`,
            hints: [
              ...readings.map((r) => {
                const here = codeInEdition(catalog, r.occupation, edition);
                return `${r.edition} 목록에서 ${withParticle(resolution.code, "은/는")} ${r.occupation.nameKo}(${r.occupation.nameEn})${here ? `이며, ${edition} 목록의 번호는 ${here}입니다.` : `이며, ${edition} 목록에는 없는 직종입니다.`}`;
              }),
              ...(candidates.length > 0
                ? [`${edition} 목록에서 가장 가까운 코드: ${candidates.map(labelInEditionKo).join("; ")}.`]
                : []),
              SEARCH_HINT.ko,
            ],
          },
        );
      }
      throw new OccupationNotFoundError(
        `${resolution.code} is not an E-7 occupation code in any list edition.`,
        resolution.candidates.length > 0
          ? [`Closest: ${resolution.candidates.map(occupationLabel).join("; ")}.`, SEARCH_HINT.en]
          : ["Run `e7-align codes list` for every code, or `e7-align codes search <job title>`."],
        {
          message: `${withParticle(resolution.code, "은/는")} 어느 목록 판에도 없는 E-7 직종코드입니다.`,
          hints:
            resolution.candidates.length > 0
              ? [`가장 가까운 코드: ${resolution.candidates.map(labelKo).join("; ")}.`, SEARCH_HINT.ko]
              : ["`e7-align codes list`로 모든 코드를 보거나, `e7-align codes search <직무명>`을 실행하십시오."],
        },
      );
    }
  }
}
