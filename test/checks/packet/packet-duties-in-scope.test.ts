import { packetDutiesInScope } from "../../../src/checks/packet/packet-duties-in-scope.js";
import { type Draft, testCheck } from "../check-tester.js";

/** A web developer's fourth duty that reads as web work or survey work by its text, and as survey work once its lists are printed with it. */
function surveyPages(draft: Draft, lists: boolean): void {
  draft.position.duties[3] = {
    text: {
      ko: "고객사에 설문 조사 결과를 보여 주는 웹 페이지를 개발한다",
      en: "Develop web pages that present survey results to clients",
    },
    share: 10,
    ...(lists
      ? {
          products: [
            { ko: "시장조사 보고서", en: "market research reports" },
            { ko: "소비자 설문 조사", en: "consumer surveys" },
            { ko: "여론조사", en: "opinion polls" },
          ],
          clients: [{ ko: "리서치 회사", en: "research agencies" }],
        }
      : {}),
  };
}

testCheck(packetDutiesInScope, {
  valid: [
    { name: "web duties filed as 2224" },
    { name: "a drafter filed as 2395", example: "drafter" },
    // Its text alone is close between 2224 and 2834 but not another code's: without lists the clause prints only that.
    { name: "a web duty near survey work that lists nothing", change: (draft) => surveyPages(draft, false) },
  ],
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
    {
      // The clause prints the products and clients after the text; read with them, the duty is survey work.
      name: "a web duty whose clause, with the products and clients it lists, reads as survey work",
      change: (draft) => surveyPages(draft, true),
      findings: [
        {
          messageId: "clauseOutOfScope",
          path: "/position/duties/3",
          data: {
            number: 4,
            bestCode: "2834",
            code: "2224",
            listed: "products and clients",
            listedKo: "대상 제품·고객",
            text: "Develop web pages that present survey results to clients (market research reports, consumer surveys, opinion polls; research agencies)",
            textKo:
              "고객사에 설문 조사 결과를 보여 주는 웹 페이지를 개발한다(시장조사 보고서, 소비자 설문 조사, 여론조사; 리서치 회사)",
          },
        },
      ],
    },
    {
      // A duty whose text already reads elsewhere is reported once, for its text.
      name: "a duty out of scope by its text and by its clause",
      change: (draft) => {
        draft.position.duties[3]!.text = {
          ko: "한국어 마케팅 브로슈어와 계약서를 일본어로 번역하고 일본 고객사와의 회의에서 통역",
          en: "Translate Korean marketing brochures and contracts into Japanese and interpret at meetings with Japanese clients",
        };
      },
      findings: [{ messageId: "outOfScope", path: "/position/duties/3/text", data: { number: 4, bestCode: "2914" } }],
    },
  ],
});
