import { titleTrap } from "../../src/checks/title-trap.js";
import { testCheck } from "./check-tester.js";

testCheck(titleTrap, {
  valid: [{ name: "web developer titled Web Developer" }, { name: "drafter titled CAD Drafter", example: "drafter" }],
  invalid: [
    {
      name: "web duties titled Mobile App Developer",
      change: (c) => {
        c.position.title.en = "Mobile App Developer";
      },
      findings: [
        {
          messageId: "trap",
          severity: "warning",
          path: "/position/title/en",
          data: { titleCode: "2223", dutiesCode: "2224" },
        },
      ],
    },
    {
      name: "web duties titled Marketing Manager",
      change: (c) => {
        c.position.title.en = "Marketing Manager";
      },
      findings: [{ messageId: "trap", data: { titleCode: "2815", dutiesCode: "2224" } }],
    },
    {
      name: "drafting duties titled Mechanical Engineer and filed as 2351",
      example: "mismatch-cad-drafter-filed-as-2351",
      findings: [{ messageId: "trap", data: { titleCode: "2351", dutiesCode: "2395" } }],
    },
  ],
});
