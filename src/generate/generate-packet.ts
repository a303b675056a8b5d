/**
 * The generate pipeline, top to bottom: load and validate the case, run the checks, plan and render the
 * documents, write them (docx, PDF) into a staging folder, read every file back, re-match the duty clauses,
 * cross-check the documents, write the report and manifest, and move the folder into place in one step.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { textIn, textsOf } from "../case/local-text.js";
import { loadCatalog } from "../catalog/load-catalog.js";
import { buildChecklist } from "../checklist/build-checklist.js";
import { renderChecklist } from "../checklist/render-checklist.js";
import type { Checklist } from "../checklist/types.js";
import { packetChecks } from "../checks/packet/index.js";
import { runPacketChecks } from "../checks/packet/run-packet-checks.js";
import type { PacketFinding } from "../checks/packet/types.js";
import { loadRules } from "../checks/load-rules.js";
import { blocksGeneration, checkCase, requireValid, validateCaseFile } from "../checks/validate-case-file.js";
import type { Finding } from "../checks/types.js";
import { InputFileError, UsageError } from "../errors.js";
import { matchDuties } from "../match/match-duties.js";
import { dutyReadings } from "./duty-readings.js";
import { buildRedline, redlineChanges, type RedlineDuty } from "../render/build-redline.js";

import type { DocumentLang } from "../model/nodes.js";
import { PACKAGE_ROOT } from "../paths.js";
import { readDocument } from "../readers/read-document.js";
import { readOwnPdfText } from "../readers/read-own-pdf-text.js";
import type { ExtractedText } from "../readers/types.js";
import { planDuties } from "../render/plan-duties.js";
import { renderPacket } from "../render/render-packet.js";
import { loadTemplates } from "../render/templates.js";
import { buildReport } from "../report/build-report.js";
import { formatReportJson, formatReportMarkdown, type ReportUi } from "../report/format-report.js";
import { localizeFindings } from "../checks/messages/localize-finding.js";
import type { ConsistencyReport, Manifest, Provenance } from "../report/types.js";
import type { OutputFormat } from "../writers/index.js";
import { readBack, type PacketDocument } from "../readers/read-back.js";
import { reviewFactsFor } from "./review-facts-for.js";
import { salaryFloorFor } from "./salary-floor-for.js";
import {
  assertReplaceablePacket,
  commitStagingDir,
  createStagingDir,
  discardStagingDir,
  OutputExistsError,
  pathExists,
  type ReplaceGuard,
  writeStagedFile,
} from "./write-packet-dir.js";
import { codeOf } from "../catalog/occupation-lookup.js";

/** The tracked-changes redline of the duty annex, written for a reapplication that gives the earlier duties. */
export const REDLINE_DOCX = "contract-duty-annex-redline.docx";

export const REPORT_JSON = "consistency-report.json";
export const REPORT_MARKDOWN = "consistency-report.md";
export const MANIFEST = "manifest.json";
export const CHECKLIST_JSON = "filing-checklist.json";

/** File name (without extension) of the filing checklist in one language. */
export const checklistBaseName = (lang: "ko" | "en"): string => `filing-checklist-${lang}`;

export interface GenerateOptions {
  readonly casePath: string;
  readonly outDir: string;
  /** Defaults to the case's filing.languages (both when it lists both or none). */
  readonly lang?: DocumentLang;
  readonly formats?: readonly OutputFormat[];
  readonly force?: boolean;
  /** The caller's working folder, which --force never replaces (nor a folder holding it or the case file). */
  readonly cwd?: string;
  readonly allowOutOfScope?: boolean;
  /** The earlier contract annex of a reapplication; its duties are the "before" of the redline instead of priorApplication.duties. */
  readonly previousPath?: string;
  /**
   * Read the written PDFs back in this thread rather than in the isolated reader thread. A batch worker sets it: the
   * files are its own output, the batch bounds each case's time and memory, and a reader thread per worker would
   * cost a core's worth of overlap and ~100 MB each. The `generate` command sets it too: starting the reader thread
   * and its own pdf.js costs a cold process more than the overlap gains. Without it (the web server, the library
   * default) a reader thread reads one file while this thread draws the next.
   */
  readonly readBackInThread?: boolean;
  /** Called as each step starts, for progress output. */
  readonly onProgress?: (step: string) => void;
  /** Language of consistency-report.md (`--ui ko`); English by default. The JSON report stays English. */
  readonly reportUi?: ReportUi;
}

export interface GenerateResult {
  /** written: the packet folder is in place; stopped: the checks found errors and nothing was written. */
  readonly status: "written" | "stopped";
  readonly consistent: boolean;
  readonly selectedCode: string;
  readonly bestCode: string;
  readonly outDir: string;
  /** Names of the files in the packet folder (empty when stopped). */
  readonly files: readonly string[];
  /** Errors that stopped generation, or the packet findings (then the case warnings). */
  readonly findings: readonly (Finding | PacketFinding)[];
  readonly report?: ConsistencyReport;
  /** Warnings of the case checks (e.g. a code the manual prints two ways), also when stopped. */
  readonly caseWarnings?: readonly Finding[];
  /** The filing checklist written into the packet (absent when stopped). */
  readonly checklist?: Checklist;
}

const sha256 = (bytes: Uint8Array | string): string => createHash("sha256").update(bytes).digest("hex");

/** The document language from the case when the caller gives none. */
export function langForCase(languages: readonly ("en" | "ko")[] | undefined): DocumentLang {
  const set = new Set(languages ?? []);
  return set.size === 1 ? [...set][0]! : "both";
}

async function provenance(): Promise<Provenance> {
  const catalog = loadCatalog();
  const rules = loadRules();
  const pkg = JSON.parse(await readFile(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as {
    name: string;
    version: string;
  };
  return {
    tool: { name: pkg.name, version: pkg.version },
    catalog: { version: catalog.catalogVersion, asOf: catalog.asOf, listEdition: catalog.currentEdition },
    rules: { version: rules.rulesVersion, asOf: rules.asOf },
  };
}

/** Runs the whole generate pipeline. Throws E7Error for input problems (exit 2); returns findings otherwise. */
export async function generatePacket(options: GenerateOptions): Promise<GenerateResult> {
  const progress = options.onProgress ?? (() => undefined);
  const formats: readonly OutputFormat[] =
    options.formats && options.formats.length > 0 ? options.formats : ["docx", "pdf"];
  const outDir = path.resolve(options.outDir);
  const guard: ReplaceGuard = {
    protect: [options.casePath],
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  };
  if (await pathExists(outDir)) {
    if (!options.force) throw new OutputExistsError(options.outDir);
    // Checked before any work, so a refusal costs nothing, and again just before the folder is replaced.
    await assertReplaceablePacket(options.outDir, guard);
  }

  progress("Validating the case");
  // With PDF output, text the PDF fonts cannot draw is refused here, naming the field, instead of by the writer.
  // A language asked for on the command line must be in the case as well as those filing.languages lists.
  const asked = options.lang === undefined ? [] : options.lang === "both" ? (["ko", "en"] as const) : [options.lang];
  const validated = await validateCaseFile(
    { file: options.casePath },
    { glyphs: formats.includes("pdf"), languages: asked },
  );
  const { case: input, occupation } = requireValid(validated);
  const catalog = validated.catalog;
  const rules = loadRules();
  const selectedCode = codeOf(occupation);

  const previousDuties =
    options.previousPath === undefined ? undefined : await readPreviousDuties(options.previousPath, input.filing.kind);

  progress("Running the checks");
  const lang = options.lang ?? langForCase(input.filing.languages);
  const { context, caseFindings, scopeFindings } = checkCase(input, occupation, catalog, {
    rules,
    prefer: lang === "ko" ? "ko" : "en",
    allowOutOfScope: options.allowOutOfScope ?? false,
  });
  const blocking = [...caseFindings, ...scopeFindings].filter(blocksGeneration);
  if (blocking.length > 0) {
    const caseWarnings = caseFindings.filter((f) => f.severity === "warning");
    return {
      status: "stopped",
      consistent: false,
      selectedCode,
      bestCode: context.match.bestCode,
      outDir,
      files: [],
      findings: blocking,
      caseWarnings,
    };
  }

  progress("Rendering the documents");
  // Planned from every language the duties are written in and from their clauses as printed, as packet-duties-in-scope judged them.
  const plan = planDuties(input.position.duties, occupation, context.match, [
    ...Object.values(context.matches ?? {}),
    ...(context.clauseReadings ?? []),
  ]);
  const templates = await loadTemplates();
  const packet = renderPacket(templates, {
    case: input,
    catalog,
    occupation,
    plan,
    lang,
    review: reviewFactsFor(input, occupation, rules),
    ...withFloor(salaryFloorFor(input, occupation, rules)),
    ...withReadings(dutyReadings(input, catalog)),
  });
  const checklist = buildChecklist({
    case: input,
    occupation,
    rules,
    findings: [...caseFindings, ...scopeFindings],
    inPacket: true,
  });
  const checklistDocs = (lang === "both" ? (["ko", "en"] as const) : [lang]).map((l) => ({
    baseName: checklistBaseName(l),
    doc: renderChecklist(checklist, l),
  }));

  const staging = await createStagingDir(outDir);
  try {
    const written: {
      name: string;
      bytes: Uint8Array;
      format: OutputFormat;
      doc: (typeof packet.documents)[number]["doc"];
    }[] = [];
    // Each file is read back as soon as it is on disk: the PDF reader works in a worker thread, so reading one file
    // overlaps with drawing the next on this thread. The check reads what is on disk, not the bytes in memory.
    const extractions: Promise<ExtractedText>[] = [];
    const extras: { name: string; bytes: Uint8Array }[] = [];
    const { writers } = await import("../writers/index.js");
    for (const format of formats) {
      progress(`Writing ${format.toUpperCase()} files`);
      for (const document of packet.documents) {
        const bytes = await writers[format](document.doc);
        const name = `${document.baseName}.${format}`;
        const file = await writeStagedFile(staging, name, bytes);
        written.push({ name, bytes, format, doc: document.doc });
        // Its own PDFs are read without pdf.js (read-own-pdf-text.ts), which gives pdf.js's text at a fraction of
        // the cost; any file that reader does not recognise goes to pdf.js.
        const extraction = readFile(file).then(async (onDisk) => {
          const bytes = new Uint8Array(onDisk);
          const own = format === "pdf" ? readOwnPdfText(bytes, name) : undefined;
          return own ?? readDocument({ bytes, name }, { inThread: options.readBackInThread ?? false });
        });
        // Handled when awaited below; this keeps an early failure from being reported as unhandled meanwhile.
        extraction.catch(() => undefined);
        extractions.push(extraction);
      }
      // The checklist is for the filer, not the office: it is written beside the documents but not read back as one of them.
      for (const document of checklistDocs) {
        const bytes = await writers[format](document.doc);
        const name = `${document.baseName}.${format}`;
        await writeStagedFile(staging, name, bytes);
        extras.push({ name, bytes });
      }
    }
    // The redline shows the office what changed in the annex since the earlier filing; it is not one of the filed documents read back.
    const before = previousDuties ?? (input.filing.kind !== "first" ? input.priorApplication?.duties : undefined);
    const redline = before
      ? buildRedline({
          before,
          after: input.position.duties,
          langs: lang === "both" ? ["ko", "en"] : [lang],
          author: input.employer.nameKo,
          date: input.filing.documentDate,
        })
      : undefined;
    if (redline) {
      const { writeRedlineDocx } = await import("../writers/docx.js");
      const bytes = await writeRedlineDocx(redline);
      await writeStagedFile(staging, REDLINE_DOCX, bytes);
      extras.push({ name: REDLINE_DOCX, bytes });
    }
    const checklistJson = `${JSON.stringify(checklist, null, 2)}\n`;
    await writeStagedFile(staging, CHECKLIST_JSON, checklistJson);
    extras.push({ name: CHECKLIST_JSON, bytes: new TextEncoder().encode(checklistJson) });

    progress("Reading the files back and re-matching the duties");
    const title = input.position.title.en;
    const extracted = await Promise.all(extractions);
    const documents: PacketDocument[] = written.map((file, i) =>
      readBack({
        file: file.name,
        format: file.format,
        doc: file.doc,
        extracted: extracted[i]!,
        plan,
        catalog,
        selectedCode,
        selectedOccupation: occupation,
        title,
      }),
    );
    const skills = input.recruitment.specialisedSkills;
    const skillLang = context.matchLang ?? "en";
    const skillsMatch =
      skills.length > 0
        ? matchDuties(
            catalog,
            skills.map((skill) => ({ text: textIn(skill, skillLang) ?? textsOf(skill).join(" ") })),
            { selectedOccupation: occupation, title },
          )
        : undefined;
    const allowedOutOfScope = plan.filter((p) => p.status === "out-of-scope").map((p) => p.index);
    const checks = Object.values(packetChecks);
    const findings = runPacketChecks(
      {
        case: input,
        occupation,
        selectedCode,
        lang,
        view: packet.view,
        plan,
        documents,
        allowedOutOfScope,
        ...(skillsMatch ? { skillsMatch } : {}),
      },
      checks,
    );

    progress("Writing the report");
    const prov = await provenance();
    const caseFile = { file: path.basename(options.casePath), sha256: sha256(validated.bytes) };
    const report = buildReport({
      provenance: prov,
      caseFile,
      case: input,
      occupation,
      lang,
      formats,
      plan,
      documents,
      checks,
      findings: [...scopeFindings, ...findings],
      caseFindings: caseFindings.filter((f) => !blocksGeneration(f)),
      ...(redline ? { redline: redlineChanges(redline).map((change) => ({ file: REDLINE_DOCX, ...change })) } : {}),
    });
    const reportJson = formatReportJson(report);
    const reportUi = options.reportUi ?? "en";
    const reportMd = formatReportMarkdown(
      reportUi === "en"
        ? report
        : {
            ...report,
            findings: localizeFindings(report.findings, reportUi),
            caseFindings: localizeFindings(report.caseFindings, reportUi),
          },
      reportUi,
    );
    await writeStagedFile(staging, REPORT_JSON, reportJson);
    await writeStagedFile(staging, REPORT_MARKDOWN, reportMd);
    const manifest: Manifest = {
      manifestVersion: 1,
      ...prov,
      case: caseFile,
      options: { lang, formats, allowOutOfScope: options.allowOutOfScope ?? false },
      files: [
        ...written.map((file) => ({ name: file.name, bytes: file.bytes.byteLength, sha256: sha256(file.bytes) })),
        ...extras.map((file) => ({ name: file.name, bytes: file.bytes.byteLength, sha256: sha256(file.bytes) })),
        ...[
          [REPORT_JSON, reportJson],
          [REPORT_MARKDOWN, reportMd],
        ].map(([name, text]) => ({ name: name!, bytes: Buffer.byteLength(text!), sha256: sha256(text!) })),
      ],
    };
    await writeStagedFile(staging, MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
    progress("Moving the packet into place");
    await commitStagingDir(staging, outDir, options.force ?? false, guard);
    return {
      status: "written",
      consistent: report.consistent,
      selectedCode,
      bestCode: report.bestCode,
      outDir,
      files: [...manifest.files.map((f) => f.name), MANIFEST],
      findings: report.findings,
      report,
      checklist,
    };
  } catch (error) {
    await discardStagingDir(staging);
    throw error;
  }
}

function withFloor<T>(floor: T | undefined): { salaryFloor?: T } {
  return floor === undefined ? {} : { salaryFloor: floor };
}

function withReadings<T>(readings: T | undefined): { readings?: T } {
  return readings === undefined ? {} : { readings };
}

/**
 * The duties of the earlier annex given with --previous, read as verify reads a document. Korean and English
 * statements are told apart by script and paired by position, so a bilingual annex gives a redline in each language.
 */
async function readPreviousDuties(file: string, kind: string): Promise<RedlineDuty[]> {
  if (kind === "first")
    throw new UsageError(
      "--previous is for a reapplication or a supplement: this case is a first application.",
      ['Set filing.kind to "reapplication" or "supplement", or leave out --previous.'],
      {
        message: "--previous는 재신청이나 보완 신청에만 씁니다. 이 신청 건은 첫 신청입니다.",
        hints: ['filing.kind를 "reapplication"이나 "supplement"로 바꾸거나, --previous를 빼십시오.'],
      },
    );
  const { readDocument } = await import("../readers/read-document.js");
  const { findDutySection } = await import("../readers/find-duty-section.js");
  const section = findDutySection(await readDocument(file), { fallback: "none" });
  if (!section.found || section.duties.length === 0)
    throw new InputFileError(
      file,
      "no duty section found in the earlier annex.",
      ["Give the earlier contract annex or contract (.docx, .pdf, .hwpx or .txt) with its duty list."],
      undefined,
      {
        message: "이전 직무 내용 부속서에서 직무 부분을 찾지 못했습니다.",
        hints: [
          "직무 목록이 있는 이전 고용계약서 직무 내용 부속서나 고용계약서(.docx, .pdf, .hwpx 또는 .txt)를 지정하십시오.",
        ],
      },
    );
  const hangul = /[\uac00-\ud7a3]/u;
  const ko = section.duties.filter((d) => hangul.test(d.text));
  const en = section.duties.filter((d) => !hangul.test(d.text));
  if (ko.length > 0 && en.length > 0 && ko.length === en.length)
    return ko.map((d, i) => ({
      text: { ko: d.text, en: en[i]!.text },
      ...(d.share === undefined ? {} : { share: d.share }),
    }));
  const one = ko.length >= en.length ? ko : en;
  return one.map((d) => ({
    text: hangul.test(d.text) ? { ko: d.text } : { en: d.text },
    ...(d.share === undefined ? {} : { share: d.share }),
  }));
}
