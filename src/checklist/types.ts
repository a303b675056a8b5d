/** The filing checklist as plain data: what to file for one case, by which route, and the state of each item on the filing date. */
import type { RouteId } from "../checks/load-rules.js";
import type { Severity } from "../checks/types.js";

/** The same short text in Korean and English. */
export interface Text2 {
  readonly ko: string;
  readonly en: string;
}

/**
 * ready: held and valid on the filing date; expired: its last valid day is before it; missing: required and not in the case;
 * incomplete: held but a foreign document lacks its apostille or consular confirmation; prepare: not tracked by the
 * case file (photo, signed contract), to be prepared; generated: written into the packet by this tool.
 */
export type ItemStatus = "ready" | "expired" | "missing" | "incomplete" | "prepare" | "generated";

export type ItemSection = "application" | "applicant" | "employer" | "occupation" | "packet";

export interface ChecklistItem {
  readonly id: string;
  readonly section: ItemSection;
  readonly name: Text2;
  readonly issuer: Text2;
  /** Whether the route or the occupation requires it (false: listed because the case holds it or the case may need it). */
  readonly required: boolean;
  /** Whether the case file lists it. */
  readonly held: boolean;
  /** The title as written in the case, when held. */
  readonly title?: string;
  readonly issueDate?: string;
  /** The last day it is valid, when a rule or the document sets one (expired when before the filing date). */
  readonly validThrough?: string;
  /** Apostille or consular confirmation: not-needed, needed (missing) or what the case holds. */
  readonly legalisation: "not-needed" | "needed" | "apostille" | "consular";
  /** Translation attached: not-needed (domestic, or already in English or Korean), ko or en. */
  readonly translation: "not-needed" | "ko" | "en";
  readonly status: ItemStatus;
  readonly note?: Text2;
  /** JSON pointer of the document in the case, when held. */
  readonly path?: string;
  /** Citation of the rule that lists or dates it. */
  readonly source?: string;
}

export interface ChecklistRoute {
  readonly id: RouteId;
  readonly currentStatus: string;
  readonly name: Text2;
  readonly form: Text2;
  readonly where: Text2;
  /** Why this route was chosen, or what would change it. */
  readonly note?: Text2;
  readonly source: string;
}

/** A failed or warned check of the case with what to do about it. */
export interface ChecklistFinding {
  readonly severity: Exclude<Severity, "info">;
  readonly checkId: string;
  readonly title: Text2;
  /** The check's own message (English). */
  readonly message: string;
  /** The same message in Korean (the check's meta.messagesKo). */
  readonly messageKo: string;
  readonly fix: Text2;
  readonly path?: string;
  readonly source: string;
}

export interface Checklist {
  readonly checklistVersion: 1;
  readonly filingDate: string;
  readonly documentDate: string;
  readonly filingKind: "first" | "reapplication" | "supplement";
  readonly office: string;
  readonly code: string;
  readonly subtype: string;
  readonly occupation: Text2;
  readonly applicant: string;
  readonly employer: Text2;
  readonly route: ChecklistRoute;
  readonly items: readonly ChecklistItem[];
  readonly signAndSeal: readonly Text2[];
  readonly print: readonly Text2[];
  readonly findings: readonly ChecklistFinding[];
  /** Counts by status, and whether anything blocks filing (missing, expired or incomplete items, or error findings). */
  readonly summary: {
    readonly byStatus: Readonly<Record<ItemStatus, number>>;
    readonly errors: number;
    readonly warnings: number;
    readonly readyToFile: boolean;
  };
  readonly rules: { readonly version: string; readonly asOf: string };
}
