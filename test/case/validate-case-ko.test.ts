// Every case-file problem has a Korean message (messageKo) built from the same data as the English one.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildStartingCase } from "../../src/case/build-starting-case.js";
import { loadCase } from "../../src/case/load-case.js";
import {
  CaseInvalidError,
  problemMessage,
  problemMessageUnplaced,
  validateCase,
  type CaseProblem,
} from "../../src/case/validate-case.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { withParticleAfterName } from "../../src/text/korean-particle.js";

const EXAMPLE = readFileSync(path.join(PACKAGE_ROOT, "examples", "web-developer", "case.json"), "utf8");

/** Validates the web-developer example after text edits (each [from, to] must occur). */
async function validateEdited(...edits: readonly (readonly [string, string])[]) {
  let text = EXAMPLE;
  for (const [from, to] of edits) {
    expect(text, `edit target ${from}`).toContain(from);
    text = text.replace(from, to);
  }
  return validateCase(loadCase(new TextEncoder().encode(text), { path: "case.json" }));
}

const only = (problems: readonly CaseProblem[], keyword: string): CaseProblem =>
  problems.find((p) => p.keyword === keyword) ?? expect.fail(`no ${keyword} problem`);

/** English phrases of the messages that must not appear in a Korean one. */
const ENGLISH = /\b(is|are|must|found|missing|replace|still|should|the|not|add|write|did you mean)\b/;

function expectKorean(p: CaseProblem): void {
  expect(p.messageKo, `${p.keyword}: ${p.message}`).toMatch(/[가-힣]/u);
  // Quoted values (the user's text, an init placeholder) and commands stay as they are.
  expect(p.messageKo?.replace(/"[^"]*"|`[^`]*`/g, ""), p.message).not.toMatch(ENGLISH);
}

describe("Korean case-file problems", () => {
  it("gives a fresh init case's placeholders in Korean, with the position after the sentence", async () => {
    const text = `${JSON.stringify(buildStartingCase("./case.schema.json"), null, 2)}\n`;
    const result = await validateCase(loadCase(new TextEncoder().encode(text), { path: "case.json" }));
    expect(result.errors.length).toBeGreaterThan(50);
    for (const p of result.errors) expectKorean(p);
    const date = result.errors.find((p) => p.path === "/filing/plannedFilingDate")!;
    expect(date.keyword).toBe("placeholder");
    expect(date.messageKo).toBe(
      `filing.plannedFilingDate에 아직 자리표시 "<YYYY-MM-DD planned filing date>"가 그대로 있습니다. 실제 값으로 바꾸십시오. (${date.line}행 ${date.column}열)`,
    );
    expect(problemMessageUnplaced(date, "ko")).toBe(
      'filing.plannedFilingDate에 아직 자리표시 "<YYYY-MM-DD planned filing date>"가 그대로 있습니다. 실제 값으로 바꾸십시오.',
    );
    expect(problemMessage(date, "en")).toBe(date.message);
  });

  it("words schema errors in Korean: type, enum, pattern, format, required, additionalProperties, minItems", async () => {
    const result = await validateEdited(
      ['"share": 20', '"share": "40%"'],
      ['"languages": ["en", "ko"]', '"languages": []'],
      ['"dateOfBirth": "1994-05-17"', '"dateOfBirth": "1994-02-30"'],
      ['"220-81-61901"', '"220816190"'],
      ['"immigrationOffice": "seoul",', '"immigrationOffice": "seoul", "extraNote": 1,'],
      ['"selectedCode": "2224"', '"selectedCode": "22x4"'],
    );
    for (const p of result.errors) expectKorean(p);
    const at = (p: CaseProblem): string => ` (${p.line}행 ${p.column}열)`;
    const share = only(result.errors, "type");
    expect(share.messageKo).toBe(
      `position.duties[2].share에는 0부터 100까지의 숫자(근무 시간의 백분율, % 기호와 따옴표 없이)를 써야 합니다. 지금 값: "40%".${at(share)}`,
    );
    const birth = only(result.errors, "format");
    expect(birth.messageKo).toBe(
      `applicant.dateOfBirth에는 달력에 있는 YYYY-MM-DD 형식의 날짜를 써야 합니다. 지금 값: "1994-02-30".${at(birth)}`,
    );
    const brn = result.errors.find((p) => p.path === "/employer/businessRegistrationNumber")!;
    expect(brn.messageKo).toBe(
      `employer.businessRegistrationNumber에는 123-45-67890 형식의 숫자 10자리를 써야 합니다. 지금 값: "220816190".${at(brn)}`,
    );
    const code = result.errors.find((p) => p.path === "/selectedCode")!;
    expect(code.messageKo).toMatch(
      /^selectedCode에는 2224나 S2353 같은 직종코드\(숫자 3~5자리, 앞에 S가 올 수 있음\)를 써야/,
    );
    const extra = only(result.errors, "additionalProperties");
    expect(extra.messageKo).toMatch(
      /^filing\.extraNote는 filing에 없는 필드입니다\. \(쓸 수 있는 필드: .*immigrationOffice/,
    );
    expect(only(result.errors, "minItems").messageKo).toMatch(
      /^filing\.languages에는 항목이 1개 이상 있어야 합니다\. 지금 값: 빈 목록\./,
    );

    const missing = await validateEdited([
      '"title": { "en": "Web Developer", "ko": "웹 개발자" }',
      '"title": { "en": "Web Developer" }',
    ]);
    const required = only(missing.errors, "required");
    expect(required.messageKo).toBe(`position.title.ko가 없습니다. position.title에 추가하십시오.${at(required)}`);
    const status = await validateEdited(['"immigrationOffice": "seoul"', '"immigrationOffice": "seoull"']);
    expect(only(status.errors, "unknownOffice").messageKo).toMatch(
      /^filing\.immigrationOffice "seoull"은 공식 목록에 없는 관서입니다\. "seoul"의 오타가 아닌지 확인하십시오\./,
    );
  });

  it("gives duplicate keys, check digits, date order and unknown codes in Korean, particles by es-hangul", async () => {
    const duplicate = await validateEdited([
      '"selectedCode": "2224",',
      '"selectedCode": "2224", "selectedCode": "2224",',
    ]);
    const dup = only(duplicate.errors, "duplicateKey");
    expect(dup.messageKo).toBe(
      `selectedCode가 두 번 적혀 있습니다(처음은 ${dup.line}행). 하나만 남기십시오. (${dup.line}행 ${dup.column}열)`,
    );
    const digit = await validateEdited(['"220-81-61901"', '"220-81-61902"']);
    expect(only(digit.errors, "checkDigit").messageKo).toMatch(
      /^employer\.businessRegistrationNumber "220-81-61902"의 검증 숫자가 맞지 않습니다\(앞 아홉 자리에 맞는 마지막 자리는 1입니다\)\./,
    );
    const dates = await validateEdited([
      '"endDate": "2026-09-30",\n        "applicants": 6',
      '"endDate": "2026-08-30",\n        "applicants": 6',
    ]);
    expect(only(dates.errors, "dateOrder").messageKo).toMatch(
      /^recruitment\.domesticEfforts\[0\]\.endDate\(2026-08-30\)가 시작일 startDate\(\d{4}-\d{2}-\d{2}\)보다 앞섭니다\./,
    );
    const unknown = await validateEdited(['"selectedCode": "2224"', '"selectedCode": "2229"']);
    const code = only(unknown.errors, "unknownCode");
    expectKorean(code);
    expect(code.messageKo).toMatch(
      /^selectedCode 2229는 어느 목록판에도 없는 E-7 직종코드입니다\. 가장 가까운 코드: .*2224 웹 개발자/,
    );
    const blank = await validateEdited([
      '"selectedCode": "2224"',
      '"selectedCode": "2224", "employer": {}, "x": "   "',
    ]);
    for (const p of blank.errors) expectKorean(p);
  });

  it("gives the warnings (blank RRS fields) and a version-1 file in Korean", async () => {
    const noPhone = await validateEdited([/"phone": "[^"]*",\n\s*/.exec(EXAMPLE)![0], ""]);
    const rrs = noPhone.warnings.find((p) => p.path === "/applicant/phone")!;
    expect(rrs.messageKo).toMatch(/^applicant\.phone이 없어 고용사유서의 외국인의 전화번호 칸이 빈칸으로 나갑니다\./);
    const v1 = await validateCase(loadCase(new TextEncoder().encode('{"filing": {}}'), { path: "old.json" }), {});
    expect(v1.errors[0]!.messageKo).toMatch(/^old\.json: 버전 1 신청 건 정보 파일입니다\("schemaVersion"이 없습니다\)/);
  });

  it("puts the Korean problems in CaseInvalidError for generate and batch", () => {
    const problem: CaseProblem = {
      path: "/x",
      line: 2,
      column: 3,
      keyword: "placeholder",
      message: "x is still the placeholder",
      messageKo: "x에 아직 자리표시가 있습니다. (2행 3열)",
    };
    const error = new CaseInvalidError("case.json", [problem]);
    expect(error.messageKo).toBe("case.json: 유효한 신청 건 정보 파일이 아닙니다(오류 1건).");
    expect(error.hintsKo).toEqual([
      "x에 아직 자리표시가 있습니다. (2행 3열)",
      "전체 목록은 다음 명령으로 확인하십시오: `e7-align validate case.json`",
    ]);
    expect(error.message).toBe("case.json is not a valid case file (1 error).");
  });

  it("reads an English field name's last word for the particle", () => {
    expect(withParticleAfterName("schemaVersion", "이/가")).toBe("schemaVersion이");
    expect(withParticleAfterName("position.duties[2].share", "은/는")).toBe("position.duties[2].share는");
    expect(withParticleAfterName("applicant.phone", "이/가")).toBe("applicant.phone이");
    expect(withParticleAfterName('"<전공 (한국어)>"', "이/가")).toBe('"<전공 (한국어)>"가');
    expect(withParticleAfterName("2223", "이/가")).toBe("2223이");
    expect(withParticleAfterName("직종코드(숫자 3~5자리)", "을/를")).toBe("직종코드(숫자 3~5자리)를");
    expect(withParticleAfterName("filing.plannedFilingDate", "이/가")).toBe("filing.plannedFilingDate가");
  });
});
