/** The writer registry: one function per output format, each turning a document model into file bytes. */
import type { DocRoot } from "../model/nodes.js";

/** Output formats the packet can be written in. */
export const OUTPUT_FORMATS = ["docx", "pdf"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** A writer: document model in, file bytes out; no file system access. */
export type Writer = (doc: DocRoot) => Promise<Uint8Array>;

/** The writers by format. Each adapter module (and its heavy library) is loaded on first use only. */
export const writers: Readonly<Record<OutputFormat, Writer>> = {
  docx: async (doc) => (await import("./docx.js")).writeDocx(doc),
  pdf: async (doc) => (await import("./pdf.js")).writePdf(doc),
};

/** Writes one document in one format. */
export function writeDocument(doc: DocRoot, format: OutputFormat): Promise<Uint8Array> {
  return writers[format](doc);
}
