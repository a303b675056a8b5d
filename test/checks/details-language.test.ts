import { describe, expect, it } from "vitest";
import { detailsLanguage, readsAsEnglishPhrase } from "../../src/checks/details-language.js";
import { testCheck, type Draft } from "./check-tester.js";

/** The example with every name set explicitly: bilingual where it is a phrase, plain where it is a name. */
function named(c: Draft): void {
  c.employer.representative = { ko: "김민준", en: "Kim Min-jun" };
  for (const duty of c.position.duties) {
    duty.products = [];
    duty.clients = [];
  }
  c.position.duties[0]!.products = ["hanbitmall.co.kr", { ko: "판매자 포털", en: "merchant portal" }];
  c.position.duties[2]!.clients = [{ ko: "베트남 소비자", en: "Vietnamese consumers" }];
}

testCheck(detailsLanguage, {
  valid: [
    { name: "bilingual phrases and a romanised representative", change: named },
    {
      name: "names written once: brands, domains, product codes",
      change: (c) => {
        named(c);
        c.position.duties[0]!.products = ["Google Ads", "hanbitmall.co.kr", "SAP S/4HANA", "Zalo OA"];
        c.position.duties[1]!.clients = ["Shopee", "VNPay"];
      },
    },
    {
      name: "an English client phrase when only English documents are made",
      change: (c) => {
        named(c);
        c.filing.languages = ["en"];
        c.position.duties[2]!.clients = ["Vietnamese consumers"];
      },
    },
    {
      name: "a Hangul-only representative when only Korean documents are made",
      change: (c) => {
        named(c);
        c.filing.languages = ["ko"];
        c.employer.representative = "김민준";
      },
    },
    {
      name: "a representative whose name is in Latin letters",
      change: (c) => {
        named(c);
        c.employer.representative = "John Smith";
      },
    },
  ],
  invalid: [
    {
      name: "a client written once as an English phrase (Korean and English documents)",
      change: (c) => {
        named(c);
        c.position.duties[2]!.clients = [{ ko: "베트남 소비자", en: "Vietnamese consumers" }, "Vietnamese merchants"];
      },
      findings: [
        {
          messageId: "englishPhrase",
          severity: "warning",
          path: "/position/duties/2/clients/1",
          data: { field: "position.duties[2].clients[1]", text: "Vietnamese merchants" },
        },
      ],
    },
    {
      name: "a product phrase after a domain, Korean documents only",
      change: (c) => {
        named(c);
        c.filing.languages = ["ko"];
        c.position.duties[1]!.products = ["hanbitmall.co.kr merchant portal"];
      },
      findings: [
        {
          messageId: "englishPhrase",
          path: "/position/duties/1/products/0",
          data: { field: "position.duties[1].products[0]" },
        },
      ],
    },
    {
      name: "the representative as a Hangul string",
      change: (c) => {
        named(c);
        c.employer.representative = "김민준";
      },
      findings: [
        {
          messageId: "representativeHangulOnly",
          severity: "warning",
          path: "/employer/representative",
          data: { name: "김민준" },
        },
      ],
    },
    {
      name: "the representative with only a Korean name, English documents only",
      change: (c) => {
        named(c);
        c.filing.languages = ["en"];
        c.employer.representative = { ko: "김민준" };
      },
      findings: [{ messageId: "representativeHangulOnly", data: { name: "김민준" } }],
    },
  ],
});

describe("readsAsEnglishPhrase", () => {
  it("should take lower-case Latin words for a phrase and leave names alone", () => {
    expect(
      [
        "Vietnamese merchants",
        "Japanese travel agencies",
        "hanbitmall.co.kr merchant portal",
        "small online shops",
      ].filter(readsAsEnglishPhrase),
    ).toHaveLength(4);
    expect(
      [
        "React",
        "Google Ads",
        "Microsoft Teams",
        "hanbitmall.co.kr",
        "SAP S/4HANA",
        "베트남 판매자",
        "Excel 재무 모델",
        "iOS",
        "<client or user served, or delete this line>",
      ].filter(readsAsEnglishPhrase),
    ).toEqual([]);
  });
});
