// Worker thread that runs pdfjs-dist on PDFs, one message each, and posts back their positioned text items, page by page.
// It is plain JavaScript (not TypeScript) so that the same file runs from src/ under the tests and from the
// installed package without a build step; read-pdf-text.ts starts it with memory limits and terminates it on
// timeout, which stops even a synchronous loop inside pdfjs on a malformed file. The thread is kept for the next
// file, so pdfjs is loaded (and compiled by the JIT) once per thread rather than once per file.
import { parentPort } from "node:worker_threads";
import { extractPdfItems } from "./pdf-text-extract.mjs";

// No zlib in this thread: Node aborts the whole process ("close before init") when terminate() lands between the
// creation and the init of a zlib handle, and pdf.js makes one per Flate stream through DecompressionStream unless the
// global is missing, in which case it inflates in JavaScript, which a time-out's terminate stops cleanly.
delete globalThis.DecompressionStream;
delete globalThis.CompressionStream;

// pdfjs may print diagnostics; they are not the user's business. They are silenced here rather than piped away by the
// parent, because a piped stdout would keep an idle reader thread, and so the whole process, alive.
for (const method of ["log", "info", "warn", "error", "debug", "trace"]) console[method] = () => undefined;

parentPort.on("message", async ({ id, bytes, maxPages }) => {
  parentPort.postMessage({ id, ...(await extractPdfItems(bytes, maxPages)) });
});
