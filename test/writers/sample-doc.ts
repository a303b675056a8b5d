/** A small bilingual document model that exercises every node type, Korean and English text and XML-special characters. */
import { clause, heading, paragraph, root, signature, table } from "../../src/model/build.js";
import type { DocRoot } from "../../src/model/nodes.js";

export const SAMPLE_DOC: DocRoot = root(
  {
    kind: "contract-annex",
    lang: "both",
    title: "직무 내용 / Annex: Job Duties",
    subject: "2224 Web developer",
    author: "Kim & Lee <Co.>",
    date: "2026-12-01",
  },
  [
    heading(1, "직무 내용 (고용계약서 부속서) / Annex: Job Duties", "annex-title"),
    paragraph(
      '이 부속서는 고용계약서(사용자: 주식회사 한빛커머스, 근로자: Min-jun Kim)의 일부를 이룬다. Kim & Lee <legal> "quoted" ₩42,000,000 ①',
      "annex-intro",
    ),
    heading(2, "제1조 (Article 1) 직위 / Position", "annex-position"),
    clause(
      "제2조 (Article 2)",
      ["근로자는 다음 업무를 수행한다.", "The Employee performs the duties below."],
      "annex-duties",
      { title: "담당 업무 / Duties" },
    ),
    clause(
      "2.1",
      [
        "웹사이트의 프런트엔드를 개발하고 유지보수한다. 업무 비중: 약 40%.",
        "Develop and maintain the front end of the web storefront in React and TypeScript. Share of working time: about 40%.",
      ],
      "duty-1",
      { level: 1 },
    ),
    clause(
      "2.2",
      [
        "서버 측 웹 기능과 웹 API를 구축한다. 업무 비중: 약 60%.",
        "Build server-side web functions and REST APIs in Node.js. Share of working time: about 60%.",
      ],
      "duty-2",
      { level: 1 },
    ),
    table(
      [
        ["직종 코드 / Occupation code", "2224"],
        ["내국인 고용보험 피보험자 수 / Insured Korean employees", "23"],
        ["변경 내용 / What changed", ["1) 직종 코드를 바꾸었습니다.", "2) The duties are rewritten."]],
      ],
      "annex-position-table",
      { header: ["항목 / Item", "내용 / Details"], widths: [1, 2] },
    ),
    paragraph("2026-12-01", "annex-date", "right"),
    signature(
      [
        { role: "사용자 / Employer", name: "주식회사 한빛커머스", lines: ["대표자 / Representative: 김민준"] },
        { role: "근로자 / Employee", name: "Min-jun Kim", lines: [] },
      ],
      "(서명 또는 인) / (signature or seal)",
      "annex-signatures",
    ),
  ],
);
