import { textIn } from "../../src/case/local-text.js";
import { dutiesFitCode } from "../../src/checks/duties-fit-code.js";
import { testCheck } from "./check-tester.js";

const WEB = "Develop and maintain the front end of the company website in React and TypeScript";
const APP = "Develop Android and iOS mobile apps in Kotlin and Swift";

testCheck(dutiesFitCode, {
  valid: [
    { name: "web duties filed as 2224" },
    { name: "mobile-app duties filed as 2223", example: "application-developer" },
    { name: "Korean-language game-client duties filed as 2223", example: "korean-game-client-developer" },
    { name: "CAD drafting duties filed as 2395", example: "drafter" },
    {
      name: "a 60/40 split whose majority is the filed code",
      change: (c) => {
        c.position.duties = [
          { text: WEB, share: 60 },
          { text: APP, share: 40 },
        ];
      },
    },
  ],
  invalid: [
    {
      name: "web-platform duties filed as 2223",
      example: "mismatch-web-platform-filed-as-2223",
      findings: [
        {
          messageId: "mismatch",
          severity: "error",
          path: "/selectedCode",
          data: { selectedCode: "2223", bestCode: "2224" },
        },
      ],
    },
    {
      name: "CAD drafting duties filed as 2351",
      example: "mismatch-cad-drafter-filed-as-2351",
      findings: [{ messageId: "mismatch", data: { selectedCode: "2351", bestCode: "2395" } }],
    },
    {
      name: "travel-tech product management filed as 2832",
      example: "mismatch-travel-tech-pm-filed-as-2832",
      findings: [{ messageId: "mismatch", data: { selectedCode: "2832", bestCode: "2221" } }],
    },
    {
      name: "an even 50/50 split between web and app work, filed as the half the whole list ranks second",
      change: (c) => {
        c.selectedCode = "2223";
        c.position.duties = [
          { text: WEB, share: 50 },
          {
            text: "Build Android and iOS apps in Kotlin and Swift and publish them to the App Store and Google Play",
            share: 50,
          },
        ];
      },
      findings: [{ messageId: "ambiguous", severity: "warning", data: { selectedCode: "2223", rivalCode: "2224" } }],
    },
    {
      name: "Korean duty texts that describe another job than the English ones",
      change: (c) => {
        c.position.duties = c.position.duties.map((d) => ({
          ...d,
          text: {
            en: textIn(d.text, "en")!,
            ko: "Kotlin과 Swift로 Android·iOS 모바일 앱을 개발하고 앱스토어에 배포한다",
          },
        }));
      },
      findings: [
        {
          messageId: "languagesDisagree",
          severity: "error",
          data: { language: "Korean", primary: "English", bestCode: "2223", selectedCode: "2224" },
        },
      ],
    },
    {
      name: "duties too vague to classify",
      change: (c) => {
        c.position.duties = [
          { text: "Perform duties as assigned by management", share: 50 },
          { text: "Support the team with various tasks", share: 50 },
        ];
      },
      findings: [{ messageId: "unsupported", severity: "warning" }],
    },
  ],
});
