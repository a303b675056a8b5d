import { domesticRecruitment } from "../../src/checks/domestic-recruitment.js";
import { testCheck } from "./check-tester.js";

testCheck(domesticRecruitment, {
  valid: [
    { name: "two recorded postings (web developer)" },
    { name: "a recorded posting (application developer)", example: "application-developer" },
  ],
  invalid: [
    {
      name: "no recruitment effort for an occupation outside the stricter review",
      example: "application-developer",
      change: (c) => {
        c.recruitment.domesticEfforts = [];
      },
      findings: [{ messageId: "none", severity: "warning", path: "/recruitment/domesticEfforts" }],
    },
    {
      name: "no recruitment effort for a drafter (stricter review)",
      example: "drafter",
      change: (c) => {
        c.recruitment.domesticEfforts = [];
      },
      findings: [
        { messageId: "noneStricter", severity: "error", path: "/recruitment/domesticEfforts", data: { code: "2395" } },
      ],
    },
  ],
});
