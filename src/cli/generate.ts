/** `e7-align generate CASE --out DIR`: writes the aligned packet, reads it back and reports whether it is consistent. */
import path from "node:path";
import { EXIT, UsageError } from "../errors.js";
import { defineCommand } from "./command.js";
import type { Checklist } from "../checklist/types.js";
import { fill, formatJson, severityIn, type UiText } from "./format.js";
import { localizeFindings } from "../checks/messages/localize-finding.js";
import { type UiLang, uiLangFrom } from "../checks/messages/ui-lang.js";
import { formatDate } from "../case/dates.js";

/** A date in the next steps as the user's language writes it: "2026. 12. 21." in Korean, ISO in English. */
function dateIn(iso: string, ui: UiLang): string {
  return ui === "ko" && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(iso, "ko") : iso;
}

interface GenerateArgs {
  case: string;
  out: string;
  lang?: "en" | "ko" | "both";
  format: string;
  force: boolean;
  allowOutOfScope: boolean;
  json: boolean;
  previous?: string;
  ui?: "ko" | "en";
}

const FORMATS = ["docx", "pdf"] as const;

/** generate's frame lines in both UI languages ({x} is filled in by fill). */
const TEXT = {
  stoppedOne: {
    ko: "아무것도 쓰지 않았습니다: 신청 건 정보 파일에 먼저 고칠 오류가 1건 있습니다.",
    en: "Nothing was written: the case has 1 error to fix first.",
  },
  stoppedMany: {
    ko: "아무것도 쓰지 않았습니다: 신청 건 정보 파일에 먼저 고칠 오류가 {count}건 있습니다.",
    en: "Nothing was written: the case has {count} errors to fix first.",
  },
  readsAs: {
    ko: "작성된 업무는 {selected} 직종이 아니라 {best} 직종으로 읽힙니다.",
    en: "The duties as written read as {best}, not {selected}.",
  },
  wrote: { ko: "{dir}에 파일 {count}개를 썼습니다:", en: "Wrote {count} files to {dir}:" },
  consistent: {
    ko: "일치: 모든 문서에 신청 직종 {selected} 코드가 적혀 있고, 모든 파일에서 다시 읽은 담당업무 조항도 이 직종과 맞습니다(최적 코드 {best}).",
    en: "Consistent: every document names {selected}, and the duty clauses read back from every file match it (best code {best}).",
  },
  notConsistentOne: {
    ko: "불일치(오류 1건): 서류 묶음은 그대로 두고 보고서에 표시했습니다:",
    en: "NOT consistent (1 error); the packet is kept and marked in the report:",
  },
  notConsistentMany: {
    ko: "불일치(오류 {count}건): 서류 묶음은 그대로 두고 보고서에 표시했습니다:",
    en: "NOT consistent ({count} errors); the packet is kept and marked in the report:",
  },
  fixBeforeFiling: { ko: " (신청 전에 고치십시오. 점검표 참고)", en: " (fix before filing; see the checklist)" },
  report: { ko: "보고서: {file}", en: "Report: {file}" },
  nextSteps: { ko: "다음 단계:", en: "Next steps:" },
  readChecklist: {
    ko: "  1. 서류 점검표를 읽으십시오: {sheets} (항목 {count}개; `e7-align checklist CASE`로도 볼 수 있습니다).",
    en: "  1. Read the filing checklist: {sheets} ({count} items; `e7-align checklist CASE` prints it).",
  },
  resolve: { ko: "  2. 신청 전에 해결하십시오: {items}.", en: "  2. Before filing, resolve: {items}." },
  validThrough: { ko: "{date}까지만 유효", en: "valid only through {date}" },
  incomplete: { ko: "아포스티유 또는 영사확인 필요", en: "needs an apostille or consular confirmation" },
  missing: { ko: "없음", en: "missing" },
  gather: {
    ko: "  2. '준비 필요' 항목(신청서, 사진, 서명한 고용계약서)을 갖추십시오.",
    en: "  2. Gather the items marked 'To prepare' (application form, photo, signed contract).",
  },
  sign: {
    ko: "  3. PDF를 출력하십시오. 대표자가 고용계약서, 직무 내용 부속서, 고용사유서{cover}에 서명·날인하고, 신청인이 고용계약서에 서명합니다.",
    en: "  3. Print the PDFs; the representative signs and seals the contract, annex and RRS{cover}; the applicant signs the contract.",
  },
  cover: { ko: ", 재신청 사유서", en: " and the cover letter" },
  coverSupplement: { ko: ", 보완서류 제출 설명서", en: " and the cover letter" },
  file: {
    ko: "  4. {date}까지 신청하십시오. 신청 종류: {route}, 서식: {form}. {where}",
    en: "  4. File by {date}: {route}, using the {form}. {where}",
  },
} as const satisfies Record<string, UiText>;

/** Parses "--format docx,pdf" into a list of known formats. */
export function parseFormats(value: string): ("docx" | "pdf")[] {
  const list = value
    .split(",")
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const unknown = list.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (list.length === 0 || unknown.length > 0)
    throw new UsageError(
      `Unknown --format ${unknown.join(", ") || "(empty)"}.`,
      ["Use --format docx, --format pdf or --format docx,pdf."],
      {
        message: `알 수 없는 --format 값입니다: ${unknown.join(", ") || "(빈 값)"}.`,
        hints: ["--format docx, --format pdf 또는 --format docx,pdf를 쓰십시오."],
      },
    );
  return FORMATS.filter((f) => list.includes(f));
}

/** The few things to do after generate, pointing at the filing checklist. */
export function nextSteps(checklist: Checklist, dir: string, files: readonly string[], ui: UiLang = "en"): string[] {
  const ofFormat = (ext: string): string[] =>
    files.filter((f) => f.startsWith("filing-checklist-") && f.endsWith(ext)).map((f) => path.join(dir, f));
  const sheets = ofFormat(".pdf").length > 0 ? ofFormat(".pdf") : ofFormat(".docx");
  const blocking = checklist.items.filter(
    (i) => i.status === "missing" || i.status === "expired" || i.status === "incomplete",
  );
  const out = [fill(TEXT.nextSteps, ui)];
  out.push(
    fill(TEXT.readChecklist, ui, {
      sheets: sheets.length > 0 ? sheets.join(", ") : path.join(dir, "filing-checklist.json"),
      count: checklist.items.length,
    }),
  );
  const problem = (item: Checklist["items"][number]): string =>
    item.status === "expired"
      ? fill(TEXT.validThrough, ui, { date: item.validThrough ? dateIn(item.validThrough, ui) : "" })
      : fill(item.status === "incomplete" ? TEXT.incomplete : TEXT.missing, ui);
  if (blocking.length > 0)
    out.push(
      fill(TEXT.resolve, ui, {
        items: blocking.map((i) => `${i.name[ui]}${i.title ? ` (${i.title})` : ""}: ${problem(i)}`).join("; "),
      }),
    );
  else out.push(fill(TEXT.gather, ui));
  // The cover letter by the title printed on it.
  const cover = checklist.filingKind === "supplement" ? TEXT.coverSupplement : TEXT.cover;
  out.push(fill(TEXT.sign, ui, { cover: checklist.filingKind === "first" ? "" : fill(cover, ui) }));
  const route = checklist.route;
  out.push(
    fill(TEXT.file, ui, {
      // English keeps the Korean route name beside the English one, as the office's own forms use it.
      route: ui === "ko" ? route.name.ko : `${route.name.en} (${route.name.ko})`,
      form: route.form[ui],
      // A Korean date reads as Korean documents write it ("2027. 1. 4.").
      date: dateIn(checklist.filingDate, ui),
      where: route.where[ui],
    }),
  );
  return out;
}

/** What `--help` says of each option and example, in both UI languages. */
const HELP = {
  case: {
    en: "The case file (JSON)",
    ko: "신청 건 정보 파일(JSON)",
  },
  out: {
    en: "Folder to write the packet into (created; never replaced without --force)",
    ko: "서류 묶음을 쓸 폴더(새로 만들며, --force 없이는 바꾸지 않습니다)",
  },
  lang: {
    en: "Document language; both = each section in Korean, then English (default: the case's filing.languages)",
    ko: "문서 언어. both는 각 부분을 한국어, 그다음 영어로 씁니다(기본값: 신청 건의 filing.languages)",
  },
  format: {
    en: "Formats to write: docx, pdf or docx,pdf",
    ko: "쓸 형식: docx, pdf 또는 docx,pdf",
  },
  force: {
    en: "Replace an existing --out folder that holds a packet e7-align wrote (atomically)",
    ko: "e7-align이 쓴 서류 묶음이 있는 기존 --out 폴더를 한 번에 바꿉니다",
  },
  allowOutOfScope: {
    en: "Keep duties outside the code's scope as written (marked in the report) instead of stopping",
    ko: "코드의 범위를 벗어난 직무에서 멈추지 않고 적힌 그대로 둡니다(보고서에 표시)",
  },
  json: {
    en: "Print the result as JSON",
    ko: "결과를 JSON으로 출력합니다",
  },
  previous: {
    en: "Reapplication: the earlier contract annex (any format verify reads); the redline compares its duties with the new ones",
    ko: "재신청: 이전 고용계약서 직무 내용 부속서(verify가 읽는 형식). 대조표에서 그 직무를 새 직무와 비교합니다",
  },
  example1: {
    en: "Bilingual .docx and PDF packet with its consistency report",
    ko: "한영 .docx와 PDF 서류 묶음, 일치 점검 보고서 포함",
  },
  example2: {
    en: "English PDFs only",
    ko: "영문 PDF만",
  },
} as const satisfies Record<string, UiText>;

export const generateCommand = defineCommand<GenerateArgs>({
  builder: (yargs, ui) =>
    yargs
      .positional("case", { type: "string", describe: HELP.case[ui], demandOption: true })
      .option("out", {
        type: "string",
        describe: HELP.out[ui],
        demandOption: true,
      })
      .option("lang", {
        choices: ["en", "ko", "both"] as const,
        describe: HELP.lang[ui],
      })
      .option("format", { type: "string", default: "docx,pdf", describe: HELP.format[ui] })
      .option("force", {
        type: "boolean",
        default: false,
        describe: HELP.force[ui],
      })
      .option("allow-out-of-scope", {
        type: "boolean",
        default: false,
        describe: HELP.allowOutOfScope[ui],
      })
      .option("json", { type: "boolean", default: false, describe: HELP.json[ui] })
      .option("previous", {
        type: "string",
        describe: HELP.previous[ui],
      })
      .example("$0 generate examples/web-developer/case.json --out packet", HELP.example1[ui])
      .example("$0 generate case.json --out packet --lang en --format pdf", HELP.example2[ui]) as never,
  run: async (args, io) => {
    const formats = parseFormats(args.format);
    const { generatePacket } = await import("../generate/generate-packet.js");
    const progress = io.isTTY && !args.json ? (step: string) => io.stderr(`… ${step}\n`) : undefined;
    // Text output follows --ui or the locale; --json changes language only when --ui is given.
    const ui = args.json ? (args.ui ?? "en") : uiLangFrom(args.ui);
    const result = await generatePacket({
      casePath: path.resolve(io.cwd, args.case),
      outDir: path.resolve(io.cwd, args.out),
      ...(args.lang ? { lang: args.lang } : {}),
      formats,
      force: args.force,
      cwd: io.cwd,
      allowOutOfScope: args.allowOutOfScope,
      // The files are this process's own output: reading them here spares starting a second pdf.js in a thread.
      readBackInThread: true,
      ...(args.previous ? { previousPath: path.resolve(io.cwd, args.previous) } : {}),
      ...(progress ? { onProgress: progress } : {}),
      // Only an explicit --ui changes a file of the packet, so a packet is the same whatever the machine's locale.
      ...(args.ui ? { reportUi: args.ui } : {}),
    }).catch(async (error: unknown) => {
      // A case with errors is told in Korean under --ui ko; every other failure goes to the CLI's error boundary.
      const { CaseInvalidError } = await import("../case/validate-case.js");
      if (ui !== "ko" || !(error instanceof CaseInvalidError)) throw error;
      io.stderr(
        `${[`${severityIn("error", ui)}: ${error.messageKo}`, ...error.hintsKo.map((h) => `  ${h}`)].join("\n")}\n`,
      );
      return undefined;
    });
    if (result === undefined) return EXIT.INPUT;
    // A consistent packet whose supporting documents are not ready to file still exits 1: the checklist says what to fix.
    const code =
      result.status === "written" && result.consistent && result.checklist?.summary.readyToFile !== false
        ? EXIT.OK
        : EXIT.FINDINGS;
    const findings = localizeFindings(result.findings, ui);
    if (args.json) {
      // Errors about supporting documents (the packet is written; the checklist lists them) are findings of this run too.
      const documentErrors = localizeFindings(
        result.report?.caseFindings.filter((f) => f.severity === "error") ?? [],
        ui,
      );
      io.stdout(
        formatJson({
          consistent: result.consistent,
          selectedCode: result.selectedCode,
          bestCode: result.bestCode,
          outDir: result.outDir,
          files: result.files,
          findings: [...findings, ...documentErrors],
        }),
      );
      return code;
    }
    const out: string[] = [];
    if (result.status === "stopped") {
      out.push(fill(findings.length === 1 ? TEXT.stoppedOne : TEXT.stoppedMany, ui, { count: findings.length }));
      for (const f of findings) out.push(`  ${severityIn("error", ui)} ${f.checkId}: ${f.message}`);
      for (const f of localizeFindings(result.caseWarnings ?? [], ui))
        out.push(`  ${severityIn("warning", ui)} ${f.checkId}: ${f.message}`);
      if (result.bestCode !== result.selectedCode)
        out.push(fill(TEXT.readsAs, ui, { best: result.bestCode, selected: result.selectedCode }));
      io.stdout(`${out.join("\n")}\n`);
      return code;
    }
    out.push(fill(TEXT.wrote, ui, { count: result.files.length, dir: path.relative(io.cwd, result.outDir) || "." }));
    for (const file of result.files) out.push(`  ${file}`);
    const errors = findings.filter((f) => f.severity === "error");
    const warnings = findings.filter((f) => f.severity === "warning");
    if (result.consistent) {
      out.push(fill(TEXT.consistent, ui, { selected: result.selectedCode, best: result.bestCode }));
    } else {
      out.push(
        fill(errors.length === 1 ? TEXT.notConsistentOne : TEXT.notConsistentMany, ui, { count: errors.length }),
      );
      for (const f of errors) out.push(`  ${severityIn("error", ui)} ${f.checkId}: ${f.message}`);
    }
    for (const f of warnings) out.push(`  ${severityIn("warning", ui)} ${f.checkId}: ${f.message}`);
    for (const f of localizeFindings(
      result.report?.caseFindings.filter((finding) => finding.severity !== "info") ?? [],
      ui,
    ))
      out.push(
        `  ${severityIn(f.severity, ui)} ${f.checkId}: ${f.message}${f.severity === "error" ? fill(TEXT.fixBeforeFiling, ui) : ""}`,
      );
    const dir = path.relative(io.cwd, result.outDir) || ".";
    out.push(fill(TEXT.report, ui, { file: path.join(dir, "consistency-report.md") }));
    if (result.checklist) out.push(...nextSteps(result.checklist, dir, result.files, ui));
    io.stdout(`${out.join("\n")}\n`);
    return code;
  },
});
