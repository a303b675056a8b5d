/**
 * Reads the text of a Hangul .hwpx document (OWPML: a zip whose Contents/section*.xml hold the body), with the same
 * zip checks and limits as a .docx and the same XML parser.
 */
import { DOMParser } from "@xmldom/xmldom";
import { ERR, InputFileError } from "../errors.js";
import { inspectZip, type ZipFormat } from "./inspect-docx-zip.js";
import { decodeXml } from "./read-docx-text.js";
import { OVERSIZE_HINTS, requireDocumentSize } from "./document-size.js";
import { displayName, readerLimits, type ExtractedText, type ReadOptions } from "./types.js";

const SECTION = /^Contents\/section(\d+)\.xml$/;
const HINTS = ["Open it in Hangul (한글) and save it again as .hwpx or .docx, or print it to PDF."];
const HINTS_KO = ["한글에서 열어 .hwpx나 .docx로 다시 저장하거나, PDF로 인쇄하십시오."];

const HWPX: ZipFormat = {
  label: ".hwpx",
  required: "Contents/section0.xml",
  keep: (fileName) => SECTION.test(fileName),
  notThisFormat: {
    message: "is a zip archive but not a Hangul .hwpx document (it has no Contents/section0.xml).",
    hints: HINTS,
    code: ERR.E_WRONG_FORMAT,
    messageKo: "zip 압축 파일이지만 한글 .hwpx 문서가 아닙니다(Contents/section0.xml이 없습니다).",
    hintsKo: HINTS_KO,
  },
  corruptHints: HINTS,
  corruptHintsKo: HINTS_KO,
};

/** The text of one hp:p paragraph: its hp:t runs, tabs and line breaks as spaces, without table paragraphs nested in it. */
function paragraphText(paragraph: Element): string {
  let text = "";
  const walk = (node: Node, inText: boolean): void => {
    for (let at = node.firstChild; at; at = at.nextSibling) {
      if (at.nodeType === 3 || at.nodeType === 4) {
        if (inText) text += at.nodeValue ?? "";
        continue;
      }
      if (at.nodeType !== 1) continue;
      const element = at as Element;
      if (element.localName === "p") continue;
      if (
        inText &&
        (element.localName === "tab" ||
          element.localName === "lineBreak" ||
          element.localName === "fwSpace" ||
          element.localName === "nbSpace")
      )
        text += " ";
      walk(element, inText || element.localName === "t");
    }
  };
  walk(paragraph, false);
  return text.replace(/\s+/g, " ").trim();
}

function sectionParagraphs(xml: string, part: string, name: string): string[] {
  const errors: string[] = [];
  const document = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: (message: string) => errors.push(message),
      fatalError: (message: string) => errors.push(message),
    },
  }).parseFromString(xml, "application/xml");
  if (errors.length > 0 || !document.documentElement)
    throw new InputFileError(
      name,
      `is a damaged .hwpx (${part}: ${errors[0] ?? "no root element"}).`,
      HINTS,
      ERR.E_DOCUMENT_CORRUPT,
      { message: `손상된 .hwpx 파일입니다(${part}: ${errors[0] ?? "루트 요소가 없습니다"}).`, hints: HINTS_KO },
    );
  const paragraphs: string[] = [];
  const all = document.getElementsByTagName("*");
  for (let i = 0; i < all.length; i++) {
    const element = all.item(i)!;
    // Every paragraph, in document order, table-cell paragraphs included (each is also an hp:p).
    if (element.localName !== "p" || !/hancom|hwpml|owpml/i.test(element.namespaceURI ?? "")) continue;
    const text = paragraphText(element as unknown as Element);
    if (text) paragraphs.push(text);
  }
  return paragraphs;
}

/** Extracts the text of a .hwpx; every paragraph (and table cell paragraph) becomes one paragraph. */
export async function readHwpxText(bytes: Uint8Array, options: ReadOptions = {}): Promise<ExtractedText> {
  const name = displayName(options);
  const limits = readerLimits(options);
  requireDocumentSize(bytes, name, limits, OVERSIZE_HINTS.images);
  const parts = await inspectZip(bytes, name, limits, HWPX);
  const sections = [...parts.keys()].sort((a, b) => Number(SECTION.exec(a)![1]) - Number(SECTION.exec(b)![1]));
  const paragraphs = sections.flatMap((part) => sectionParagraphs(decodeXml(parts.get(part)!), part, name));
  if (paragraphs.length === 0) {
    throw new InputFileError(
      name,
      "has no text (the Hangul document is empty or holds only images).",
      ["If the duties are in a scanned image, type them into the document or OCR the scan."],
      ERR.E_NO_TEXT,
      {
        message: "텍스트가 없습니다(한글 문서가 비어 있거나 이미지만 있습니다).",
        hints: ["직무가 스캔 이미지에 있다면 문서에 직접 입력하거나 스캔본을 OCR 처리하십시오."],
      },
    );
  }
  return { text: paragraphs.join("\n"), paragraphs, kind: "hwpx" };
}
