/**
 * Flags invisible Unicode direction controls (embeddings, overrides, isolates) in any text of the case: they make
 * a document display its words in another order than they are stored, so the officer would read something other
 * than what the matcher checked ("Trojan Source", CVE-2021-42574).
 */
import { defineCheck } from "./types.js";

/** U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates). Plain marks (U+200E/F) stay allowed. */
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

function* textsOf(value: unknown, pointer: string): Generator<{ readonly path: string; readonly text: string }> {
  if (typeof value === "string") yield { path: pointer, text: value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* textsOf(item, `${pointer}/${i}`);
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value))
      yield* textsOf(item, `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`);
  }
}

export const directionControls = defineCheck({
  meta: {
    id: "direction-controls",
    description:
      "Case texts must not contain invisible direction-control characters that reorder how the text is displayed.",
    severity: "error",
    source:
      "Unicode UAX #9 (bidirectional algorithm); CVE-2021-42574: displayed order can differ from the checked text",
    sourceKo:
      "유니코드 양방향 알고리즘(UAX #9), CVE-2021-42574: 화면에 보이는 순서가 점검한 텍스트와 다를 수 있습니다.",
    messages: {
      control:
        "{{path}} contains the invisible direction-control character {{codePoint}} at character {{position}}: the documents would show this text in a different order than the one checked. Retype the text without it (it usually comes from copying out of a web page or chat).",
    },
    messagesKo: {
      control:
        "{{path}}의 {{position}}번째 글자에 보이지 않는 방향 제어 문자 {{codePoint|이/가}} 있습니다. 서류에서는 점검한 것과 다른 순서로 보이게 됩니다. 이 문자 없이 다시 입력하십시오(웹 페이지나 메신저에서 복사할 때 흔히 들어옵니다).",
    },
  },
  run(context, report) {
    for (const { path, text } of textsOf(context.case, "")) {
      const found = DIRECTION_CONTROL.exec(text);
      if (!found) continue;
      const codePoint = `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
      report({
        messageId: "control",
        path,
        data: { path, codePoint, position: [...text.slice(0, found.index)].length + 1 },
      });
    }
  },
});
