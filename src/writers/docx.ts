/** Conversion of a document model to a .docx file (the only module that imports `docx`). */
import { type PackagePart, zipPackage } from "./zip-package.js";
import type { Block, Cell, Clause, DocRoot, SignatureBlock, Table as TableNode } from "../model/nodes.js";
import { cellParagraphs, clauseLines } from "../model/walk.js";
import type { Redline } from "../render/build-redline.js";

/** Fonts written into the document: East Asian text in a Korean face that Word on Windows has. */
export const DOCX_FONTS = { latin: "Arial", eastAsia: "Malgun Gothic" } as const;

type DocxModule = typeof import("docx");

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** docx stamps core properties with the clock; this writes them from the document date instead. */
function coreXml(meta: {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly date: string;
}): string {
  const stamp = `${meta.date}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(meta.title)}</dc:title><dc:subject>${escapeXml(meta.subject)}</dc:subject>` +
    `<dc:creator>${escapeXml(meta.author)}</dc:creator><cp:lastModifiedBy>${escapeXml(meta.author)}</cp:lastModifiedBy>` +
    `<cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`
  );
}

/**
 * The zip writer inside docx stamps every entry with the current local time. Overwrites the DOS time and date
 * of every local and central directory header with the document date, so equal input gives equal bytes.
 */
export function pinZipTimestamps(bytes: Uint8Array, isoDate: string): Uint8Array {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const dosDate = ((Math.max(year, 1980) - 1980) << 9) | (month << 5) | day;
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let i = 0; i + 4 <= out.length; ) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) {
      view.setUint16(i + 10, 0, true);
      view.setUint16(i + 12, dosDate, true);
      const compressed = view.getUint32(i + 18, true);
      i += 30 + view.getUint16(i + 26, true) + view.getUint16(i + 28, true) + compressed;
    } else if (signature === 0x02014b50) {
      view.setUint16(i + 12, 0, true);
      view.setUint16(i + 14, dosDate, true);
      i += 46 + view.getUint16(i + 28, true) + view.getUint16(i + 30, true) + view.getUint16(i + 32, true);
    } else break;
  }
  return out;
}

/** What the docx library's Packer holds (not in its typings): the compiler that turns a document into its parts. */
interface DocxCompiler {
  compile(file: unknown, prettify: undefined, overrides: readonly { path: string; data: string }[]): unknown;
}

/**
 * The .docx bytes of a document with its core properties: the parts as the docx library compiles them, zipped with
 * zlib (zip-package.ts); if a docx release no longer exposes its compiler, its own zip with the dates pinned.
 */
async function packDocx(
  d: DocxModule,
  document: InstanceType<DocxModule["Document"]>,
  core: string,
  date: string,
): Promise<Uint8Array> {
  const overrides = [{ path: "docProps/core.xml", data: core }];
  const compiler = (d.Packer as unknown as { readonly compiler?: Partial<DocxCompiler> }).compiler;
  const parts = typeof compiler?.compile === "function" ? compiler.compile(document, undefined, overrides) : undefined;
  if (parts instanceof Map) return zipPackage(parts as Map<string, PackagePart>, date);
  return pinZipTimestamps(new Uint8Array(await d.Packer.toBuffer(document, false, overrides)), date);
}

function textParagraph(
  d: DocxModule,
  text: string,
  options: {
    bold?: boolean;
    size?: number;
    align?: "right" | "center" | "justify";
    indent?: number;
    before?: number;
    after?: number;
    heading?: "title" | "h1" | "h2";
    keepNext?: boolean;
    keepLines?: boolean;
  } = {},
) {
  return new d.Paragraph({
    children: [new d.TextRun({ text, bold: options.bold ?? false, ...(options.size ? { size: options.size } : {}) })],
    ...(options.heading
      ? {
          heading:
            options.heading === "title"
              ? d.HeadingLevel.TITLE
              : options.heading === "h1"
                ? d.HeadingLevel.HEADING_1
                : d.HeadingLevel.HEADING_2,
        }
      : {}),
    ...(options.align
      ? {
          alignment:
            options.align === "right"
              ? d.AlignmentType.RIGHT
              : options.align === "center"
                ? d.AlignmentType.CENTER
                : d.AlignmentType.JUSTIFIED,
        }
      : {}),
    ...(options.indent ? { indent: { left: options.indent } } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    ...(options.keepLines ? { keepLines: true } : {}),
    spacing: { before: options.before ?? 0, after: options.after ?? 120 },
  });
}

/** A clause kept with the next block is kept whole: every line with the next, none split across pages. */
function clauseParagraphs(d: DocxModule, node: Clause) {
  const indent = node.level === 1 ? 400 : 0;
  const keep = node.keepWithNext === true;
  return clauseLines(node).map((line) =>
    textParagraph(d, line.text, {
      bold: line.role === "clause-head",
      indent,
      align: line.role === "clause-head" ? undefined : "justify",
      keepNext: keep || line.role === "clause-head",
      keepLines: keep,
      before: line.role === "clause-head" ? 120 : 0,
    }),
  );
}

function tableOf(d: DocxModule, node: TableNode) {
  const columns = Math.max(node.header?.length ?? 0, ...node.rows.map((row) => row.length));
  const weights = node.widths ?? Array.from({ length: columns }, () => 1);
  const total = weights.reduce((sum, w) => sum + w, 0);
  // Twentieths of a point: the A4 text width with 2 cm margins is about 9,638 twips.
  const columnWidths = weights.map((w) => Math.round((9638 * w) / total));
  const border = { style: d.BorderStyle.SINGLE, size: 4, color: "808080" };
  // Each paragraph of a cell starts on a new line; the rows kept with the next block carry keepNext in every paragraph.
  const cell = (content: Cell, header: boolean, index: number, keepNext = false) =>
    new d.TableCell({
      children: cellParagraphs(content).map((text, i, all) =>
        textParagraph(d, text, { bold: header, after: i < all.length - 1 ? 40 : 0, keepNext }),
      ),
      width: { size: columnWidths[index] ?? 0, type: d.WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      ...(header ? { shading: { type: d.ShadingType.CLEAR, color: "auto", fill: "EEEEEE" } } : {}),
    });
  const rows = [
    ...(node.header
      ? [new d.TableRow({ tableHeader: true, children: node.header.map((text, i) => cell(text, true, i)) })]
      : []),
    ...node.rows.map(
      (row, r) =>
        new d.TableRow({
          cantSplit: true,
          children: row.map((text, i) =>
            cell(text, false, i, node.keepWithNext === true && r === node.rows.length - 1),
          ),
        }),
    ),
  ];
  return new d.Table({
    rows,
    columnWidths,
    width: { size: 9638, type: d.WidthType.DXA },
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
  });
}

/**
 * The signature block as one borderless table row that may not split: LibreOffice does not honour a long chain of
 * keepNext paragraphs (it left a party alone on the next page), but it never splits such a row, and it keeps the
 * paragraphs marked keepNext before it on the row's page. Inside, the paragraphs still chain for Word.
 */
function signatureTable(d: DocxModule, node: SignatureBlock, keepWithNext: boolean) {
  const date =
    node.date !== undefined ? [textParagraph(d, node.date, { align: "right", before: 120, keepNext: true })] : [];
  const paragraphs = [
    ...date,
    ...node.parties.flatMap((party, i) => [
      textParagraph(d, party.role, { bold: true, before: 240, keepNext: true, after: 60 }),
      textParagraph(d, party.name, { keepNext: true, after: 60 }),
      ...party.lines.map((line) => textParagraph(d, line, { keepNext: true, after: 60 })),
      new d.Paragraph({
        children: [new d.TextRun({ text: node.signLabel })],
        alignment: d.AlignmentType.RIGHT,
        border: { bottom: { style: d.BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
        indent: { left: 4800 },
        ...(keepWithNext || i < node.parties.length - 1 ? { keepNext: true } : {}),
        spacing: { before: 360, after: 120 },
      }),
    ]),
  ];
  const none = { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" };
  return new d.Table({
    rows: [
      new d.TableRow({
        cantSplit: true,
        children: [
          new d.TableCell({
            children: paragraphs,
            width: { size: 9638, type: d.WidthType.DXA },
            margins: { top: 0, bottom: 0, left: 0, right: 0 },
          }),
        ],
      }),
    ],
    columnWidths: [9638],
    width: { size: 9638, type: d.WidthType.DXA },
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
  });
}

/** `next` is the block after this one: the signature block stays on one page with the addressee line after it. */
function blockChildren(d: DocxModule, node: Block, next?: Block) {
  switch (node.type) {
    case "heading":
      return node.depth === 1
        ? [textParagraph(d, node.text, { heading: "title", bold: true, size: 32, align: "center", after: 240 })]
        : [
            textParagraph(d, node.text, {
              heading: node.depth === 2 ? "h1" : "h2",
              bold: true,
              size: node.depth === 2 ? 24 : 22,
              before: 240,
              after: 120,
              keepNext: true,
            }),
          ];
    case "paragraph":
      return [
        textParagraph(d, node.text, {
          align: node.align ?? "justify",
          ...(node.keepWithNext ? { keepNext: true, keepLines: true } : {}),
        }),
      ];
    case "clause":
      return clauseParagraphs(d, node);
    case "table":
      // An empty paragraph after a table keeps two adjacent tables from merging in Word.
      return [
        tableOf(d, node),
        new d.Paragraph({ children: [], spacing: { after: 120 }, ...(node.keepWithNext ? { keepNext: true } : {}) }),
      ];
    case "signature":
      // Word needs a paragraph after a table that ends the document.
      return next === undefined
        ? [signatureTable(d, node, false), new d.Paragraph({ children: [], spacing: { after: 0 } })]
        : [signatureTable(d, node, true)];
  }
}

/** Writes the document as .docx bytes: A4, Korean East Asian font and language, literal clause numbers. */
export async function writeDocx(doc: DocRoot): Promise<Uint8Array> {
  const d = await import("docx");
  const run = {
    font: { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, eastAsia: DOCX_FONTS.eastAsia, cs: DOCX_FONTS.latin },
    language: { value: "en-US", eastAsia: "ko-KR" },
    size: 20,
  };
  const document = new d.Document({
    creator: doc.meta.author,
    title: doc.meta.title,
    subject: doc.meta.subject,
    styles: {
      default: {
        document: { run },
        title: { run: { ...run, size: 32, bold: true, color: "000000" } },
        heading1: { run: { ...run, size: 24, bold: true, color: "000000" } },
        heading2: { run: { ...run, size: 22, bold: true, color: "000000" } },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        children: doc.children.flatMap((node, i) => blockChildren(d, node, doc.children[i + 1])),
      },
    ],
  });
  return packDocx(d, document, coreXml(doc.meta), doc.meta.date);
}

/** Writes the annex redline: each change a Word tracked change (w:del / w:ins) by the employer on the document date, so Word and LibreOffice show and can accept or reject it. */
export async function writeRedlineDocx(redline: Redline): Promise<Uint8Array> {
  const d = await import("docx");
  const run = {
    font: { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, eastAsia: DOCX_FONTS.eastAsia, cs: DOCX_FONTS.latin },
    language: { value: "en-US", eastAsia: "ko-KR" },
    size: 20,
  };
  const date = `${redline.date}T00:00:00Z`;
  let id = 0;
  const children = [
    textParagraph(d, redline.title, { heading: "title", align: "center", after: 240 }),
    textParagraph(d, redline.intro, { after: 240 }),
    ...redline.sections.flatMap((section) => [
      textParagraph(d, section.heading, { heading: "h2", before: 200 }),
      ...section.lines.map(
        (line) =>
          new d.Paragraph({
            spacing: { after: 120 },
            indent: { left: 400, hanging: 400 },
            children: [
              new d.TextRun({ text: `${line.number}  ` }),
              ...line.segments.map((segment) =>
                segment.kind === "same"
                  ? new d.TextRun({ text: segment.text })
                  : segment.kind === "del"
                    ? new d.DeletedTextRun({ text: segment.text, id: ++id, author: redline.author, date })
                    : new d.InsertedTextRun({ text: segment.text, id: ++id, author: redline.author, date }),
              ),
            ],
          }),
      ),
    ]),
  ];
  const document = new d.Document({
    creator: redline.author,
    title: redline.title,
    features: { trackRevisions: true },
    styles: {
      default: {
        document: { run },
        title: { run: { ...run, size: 28, bold: true, color: "000000" } },
        heading2: { run: { ...run, size: 22, bold: true, color: "000000" } },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        children,
      },
    ],
  });
  const meta = { title: redline.title, subject: redline.title, author: redline.author, date: redline.date };
  return packDocx(d, document, coreXml(meta), redline.date);
}
