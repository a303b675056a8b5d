// A paragraph that wraps in a PDF reads back with its spaces: Korean words kept apart at a wrap, English unchanged.
import { describe, expect, it } from "vitest";
import { heading, paragraph, root } from "../../src/model/build.js";
import type { DocRoot } from "../../src/model/nodes.js";
import { readPdfText } from "../../src/readers/read-pdf-text.js";
import { loadPdfFonts, writePdf } from "../../src/writers/pdf.js";
import { SAMPLE_DOC } from "../writers/sample-doc.js";

const doc = (...texts: string[]): DocRoot =>
  root({ ...SAMPLE_DOC.meta, lang: "ko" }, [
    heading(1, "고용사유서", "rrs-title"),
    ...texts.map((text, i) => paragraph(text, `p-${i}`)),
  ]);

/** A PDF as another writer sets it: the given lines one under the other, 15 pt apart, each exactly as given. */
async function linesPdf(lines: readonly string[]): Promise<Uint8Array> {
  const { default: PDFDocument } = await import("pdfkit");
  const pdf = new PDFDocument({ size: "A4", font: null as unknown as string });
  pdf.registerFont("regular", (await loadPdfFonts()).regular as unknown as Buffer);
  pdf.font("regular").fontSize(10);
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => pdf.on("end", () => resolve()));
  for (const [i, line] of lines.entries()) pdf.text(line, 72, 100 + 15 * i, { lineBreak: false });
  pdf.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

const spaced = (text: string): string => text.replace(/\s+/gu, " ").trim();

// Three times a sentence of short words: it wraps several times, at spaces only, between Hangul syllables.
const KOREAN =
  "신청인은 강남 본사 플랫폼개발팀에 배치되어 베트남 웹 스토어의 프런트엔드와 백엔드 개발을 담당하며, 한국인 개발자 두 명과 함께 결제 연동 구조를 문서로 정리하고 출시 이후에도 팀이 자체적으로 운영할 수 있도록 합니다. ".repeat(
    3,
  );
const ENGLISH =
  "The applicant will join the platform team at the Gangnam head office, build the front end and back end of the Vietnamese web store, and document the payment integration with two Korean developers so that the team can run it after launch. ".repeat(
    2,
  );

describe("readPdfText at a line wrap", () => {
  it("should read a wrapped Korean paragraph back word for word, no two words glued and no word split", async () => {
    const read = await readPdfText(await writePdf(doc(KOREAN)), { inThread: true });
    const body = read.paragraphs.find((p) => p.startsWith("신청인은"));
    expect(body).toBeDefined();
    expect(spaced(body!)).toBe(spaced(KOREAN));
  });

  it("should keep English spaces, and a word hyphenated across the wrap whole", async () => {
    const read = await readPdfText(await writePdf(doc(ENGLISH)), { inThread: true });
    expect(spaced(read.paragraphs.find((p) => p.startsWith("The applicant"))!)).toBe(spaced(ENGLISH));
    // Two lines of about the same width, so the reader takes them as one wrapped paragraph.
    const hyphenated = await readPdfText(await linesPdf(["The team designs the well-", "known checkout flow and it"]), {
      inThread: true,
    });
    expect(hyphenated.text).toContain("The team designs the well-known checkout flow and it");
  });

  it("should glue a Korean word that a writer wrapped between its syllables", async () => {
    // As a writer that wraps at any syllable sets it: lines of about the same width, broken inside 보았거나 and 지원자가.
    const lines = ["베트남 결제대행 서비스를 연동해 보", "았거나 입점사를 지원할 수 있는 지원", "자가 없었습니다."];
    const read = await readPdfText(await linesPdf(lines), { inThread: true });
    expect(read.text).toContain(
      "베트남 결제대행 서비스를 연동해 보았거나 입점사를 지원할 수 있는 지원자가 없었습니다.",
    );
  });
});
