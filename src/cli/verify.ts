/** `e7-align verify`: checks an existing contract and/or Recruitment Reason Statement against the filed code. */
import path from "node:path";
import { CODE_OPTION_HELP } from "./code-option-help.js";
import { EVIDENCE_SOURCES_KO } from "../match/match-message-ko.js";
import { EXIT, UsageError } from "../errors.js";
import { loadCatalog } from "../catalog/load-catalog.js";
import { checkEdition } from "../catalog/resolve-code.js";
import type { Catalog } from "../catalog/types.js";
import type { DocumentRole, VerifiedDocument, VerifyResult } from "../verify/types.js";
import { defineCommand } from "./command.js";
import { fill, formatJson, formatTable, labelIn, severityIn, type UiText } from "./format.js";
import type { UiLang } from "../checks/messages/ui-lang.js";
import { CONFIDENCE_KO, SKIP_REASONS_KO } from "../verify/format-verify-markdown.js";

/** verify's frame lines in both UI languages ({x} is filled in by fill). */
const TEXT = {
  filed: { ko: "신청 직종: {label}", en: "Filed code: {label}" },
  filedMapped: { ko: "신청 직종: {code} = {label}", en: "Filed code: {code} = {label}" },
  verdict: { ko: "판정: {verdict}. {summary}", en: "Verdict: {verdict}. {summary}" },
  nothingRead: {
    ko: "어느 문서에서도 담당업무 조항을 읽지 못했습니다.",
    en: "No duty clause was read in any document.",
  },
  excluded: {
    ko: "업무가 카탈로그에서 {label}에서 제외하는 역할로 읽힙니다(아래 verify-document-excluded-role 참고).",
    en: "The duties read as a role the catalog excludes from {label} (see verify-document-excluded-role below).",
  },
  supports: { ko: "문서 전체가 {label} 직종을 뒷받침합니다.", en: "The documents together support {label}." },
  docVerdict: {
    ko: "  판정: {verdict}; {label} 직종을 뒷받침; 신뢰도 {confidence}",
    en: "  verdict: {verdict}; supports {label}; confidence {confidence}",
  },
  contract: { ko: "고용계약서", en: "contract" },
  rrs: { ko: "고용사유서", en: "RRS" },
  title: { ko: "직무명", en: "title" },
  findings: { ko: "점검 결과:", en: "Findings:" },
  fix: { ko: "조치", en: "Fix" },
  ok: { ko: "통과: 모든 문서가 신청 직종과 일치합니다.", en: "OK: every document matches the filed code." },
  okWithWarnings: {
    ko: "통과: 모든 문서가 신청 직종과 일치합니다. 다만 신청 전에 위에서 문서에 관한 경고 {count}건을 확인하십시오.",
    en: "OK: every document matches the filed code, but read the {count} warning(s) about the documents above before filing.",
  },
  textKind: { ko: "텍스트", en: "text" },
  notOk: {
    ko: "보완 필요: 신청 전에 위의 점검 결과를 고치십시오(종료 코드 1).",
    en: "NOT OK: fix the findings above before filing (exit 1).",
  },
  reportWritten: { ko: "보고서를 {file}에 썼습니다.", en: "Report written to {file}" },
} as const satisfies Record<string, UiText>;

/** Verdict words: English keeps the upper-case code, Korean adds a word before it. */
const VERDICTS: Readonly<Record<string, string>> = {
  match: "일치",
  ambiguous: "불분명",
  mismatch: "불일치",
  unsupported: "근거 부족",
  excluded: "제외 역할",
};
const verdictIn = (verdict: string, ui: UiLang, upper: boolean): string => {
  const code = upper ? verdict.toUpperCase() : verdict;
  return ui === "ko" && VERDICTS[verdict] ? `${VERDICTS[verdict]}(${code})` : code;
};

/** The matcher's confidence in Korean words. */

/** Table headers of one document's scored clauses. */
const TABLE_HEADER: Readonly<Record<UiLang, readonly string[]>> = {
  ko: ["#", "문서 표기", "비중", "부합", "최적", "점수"],
  en: ["#", "as written", "share", "fits", "best", "score"],
};
const STATEMENT_HEADER: UiText = { ko: "조항", en: "statement" };
const FITS: Readonly<Record<string, UiText>> = {
  generic: { ko: "일반", en: "generic" },
  yes: { ko: "예", en: "yes" },
  partly: { ko: "일부", en: "partly" },
  no: { ko: "아니오", en: "no" },
};

interface VerifyArgs {
  code: string;
  edition?: string;
  contract?: string;
  rrs?: string;
  title?: string;
  json: boolean;
  wholeText: boolean;
  report?: string;
  force: boolean;
  ui?: "ko" | "en";
}

/**
 * Document text made safe for a terminal: control characters (an escape sequence hidden in a document could rewrite
 * the screen) and direction overrides are shown as code points instead of acting.
 */
function printable(text: string): string {
  return text.replace(
    /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu,
    (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`,
  );
}

function clip(text: string, max = 72): string {
  const safe = printable(text);
  return safe.length <= max ? safe : `${safe.slice(0, max - 1)}…`;
}

/** What was read in one document, printed before its scores: the heading used, what was skipped and why. */
function whatIRead(doc: VerifiedDocument, ui: UiLang): string[] {
  const out: string[] = [];
  const section = doc.dutySection;
  if (ui === "ko") {
    // Korean counts take no plural, so the Korean lines are built apart from the English ones.
    const outsideKo = section.outside > 0 ? `, 그 밖의 문단 ${section.outside}개는 읽지 않음` : "";
    if (section.found)
      out.push(
        `  읽은 부분: 담당업무 항목 "${printable(section.heading ?? "")}"; 조항 ${doc.statements.length}개 채점${outsideKo}`,
      );
    else if (section.wholeText)
      out.push(
        `  읽은 부분: 담당업무 항목을 찾지 못해 전체 본문을 채점했습니다(--whole-text): 조항 ${doc.statements.length}개`,
      );
    else {
      out.push(
        `  읽은 부분: 담당업무 항목을 찾지 못해 아무것도 채점하지 않았습니다(살펴본 문단 ${section.outside}개).`,
      );
      const note = section.noteKo ?? section.note;
      if (note) out.push(`        ${printable(note)}`);
      out.push(
        `        업무를 "담당업무" / "Duties" 같은 제목 아래에 두거나, --whole-text로 다시 실행하여 모든 문단을 채점하십시오.`,
      );
    }
    for (const skipped of section.skipped)
      out.push(`  건너뜀 (${SKIP_REASONS_KO[skipped.reason] ?? skipped.reason}): "${clip(skipped.text, 80)}"`);
    return out;
  }
  const clauses = `${doc.statements.length} clause${doc.statements.length === 1 ? "" : "s"} scored`;
  const outside =
    section.outside > 0 ? `, ${section.outside} paragraph${section.outside === 1 ? "" : "s"} outside it not read` : "";
  if (section.found) out.push(`  read: duty section "${printable(section.heading ?? "")}"; ${clauses}${outside}`);
  else if (section.wholeText)
    out.push(`  read: NO DUTY SECTION FOUND; the whole text was scored (--whole-text): ${clauses}`);
  else {
    out.push(
      `  read: NO DUTY SECTION FOUND. Nothing in this document was scored (${section.outside} paragraphs looked at).`,
    );
    if (section.note) out.push(`        ${printable(section.note)}`);
    out.push(
      `        Put the duties under a heading such as "Duties" / "담당업무", or run again with --whole-text to score every paragraph.`,
    );
  }
  for (const skipped of section.skipped) out.push(`  skipped (${skipped.reason}): "${clip(skipped.text, 80)}"`);
  return out;
}

/** The human-readable report printed to stdout. */
function formatText(catalog: Catalog, result: VerifyResult, ui: UiLang): string {
  const out: string[] = [];
  // The label starts with the code; the filed code is printed apart only when it maps to another (an older edition's).
  const filedLabel = labelIn(catalog, result.selectedCode, ui);
  out.push(
    filedLabel.startsWith(`${result.filedCode} `) || filedLabel === result.filedCode
      ? fill(TEXT.filed, ui, { label: filedLabel })
      : fill(TEXT.filedMapped, ui, { code: result.filedCode, label: filedLabel }),
  );
  const read = result.documents.some((doc) => doc.statements.length > 0);
  const summary = !read
    ? fill(TEXT.nothingRead, ui)
    : result.verdict === "excluded"
      ? fill(TEXT.excluded, ui, { label: labelIn(catalog, result.selectedCode, ui) })
      : fill(TEXT.supports, ui, { label: labelIn(catalog, result.bestCode, ui) });
  out.push(fill(TEXT.verdict, ui, { verdict: verdictIn(result.verdict, ui, true), summary }), "");
  for (const doc of result.documents) {
    const role = fill(doc.role === "contract" ? TEXT.contract : TEXT.rrs, ui);
    out.push(
      `${printable(doc.path)} (${role}, ${doc.kind === "text" ? fill(TEXT.textKind, ui) : doc.kind}${doc.pages === undefined ? "" : `, ${doc.pages} p.`}${doc.title ? `; ${fill(TEXT.title, ui)} "${printable(doc.title)}"` : ""})`,
    );
    out.push(...whatIRead(doc, ui));
    if (doc.statements.length === 0) {
      out.push("");
      continue;
    }
    out.push(
      fill(TEXT.docVerdict, ui, {
        verdict: verdictIn(doc.verdict, ui, false),
        label: labelIn(catalog, doc.bestCode, ui),
        confidence: ui === "ko" ? (CONFIDENCE_KO[doc.confidence] ?? doc.confidence) : doc.confidence,
      }),
    );
    const rows = doc.statements.map((s) => [
      String(s.index + 1),
      s.label === undefined ? "" : printable(s.label),
      s.share === undefined ? "" : `${Math.round(s.share * 10) / 10}%`,
      FITS[s.generic ? "generic" : s.supportsFiledCode ? "yes" : s.verdict === "ambiguous" ? "partly" : "no"]![ui],
      // A generic statement has no best code worth naming: every score is (near) zero.
      s.generic ? "-" : s.bestCode,
      s.score.toFixed(2),
      s.filedScore.toFixed(2),
      clip(s.text),
    ]);
    const table = formatTable([...TABLE_HEADER[ui], result.selectedCode, STATEMENT_HEADER[ui]], rows);
    out.push(
      ...table
        .trimEnd()
        .split("\n")
        .map((line) => `  ${line}`),
    );
    for (const s of doc.statements.filter((s) => doc.pullingElsewhere.includes(s.index))) {
      const evidence = s.evidence.find((e) => e.code === s.bestCode);
      if (evidence)
        out.push(
          `  #${s.index + 1} -> ${s.bestCode}: "${clip(evidence.matched, 50)}" ~ ${ui === "ko" ? (EVIDENCE_SOURCES_KO[evidence.source] ?? evidence.source) : evidence.source} "${clip(evidence.against, 70)}"`,
        );
    }
    out.push("");
  }
  if (result.findings.length > 0) {
    out.push(fill(TEXT.findings, ui));
    for (const finding of result.findings) {
      out.push(
        `  ${severityIn(finding.severity, ui).padEnd(7)} ${finding.checkId}${finding.file ? ` (${printable(finding.file)})` : ""}`,
      );
      out.push(`          ${printable(finding.message)}`);
      if (finding.fix) out.push(`          ${fill(TEXT.fix, ui)}: ${printable(finding.fix)}`);
    }
    out.push("");
  }
  // Warnings about a document, not about the code filed (its stricter review, say), qualify the pass.
  const warnings = result.findings.filter((finding) => finding.severity === "warning" && finding.file).length;
  out.push(
    result.ok
      ? warnings > 0
        ? fill(TEXT.okWithWarnings, ui, { count: String(warnings) })
        : fill(TEXT.ok, ui)
      : fill(TEXT.notOk, ui),
  );
  return `${out.join("\n")}\n`;
}

/** What `--help` says of each option and example, in both UI languages. */
const HELP = {
  ...CODE_OPTION_HELP,
  contract: {
    en: "The employment contract (.docx, .hwpx, .pdf, .txt, .md)",
    ko: "고용계약서(.docx, .hwpx, .pdf, .txt, .md)",
  },
  rrs: {
    en: "The Recruitment Reason Statement (.docx, .hwpx, .pdf, .txt, .md)",
    ko: "고용사유서(.docx, .hwpx, .pdf, .txt, .md)",
  },
  title: {
    en: "The job title on the application (default: the title stated in each document)",
    ko: "신청서의 직무명(기본값: 각 문서에 적힌 직무명)",
  },
  json: {
    en: "Print the result as JSON",
    ko: "결과를 JSON으로 출력합니다",
  },
  wholeText: {
    en: "Score every paragraph of a document that has no recognisable duty section (default: score nothing and say so)",
    ko: "직무 부분을 찾을 수 없는 문서의 모든 문단을 채점합니다(기본값: 채점하지 않고 그렇다고 알립니다)",
  },
  report: {
    en: "Also write a Markdown report to this file",
    ko: "Markdown 보고서도 쓸 파일",
  },
  force: {
    en: "Let --report replace an existing file",
    ko: "--report가 기존 파일을 바꾸게 합니다",
  },
  example1: {
    en: "Check both documents against 2224",
    ko: "두 문서를 2224와 대조",
  },
  example2: {
    en: "Machine-readable result",
    ko: "기계가 읽을 수 있는 결과",
  },
} as const satisfies Record<string, UiText>;

export const verifyCommand = defineCommand<VerifyArgs>({
  builder: (yargs, ui) =>
    yargs
      .option("code", { type: "string", demandOption: true, describe: HELP.code[ui] })
      .option("edition", { type: "string", describe: HELP.edition[ui] })
      .option("contract", { type: "string", describe: HELP.contract[ui] })
      .option("rrs", { type: "string", describe: HELP.rrs[ui] })
      .option("title", {
        type: "string",
        describe: HELP.title[ui],
      })
      .option("json", { type: "boolean", default: false, describe: HELP.json[ui] })
      .option("whole-text", {
        type: "boolean",
        default: false,
        describe: HELP.wholeText[ui],
      })
      .option("report", { type: "string", describe: HELP.report[ui] })
      .option("force", { type: "boolean", default: false, describe: HELP.force[ui] })
      .example("$0 verify --code 2224 --contract contract.docx --rrs rrs.pdf", HELP.example1[ui])
      .example("$0 verify --code 2223 --contract contract.pdf --json", HELP.example2[ui]) as never,
  run: async (args, io) => {
    if (!args.contract && !args.rrs)
      throw new UsageError(
        "verify needs at least one document: --contract FILE and/or --rrs FILE.",
        ["Example: e7-align verify --code 2224 --contract contract.docx --rrs rrs.pdf"],
        {
          message: "verify에는 문서가 하나 이상 필요합니다: --contract FILE, --rrs FILE 중 하나 또는 둘 다.",
          hints: ["예: e7-align verify --code 2224 --contract contract.docx --rrs rrs.pdf"],
        },
      );
    if (!args.code.trim())
      throw new UsageError("--code is empty.", ["Give the occupation code you are filing, e.g. --code 2224."], {
        message: "--code가 비어 있습니다.",
        hints: ["신청하는 직종코드를 주십시오(예: --code 2224)."],
      });
    const catalog = loadCatalog();
    if (args.edition) checkEdition(catalog, args.edition);
    const { writeReportFile, checkReportTarget } = await import("../verify/write-report-file.js");
    const reportPath = args.report ? path.resolve(io.cwd, args.report) : undefined;
    // Refuse a report path that cannot be written before reading any document.
    if (reportPath) await checkReportTarget(reportPath, args.force);
    const { verifyDocuments } = await import("../verify/verify-documents.js");
    const documents: { role: DocumentRole; source: string }[] = [];
    if (args.contract) documents.push({ role: "contract", source: args.contract });
    if (args.rrs) documents.push({ role: "rrs", source: args.rrs });
    const read = await verifyDocuments(
      catalog,
      {
        code: args.code,
        ...(args.edition ? { edition: args.edition } : {}),
        ...(args.title ? { title: args.title } : {}),
        ...(args.wholeText ? { wholeText: true } : {}),
        documents,
      },
      { cwd: io.cwd },
    );
    // Findings follow --ui or the locale; --json changes language only when --ui is given (as validate does).
    const { localizeFindings, uiLangFrom } = await import("../checks/messages/localize-finding.js");
    const ui = args.json ? (args.ui ?? "en") : uiLangFrom(args.ui);
    const result: VerifyResult = { ...read, findings: localizeFindings(read.findings, ui) };
    if (reportPath) {
      const { formatVerifyMarkdown } = await import("../verify/format-verify-markdown.js");
      await writeReportFile(reportPath, formatVerifyMarkdown(catalog, result, undefined, ui), args.force);
    }
    if (args.json) {
      io.stdout(formatJson(result));
    } else {
      io.stdout(formatText(catalog, result, ui));
      if (args.report) io.stdout(`${fill(TEXT.reportWritten, ui, { file: args.report })}\n`);
    }
    return result.ok ? EXIT.OK : EXIT.FINDINGS;
  },
});
