import { describe, expect, it } from "vitest";
import { dutiesExcludedRole } from "../../src/checks/duties-excluded-role.js";
import { findingMessage } from "../../src/checks/messages/localize-finding.js";
import { findingsFor, testCheck } from "./check-tester.js";

const TRADE_CLERK = [
  { text: "Prepare commercial invoices, packing lists and certificates of origin for each export order", share: 30 },
  { text: "Book shipments with freight forwarders and track the vessels until arrival", share: 25 },
  { text: "Arrange customs clearance with the customs broker and file the export declarations", share: 25 },
  {
    text: "Check letter of credit documents against the bank's requirements and archive the shipping documents",
    share: 20,
  },
];

testCheck(dutiesExcludedRole, {
  valid: [
    { name: "web developer filed as 2224" },
    { name: "mechanical engineer filed as 2351", example: "mechanical-engineer" },
    { name: "interpreter filed as 2914", example: "interpreter" },
    {
      name: "overseas sales duties that also handle shipments, filed as 2842",
      change: (c) => {
        c.selectedCode = "2842";
        c.position.duties = [
          {
            text: "Find new buyers and distributors in Southeast Asia at trade shows and close export orders",
            share: 50,
          },
          { text: "Negotiate prices, Incoterms and payment terms with overseas customers", share: 30 },
          { text: "Follow up shipments and customs clearance of the orders won", share: 20 },
        ];
      },
    },
    {
      name: "a trade-clerk job title over overseas sales duties (a title alone never decides)",
      change: (c) => {
        c.selectedCode = "2842";
        c.position.title.en = "Trade clerk";
        c.position.duties = [
          {
            text: "Find new buyers and distributors in Southeast Asia at trade shows and close export orders",
            share: 60,
          },
          { text: "Negotiate prices and payment terms with overseas customers", share: 40 },
        ];
      },
    },
  ],
  invalid: [
    {
      name: "front-desk duties at a motel filed as 3612: the workplace decides, not the share of cue words",
      change: (c) => {
        c.selectedCode = "3612";
        c.position.duties = [
          { text: "Check guests in and out at the front desk and take payment for their rooms", share: 60 },
          { text: "Take room reservations for the motel by phone and through booking sites", share: 40 },
        ];
      },
      findings: [
        {
          messageId: "excludedWorkplace",
          severity: "error",
          path: "/position/duties",
          data: { workplace: "motel", role: "Inn, motel or guesthouse manager", selectedCode: "3612" },
        },
      ],
    },
    {
      name: "trade-clerk duties filed as 2842",
      change: (c) => {
        c.selectedCode = "2842";
        c.position.duties = TRADE_CLERK;
      },
      findings: [
        {
          messageId: "excludedNoCode",
          severity: "error",
          path: "/position/duties",
          data: {
            selectedCode: "2842",
            role: "Trade clerk (export/import documentation)",
            roleKo: "무역 사무원",
            share: 100,
          },
        },
      ],
    },
    {
      name: "a trade-clerk title with duties that agree with it, filed as 2842",
      change: (c) => {
        c.selectedCode = "2842";
        c.position.title.en = "Trade clerk";
        c.position.duties = [
          {
            text: "Prepare the export documents for every order, such as invoices, packing lists and certificates of origin",
            share: 40,
          },
          { text: "Coordinate customs clearance and freight bookings", share: 30 },
          { text: "Reply to buyers' questions about delivery dates", share: 30 },
        ];
      },
      findings: [{ messageId: "excludedNoCode", data: { role: "Trade clerk (export/import documentation)" } }],
    },
    {
      name: "web content editing filed as 2224",
      change: (c) => {
        c.position.duties = [
          { text: "Write articles and blog posts for the company website", share: 50 },
          { text: "Edit and proofread copy from other teams before it goes live", share: 30 },
          { text: "Keep the content calendar and the weekly newsletter on schedule", share: 20 },
        ];
      },
      findings: [{ messageId: "excludedNoCode", data: { selectedCode: "2224", role: "Web content editor" } }],
    },
    {
      name: "restaurant management filed as 451 (chef)",
      change: (c) => {
        c.selectedCode = "451";
        c.position.duties = [
          { text: "이탈리안 레스토랑의 매장 관리와 직원 근무표 작성, 채용을 담당합니다", share: 60 },
          { text: "매출과 원가 관리를 합니다", share: 40 },
        ];
      },
      findings: [
        {
          messageId: "excludedUseCode",
          data: { selectedCode: "451", role: "Restaurant manager or owner", useCode: "1522" },
        },
      ],
    },
  ],
});

describe("duties-excluded-role meta", () => {
  it("should have a Korean template for every message, with the same placeholders", () => {
    const { messages, messagesKo } = dutiesExcludedRole.meta;
    expect(Object.keys(messagesKo ?? {}).sort()).toEqual(Object.keys(messages).sort());
    const placeholders = (text: string): string[] =>
      [...text.matchAll(/\{\{(\w+)(?:\|[^}]+)?\}\}/g)].map((m) => m[1]!).sort();
    for (const id of Object.keys(messages))
      expect(new Set(placeholders(messagesKo![id]!))).toEqual(new Set(placeholders(messages[id]!)));
  });

  it("should name the catalog's reason in the message", () => {
    const [finding] = findingsFor(dutiesExcludedRole, {
      name: "trade clerk",
      change: (c) => {
        c.selectedCode = "2842";
        c.position.duties = TRADE_CLERK;
      },
    });
    expect(finding?.message).toContain("shipping and customs paperwork");
    expect(finding?.message).toContain("not an E-7 occupation");
  });
});

describe("the Korean message of a workplace exclusion", () => {
  it("should quote the workplace word as the Korean duties write it", () => {
    const [finding] = findingsFor(dutiesExcludedRole, {
      name: "motel, bilingual duties",
      change: (c) => {
        c.selectedCode = "3612";
        c.position.duties = [
          {
            text: {
              ko: "모텔 프런트에서 투숙객의 체크인과 체크아웃을 처리하고 객실 요금을 받는다",
              en: "Check guests in and out at the motel front desk and take payment",
            },
            share: 60,
          },
          { text: { ko: "전화와 예약 사이트로 객실 예약을 받는다", en: "Take room reservations by phone" }, share: 40 },
        ];
      },
    });
    const korean = findingMessage(finding!, "ko");
    expect(korean).toContain(
      '담당업무에 "모텔" 표현이 있어, 근무처가 여관·모텔·게스트하우스 등 일반 숙박업소로 보입니다.',
    );
    expect(korean).toContain("3612 호텔 접수 사무원 직종은 그러한 업체에서는 고용할 수 없습니다");
    expect(korean).not.toMatch(/[A-Za-z]{3,}/);
    expect(korean).toContain("3612로 신청할 수 없으며");
  });
});
