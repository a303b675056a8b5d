import { packetDocumentLanguage } from "../../../src/checks/packet/packet-document-language.js";
import type { TextValue } from "../../../src/case/local-text.js";
import type { PacketCheckContext } from "../../../src/checks/packet/types.js";
import { changeFile, testPacketCheck, withText } from "./packet-tester.js";

/** The context with duty 2's products replaced and `line` added to the Korean annex. */
function productInAnnex(c: PacketCheckContext, products: TextValue[], line: string): PacketCheckContext {
  const duties = c.case.position.duties.map((d, i) => (i === 1 ? { ...d, products } : d));
  const withProducts = { ...c, case: { ...c.case, position: { ...c.case.position, duties } } };
  return changeFile(withProducts, "contract-duty-annex.pdf", (d) =>
    withText(
      d,
      (t) => `${t}
${line}`,
    ),
  );
}

const EXAMPLES = [
  "web-developer",
  "drafter",
  "interpreter",
  "korean-game-client-developer",
  "mechanical-engineer",
  "system-designer",
  "reapplication-after-code-mismatch",
  "market-researcher",
];

testPacketCheck(packetDocumentLanguage, {
  valid: [
    ...EXAMPLES.flatMap((example) => [
      { name: `the Korean packet of ${example}`, example, lang: "ko" as const },
      { name: `the English packet of ${example}`, example, lang: "en" as const },
    ]),
    { name: "a bilingual packet (both languages by design)" },
    {
      // A name written once is printed as is in both languages; validate's details-language warns about a phrase.
      name: "a product written once, printed as is in a Korean annex",
      lang: "ko",
      change: (c) =>
        productInAnnex(c, ["merchant admin screens for sellers"], "대상 제품: merchant admin screens for sellers"),
    },
  ],
  invalid: [
    {
      name: "an English sentence left in a Korean RRS",
      lang: "ko",
      change: (c) =>
        changeFile(c, "recruitment-reason-statement.docx", (d) =>
          withText(d, (t) => `${t}\nThe Vietnamese storefront needs a developer who reads the documentation.`),
        ),
      findings: [
        {
          messageId: "englishInKorean",
          file: "recruitment-reason-statement.docx",
          data: { text: "The Vietnamese storefront needs a developer who reads the documentation" },
        },
      ],
    },
    {
      name: "the English wording of a {ko, en} product in a Korean annex (not excused as a name)",
      lang: "ko",
      change: (c) =>
        productInAnnex(
          c,
          [{ ko: "판매자 관리 화면", en: "merchant admin screens for sellers" }],
          "대상 제품: merchant admin screens for sellers",
        ),
      findings: [
        {
          messageId: "englishInKorean",
          file: "contract-duty-annex.pdf",
          data: { text: "merchant admin screens for sellers" },
        },
      ],
    },
    {
      name: "a Korean sentence left in an English contract annex",
      lang: "en",
      change: (c) =>
        changeFile(c, "contract-duty-annex.pdf", (d) =>
          withText(d, (t) => `${t}\n웹 스토어의 프런트엔드를 개발하고 유지보수한다.`),
        ),
      findings: [
        {
          messageId: "koreanInEnglish",
          file: "contract-duty-annex.pdf",
          data: { text: "웹 스토어의 프런트엔드를 개발하고 유지보수한다" },
        },
      ],
    },
  ],
});
