import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import {
  EXCLUSION_CUES_PATH,
  findExclusion,
  loadExclusionCues,
  readExclusions,
  readsAsRole,
  titleAlternatives,
} from "../../src/match/exclusions.js";
import { matchDuties } from "../../src/match/match-duties.js";
import { matchMessageKo } from "../../src/match/match-message-ko.js";
import {
  BUILT_CUES_DIR,
  builtCuesFolder,
  builtCuesFolderOf,
  CUES_STAMP,
  readBuiltCues,
} from "../../src/match/built-exclusion-cues.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { type RoleList as DutyList, SEEN_LISTS_FILE } from "../../src/bench/excluded-roles.js";

const fixture = JSON.parse(readFileSync(SEEN_LISTS_FILE, "utf8")) as { excluded: DutyList[]; true: DutyList[] };
const catalog = loadCatalog();
const run = (list: DutyList) =>
  matchDuties(
    catalog,
    list.duties.map((text) => ({ text })),
    { selectedCode: list.code, ...(list.title ? { title: list.title } : {}) },
  );

describe("excluded-role duty lists", () => {
  it("should cover at least 25 lists across at least 12 occupations, in English and Korean", () => {
    expect(fixture.excluded.length).toBeGreaterThanOrEqual(25);
    expect(new Set(fixture.excluded.map((list) => list.code)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(fixture.excluded.map((list) => list.lang))).toEqual(new Set(["en", "ko"]));
    expect(new Set(fixture.true.map((list) => list.code))).toEqual(new Set(fixture.excluded.map((list) => list.code)));
  });

  it("should call none of the excluded-role lists a match, and name the excluded role for each", () => {
    const results = fixture.excluded.map((list) => ({ list, result: run(list) }));
    expect(results.filter(({ result }) => result.verdict === "match").map(({ list }) => list.id)).toEqual([]);
    expect(
      results.filter(({ list, result }) => result.exclusion?.role.en !== list.role).map(({ list }) => list.id),
    ).toEqual([]);
    // Where the words still favour the filed code, the verdict itself is `excluded` (the others are mismatches).
    for (const { result } of results) expect(["excluded", "mismatch"]).toContain(result.verdict);
    expect(results.filter(({ result }) => result.verdict === "excluded").length).toBeGreaterThanOrEqual(15);
  });

  it("should call none of the true duty lists of the same occupations excluded", () => {
    const results = fixture.true.map((list) => ({ list, result: run(list) }));
    expect(
      results
        .filter(({ result }) => result.verdict === "excluded" || result.exclusion !== undefined)
        .map(({ list }) => list.id),
    ).toEqual([]);
    expect(results.filter(({ result }) => result.verdict !== "match").map(({ list }) => list.id)).toEqual([]);
  });
});

describe("the trade clerk filed as 2842", () => {
  const duties = [
    "Prepare commercial invoices, packing lists and certificates of origin for each export order",
    "Book shipments with freight forwarders and track the vessels until arrival",
    "Arrange customs clearance with the customs broker and file the export declarations",
  ].map((text) => ({ text }));

  it("should be excluded with the catalog entry, the scope sentence and no E-7 code instead", () => {
    const result = matchDuties(catalog, duties, { selectedCode: "2842" });
    expect(result.verdict).toBe("excluded");
    expect(result.exclusion).toMatchObject({
      code: "2842",
      role: { en: "Trade clerk (export/import documentation)", ko: "무역 사무원" },
      share: 1,
    });
    expect(result.exclusion?.useCode).toBeUndefined();
    expect(result.exclusion?.scopeSentence).toContain("trade paperwork alone");
    expect(result.message).toContain("not an E-7 occupation");
    expect(result.exclusion?.statements).toEqual([0, 1, 2]);
    expect(result.statements.filter((statement) => statement.verdict === "match")).toEqual([]);
    expect(result.statements.filter((statement) => statement.verdict === "excluded").length).toBeGreaterThanOrEqual(2);
  });

  it("should be excluded without a selected code too (its best code excludes it)", () => {
    expect(matchDuties(catalog, duties).verdict).toBe("excluded");
  });

  it("should not let a leading clause label stand for the duty", () => {
    const labelled = duties.map((duty, i) => (i === 0 ? { text: `Export sales: ${duty.text}` } : duty));
    expect(matchDuties(catalog, labelled, { selectedCode: "2842" }).verdict).toBe("excluded");
  });
});

describe("a job title", () => {
  const sales = [
    "Find new buyers and distributors abroad and close export orders",
    "Negotiate prices and payment terms with overseas customers",
  ].map((text) => ({ text, weight: 0.5 }));

  it("should never decide alone", () => {
    expect(findExclusion(catalog, "2842", sales, "Trade clerk")).toBeUndefined();
  });

  it("should lower what the agreeing duties need", () => {
    const mixed = [
      { text: "Coordinate customs clearance and freight bookings", weight: 0.4 },
      { text: "Negotiate prices with overseas buyers", weight: 0.3 },
      { text: "Reply to questions about delivery dates", weight: 0.3 },
    ];
    expect(findExclusion(catalog, "2842", mixed)).toBeUndefined();
    expect(findExclusion(catalog, "2842", mixed, "Trade clerk")?.titleAgrees).toBe(true);
  });
});

describe("titleAlternatives", () => {
  it("should split a title into its names, keeping a lone word qualified", () => {
    expect(titleAlternatives({ en: "Software developer or programmer", ko: "소프트웨어 개발자·프로그래머" })).toEqual([
      "software developer",
      "software programmer",
      "소프트웨어 개발자",
      "소프트웨어 프로그래머",
    ]);
    expect(titleAlternatives({ en: "Architectural or civil CAD drafter", ko: "건축·토목 캐드 제도사" })).toContain(
      "architectural cad drafter",
    );
    expect(titleAlternatives({ en: "Architectural or civil CAD drafter", ko: "x" })).not.toContain("architectural");
  });

  it("should never take a place, product or field for the role: every name names a person", () => {
    const school = titleAlternatives({
      en: "Teacher at a foreign or international school",
      ko: "외국인학교·국제학교 교사",
    });
    expect(school).not.toContain("international school");
    expect(school).toContain("국제학교 교사");
    expect(
      titleAlternatives({ en: "Mobile app or business application developer", ko: "모바일 앱·업무용 프로그램 개발자" }),
    ).toEqual(["mobile app developer", "business application developer", "모바일 앱 개발자", "업무용 프로그램 개발자"]);
    const academy = titleAlternatives({
      en: "Native-speaker language teacher at a public school or private academy",
      ko: "공립학교·학원 원어민 회화 강사",
    });
    expect(academy).not.toContain("private academy");
    expect(titleAlternatives({ en: "Casino security or surveillance officer", ko: "카지노 보안·감시 요원" })).toContain(
      "카지노 보안 요원",
    );
  });
});

describe("an excluded role's name used for someone else", () => {
  it("should not exclude a manager who runs an international school or hands out designers' work", () => {
    const principal = matchDuties(
      catalog,
      [{ text: "Runs an international school as its principal, approving the curriculum and supervising teachers." }],
      { selectedCode: "1312" },
    );
    expect(principal.exclusion).toBeUndefined();
    const publisher = matchDuties(
      catalog,
      [{ text: "출판사의 연간 출간 목록을 정하고 제작비 예산을 승인하며 편집자와 디자이너의 업무를 배분한다." }],
      { selectedCode: "1340" },
    );
    expect(publisher.exclusion).toBeUndefined();
  });
});

describe("exclusion-cues.json", () => {
  it("should validate against schemas/exclusion-cues.schema.json", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "schemas", "exclusion-cues.schema.json"), "utf8")),
    );
    expect(
      validate(JSON.parse(readFileSync(EXCLUSION_CUES_PATH, "utf8"))),
      JSON.stringify(validate.errors?.slice(0, 5), null, 1),
    ).toBe(true);
  });

  it("should name only excluded titles the catalog has, under occupations it has", () => {
    for (const [code, entry] of Object.entries(loadExclusionCues().occupations)) {
      const occupation = catalog.byCode.get(code) ?? catalog.byId.get(code);
      expect(occupation, code).toBeDefined();
      for (const excluded of entry.excluded)
        expect(
          occupation!.excludedTitles.map((t) => t.en),
          `${code}: ${excluded.title}`,
        ).toContain(excluded.title);
    }
  });

  it("should hold no cue that reads two or more of the occupation's own vocabulary phrases as the excluded role", () => {
    // The vocabulary is the occupation's own work in words and short phrases: a cue that turns two of them into the
    // excluded role is a word the occupation uses itself, and would flag true duties.
    const readAsRole = new Map<string, string[]>();
    const cueData = loadExclusionCues().occupations;
    for (const occupation of catalog.occupations) {
      if (occupation.code === null) continue;
      // The data file's cues; the excluded titles' own names are cues too, but name a person, not the work.
      const written = new Set(
        (cueData[occupation.code]?.excluded ?? []).flatMap((entry) => [...entry.cues.en, ...entry.cues.ko]),
      );
      const phrases = [occupation.vocabulary, occupation.secondaryVocabulary].flatMap((list) =>
        list ? [...list.en, ...list.ko] : [],
      );
      for (const phrase of phrases) {
        const { exclusion } = readExclusions(catalog, occupation.code, [{ text: phrase, weight: 1 }]);
        for (const cue of exclusion?.cues ?? []) {
          if (!written.has(cue)) continue;
          const key = `${occupation.code} "${cue}"`;
          readAsRole.set(key, [...(readAsRole.get(key) ?? []), phrase]);
        }
      }
    }
    const generic = [...readAsRole]
      .filter(([, phrases]) => phrases.length >= 2)
      .map(([key, p]) => `${key}: ${p.join(" / ")}`);
    expect(generic).toEqual([]);
  });
});

describe("duties partly reading as an excluded role", () => {
  const duties = [
    { text: "Assist patients with washing, dressing and going to the toilet", share: 40 },
    { text: "Attend the morning handover", share: 30 },
    { text: "Take part in the weekly team meeting", share: 30 },
  ];

  it("should not be a match when the role's duties outweigh the core work, naming the role and the clauses", () => {
    const result = matchDuties(catalog, duties, { selectedCode: "2440" });
    expect(result.verdict).toBe("ambiguous");
    expect(result.exclusion).toBeUndefined();
    expect(result.excludedRoleRisk).toMatchObject({ role: { en: "Nursing assistant" }, statements: [0] });
    expect(result.rival).toBeUndefined();
    expect(result.message).toMatch(/Duties 1 \(40% of the working time\) read as "Nursing assistant"/);
    expect(matchMessageKo(catalog, result)).toMatch(/담당업무 1번\(근무시간의 40%\)이 "간호조무사"로 읽히는데/);
  });

  it("should stay a match when the occupation's core work outweighs the role's duties", () => {
    const result = matchDuties(
      catalog,
      [
        { text: "Assess patients, take vital signs and give medication on the ward", share: 40 },
        { text: "Plan nursing care and record it in the electronic chart", share: 30 },
        { text: "Help patients with bathing when the ward is short of staff", share: 30 },
      ],
      { selectedCode: "2440" },
    );
    expect(result.verdict).toBe("match");
    expect(result.excludedRoleRisk).toBeUndefined();
  });
});

describe("a statement with as many of the role's words as of the core work's", () => {
  // Three words each: negotiates, prices, buyers (2842's work) against customs, clearance, freight (a trade clerk's).
  const tie = "Negotiates prices with buyers and arranges customs clearance and freight for each order";
  const clerkOnly = "Replies to distributors and prepares the packing list and bill of lading";
  const weighted = (texts: string[]) => texts.map((text) => ({ text, weight: 1 }));

  it("should read as the role within a list, where the list's share still has to reach half", () => {
    expect(readsAsRole(3, 3, true)).toBe(true);
    expect(readsAsRole(2, 2, true)).toBe(true);
    // One word each is too thin to take from the core work.
    expect(readsAsRole(1, 1, true)).toBe(false);
    const { exclusion } = readExclusions(catalog, "2842", weighted([tie, clerkOnly]));
    expect(exclusion).toMatchObject({ role: { en: "Trade clerk (export/import documentation)" }, statements: [0, 1] });
    expect(exclusion?.coreShare).toBe(0);
  });

  it("should keep the benefit of the doubt alone, where the tie would decide the verdict by itself", () => {
    expect(readsAsRole(3, 3, false)).toBe(false);
    expect(readsAsRole(3, 2, false)).toBe(true);
    expect(readsAsRole(0, 0, true)).toBe(false);
    expect(readExclusions(catalog, "2842", weighted([tie]))).toEqual({});
  });
});

describe("the build's per-code exclusion cues", () => {
  const content = readFileSync(EXCLUSION_CUES_PATH);

  it("should hold every code's entry exactly as the data file has it (npm run build writes them)", () => {
    const folder = builtCuesFolder(content);
    expect(folder, "run npm run build").toBeDefined();
    for (const [code, entry] of Object.entries(loadExclusionCues().occupations))
      expect(readBuiltCues(folder!, code), code).toEqual(entry);
    expect(readBuiltCues(folder!, "2223")).not.toBeUndefined();
  });

  it("should not be used for a data file edited after the build", () => {
    expect(builtCuesFolder(Buffer.concat([content, Buffer.from(" ")]))).toBeUndefined();
  });

  it("should be found from the build's stamp, and by content when the data file's size or time differs", () => {
    const folder = builtCuesFolder(content);
    expect(builtCuesFolderOf(EXCLUSION_CUES_PATH)).toBe(folder);
    const stamp = JSON.parse(readFileSync(path.join(BUILT_CUES_DIR, CUES_STAMP), "utf8")) as { key: string };
    expect(path.join(BUILT_CUES_DIR, stamp.key)).toBe(folder);
    const dir = mkdtempSync(path.join(tmpdir(), "e7-cues-"));
    try {
      // A copy with the same bytes and another time: hashed, the same folder.
      const copy = path.join(dir, "exclusion-cues.json");
      writeFileSync(copy, content);
      utimesSync(copy, new Date(2001, 0, 1), new Date(2001, 0, 1));
      expect(builtCuesFolderOf(copy)).toBe(folder);
      // Edited after the build: no folder, whatever the stamp says.
      writeFileSync(copy, Buffer.concat([content, Buffer.from(" ")]));
      expect(builtCuesFolderOf(copy)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
