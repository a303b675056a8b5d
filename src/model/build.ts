/** Small constructors for document model nodes, so the renderer never spells out node literals. */
import {
  MODEL_VERSION,
  type Block,
  type Cell,
  type Clause,
  type DocMeta,
  type DocRoot,
  type Heading,
  type Paragraph,
  type SignatureBlock,
  type SignatureParty,
  type Table,
} from "./nodes.js";

/** A document root; the block before each signature block is kept with it (keepSignatureWithText). */
export function root(meta: DocMeta, children: readonly Block[]): DocRoot {
  return { type: "root", modelVersion: MODEL_VERSION, meta, children: keepSignatureWithText(children) };
}

/**
 * Marks the paragraph, clause or table just before each signature block to stay on its page with it, so a page
 * break never leaves the signature lines alone on a page without the text they sign.
 */
export function keepSignatureWithText(children: readonly Block[]): readonly Block[] {
  return children.map((block, i) =>
    children[i + 1]?.type === "signature" && block.type !== "heading" && block.type !== "signature"
      ? { ...block, keepWithNext: true }
      : block,
  );
}

/** The blocks, each kept on its page with the one after it (an intro line, in each language, and the table it announces). */
export function keepWithNext(blocks: readonly Block[]): readonly Block[] {
  return blocks.map((block) =>
    block.type === "heading" || block.type === "signature" ? block : { ...block, keepWithNext: true },
  );
}

/** A heading of the given depth. */
export function heading(depth: Heading["depth"], text: string, clauseId: string): Heading {
  return { type: "heading", depth, text, clauseId };
}

/** A plain paragraph. */
export function paragraph(text: string, clauseId: string, align?: Paragraph["align"]): Paragraph {
  return align === undefined ? { type: "paragraph", text, clauseId } : { type: "paragraph", text, clauseId, align };
}

/** A numbered clause with a literal number. */
export function clause(
  number: string,
  paragraphs: readonly string[],
  clauseId: string,
  options: { title?: string; level?: Clause["level"] } = {},
): Clause {
  const base = { type: "clause" as const, number, paragraphs, level: options.level ?? 0, clauseId };
  return options.title === undefined ? base : { ...base, title: options.title };
}

/** A table; the header row is optional. */
export function table(
  rows: readonly (readonly Cell[])[],
  clauseId: string,
  options: { header?: readonly string[]; widths?: readonly number[] } = {},
): Table {
  return {
    type: "table",
    rows,
    clauseId,
    ...(options.header ? { header: options.header } : {}),
    ...(options.widths ? { widths: options.widths } : {}),
  };
}

/** Signature lines for the given parties. */
export function signature(
  parties: readonly SignatureParty[],
  signLabel: string,
  clauseId: string,
  date?: string,
): SignatureBlock {
  return date === undefined
    ? { type: "signature", parties, signLabel, clauseId }
    : { type: "signature", parties, signLabel, clauseId, date };
}
