/** Conversion of a document model to a PDF with an embedded Korean font (the only module that imports `pdfkit`). */
import type { GlyphFinder } from "../case/text-safety.js";
import { E7Error, ERR } from "../errors.js";
import type { Block, Cell, Clause, DocRoot, SignatureBlock, Table as TableNode } from "../model/nodes.js";
import { cellParagraphs, clauseLines, collectLines } from "../model/walk.js";
import { coverageFinder, coverageLookup, readGlyphCoverage } from "./glyph-coverage.js";
import { HAN_FONT, KOREAN_FONT, readFontBytes, type FontPackage } from "./pdf-font-files.js";
import { preshapedWordLookup, type ShapedWord } from "./shaped-words.js";
import { loadPdfKit } from "./load-pdfkit.js";
import type { Font as FontkitFont } from "fontkit";

/** One weight's faces: the Korean face, and the Simplified Chinese fallback once a document needs it. */
export interface PdfFaces {
  readonly regular: FontkitFont;
  readonly bold: FontkitFont;
}

/**
 * The Noto Sans KR faces, parsed once per process. pdfkit accepts a parsed fontkit font in place of file bytes;
 * sharing it across documents keeps fontkit's glyph caches and the words shaped so far (see useFont) warm, which is
 * most of a PDF's cost. Each document still makes its own subset, so output does not depend on what was drawn before.
 * `han` holds Noto Sans Hans for Han characters the Korean face lacks (simplified forms in Chinese
 * institution names, for example); it is loaded only when a document needs it.
 */
export interface PdfFonts extends PdfFaces {
  readonly han?: PdfFaces;
}

let koreanFaces: Promise<PdfFaces> | undefined;
let hanFaces: Promise<PdfFaces> | undefined;

async function openFaces(font: FontPackage): Promise<PdfFaces> {
  const { createFont } = await loadPdfKit();
  const [regular, bold] = await Promise.all(
    font.files.map(async (file) => createFont(await readFontBytes(font, file))),
  );
  return { regular: regular!, bold: bold! };
}

/**
 * Words whose shaping a face remembers. A packet draws about 600 distinct words and a remembered word costs about
 * 1 KB, so this bounds the memory at a few MB per face; past it the memory is dropped and refilled, so a long batch
 * of varied cases does not grow with every case.
 */
const SHAPED_WORDS_PER_FACE = 8_000;

/** The part of pdfkit's per-document font object (EmbeddedFont) that shapes words. */
interface EmbeddedFontInternals {
  readonly font: FontkitFont;
  layoutRun(text: string): ShapedWord;
  layoutCached(text: string): ShapedWord;
}

/** Each face's shaped words, shared by the documents of this process. */
const shapedWords = new WeakMap<FontkitFont, Map<string, ShapedWord>>();
/** pdfkit font objects already given the shared memory. */
const sharing = new WeakSet<EmbeddedFontInternals>();
let usePreshaped = true;

/**
 * For the build step that makes the table, and tests: whether faces start from the build's shaped words; and the
 * words each loaded face holds now. Switching forgets the words shaped so far.
 */
export const shapingMemory = {
  async usePreshaped(on: boolean): Promise<void> {
    usePreshaped = on;
    for (const faces of [koreanFaces, hanFaces]) {
      const f = faces ? await faces : undefined;
      if (f) for (const face of [f.regular, f.bold]) shapedWords.delete(face);
    }
  },
  async words(): Promise<ReadonlyMap<string, ReadonlyMap<string, ShapedWord>>> {
    const faces = koreanFaces ? await koreanFaces : undefined;
    return new Map(
      faces
        ? [faces.regular, faces.bold].map((face) => [face.postscriptName, shapedWords.get(face) ?? new Map()] as const)
        : [],
    );
  },
};

/**
 * Switches to a registered font and gives pdfkit's font object for this document the face's shaping memory. pdfkit
 * remembers the shaped run of each word per document only (EmbeddedFont.layoutCached), so every new document shaped
 * the same template and duty words again (OpenType shaping of Hangul was half of a PDF's time). A run depends on the
 * face and the word only (glyphs, and positions in 1/1000 em), never on the document: which glyphs go into the
 * document's font subset is still decided per document, as the text is drawn.
 */
function useFont(pdf: Pdf, name: string): Pdf {
  pdf.font(name);
  const embedded = (pdf as unknown as { readonly _font: EmbeddedFontInternals })._font;
  if (sharing.has(embedded)) return pdf;
  sharing.add(embedded);
  const face = embedded.font;
  let known = shapedWords.get(face);
  if (!known) {
    known = new Map<string, ShapedWord>();
    shapedWords.set(face, known);
  }
  // The words the build shaped (template text), while preshaping is on (off while the build makes them).
  const built = usePreshaped ? preshapedWordLookup(face.postscriptName) : () => undefined;
  embedded.layoutCached = (text) => {
    let word = known.get(text);
    if (!word) {
      const stored = built(text);
      if (stored) {
        // The glyphs are taken from the face as shaping would take them: one glyph object per id, which carries
        // the characters pdfkit writes into the PDF's text layer.
        word = { ...stored, glyphs: stored.glyphs.map((glyph) => face.getGlyph(glyph.id, [...glyph.codePoints])) };
      } else {
        const run = embedded.layoutRun(text);
        word = { glyphs: run.glyphs, positions: run.positions, advanceWidth: run.advanceWidth };
      }
      if (known.size >= SHAPED_WORDS_PER_FACE) known.clear();
      known.set(text, word);
    }
    return word;
  };
  return pdf;
}

/** Whether a face has a glyph for each code point, remembered: fontkit looks every call up in the cmap table again. */
const coverage = new WeakMap<FontkitFont, Map<number, boolean>>();

function hasGlyph(face: FontkitFont, codePoint: number): boolean {
  let known = coverage.get(face);
  if (!known) {
    known = new Map();
    coverage.set(face, known);
  }
  let has = known.get(codePoint);
  if (has === undefined) {
    has = face.hasGlyphForCodePoint(codePoint);
    known.set(codePoint, has);
  }
  return has;
}

/** Loads Noto Sans KR Regular and Bold (and, with `withHan`, the Noto Sans Hans fallback). */
export async function loadPdfFonts(withHan = false): Promise<PdfFonts> {
  koreanFaces ??= openFaces(KOREAN_FONT);
  const korean = await koreanFaces;
  if (!withHan) return korean;
  hanFaces ??= openFaces(HAN_FONT);
  return { ...korean, han: await hanFaces };
}

/** A character no embedded font can draw: it would print as an empty box and vanish from extracted text. */
export class MissingGlyphError extends E7Error {
  constructor(character: string, clauseId: string) {
    const codePoint = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
    super(
      ERR.E_FONT_MISSING_GLYPH,
      `The PDF fonts have no glyph for "${character}" (${codePoint}) in section ${clauseId}.`,
      {
        hints: [
          "Replace the character in the case file (emoji and rare symbols are not in Noto Sans KR or Noto Sans Hans), or generate with --format docx.",
        ],
        ko: {
          message: `PDF 글꼴에는 ${clauseId} 부분에 쓰인 문자를 그릴 글리프가 없습니다: "${character}" (${codePoint}).`,
          hints: [
            "신청 건 정보 파일에서 이 문자를 바꾸거나(이모지와 드문 기호는 Noto Sans KR, Noto Sans Hans에 없습니다), --format docx로 작성하십시오.",
          ],
        },
      },
    );
    this.name = "MissingGlyphError";
  }
}

const isBoldRole = (role: string): boolean =>
  role === "title" || role === "heading" || role === "subheading" || role === "clause-head" || role === "header-cell";

/** True when some non-space character of the document is missing from the Korean faces. */
export function needsHanFallback(doc: DocRoot, fonts: PdfFaces): boolean {
  return collectLines(doc).some((line) =>
    [...line.text].some(
      (ch) => !/\s/u.test(ch) && !hasGlyph(isBoldRole(line.role) ? fonts.bold : fonts.regular, ch.codePointAt(0)!),
    ),
  );
}

/** Fails before drawing when a character of the document is in none of the faces it may be drawn in. */
export function checkGlyphCoverage(doc: DocRoot, fonts: PdfFonts): void {
  for (const line of collectLines(doc)) {
    const bold = isBoldRole(line.role);
    for (const character of line.text) {
      if (/\s/u.test(character)) continue;
      const codePoint = character.codePointAt(0)!;
      const korean = bold ? fonts.bold : fonts.regular;
      const han = fonts.han ? (bold ? fonts.han.bold : fonts.han.regular) : undefined;
      if (!hasGlyph(korean, codePoint) && !(han && hasGlyph(han, codePoint)))
        throw new MissingGlyphError(character, line.clauseId);
    }
  }
}

/**
 * checkGlyphCoverage for any text, before a document exists: a character passes when each weight can draw it in the
 * Korean face or the Han fallback. validate and generate run it on every field of the case, to name the field. The
 * build's coverage table answers without opening the fonts; without it (tests from src/ before a build) fontkit does.
 */
export async function loadGlyphFinder(): Promise<GlyphFinder> {
  const table = readGlyphCoverage();
  const finder = table && coverageFinder(table);
  if (finder) return finder;
  const drawable = table ? coverageLookup(table) : await fontkitDrawable();
  return (text) => {
    let index = 0;
    for (const character of text) {
      if (!/\s/u.test(character) && !drawable(character.codePointAt(0)!)) return { character, index };
      index++;
    }
    return undefined;
  };
}

async function fontkitDrawable(): Promise<(codePoint: number) => boolean> {
  const fonts = await loadPdfFonts(true);
  const han = fonts.han!;
  return (codePoint) =>
    (hasGlyph(fonts.regular, codePoint) || hasGlyph(han.regular, codePoint)) &&
    (hasGlyph(fonts.bold, codePoint) || hasGlyph(han.bold, codePoint));
}

/** A4 with 20 mm side margins and 15 mm top and bottom, the margins of Korean filing forms. */
const PAGE = { width: 595.28, height: 841.89, margins: { top: 42.5, bottom: 42.5, left: 56.7, right: 56.7 } } as const;
const SIZE = { title: 16, heading: 12.5, subheading: 11, body: 10, cell: 9.5 } as const;

/** Vertical spacing in points; the type sizes (SIZE) never change. */
interface Spacing {
  readonly lineGap: number;
  readonly paragraphGap: number;
  readonly clauseGap: number;
  readonly cellLeading: number;
  readonly cellPad: number;
  readonly tableGap: number;
  readonly headingBefore: number;
}

const REGULAR: Spacing = {
  lineGap: 1.5,
  paragraphGap: 6,
  clauseGap: 5,
  cellLeading: 1,
  cellPad: 3,
  tableGap: 10,
  headingBefore: 6,
};
/** Tighter leading and gaps, tried when the regular spacing would leave the signature block alone on the last page. */
const TIGHT: Spacing = {
  lineGap: 0.5,
  paragraphGap: 4,
  clauseGap: 3.5,
  cellLeading: 0,
  cellPad: 2.5,
  tableGap: 8,
  headingBefore: 4,
};

type Pdf = PDFKit.PDFDocument;

/** A run of text drawn in one registered font ("regular", "bold", "han-regular", "han-bold"). */
interface Run {
  readonly font: string;
  readonly text: string;
}

/** The fonts of the document being drawn (set by writePdf around its synchronous drawing loop), to split text into runs. */
let current: PdfFonts | undefined;
/** The spacing of the layout being drawn, set with `current`. */
let space: Spacing = REGULAR;

/** Splits text into runs: Korean face where it has the glyph, the Han fallback elsewhere; spaces join the run they are in. */
function runsOf(text: string, bold: boolean): readonly Run[] {
  const korean = bold ? current!.bold : current!.regular;
  const base = bold ? "bold" : "regular";
  if (!current!.han) return [{ font: base, text }];
  const runs: { font: string; text: string }[] = [];
  for (const ch of text) {
    const font = /\s/u.test(ch) || hasGlyph(korean, ch.codePointAt(0)!) ? base : `han-${base}`;
    const last = runs.at(-1);
    if (last && (last.font === font || /\s/u.test(ch))) last.text += ch;
    else runs.push({ font, text: ch });
  }
  return runs;
}

/** Draws text at (x, y) with pdfkit's options, switching fonts between runs (pdfkit's `continued` keeps one paragraph). */
function drawText(
  pdf: Pdf,
  text: string,
  x: number,
  y: number,
  options: PDFKit.Mixins.TextOptions,
  bold: boolean,
): void {
  const runs = runsOf(text, bold);
  runs.forEach((run, i) => {
    useFont(pdf, run.font);
    const opts = { ...options, continued: i < runs.length - 1 };
    if (i === 0) pdf.text(run.text, x, y, opts);
    else pdf.text(run.text, opts);
  });
}

/** Width of text in the current size, summing its runs. */
function widthOf(pdf: Pdf, text: string, bold: boolean): number {
  return runsOf(text, bold).reduce((sum, run) => sum + useFont(pdf, run.font).widthOfString(run.text), 0);
}

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
    useFont(pdf, head ? "bold" : "regular").fontSize(SIZE.body);
    if (head) ensureSpace(pdf, 3 * pdf.currentLineHeight(true));
    drawText(
      pdf,
      line.text,
      x,
      pdf.y,
      { width, align: head ? "left" : "justify", paragraphGap: head ? 2 : space.clauseGap, lineGap: space.lineGap },
      head,
    );
  }
}

/**
 * Breaks a cell's text into lines that fit the width: at spaces, and inside a word only when the word alone is
 * too wide (long URLs, Korean runs without spaces).
 */
function wrapCell(pdf: Pdf, text: string, width: number, bold: boolean): string[] {
  // Each token is measured once and line widths are summed: re-measuring the growing line shapes it again and again.
  const lines: string[] = [];
  let current = "";
  let used = 0;
  for (const token of text.split(/(?<=\s)/u)) {
    const word = token.trimEnd();
    const wordWidth = widthOf(pdf, word, bold);
    if (used + wordWidth <= width) {
      current += token;
      used += widthOf(pdf, token, bold);
      continue;
    }
    if (current.trim()) lines.push(current.trimEnd());
    current = "";
    used = 0;
    if (wordWidth <= width) {
      current = token;
      used = widthOf(pdf, token, bold);
      continue;
    }
    // A compound joined by "·" or "/" ("출입국·외국인관서") breaks after the joiner before it breaks inside a word.
    for (const part of token.split(/(?<=[·/])/u)) {
      const partWidth = widthOf(pdf, part.trimEnd(), bold);
      if (used + partWidth <= width) {
        current += part;
        used += widthOf(pdf, part, bold);
        continue;
      }
      if (current && partWidth <= width) {
        lines.push(current.trimEnd());
        current = part;
        used = widthOf(pdf, part, bold);
        continue;
      }
      for (const ch of part) {
        const charWidth = widthOf(pdf, ch, bold);
        if (current && used + charWidth > width) {
          lines.push(current.trimEnd());
          current = "";
          used = 0;
        }
        current += ch;
        used += charWidth;
      }
    }
  }
  if (current.trim() || lines.length === 0) lines.push(current.trimEnd());
  return lines;
}

/** The lines of a cell: each of its paragraphs wrapped on its own, starting on a new line. */
function cellLines(pdf: Pdf, cell: Cell, width: number, bold: boolean): string[] {
  return cellParagraphs(cell).flatMap((text) => wrapCell(pdf, text, width, bold));
}

/**
 * Draws a table row by row. Within a row the cells are drawn line by line across the row (first lines of all cells,
 * then second lines …), so a text extractor that reads by position gets each visual line whole and in order. A row
 * that fits on a page is never split; a row taller than a whole page continues on the next pages, its cells' borders
 * drawn around each part, so nothing past the page's bottom edge is lost.
 */
function drawTable(pdf: Pdf, node: TableNode, flushWithNext = false): void {
  const columns = Math.max(node.header?.length ?? 0, ...node.rows.map((row) => row.length));
  const weights = node.widths ?? Array.from({ length: columns }, () => 1);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const widths = weights.map((w) => (textWidth(pdf) * w) / total);
  const pad = space.cellPad;
  const drawRow = (cells: readonly Cell[], header: boolean): void => {
    useFont(pdf, header ? "bold" : "regular").fontSize(SIZE.cell);
    const lineHeight = pdf.currentLineHeight(true) + space.cellLeading;
    const lines = cells.map((cell, i) => cellLines(pdf, cell, widths[i]! - 2 * pad, header));
    const count = Math.max(1, ...lines.map((l) => l.length));
    /** Draws lines [from, to) of the row's cells at the current position, with the cells' borders around them. */
    const drawPart = (from: number, to: number): void => {
      const height = (to - from) * lineHeight + 2 * pad;
      const top = pdf.y;
      let x = pdf.page.margins.left;
      widths.forEach((w) => {
        if (header) pdf.save().rect(x, top, w, height).fill("#eeeeee").restore();
        pdf.rect(x, top, w, height).lineWidth(0.5).stroke("#808080");
        x += w;
      });
      pdf.fillColor("black");
      for (let line = from; line < to; line++) {
        let cellX = pdf.page.margins.left;
        cells.forEach((_cell, i) => {
          const text = lines[i]![line];
          if (text)
            drawText(pdf, text, cellX + pad, top + pad + (line - from) * lineHeight, { lineBreak: false }, header);
          cellX += widths[i]!;
        });
      }
      pdf.x = pdf.page.margins.left;
      pdf.y = top + height;
    };
    const linesPerPage = Math.floor((bottom(pdf) - pdf.page.margins.top - 2 * pad) / lineHeight);
    if (count <= linesPerPage) {
      ensureSpace(pdf, count * lineHeight + 2 * pad);
      drawPart(0, count);
      return;
    }
    for (let from = 0; from < count; ) {
      const fit = Math.floor((bottom(pdf) - pdf.y - 2 * pad) / lineHeight);
      if (fit < 1 && pdf.y > pdf.page.margins.top) {
        pdf.addPage();
        continue;
      }
      const to = Math.min(count, from + Math.max(1, fit));
      drawPart(from, to);
      from = to;
      if (from < count) pdf.addPage();
    }
  };
  if (node.header && node.rows[0]) {
    // A header row never stays alone at the foot of a page: it moves with the first row when both fit on one page.
    const height = (cells: readonly Cell[], header: boolean): number => {
      useFont(pdf, header ? "bold" : "regular").fontSize(SIZE.cell);
      const count = Math.max(1, ...cells.map((cell, i) => cellLines(pdf, cell, widths[i]! - 2 * pad, header).length));
      return count * (pdf.currentLineHeight(true) + space.cellLeading) + 2 * pad;
    };
    const both = height(node.header, true) + height(node.rows[0], false);
    if (both < bottom(pdf) - pdf.page.margins.top) ensureSpace(pdf, both);
  }
  if (node.header) drawRow(node.header, true);
  for (const row of node.rows) drawRow(row, false);
  // A table followed directly by another is drawn flush against it, so that form blocks read as one grid.
  if (!flushWithNext) pdf.y += space.tableGap;
}

/** Height of a table's header row and first row, the part that must follow the line announcing it. */
function tableLeadHeight(pdf: Pdf, node: TableNode): number {
  const columns = Math.max(node.header?.length ?? 0, ...node.rows.map((row) => row.length));
  const weights = node.widths ?? Array.from({ length: columns }, () => 1);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const widths = weights.map((w) => (textWidth(pdf) * w) / total);
  const height = (cells: readonly Cell[], header: boolean): number => {
    useFont(pdf, header ? "bold" : "regular").fontSize(SIZE.cell);
    const count = Math.max(
      1,
      ...cells.map((cell, i) => cellLines(pdf, cell, widths[i]! - 2 * space.cellPad, header).length),
    );
    return count * (pdf.currentLineHeight(true) + space.cellLeading) + 2 * space.cellPad;
  };
  return (node.header ? height(node.header, true) : 0) + (node.rows[0] ? height(node.rows[0], false) : 0);
}

/** Height a block takes when drawn at the left margin (tables: only their lead, see tableLeadHeight). */
function blockHeight(pdf: Pdf, node: Block): number {
  const width = textWidth(pdf);
  switch (node.type) {
    case "heading": {
      const size = node.depth === 1 ? SIZE.title : node.depth === 2 ? SIZE.heading : SIZE.subheading;
      useFont(pdf, "bold").fontSize(size);
      const gap = node.depth === 1 ? 14 : 6;
      return (node.depth > 1 ? space.headingBefore : 0) + pdf.heightOfString(node.text, { width }) + gap;
    }
    case "paragraph":
      useFont(pdf, "regular").fontSize(SIZE.body);
      return pdf.heightOfString(node.text, { width, lineGap: space.lineGap }) + space.paragraphGap;
    case "clause": {
      const indent = node.level === 1 ? 18 : 0;
      return clauseLines(node).reduce((sum, line) => {
        useFont(pdf, line.role === "clause-head" ? "bold" : "regular").fontSize(SIZE.body);
        return sum + pdf.heightOfString(line.text, { width: width - indent, lineGap: space.lineGap }) + space.clauseGap;
      }, 0);
    }
    case "table":
      return tableLeadHeight(pdf, node);
    case "signature":
      return 0;
  }
}

/**
 * The height that must fit on the page before block i is drawn: a run of headings and blocks marked keepWithNext
 * (a section heading, the line announcing a table) together with the start of the block after them, so the heading
 * and its intro line never stay at the foot of a page without the table or list they announce. Undefined when
 * block i starts no such run, or the run ends at a signature (writePdf keeps that one with the text above it).
 */
function keepGroupHeight(pdf: Pdf, children: readonly Block[], i: number): number | undefined {
  // A table ends a run: it is what the run leads to (a table before a signature is marked keepWithNext too).
  const keeps = (block: Block | undefined): boolean =>
    block !== undefined &&
    (block.type === "heading" ||
      ((block.type === "paragraph" || block.type === "clause") && block.keepWithNext === true));
  const first = children[i];
  if (!first || !keeps(first) || (i > 0 && keeps(children[i - 1]))) return undefined;
  let end = i;
  while (keeps(children[end])) end++;
  const after = children[end];
  if (!after || after.type === "signature" || (end === i + 1 && first.type === "heading" && after.type !== "table"))
    return undefined;
  let height = 0;
  for (let k = i; k < end; k++) height += blockHeight(pdf, children[k]!);
  useFont(pdf, "regular").fontSize(SIZE.body);
  return height + (after.type === "table" ? tableLeadHeight(pdf, after) : 2 * pdf.currentLineHeight(true));
}

function drawSignature(pdf: Pdf, node: SignatureBlock): void {
  const left = pdf.page.margins.left;
  node.parties.forEach((party, i) => {
    useFont(pdf, "regular").fontSize(SIZE.body);
    const withDate = i === 0 && node.date !== undefined;
    ensureSpace(pdf, (party.lines.length + 5 + (withDate ? 2 : 0)) * pdf.currentLineHeight(true));
    if (withDate)
      drawText(pdf, node.date!, left, pdf.y, { width: textWidth(pdf), align: "right", paragraphGap: 6 }, false);
    pdf.y += 8;
    drawText(pdf, party.role, left, pdf.y, {}, true);
    drawText(pdf, party.name, left, pdf.y, {}, false);
    for (const line of party.lines) drawText(pdf, line, left, pdf.y, {}, false);
    pdf.y += 18;
    const lineY = pdf.y + pdf.currentLineHeight(true);
    drawText(pdf, node.signLabel, left + 260, pdf.y, { width: textWidth(pdf) - 260, align: "right" }, false);
    pdf
      .moveTo(left + 260, lineY + 1)
      .lineTo(left + textWidth(pdf), lineY + 1)
      .lineWidth(0.7)
      .stroke("black");
    pdf.y = lineY + 8;
  });
}

function drawBlock(pdf: Pdf, node: Block, next?: Block): void {
  const left = pdf.page.margins.left;
  switch (node.type) {
    case "heading": {
      const size = node.depth === 1 ? SIZE.title : node.depth === 2 ? SIZE.heading : SIZE.subheading;
      useFont(pdf, "bold").fontSize(size);
      ensureSpace(pdf, 4 * pdf.currentLineHeight(true));
      if (node.depth > 1) pdf.y += space.headingBefore;
      drawText(
        pdf,
        node.text,
        left,
        pdf.y,
        { width: textWidth(pdf), align: node.depth === 1 ? "center" : "left", paragraphGap: node.depth === 1 ? 14 : 6 },
        true,
      );
      return;
    }
    case "paragraph":
      useFont(pdf, "regular").fontSize(SIZE.body);
      drawText(
        pdf,
        node.text,
        left,
        pdf.y,
        {
          width: textWidth(pdf),
          align: node.align ?? "justify",
          paragraphGap: space.paragraphGap,
          lineGap: space.lineGap,
        },
        false,
      );
      return;
    case "clause":
      drawClause(pdf, node);
      return;
    case "table":
      drawTable(pdf, node, next?.type === "table");
      return;
    case "signature":
      drawSignature(pdf, node);
      return;
  }
}

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/u;
let wordWrapping: Promise<void> | undefined;

/**
 * Makes pdfkit wrap Korean by word (어절), as Korean documents are set, instead of between any two syllables as
 * UAX #14 allows ("함/께"). A line then always ends at a space or a word too long for a line, so the readers can put
 * the space back at a wrap. pdfkit's LineWrapper takes its break opportunities from the linebreak package; the
 * opportunities inside a word that has Hangul at the break are skipped. Only pdfkit uses that line breaker in this process.
 */
function wrapKoreanByWord(): Promise<void> {
  wordWrapping ??= (async () => {
    const { LineBreaker } = await loadPdfKit();
    type Breaker = InstanceType<typeof LineBreaker>;
    const proto = LineBreaker.prototype as Breaker;
    const nextBreak = proto.nextBreak;
    proto.nextBreak = function (this: Breaker) {
      for (;;) {
        const bk = nextBreak.call(this);
        if (!bk || bk.required) return bk;
        const before = this.string[bk.position - 1] ?? " ";
        const after = this.string[bk.position] ?? " ";
        // Inside a word (no space on either side) that has Hangul at the break: not a place to wrap.
        if (/\s/u.test(before) || /\s/u.test(after) || !(HANGUL_SYLLABLE.test(before) || HANGUL_SYLLABLE.test(after)))
          return bk;
      }
    };
  })();
  return wordWrapping;
}

/** One way to lay the document out: its spacing, and the block (index) that starts a new page, if any. */
interface Layout {
  readonly spacing: Spacing;
  readonly breakBefore?: number;
}

/** A drawn layout: ends it and gives its bytes; and whether the last page holds only the signature block and what follows it. */
interface Drawn {
  finish(): Promise<Uint8Array>;
  readonly tailAlone: boolean;
}

/**
 * The blocks that move to a new page with the signature block when it cannot stay with the content before it: the
 * closing lines just above it and the last section or article they belong to (never a table), as a
 * practitioner keeps "라. 기타사항" and "위와 같이 … 제출합니다" on the signed page.
 */
function keepWithSignature(children: readonly Block[], signatureAt: number): number {
  let from = signatureAt;
  for (let i = signatureAt - 1; i >= 0; i--) {
    const block = children[i]!;
    if (block.type === "table" || block.type === "signature" || (block.type === "heading" && block.depth === 1)) break;
    from = i;
    // A section heading or a titled article ("제4조 (계약 기간)") starts the last section.
    if (block.type === "heading" || (block.type === "clause" && block.title !== undefined)) break;
  }
  return from;
}

type PdfConstructor = typeof import("pdfkit");

function drawDocument(doc: DocRoot, faces: PdfFonts, PDFDocument: PdfConstructor, layout: Layout): Drawn {
  const date = new Date(`${doc.meta.date}T00:00:00Z`);
  const pdf = new PDFDocument({
    size: "A4",
    margins: PAGE.margins,
    // No default font: pdfkit otherwise opens Helvetica (parsing its metrics file) for every document, and all text
    // here is drawn in the registered faces.
    font: null as unknown as string,
    lang: doc.meta.lang === "en" ? "en-US" : "ko-KR",
    displayTitle: true,
    info: {
      Title: doc.meta.title,
      Subject: doc.meta.subject,
      Author: doc.meta.author,
      Creator: "e7-align",
      Producer: "e7-align",
      CreationDate: date,
      ModDate: date,
    },
  });
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on("end", () => resolve());
    pdf.on("error", reject);
  });
  let page = 1;
  pdf.on("pageAdded", () => page++);
  // The typings only list paths and buffers; pdfkit's font factory also takes a parsed fontkit font.
  pdf.registerFont("regular", faces.regular as unknown as Buffer);
  pdf.registerFont("bold", faces.bold as unknown as Buffer);
  if (faces.han) {
    pdf.registerFont("han-regular", faces.han.regular as unknown as Buffer);
    pdf.registerFont("han-bold", faces.han.bold as unknown as Buffer);
  }
  useFont(pdf, "regular");
  const signatureAt = doc.children.findIndex((block) => block.type === "signature");
  let contentEnds = 0;
  // Drawing is synchronous from here to end(), so the module-level font set cannot be swapped by another document mid-way.
  current = faces;
  space = layout.spacing;
  try {
    for (const [i, node] of doc.children.entries()) {
      if (i === layout.breakBefore && pdf.y > pdf.page.margins.top) pdf.addPage();
      const group = keepGroupHeight(pdf, doc.children, i);
      if (group !== undefined && group < bottom(pdf) - pdf.page.margins.top) ensureSpace(pdf, group);
      drawBlock(pdf, node, doc.children[i + 1]);
      if (i === signatureAt - 1) contentEnds = page;
    }
  } finally {
    current = undefined;
    space = REGULAR;
  }
  return {
    tailAlone: signatureAt > 0 && page > contentEnds,
    async finish() {
      pdf.end();
      await done;
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}

/**
 * Writes the document as PDF bytes: A4, Noto Sans KR Regular and Bold embedded as subsets, every timestamp taken
 * from the document date so that equal input gives equal bytes. Throws MissingGlyphError before drawing anything
 * the font cannot show. A signature block never stands alone on the last page: the document is drawn again with
 * tighter leading (same type sizes), and if that is not enough, the last section moves to the signed page.
 */
export async function writePdf(doc: DocRoot, fonts?: PdfFonts): Promise<Uint8Array> {
  const korean = fonts ?? (await loadPdfFonts());
  const faces = !korean.han && needsHanFallback(doc, korean) ? await loadPdfFonts(true) : korean;
  checkGlyphCoverage(doc, faces);
  const { PDFDocument } = await loadPdfKit();
  await wrapKoreanByWord();
  const regular = drawDocument(doc, faces, PDFDocument, { spacing: REGULAR });
  if (!regular.tailAlone) return regular.finish();
  const tight = drawDocument(doc, faces, PDFDocument, { spacing: TIGHT });
  if (!tight.tailAlone) return tight.finish();
  const signatureAt = doc.children.findIndex((block) => block.type === "signature");
  const kept = drawDocument(doc, faces, PDFDocument, {
    spacing: REGULAR,
    breakBefore: keepWithSignature(doc.children, signatureAt),
  });
  return kept.tailAlone ? regular.finish() : kept.finish();
}
