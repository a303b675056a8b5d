// The build bundles pdfkit with fontkit and linebreak into dist/vendor/pdfkit.js (src/build/write-pdfkit-bundle.ts).
// The compiled writer (dist/) draws with that bundle, the source writer with the installed packages: the two must
// write the same bytes, Korean word wrapping included. Uses the build: `npm run build` first.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { paragraph, root } from "../../src/model/build.js";
import type { DocRoot } from "../../src/model/nodes.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { writePdf } from "../../src/writers/pdf.js";
import { SAMPLE_DOC } from "./sample-doc.js";

const BUNDLE = path.join(PACKAGE_ROOT, "dist", "vendor", "pdfkit.js");
const COMPILED_WRITER = path.join(PACKAGE_ROOT, "dist", "writers", "pdf.js");

/** Long Korean lines that wrap, justified: a line breaker without the Korean word rule breaks them elsewhere. */
const WRAPPING: DocRoot = root(
  { kind: "contract-annex", lang: "ko", title: "줄바꿈", subject: "2224", author: "e7-align", date: "2026-12-01" },
  [
    paragraph(
      "근로자는 회사의 전자상거래 웹사이트와 관리자 화면의 프런트엔드를 개발하고 유지보수하며, 서버 측 웹 기능과 외부 결제 API를 데이터베이스와 연동하고, 다양한 브라우저와 모바일 기기에서 웹 페이지가 같은 모양과 속도로 동작하는지 시험하여 결함을 고친다.",
      "wrap-words",
    ),
    paragraph(
      "함께일하는동료와의협업도구를관리하고배포자동화스크립트를작성하여운영서버에새기능을안전하게배포하며장애가나면원인을분석한다.",
      "wrap-long-word",
    ),
  ],
);

describe("pdfkit bundled by the build", () => {
  it("exports pdfkit, the fontkit it draws with and its line breaker, and leaves out the Brotli and AES packages", async () => {
    expect(existsSync(BUNDLE), "run `npm run build` first").toBe(true);
    const bundled = (await import(pathToFileURL(BUNDLE).href)) as Record<string, unknown>;
    expect(Object.keys(bundled).sort()).toEqual(["LineBreaker", "PDFDocument", "createFont"]);
    const code = readFileSync(BUNDLE, "utf8");
    expect(code).not.toContain("node_modules/brotli/");
    expect(code).not.toContain("node_modules/@noble/ciphers/");
  });

  it("writes the same PDF bytes as the installed packages", async () => {
    const compiled = (await import(pathToFileURL(COMPILED_WRITER).href)) as { writePdf: typeof writePdf };
    for (const doc of [SAMPLE_DOC, WRAPPING]) {
      const [fromPackages, fromBundle] = [await writePdf(doc), await compiled.writePdf(doc)];
      expect(Buffer.from(fromBundle).equals(Buffer.from(fromPackages)), doc.meta.title).toBe(true);
    }
  });
});
