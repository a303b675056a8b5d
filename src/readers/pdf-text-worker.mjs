// Worker thread that runs pdfjs-dist on PDFs, one message each, and posts back their positioned text items, page by page.
// It is plain JavaScript (not TypeScript) so that the same file runs from src/ under the tests and from the
// installed package without a build step; read-pdf-text.ts starts it with memory limits and terminates it on
// timeout, which stops even a synchronous loop inside pdfjs on a malformed file. The thread is kept for the next
// file, so pdfjs is loaded (and compiled by the JIT) once per thread rather than once per file.
import { parentPort } from "node:worker_threads";

// pdfjs may print diagnostics; they are not the user's business. They are silenced here rather than piped away by the
// parent, because a piped stdout would keep an idle reader thread, and so the whole process, alive.
for (const method of ["log", "info", "warn", "error", "debug", "trace"]) console[method] = () => undefined;

async function extract(bytes, maxPages) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const loadingTask = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const pdf = await loadingTask.promise;
    if (pdf.numPages > maxPages) return { kind: "too-many-pages", numPages: pdf.numPages };
    const pages = [];
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
      const page = await pdf.getPage(pageNumber);
      const content = await page.getTextContent();
      pages.push(
        content.items
          .filter((item) => typeof item.str === "string" && Array.isArray(item.transform))
          .map((item) => ({ str: item.str, transform: item.transform, width: item.width, height: item.height, hasEOL: item.hasEOL })),
      );
      page.cleanup();
    }
    return { kind: "ok", numPages: pdf.numPages, pages };
  } catch (error) {
    return { kind: "error", name: error instanceof Error ? error.name : "Error", message: error instanceof Error ? error.message : String(error) };
  } finally {
    await loadingTask.destroy().catch(() => undefined);
  }
}

parentPort.on("message", async ({ id, bytes, maxPages }) => {
  parentPort.postMessage({ id, ...(await extract(bytes, maxPages)) });
});
