import { describe, expect, it } from "vitest";
import { cueIn } from "../../src/catalog/employer-settings.js";
import { employerSetting } from "../../src/checks/employer-setting.js";
import { loadRules } from "../../src/checks/load-rules.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { codeOf } from "../../src/catalog/occupation-lookup.js";
import { findingMessage } from "../../src/checks/messages/localize-finding.js";
import { type Draft, findingsFor, testCheck } from "./check-tester.js";

/** The web-developer example re-filed under `code` by an employer described in both languages. */
function employer(code: string, ko: string, en: string, names?: { ko: string; en: string }): (c: Draft) => void {
  return (c) => {
    c.selectedCode = code;
    c.employer.businessDescription = { ko, en };
    if (names) {
      c.employer.nameKo = names.ko;
      c.employer.nameEn = names.en;
    }
  };
}

testCheck(employerSetting, {
  valid: [
    { name: "web developer: no employer setting of its own" },
    {
      name: "hotel receptionist at a registered tourist hotel",
      change: employer(
        "3612",
        "서울 명동에서 객실 300실 규모의 관광호텔을 운영합니다.",
        "Runs a 300-room tourist hotel in Myeong-dong, Seoul.",
      ),
    },
    {
      name: "hotel receptionist at a Holiday Inn described in English only (no 'inn' cue)",
      change: employer("3612", "", "Operates the Holiday Inn Incheon Songdo, a tourist hotel with 250 rooms.", {
        ko: "홀리데이인 인천송도",
        en: "Holiday Inn Incheon Songdo",
      }),
    },
    {
      name: "duty-free sales clerk at a restaurant with a Jeju address (the address shows the setting)",
      change: (c) => {
        employer(
          "31124",
          "중국인 관광객이 많이 찾는 한식 음식점을 운영합니다.",
          "Runs a Korean restaurant popular with Chinese tourists.",
        )(c);
        c.employer.address = { ko: "제주특별자치도 제주시 연동 123", en: "123 Yeon-dong, Jeju-si, Jeju" };
      },
    },
    {
      name: "care worker at a long-term care home",
      change: employer(
        "42210",
        "입소 정원 80명의 노인요양시설을 운영합니다.",
        "Runs a long-term care facility for 80 older residents.",
      ),
    },
    {
      name: "corporate executive whose company is a member of an association (ruled-out words read in the name only)",
      change: employer(
        "1120",
        "한국게임산업협회 회원사로서 모바일 게임을 개발해 해외에 배급합니다.",
        "A member of the Korea Association of Game Industry; develops mobile games and publishes them abroad.",
      ),
    },
    {
      name: "cook at an ordinary restaurant",
      change: employer(
        "451",
        "서울 이태원에서 이탈리아 음식점을 운영합니다.",
        "Runs an Italian restaurant in Itaewon, Seoul.",
      ),
    },
    {
      name: "finance professional at a securities firm whose description mentions 'most' (대부분, not 대부업)",
      change: employer(
        "282",
        "매출의 대부분을 해외 기관투자자 대상 증권 중개에서 얻습니다.",
        "Earns most of its revenue from brokering securities for foreign institutions.",
      ),
    },
    {
      name: "customer-service clerk at a firm offering remote work as a perk (not a work-from-home call centre)",
      change: employer(
        "3620",
        "해외 고객 상담센터를 직접 운영하며, 직원에게 주 1회 재택근무를 허용합니다.",
        "Runs its own overseas customer centre.",
      ),
    },
    {
      name: "cook at a tourist hotel's restaurant",
      change: employer(
        "451",
        "관광호텔과 그 안의 레스토랑 3곳을 운영합니다.",
        "Runs a tourist hotel and its three restaurants.",
      ),
    },
    {
      name: "a tourist hotel whose description mentions its 참여관광 programmes (여관 inside another word)",
      change: employer(
        "3612",
        "관광호텔을 운영하며 외국인 투숙객을 위한 참여관광 프로그램을 제공합니다.",
        "Runs a tourist hotel with hands-on tour programmes.",
      ),
    },
  ],
  invalid: [
    {
      name: "finance professional at a 'registered money lender' (English)",
      change: employer("282", "", "Quick Loan Co., Ltd., a registered money lender."),
      findings: [{ messageId: "settingRuledOut", severity: "error", data: { cue: "money lender" } }],
    },
    {
      name: "hotel receptionist at a love hotel (English)",
      change: employer("3612", "", "Runs a love hotel in Sinchon."),
      findings: [{ messageId: "settingRuledOut", severity: "error", data: { cue: "love hotel" } }],
    },
    {
      name: "hotel receptionist where the description says only 'hotel' (a tourist hotel must be shown)",
      change: employer("3612", "", "Runs a small hotel in Hongdae."),
      findings: [{ messageId: "settingNotShown", severity: "warning" }],
    },
    {
      name: "duty-free sales clerk at a souvenir shop in Jeju (a Jeju address shows only a restaurant)",
      change: (c) => {
        employer("31124", "제주 공항 근처에서 기념품 가게를 운영합니다.", "Runs a souvenir shop near Jeju airport.")(c);
        c.employer.address = { ko: "제주특별자치도 제주시 용담이동 1", en: "1 Yongdam 2-dong, Jeju-si, Jeju" };
      },
      findings: [{ messageId: "settingNotShown", data: { code: "31124" } }],
    },
    {
      name: "industrial safety specialist at a company that calls itself private",
      change: employer("2364", "민간 종합건설회사로서 아파트를 시공합니다.", "A private general construction company."),
      findings: [{ messageId: "settingRuledOut", severity: "error", data: { cue: "민간 종합" } }],
    },
    {
      name: "hotel receptionist at a motel",
      change: employer("3612", "부산 해운대에서 모텔을 운영합니다.", "Runs a motel in Haeundae, Busan."),
      findings: [
        {
          messageId: "settingRuledOut",
          severity: "error",
          path: "/employer/businessDescription",
          data: { code: "3612", cue: "모텔", ruledOut: "an inn, motel, guesthouse or other ordinary lodging" },
        },
      ],
    },
    {
      name: "hotel receptionist at a guesthouse described in English only",
      change: employer("3612", "", "Runs two guesthouses for backpackers in Hongdae."),
      findings: [{ messageId: "settingRuledOut", severity: "error", data: { cue: "guesthouses" } }],
    },
    {
      name: "hotel receptionist at a business running a hotel and a motel",
      change: employer("3612", "관광호텔 1곳과 모텔 2곳을 운영합니다.", "Runs one tourist hotel and two motels."),
      findings: [
        { messageId: "settingRuledOutAndShown", severity: "warning", data: { cue: "모텔", shownCue: "관광호텔" } },
      ],
    },
    {
      name: "hotel receptionist at a company that shows no hotel",
      change: (c) => {
        c.selectedCode = "3612";
      },
      findings: [{ messageId: "settingNotShown", severity: "warning", data: { code: "3612" } }],
    },
    {
      name: "finance professional at a money lender",
      change: employer(
        "282",
        "개인 대상 소액 신용대출을 하는 대부업체입니다.",
        "A money-lending firm making small personal loans.",
      ),
      findings: [
        { messageId: "settingRuledOut", severity: "error", data: { cue: "대부업", ruledOut: "a money-lending firm" } },
      ],
    },
    {
      name: "care worker at a home-visit care agency",
      change: employer(
        "42210",
        "어르신 댁을 방문하는 방문요양 서비스를 제공합니다.",
        "Provides home-visit care to older people.",
      ),
      findings: [{ messageId: "settingRuledOut", severity: "error", data: { cue: "방문요양" } }],
    },
    {
      name: "industrial safety specialist at a private company",
      change: employer("2364", "화학 플랜트 설비를 제조합니다.", "Manufactures chemical plant equipment."),
      findings: [{ messageId: "settingNotShown", data: { code: "2364" } }],
    },
    {
      name: "duty-free sales clerk at an ordinary shop in Seoul",
      change: employer("31124", "명동에서 화장품 매장을 운영합니다.", "Runs a cosmetics shop in Myeong-dong."),
      findings: [{ messageId: "settingNotShown", data: { code: "31124" } }],
    },
    {
      name: "corporate executive of a business association (the name says it)",
      change: employer("1120", "게임 업계를 대표합니다.", "Represents the game industry.", {
        ko: "사단법인 한국게임산업협회",
        en: "Korea Association of Game Industry",
      }),
      findings: [{ messageId: "settingRuledOut", severity: "error", data: { code: "1120", cue: "협회" } }],
    },
    {
      name: "air transport clerk at a travel agency that sells airline tickets ('항공권' does not show an airline)",
      change: employer(
        "32222",
        "항공권과 해외 패키지를 판매하는 여행사입니다.",
        "Sells air tickets and overseas packages.",
      ),
      findings: [{ messageId: "settingRuledOut", severity: "error", data: { cue: "여행사" } }],
    },
    {
      name: "air transport clerk at an airline that also runs a travel agency",
      change: employer(
        "32222",
        "국제선 항공사로서 자회사 여행사를 함께 운영합니다.",
        "An international airline that also runs a travel agency.",
      ),
      findings: [
        { messageId: "settingRuledOutAndShown", severity: "warning", data: { cue: "여행사", shownCue: "항공사" } },
      ],
    },
    {
      name: "customer-service clerk at an outsourced call centre (English cue by word prefix, quoted whole)",
      change: employer("3620", "", "Provides outsourced contact-centre services to overseas clients."),
      findings: [{ messageId: "settingRuledOut", severity: "error", data: { cue: "outsourced" } }],
    },
    {
      name: "the workplace names the ruled-out setting though the description does not",
      change: (c) => {
        employer("3612", "숙박업을 운영합니다.", "Runs accommodation.")(c);
        c.position.workplace = { ko: "부산 해운대구 OO게스트하우스", en: "OO Guesthouse, Haeundae-gu, Busan" };
      },
      findings: [{ messageId: "settingRuledOut", data: { cue: "게스트하우스" } }],
    },
  ],
});

describe("employer-setting data and wording", () => {
  const rules = loadRules();
  const catalog = loadCatalog();

  it("should name only codes of the 2026-09 list, each once", () => {
    const codes = rules.occupationEmployerSettings.flatMap((rule) => rule.codes);
    const known = new Set(catalog.occupations.map(codeOf));
    expect(codes.filter((code) => !known.has(code))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("should give every rule a citation, a date and a Korean setting without English", () => {
    for (const rule of rules.occupationEmployerSettings) {
      expect(rule.source).toMatch(/^MOJ-2026-09 p\.\d/);
      expect(rule.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(rule.settingKo).not.toMatch(/[A-Za-z]/);
      for (const ruledOut of rule.ruledOut ?? []) expect(ruledOut.ko).not.toMatch(/[A-Za-z]/);
    }
  });

  it("should read English cues at the start of a word only", () => {
    expect(cueIn(["Holiday Inn"], { ko: [], en: ["inn"] })).toBe("Inn");
    expect(cueIn(["Spinning mill"], { ko: [], en: ["inn"] })).toBeUndefined();
    expect(cueIn(["Riverbank Foods"], { ko: [], en: ["bank"] })).toBeUndefined();
    expect(cueIn(["Two MOTELS"], { ko: [], en: ["motel"] })).toBe("MOTELS");
    expect(cueIn(["Provides outsourced contact-centre services"], { ko: [], en: ["outsourc"] })).toBe("outsourced");
  });

  it("should read Korean cues as regular expressions, so a cue can skip the longer words it sits in", () => {
    const inn = { ko: ["여관(?!광)"], en: [] };
    expect(cueIn(["참여관광 프로그램을 운영하는 관광호텔"], inn)).toBeUndefined();
    expect(cueIn(["청풍여관을 운영합니다"], inn)).toBe("여관");
  });

  it("should not read a code's own required setting as one it rules out", () => {
    for (const rule of rules.occupationEmployerSettings) {
      for (const ruledOut of rule.ruledOut ?? []) {
        const words = [...(rule.shownBy?.ko ?? []), ...(rule.shownBy?.en ?? [])];
        expect(
          words.filter((word) => cueIn([word], ruledOut.cues) !== undefined),
          rule.codes.join(),
        ).toEqual([]);
      }
    }
  });

  it("should say a motel is ruled out in Korean, with the Korean names and particles", () => {
    const [finding] = findingsFor(employerSetting, {
      name: "motel",
      change: employer("3612", "부산에서 모텔을 운영합니다.", "Runs a motel in Busan."),
    });
    const korean = findingMessage(finding!, "ko");
    expect(korean).toContain('"모텔" 표현이 있습니다');
    expect(korean).toContain(
      "3612 호텔 접수 사무원은 여관·모텔·게스트하우스 등 일반 숙박업소에서는 고용할 수 없는 직종입니다",
    );
    expect(korean).toContain("이 직종의 고용업체 요건은 「관광진흥법」에 따라 등록한 관광호텔");
    expect(korean).toContain("3612 직종으로는 신청할 수 없으며");
    expect(korean).not.toMatch(/[A-Za-z]{3,}|\{\{/);
  });
});
