import { describe, expect, it } from "vitest";
import { addMonths } from "../../src/case/dates.js";
import { documentValidity } from "../../src/checks/document-validity.js";
import { testCheck } from "./check-tester.js";

describe("addMonths", () => {
  it("should clamp to the end of shorter months", () => {
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2026-09-07", 3)).toBe("2026-12-07");
    expect(addMonths("2026-12-07", -3)).toBe("2026-09-07");
    expect(addMonths("2023-01-31", 48)).toBe("2027-01-31");
  });
});

testCheck(documentValidity, {
  valid: [
    { name: "domestic certificates issued in November for a December filing" },
    {
      name: "an apostilled foreign degree issued years ago (no fixed window)",
      change: (c) => {
        c.applicant.documents[0]!.legalisation = "apostille";
        c.applicant.documents[0]!.issueDate = "2012-07-15";
      },
    },
    {
      name: "a guarantee letter that outlasts the contract",
      change: (c) => {
        c.employer.documents!.push({
          kind: "guarantee-letter",
          title: "신원보증서",
          issueDate: "2026-11-20",
          origin: "domestic",
        });
      },
    },
  ],
  invalid: [
    {
      name: "a tax certificate issued on 2026-09-01, 3 months before 2026-12-07",
      change: (c) => {
        c.employer.documents![1]!.issueDate = "2026-09-01";
      },
      findings: [
        {
          messageId: "expired",
          severity: "error",
          path: "/employer/documents/1/issueDate",
          // The title already names the kind, so the Korean message does not repeat it (nor print the kind's id).
          data: { months: 3, expires: "2026-12-01", freshAfter: "2026-09-07", kindKo: "" },
        },
      ],
    },
    {
      name: "a certificate that expires on the filing day",
      change: (c) => {
        c.employer.documents![0]!.issueDate = "2026-09-07";
      },
      findings: [{ messageId: "expired", data: { expires: "2026-12-07", kindKo: "(사업자등록증 사본)" } }],
    },
    {
      name: "a certificate that expires 10 days after filing",
      change: (c) => {
        c.employer.documents![0]!.issueDate = "2026-09-17";
      },
      findings: [{ messageId: "expiresSoon", severity: "info", data: { expires: "2026-12-17", days: 10 } }],
    },
    {
      name: "a foreign criminal record without apostille",
      change: (c) => {
        c.applicant.documents[2]!.legalisation = "none";
      },
      findings: [{ messageId: "notLegalised", severity: "warning", path: "/applicant/documents/2" }],
    },
    {
      name: "a guarantee letter signed in 2023 (4 years) that ends before the contract",
      change: (c) => {
        c.employer.documents!.push({
          kind: "guarantee-letter",
          title: "신원보증서",
          issueDate: "2023-03-01",
          origin: "domestic",
        });
      },
      findings: [
        {
          messageId: "guaranteeShorterThanContract",
          severity: "warning",
          data: { expires: "2027-03-01", contractEnd: "2029-01-04" },
        },
      ],
    },
    {
      name: "a passport that expires before filing, and a document dated after it",
      change: (c) => {
        c.applicant.documents.push({
          kind: "passport",
          title: "Passport",
          issueDate: "2016-11-01",
          validUntil: "2026-11-01",
          origin: "foreign",
        });
        c.employer.documents![3]!.issueDate = "2026-12-20";
      },
      findings: [
        { messageId: "expiredPrinted", severity: "error", data: { validUntil: "2026-11-01" } },
        { messageId: "issuedAfterFiling", severity: "warning" },
      ],
    },
  ],
});
