import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCase } from "../../src/case/load-case.js";
import {
  CaseInvalidError,
  pointerToPath,
  requireValidCase,
  validateCase,
  type CaseProblem,
} from "../../src/case/validate-case.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

const EXAMPLE = readFileSync(path.join(PACKAGE_ROOT, "examples", "web-developer", "case.json"), "utf8");

/** Validates the web-developer example after text edits (each [from, to] must occur). */
async function validateEdited(...edits: readonly (readonly [string, string])[]) {
  let text = EXAMPLE;
  for (const [from, to] of edits) {
    expect(text, `edit target ${from}`).toContain(from);
    text = text.replace(from, to);
  }
  return { result: await validateCase(loadCase(new TextEncoder().encode(text))), text };
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  const before = text.slice(0, index).split("\n");
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const only = (problems: readonly CaseProblem[], keyword: string): CaseProblem[] =>
  problems.filter((p) => p.keyword === keyword);

describe("validateCase", () => {
  it("should accept the web-developer example and resolve its occupation", async () => {
    const { result } = await validateEdited();
    expect(result.valid).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.occupation?.code).toBe("2224");
    expect(result.case?.position.duties).toHaveLength(4);
  });

  it("should say where a duty share is wrong, what was expected and what was found (type)", async () => {
    const { result, text } = await validateEdited(['"share": 20', '"share": "40%"']);
    const at = positionOf(text, '"40%"');
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      {
        path: "/position/duties/2/share",
        line: at.line,
        column: at.column,
        keyword: "type",
        message: `position.duties[2].share must be a number from 0 to 100 (percent of working time, without the % sign or quotes); found "40%" at line ${at.line}, column ${at.column}`,
        messageKo: `position.duties[2].share에는 0부터 100까지의 숫자(근무 시간의 백분율, % 기호와 따옴표 없이)를 써야 합니다. 지금 값: "40%". (${at.line}행 ${at.column}열)`,
      },
    ]);
  });

  it("should report every error at once, in file order", async () => {
    const { result } = await validateEdited(
      ['"kind": "first"', '"kind": "reapp"'],
      ['"plannedFilingDate": "2026-12-07"', '"plannedFilingDate": "2026-02-30"'],
      ['"share": 40', '"share": 140'],
      ['"weeklyHours": 40', '"weeklyHours": 0'],
      ['"annualSalaryKrw": 42000000', '"annualSalaryKrw": "42,000,000"'],
    );
    expect(result.errors.map((e) => [e.path, e.keyword])).toEqual([
      ["/filing/kind", "enum"],
      ["/filing/plannedFilingDate", "format"],
      ["/position/duties/0/share", "maximum"],
      ["/position/annualSalaryKrw", "type"],
      ["/position/weeklyHours", "exclusiveMinimum"],
    ]);
    const message = (p: string): string => result.errors.find((e) => e.path === p)!.message;
    expect(message("/filing/kind")).toMatch(
      /^filing\.kind must be one of "first", "reapplication", "supplement"; found "reapp" \(did you mean "reapplication"\?\) at line 5, column 13$/,
    );
    expect(message("/filing/plannedFilingDate")).toMatch(
      /must be a calendar date written YYYY-MM-DD that exists on the calendar; found "2026-02-30"/,
    );
    expect(message("/position/duties/0/share")).toMatch(/must be a number from 0 to 100 .*; found 140/);
    expect(message("/position/weeklyHours")).toMatch(/must be a number above 0 and at most 52; found 0/);
    expect(message("/position/annualSalaryKrw")).toMatch(
      /must be a whole number of won, without commas, units or quotes \(e\.g\. 42000000\); found "42,000,000"/,
    );
  });

  it("should reject negative counts (minimum) and fractional ones (integer type)", async () => {
    const { result } = await validateEdited(
      ['"insuredKoreanEmployees": 23', '"insuredKoreanEmployees": -1'],
      ['"regularWorkers": 26', '"regularWorkers": 26.5'],
    );
    expect(result.errors.map((e) => [e.path, e.keyword, e.message.replace(/ at line.*/, "")])).toEqual([
      [
        "/employer/insuredKoreanEmployees",
        "minimum",
        "employer.insuredKoreanEmployees must be a whole number (0 or more); found -1",
      ],
      ["/employer/regularWorkers", "type", "employer.regularWorkers must be a whole number (0 or more); found 26.5"],
    ]);
  });

  it("should name a missing required field and where its object starts (required)", async () => {
    const { result, text } = await validateEdited([
      '"title": { "en": "Web Developer", "ko": "웹 개발자" }',
      '"title": { "en": "Web Developer" }',
    ]);
    const at = positionOf(text, '{ "en": "Web Developer" }');
    expect(only(result.errors, "required")).toEqual([
      {
        path: "/position/title/ko",
        line: at.line,
        column: at.column,
        keyword: "required",
        message: `position.title.ko is missing (Korean (한국어)); add it to position.title at line ${at.line}, column ${at.column}`,
        messageKo: `position.title.ko가 없습니다. position.title에 추가하십시오. (${at.line}행 ${at.column}열)`,
      },
    ]);
  });

  it("should point at an unknown field's name and suggest the closest one (additionalProperties)", async () => {
    const { result, text } = await validateEdited(['"department":', '"departmnet":']);
    const at = positionOf(text, '"departmnet"');
    const problems = result.errors;
    expect(problems.map((p) => p.keyword).sort()).toEqual(["additionalProperties", "required"]);
    const extra = only(problems, "additionalProperties")[0]!;
    expect(extra).toMatchObject({ path: "/position/departmnet", line: at.line, column: at.column });
    expect(extra.message).toMatch(/^position\.departmnet is not a field of position; did you mean "department"\?/);
  });

  it("should explain patterns in the field's own terms (pattern)", async () => {
    const { result } = await validateEdited(
      ['"selectedCode": "2224"', '"selectedCode": "22-24x"'],
      ['"nationality": "VNM"', '"nationality": "Vietnam"'],
      ['"businessRegistrationNumber": "220-81-61901"', '"businessRegistrationNumber": "220816190"'],
    );
    expect(result.errors.map((e) => e.message.replace(/ at line.*/, ""))).toEqual([
      'selectedCode must be an occupation code such as 2224 or S2353 (3 to 5 digits, optionally S first); found "22-24x"',
      'applicant.nationality must be the three-letter country code printed in the passport, such as VNM (Vietnam), IND (India) or USA (United States of America); found "Vietnam"',
      'employer.businessRegistrationNumber must be 10 digits written 123-45-67890; found "220816190"',
    ]);
  });

  it("should name the countries of the example codes in each language, so a reader can find the code", async () => {
    const { result } = await validateEdited(
      ['"nationality": "VNM"', '"nationality": "베트남"'],
      ['"country": "VN"', '"country": "Vietnam"'],
    );
    const nationality = result.errors.find((e) => e.path === "/applicant/nationality");
    expect(nationality?.messageKo).toContain(
      "여권에 인쇄된 세 글자 국가 코드(예: 베트남 VNM, 인도 IND, 미국 USA)를 써야",
    );
    const country = result.errors.find((e) => e.path.endsWith("/country"));
    expect(country?.message).toContain("such as KR (South Korea), VN (Vietnam) or US (United States of America)");
    expect(country?.messageKo).toContain("두 글자 국가 코드(예: 대한민국 KR, 베트남 VN, 미국 US)를 써야");
  });

  it("should reject a stay-status key that is not a status (propertyNames)", async () => {
    const { result } = await validateEdited([
      '"foreignEmployees": { "E-7-1": 2, "F-6": 1 }',
      '"foreignEmployees": { "E7": 2, "F-6": 1 }',
    ]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ path: "/employer/foreignEmployees", keyword: "pattern" });
    expect(result.errors[0]!.message).toMatch(/has the key "E7", which is not a stay status/);
  });

  it("should reject empty text, empty lists and repeated languages (minLength, minItems, uniqueItems)", async () => {
    const { result } = await validateEdited(
      ['"department": { "ko": "플랫폼개발팀",', '"department": { "ko": "",'],
      ['"languages": ["en", "ko"]', '"languages": ["en", "en"]'],
      ['"specialisedSkills": [', '"specialisedSkills": [], "x": ['],
    );
    expect(result.errors.map((e) => [e.path, e.keyword])).toEqual(
      expect.arrayContaining([
        ["/filing/languages", "uniqueItems"],
        ["/position/department/ko", "minLength"],
        ["/recruitment/specialisedSkills", "minItems"],
      ]),
    );
    expect(result.errors.find((e) => e.keyword === "minLength")!.message).toMatch(
      /^position\.department\.ko must not be empty/,
    );
    expect(result.errors.find((e) => e.keyword === "uniqueItems")!.message).toMatch(
      /lists the same value twice \(items 0 and 1\)/,
    );
    expect(result.errors.find((e) => e.keyword === "minItems")!.message).toMatch(
      /needs at least 1 item; found an empty list/,
    );
  });

  it("should require priorApplication for a reapplication (if/then)", async () => {
    const { result } = await validateEdited(['"kind": "first"', '"kind": "reapplication"']);
    expect(result.errors.map((e) => [e.path, e.keyword])).toEqual([["/priorApplication", "required"]]);
  });

  it("should check nested $defs such as documents (items, $ref)", async () => {
    const { result } = await validateEdited(['"origin": "domestic"', '"origin": "korea"']);
    expect(result.errors.map((e) => e.path)).toEqual(["/employer/documents/0/origin"]);
  });

  it("should flag every init placeholder once, not also as a wrong type", async () => {
    const { result } = await validateEdited(
      ['"annualSalaryKrw": 42000000', '"annualSalaryKrw": "<gross annual salary in won>"'],
      ['"fullName": "NGUYEN VAN AN"', '"fullName": "<full name>"'],
    );
    expect(result.errors.map((e) => [e.path, e.keyword])).toEqual([
      ["/applicant/fullName", "placeholder"],
      ["/position/annualSalaryKrw", "placeholder"],
    ]);
    expect(result.errors[1]!.message).toMatch(
      /position\.annualSalaryKrw is still the placeholder "<gross annual salary in won>"; replace it/,
    );
  });

  it("should report duplicate keys", async () => {
    const { result } = await validateEdited([
      '"nameEn": "Hanbit Commerce Co., Ltd.",',
      '"nameEn": "Hanbit Commerce Co., Ltd.", "nameEn": "Hanbit",',
    ]);
    expect(result.errors.map((e) => [e.path, e.keyword])).toEqual([["/employer/nameEn", "duplicateKey"]]);
  });

  it("should check the business registration number's check digit", async () => {
    const { result } = await validateEdited(['"220-81-61901"', '"220-81-61902"']);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ path: "/employer/businessRegistrationNumber", keyword: "checkDigit" });
    expect(result.errors[0]!.message).toMatch(/fails the check digit \(the last digit would be 1/);
  });

  it("should reject dates that run backwards", async () => {
    const { result } = await validateEdited([
      '"endDate": "2026-09-30",\n        "applicants": 6',
      '"endDate": "2026-08-30",\n        "applicants": 6',
    ]);
    expect(result.errors.map((e) => [e.path, e.keyword])).toEqual([
      ["/recruitment/domesticEfforts/0/endDate", "dateOrder"],
    ]);
  });

  it("should name the closest codes for an unknown code", async () => {
    const { result } = await validateEdited(['"selectedCode": "2224"', '"selectedCode": "2229"']);
    expect(only(result.errors, "unknownCode")).toHaveLength(1);
    expect(result.errors[0]!.message).toMatch(
      /selectedCode 2229 is not an E-7 occupation code in any list edition; closest: .*2224 Web developer/,
    );
  });

  it("should name the right code for a commonly misused number", async () => {
    const { result } = await validateEdited(['"selectedCode": "2224"', '"selectedCode": "2752"']);
    expect(result.errors[0]!.message).toMatch(/2752 is not the E-7 code for travel product developer.*Use 2832/);
  });

  it("should accept a former code with a warning naming the current one", async () => {
    const { result } = await validateEdited(['"selectedCode": "2224"', '"selectedCode": "2814"']);
    expect(result.valid).toBe(true);
    expect(result.occupation?.code).toBe("2914");
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ path: "/selectedCode", keyword: "formerCode" });
    expect(result.warnings[0]!.message).toMatch(
      /2814 is not a code in the 2026-09 list; it is the ksco7-list code of .*now 2914/,
    );
  });

  it("should read a code in the edition the case names", async () => {
    const { result } = await validateEdited(
      ['"selectedCode": "2224"', '"selectedCode": "2742"'],
      ['"codeEdition": "2026-09"', '"codeEdition": "ksco7-list"'],
    );
    expect(result.occupation?.code).toBe("2842");
    expect(result.warnings[0]!.message).toMatch(/2742 is the ksco7-list code of .*current list \(2026-09\) it is 2842/);
  });

  it("should take a tool, product or client as a name or a {ko, en} wording, and explain the wrong kinds once each", async () => {
    const ok = await validateEdited([
      '"tools": ["React", "TypeScript", "Next.js"]',
      '"tools": ["React", { "ko": "사내 디자인 시스템", "en": "in-house design system" }]',
    ]);
    expect(ok.result.errors).toEqual([]);
    const { result, text } = await validateEdited([
      '"tools": ["React", "TypeScript", "Next.js"]',
      '"tools": ["", 5, { "ko": "" }, {}, { "kr": "리액트" }]',
    ]);
    expect(result.errors.map((e) => `${e.keyword} ${e.message.split(" at line")[0]}`)).toEqual([
      "minLength position.duties[0].tools[0] must not be empty",
      'anyOf position.duties[0].tools[1] must be text in double quotes or an object such as { "ko": "...", "en": "..." }; found 5',
      "minLength position.duties[0].tools[2].ko must not be empty",
      'minProperties position.duties[0].tools[3] is an empty object; write { "ko": "...", "en": "..." } with the languages the documents need, or leave the field out',
      'additionalProperties position.duties[0].tools[4].kr is not a field of position.duties[0].tools[4]; did you mean "ko"? (known fields: ko, en)',
    ]);
    expect(result.errors[1]).toMatchObject(positionOf(text, "5, {"));
  });

  it("should require each language of filing.languages in a {ko, en} client, but not in a plain name", async () => {
    const { result, text } = await validateEdited([
      '"tools": ["React", "TypeScript", "Next.js"]',
      '"tools": ["React"], "clients": [{ "en": "Vietnamese merchants" }]',
    ]);
    expect(only(result.errors, "missingLanguage").map((e) => e.path)).toEqual(["/position/duties/0/clients/0"]);
    expect(result.errors[0]).toMatchObject({
      ...positionOf(text, '{ "en": "Vietnamese'),
      message: expect.stringContaining("position.duties[0].clients[0] has no Korean (ko) text"),
    });
  });

  it("should take the representative as a string or {ko, en}", async () => {
    for (const value of ['"김민준"', '{ "ko": "김민준" }', '{ "en": "Kim Min-jun" }']) {
      const { result } = await validateEdited([
        '"representative": { "ko": "김민준", "en": "Kim Min-jun" }',
        `"representative": ${value}`,
      ]);
      expect(result.errors, value).toEqual([]);
    }
    const { result } = await validateEdited([
      '"representative": { "ko": "김민준", "en": "Kim Min-jun" }',
      '"representative": { "ko": "김민준", "latin": "Kim" }',
    ]);
    expect(result.errors.map((e) => e.path)).toEqual(["/employer/representative/latin"]);
  });

  it("should validate a bare value without positions", async () => {
    const result = await validateCase({ data: { filing: {} } });
    expect(result.valid).toBe(false);
    expect(result.errors.every((e) => e.line === 0 && !/ at line /.test(e.message))).toBe(true);
  });
});

describe("requireValidCase", () => {
  it("should throw CaseInvalidError (exit 2) listing the errors", async () => {
    await expect(requireValidCase({ data: {}, path: "x.json" })).rejects.toBeInstanceOf(CaseInvalidError);
    await expect(requireValidCase({ data: {}, path: "x.json" })).rejects.toMatchObject({
      code: "E_CASE_INVALID",
      exitCode: 2,
    });
  });
});

describe("pointerToPath", () => {
  it("should write pointers the way JavaScript reads them", () => {
    expect(pointerToPath("/position/duties/2/share")).toBe("position.duties[2].share");
    expect(pointerToPath("/employer/foreignEmployees/E-7-1")).toBe('employer.foreignEmployees["E-7-1"]');
    expect(pointerToPath("")).toBe("(the file)");
  });
});
