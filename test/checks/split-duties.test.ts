import { splitDuties } from "../../src/checks/split-duties.js";
import { testCheck } from "./check-tester.js";

const WEB = "Develop and maintain the front end of the company website in React and TypeScript";
const APP = "Develop Android and iOS mobile apps in Kotlin and Swift";

testCheck(splitDuties, {
  valid: [{ name: "all duties are web development" }, { name: "all duties are CAD drafting", example: "drafter" }],
  invalid: [
    {
      name: "60% web and 40% app work, filed as web",
      change: (c) => {
        c.position.duties = [
          { text: WEB, share: 60 },
          { text: APP, share: 40 },
        ];
      },
      findings: [
        {
          messageId: "split",
          severity: "warning",
          path: "/position/duties",
          data: {
            codeA: "2224",
            weightA: 60,
            codeB: "2223",
            weightB: 40,
            majorityCode: "2224",
            adviceKo:
              "2223 업무를 이 직무에서 빼거나 그 비중을 줄여 2224 업무가 분명한 다수(70% 이상)가 되게 하십시오.",
          },
        },
      ],
    },
    {
      name: "60% app and 40% web work, filed as web",
      change: (c) => {
        c.position.duties = [
          { text: APP, share: 60 },
          { text: WEB, share: 40 },
        ];
      },
      findings: [
        {
          messageId: "split",
          data: {
            majorityCode: "2223",
            adviceKo: "2223 직종으로 신청하거나, 2224 업무가 다수가 되도록 직무를 다시 쓰십시오.",
          },
        },
      ],
    },
  ],
});
