import { verifyDocumentMismatch } from "../../../src/checks/verify/verify-document-mismatch.js";
import { WEB_CONTRACT_EN } from "../../fixtures/verify/documents.js";
import { MOSTLY_WEB_BY_SHARE, ONE_WEB_CLAUSE } from "./texts.js";
import { testVerifyCheck } from "./verify-tester.js";

testVerifyCheck(verifyDocumentMismatch, {
  valid: [{ name: "web duties filed as 2224", code: "2224", contract: WEB_CONTRACT_EN }],
  invalid: [
    {
      name: "web duties filed as 2223: every clause pulls to 2224",
      code: "2223",
      contract: WEB_CONTRACT_EN,
      findings: [
        {
          messageId: "mismatchMany",
          severity: "error",
          file: "contract.md",
          statements: [0, 1, 2, 3],
          codes: ["2223", "2224"],
          data: { bestCode: "2224", clauses: "clauses 1, 2, 3, 4" },
          fix: "If clauses 1, 2, 3, 4 describe the real job, file under 2224",
        },
      ],
    },
    {
      name: "one web clause filed as 2223",
      code: "2223",
      contract: ONE_WEB_CLAUSE,
      findings: [{ messageId: "mismatchOne", statements: [0], data: { clauses: "clause 1" } }],
    },
    {
      name: "two of five clauses hold most of the time",
      code: "2223",
      contract: MOSTLY_WEB_BY_SHARE,
      findings: [
        {
          messageId: "mismatchMany",
          statements: [0, 1],
          fix: "If clauses 1, 2 describe the real job, file under 2224: duties are never reworded to fit a code. If they were written wrongly, rewrite them toward 2223's scope",
        },
      ],
    },
    {
      name: "a mismatching document in which no single clause pulls elsewhere",
      code: "2223",
      contract: WEB_CONTRACT_EN,
      change: (context) => ({
        ...context,
        documents: context.documents.map((d) => ({ ...d, verified: { ...d.verified, pullingElsewhere: [] } })),
      }),
      findings: [{ messageId: "mismatch", statements: [], data: { clauses: "the duty clauses" } }],
    },
    {
      name: "a mismatch whose best code is the filed one: only rewriting is advised",
      code: "2223",
      contract: ONE_WEB_CLAUSE,
      change: (context) => ({
        ...context,
        documents: context.documents.map((d) => ({ ...d, verified: { ...d.verified, bestCode: "2223" } })),
      }),
      findings: [
        {
          messageId: "mismatchOne",
          fix: "Rewrite clause 1 toward 2223's scope (Application software developer), e.g. ",
        },
      ],
    },
  ],
});
