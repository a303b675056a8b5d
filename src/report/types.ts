/** Types of the consistency report and the manifest; they mirror schemas/report.schema.json (a test validates real reports against it). */
import type { Finding, Severity } from "../checks/types.js";
import type { PacketFinding } from "../checks/packet/types.js";
import type { ClauseReadBack } from "../readers/read-back.js";
import type { Verdict } from "../match/types.js";
import type { DocumentKind, DocumentLang } from "../model/nodes.js";

/** Versions of everything that decides the output, so a report can be reproduced. */
export interface Provenance {
  readonly tool: { readonly name: string; readonly version: string };
  readonly catalog: { readonly version: string; readonly asOf: string; readonly listEdition: string };
  readonly rules: { readonly version: string; readonly asOf: string };
}

export interface ReportDuty {
  readonly index: number;
  readonly share: number;
  /** anchored: written in the words of `task`; generic: kept as written (too general to place); out-of-scope: kept as written under --allow-out-of-scope. */
  readonly status: "anchored" | "generic" | "out-of-scope";
  readonly task: { readonly en: string; readonly ko: string } | null;
  /** The matcher on the duty as the case wrote it. */
  readonly bestCode: string;
  readonly verdict: Verdict;
}

/** A duty clause as read back, without its extracted text (the report quotes evidence, not whole clauses). */
export type ReportClause = Omit<ClauseReadBack, "text">;

export interface ReportDocument {
  readonly file: string;
  readonly kind: DocumentKind;
  readonly format: "docx" | "pdf";
  readonly lang: DocumentLang;
  readonly pages: number | null;
  readonly dutySection: { readonly found: boolean; readonly heading: string | null };
  /** The matcher over all duty clauses of the file (null for files without duty clauses). */
  readonly bestCode: string | null;
  readonly margin: number | null;
  readonly verdict: Verdict | null;
  readonly clauses: readonly ReportClause[];
}

export interface ReportCrossCheck {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly passed: boolean;
  readonly findings: number;
}

/** The consistency report of one generated packet. No clock times and no absolute paths: equal input, equal bytes. */
export interface ConsistencyReport extends Provenance {
  readonly reportVersion: 1;
  readonly case: {
    readonly file: string;
    readonly sha256: string;
    readonly kind: "first" | "reapplication" | "supplement";
    readonly documentDate: string;
  };
  readonly selectedCode: string;
  readonly occupation: {
    readonly code: string;
    readonly nameEn: string;
    readonly nameKo: string;
    readonly subtype: string;
  };
  /** The matcher's best code over the contract annex's duty clauses as read back. */
  readonly bestCode: string;
  readonly lang: DocumentLang;
  readonly formats: readonly ("docx" | "pdf")[];
  readonly consistent: boolean;
  readonly duties: readonly ReportDuty[];
  readonly documents: readonly ReportDocument[];
  readonly crossChecks: readonly ReportCrossCheck[];
  /** Packet findings (all severities), then the case checks' warnings and notes. */
  readonly findings: readonly PacketFinding[];
  readonly caseFindings: readonly Finding[];
  /** The annex clauses that changed since the earlier application, as the redline file shows them. */
  readonly redline?: readonly {
    readonly file: string;
    readonly lang: "ko" | "en";
    readonly clause: string;
    readonly deleted: string;
    readonly inserted: string;
  }[];
}

/** manifest.json: what produced the packet and the SHA-256 of the case and of every file. */
export interface Manifest extends Provenance {
  readonly manifestVersion: 1;
  readonly case: { readonly file: string; readonly sha256: string };
  readonly options: {
    readonly lang: DocumentLang;
    readonly formats: readonly ("docx" | "pdf")[];
    readonly allowOutOfScope: boolean;
  };
  readonly files: readonly { readonly name: string; readonly bytes: number; readonly sha256: string }[];
}
