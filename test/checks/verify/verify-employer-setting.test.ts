import { describe, expect, it } from "vitest";
import { verifyEmployerSetting } from "../../../src/checks/verify/verify-employer-setting.js";
import { findingMessage } from "../../../src/checks/messages/localize-finding.js";
import type { FixtureParagraph } from "../../fixtures/verify/build-fixtures.js";
import { WEB_CONTRACT_EN } from "../../fixtures/verify/documents.js";
import { testVerifyCheck, verifyFindings } from "./verify-tester.js";

/** A front-desk contract whose employer and workplace are given. */
function frontDesk(employer: string, workplace: string): FixtureParagraph[] {
  return [
    { heading: "Employment Contract" },
    `Employer: ${employer}`,
    `Place of work: ${workplace}`,
    "Position: Front desk clerk",
    { heading: "Article 3. Duties" },
    "1. Check foreign guests in and out at the front desk and settle their bills.",
    "2. Take, change and confirm room reservations by phone, e-mail and the booking system.",
    "3. Give guests information on the city, transport and the facilities during their stay.",
  ];
}

const KO_MOTEL_CONTRACT: FixtureParagraph[] = [
  { heading: "근로계약서" },
  "사용자: 해운대블루모텔",
  "직위: 프런트 직원",
  { heading: "제3조 (담당업무)" },
  "1. 프런트에서 외국인 투숙객의 체크인과 체크아웃을 처리한다.",
  "2. 전화와 예약 시스템으로 객실 예약을 받고 변경한다.",
];

testVerifyCheck(verifyEmployerSetting, {
  valid: [
    { name: "2224: no employer setting of its own", code: "2224", contract: WEB_CONTRACT_EN },
    {
      name: "3612 at a tourist hotel",
      code: "3612",
      contract: frontDesk("Seoul Grand Tourist Hotel Co., Ltd.", "Seoul Grand Hotel, Jung-gu, Seoul"),
    },
    {
      name: "1120: an association's name is read only in a case's employer names, not in documents",
      code: "1120",
      contract: frontDesk("Korea Game Industry Association", "Gangnam-gu, Seoul"),
    },
  ],
  invalid: [
    {
      name: "3612 at a motel (English)",
      code: "3612",
      contract: frontDesk("Haeundae Blue Motel", "Haeundae Blue Motel, Busan"),
      findings: [
        {
          messageId: "settingRuledOut",
          severity: "error",
          file: "contract.md",
          data: { cue: "Motel", ruledOut: "an inn, motel, guesthouse or other ordinary lodging" },
          codes: ["3612"],
        },
      ],
    },
    {
      name: "3612 at a motel (Korean), in both documents",
      code: "3612",
      contract: KO_MOTEL_CONTRACT,
      rrs: KO_MOTEL_CONTRACT,
      findings: [
        { messageId: "settingRuledOut", file: "contract.md", data: { cue: "모텔" } },
        { messageId: "settingRuledOut", file: "rrs.md", data: { cue: "모텔" } },
      ],
    },
    {
      name: "3612 at a business naming a tourist hotel and a motel: a warning",
      code: "3612",
      contract: frontDesk("Seoul Stay Co., Ltd. (a tourist hotel and two motels)", "Seoul Stay Tourist Hotel, Jung-gu"),
      findings: [{ messageId: "settingRuledOut", severity: "warning", data: { cue: "motels" } }],
    },
  ],
});

describe("the Korean message of verify-employer-setting", () => {
  it("should name the occupation and the ruled-out kind in Korean", async () => {
    const [finding] = await verifyFindings(verifyEmployerSetting, {
      name: "motel",
      code: "3612",
      contract: KO_MOTEL_CONTRACT,
    });
    const ko = findingMessage(finding!, "ko");
    expect(ko).toContain(
      '문서에 "모텔" 표현이 있습니다. 3612 호텔 접수 사무원은 여관·모텔·게스트하우스 등 일반 숙박업소에서는',
    );
    expect(ko).not.toMatch(/[A-Za-z]{3,}|\{\{/);
  });
});
