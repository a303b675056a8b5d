// readWordParagraphs: list numbers computed from w:numPr and numbering.xml as Word shows them.
import { describe, expect, it } from "vitest";
import { readWordParagraphs } from "../../src/readers/read-word-xml.js";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string, num?: [string, number], style?: string): string =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}${num ? `<w:numPr><w:ilvl w:val="${num[1]}"/><w:numId w:val="${num[0]}"/></w:numPr>` : ""}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const documentXml = (body: string): string =>
  `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const lvl = (ilvl: number, format: string, text: string, start = 1): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const numbering = `<?xml version="1.0"?><w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">${lvl(0, "decimal", "%1.")}${lvl(1, "decimal", "%1.%2.")}</w:abstractNum>
  <w:abstractNum w:abstractNumId="1">${lvl(0, "ganada", "%1.")}</w:abstractNum>
  <w:abstractNum w:abstractNumId="2">${lvl(0, "decimalEnclosedCircle", "%1")}</w:abstractNum>
  <w:abstractNum w:abstractNumId="3">${lvl(0, "bullet", "\uF0B7")}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
</w:numbering>`;

describe("readWordParagraphs", () => {
  it("numbers items as Word shows them: formats, levels, continuation across paragraphs, restarts per list", () => {
    const body = [
      p("Duties"),
      p("Develop web APIs.", ["1", 0]),
      p("Design REST endpoints.", ["1", 1]),
      p("Write tests.", ["1", 1]),
      p("A note between items."),
      p("Operate servers.", ["1", 0]),
      p("웹 개발", ["2", 0]),
      p("서버 운영", ["2", 0]),
      p("첫째", ["3", 0]),
      p("Bullet item", ["4", 0]),
      p("Restarted at seven", ["5", 0]),
      p("Numbering switched off", ["0", 0]),
    ].join("");
    expect(readWordParagraphs({ document: documentXml(body), numbering })).toEqual([
      "Duties",
      "1. Develop web APIs.",
      "1.1. Design REST endpoints.",
      "1.2. Write tests.",
      "A note between items.",
      "2. Operate servers.",
      "가. 웹 개발",
      "나. 서버 운영",
      "① 첫째",
      "• Bullet item",
      "7. Restarted at seven",
      "Numbering switched off",
    ]);
  });

  it("takes numbering from a list paragraph style, and reads table cells and skips a text box's fallback copy", () => {
    const styles = `<?xml version="1.0"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="ListNumber"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Duty"><w:basedOn w:val="ListNumber"/></w:style></w:styles>`;
    const box = `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:txbxContent>${p("Boxed text")}</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>${p("Boxed text")}</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Outer</w:t></w:r></w:p>`;
    const table = `<w:tbl><w:tr><w:tc>${p("Cell one")}</w:tc><w:tc>${p("Cell two")}</w:tc></w:tr></w:tbl>`;
    const body = [p("First duty", undefined, "ListNumber"), p("Second duty", undefined, "Duty"), table, box].join("");
    expect(readWordParagraphs({ document: documentXml(body), numbering, styles })).toEqual([
      "1. First duty",
      "2. Second duty",
      "Cell one",
      "Cell two",
      "Outer",
      "Boxed text",
    ]);
  });

  it("leaves paragraphs unnumbered when the document has no numbering part", () => {
    expect(readWordParagraphs({ document: documentXml(p("Develop web APIs.", ["1", 0])) })).toEqual([
      "Develop web APIs.",
    ]);
  });
});
