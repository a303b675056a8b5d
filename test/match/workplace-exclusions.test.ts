// Duties that name a kind of workplace the code is not open to (rules.json occupationEmployerSettings with an
// excludedTitle) read as that excluded role, and the words doing so never occur in the occupation's own work.
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { codeOf } from "../../src/catalog/occupation-lookup.js";
import { cueIn, loadEmployerSettings } from "../../src/catalog/employer-settings.js";
import { readLabelled, defaultFiles } from "../../src/bench/accuracy.js";
import { matchDuties } from "../../src/match/match-duties.js";

const catalog = loadCatalog();
const linked = loadEmployerSettings().flatMap((rule) =>
  (rule.ruledOut ?? []).flatMap((ruledOut) =>
    ruledOut.excludedTitle ? rule.codes.map((code) => ({ code, ruledOut, title: ruledOut.excludedTitle! })) : [],
  ),
);

describe("duties naming a workplace the code is not open to", () => {
  it("should read a front-desk list at a motel, filed as 3612, as the excluded inn or motel role", () => {
    const result = matchDuties(
      catalog,
      [
        { text: "Check guests in and out at the front desk and take payment for their rooms", share: 50 },
        { text: "Take room reservations by phone and through booking sites for the motel", share: 30 },
        { text: "Answer guests' questions about local transport and sights", share: 20 },
      ],
      { selectedCode: "3612" },
    );
    expect(result.verdict).toBe("excluded");
    expect(result.exclusion?.role.en).toBe("Inn, motel or guesthouse manager");
    expect(result.exclusion?.cues).toEqual(["motel"]);
    expect(result.exclusion?.share).toBe(1);
  });

  it("should read a Korean care list at a home-visit agency, filed as 42210, as the excluded role", () => {
    const result = matchDuties(
      catalog,
      [
        { text: "방문요양 서비스로 어르신 댁을 찾아가 식사와 목욕을 돕는다", share: 60 },
        { text: "어르신의 건강 상태를 살피고 보호자에게 알린다", share: 40 },
      ],
      { selectedCode: "42210" },
    );
    expect(result.verdict).toBe("excluded");
    expect(result.exclusion?.role.en).toBe("Home-visit care worker at a private home agency");
  });

  it("should leave the same front-desk work at a hotel a match", () => {
    const result = matchDuties(
      catalog,
      [
        { text: "Check guests in and out at the front desk and take payment for their rooms", share: 50 },
        { text: "Take room reservations by phone and through booking sites for the hotel", share: 30 },
        { text: "Answer guests' questions about local transport and sights", share: 20 },
      ],
      { selectedCode: "3612" },
    );
    expect(result.exclusion).toBeUndefined();
    expect(result.verdict).toBe("match");
  });

  it("should link only excluded titles the catalog has for the rule's codes", () => {
    expect(linked.length).toBeGreaterThan(0);
    for (const { code, title } of linked) {
      const occupation = catalog.occupations.find((o) => codeOf(o) === code);
      expect(
        occupation?.excludedTitles.map((t) => t.en),
        `${code}: ${title}`,
      ).toContain(title);
    }
  });

  it("should find no linked workplace word in the occupation's own vocabulary, catalog tasks or labelled duties", () => {
    const found: string[] = [];
    const dev = defaultFiles().flatMap((file) => readLabelled(file));
    for (const { code, ruledOut } of linked) {
      const occupation = catalog.occupations.find((o) => codeOf(o) === code)!;
      const own = [
        ...[occupation.vocabulary, occupation.secondaryVocabulary].flatMap((list) =>
          list ? [...list.en, ...list.ko] : [],
        ),
        ...occupation.tasks.flatMap((task) => [task.en, task.ko]),
        ...dev.filter((item) => item.code === code).map((item) => item.text),
      ];
      for (const text of own) {
        const cue = cueIn([text], ruledOut.cues);
        if (cue !== undefined) found.push(`${code} "${cue}": ${text}`);
      }
    }
    expect(found).toEqual([]);
  });
});
