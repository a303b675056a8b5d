// Catalog notes that Korean findings and checklists print (recommending body and cases, own qualification rules) reach them in Korean.
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { Case } from "../../src/case/types.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { codeOf } from "../../src/catalog/occupation-lookup.js";
import { requireOccupation } from "../../src/catalog/resolve-code.js";
import { checklistForCase } from "../../src/checklist/checklist-for-case.js";
import { formatChecklistText } from "../../src/checklist/format-checklist.js";
import { employmentRecommendation } from "../../src/checks/employment-recommendation.js";
import { findingMessage } from "../../src/checks/messages/localize-finding.js";
import { qualification } from "../../src/checks/qualification.js";
import { salaryFloor } from "../../src/checks/salary-floor.js";
import { employerSizeAndRatio } from "../../src/checks/employer-size-and-ratio.js";
import { gniWageFloor } from "../../src/checks/gni-wage-floor.js";
import { loadRules } from "../../src/checks/load-rules.js";
import { occupationEmployerCap } from "../../src/checks/occupation-employer-cap.js";
import { exampleCase, findingsFor } from "../checks/check-tester.js";

const catalog = loadCatalog();
const recommended = catalog.occupations.filter(
  (o) => o.code !== null && (o.recommendation.status === "required" || o.recommendation.status === "conditional"),
);
/** English names of recommending bodies as the catalog's `by` and `note` spell them. */
const ENGLISH_BODY =
  /Ministry|Commission|Office|Administration|governor|superintendent|employer|agency|mission|MOTIE|MCST|MOLIT|MAFRA|\bMOF\b|\bSBC\b|KITA|reshoring|mandatory/;

describe("recommending bodies in Korean output", () => {
  it("should cover the occupations whose recommendation is required or conditional", () => {
    expect(recommended.length).toBeGreaterThanOrEqual(30);
  });

  it.each(recommended.map((o) => [codeOf(o), o] as const))(
    "%s: the Korean finding names the body and its cases in Korean",
    (code) => {
      const [finding] = findingsFor(employmentRecommendation, {
        name: code,
        change: (c) => {
          c.selectedCode = code;
          c.filing.codeEdition = "2026-09";
        },
      });
      const ko = findingMessage(finding!, "ko");
      const occupation = catalog.byCode.get(code)!;
      expect(ko).toContain(`${occupation.recommendation.byKo}의 고용추천서`);
      if (occupation.recommendation.status === "conditional") expect(ko).toContain(occupation.recommendation.noteKo);
      // The field name and kind the user types stay as the case file spells them.
      expect(ko.replace(/employer\.documents|"employment-recommendation"/g, "")).not.toMatch(ENGLISH_BODY);
    },
  );

  it("should print the body in Korean in the Korean checklist and keep English in the English one", () => {
    const draft = exampleCase("mismatch-travel-tech-pm-filed-as-2832");
    const { occupation } = requireOccupation(catalog, draft.selectedCode, draft.filing.codeEdition);
    const checklist = checklistForCase(draft as Case, occupation, catalog);
    const item = checklist.items.find((i) => i.id.startsWith("employment-recommendation"))!;
    expect(item.issuer).toEqual({ ko: "문화체육관광부", en: "Ministry of Culture, Sports and Tourism (MCST)" });
    const ko = formatChecklistText(checklist, "ko");
    expect(ko).toContain("발급기관: 문화체육관광부\n");
    expect(ko).not.toContain("Ministry of Culture");
    expect(formatChecklistText(checklist, "en")).toContain("Ministry of Culture, Sports and Tourism (MCST)");
  });

  it("should give a conditional entry's held recommendation its Korean cases in the Korean checklist", () => {
    const draft = exampleCase();
    draft.selectedCode = "2842";
    draft.employer.documents = [
      ...(draft.employer.documents ?? []),
      { kind: "employment-recommendation", title: "고용추천서", issueDate: "2026-11-20", origin: "domestic" },
    ];
    const { occupation } = requireOccupation(catalog, "2842", draft.filing.codeEdition);
    const item = checklistForCase(draft as Case, occupation, catalog).items.find((i) =>
      i.id.startsWith("employment-recommendation"),
    )!;
    expect(item.note?.ko).toBe(occupation.recommendation.noteKo);
    expect(item.note?.ko).toMatch(/^외국인투자기업/);
  });
});

describe("own qualification rules in Korean findings", () => {
  const own = catalog.occupations.filter((o) => o.code !== null && !o.qualification.general);

  it("should cover the occupations with their own qualification rule", () => {
    expect(own.length).toBeGreaterThanOrEqual(30);
  });

  it.each(own.map((o) => [codeOf(o), o] as const))(
    "%s: the Korean finding gives the rule in Korean",
    (code, occupation) => {
      const finding = findingsFor(qualification, {
        name: code,
        change: (c) => {
          c.selectedCode = code;
          c.filing.codeEdition = "2026-09";
        },
      }).find((f) => f.messageId === "ownRule")!;
      const ko = findingMessage(finding, "ko");
      expect(ko).toContain(occupation.qualification.noteKo);
      expect(ko).not.toContain(occupation.qualification.note);
      // Acronyms stay (TOPIK, AWS, ASME), but no English sentence: never three lower-case English words in a row.
      expect(ko).not.toMatch(/[A-Za-z]*[a-z][A-Za-z']*(?: [A-Za-z]*[a-z][A-Za-z']*){2}/);
    },
  );
});

describe("rule notes in Korean findings", () => {
  const rules = loadRules();
  const englishSentence = /[A-Za-z]*[a-z][A-Za-z']*(?: [A-Za-z]*[a-z][A-Za-z']*){2}/;

  it("should quote the employer cap, GNI floor and exception notes in Korean", () => {
    const cases = [
      {
        check: occupationEmployerCap,
        example: "mechanical-engineer",
        change: (c: ReturnType<typeof exampleCase>) => {
          c.employer.regularWorkers = 4;
        },
        note: rules.occupationEmployerRules.find((r) => r.codes.includes("2351"))!,
      },
      {
        check: gniWageFloor,
        change: (c: ReturnType<typeof exampleCase>) => {
          c.selectedCode = "6301";
          c.filing.codeEdition = "2026-09";
          c.position.annualSalaryKrw = 40_000_000;
        },
        note: rules.occupationGniFloors.find((r) => r.codes.includes("6301"))!,
      },
      {
        check: employerSizeAndRatio,
        change: (c: ReturnType<typeof exampleCase>) => {
          c.employer.insuredKoreanEmployees = 4;
          c.employer.mainlyDomesticMarket = true;
          c.employer.foundedDate = "2023-12-01";
          c.employer.ratioException = "startup-fdi-or-venture";
          c.employer.foreignEmployees = {};
        },
        note: rules.employer.exceptions.find((e) => e.id === "startup-fdi-or-venture")!,
      },
    ];
    for (const { check, note, ...testCase } of cases) {
      const finding = findingsFor(check, { name: check.meta.id, ...testCase }).find((f) =>
        String(f.data?.note ?? "").includes(note.note),
      )!;
      const ko = findingMessage(finding, "ko");
      expect(ko, check.meta.id).toContain(note.noteKo);
      expect(ko, check.meta.id).not.toContain(note.note);
      expect(ko.replace(/\([^()]*p\.[^()]*\)/g, ""), check.meta.id).not.toMatch(englishSentence);
    }
  });

  it.each(
    catalog.occupations
      .filter(
        // An occupation whose wage rule is in rules.json reports that rule instead (belowOccupationFloor).
        (o) =>
          o.code !== null && o.salaryFloorNote && !rules.occupationWageRules.some((r) => r.codes.includes(codeOf(o))),
      )
      .map((o) => [codeOf(o), o] as const),
  )("%s: the occupation's own wage rule is quoted in Korean", (code, occupation) => {
    const finding = findingsFor(salaryFloor, {
      name: code,
      change: (c) => {
        c.selectedCode = code;
        c.filing.codeEdition = "2026-09";
      },
    }).find((f) => f.messageId === "occupationNote");
    // An occupation whose wage rule is in rules.json reports that rule instead (belowOccupationFloor).
    if (!finding) return;
    const ko = findingMessage(finding, "ko");
    expect(ko).toContain(occupation.salaryFloorNoteKo);
    expect(ko).not.toMatch(englishSentence);
  });

  it("should give every quoted rule note a Korean note (rules schema)", () => {
    const ajv = new Ajv2020({ strict: true, strictTuples: false });
    addFormats.default(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync(new URL("../../schemas/rules.schema.json", import.meta.url), "utf8")) as object,
    );
    const data = JSON.parse(readFileSync(new URL("../../src/data/rules.json", import.meta.url), "utf8")) as {
      occupationEmployerRules: { noteKo?: string }[];
    };
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    delete data.occupationEmployerRules[0]!.noteKo;
    expect(validate(data)).toBe(false);
  });
});

describe("the catalog schema's Korean recommendation fields", () => {
  const schema = JSON.parse(readFileSync(new URL("../../schemas/catalog.schema.json", import.meta.url), "utf8")) as {
    $defs: { occupation: { properties: { recommendation: object; qualification: object } } };
  };
  const validate = new Ajv2020({ strict: true, strictTuples: false }).compile(
    schema.$defs.occupation.properties.recommendation,
  );

  it("should accept the shipped entries and require byKo with by, noteKo on a conditional entry", () => {
    for (const o of catalog.occupations) expect(validate(o.recommendation), o.id).toBe(true);
    expect(validate({ status: "required", by: "MOTIE", note: "x" })).toBe(false);
    expect(validate({ status: "conditional", by: "KOTRA", byKo: "대한무역투자진흥공사", note: "x" })).toBe(false);
    expect(
      validate({ status: "conditional", by: "KOTRA", byKo: "대한무역투자진흥공사", note: "x", noteKo: "필요합니다." }),
    ).toBe(true);
    expect(validate({ status: "required", by: "MOTIE", byKo: "MOTIE", note: "x" })).toBe(false);
    expect(validate({ status: "none", note: "x", noteKo: "plain English." })).toBe(false);
  });

  it("should require a Korean note on an occupation's own qualification rule", () => {
    const qualificationOf = new Ajv2020({ strict: true, strictTuples: false }).compile(
      schema.$defs.occupation.properties.qualification,
    );
    for (const o of catalog.occupations) expect(qualificationOf(o.qualification), o.id).toBe(true);
    expect(qualificationOf({ general: false, note: "Master's only." })).toBe(false);
    expect(qualificationOf({ general: false, note: "Master's only.", noteKo: "석사 학위가 필요합니다." })).toBe(true);
    expect(qualificationOf({ general: true, note: "General rule." })).toBe(true);
  });
});

describe("the catalog schema's Korean exclusion reasons", () => {
  const schema = JSON.parse(readFileSync(new URL("../../schemas/catalog.schema.json", import.meta.url), "utf8")) as {
    $defs: { occupation: { properties: { excludedTitles: object } } };
  };
  const validate = new Ajv2020({ strict: true, strictTuples: false }).compile(
    schema.$defs.occupation.properties.excludedTitles,
  );

  it("should require a Korean reason (합니다체) on every excluded title, and every shipped one should have it", () => {
    const all = catalog.occupations.flatMap((o) => o.excludedTitles);
    expect(all.length).toBeGreaterThan(250);
    for (const o of catalog.occupations) expect(validate(o.excludedTitles), o.id).toBe(true);
    for (const e of all) expect(e.reasonKo, e.en).toMatch(/(니다|습니다)\.$/u);
    const entry = { en: "Trade clerk", ko: "무역 사무원", reason: "Clerical work." };
    expect(validate([entry])).toBe(false);
    expect(validate([{ ...entry, reasonKo: "Clerical work." }])).toBe(false);
    expect(validate([{ ...entry, reasonKo: "사무 업무입니다." }])).toBe(true);
  });
});

describe("the catalog schema's Korean source titles", () => {
  const schema = JSON.parse(readFileSync(new URL("../../schemas/catalog.schema.json", import.meta.url), "utf8")) as {
    properties: { sources: object };
  };
  const validate = new Ajv2020({ strict: true, strictTuples: false }).compile(schema.properties.sources);

  it("should require a Korean title on every source, and name the manual by its official Korean title", () => {
    expect(validate(catalog.sources), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
    expect(catalog.sources["MOJ-2026-09"]?.titleKo).toContain("「외국인체류 안내매뉴얼」");
    expect(validate({ KEY: { title: "A web page" } })).toBe(false);
    expect(validate({ KEY: { title: "A web page", titleKo: "A web page" } })).toBe(false);
    expect(validate({ KEY: { title: "A web page", titleKo: "웹 페이지" } })).toBe(true);
  });
});
