/** Builds the consistency report of a packet from the read-back documents and the findings (pure). */
import type { Case } from "../case/types.js";
import type { Occupation } from "../catalog/types.js";
import type { Finding } from "../checks/types.js";
import type { PacketCheck, PacketFinding } from "../checks/packet/types.js";
import type { PacketDocument } from "../readers/read-back.js";
import type { DocumentLang } from "../model/nodes.js";
import type { PlannedDuty } from "../render/plan-duties.js";
import type { ConsistencyReport, Provenance, ReportDocument } from "./types.js";
import { codeOf } from "../catalog/occupation-lookup.js";

/** Scores rounded to three decimals, so reports stay readable and stable. */
const round = (value: number): number => Math.round(value * 1000) / 1000;

export interface BuildReportInput {
  readonly provenance: Provenance;
  readonly caseFile: { readonly file: string; readonly sha256: string };
  readonly case: Case;
  readonly occupation: Occupation;
  readonly lang: DocumentLang;
  readonly formats: readonly ("docx" | "pdf")[];
  readonly plan: readonly PlannedDuty[];
  readonly documents: readonly PacketDocument[];
  readonly checks: readonly PacketCheck[];
  readonly findings: readonly PacketFinding[];
  readonly caseFindings: readonly Finding[];
  readonly redline?: ConsistencyReport["redline"];
}

function reportDocument(doc: PacketDocument): ReportDocument {
  return {
    file: doc.file,
    kind: doc.kind,
    format: doc.format,
    lang: doc.lang,
    pages: doc.pages ?? null,
    dutySection: { found: doc.dutySection.found, heading: doc.dutySection.heading ?? null },
    bestCode: doc.match?.bestCode ?? null,
    margin: doc.match ? round(doc.match.margin) : null,
    verdict: doc.match?.verdict ?? null,
    clauses: doc.clauses.map((c) => ({
      clauseId: c.clauseId,
      number: c.number,
      dutyIndex: c.dutyIndex,
      intact: c.intact,
      bestCode: c.bestCode,
      score: round(c.score),
      selectedScore: round(c.selectedScore),
      margin: round(c.margin),
      verdict: c.verdict,
      generic: c.generic,
      evidence: c.evidence,
    })),
  };
}

/** The report: consistent when no packet finding is an error. */
export function buildReport(input: BuildReportInput): ConsistencyReport {
  const selectedCode = codeOf(input.occupation);
  const annex = input.documents.find((doc) => doc.kind === "contract-annex" && doc.match);
  return {
    reportVersion: 1,
    ...input.provenance,
    case: { ...input.caseFile, kind: input.case.filing.kind, documentDate: input.case.filing.documentDate },
    selectedCode,
    occupation: {
      code: selectedCode,
      nameEn: input.occupation.nameEn,
      nameKo: input.occupation.nameKo,
      subtype: input.occupation.subtype,
    },
    bestCode: annex?.match?.bestCode ?? selectedCode,
    lang: input.lang,
    formats: input.formats,
    consistent: !input.findings.some((f) => f.severity === "error"),
    duties: input.plan.map((p) => ({
      index: p.index,
      share: p.duty.share,
      status: p.status,
      task: p.task ? { en: p.task.en, ko: p.task.ko } : null,
      bestCode: p.bestCode,
      verdict: p.verdict,
    })),
    documents: input.documents.map(reportDocument),
    crossChecks: input.checks.map((check) => {
      const count = input.findings.filter((f) => f.checkId === check.meta.id && f.severity === "error").length;
      return {
        id: check.meta.id,
        description: check.meta.description,
        severity: check.meta.severity,
        passed: count === 0,
        findings: input.findings.filter((f) => f.checkId === check.meta.id).length,
      };
    }),
    findings: input.findings,
    caseFindings: input.caseFindings,
    ...(input.redline ? { redline: input.redline } : {}),
  };
}
