/** Every message id (and fix) of every registered check (case, packet, packet-case and verify checks) has Korean text in its meta with the same placeholders. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checks } from "../../src/checks/index.js";
import { packetCaseChecks, packetChecks } from "../../src/checks/packet/index.js";
import { verifyChecks } from "../../src/checks/verify/index.js";
import {
  findingMessage,
  formatMessageKo,
  occupationNamesInKorean,
  uiLangFrom,
} from "../../src/checks/messages/localize-finding.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { cli } from "../helpers/run-cli.js";

const all = [
  ...Object.values(checks),
  ...Object.values(packetChecks),
  ...Object.values(packetCaseChecks),
  ...Object.values(verifyChecks),
];
const ids = all.flatMap((check) =>
  Object.keys(check.meta.messages).map((messageId) => [check.meta.id, messageId] as const),
);
const fixIds = all.flatMap((check) =>
  Object.keys(check.meta.fixes ?? {}).map((fixId) => [check.meta.id, fixId] as const),
);
const placeholders = (template: string): string[] =>
  [...new Set([...template.matchAll(/\{\{\s*(\w+)(?:\|[^}]+)?\s*\}\}/g)].map((m) => m[1]!))].sort();

/** Korean text that matches its English template: Hangul, the same placeholders, 합니다체, particles es-hangul knows. */
function expectKoreanLike(english: string, korean: string): void {
  expect(korean).toMatch(/[\uac00-\ud7a3]/);
  // A Korean message may take a placeholder's Korean wording ("{{missingKo}}" for "{{missing}}").
  const stems = (template: string) => [...new Set(placeholders(template).map((p) => p.replace(/Ko$/, "")))].sort();
  expect(stems(korean)).toEqual(stems(english));
  // 합니다체: polite formal endings, and no plain-style sentence ending ("-다." without "니").
  expect(korean).toMatch(/(니다|십시오)/);
  expect(korean).not.toMatch(/(?<!니)다\./);
  // Every particle option is one es-hangul knows: filling the template neither throws nor leaves a {{…}}.
  const data = Object.fromEntries(placeholders(korean).map((key) => [key, "웹 개발자"]));
  expect(formatMessageKo(korean, data)).not.toMatch(/\{\{/);
  // A particle typed after a placeholder (or after its parenthetical) guesses the value's last sound: {{key|이/가}} picks it.
  // `raised` is a parenthetical or nothing after "명", so the particle there follows 명.
  const handParticle = /\{\{\s*(\w+)\s*\}\}(?:\([^()]*\))?(?:이나|으로|이|가|은|는|을|를|와|과|로|나)(?=[\s.,:;)]|$)/gu;
  for (const m of korean.matchAll(handParticle)) expect(m[1], `hand-written particle in "${m[0]}"`).toBe("raised");
  // Offices, the status and the portal by their official names (출입국·외국인관서, 체류자격, 대한민국 비자포털).
  expect(korean).not.toMatch(/출입국관서|출입국관리사무소|E-7 비자|하이코리아 비자포털|사증포털/);
}

describe("Korean finding messages", () => {
  it("should cover at least the 62 messages the checks had when the Korean text was written", () => {
    expect(ids.length).toBeGreaterThanOrEqual(62);
  });

  it.each(ids)("%s/%s: has Korean text with the English placeholders", (checkId, messageId) => {
    const meta = all.find((c) => c.meta.id === checkId)!.meta;
    expect(meta.messagesKo?.[messageId], `add meta.messagesKo.${messageId} to check ${checkId}`).toBeDefined();
    expectKoreanLike(meta.messages[messageId]!, meta.messagesKo![messageId]!);
  });

  it.each(fixIds)("%s fix %s: has Korean text with the English placeholders", (checkId, fixId) => {
    const meta = all.find((c) => c.meta.id === checkId)!.meta;
    expect(meta.fixesKo?.[fixId], `add meta.fixesKo.${fixId} to check ${checkId}`).toBeDefined();
    expectKoreanLike(meta.fixes![fixId]!, meta.fixesKo![fixId]!);
  });

  it("should hold no Korean fix for a fix that no longer exists", () => {
    const known = new Set(fixIds.map(([c, f]) => `${c}/${f}`));
    expect(
      all
        .flatMap((c) => Object.keys(c.meta.fixesKo ?? {}).map((f) => `${c.meta.id}/${f}`))
        .filter((id) => !known.has(id)),
    ).toEqual([]);
  });

  it("should hold no Korean text for a message id that no longer exists", () => {
    const known = new Set(ids.map(([c, m]) => `${c}/${m}`));
    const extra = all
      .flatMap((c) => Object.keys(c.meta.messagesKo ?? {}).map((m) => `${c.meta.id}/${m}`))
      .filter((id) => !known.has(id));
    expect(extra).toEqual([]);
  });

  it("should read the Korean text from the check's meta (a changed meta changes the output)", () => {
    const meta = all.find((c) => c.meta.id === "shares-sum")!.meta;
    expect(
      findingMessage(
        { checkId: "shares-sum", messageId: "notHundred", message: "x", data: { sum: 90, advice: "" } },
        "ko",
      ),
    ).toBe(formatMessageKo(meta.messagesKo!.notHundred!, { sum: 90, advice: "" }));
    expect(findingMessage({ checkId: "no-such-check", messageId: "x", message: "english" }, "ko")).toBe("english");
  });

  it("should find a verify check's Korean text by its id, with Korean values where the data has them", () => {
    const data = {
      role: "contract",
      roleKo: "계약서",
      best: "2224 Web developer (웹 개발자)",
      filed: "2223 Application software developer (응용 소프트웨어 개발자)",
    };
    expect(
      findingMessage({ checkId: "verify-document-mismatch", messageId: "mismatch", message: "x", data }, "ko"),
    ).toBe("계약서의 업무는 신청 직종 2223 응용 소프트웨어 개발자가 아니라 2224 웹 개발자 쪽을 가리킵니다.");
  });

  it("should pick the particle that fits the value, numbers read in Korean", () => {
    expect(
      formatMessageKo("{{a|이/가}} {{b|이/가}} {{c|으로/로}} {{d|으로/로}} {{e|은/는}}", {
        a: "2223",
        b: "2224",
        c: "웹 개발자",
        d: "2223",
        e: "학위증",
      }),
    ).toBe("2223이 2224가 웹 개발자로 2223으로 학위증은");
  });

  it("should attach the particle to the value, not to a parenthetical share after it", () => {
    const meta = all.find((c) => c.meta.id === "verify-split-duties")!.meta;
    const data = {
      role: "계약서",
      first: "2742 해외영업원",
      firstShare: 55,
      second: "2224 웹 개발자",
      secondShare: 45,
    };
    const text = formatMessageKo(meta.messagesKo!.clearMajority!, data);
    expect(text).not.toMatch(/\(55%\)와/);
    expect(text).toContain("2742 해외영업원(55%) 쪽과 2224 웹 개발자(45%) 쪽으로");
    const excluded = all.find((c) => c.meta.id === "duties-excluded-role")!.meta.messagesKo!.excludedUseCode!;
    expect(formatMessageKo(excluded, { useCode: "2223" })).toContain("2223으로 신청하시고");
  });

  it("should use --ui first, then LC_ALL, LC_MESSAGES and LANG", () => {
    expect(uiLangFrom("en", { LANG: "ko_KR.UTF-8" })).toBe("en");
    expect(uiLangFrom(undefined, { LANG: "ko_KR.UTF-8" })).toBe("ko");
    expect(uiLangFrom(undefined, { LC_ALL: "en_US.UTF-8", LANG: "ko_KR.UTF-8" })).toBe("en");
    expect(uiLangFrom(undefined, {})).toBe("en");
    expect(
      findingMessage(
        { checkId: "shares-sum", messageId: "notHundred", message: "x", data: { sum: 90, advice: "" } },
        "ko",
      ),
    ).toContain("90%");
  });

  it("should print validate's findings in Korean with --ui ko and in English with --ui en", async () => {
    const example = path.join(PACKAGE_ROOT, "examples", "web-developer", "case.json");
    const ko = await cli(["validate", example, "--ui", "ko"]);
    const en = await cli(["validate", example, "--ui", "en"]);
    expect(ko.code).toBe(en.code);
    expect(ko.stdout).toContain("국민고용 보호 심사 강화 대상입니다");
    expect(en.stdout).not.toContain("국민고용 보호 심사 강화 대상입니다");
    const json = JSON.parse((await cli(["validate", example, "--json"])).stdout) as { findings: { message: string }[] };
    expect(json.findings.every((f) => !/[\uac00-\ud7a3]{4}/.test(f.message.slice(0, 12)))).toBe(true);
  });

  it("should keep the English name beside the Korean one, and not print the Korean name twice", () => {
    const data = { nameKo: "웹 개발자", nameEn: "Web developer", code: "2224" };
    const titleMissing = all.find((c) => c.meta.id === "verify-rrs-title-missing")!.meta;
    expect(formatMessageKo(titleMissing.messagesKo!.titleMissing!, data)).toContain(
      "직종명 웹 개발자(Web developer) 또는",
    );
    expect(formatMessageKo(titleMissing.fixesKo!.titleMissing!, data)).toContain('예: "웹 개발자" / "Web developer"');
    expect(formatMessageKo("{{nameEn}}의 번호", data)).toBe("웹 개발자의 번호");
  });

  it("should name occupations in Korean inside a Korean message, with the particle of the Korean name", () => {
    expect(occupationNamesInKorean("2224 Web developer")).toBe("2224 웹 개발자");
    expect(occupationNamesInKorean("Web developer")).toBe("웹 개발자");
    expect(occupationNamesInKorean("a Web developer team")).toBe("a Web developer team");
    expect(formatMessageKo("{{start}}부터 {{end}}까지", { start: "2027-01-04", end: "2029-01-03" })).toBe(
      "2027. 1. 4.부터 2029. 1. 3.까지",
    );
    expect(formatMessageKo("{{name|은/는}} 대상입니다.", { name: "2223 Application software developer" })).toBe(
      "2223 응용 소프트웨어 개발자는 대상입니다.",
    );
  });
});
