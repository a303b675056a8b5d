/** Formats a consistency report as JSON (the machine contract) and as Markdown (for people). */
import { registeredCheckMeta } from "../checks/messages/localize-finding.js";
import { EVIDENCE_SOURCES_KO } from "../match/match-message-ko.js";
import type { ConsistencyReport } from "./types.js";

/** Pretty JSON with a final newline; key order is fixed by the builder, so equal reports give equal bytes. */
export function formatReportJson(report: ConsistencyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Escapes the characters that would break a Markdown table cell. */
const cell = (text: string | number | null): string =>
  String(text ?? "-")
    .replace(/\|/g, "\\|")
    .replace(/\n/g, " ");

/** Report language: the frame (headings, verdict words, table headers); findings arrive already in it. */
export type ReportUi = "ko" | "en";

/** Korean words for the verdicts, statuses and kinds the report prints as codes in English. */
const KO_WORDS: Readonly<Record<string, string>> = {
  match: "일치",
  ambiguous: "불분명",
  mismatch: "불일치",
  unsupported: "근거 부족",
  excluded: "제외 역할",
  anchored: "직종 업무",
  generic: "일반 업무",
  "out-of-scope": "직종 범위 밖",
  first: "최초 신청",
  reapplication: "재신청",
  supplement: "보완 제출",
  error: "오류",
  warning: "경고",
  info: "참고",
};

/** A code's Korean word; the JSON beside the report keeps the code. */
const ko = (code: string | null): string => (code ? (KO_WORDS[code] ?? code) : "-");

/** What each packet file is, by the name printed on it, so a Korean reader need not decode the English file names. */
const DOCUMENTS_KO: Readonly<Record<string, string>> = {
  "contract-annex": "직무 내용 부속서",
  rrs: "고용사유서",
  "cover-letter": "재신청 사유서",
};

const LANGUAGES_KO: Readonly<Record<string, string>> = { ko: "한국어", en: "영어", both: "한국어·영어" };

/** The report's frame in each language: headings, table headers and the sentences around the report's values. */
const FRAME = {
  en: {
    word: (code: string | null): string => code ?? "-",
    source: (source: string): string => source,
    file: (file: string, _kind: string, _caseKind: string): string => file,
    lang: (lang: string): string => lang,
    description: (check: { readonly id: string; readonly description: string }): string => check.description,
    title: (r: ConsistencyReport) =>
      `# Consistency report: ${r.selectedCode} ${r.occupation.nameEn} (${r.occupation.nameKo})`,
    verdict: (r: ConsistencyReport) =>
      `**Verdict: ${r.consistent ? "consistent" : "NOT consistent"}.** Selected code ${r.selectedCode}; best code read back from the contract annex: ${r.bestCode}.`,
    provenance: (r: ConsistencyReport) =>
      `Case \`${r.case.file}\` (${r.case.kind}, dated ${r.case.documentDate}, SHA-256 ${r.case.sha256.slice(0, 16)}…). ${r.tool.name} ${r.tool.version}, catalog ${r.catalog.version} (${r.catalog.asOf}, list edition ${r.catalog.listEdition}), rules ${r.rules.version} (${r.rules.asOf}).`,
    duties: ["## Duties", "", "| # | share | written as | task of the occupation | case text reads as |"],
    task: (task: { readonly ko: string; readonly en: string } | null | undefined) => task?.en ?? null,
    documents: ["## Documents", "", "| file | duty section | best code | margin | verdict |"],
    notRecognised: "not recognised",
    clauses: [
      "## Duty clauses read back",
      "",
      "| file | clause | intact | best code | score | selected score | margin | verdict | evidence |",
    ],
    intact: (intact: boolean) => (intact ? "yes" : "NO"),
    crossChecks: ["## Cross-checks", "", "| check | result | what it checks |"],
    checkResult: (passed: boolean, findings: number) =>
      passed
        ? findings > 0
          ? `passed (${findings} note${findings === 1 ? "" : "s"})`
          : "passed"
        : `FAILED (${findings})`,
    findings: "## Findings",
    none: "None.",
    caseFindings: "## Case checks (errors about supporting documents, warnings and notes; see the filing checklist)",
    redline: [
      "## Contract annex redline (changes from the earlier application)",
      "",
      "| file | lang | clause | deleted | inserted |",
    ],
  },
  ko: {
    word: ko,
    source: (source: string): string => EVIDENCE_SOURCES_KO[source] ?? source,
    file: (file: string, kind: string, caseKind: string): string => {
      const name = kind === "cover-letter" && caseKind === "supplement" ? "보완서류 제출 설명서" : DOCUMENTS_KO[kind];
      return name ? `${file} (${name})` : file;
    },
    lang: (lang: string): string => LANGUAGES_KO[lang] ?? lang,
    description: (check: { readonly id: string; readonly description: string }): string =>
      registeredCheckMeta(check.id)?.descriptionKo ?? check.description,
    title: (r: ConsistencyReport) => `# 일관성 보고서: ${r.selectedCode} ${r.occupation.nameKo}`,
    verdict: (r: ConsistencyReport) =>
      `**판정: ${r.consistent ? "일치" : "불일치"}.** 신청 직종코드 ${r.selectedCode}; 고용계약서 직무 내용 부속서에서 다시 읽은 최적 코드: ${r.bestCode}.`,
    provenance: (r: ConsistencyReport) =>
      `신청 건 정보 파일 \`${r.case.file}\` (${KO_WORDS[r.case.kind] ?? r.case.kind}, 작성일 ${r.case.documentDate}, SHA-256 ${r.case.sha256.slice(0, 16)}…). ${r.tool.name} ${r.tool.version}, 카탈로그 ${r.catalog.version} (${r.catalog.asOf} 기준, 목록 판 ${r.catalog.listEdition}), 규칙 ${r.rules.version} (${r.rules.asOf} 기준).`,
    duties: ["## 담당업무", "", "| # | 비중 | 작성 방식 | 직종의 해당 업무 | 신청 건 정보 문구의 판독 |"],
    task: (task: { readonly ko: string; readonly en: string } | null | undefined) => task?.ko || task?.en || null,
    documents: ["## 문서", "", "| 파일 | 담당업무 항목 | 최적 코드 | 차이 | 판정 |"],
    notRecognised: "찾지 못함",
    clauses: [
      "## 다시 읽은 담당업무 조항",
      "",
      "| 파일 | 조항 | 온전함 | 최적 코드 | 점수 | 신청 코드 점수 | 차이 | 판정 | 근거 |",
    ],
    intact: (intact: boolean) => (intact ? "예" : "아니오"),
    crossChecks: ["## 교차 점검", "", "| 점검 | 결과 | 점검 내용 |"],
    checkResult: (passed: boolean, findings: number) =>
      passed ? (findings > 0 ? `통과(참고 ${findings}건)` : "통과") : `실패(${findings}건)`,
    findings: "## 점검 결과",
    none: "없음.",
    caseFindings: "## 신청 건 정보 점검 (첨부 서류에 관한 오류, 경고와 참고; 서류 점검표 참고)",
    redline: ["## 직무 내용 부속서 변경 대조표 (이전 신청과 달라진 부분)", "", "| 파일 | 언어 | 조항 | 삭제 | 추가 |"],
  },
} as const;

/** A table's heading lines, then the separator row its header needs. */
const table = (head: readonly string[]): string[] => [
  ...head,
  `|${" --- |".repeat((head[head.length - 1]!.match(/\|/g)?.length ?? 1) - 1)}`,
];

/** A readable report: the verdict, documents, clauses, cross-checks and findings (in Korean with ui "ko"). */
export function formatReportMarkdown(report: ConsistencyReport, ui: ReportUi = "en"): string {
  const t = FRAME[ui];
  const lines: string[] = [];
  lines.push(t.title(report), "", t.verdict(report), "", t.provenance(report), "");
  lines.push(...table(t.duties));
  for (const duty of report.duties)
    lines.push(
      `| ${duty.index + 1} | ${duty.share}% | ${t.word(duty.status)} | ${cell(t.task(duty.task))} | ${duty.bestCode} (${t.word(duty.verdict)}) |`,
    );
  lines.push("", ...table(t.documents));
  for (const doc of report.documents)
    lines.push(
      `| ${t.file(doc.file, doc.kind, report.case.kind)} | ${doc.clauses.length === 0 ? "-" : doc.dutySection.found ? cell(doc.dutySection.heading) : t.notRecognised} | ${cell(doc.bestCode)} | ${cell(doc.margin)} | ${cell(doc.verdict === null ? null : t.word(doc.verdict))} |`,
    );
  lines.push("", ...table(t.clauses));
  for (const doc of report.documents) {
    for (const clause of doc.clauses) {
      const evidence = clause.evidence
        .slice(0, 3)
        .map((e) => `"${e.matched.split(", ").slice(0, 5).join(", ")}" ~ ${t.source(e.source)} (${e.code})`)
        .join("; ");
      lines.push(
        `| ${doc.file} | ${clause.number} | ${t.intact(clause.intact)} | ${clause.bestCode} | ${clause.score} | ${clause.selectedScore} | ${clause.margin} | ${t.word(clause.generic ? "generic" : clause.verdict)} | ${cell(evidence || null)} |`,
      );
    }
  }
  lines.push("", ...table(t.crossChecks));
  for (const check of report.crossChecks)
    lines.push(`| ${check.id} | ${t.checkResult(check.passed, check.findings)} | ${cell(t.description(check))} |`);
  lines.push("", t.findings, "");
  if (report.findings.length === 0) lines.push(t.none);
  for (const finding of report.findings)
    lines.push(
      `- **${t.word(finding.severity)}** \`${finding.checkId}\`${finding.file ? ` (${finding.file}${finding.clauseId ? ` ${finding.clauseId}` : ""})` : ""}: ${finding.message}`,
    );
  if (report.caseFindings.length > 0) {
    lines.push("", t.caseFindings, "");
    for (const finding of report.caseFindings)
      lines.push(`- **${t.word(finding.severity)}** \`${finding.checkId}\`: ${finding.message}`);
  }
  if (report.redline && report.redline.length > 0) {
    lines.push("", ...table(t.redline));
    for (const change of report.redline)
      lines.push(
        `| ${change.file} | ${t.lang(change.lang)} | ${change.clause} | ${cell(change.deleted || null)} | ${cell(change.inserted || null)} |`,
      );
  }
  return `${lines.join("\n")}\n`;
}
