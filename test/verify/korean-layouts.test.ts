// verify on Korean employers' own layouts: the 표준근로계약서, 제3조 articles with ①/가./1) items, a 항목 | 내용 form,
// bilingual lines and columns, and a 고용사유서 in prose. Each layout as .docx, .txt and (most) .pdf reads exactly its
// duties: no contract field as a duty, no duty missed, and a bilingual duty scored once.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { readDocument } from "../../src/readers/read-document.js";
import { verifyExtracted } from "../../src/verify/verify-documents.js";
import {
  KO_LAYOUTS,
  type KoLayout,
  makeLayoutDocx,
  makeLayoutPdf,
  SALES,
  SALES_EN,
  WEB,
} from "../fixtures/verify/ko-layouts.js";

const catalog = loadCatalog();
const FIXTURES = path.join(PACKAGE_ROOT, "test", "fixtures", "verify", "ko");

interface Expected {
  readonly clauses: readonly string[];
  readonly labels: readonly (string | undefined)[];
  readonly skipped: readonly (readonly [string, string])[];
  readonly verdict: string;
}

const none = (n: number): undefined[] => Array.from({ length: n }, () => undefined);
const translations = SALES_EN.map((text) => [text, "translation"] as const);

const EXPECTED: Readonly<Record<string, Expected>> = {
  // The duties after "3. 업무의 내용 :" on one line, one clause each; 근무장소, 임금 and 근로시간 lines are not read.
  "standard-oneline": { clauses: SALES, labels: none(4), skipped: [], verdict: "match" },
  // The job's name after the colon heads the dash items below it.
  "standard-continued": {
    clauses: SALES,
    labels: ["-", "-", "-", "-"],
    skipped: [["해외영업 (동남아 시장)", "heading"]],
    verdict: "match",
  },
  "article-bracket-ganada": {
    clauses: WEB,
    labels: ["가.", "나.", "다.", "라."],
    skipped: [["근로자가 담당할 업무는 아래와 같다.", "intro sentence"]],
    verdict: "match",
  },
  "article-circled": {
    clauses: WEB.map((duty) => `${duty}한다.`),
    labels: ["①", "②", "③", "④"],
    skipped: [],
    verdict: "match",
  },
  "table-items": { clauses: SALES, labels: none(4), skipped: [], verdict: "match" },
  // The row is named only 직무: it still heads the duties in its cell.
  "table-jikmu": { clauses: WEB, labels: ["1)", "2)", "3)", "4)"], skipped: [], verdict: "match" },
  "bilingual-lines": {
    clauses: SALES.map((duty) => `${duty}한다.`),
    labels: ["1.", "2.", "3.", "4."],
    skipped: translations,
    verdict: "match",
  },
  "bilingual-columns": {
    clauses: SALES,
    labels: ["1.", "2.", "3.", "4."],
    skipped: [["번호", "heading"], ["업무 내용", "heading"], ["Duties", "heading"], ...translations],
    verdict: "match",
  },
  "rrs-prose": {
    clauses: [
      "채용 예정자는 해외영업팀에 소속되어 베트남과 태국의 신규 거래처를 발굴하고 현지 바이어와 수출 상담을 진행합니다.",
      "또한 수출 견적서를 작성하고 바이어와 단가 및 결제 조건을 협상합니다.",
      "수출 계약이 체결되면 선적 일정과 대금 회수를 관리하고, 매년 호찌민과 방콕에서 열리는 전시회 참가를 준비하여 현지 바이어를 응대합니다.",
    ],
    labels: none(3),
    skipped: [],
    verdict: "match",
  },
  "rrs-boxes": {
    clauses: SALES.map((duty) => `${duty}합니다.`),
    labels: ["○", "○", "○", "○"],
    skipped: [],
    verdict: "match",
  },
  "no-duties": { clauses: [], labels: [], skipped: [], verdict: "unsupported" },
};

async function bytesOf(layout: KoLayout, format: "docx" | "txt" | "pdf"): Promise<Uint8Array> {
  if (format === "docx") return makeLayoutDocx(layout.blocks);
  if (format === "pdf" && layout.pdf === "pdfkit") return makeLayoutPdf(layout.blocks);
  return readFileSync(path.join(FIXTURES, `${layout.name}.${format}`));
}

const cases = KO_LAYOUTS.flatMap((layout) =>
  (["docx", "txt", "pdf"] as const)
    .filter((format) => format !== "pdf" || layout.pdf !== undefined)
    .map((format) => ({ file: `${layout.name}.${format}`, format, layout })),
);

describe("verify on Korean contract and 고용사유서 layouts", () => {
  it.each(cases)(
    "$file: reads exactly its duties",
    async ({ file, layout, format }) => {
      const extracted = await readDocument({ name: file, bytes: await bytesOf(layout, format) });
      const result = verifyExtracted(catalog, { code: layout.code }, [{ role: layout.role, path: file, extracted }]);
      const doc = result.documents[0]!;
      const expected = EXPECTED[layout.name]!;
      // A PDF's text layer may space Korean differently ("React 와"), so PDF text is compared without spaces.
      const plain = (text: string): string => (format === "pdf" ? text.replace(/\s+/gu, "") : text);
      expect(doc.statements.map((s) => plain(s.text))).toEqual(expected.clauses.map(plain));
      expect(doc.statements.map((s) => s.label)).toEqual(expected.labels);
      expect(doc.dutySection.skipped.map((s) => [plain(s.text), s.reason])).toEqual(
        expected.skipped.map(([text, reason]) => [plain(text), reason]),
      );
      expect(doc.dutySection.found).toBe(expected.clauses.length > 0);
      expect(doc.verdict).toBe(expected.verdict);
      if (expected.clauses.length === 0)
        expect(result.findings.map((f) => f.checkId)).toContain("verify-no-duty-section");
    },
    30_000,
  );
});
