/** Conversion of a document model to a PDF with an embedded Korean font (the only module that imports `pdfkit`). */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { E7Error } from "../errors.js";
import type { Block, Clause, DocRoot, SignatureBlock, Table as TableNode } from "../model/nodes.js";
import { clauseLines, collectLines } from "../model/walk.js";
import type { Font as FontkitFont } from "fontkit";

/**
 * The two Noto Sans KR faces, parsed once per process. pdfkit accepts a parsed fontkit font in place of file bytes;
 * sharing it across documents keeps fontkit's glyph and shaping caches warm, which is most of a PDF's cost.
 * Each document still makes its own subset, so output does not depend on what was drawn before.
 */
export interface PdfFonts {
  readonly regular: FontkitFont;
  readonly bold: FontkitFont;
  /** Code point coverage test for a face. */
  readonly covers: (codePoint: number, bold: boolean) => boolean;
}

let fontsPromise: Promise<PdfFonts> | undefined;

/**
 * Loads NotoSansKR Regular and Bold from @embedpdf/fonts-kr. The files are not in the package's `exports`
 * map, so they are found next to its resolved entry point.
 */
export function loadPdfFonts(): Promise<PdfFonts> {
  fontsPromise ??= (async () => {
    const entry = createRequire(import.meta.url).resolve("@embedpdf/fonts-kr");
    const dir = path.join(path.dirname(entry), "..", "fonts");
    const regular = readFileSync(path.join(dir, "NotoSansKR-Regular.otf"));
    const bold = readFileSync(path.join(dir, "NotoSansKR-Bold.otf"));
    const fontkit = await import("fontkit");
    const faces = { regular: fontkit.create(regular), bold: fontkit.create(bold) };
    return { ...faces, covers: (codePoint, isBold) => (isBold ? faces.bold : faces.regular).hasGlyphForCodePoint(codePoint) };
  })();
  return fontsPromise;
}

/** A character the embedded font cannot draw: it would print as an empty box and vanish from extracted text. */
export class MissingGlyphError extends E7Error {
  constructor(character: string, clauseId: string) {
    const codePoint = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
    super("E_FONT_MISSING_GLYPH", `The PDF font has no glyph for "${character}" (${codePoint}) in section ${clauseId}.`, {
      hints: ["Replace the character in the case file (emoji and rare symbols are not in Noto Sans KR), or generate with --format docx."],
    });
    this.name = "MissingGlyphError";
  }
}

/** Fails before drawing when any character of the document is missing from the face it will be drawn in. */
export function checkGlyphCoverage(doc: DocRoot, fonts: PdfFonts): void {
  for (const line of collectLines(doc)) {
    const bold = line.role === "title" || line.role === "heading" || line.role === "subheading" || line.role === "clause-head" || line.role === "header-cell";
    for (const character of line.text) {
      if (/\s/u.test(character)) continue;
      if (!fonts.covers(character.codePointAt(0)!, bold)) throw new MissingGlyphError(character, line.clauseId);
    }
  }
}

const PAGE = { width: 595.28, height: 841.89, margin: 56.7 } as const;
const SIZE = { title: 16, heading: 12.5, subheading: 11, body: 10, cell: 9.5 } as const;

type Pdf = PDFKit.PDFDocument;

const bottom = (pdf: Pdf): number => pdf.page.height - pdf.page.margins.bottom;
const textWidth = (pdf: Pdf): number => pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;

/** Starts a new page when less than `height` points remain (keeps headings with what follows). */
function ensureSpace(pdf: Pdf, height: number): void {
  if (pdf.y + height > bottom(pdf)) pdf.addPage();
}

function drawClause(pdf: Pdf, node: Clause): void {
  const indent = node.level === 1 ? 18 : 0;
  const x = pdf.page.margins.left + indent;
  const width = textWidth(pdf) - indent;
  for (const line of clauseLines(node)) {
    const head = line.role === "clause-head";
    pdf.font(head ? "bold" : "regular").fontSize(SIZE.body);
    if (head) ensureSpace(pdf, 3 * pdf.currentLineHeight(true));
    pdf.text(line.text, x, pdf.y, { width, align: head ? "left" : "justify", paragraphGap: head ? 2 : 5, lineGap: 1.5 });
  }
}

/**
 * Breaks a cell's text into lines that fit the width: at spaces, and inside a word only when the word alone is
 * too wide (long URLs, Korean runs without spaces).
 */
function wrapCell(pdf: Pdf, text: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  const fits = (candidate: string): boolean => pdf.widthOfString(candidate) <= width;
  for (const token of text.split(/(?<=\s)/u)) {
    if (fits(current + token.trimEnd())) {
      current += token;
      continue;
    }
    if (current.trim()) lines.push(current.trimEnd());
    current = "";
    for (const ch of token) {
      if (current && !fits(current + ch)) {
        lines.push(current.trimEnd());
        current = "";
      }
      current += ch;
    }
  }
  if (current.trim() || lines.length === 0) lines.push(current.trimEnd());
  return lines;
}

/**
 * Draws a table row by row. Within a row the cells are drawn line by line across the row (first lines of all cells,
 * then second lines …), so a text extractor that reads by position gets each visual line whole and in order.
 */
function drawTable(pdf: Pdf, node: TableNode): void {
  const columns = Math.max(node.header?.length ?? 0, ...node.rows.map((row) => row.length));
  const weights = node.widths ?? Array.from({ length: columns }, () => 1);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const widths = weights.map((w) => (textWidth(pdf) * w) / total);
  const pad = 4;
  const drawRow = (cells: readonly string[], header: boolean): void => {
    pdf.font(header ? "bold" : "regular").fontSize(SIZE.cell);
    const lineHeight = pdf.currentLineHeight(true) + 1;
    const lines = cells.map((text, i) => wrapCell(pdf, text, widths[i]! - 2 * pad));
    const count = Math.max(1, ...lines.map((l) => l.length));
    const height = count * lineHeight + 2 * pad;
    ensureSpace(pdf, height);
    const top = pdf.y;
    let x = pdf.page.margins.left;
    widths.forEach((w) => {
      if (header) pdf.save().rect(x, top, w, height).fill("#eeeeee").restore();
      pdf.rect(x, top, w, height).lineWidth(0.5).stroke("#808080");
      x += w;
    });
    pdf.fillColor("black");
    for (let line = 0; line < count; line++) {
      let cellX = pdf.page.margins.left;
      cells.forEach((_cell, i) => {
        const text = lines[i]![line];
        if (text) pdf.text(text, cellX + pad, top + pad + line * lineHeight, { lineBreak: false });
        cellX += widths[i]!;
      });
    }
    pdf.x = pdf.page.margins.left;
    pdf.y = top + height;
  };
  if (node.header) drawRow(node.header, true);
  for (const row of node.rows) drawRow(row, false);
  pdf.y += 10;
}

function drawSignature(pdf: Pdf, node: SignatureBlock): void {
  const left = pdf.page.margins.left;
  for (const party of node.parties) {
    pdf.font("regular").fontSize(SIZE.body);
    ensureSpace(pdf, (party.lines.length + 5) * pdf.currentLineHeight(true));
    pdf.y += 8;
    pdf.font("bold").text(party.role, left, pdf.y);
    pdf.font("regular").text(party.name, left, pdf.y);
    for (const line of party.lines) pdf.text(line, left, pdf.y);
    pdf.y += 18;
    const lineY = pdf.y + pdf.currentLineHeight(true);
    pdf.text(node.signLabel, left + 260, pdf.y, { width: textWidth(pdf) - 260, align: "right" });
    pdf.moveTo(left + 260, lineY + 1).lineTo(left + textWidth(pdf), lineY + 1).lineWidth(0.7).stroke("black");
    pdf.y = lineY + 8;
  }
}

function drawBlock(pdf: Pdf, node: Block): void {
  const left = pdf.page.margins.left;
  switch (node.type) {
    case "heading": {
      const size = node.depth === 1 ? SIZE.title : node.depth === 2 ? SIZE.heading : SIZE.subheading;
      pdf.font("bold").fontSize(size);
      ensureSpace(pdf, 4 * pdf.currentLineHeight(true));
      if (node.depth > 1) pdf.y += 6;
      pdf.text(node.text, left, pdf.y, { width: textWidth(pdf), align: node.depth === 1 ? "center" : "left", paragraphGap: node.depth === 1 ? 14 : 6 });
      return;
    }
    case "paragraph":
      pdf.font("regular").fontSize(SIZE.body);
      pdf.text(node.text, left, pdf.y, { width: textWidth(pdf), align: node.align ?? "justify", paragraphGap: 6, lineGap: 1.5 });
      return;
    case "clause":
      drawClause(pdf, node);
      return;
    case "table":
      drawTable(pdf, node);
      return;
    case "signature":
      drawSignature(pdf, node);
      return;
  }
}

/**
 * Writes the document as PDF bytes: A4, Noto Sans KR Regular and Bold embedded as subsets, every timestamp taken
 * from the document date so that equal input gives equal bytes. Throws MissingGlyphError before drawing anything
 * the font cannot show.
 */
export async function writePdf(doc: DocRoot, fonts?: PdfFonts): Promise<Uint8Array> {
  const faces = fonts ?? (await loadPdfFonts());
  checkGlyphCoverage(doc, faces);
  const { default: PDFDocument } = await import("pdfkit");
  const date = new Date(`${doc.meta.date}T00:00:00Z`);
  const pdf = new PDFDocument({
    size: "A4",
    margin: PAGE.margin,
    lang: doc.meta.lang === "en" ? "en-US" : "ko-KR",
    displayTitle: true,
    info: { Title: doc.meta.title, Subject: doc.meta.subject, Author: doc.meta.author, Creator: "e7-align", Producer: "e7-align", CreationDate: date, ModDate: date },
  });
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on("end", () => resolve());
    pdf.on("error", reject);
  });
  // The typings only list paths and buffers; pdfkit's font factory also takes a parsed fontkit font.
  pdf.registerFont("regular", faces.regular as unknown as Buffer);
  pdf.registerFont("bold", faces.bold as unknown as Buffer);
  pdf.font("regular");
  for (const node of doc.children) drawBlock(pdf, node);
  pdf.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
