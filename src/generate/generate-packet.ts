/**
 * The generate pipeline, top to bottom: load and validate the case, run the checks, plan and render the
 * documents, write them (docx, PDF) into a staging folder, read every file back, re-match the duty clauses,
 * cross-check the documents, write the report and manifest, and move the folder into place in one step.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadCase, MAX_CASE_BYTES } from "../case/load-case.js";
import { textIn, textsOf } from "../case/local-text.js";
import { requireValidCase } from "../case/validate-case.js";
import { loadCatalog } from "../catalog/load-catalog.js";
import { packetCaseChecks, packetChecks } from "../checks/packet/index.js";
import { runPacketChecks } from "../checks/packet/run-packet-checks.js";
import type { PacketDocument, PacketFinding } from "../checks/packet/types.js";
import { loadRules } from "../checks/load-rules.js";
import { buildCheckContext, runCheck, runChecks } from "../checks/run-checks.js";
import type { Finding } from "../checks/types.js";
import { E7Error, InputFileError } from "../errors.js";
import { readFileLimited } from "../io/read-file-limited.js";
import { matchDuties } from "../match/match-duties.js";
import type { DocumentLang } from "../model/nodes.js";
import { PACKAGE_ROOT } from "../paths.js";
import { readDocument } from "../readers/read-document.js";
import type { ExtractedText } from "../readers/types.js";
import { planDuties } from "../render/plan-duties.js";
import { renderPacket } from "../render/render-packet.js";
import { loadTemplates } from "../render/templates.js";
import { buildReport } from "../report/build-report.js";
import { formatReportJson, formatReportMarkdown } from "../report/format-report.js";
import type { ConsistencyReport, Manifest, Provenance } from "../report/types.js";
import type { OutputFormat } from "../writers/index.js";
import { readBack } from "./read-back.js";
import { reviewFactsFor } from "./review-facts-for.js";
import { salaryFloorFor } from "./salary-floor-for.js";
import { commitStagingDir, createStagingDir, discardStagingDir, OutputExistsError, pathExists, writeStagedFile } from "./write-packet-dir.js";

export const REPORT_JSON = "consistency-report.json";
export const REPORT_MARKDOWN = "consistency-report.md";
export const MANIFEST = "manifest.json";

export interface GenerateOptions {
  readonly casePath: string;
  readonly outDir: string;
  /** Defaults to the case's filing.languages (both when it lists both or none). */
  readonly lang?: DocumentLang;
  readonly formats?: readonly OutputFormat[];
  readonly force?: boolean;
  readonly allowOutOfScope?: boolean;
  /**
   * Read the written PDFs back in this thread rather than in the isolated reader thread. A batch worker sets it: the
   * files are its own output, the batch bounds each case's time and memory, and a reader thread per worker would
   * cost a core's worth of overlap and ~100 MB each. A single generate keeps the reader thread, which reads one file
   * while this thread draws the next.
   */
  readonly readBackInThread?: boolean;
  /** Called as each step starts, for progress output. */
  readonly onProgress?: (step: string) => void;
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
  const pkg = JSON.parse(await readFile(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { name: string; version: string };
  return {
    tool: { name: pkg.name, version: pkg.version },
    catalog: { version: catalog.catalogVersion, asOf: catalog.asOf, listEdition: catalog.currentEdition },
    rules: { version: rules.rulesVersion, asOf: rules.asOf },
  };
}

/** Runs the whole generate pipeline. Throws E7Error for input problems (exit 2); returns findings otherwise. */
export async function generatePacket(options: GenerateOptions): Promise<GenerateResult> {
  const progress = options.onProgress ?? (() => undefined);
  const formats: readonly OutputFormat[] = options.formats && options.formats.length > 0 ? options.formats : ["docx", "pdf"];
  const outDir = path.resolve(options.outDir);
  if (!options.force && (await pathExists(outDir))) throw new OutputExistsError(options.outDir);

  progress("Validating the case");
  let caseBytes: Uint8Array;
  try {
    caseBytes = await readFileLimited(options.casePath, { maxBytes: MAX_CASE_BYTES, label: "a case file" });
  } catch (error) {
    if (error instanceof E7Error) throw error;
    throw new InputFileError(options.casePath, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, ["Check the path of the case file."]);
  }
  const loaded = loadCase(caseBytes, { path: options.casePath });
  // A language asked for on the command line must be in the case as well as those filing.languages lists.
  const asked = options.lang === undefined ? [] : options.lang === "both" ? (["ko", "en"] as const) : [options.lang];
  const { case: input, occupation } = await requireValidCase(
    { data: loaded.data, ast: loaded.ast, duplicateKeys: loaded.duplicateKeys, notices: loaded.notices, path: options.casePath },
    { languages: asked },
  );
  const catalog = loadCatalog();
  const rules = loadRules();
  const selectedCode = occupation.code ?? occupation.id;

  progress("Running the checks");
  const lang = options.lang ?? langForCase(input.filing.languages);
  const context = buildCheckContext(input, occupation, catalog, rules, lang === "ko" ? "ko" : "en");
  const caseFindings = runChecks(context);
  const scopeFindings = Object.values(packetCaseChecks)
    .flatMap((check) => runCheck(check, context))
    .map((finding) => (options.allowOutOfScope ? { ...finding, severity: "warning" as const } : finding));
  const blocking = [...caseFindings, ...scopeFindings].filter((f) => f.severity === "error");
  if (blocking.length > 0) {
    return { status: "stopped", consistent: false, selectedCode, bestCode: context.match.bestCode, outDir, files: [], findings: blocking };
  }

  progress("Rendering the documents");
  const plan = planDuties(input.position.duties, occupation, context.match);
  const templates = await loadTemplates();
  const packet = renderPacket(templates, { case: input, catalog, occupation, plan, lang, review: reviewFactsFor(input, occupation, rules), ...withFloor(salaryFloorFor(input, occupation, rules)) });

  const staging = await createStagingDir(outDir);
  try {
    const written: { name: string; bytes: Uint8Array; format: OutputFormat; doc: (typeof packet.documents)[number]["doc"] }[] = [];
    // Each file is read back as soon as it is on disk: the PDF reader works in a worker thread, so reading one file
    // overlaps with drawing the next on this thread. The check reads what is on disk, not the bytes in memory.
    const extractions: Promise<ExtractedText>[] = [];
    const { writers } = await import("../writers/index.js");
    for (const format of formats) {
      progress(`Writing ${format.toUpperCase()} files`);
      for (const document of packet.documents) {
        const bytes = await writers[format](document.doc);
        const name = `${document.baseName}.${format}`;
        const file = await writeStagedFile(staging, name, bytes);
        written.push({ name, bytes, format, doc: document.doc });
        const extraction = readFile(file).then((onDisk) => readDocument({ bytes: new Uint8Array(onDisk), name }, { inThread: options.readBackInThread ?? false }));
        // Handled when awaited below; this keeps an early failure from being reported as unhandled meanwhile.
        extraction.catch(() => undefined);
        extractions.push(extraction);
      }
    }

    progress("Reading the files back and re-matching the duties");
    const title = input.position.title.en;
    const extracted = await Promise.all(extractions);
    const documents: PacketDocument[] = written.map((file, i) =>
      readBack({ file: file.name, format: file.format, doc: file.doc, extracted: extracted[i]!, plan, catalog, selectedCode, title }),
    );
    const skills = input.recruitment.specialisedSkills;
    const skillLang = context.matchLang ?? "en";
    const skillsMatch = skills.length > 0 ? matchDuties(catalog, skills.map((skill) => ({ text: textIn(skill, skillLang) ?? textsOf(skill).join(" ") })), { selectedCode, title }) : undefined;
    const allowedOutOfScope = plan.filter((p) => p.status === "out-of-scope").map((p) => p.index);
    const checks = Object.values(packetChecks);
    const findings = runPacketChecks({ case: input, occupation, selectedCode, lang, view: packet.view, plan, documents, allowedOutOfScope, ...(skillsMatch ? { skillsMatch } : {}) }, checks);

    progress("Writing the report");
    const prov = await provenance();
    const caseFile = { file: path.basename(options.casePath), sha256: sha256(caseBytes) };
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
      caseFindings: caseFindings.filter((f) => f.severity !== "error"),
    });
    const reportJson = formatReportJson(report);
    const reportMd = formatReportMarkdown(report);
    await writeStagedFile(staging, REPORT_JSON, reportJson);
    await writeStagedFile(staging, REPORT_MARKDOWN, reportMd);
    const manifest: Manifest = {
      manifestVersion: 1,
      ...prov,
      case: caseFile,
      options: { lang, formats, allowOutOfScope: options.allowOutOfScope ?? false },
      files: [
        ...written.map((file) => ({ name: file.name, bytes: file.bytes.byteLength, sha256: sha256(file.bytes) })),
        ...[
          [REPORT_JSON, reportJson],
          [REPORT_MARKDOWN, reportMd],
        ].map(([name, text]) => ({ name: name!, bytes: Buffer.byteLength(text!), sha256: sha256(text!) })),
      ],
    };
    await writeStagedFile(staging, MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
    progress("Moving the packet into place");
    await commitStagingDir(staging, outDir, options.force ?? false);
    return {
      status: "written",
      consistent: report.consistent,
      selectedCode,
      bestCode: report.bestCode,
      outDir,
      files: [...manifest.files.map((f) => f.name), MANIFEST],
      findings: report.findings,
      report,
    };
  } catch (error) {
    await discardStagingDir(staging);
    throw error;
  }
}

function withFloor<T>(floor: T | undefined): { salaryFloor?: T } {
  return floor === undefined ? {} : { salaryFloor: floor };
}
