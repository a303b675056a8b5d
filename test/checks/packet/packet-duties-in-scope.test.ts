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
    {
      // validate reads the English first; the Korean is read too, as generate --lang ko reads it.
      name: "a duty whose Korean text reads as advertising while its English text is web work",
      change: (draft) => {
        draft.position.duties[3]!.text = {
          ko: "회사 제품의 광고 캠페인을 기획하고 집행한다",
          en: "Monitor website performance, security and uptime, and apply updates to the web server and front-end libraries",
        };
      },
      findings: [
        {
          messageId: "outOfScope",
          path: "/position/duties/3/text",
          data: { number: 4, bestCode: "2833", code: "2224", text: "회사 제품의 광고 캠페인을 기획하고 집행한다" },
        },
      ],
    },
  ],
});
