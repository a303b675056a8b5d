import { directionControls } from "../../src/checks/direction-controls.js";
import { testCheck } from "./check-tester.js";

testCheck(directionControls, {
  valid: [
    { name: "plain English case" },
    { name: "Korean case", example: "korean-game-client-developer" },
    {
      name: "left-to-right and right-to-left marks, which do not reorder text",
      change: (c) => {
        c.applicant.fullName = "Dana\u200E Levi\u200F";
      },
    },
  ],
  invalid: [
    {
      name: "a right-to-left override inside a duty",
      change: (c) => {
        c.position.duties[0]!.text = "Build web pages \u202Eesac knil\u202C for the shop";
      },
      findings: [
        {
          messageId: "control",
          severity: "error",
          path: "/position/duties/0/text",
          data: { codePoint: "U+202E", position: 17 },
        },
      ],
    },
    {
      name: "an isolate in the employer name and one in a title",
      change: (c) => {
        c.employer.nameEn = "\u2067Acme\u2069 Korea";
        c.position.title.en = "Web \u2066developer";
      },
      findings: [
        { messageId: "control", path: "/employer/nameEn", data: { codePoint: "U+2067", position: 1 } },
        { messageId: "control", path: "/position/title/en", data: { codePoint: "U+2066", position: 5 } },
      ],
    },
  ],
});
