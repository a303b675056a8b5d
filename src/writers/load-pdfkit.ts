/**
 * pdfkit and fontkit for the PDF writer: the build's one-file bundle of both (src/build/write-pdfkit-bundle.ts), or
 * the packages when running from src/ or before a build. Either way the faces we open come from the fontkit that
 * pdfkit draws with, and the line breaker is the one pdfkit wraps lines with.
 */
export interface PdfKit {
  readonly PDFDocument: typeof import("pdfkit");
  readonly createFont: typeof import("fontkit").create;
  readonly LineBreaker: typeof import("linebreak").default;
}

let loaded: Promise<PdfKit> | undefined;

export function loadPdfKit(): Promise<PdfKit> {
  loaded ??= (async () => {
    try {
      const { PDFDocument, createFont, LineBreaker } = await import("../vendor/pdfkit.js");
      return { PDFDocument, createFont, LineBreaker };
    } catch (error) {
      if ((error as { code?: string }).code !== "ERR_MODULE_NOT_FOUND") throw error;
      const [{ default: PDFDocument }, fontkit, { default: LineBreaker }] = await Promise.all([
        import("pdfkit"),
        import("fontkit"),
        import("linebreak"),
      ]);
      return { PDFDocument, createFont: fontkit.create, LineBreaker };
    }
  })();
  return loaded;
}
