import { verifyGenericClause } from "../../../src/checks/verify/verify-generic-clause.js";
import { GENERIC_CONTRACT_EN, WEB_CONTRACT_EN } from "../../fixtures/verify/documents.js";
import { WEB_WITH_ONE_GENERIC, WEB_WITH_TWO_GENERIC } from "./texts.js";
import { testVerifyCheck } from "./verify-tester.js";

testVerifyCheck(verifyGenericClause, {
  valid: [
    { name: "specific web duties", code: "2224", contract: WEB_CONTRACT_EN },
    {
      name: "catch-all clauses only (verify-document-unsupported reports it)",
      code: "2224",
      contract: GENERIC_CONTRACT_EN,
    },
  ],
  invalid: [
    {
      name: "one catch-all clause among web duties",
      code: "2224",
      contract: WEB_WITH_ONE_GENERIC,
      findings: [{ messageId: "one", severity: "warning", statements: [4], data: { clauses: "5" }, fix: "Delete it" }],
    },
    {
      name: "two catch-all clauses among web duties",
      code: "2224",
      contract: WEB_WITH_TWO_GENERIC,
      findings: [{ messageId: "many", statements: [3, 4], fix: "Delete them" }],
    },
  ],
});
