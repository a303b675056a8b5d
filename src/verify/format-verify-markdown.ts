/** Renders a verify result as a Markdown report (for `verify --report OUT.md`). */
import type { Catalog } from "../catalog/types.js";
import type { VerifyResult } from "./types.js";
import { labelOf } from "../catalog/occupation-lookup.js";
import type { SkipReason } from "../readers/find-duty-section.js";

/**
 * Escapes text for a Markdown table cell or paragraph: user text must never become markup, and control characters
 * and direction overrides are shown as code points.
 */
function md(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/([`*_[\]<>|#])/g, "\\$1")
    .replace(/\r?\n/g, " ")
    .replace(
      /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu,
      (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`,
    );
}

/** Why a line was not scored, in Korean (English prints the reason as the reader names it). */
export const SKIP_REASONS_KO: Readonly<Record<string, string>> & Readonly<Record<SkipReason, string>> = {
  heading: "제목",
  "intro sentence": "도입 문장",
  "working hours": "근무시간",
  wage: "임금",
  leave: "휴가",
  "contract field": "계약 항목",
  "share line": "비중 표기",
  "cites an occupation code": "직종코드 인용",
  translation: "번역문",
};

/** Korean words for the verdicts, kept with the code the JSON holds ("일치(match)"). */
const VERDICTS_KO: Readonly<Record<string, string>> = {
  match: "일치",
  ambiguous: "불분명",
  mismatch: "불일치",
  unsupported: "근거 부족",
  excluded: "제외 역할",
};
const SEVERITIES_KO: Readonly<Record<string, string>> = { error: "오류", warning: "경고", info: "참고" };
/** How sure the reading of a document is, in the Korean report and the Korean terminal output. */
export const CONFIDENCE_KO: Readonly<Record<string, string>> = { high: "높음", medium: "보통", low: "낮음" };
const inKo = (words: Readonly<Record<string, string>>, code: string): string =>
  words[code] ? `${words[code]}(${code})` : code;

/**
 * The whole report: summary, findings with fixes, then one section per document with its statement table; in Korean
 * with ui "ko" (the findings arrive already localised).
 */
export function formatVerifyMarkdown(
  catalog: Catalog,
  result: VerifyResult,
  generatedBy = "e7-align verify",
  ui: "ko" | "en" = "en",
): string {
  return ui === "ko" ? formatKo(catalog, result, generatedBy) : formatEn(catalog, result, generatedBy);
}

function formatKo(catalog: Catalog, result: VerifyResult, generatedBy: string): string {
  const out: string[] = [];
  out.push("# E-7 담당업무 검증 보고서", "");
  out.push(`- 신청 직종: **${md(result.filedCode)}** — ${md(labelOf(catalog, result.selectedCode))}`);
  out.push(`- 판정: **${inKo(VERDICTS_KO, result.verdict)}**${result.ok ? " (문서를 그대로 제출할 수 있습니다)" : ""}`);
  out.push(`- 문서 전체가 뒷받침하는 직종: ${md(labelOf(catalog, result.bestCode))}`);
  out.push(
    `- 카탈로그 ${md(catalog.catalogVersion)}, ${md(catalog.asOf)} 기준, 목록 판 ${md(catalog.currentEdition)}`,
    "",
  );
  out.push("## 점검 결과", "");
  if (result.findings.length === 0) out.push("점검 결과가 없습니다.", "");
  for (const finding of result.findings) {
    out.push(
      `- **${inKo(SEVERITIES_KO, finding.severity)}** \`${finding.checkId}\`${finding.file ? ` (${md(finding.file)})` : ""}: ${md(finding.message)}`,
    );
    if (finding.fix) out.push(`  - 조치: ${md(finding.fix)}`);
  }
  out.push("");
  for (const doc of result.documents) {
    out.push(`## ${doc.role === "contract" ? "고용계약서" : "고용사유서"}: ${md(doc.path)}`, "");
    out.push(`- 형식: ${doc.kind}${doc.pages === undefined ? "" : `, ${doc.pages}쪽`}`);
    out.push(
      `- 담당업무 항목: ${doc.dutySection.found ? `"${md(doc.dutySection.heading ?? "")}"` : `**찾지 못함** — ${md(doc.dutySection.noteKo ?? doc.dutySection.note ?? "")}`}`,
    );
    out.push(
      `- 읽은 부분: 조항 ${doc.statements.length}개 채점${doc.dutySection.outside > 0 ? `, 담당업무 항목 밖의 문단 ${doc.dutySection.outside}개는 읽지 않음` : ""}`,
    );
    for (const skipped of doc.dutySection.skipped)
      out.push(`  - 건너뜀 (${SKIP_REASONS_KO[skipped.reason] ?? md(skipped.reason)}): ${md(skipped.text)}`);
    if (doc.title) out.push(`- 기재된 직무명: ${md(doc.title)}`);
    out.push(
      `- 판정: **${inKo(VERDICTS_KO, doc.verdict)}**; ${md(labelOf(catalog, doc.bestCode))} 직종을 뒷받침 (신뢰도 ${CONFIDENCE_KO[doc.confidence] ?? doc.confidence})`,
      "",
    );
    if (doc.statements.length === 0) continue;
    out.push(
      "| # | 신청 직종 부합 | 최적 코드 | 점수 | 신청 코드 점수 | 차이 | 조항 | 근거 |",
      "|---|---|---|---|---|---|---|---|",
    );
    out.push(...statementRows(doc, SUPPORT_WORDS.ko));
    out.push("");
  }
  out.push(
    `_${md(generatedBy)}(으)로 작성했습니다. 이 보고서는 서류 작성을 돕는 자료이며 법률 자문이 아닙니다. 허가 여부는 출입국 심사관이 결정합니다._`,
    "",
  );
  return out.join("\n");
}

function formatEn(catalog: Catalog, result: VerifyResult, generatedBy: string): string {
  const out: string[] = [];
  out.push("# E-7 duty verification report", "");
  out.push(`- Filed code: **${md(result.filedCode)}** — ${md(labelOf(catalog, result.selectedCode))}`);
  out.push(`- Verdict: **${result.verdict}**${result.ok ? " (the documents can be filed as they are)" : ""}`);
  out.push(`- The documents together support: ${md(labelOf(catalog, result.bestCode))}`);
  out.push(
    `- Catalog ${md(catalog.catalogVersion)}, as of ${md(catalog.asOf)}, list edition ${md(catalog.currentEdition)}`,
    "",
  );
  out.push("## Findings", "");
  if (result.findings.length === 0) out.push("No findings.", "");
  for (const finding of result.findings) {
    out.push(
      `- **${finding.severity}** \`${finding.checkId}\`${finding.file ? ` (${md(finding.file)})` : ""}: ${md(finding.message)}`,
    );
    if (finding.fix) out.push(`  - Fix: ${md(finding.fix)}`);
  }
  out.push("");
  for (const doc of result.documents) {
    out.push(`## ${doc.role === "contract" ? "Contract" : "Recruitment Reason Statement"}: ${md(doc.path)}`, "");
    out.push(
      `- Format: ${doc.kind}${doc.pages === undefined ? "" : `, ${doc.pages} page${doc.pages === 1 ? "" : "s"}`}`,
    );
    out.push(
      `- Duty section: ${doc.dutySection.found ? `"${md(doc.dutySection.heading ?? "")}"` : `**not found** — ${md(doc.dutySection.note ?? "")}`}`,
    );
    out.push(
      `- Read: ${doc.statements.length} clause${doc.statements.length === 1 ? "" : "s"} scored${doc.dutySection.outside > 0 ? `, ${doc.dutySection.outside} paragraphs outside the duty section not read` : ""}`,
    );
    for (const skipped of doc.dutySection.skipped) out.push(`  - Skipped (${md(skipped.reason)}): ${md(skipped.text)}`);
    if (doc.title) out.push(`- Stated title: ${md(doc.title)}`);
    out.push(
      `- Verdict: **${doc.verdict}**; supports ${md(labelOf(catalog, doc.bestCode))} (confidence ${doc.confidence})`,
    );
    out.push(`- ${md(doc.message)}`, "");
    if (doc.statements.length === 0) continue;
    out.push(
      "| # | Supports filed code | Best code | Score | Filed-code score | Margin | Statement | Evidence |",
      "|---|---|---|---|---|---|---|---|",
    );
    out.push(...statementRows(doc, SUPPORT_WORDS.en));
    out.push("");
  }
  out.push(
    `_Generated by ${md(generatedBy)}. This is an aid to drafting, not legal advice; the immigration officer decides._`,
    "",
  );
  return out.join("\n");
}

/** How far a clause supports the filed code, in each report language. */
const SUPPORT_WORDS = {
  en: { generic: "generic", yes: "yes", partly: "partly", no: "no" },
  ko: { generic: "일반", yes: "예", partly: "일부", no: "아니오" },
} as const;

/** The clause table's rows, one per scored statement. */
function statementRows(
  doc: VerifyResult["documents"][number],
  words: (typeof SUPPORT_WORDS)[keyof typeof SUPPORT_WORDS],
): string[] {
  return doc.statements.map((s) => {
    const evidence = s.evidence
      .slice(0, 2)
      .map((e) => `${e.code}: ${e.matched}`)
      .join("; ");
    const support = s.generic
      ? words.generic
      : s.supportsFiledCode
        ? words.yes
        : s.verdict === "ambiguous"
          ? words.partly
          : words.no;
    return `| ${s.index + 1} | ${support} | ${md(s.bestCode)} | ${s.score.toFixed(2)} | ${s.filedScore.toFixed(2)} | ${s.margin.toFixed(2)} | ${s.label ? `${md(s.label)} ` : ""}${md(s.text)}${s.share === undefined ? "" : ` (${s.share}%)`} | ${md(evidence)} |`;
  });
}
