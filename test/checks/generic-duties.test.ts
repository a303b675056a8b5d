import { genericDuties } from "../../src/checks/generic-duties.js";
import { testCheck } from "./check-tester.js";

testCheck(genericDuties, {
  valid: [{ name: "specific web duties" }, { name: "specific Korean duties", example: "korean-game-client-developer" }],
  invalid: [
    {
      name: "one catch-all duty",
      change: (c) => {
        c.position.duties[3] = { text: "Other duties as assigned", share: 10 };
      },
      findings: [
        { messageId: "generic", severity: "warning", path: "/position/duties/3/text", data: { number: 4, share: 10 } },
      ],
    },
    {
      name: "two vague duties",
      change: (c) => {
        c.position.duties = [
          { text: "Perform duties as assigned by management", share: 50 },
          { text: "Support the team with various tasks", share: 50 },
        ];
      },
      findings: [
        { messageId: "generic", path: "/position/duties/0/text" },
        { messageId: "generic", path: "/position/duties/1/text" },
      ],
    },
  ],
});
