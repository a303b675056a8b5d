// Runs pdfjs-dist (legacy build) on one PDF and returns its positioned text items page by page; used by the isolated
// reader thread (pdf-text-worker.mjs) and, for PDFs a batch worker has just written itself, in that worker's thread.
// The minified files: V8 keeps a module's source for lazy compilation, and the commented ones cost megabytes more in
// every thread (pdf.worker.mjs has non-Latin-1 characters, so V8 stores its text two bytes a character).
// Plain JavaScript (not TypeScript) so that the same file runs from src/ under the tests and from the installed
// package without a build step.

/** Built-ins that pdf.js's bundled core-js replaces with slower JavaScript versions on Node 20 (V8 11). */
const NATIVES = [
  [Array.prototype, "push"],
  [JSON, "parse"],
  [JSON, "stringify"],
  [Function.prototype, "toString"],
];

let loading;

/**
 * Loads pdf.js and its fake-worker module once per thread, then puts back the native built-ins core-js replaced.
 * core-js forces its own Array.prototype.push on V8 <= 12.1 only to throw a different error type on a frozen
 * length, and its JSON.parse/stringify only to add proposals pdf.js does not use; left in place, every push in
 * the thread runs as interpreted JavaScript (a fifth of pdf.js's time, and all of pdfkit's and the matcher's in a
 * batch worker). The polyfills that add missing methods (Promise.withResolvers, Set methods, …) stay.
 */
export function loadPdfjs() {
  loading ??= (async () => {
    const saved = NATIVES.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)]);
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.min.mjs");
    // Loaded here rather than by the first getDocument, so that its own copy of core-js has run before the restore.
    globalThis.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.min.mjs");
    for (const [owner, key, descriptor] of saved) Object.defineProperty(owner, key, descriptor);
    return pdfjs;
  })();
  return loading;
}

/** The text items of each page, or why there are none: too many pages, or the error pdf.js threw (by name). */
export async function extractPdfItems(bytes, maxPages) {
  const pdfjs = await loadPdfjs();
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
          .map((item) => ({
            str: item.str,
            transform: item.transform,
            width: item.width,
            height: item.height,
            hasEOL: item.hasEOL,
          })),
      );
      page.cleanup();
    }
    return { kind: "ok", numPages: pdf.numPages, pages };
  } catch (error) {
    return {
      kind: "error",
      name: error instanceof Error ? error.name : "Error",
      message: error instanceof Error ? error.message : String(error),
    };
  } finally {
    await loadingTask.destroy().catch(() => undefined);
  }
}
