/** Formats a consistency report as JSON (the machine contract) and as Markdown (for people). */
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

/** A code with its Korean word before it ("일치(match)"), so the report still names what the JSON holds. */
const ko = (code: string | null): string => (code && KO_WORDS[code] ? `${KO_WORDS[code]}(${code})` : (code ?? "-"));

/** A readable report: the verdict, documents, clauses, cross-checks and findings (in Korean with ui "ko"). */
export function formatReportMarkdown(report: ConsistencyReport, ui: ReportUi = "en"): string {
  return ui === "ko" ? formatKo(report) : formatEn(report);
}

function formatKo(report: ConsistencyReport): string {
  const lines: string[] = [];
  lines.push(`# 일관성 보고서: ${report.selectedCode} ${report.occupation.nameKo} (${report.occupation.nameEn})`, "");
  lines.push(
    `**판정: ${report.consistent ? "일치" : "불일치"}.** 신청 직종 코드 ${report.selectedCode}; 직무 부속서에서 다시 읽은 최적 코드: ${report.bestCode}.`,
    "",
  );
  lines.push(
    `사례 파일 \`${report.case.file}\` (${KO_WORDS[report.case.kind] ?? report.case.kind}, 작성일 ${report.case.documentDate}, SHA-256 ${report.case.sha256.slice(0, 16)}…). ${report.tool.name} ${report.tool.version}, 카탈로그 ${report.catalog.version} (${report.catalog.asOf} 기준, 목록 판 ${report.catalog.listEdition}), 규칙 ${report.rules.version} (${report.rules.asOf} 기준).`,
    "",
  );
  lines.push(
    "## 담당업무",
    "",
    "| # | 비중 | 작성 방식 | 직종의 해당 업무 | 사례 문구의 판독 |",
    "| --- | --- | --- | --- | --- |",
  );
  for (const duty of report.duties)
    lines.push(
      `| ${duty.index + 1} | ${duty.share}% | ${ko(duty.status)} | ${cell(duty.task?.ko || duty.task?.en || null)} | ${duty.bestCode} (${ko(duty.verdict)}) |`,
    );
  lines.push(
    "",
    "## 문서",
    "",
    "| 파일 | 담당업무 항목 | 최적 코드 | 차이 | 판정 |",
    "| --- | --- | --- | --- | --- |",
  );
  for (const doc of report.documents)
    lines.push(
      `| ${doc.file} | ${doc.clauses.length === 0 ? "-" : doc.dutySection.found ? cell(doc.dutySection.heading) : "찾지 못함"} | ${cell(doc.bestCode)} | ${cell(doc.margin)} | ${cell(doc.verdict === null ? null : ko(doc.verdict))} |`,
    );
  lines.push(
    "",
    "## 다시 읽은 담당업무 조항",
    "",
    "| 파일 | 조항 | 온전함 | 최적 코드 | 점수 | 신청 코드 점수 | 차이 | 판정 | 근거 |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const doc of report.documents) {
    for (const clause of doc.clauses) {
      const evidence = clause.evidence
        .slice(0, 3)
        .map((e) => `"${e.matched.split(", ").slice(0, 5).join(", ")}" ~ ${e.source} (${e.code})`)
        .join("; ");
      lines.push(
        `| ${doc.file} | ${clause.number} | ${clause.intact ? "예" : "아니오"} | ${clause.bestCode} | ${clause.score} | ${clause.selectedScore} | ${clause.margin} | ${clause.generic ? ko("generic") : ko(clause.verdict)} | ${cell(evidence || null)} |`,
      );
    }
  }
  lines.push("", "## 교차 점검", "", "| 점검 | 결과 | 점검 내용(영문) |", "| --- | --- | --- |");
  for (const check of report.crossChecks)
    lines.push(
      `| ${check.id} | ${check.passed ? (check.findings > 0 ? `통과(참고 ${check.findings}건)` : "통과") : `실패(${check.findings}건)`} | ${cell(check.description)} |`,
    );
  lines.push("", "## 점검 결과", "");
  if (report.findings.length === 0) lines.push("없음.");
  for (const finding of report.findings)
    lines.push(
      `- **${ko(finding.severity)}** \`${finding.checkId}\`${finding.file ? ` (${finding.file}${finding.clauseId ? ` ${finding.clauseId}` : ""})` : ""}: ${finding.message}`,
    );
  if (report.caseFindings.length > 0) {
    lines.push("", "## 사례 점검 (첨부 서류에 관한 오류, 경고와 참고; 서류 점검표 참고)", "");
    for (const finding of report.caseFindings)
      lines.push(`- **${ko(finding.severity)}** \`${finding.checkId}\`: ${finding.message}`);
  }
  if (report.redline && report.redline.length > 0) {
    lines.push(
      "",
      "## 직무 부속서 변경 대비표 (이전 신청과 달라진 부분)",
      "",
      "| 파일 | 언어 | 조항 | 삭제 | 추가 |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const change of report.redline)
      lines.push(
        `| ${change.file} | ${change.lang} | ${change.clause} | ${cell(change.deleted || null)} | ${cell(change.inserted || null)} |`,
      );
  }
  return `${lines.join("\n")}\n`;
}

function formatEn(report: ConsistencyReport): string {
  const lines: string[] = [];
  lines.push(
    `# Consistency report: ${report.selectedCode} ${report.occupation.nameEn} (${report.occupation.nameKo})`,
    "",
  );
  lines.push(
    `**Verdict: ${report.consistent ? "consistent" : "NOT consistent"}.** Selected code ${report.selectedCode}; best code read back from the contract annex: ${report.bestCode}.`,
    "",
  );
  lines.push(
    `Case \`${report.case.file}\` (${report.case.kind}, dated ${report.case.documentDate}, SHA-256 ${report.case.sha256.slice(0, 16)}…). ${report.tool.name} ${report.tool.version}, catalog ${report.catalog.version} (${report.catalog.asOf}, list edition ${report.catalog.listEdition}), rules ${report.rules.version} (${report.rules.asOf}).`,
    "",
  );
  lines.push(
    "## Duties",
    "",
    "| # | share | written as | task of the occupation | case text reads as |",
    "| --- | --- | --- | --- | --- |",
  );
  for (const duty of report.duties)
    lines.push(
      `| ${duty.index + 1} | ${duty.share}% | ${duty.status} | ${cell(duty.task?.en ?? null)} | ${duty.bestCode} (${duty.verdict}) |`,
    );
  lines.push(
    "",
    "## Documents",
    "",
    "| file | duty section | best code | margin | verdict |",
    "| --- | --- | --- | --- | --- |",
  );
  for (const doc of report.documents)
    lines.push(
      `| ${doc.file} | ${doc.clauses.length === 0 ? "-" : doc.dutySection.found ? cell(doc.dutySection.heading) : "not recognised"} | ${cell(doc.bestCode)} | ${cell(doc.margin)} | ${cell(doc.verdict)} |`,
    );
  lines.push(
    "",
    "## Duty clauses read back",
    "",
    "| file | clause | intact | best code | score | selected score | margin | verdict | evidence |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const doc of report.documents) {
    for (const clause of doc.clauses) {
      const evidence = clause.evidence
        .slice(0, 3)
        .map((e) => `"${e.matched.split(", ").slice(0, 5).join(", ")}" ~ ${e.source} (${e.code})`)
        .join("; ");
      lines.push(
        `| ${doc.file} | ${clause.number} | ${clause.intact ? "yes" : "NO"} | ${clause.bestCode} | ${clause.score} | ${clause.selectedScore} | ${clause.margin} | ${clause.generic ? "generic" : clause.verdict} | ${cell(evidence || null)} |`,
      );
    }
  }
  lines.push("", "## Cross-checks", "", "| check | result | what it checks |", "| --- | --- | --- |");
  for (const check of report.crossChecks)
    lines.push(
      `| ${check.id} | ${check.passed ? (check.findings > 0 ? `passed (${check.findings} note${check.findings === 1 ? "" : "s"})` : "passed") : `FAILED (${check.findings})`} | ${cell(check.description)} |`,
    );
  lines.push("", "## Findings", "");
  if (report.findings.length === 0) lines.push("None.");
  for (const finding of report.findings)
    lines.push(
      `- **${finding.severity}** \`${finding.checkId}\`${finding.file ? ` (${finding.file}${finding.clauseId ? ` ${finding.clauseId}` : ""})` : ""}: ${finding.message}`,
    );
  if (report.caseFindings.length > 0) {
    lines.push(
      "",
      "## Case checks (errors about supporting documents, warnings and notes; see the filing checklist)",
      "",
    );
    for (const finding of report.caseFindings)
      lines.push(`- **${finding.severity}** \`${finding.checkId}\`: ${finding.message}`);
  }
  if (report.redline && report.redline.length > 0) {
    lines.push(
      "",
      "## Contract annex redline (changes from the earlier application)",
      "",
      "| file | lang | clause | deleted | inserted |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const change of report.redline)
      lines.push(
        `| ${change.file} | ${change.lang} | ${change.clause} | ${cell(change.deleted || null)} | ${cell(change.inserted || null)} |`,
      );
  }
  return `${lines.join("\n")}\n`;
}
