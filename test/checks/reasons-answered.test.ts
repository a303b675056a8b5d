import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { answerReasons, classifyText, loadDenialReasonRules } from "../../src/case/reason-answers.js";
import { formatMessageKo } from "../../src/checks/messages/localize-finding.js";
import { reasonsAnswered } from "../../src/checks/reasons-answered.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { exampleCase, testCheck } from "./check-tester.js";

describe("denial-reasons.json", () => {
  it("should validate against schemas/denial-reasons.schema.json", () => {
    const ajv = new Ajv2020.default({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "schemas", "denial-reasons.schema.json"), "utf8")),
    );
    expect(validate(loadDenialReasonRules()), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe("the Korean message", () => {
  it("should quote the reason and name the category in Korean when the check gives their Korean values", () => {
    const data = {
      number: 2,
      category: "salary",
      categoryKo: "임금",
      reason: "The salary is low",
      reasonKo: "연봉이 낮음",
    };
    const text = formatMessageKo(reasonsAnswered.meta.messagesKo!.unanswered!, data);
    expect(text).toContain("사유 2(임금)");
    expect(text).toContain('"연봉이 낮음"');
    expect(text).not.toContain("salary");
  });
});

describe("classifyText", () => {
  it("should sort a reason into the categories its words name, other when none", () => {
    expect(classifyText({ en: "The duties do not correspond to the applied occupation" })).toEqual(["code-duty"]);
    expect(classifyText({ ko: "연봉이 기준에 미달함" })).toEqual(["salary"]);
    expect(classifyText({ en: "The degree certificate has expired" })).toEqual(["qualification", "documents"]);
    expect(classifyText({ en: "The office was not persuaded" })).toEqual(["other"]);
  });
});

describe("answerReasons", () => {
  it("should answer the example's reason with the code change first, then the rewritten duties", () => {
    const c = exampleCase("reapplication-after-code-mismatch");
    const [answer] = answerReasons(c.priorApplication!, {
      codeChanged: true,
      code: "2224",
      duties: c.position.duties,
      annualSalaryKrw: c.position.annualSalaryKrw,
    });
    expect(answer!.categories).toEqual(["code-duty"]);
    // whatChanged[0] names 2224, so it stands for the code change; the duty rewrite is a measured fact and whatChanged[1].
    expect(answer!.answers).toEqual([
      { kind: "listed", index: 0 },
      { kind: "fact", fact: "duties-rewritten" },
      { kind: "listed", index: 1 },
    ]);
    expect(answer!.unanswered).toEqual([]);
  });
});

testCheck(reasonsAnswered, {
  valid: [
    { name: "a first application" },
    {
      name: "the reapplication example, whose reason the code change answers",
      example: "reapplication-after-code-mismatch",
    },
    {
      name: "a salary reason answered by a raise over the earlier offer",
      example: "reapplication-after-code-mismatch",
      change: (c) => {
        c.priorApplication!.reasons.push({ en: "The annual salary is below the floor.", ko: "연봉이 기준에 미달함." });
        c.priorApplication!.annualSalaryKrw = 36000000;
      },
    },
  ],
  invalid: [
    {
      name: "a salary reason that nothing answers",
      example: "reapplication-after-code-mismatch",
      change: (c) => {
        c.priorApplication!.reasons.push({ en: "The annual salary is below the floor.", ko: "연봉이 기준에 미달함." });
      },
      findings: [
        {
          messageId: "unanswered",
          severity: "error",
          path: "/priorApplication/reasons/1",
          data: { number: 2, category: "salary" },
        },
      ],
    },
    {
      name: "a code reason when neither code nor duties changed and no change is listed",
      example: "reapplication-after-code-mismatch",
      change: (c) => {
        c.priorApplication!.codeFiled = "2224";
        c.priorApplication!.codeEdition = "2026-09";
        c.priorApplication!.duties = c.position.duties.map((d) => ({ ...d }));
        c.priorApplication!.whatChanged = [];
      },
      findings: [
        {
          messageId: "unanswered",
          path: "/priorApplication/reasons/0",
          data: { category: "occupation code or duties" },
        },
      ],
    },
  ],
});
