/**
 * Verifies documents written elsewhere (a contract, a Recruitment Reason Statement) against a filed occupation code:
 * reads each one, finds its duty section, matches every statement, then runs the verify checks (src/checks/verify/)
 * for what an officer would notice, with what to change.
 */
import { requireOccupation } from "../catalog/resolve-code.js";
import type { Catalog } from "../catalog/types.js";
import { runVerifyChecks } from "../checks/verify/run-verify-checks.js";
import type { VerifyCheckContext, VerifyDocumentContext } from "../checks/verify/types.js";
import { CLEAR_MAJORITY } from "../checks/verify/verify-helpers.js";
import { matchDuties } from "../match/match-duties.js";
import type { DutyInput, Verdict } from "../match/types.js";
import { findDutySection } from "../readers/find-duty-section.js";
import { ownDuties } from "../readers/own-duty-text.js";
import { readDocument, type DocumentBytes } from "../readers/read-document.js";
import type { ExtractedText, ReaderLimits } from "../readers/types.js";
import { findCodeMentions, namesOccupation } from "../readers/find-code-mentions.js";
import { findJobTitle } from "./find-job-title.js";
import type { DocumentRole, VerifiedDocument, VerifiedStatement, VerifyResult } from "./types.js";
import { codeOf } from "../catalog/occupation-lookup.js";

export interface VerifyOptions {
  /** The code as filed, in any list edition. */
  readonly code: string;
  readonly edition?: string;
  /** The job title on the application; when absent, each document's own stated title is used. */
  readonly title?: string;
  /** Score the whole text of a document that has no recognisable duty section (default: score nothing). */
  readonly wholeText?: boolean;
}

/** A document to verify, already read. */
export interface ExtractedDocument {
  readonly role: DocumentRole;
  readonly path: string;
  readonly extracted: ExtractedText;
}

/** Reads the documents (throwing InputFileError for unreadable ones) and verifies them. */
export async function verifyDocuments(
  catalog: Catalog,
  options: VerifyOptions & {
    readonly documents: readonly { readonly role: DocumentRole; readonly source: string | DocumentBytes }[];
  },
  readOptions: { readonly limits?: Partial<ReaderLimits>; readonly cwd?: string } = {},
): Promise<VerifyResult> {
  // The code is checked before any document is read, so a typo fails fast.
  requireOccupation(catalog, options.code, options.edition);
  // Read in parallel (each PDF in its own worker thread), but report the first failure in document order, so the
  // same inputs always give the same error.
  const reads = await Promise.allSettled(
    options.documents.map((document) => readDocument(document.source, readOptions)),
  );
  const failed = reads.find((read): read is PromiseRejectedResult => read.status === "rejected");
  if (failed) throw failed.reason;
  const documents = options.documents.map(
    (document, i): ExtractedDocument => ({
      role: document.role,
      path: typeof document.source === "string" ? document.source : document.source.name,
      extracted: (reads[i] as PromiseFulfilledResult<ExtractedText>).value,
    }),
  );
  return verifyExtracted(catalog, options, documents);
}

const VERDICT_RANK: Readonly<Record<Verdict, number>> = {
  match: 0,
  ambiguous: 1,
  unsupported: 2,
  mismatch: 3,
  excluded: 4,
};

/** Verifies already-read documents; pure and deterministic. */
export function verifyExtracted(
  catalog: Catalog,
  options: VerifyOptions,
  documents: readonly ExtractedDocument[],
): VerifyResult {
  const context = buildVerifyContext(catalog, options, documents);
  const findings = runVerifyChecks(context);
  const ok = context.verdict === "match" && !findings.some((finding) => finding.severity === "error");
  return {
    verdict: context.verdict,
    filedCode: options.code,
    selectedCode: context.selectedCode,
    bestCode: context.combined.bestCode,
    ok,
    documents: context.documents.map((d) => d.verified),
    findings,
  };
}

/** Reads each document's duty section and scores it: everything the verify checks look at. */
export function buildVerifyContext(
  catalog: Catalog,
  options: VerifyOptions,
  documents: readonly ExtractedDocument[],
): VerifyCheckContext {
  const { occupation, resolution } = requireOccupation(catalog, options.code, options.edition);
  const selectedCode = codeOf(occupation);
  const read: VerifyDocumentContext[] = [];
  const sections: DutyInput[] = [];
  for (const document of documents) {
    const found = findDutySection(document.extracted, { fallback: options.wholeText ? "whole-text" : "none" });
    // A packet this tool wrote prints a catalog task sentence before each duty; only the duty is the employer's.
    const section = { ...found, duties: ownDuties(found.duties) };
    // A loop, not push(...): spreading 120,000 duties into arguments overflows the call stack.
    for (const duty of section.duties) sections.push(duty);
    const statedTitle = findJobTitle(document.extracted.paragraphs);
    const title = options.title ?? statedTitle;
    const result = matchDuties(catalog, section.duties, {
      selectedOccupation: occupation,
      ...(title ? { title } : {}),
    });
    const statements = result.statements.map(
      (statement): VerifiedStatement => ({
        index: statement.index,
        ...(section.clauses[statement.index]?.label ? { label: section.clauses[statement.index]!.label! } : {}),
        text: statement.text,
        ...(section.clauses[statement.index]?.share === undefined
          ? {}
          : { share: section.clauses[statement.index]!.share! }),
        bestCode: statement.bestCode,
        score: statement.ranking[0]?.score ?? 0,
        filedScore: statement.ranking.find((entry) => entry.code === selectedCode)?.score ?? 0,
        margin: statement.margin,
        generic: statement.generic,
        verdict: statement.verdict,
        supportsFiledCode: statement.verdict === "match",
        evidence: statement.evidence.filter(
          (evidence) => evidence.code === statement.bestCode || evidence.code === selectedCode,
        ),
      }),
    );
    const pullingElsewhere = statements.filter((s) => !s.generic && s.verdict === "mismatch").map((s) => s.index);
    // The matcher names a majority code even for a near-even split; an officer sees no clear majority there.
    const evenSplit =
      result.split !== undefined &&
      result.split.weights[0] - result.split.weights[1] < CLEAR_MAJORITY &&
      result.split.codes.includes(selectedCode);
    const verdict: Verdict = evenSplit && result.verdict === "match" ? "ambiguous" : result.verdict;
    const rivalCode = evenSplit ? result.split!.codes.find((code) => code !== selectedCode) : result.rival?.code;
    const doc: VerifiedDocument = {
      path: document.path,
      role: document.role,
      kind: document.extracted.kind,
      ...(document.extracted.pages === undefined ? {} : { pages: document.extracted.pages }),
      dutySection: {
        found: section.found,
        ...(section.heading ? { heading: section.heading } : {}),
        ...(section.note ? { note: section.note } : {}),
        ...(section.noteKo ? { noteKo: section.noteKo } : {}),
        wholeText: section.wholeText,
        skipped: section.skipped,
        outside: section.outside,
      },
      ...(statedTitle ? { title: statedTitle } : {}),
      verdict,
      bestCode: result.bestCode,
      confidence: evenSplit ? "low" : result.confidence,
      message:
        evenSplit && result.verdict === "match"
          ? `The duties are split about evenly between ${result.split!.codes.join(" and ")}; no occupation holds a clear majority.`
          : result.message,
      statements,
      pullingElsewhere,
    };
    read.push({
      verified: doc,
      match: result,
      ...(rivalCode === undefined ? {} : { rivalCode }),
      mentions: findCodeMentions(catalog, document.extracted.text),
      namesOccupation: namesOccupation(occupation, document.extracted.text),
      text: document.extracted.text,
    });
  }
  const combined = matchDuties(catalog, sections, {
    selectedOccupation: occupation,
    ...(options.title ? { title: options.title } : {}),
  });
  const verdict = read.reduce<Verdict>(
    (worst, doc) => (VERDICT_RANK[doc.verified.verdict] > VERDICT_RANK[worst] ? doc.verified.verdict : worst),
    "match",
  );
  return {
    catalog,
    occupation,
    selectedCode,
    filedCode: options.code,
    ...(options.edition === undefined ? {} : { edition: options.edition }),
    resolution,
    documents: read,
    combined,
    verdict,
  };
}
