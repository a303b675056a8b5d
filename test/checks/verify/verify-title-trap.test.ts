import { verifyTitleTrap } from "../../../src/checks/verify/verify-title-trap.js";
import { WEB_CONTRACT_EN, WEB_DUTIES_APP_TITLE } from "../../fixtures/verify/documents.js";
import { testVerifyCheck } from "./verify-tester.js";

testVerifyCheck(verifyTitleTrap, {
  valid: [{ name: "a web developer's title and duties", code: "2224", contract: WEB_CONTRACT_EN }],
  invalid: [
    {
      name: "an app developer's title over web duties, filed as 2224",
      code: "2224",
      contract: WEB_DUTIES_APP_TITLE,
      findings: [{ messageId: "titleElsewhere", severity: "warning", codes: ["2223", "2224"] }],
    },
    {
      name: "the same filed as 2223: only the title fits",
      code: "2223",
      contract: WEB_DUTIES_APP_TITLE,
      findings: [{ messageId: "titleFitsFiled", codes: ["2223", "2224"] }],
    },
    {
      name: "--title naming an app developer over web duties",
      code: "2224",
      title: "Android developer",
      contract: WEB_CONTRACT_EN,
      findings: [{ messageId: "titleElsewhere", data: { title: "Android developer" } }],
    },
  ],
});
