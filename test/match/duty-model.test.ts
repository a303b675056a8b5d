import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { buildIndex } from "../../src/match/build-index.js";
import {
  decodeDutyModel,
  encodeDutyModel,
  predictOccupations,
  textFeatures,
  trainDutyModel,
  trainingExamples,
} from "../../src/match/duty-model.js";
import type { IndexField } from "../../src/match/index-types.js";
import { matchDuties } from "../../src/match/match-duties.js";
import { scoreStatement } from "../../src/match/score-statement.js";
import { wordsOnly } from "../helpers/words-only.js";

const catalog = loadCatalog();

/** Buckets two texts' features share. */
function shared(a: string, b: string): number {
  const of = new Set(textFeatures(a).buckets);
  return [...textFeatures(b).buckets].filter((bucket) => of.has(bucket)).length;
}

describe("the duty model's features", () => {
  it("should give a text unit length", () => {
    const { values } = textFeatures("선박 블록을 용접하고 검사 기록을 남긴다");
    expect(values.reduce((sum, value) => sum + value * value, 0)).toBeCloseTo(1, 10);
  });

  it("should let a Korean word with another ending share most of its features", () => {
    // 웹사이트를 and 웹사이트에서 share <웹, 웹사, 사이, 이트 …; an unrelated word shares none.
    expect(shared("웹사이트를", "웹사이트에서")).toBeGreaterThanOrEqual(6);
    expect(shared("웹사이트를", "용접한다")).toBe(0);
  });

  it("should let an English word share the 4-grams of its other forms, and skip words like 'the'", () => {
    expect(shared("translation", "translating")).toBeGreaterThanOrEqual(5);
    expect(textFeatures("the of and to").buckets).toHaveLength(0);
  });
});

describe("training the duty model", () => {
  const fields = (texts: readonly (readonly string[])[]): IndexField[] =>
    texts.flatMap((list, occupation) => list.map((text) => ({ occupation, source: "task" as const, text, weight: 1 })));
  const toy = fields([
    ["weld steel plates", "welding of hull seams", "강판을 용접한다"],
    ["translate manuals", "translation of contracts", "계약서를 번역한다"],
    ["bake bread", "baking pastry for the shop", "빵을 굽는다"],
  ]);

  it("should place texts it never saw by the parts of words it learnt", () => {
    const model = trainDutyModel(trainingExamples(toy), 3);
    const likeliest = (text: string): number => {
      const probabilities = predictOccupations(model, text);
      return probabilities.indexOf(Math.max(...probabilities));
    };
    expect(likeliest("welds the deck seams")).toBe(0);
    expect(likeliest("translating the manual")).toBe(1);
    expect(likeliest("강판 용접 작업")).toBe(0);
    expect(likeliest("번역 검수")).toBe(1);
    expect(likeliest("빵 굽기")).toBe(2);
  });

  it("should never train on titles, and read a scope a sentence at a time", () => {
    const examples = trainingExamples([
      { occupation: 0, source: "title", text: "Ship welder", weight: 0.8 },
      { occupation: 0, source: "scope", text: "Welds hull blocks. Repairs welds.", weight: 1 },
      { occupation: 0, source: "keyword", text: "fillet weld", weight: 2 },
    ]);
    expect(examples).toEqual([
      { text: "Welds hull blocks.", label: 0, weight: 1 },
      { text: "Repairs welds.", label: 0, weight: 1 },
      { text: "fillet weld", label: 0, weight: 1 },
    ]);
  });

  it("should round-trip through bytes and refuse bytes that are not a model of the same size", () => {
    const model = trainDutyModel(trainingExamples(toy), 3);
    const bytes = encodeDutyModel(model);
    const back = decodeDutyModel(bytes, 3)!;
    expect([...back.starts]).toEqual([...model.starts]);
    expect([...back.labels]).toEqual([...model.labels]);
    expect([...back.weights]).toEqual([...model.weights]);
    expect(back.scale).toBe(model.scale);
    expect(decodeDutyModel(bytes, 4)).toBeUndefined();
    expect(decodeDutyModel(bytes.subarray(0, bytes.length - 4), 3)).toBeUndefined();
    const damaged = new Uint8Array(bytes);
    damaged[0] = 0;
    expect(decodeDutyModel(damaged, 3)).toBeUndefined();
  });
});

describe("the shipped catalog's model", () => {
  it("should be the model its fields train, whether the build wrote it or not", () => {
    const index = buildIndex(catalog);
    const shipped = index.dutyModel();
    const fields = Array.from({ length: index.fields.length }, (_, f) => index.fields.at(f)!);
    const trained = trainDutyModel(trainingExamples(fields), index.codes.length);
    expect(shipped.labels.length).toBe(trained.labels.length);
    expect(Buffer.from(encodeDutyModel(shipped)).equals(Buffer.from(encodeDutyModel(trained)))).toBe(true);
  });

  it("should move a statement whose words mislead to the occupation of its whole wording", () => {
    // "Draws up" and "models" are words of drafting and engineering; investors and a cash runway are finance's.
    const text = "Draws up the pitch deck for investors and models the cash runway";
    expect(wordsOnly(() => matchDuties(catalog, text).bestCode)).not.toBe("282");
    expect(matchDuties(catalog, text).bestCode).toBe("282");
  });

  it("should weigh a function word over the domain's words, as the word scores do", () => {
    // Read without the words' roles, the model let 보안 and 솔루션 carry the statement to the security specialist.
    const ranking = matchDuties(catalog, "클라우드 보안 솔루션 영업").ranking;
    expect(ranking[0]!.code).toBe("2843");
    expect(ranking[0]!.score - ranking.find((entry) => entry.code === "2233")!.score).toBeGreaterThan(0.05);
  });

  it("should keep every score a share in [0, 1], a manager's lead included", () => {
    // "교장 또는 원장으로서 학교·유치원 운영 전반을 총괄한다" (a principal who directs) reached 1.003 before the cap.
    const index = buildIndex(catalog);
    let largest = 0;
    for (const occupation of catalog.occupations)
      for (const task of occupation.tasks)
        for (const text of [task.en, task.ko]) largest = Math.max(largest, ...scoreStatement(index, text).scores);
    expect(largest).toBeGreaterThan(0.9);
    expect(largest).toBeLessThanOrEqual(1);
  });

  it("should give no score to an occupation the statement's words do not reach", () => {
    const { statements } = matchDuties(catalog, "Tunes pianos in customers' homes and replaces worn hammers");
    const scored = statements[0]!.ranking.filter((entry) => entry.score > 0).map((entry) => entry.code);
    const byWords = wordsOnly(() =>
      matchDuties(catalog, "Tunes pianos in customers' homes and replaces worn hammers")
        .statements[0]!.ranking.filter((entry) => entry.score > 0)
        .map((entry) => entry.code),
    );
    expect(new Set(scored)).toEqual(new Set(byWords));
  });
});
