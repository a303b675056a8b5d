import { describe, expect, it } from "vitest";
import { employmentRecommendation } from "../../src/checks/employment-recommendation.js";
import { findingMessage } from "../../src/checks/messages/localize-finding.js";
import { findingsFor, testCheck, type Draft } from "./check-tester.js";

const addRecommendation = (c: Draft): void => {
  c.employer.documents = [
    ...(c.employer.documents ?? []),
    {
      kind: "employment-recommendation",
      title: "고용추천서 (문화체육관광부)",
      issuedBy: "Ministry of Culture, Sports and Tourism",
      issueDate: "2026-11-20",
      origin: "domestic",
    },
  ];
};

testCheck(employmentRecommendation, {
  valid: [
    { name: "web developer: recommendation optional" },
    {
      name: "travel product developer with the MCST recommendation filed",
      example: "mismatch-travel-tech-pm-filed-as-2832",
      change: addRecommendation,
    },
  ],
  invalid: [
    {
      name: "travel product developer (2832) without the mandatory MCST recommendation",
      example: "mismatch-travel-tech-pm-filed-as-2832",
      findings: [
        {
          messageId: "missingRecommendation",
          severity: "error",
          path: "/employer/documents",
          data: { code: "2832", by: "Ministry of Culture, Sports and Tourism (MCST)" },
        },
      ],
    },
    {
      name: "overseas sales representative (2842): mandatory only under the special rules",
      change: (c) => {
        c.selectedCode = "2842";
      },
      findings: [{ messageId: "conditionalRecommendation", severity: "warning", data: { code: "2842" } }],
    },
  ],
});

describe("the Korean message of employment-recommendation", () => {
  it("should name the body in Korean, leave out a note that only restates the requirement, and give the cases in Korean", () => {
    const [required] = findingsFor(employmentRecommendation, {
      name: "2832 without a recommendation",
      example: "mismatch-travel-tech-pm-filed-as-2832",
    });
    const ko = findingMessage(required!, "ko");
    expect(ko).not.toContain(String(required!.data!.note));
    expect(ko).toContain("문화체육관광부의 고용추천서");
    expect(ko).not.toContain("Ministry of Culture");
    expect(ko).toContain("대한민국 비자포털(visa.go.kr)");
    expect(ko).not.toMatch(/하이코리아 비자포털|\(\s*\)|:\s+고용추천서를/);
    const [conditional] = findingsFor(employmentRecommendation, {
      name: "2842, conditional",
      change: (c) => {
        c.selectedCode = "2842";
      },
    });
    const conditionalKo = findingMessage(conditional!, "ko");
    expect(conditionalKo).toContain("대한무역투자진흥공사(KOTRA) 또는 한국무역협회의 고용추천서");
    expect(conditionalKo).toContain("특수언어권 수출기업 특례를 적용받는 경우");
    expect(conditionalKo).not.toContain(String(conditional!.data!.note));
  });
});
