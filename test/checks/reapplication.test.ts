import { describe, expect, it } from "vitest";
import { dutySimilarity, reapplication } from "../../src/checks/reapplication.js";
import { exampleCase, testCheck } from "./check-tester.js";

describe("dutySimilarity", () => {
  it("should be 1 for the same duties and low for different ones", () => {
    const duties = exampleCase().position.duties;
    expect(dutySimilarity(duties, duties)).toBe(1);
    expect(dutySimilarity(duties, exampleCase("drafter").position.duties)).toBeLessThan(0.2);
  });
});

testCheck(reapplication, {
  valid: [
    { name: "a first application" },
    { name: "a move from 2223 to 2224 that answers every stated reason", example: "reapplication-after-code-mismatch" },
    {
      name: "same code, duties rewritten since the denial",
      example: "reapplication-after-code-mismatch",
      change: (c) => {
        c.priorApplication!.codeFiled = "2224";
      },
    },
  ],
  invalid: [
    {
      name: "a move from 2223 to 2224 with a salary reason still unanswered (edition inferred from the filing date)",
      example: "reapplication-after-code-mismatch",
      change: (c) => {
        delete c.priorApplication!.codeEdition;
        c.priorApplication!.reasons.push({ en: "The annual salary is below the floor.", ko: "연봉이 기준에 미달함." });
      },
      findings: [
        {
          messageId: "codeChanged",
          severity: "warning",
          path: "/selectedCode",
          data: { priorCode: "2223", code: "2224", priorEdition: "ksco7-list" },
        },
      ],
    },
    {
      name: "same code and the same duties as the denied application",
      example: "reapplication-after-code-mismatch",
      change: (c) => {
        c.priorApplication!.codeFiled = "2224";
        c.priorApplication!.duties = c.position.duties.map((d) => ({ ...d }));
      },
      findings: [
        { messageId: "sameCodeSameDuties", severity: "warning", data: { priorCode: "2224", similarity: 100 } },
      ],
    },
    {
      name: "same occupation under its former number, without prior duties, nothing listed as changed",
      example: "reapplication-after-code-mismatch",
      change: (c) => {
        c.selectedCode = "2914";
        c.position.duties = exampleCase("interpreter").position.duties;
        c.priorApplication!.codeFiled = "2814";
        delete c.priorApplication!.duties;
        c.priorApplication!.whatChanged = [];
      },
      findings: [
        { messageId: "nothingChanged" },
        { messageId: "renumbered", severity: "info", data: { priorCode: "2814", code: "2914" } },
        { messageId: "noPriorDuties", severity: "info" },
      ],
    },
    {
      name: "a prior code that exists in no list",
      example: "reapplication-after-code-mismatch",
      change: (c) => {
        c.priorApplication!.codeFiled = "9876";
      },
      findings: [{ messageId: "priorCodeUnknown", data: { priorCode: "9876" } }],
    },
  ],
});
