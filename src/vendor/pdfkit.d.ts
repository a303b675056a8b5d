// dist/vendor/pdfkit.js is pdfkit and fontkit bundled into one file by the build (src/build/write-pdfkit-bundle.ts).
export { default as PDFDocument } from "pdfkit";
export { create as createFont } from "fontkit";
export { default as LineBreaker } from "linebreak";
