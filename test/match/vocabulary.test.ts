import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { buildCatalog, loadCatalog, VOCABULARY_PATH } from "../../src/catalog/load-catalog.js";
import type { Occupation } from "../../src/catalog/types.js";
import { matchDuties } from "../../src/match/match-duties.js";

const shipped = loadCatalog();
const HANGUL = /[\uac00-\ud7a3]/u;

/**
 * The shipped catalog with `vocabulary` (or `secondaryVocabulary`, by `field`) replaced on one entry, and both removed
 * from every other entry when `only` is set.
 */
function catalogWith(
  code: string,
  vocabulary: Occupation["vocabulary"],
  only = false,
  field: "vocabulary" | "secondaryVocabulary" = "vocabulary",
) {
  const occupations = structuredClone(shipped.occupations) as Occupation[];
  return buildCatalog({
    ...structuredClone(shipped),
    occupations: occupations.map((occupation) => {
      const { vocabulary: _main, secondaryVocabulary: _secondary, ...rest } = occupation;
      if (occupation.id === code) return { ...rest, [field]: vocabulary };
      return only ? rest : occupation;
    }),
  });
}

// The matching vocabulary is matcher evidence like a keyword: a statement in its words finds the occupation.
describe("matching vocabulary", () => {
  const statement = "Regenerates the zeolite beds and logs each purge cycle";

  it("should rank the occupation whose vocabulary holds the statement's words first", () => {
    const catalog = catalogWith("2341", { en: ["zeolite bed regeneration", "purge cycle log"], ko: ["제올라이트"] });
    const result = matchDuties(catalog, statement);
    expect(result.statements[0]!.bestCode).toBe("2341");
    expect(result.statements[0]!.evidence.some((e) => e.code === "2341" && e.against === "purge cycle log")).toBe(true);
  });

  it("should not find that occupation from words no field of it holds", () => {
    const catalog = catalogWith("2341", { en: [], ko: [] }, true);
    const scored = matchDuties(catalog, statement).statements[0]!.ranking.find((entry) => entry.code === "2341");
    expect(scored?.score ?? 0).toBe(0);
  });

  it("should match Korean statements through the Korean vocabulary", () => {
    const catalog = catalogWith("2341", { en: ["zeolite"], ko: ["제올라이트 재생", "퍼지 주기 기록"] });
    expect(matchDuties(catalog, "제올라이트 재생 및 퍼지 주기 기록").statements[0]!.bestCode).toBe("2341");
  });
});

// Secondary-duty phrases count like the vocabulary, at a lower weight.
describe("secondary-duty vocabulary", () => {
  const statement = "Logs each purge cycle of the zeolite beds";
  const score = (field: "vocabulary" | "secondaryVocabulary") =>
    matchDuties(
      catalogWith("2341", { en: ["zeolite purge cycle log"], ko: ["제올라이트"] }, true, field),
      statement,
    ).statements[0]!.ranking.find((entry) => entry.code === "2341")!.score;

  it("should find the occupation through its secondary phrases, below what the same words in its vocabulary give", () => {
    expect(score("secondaryVocabulary")).toBeGreaterThan(0);
    expect(score("secondaryVocabulary")).toBeLessThan(score("vocabulary"));
  });
});

// The shipped vocabulary: every matchable occupation has one in both languages, in the right script, adding to
// (not repeating) its keywords.
describe("shipped matching vocabulary", () => {
  const matchable = shipped.occupations.filter((occupation) => occupation.code !== null);
  const file = JSON.parse(readFileSync(VOCABULARY_PATH, "utf8"));

  it("should validate against schemas/vocabulary.schema.json and name only catalog occupations", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictTuples: false });
    addFormats.default(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync(new URL("../../schemas/vocabulary.schema.json", import.meta.url), "utf8")),
    );
    expect(validate(file), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
    expect(Object.keys(file.occupations).filter((id) => !shipped.byId.has(id))).toEqual([]);
  });

  it("should be read from its own file and left out of occupations printed as JSON", () => {
    const occupation = shipped.byCode.get("2224")!;
    expect(occupation.vocabulary).toEqual(file.occupations["2224"].main);
    expect(occupation.secondaryVocabulary).toEqual(file.occupations["2224"].secondary);
    expect(JSON.stringify(occupation)).not.toContain('"vocabulary"');
  });

  it("should give every matchable occupation at least 40 terms in each language", () => {
    const short = matchable.filter(
      (occupation) => (occupation.vocabulary?.en.length ?? 0) < 40 || (occupation.vocabulary?.ko.length ?? 0) < 40,
    );
    expect(short.map((occupation) => occupation.id)).toEqual([]);
  });

  it("should keep English terms free of Hangul and give every Korean term Hangul or an acronym", () => {
    const wrong = matchable.flatMap((occupation) => [
      ...(occupation.vocabulary?.en ?? []).filter((term) => HANGUL.test(term)),
      ...(occupation.vocabulary?.ko ?? []).filter((term) => !HANGUL.test(term) && !/^[A-Z0-9&/.\- ]+$/u.test(term)),
    ]);
    expect(wrong).toEqual([]);
  });

  it("should give every matchable occupation at least 20 secondary-duty phrases in each language", () => {
    const short = matchable.filter(
      (occupation) =>
        (occupation.secondaryVocabulary?.en.length ?? 0) < 20 || (occupation.secondaryVocabulary?.ko.length ?? 0) < 20,
    );
    expect(short.map((occupation) => occupation.id)).toEqual([]);
  });

  it("should not repeat a keyword or a term of the same occupation", () => {
    const repeats = matchable.flatMap((occupation) =>
      (["en", "ko"] as const).flatMap((lang) => {
        const seen = new Set(occupation.keywords[lang].map((keyword) => keyword.toLowerCase()));
        const terms = [...(occupation.vocabulary?.[lang] ?? []), ...(occupation.secondaryVocabulary?.[lang] ?? [])];
        return terms.filter((term) => {
          const key = term.toLowerCase();
          const repeated = seen.has(key);
          seen.add(key);
          return repeated;
        });
      }),
    );
    expect(repeats).toEqual([]);
  });
});

// The posting, everyday-sentence, task-statement, trade-word, routine-duty, work-object and neighbour passes: wordings no earlier pass held (each ranked
// lower without them).
describe("posting and everyday wording", () => {
  it.each([
    ["2111", "Validate the bioanalytical methods used in the lab"],
    ["2111", "피 검사로 병을 찾는 방법을 연구한다"],
    ["1340", "새 기획안을 검토하고 제작 여부를 결정한다"],
    ["S740", "탕구 절단 및 바리 제거"],
    ["2691", "Try out the new materials in real classes and ask teachers what works"],
    ["2222", "Connect the sensors to the processor in code"],
    // The routine-duty and work-object passes.
    ["S8417", "가공 후 치수를 측정하여 자주검사 성적서에 기록한다"],
    ["2212", "Issue the test certificates for the radio modules"],
    // The pass of what sets an occupation apart from its neighbours.
    ["1390", "조사사업부 인력 배치와 연간 수주 목표를 정한다"],
  ])("should place %s first for %s", (code, text) => {
    expect(matchDuties(shipped, text).statements[0]!.bestCode).toBe(code);
  });
});
