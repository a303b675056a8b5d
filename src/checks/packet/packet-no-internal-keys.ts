/** Checks that no document prints this tool's internal words: rule and source keys, check ids, issue numbers. */
import { checks } from "../index.js";
import { loadRules } from "../load-rules.js";
import { definePacketCheck } from "./types.js";
import { escapeRegExp } from "../../text/escape-regexp.js";

/** Source keys of the rules file (MOJ-2026-09, MOJ-WAGE-2026), packet check ids (packet-same-code) and issue numbers ("issue 5"). */
const KEY_SHAPES: readonly RegExp[] = [
  /\bMOJ-[A-Z0-9]+(?:-[A-Z0-9]+)*\b/g,
  /\bpacket-[a-z]+(?:-[a-z]+)+\b/g,
  /\bissue #?\d+\b/gi,
];

let known: readonly string[] | undefined;

/** Every literal internal key: rule ids and source keys of the rules file, and the case checks' ids. */
export function internalKeys(): readonly string[] {
  if (!known) {
    const rules = loadRules();
    const ids = [
      ...Object.keys(rules.sources),
      ...rules.wageFloors.map((w) => w.id),
      ...rules.documentValidity.map((d) => d.id),
      ...Object.keys(checks),
    ];
    // A one-word id ("qualification") is an ordinary word; only ids with a hyphen are unmistakably internal.
    known = [...new Set(ids.filter((id) => id.includes("-")))];
  }
  return known;
}

/** The internal keys a text prints, minus any the case's own text contains (the user may have written them). */
export function internalKeysIn(text: string, caseText: string, keys: readonly string[] = internalKeys()): string[] {
  const found = new Set<string>();
  for (const key of keys) if (new RegExp(`(?<![\\w-])${escapeRegExp(key)}(?![\\w-])`).test(text)) found.add(key);
  for (const shape of KEY_SHAPES) for (const match of text.matchAll(shape)) found.add(match[0]);
  return [...found].filter((key) => !caseText.includes(key)).sort();
}

export const packetNoInternalKeys = definePacketCheck({
  meta: {
    id: "packet-no-internal-keys",
    description:
      "No document prints a rule id, a source key of the rules file, a check id or an issue number: documents cite rules the way an officer knows them.",
    descriptionKo:
      "서류에 프로그램 안에서만 쓰는 식별자(규칙 번호, 출처 키, 점검 이름, 이슈 번호)가 인쇄되지 않았는지 확인합니다. 서류는 심사관이 아는 방식으로 근거를 인용해야 합니다.",
    severity: "error",
    source: "e7-align rule: a filed document is read by an immigration officer, to whom this tool's keys mean nothing.",
    messages: {
      internalKey:
        "{{file}} prints internal keys of this tool ({{keys}}); documents must cite the notice or manual itself, not this tool's keys.",
    },
    messagesKo: {
      internalKey:
        "{{file}}: 문서에 내부 식별자가 인쇄되어 있습니다({{keys}}). 문서에는 내부 식별자가 아니라 공고나 매뉴얼 자체를 적어야 합니다.",
    },
  },
  run(context, report) {
    const caseText = JSON.stringify(context.case);
    for (const doc of context.documents) {
      const found = internalKeysIn(doc.text, caseText);
      if (found.length > 0)
        report({ messageId: "internalKey", data: { file: doc.file, keys: found.join(", ") }, file: doc.file });
    }
  },
});
