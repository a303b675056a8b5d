/**
 * Reading order of a document model as plain text lines. Both writers draw exactly these lines, in this
 * order, so `collectText(doc)` is what a text extractor must give back from either file.
 */
import type { Block, Cell, Clause, DocRoot } from "./nodes.js";

/** One line of text a writer draws, with the block it came from and how it is styled. */
export interface TextLine {
  readonly text: string;
  readonly clauseId: string;
  readonly role: "title" | "heading" | "subheading" | "body" | "clause-head" | "cell" | "header-cell" | "signature";
}

/** The lines of a clause: "2.1 Title" as its own line when titled, otherwise the number opens the first paragraph. */
export function clauseLines(node: Clause): readonly TextLine[] {
  const lines: TextLine[] = [];
  const [first = "", ...rest] = node.paragraphs;
  if (node.title !== undefined) {
    // A title in parentheses is set against the number, as Korean articles are headed ("제1조(직위와 직종)").
    const gap = node.title.startsWith("(") ? "" : " ";
    lines.push({ text: `${node.number}${gap}${node.title}`, clauseId: node.clauseId, role: "clause-head" });
    for (const text of node.paragraphs) lines.push({ text, clauseId: node.clauseId, role: "body" });
  } else {
    lines.push({ text: `${node.number} ${first}`, clauseId: node.clauseId, role: "body" });
    for (const text of rest) lines.push({ text, clauseId: node.clauseId, role: "body" });
  }
  return lines;
}

/** A cell's paragraphs: one for a plain text cell. */
export function cellParagraphs(cell: Cell): readonly string[] {
  return typeof cell === "string" ? [cell] : cell;
}

/** The lines of one block in reading order (tables row by row, cell by cell, a cell's paragraphs in order). */
export function blockLines(node: Block): readonly TextLine[] {
  switch (node.type) {
    case "heading":
      return [
        {
          text: node.text,
          clauseId: node.clauseId,
          role: node.depth === 1 ? "title" : node.depth === 2 ? "heading" : "subheading",
        },
      ];
    case "paragraph":
      return [{ text: node.text, clauseId: node.clauseId, role: "body" }];
    case "clause":
      return clauseLines(node);
    case "table": {
      const lines: TextLine[] = [];
      for (const cell of node.header ?? []) lines.push({ text: cell, clauseId: node.clauseId, role: "header-cell" });
      for (const row of node.rows)
        for (const cell of row)
          for (const text of cellParagraphs(cell)) lines.push({ text, clauseId: node.clauseId, role: "cell" });
      return lines;
    }
    case "signature":
      return [
        ...(node.date !== undefined ? [node.date] : []),
        ...node.parties.flatMap((party) => [party.role, party.name, ...party.lines, node.signLabel]),
      ].map((text) => ({ text, clauseId: node.clauseId, role: "signature" as const }));
  }
}

/** Every text line of the document, in reading order. */
export function collectLines(doc: DocRoot): readonly TextLine[] {
  return doc.children.flatMap(blockLines);
}

/** The document's text: its lines joined by newlines. */
export function collectText(doc: DocRoot): string {
  return collectLines(doc)
    .map((line) => line.text)
    .join("\n");
}

/** The blocks whose clauseId starts with the prefix (a section of the document). */
export function blocksWithClausePrefix(doc: DocRoot, prefix: string): readonly Block[] {
  return doc.children.filter((node) => node.clauseId.startsWith(prefix));
}
