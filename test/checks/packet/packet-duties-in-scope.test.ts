import { packetDutiesInScope } from "../../../src/checks/packet/packet-duties-in-scope.js";
import { testCheck } from "../check-tester.js";

testCheck(packetDutiesInScope, {
  valid: [{ name: "web duties filed as 2224" }, { name: "a drafter filed as 2395", example: "drafter" }],
  invalid: [
    {
      name: "web duties filed as 2223",
      example: "mismatch-web-platform-filed-as-2223",
      findings: [
        { messageId: "outOfScope", path: "/position/duties/0/text", data: { bestCode: "2224", code: "2223" } },
        { messageId: "outOfScope", path: "/position/duties/1/text" },
        { messageId: "outOfScope", path: "/position/duties/2/text" },
        { messageId: "outOfScope", path: "/position/duties/3/text" },
      ],
    },
  ],
});
