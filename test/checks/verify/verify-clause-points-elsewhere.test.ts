import { verifyClausePointsElsewhere } from "../../../src/checks/verify/verify-clause-points-elsewhere.js";
import { APP_RRS_EN, WEB_CONTRACT_EN } from "../../fixtures/verify/documents.js";
import { APP_WITH_ONE_WEB_CLAUSE, APP_WITH_TWO_WEB_CLAUSES, MECHANICAL_WITH_WEAK_REPORT_CLAUSE } from "./texts.js";
import { testVerifyCheck } from "./verify-tester.js";

testVerifyCheck(verifyClausePointsElsewhere, {
  valid: [
    { name: "app duties only, filed as 2223", code: "2223", rrs: APP_RRS_EN },
    {
      name: "a mismatching document is reported by verify-document-mismatch instead",
      code: "2223",
      contract: WEB_CONTRACT_EN,
    },
    {
      name: "a reporting clause whose best code scores under 0.3 points nowhere in particular",
      code: "2351",
      contract: MECHANICAL_WITH_WEAK_REPORT_CLAUSE,
    },
  ],
  invalid: [
    {
      name: "one web clause among app duties",
      code: "2223",
      contract: APP_WITH_ONE_WEB_CLAUSE,
      findings: [
        {
          messageId: "one",
          severity: "warning",
          statements: [3],
          codes: ["2223", "2224"],
          fix: "rewrite it toward 2223's scope",
        },
      ],
    },
    {
      name: "two web clauses among app duties",
      code: "2223",
      contract: APP_WITH_TWO_WEB_CLAUSES,
      findings: [{ messageId: "many", statements: [3, 4], data: { clauses: "4, 5" }, fix: "or drop them" }],
    },
  ],
});
