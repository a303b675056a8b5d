import { packetDocumentLanguage } from "../../../src/checks/packet/packet-document-language.js";
import { changeFile, testPacketCheck, withText } from "./packet-tester.js";

const EXAMPLES = ["web-developer", "drafter", "interpreter", "korean-game-client-developer", "mechanical-engineer", "system-designer", "reapplication-after-code-mismatch", "market-researcher"];

testPacketCheck(packetDocumentLanguage, {
  valid: [
    ...EXAMPLES.flatMap((example) => [
      { name: `the Korean packet of ${example}`, example, lang: "ko" as const },
      { name: `the English packet of ${example}`, example, lang: "en" as const },
    ]),
    { name: "a bilingual packet (both languages by design)" },
  ],
  invalid: [
    {
      name: "an English sentence left in a Korean RRS",
      lang: "ko",
      change: (c) => changeFile(c, "recruitment-reason-statement.docx", (d) => withText(d, (t) => `${t}\nThe Vietnamese storefront needs a developer who reads the documentation.`)),
      findings: [{ messageId: "englishInKorean", file: "recruitment-reason-statement.docx", data: { text: "The Vietnamese storefront needs a developer who reads the documentation" } }],
    },
    {
      name: "a Korean sentence left in an English contract annex",
      lang: "en",
      change: (c) => changeFile(c, "contract-duty-annex.pdf", (d) => withText(d, (t) => `${t}\n웹 스토어의 프런트엔드를 개발하고 유지보수한다.`)),
      findings: [{ messageId: "koreanInEnglish", file: "contract-duty-annex.pdf", data: { text: "웹 스토어의 프런트엔드를 개발하고 유지보수한다" } }],
    },
  ],
});
