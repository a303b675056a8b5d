/**
 * Verifies documents written elsewhere (a contract, a Recruitment Reason Statement) against a filed occupation code:
 * reads each one, finds its duty section, matches every statement, and reports per statement, per document and
 * across documents what an officer would notice, with what to change.
 */
import { occupationLabel, requireOccupation, resolveCode } from "../catalog/resolve-code.js";
import type { Catalog, Occupation } from "../catalog/types.js";
import { matchDuties } from "../match/match-duties.js";
import type { DutyInput, MatchResult, Verdict } from "../match/types.js";
import { findDutySection } from "../readers/find-duty-section.js";
import { ownDuties } from "../readers/own-duty-text.js";
import { readDocument, type DocumentBytes } from "../readers/read-document.js";
import type { ExtractedText, ReaderLimits } from "../readers/types.js";
import { tokenize } from "../text/tokenize.js";
import { findCodeMentions, namesOccupation } from "./find-code-mentions.js";
import { findJobTitle } from "./find-job-title.js";
import type { DocumentRole, VerifiedDocument, VerifiedStatement, VerifyFinding, VerifyResult } from "./types.js";
import { codeOf, findOccupation, labelOf, questionBetween } from "../catalog/occupation-lookup.js";

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
  options: VerifyOptions & { readonly documents: readonly { readonly role: DocumentRole; readonly source: string | DocumentBytes }[] },
  readOptions: { readonly limits?: Partial<ReaderLimits>; readonly cwd?: string } = {},
): Promise<VerifyResult> {
  // The code is checked before any document is read, so a typo fails fast.
  requireOccupation(catalog, options.code, options.edition);
  // Read in parallel (each PDF in its own worker thread), but report the first failure in document order, so the
  // same inputs always give the same error.
  const reads = await Promise.allSettled(options.documents.map((document) => readDocument(document.source, readOptions)));
  const failed = reads.find((read): read is PromiseRejectedResult => read.status === "rejected");
  if (failed) throw failed.reason;
  const documents = options.documents.map((document, i): ExtractedDocument => ({
    role: document.role,
    path: typeof document.source === "string" ? document.source : document.source.name,
    extracted: (reads[i] as PromiseFulfilledResult<ExtractedText>).value,
  }));
  return verifyExtracted(catalog, options, documents);
}

/** Lead (in share of the weight) the larger of two split codes needs to count as a clear majority. */
const CLEAR_MAJORITY = 0.2;

const VERDICT_RANK: Readonly<Record<Verdict, number>> = { match: 0, ambiguous: 1, unsupported: 2, mismatch: 3, excluded: 4 };

const ROLE_NAME: Readonly<Record<DocumentRole, string>> = { contract: "contract", rrs: "Recruitment Reason Statement" };

/** Verifies already-read documents; pure and deterministic. */
export function verifyExtracted(catalog: Catalog, options: VerifyOptions, documents: readonly ExtractedDocument[]): VerifyResult {
  const { occupation } = requireOccupation(catalog, options.code, options.edition);
  const selectedCode = codeOf(occupation);
  const findings: VerifyFinding[] = [...filedCodeFindings(catalog, options, occupation)];
  const verified: VerifiedDocument[] = [];
  const sections: DutyInput[] = [];
  for (const document of documents) {
    const found = findDutySection(document.extracted, { fallback: options.wholeText ? "whole-text" : "none" });
    // A packet this tool wrote prints a catalog task sentence before each duty; only the duty is the employer's.
    const section = { ...found, duties: ownDuties(found.duties) };
    // A loop, not push(...): spreading 120,000 duties into arguments overflows the call stack.
    for (const duty of section.duties) sections.push(duty);
    const statedTitle = findJobTitle(document.extracted.paragraphs);
    const title = options.title ?? statedTitle;
    const result = matchDuties(catalog, section.duties, { selectedOccupation: occupation, ...(title ? { title } : {}) });
    const statements = result.statements.map((statement): VerifiedStatement => ({
      index: statement.index,
      ...(section.clauses[statement.index]?.label ? { label: section.clauses[statement.index]!.label! } : {}),
      text: statement.text,
      ...(section.clauses[statement.index]?.share === undefined ? {} : { share: section.clauses[statement.index]!.share! }),
      bestCode: statement.bestCode,
      score: statement.ranking[0]?.score ?? 0,
      filedScore: statement.ranking.find((entry) => entry.code === selectedCode)?.score ?? 0,
      margin: statement.margin,
      generic: statement.generic,
      verdict: statement.verdict,
      supportsFiledCode: statement.verdict === "match",
      evidence: statement.evidence.filter((evidence) => evidence.code === statement.bestCode || evidence.code === selectedCode),
    }));
    const pullingElsewhere = statements.filter((s) => !s.generic && s.verdict === "mismatch").map((s) => s.index);
    // The matcher names a majority code even for a near-even split; an officer sees no clear majority there.
    const evenSplit = result.split !== undefined && result.split.weights[0] - result.split.weights[1] < CLEAR_MAJORITY && result.split.codes.includes(selectedCode);
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
        wholeText: section.wholeText,
        skipped: section.skipped,
        outside: section.outside,
      },
      ...(statedTitle ? { title: statedTitle } : {}),
      verdict,
      bestCode: result.bestCode,
      confidence: evenSplit ? "low" : result.confidence,
      message: evenSplit && result.verdict === "match" ? `The duties are split about evenly between ${result.split!.codes.join(" and ")}; no occupation holds a clear majority.` : result.message,
      statements,
      pullingElsewhere,
    };
    verified.push(doc);
    findings.push(...documentFindings(catalog, occupation, doc, result, rivalCode));
    findings.push(...citationFindings(catalog, occupation, document));
  }
  findings.push(...crossDocumentFindings(catalog, verified));
  const combined = matchDuties(catalog, sections, { selectedOccupation: occupation, ...(options.title ? { title: options.title } : {}) });
  const verdict = verified.reduce<Verdict>((worst, doc) => (VERDICT_RANK[doc.verdict] > VERDICT_RANK[worst] ? doc.verdict : worst), "match");
  if (combined.bestCode !== selectedCode && verdict !== "match" && combined.verdict !== "unsupported") {
    const best = findOccupation(catalog, combined.bestCode);
    findings.push({
      id: "documents-support-other-code",
      severity: "error",
      message: `Taken together, the documents support ${labelOf(catalog, combined.bestCode)}, not the filed ${occupationLabel(occupation)}.`,
      fix:
        `Either rewrite the duty clauses listed above toward ${selectedCode}'s scope, or, if they describe the real job, file under ${combined.bestCode}` +
        (best?.stricterReview.applies ? ` (note: ${combined.bestCode} is under stricter review: ${best.stricterReview.summary})` : "") +
        `. Compare the two: e7-align codes show ${combined.bestCode}`,
      codes: [selectedCode, combined.bestCode],
    });
  }
  const ok = verdict === "match" && !findings.some((finding) => finding.severity === "error");
  return { verdict, filedCode: options.code, selectedCode, bestCode: combined.bestCode, ok, documents: verified, findings };
}





/** Findings about the filed code itself: a former-edition number, a number read in one of several editions, stricter review. */
function filedCodeFindings(catalog: Catalog, options: VerifyOptions, occupation: Occupation): VerifyFinding[] {
  const findings: VerifyFinding[] = [];
  const resolution = resolveCode(catalog, options.code, options.edition);
  const current = codeOf(occupation);
  if (resolution.kind === "found" && !resolution.isCurrentEdition && resolution.code !== current) {
    findings.push({
      id: "former-edition-code",
      severity: "error",
      message: `${resolution.code} is the ${resolution.edition} number of ${occupation.nameEn} (${occupation.nameKo}); the current list (${catalog.currentEdition}) numbers it ${current}.`,
      fix: `File under ${current}, and write ${current} wherever the documents cite the code.`,
      codes: [current],
    });
  }
  if (resolution.kind === "ambiguous" && options.edition === undefined) {
    findings.push({
      id: "code-read-in-current-edition",
      severity: "info",
      message: `${resolution.code} means different occupations in different list editions (${resolution.readings.map((r) => `${r.edition}: ${r.occupation.nameEn}`).join("; ")}); it was read in the current list (${catalog.currentEdition}).`,
      fix: "If you meant an older list's meaning, pass --edition.",
      codes: [current],
    });
  }
  if ((resolution.kind === "found" || resolution.kind === "ambiguous") && resolution.misuse) {
    findings.push({
      id: "commonly-misused-code",
      severity: "info",
      message: `${resolution.code} is often filed for ${resolution.misuse.usedFor}, which is ${resolution.misuse.correctCode}. ${resolution.misuse.note}`,
      codes: [current, resolution.misuse.correctCode],
    });
  }
  if (occupation.stricterReview.applies) {
    findings.push({
      id: "stricter-review",
      severity: "warning",
      message: `${occupationLabel(occupation)} is under stricter domestic-employment review: ${occupation.stricterReview.summary}`,
      fix: "Make every duty clause concrete and specific to this occupation, and prepare the employer documents the review asks for.",
      codes: [current],
    });
  }
  return findings;
}

/**
 * The filed occupation's tasks closest to some statements, in the statements' language: the wording to rewrite
 * toward. Tasks the matcher already cited as evidence for the filed code come first (the nearest legitimate work),
 * then tasks sharing the most terms with the statements, then the catalog's order (core tasks first). The language
 * (English or Korean) follows `languageOf`.
 */
export function tasksToward(
  occupation: Occupation,
  statements: readonly VerifiedStatement[] | readonly string[],
  count = 3,
  languageOf: readonly VerifiedStatement[] | readonly string[] = statements,
): string[] {
  const texts = statements.map((s) => (typeof s === "string" ? s : s.text));
  const languageTexts = languageOf.map((s) => (typeof s === "string" ? s : s.text));
  const cited = new Map<number, number>();
  for (const statement of statements) {
    if (typeof statement === "string") continue;
    for (const evidence of statement.evidence) {
      if (evidence.code !== codeOf(occupation) || evidence.source !== "task") continue;
      const at = occupation.tasks.findIndex((task) => task.en === evidence.against || task.ko === evidence.against);
      if (at >= 0) cited.set(at, (cited.get(at) ?? 0) + 1);
    }
  }
  const terms = new Set(texts.flatMap((text) => {
    const { words, bigrams } = tokenize(text);
    return [...words, ...bigrams];
  }));
  const korean = languageTexts.join("").match(/[\uAC00-\uD7A3]/g)?.length ?? 0;
  const latin = languageTexts.join("").match(/[A-Za-z]/g)?.length ?? 0;
  const language = korean * 2 > latin ? "ko" : "en";
  const scored = occupation.tasks.map((task, index) => {
    const { words, bigrams } = tokenize(`${task.en} ${task.ko}`);
    const overlap = new Set([...words, ...bigrams].filter((term) => terms.has(term))).size;
    return { task, index, cited: cited.get(index) ?? 0, overlap };
  });
  scored.sort((a, b) => b.cited - a.cited || b.overlap - a.overlap || a.index - b.index);
  return scored.slice(0, count).map((entry) => entry.task[language]);
}

function quoteList(items: readonly string[]): string {
  return items.map((item) => `"${item}"`).join("; ");
}

function clauseList(indexes: readonly number[]): string {
  return indexes.map((i) => i + 1).join(", ");
}

function short(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Findings about one document's duties: its verdict, generic clauses, split duties, the title trap, a missing duty section. */
function documentFindings(catalog: Catalog, occupation: Occupation, doc: VerifiedDocument, result: MatchResult, rivalCode: string | undefined): VerifyFinding[] {
  const findings: VerifyFinding[] = [];
  const selectedCode = codeOf(occupation);
  const role = ROLE_NAME[doc.role];
  if (!doc.dutySection.found && doc.dutySection.note) {
    // Nothing scored is an error, not a pass: the document's duties were not read at all.
    findings.push({
      id: "no-duty-section",
      severity: doc.dutySection.wholeText ? "warning" : "error",
      document: doc.path,
      message: doc.dutySection.note,
      fix: doc.dutySection.wholeText
        ? 'Put the duties under a heading such as "Duties" / "담당업무", one numbered clause per duty.'
        : 'Put the duties under a heading such as "Duties" / "담당업무", one numbered clause per duty; or run again with --whole-text to score every paragraph.',
    });
  }
  const pulling = doc.statements.filter((s) => doc.pullingElsewhere.includes(s.index));
  if (doc.verdict === "mismatch" || doc.verdict === "ambiguous") {
    const specific = doc.statements.filter((s) => !s.generic);
    const pullTexts = pulling.length > 0 ? pulling : specific;
    const elsewhere = [...new Set(pulling.map((s) => s.bestCode))];
    // When most clauses describe another occupation, the contrast with the filed code's core tasks helps most;
    // when a few clauses stray, the filed code's tasks nearest to those clauses do.
    const wholesale = pulling.length * 2 >= specific.length;
    const toward = wholesale ? tasksToward(occupation, [], 3, pullTexts) : tasksToward(occupation, pullTexts);
    const question = rivalCode === undefined ? undefined : questionBetween(catalog, selectedCode, rivalCode);
    const clauses = pulling.length > 0 ? `clause${pulling.length > 1 ? "s" : ""} ${clauseList(doc.pullingElsewhere)}` : "the duty clauses";
    findings.push({
      id: doc.verdict === "mismatch" ? "document-mismatch" : "document-ambiguous",
      severity: doc.verdict === "mismatch" ? "error" : "warning",
      document: doc.path,
      message:
        doc.verdict === "mismatch"
          ? `The ${role}'s duties point to ${labelOf(catalog, doc.bestCode)}, not to the filed ${occupationLabel(occupation)}` +
            (pulling.length > 0 ? `; clause${pulling.length > 1 ? "s" : ""} ${clauseList(doc.pullingElsewhere)} pull${pulling.length > 1 ? "" : "s"} toward ${elsewhere.join(", ")}.` : ".")
          : `The ${role}'s duties fit the filed ${selectedCode} and ${rivalCode === undefined ? "another occupation" : labelOf(catalog, rivalCode)} about equally.` + (question ? ` The officer will ask: ${question.en}` : ""),
      fix:
        doc.verdict === "mismatch" && wholesale && doc.bestCode !== selectedCode
          ? `If ${clauses} describe the real job, file under ${doc.bestCode} (see: e7-align codes show ${doc.bestCode}). If the job really is ${selectedCode} work, rewrite them to say so, e.g. ${quoteList(toward)}.`
          : `Rewrite ${clauses} toward ${selectedCode}'s scope (${occupation.nameEn}), e.g. ${quoteList(toward)}` +
            (doc.verdict === "mismatch" && doc.bestCode !== selectedCode ? `; or, if they describe the real job, file under ${doc.bestCode}.` : "."),
      statements: pulling.map((s) => s.index),
      codes: [selectedCode, ...elsewhere.filter((code) => code !== selectedCode), ...(rivalCode !== undefined && !elsewhere.includes(rivalCode) ? [rivalCode] : [])],
    });
  }
  if (doc.verdict === "excluded" && result.exclusion) {
    const exclusion = result.exclusion;
    findings.push({
      id: "document-excluded-role",
      severity: "error",
      document: doc.path,
      message: `The ${role}'s duties read as "${exclusion.role.en}", which the catalog excludes from the filed ${occupationLabel(occupation)}: ${exclusion.reason}`,
      fix: exclusion.useCode
        ? `If that is the real job, file under ${exclusion.useCode} (see: e7-align codes show ${exclusion.useCode}); if the job really is ${selectedCode} work, rewrite the duties to show it, e.g. ${quoteList(tasksToward(occupation, [], 3))}.`
        : `The catalog gives no E-7 code for that role. If the job really is ${selectedCode} work, rewrite the duties to show it, e.g. ${quoteList(tasksToward(occupation, [], 3))}.`,
      statements: [...exclusion.statements],
      codes: [selectedCode, ...(exclusion.useCode ? [exclusion.useCode] : [])],
    });
  }
  if (doc.verdict === "match" && pulling.length > 0) {
    const elsewhere = [...new Set(pulling.map((s) => s.bestCode))];
    findings.push({
      id: "clause-points-elsewhere",
      severity: "warning",
      document: doc.path,
      message: `The ${role} fits the filed ${selectedCode} overall, but clause${pulling.length > 1 ? "s" : ""} ${clauseList(doc.pullingElsewhere)} (${quoteList(pulling.map((s) => short(s.text)))}) point${pulling.length > 1 ? "" : "s"} to ${elsewhere.map((code) => labelOf(catalog, code)).join(", ")}.`,
      fix: `Officers question duties outside the filed occupation: rewrite ${pulling.length > 1 ? "them" : "it"} toward ${selectedCode}'s scope, e.g. ${quoteList(tasksToward(occupation, pulling, 2))}, or drop ${pulling.length > 1 ? "them" : "it"}.`,
      statements: pulling.map((s) => s.index),
      codes: [selectedCode, ...elsewhere],
    });
  }
  // With nothing read, "no-duty-section" above says why; "no specific statement" would blame the wording.
  if (doc.verdict === "unsupported" && doc.statements.length > 0) {
    findings.push({
      id: "document-unsupported",
      severity: "error",
      document: doc.path,
      message: `The ${role} has no duty statement specific enough to show any occupation.`,
      fix: `Describe the concrete tasks, tools and outputs of the job, e.g. ${quoteList(tasksToward(occupation, []))}.`,
      codes: [selectedCode],
    });
  }
  const generic = doc.statements.filter((s) => s.generic);
  if (generic.length > 0 && doc.verdict !== "unsupported") {
    findings.push({
      id: "generic-clause",
      severity: "warning",
      document: doc.path,
      message: `${generic.length === 1 ? "Clause" : "Clauses"} ${clauseList(generic.map((s) => s.index))} (${quoteList(generic.map((s) => short(s.text)))}) ${generic.length === 1 ? "is" : "are"} too generic to count for any occupation; officers read catch-all clauses as room for other work.`,
      fix: `Delete ${generic.length === 1 ? "it" : "them"} or replace ${generic.length === 1 ? "it" : "them"} with a concrete ${selectedCode} task, e.g. ${quoteList(tasksToward(occupation, generic, 2))}.`,
      statements: generic.map((s) => s.index),
    });
  }
  if (result.split) {
    const [a, b] = result.split.codes;
    const [wa, wb] = result.split.weights;
    const clear = wa - wb >= CLEAR_MAJORITY;
    findings.push({
      id: "split-duties",
      severity: clear ? "info" : "warning",
      document: doc.path,
      message: `The ${role}'s duties are split between ${labelOf(catalog, a)} (${Math.round(wa * 100)}%) and ${labelOf(catalog, b)} (${Math.round(wb * 100)}%)${clear ? "" : " without a clear majority"}.`,
      fix: `An E-7 visa is issued for one occupation: make ${selectedCode}'s duties the clear majority of the working time (state shares such as "(60%)"), and drop or reduce the rest.`,
      codes: [a, b],
    });
  }
  if (result.titleTrap) {
    const { title, titleCode, dutiesCode } = result.titleTrap;
    const titleFitsFiled = titleCode === selectedCode;
    findings.push({
      id: "title-trap",
      severity: "warning",
      document: doc.path,
      message: titleFitsFiled
        ? `The title "${title}" fits the filed ${selectedCode}, but the duties point to ${labelOf(catalog, dutiesCode)}; officers decide by the duties, so the title does not carry the filing.`
        : `The title "${title}" points to ${labelOf(catalog, titleCode)}, while the duties point to ${labelOf(catalog, dutiesCode)}.`,
      fix: titleFitsFiled
        ? `Make the duties describe ${selectedCode} work (see the clauses above), or file under the code the duties support.`
        : `A title pointing elsewhere invites questions: use the filed occupation's title, e.g. "${occupation.nameEn}" / "${occupation.nameKo}".`,
      codes: [titleCode, dutiesCode],
    });
  }
  return findings;
}

/** Findings about the codes and occupation names a document cites (the RRS must name the filed code and title). */
function citationFindings(catalog: Catalog, occupation: Occupation, document: ExtractedDocument): VerifyFinding[] {
  const findings: VerifyFinding[] = [];
  const selectedCode = codeOf(occupation);
  const role = ROLE_NAME[document.role];
  const mentions = findCodeMentions(catalog, document.extracted.text);
  const namesFiled = (mention: (typeof mentions)[number]): boolean => mention.readings.some((r) => r.occupationId === occupation.id && r.edition === catalog.currentEdition);
  const current = mentions.filter(namesFiled);
  const former = mentions.filter((m) => !namesFiled(m) && m.readings.some((r) => r.occupationId === occupation.id));
  const other = mentions.filter((m) => !m.readings.some((r) => r.occupationId === occupation.id));
  for (const mention of former) {
    const edition = mention.readings.find((r) => r.occupationId === occupation.id)!.edition;
    findings.push({
      id: "former-code-in-document",
      severity: "warning",
      document: document.path,
      message: `The ${role} cites ${mention.code}, the ${edition} number of ${occupation.nameEn}; the current list numbers it ${selectedCode}.`,
      fix: `Write ${selectedCode} instead of ${mention.code}.`,
      codes: [selectedCode],
    });
  }
  // A document that cites the filed code and names others is comparing ("not 2223 or 2224"); only a document that
  // cites other codes and never the filed one points the officer elsewhere.
  for (const mention of current.length > 0 ? [] : other) {
    const named = mention.readings.map((r) => `${r.edition}: ${catalog.byId.get(r.occupationId)?.nameEn ?? r.occupationId}`).join("; ");
    findings.push({
      id: "document-cites-other-code",
      severity: "error",
      document: document.path,
      message: `The ${role} cites code ${mention.code} (${named}), but the filing is ${occupationLabel(occupation)}.`,
      fix: `Make the ${role} cite ${selectedCode} ${occupation.nameEn} (${occupation.nameKo}), or file under the code it describes.`,
      codes: [...new Set([selectedCode, ...mention.readings.map((r) => catalog.byId.get(r.occupationId)?.code ?? r.occupationId)])],
    });
  }
  if (document.role === "rrs") {
    if (current.length === 0 && former.length === 0 && other.length === 0) {
      findings.push({
        id: "rrs-code-missing",
        severity: "warning",
        document: document.path,
        message: `The Recruitment Reason Statement does not state the occupation code ${selectedCode}.`,
        fix: `State it, e.g. "Occupation code: ${selectedCode} ${occupation.nameEn} (${occupation.nameKo})".`,
        codes: [selectedCode],
      });
    }
    if (!namesOccupation(occupation, document.extracted.text)) {
      findings.push({
        id: "rrs-title-missing",
        severity: "warning",
        document: document.path,
        message: `The Recruitment Reason Statement does not name the occupation ${occupation.nameEn} (${occupation.nameKo}) or one of its titles.`,
        fix: `Name the position as the occupation it is filed under, e.g. "${occupation.nameEn}" / "${occupation.nameKo}".`,
        codes: [selectedCode],
      });
    }
  }
  return findings;
}

/** Findings across documents: the contract and the RRS must describe the same occupation under the same title. */
function crossDocumentFindings(catalog: Catalog, documents: readonly VerifiedDocument[]): VerifyFinding[] {
  const findings: VerifyFinding[] = [];
  const contracts = documents.filter((d) => d.role === "contract");
  const statements = documents.filter((d) => d.role === "rrs");
  for (const contract of contracts) {
    for (const rrs of statements) {
      if (contract.verdict !== "unsupported" && rrs.verdict !== "unsupported" && contract.bestCode !== rrs.bestCode) {
        findings.push({
          id: "documents-disagree",
          severity: "error",
          message: `The contract's duties point to ${labelOf(catalog, contract.bestCode)} but the Recruitment Reason Statement's point to ${labelOf(catalog, rrs.bestCode)}.`,
          fix: "Officers compare the two: describe the same duties in both, in the filed occupation's terms.",
          codes: [contract.bestCode, rrs.bestCode],
        });
      }
      const squash = (text: string): string => text.toLowerCase().replace(/[\s()·.,-]+/g, "");
      if (contract.title && rrs.title && squash(contract.title) !== squash(rrs.title)) {
        findings.push({
          id: "titles-differ",
          severity: "warning",
          message: `The contract's title "${contract.title}" differs from the Recruitment Reason Statement's "${rrs.title}".`,
          fix: "Use the same job title in every document.",
        });
      }
    }
  }
  return findings;
}
