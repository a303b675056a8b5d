/** Checks that the .docx and the PDF of each document carry the same text. */
import { definePacketCheck } from "./types.js";

/** Character counts of a text. */
function counts(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const ch of text) map.set(ch, (map.get(ch) ?? 0) + 1);
  return map;
}

/**
 * How the characters of two texts differ, ignoring order: PDF readers order the cells of a table row by position,
 * so a wrapped cell interleaves with its neighbours, while the words themselves must all be there.
 */
export function characterDifference(a: string, b: string): string | undefined {
  const left = counts(a);
  const right = counts(b);
  const only = (x: Map<string, number>, y: Map<string, number>): string =>
    [...x]
      .flatMap(([ch, n]) => Array.from({ length: Math.max(0, n - (y.get(ch) ?? 0)) }, () => ch))
      .sort()
      .join("")
      .slice(0, 40);
  const missing = only(left, right);
  const extra = only(right, left);
  if (!missing && !extra) return undefined;
  return `(only in the .docx: "${missing}"; only in the PDF: "${extra}")`;
}

export const packetFormatParity = definePacketCheck({
  meta: {
    id: "packet-format-parity",
    description:
      "The .docx and the PDF of the same document give the same text when read back (whitespace and the reading order inside table rows ignored).",
    descriptionKo:
      "같은 서류의 .docx 파일과 PDF 파일을 다시 읽었을 때 같은 내용인지 확인합니다(공백과 표 안의 읽는 순서는 따지지 않습니다).",
    severity: "error",
    source: "e7-align rule: the .docx and the PDF of a document are the same document, so they must give the same text",
    messages: { differs: "{{docx}} and {{pdf}} differ {{where}}." },
    messagesKo: {
      differs: "{{docx|와/과}} {{pdf}}의 내용이 다릅니다: {{where}}.",
    },
  },
  run(context, report) {
    for (const docx of context.documents.filter((doc) => doc.format === "docx")) {
      const pdf = context.documents.find((doc) => doc.format === "pdf" && doc.kind === docx.kind);
      const where = pdf && pdf.compact !== docx.compact ? characterDifference(docx.compact, pdf.compact) : undefined;
      if (pdf && where)
        report({ messageId: "differs", data: { docx: docx.file, pdf: pdf.file, where }, file: pdf.file });
    }
  },
});
