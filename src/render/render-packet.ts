/** Renders a case into the packet's document models: the contract annex, the RRS and, when asked for, the cover letter. */
import type { Case } from "../case/types.js";
import type { Catalog, Occupation } from "../catalog/types.js";
import type { DocRoot, DocumentKind, DocumentLang } from "../model/nodes.js";
import { buildAnnex } from "./build-annex.js";
import { buildCoverLetter } from "./build-cover-letter.js";
import { buildRrs, evidenceRows } from "./build-rrs.js";
import { buildView, type PacketView, type ReviewFacts, type SalaryFloor, type ViewInput } from "./build-view.js";
import { createComposer } from "./compose.js";
import type { PlannedDuty } from "./plan-duties.js";
import type { Templates } from "./templates.js";

/** File name (without extension) of each document of the packet. */
export const DOCUMENT_FILES: Readonly<Record<DocumentKind, string>> = {
  "contract-annex": "contract-duty-annex",
  rrs: "recruitment-reason-statement",
  "cover-letter": "reapplication-cover-letter",
  "filing-checklist": "filing-checklist",
};

export interface RenderPacketInput {
  readonly case: Case;
  readonly catalog: Catalog;
  /** The selected occupation (current edition). */
  readonly occupation: Occupation;
  readonly plan: readonly PlannedDuty[];
  readonly lang: DocumentLang;
  readonly salaryFloor?: SalaryFloor;
  /** The employer-size, ratio and qualification figures the RRS states. */
  readonly review?: ReviewFacts;
  /** The matcher's reading of the earlier duties and the duties now (the cover letter's before/after table). */
  readonly readings?: ViewInput["readings"];
}

export interface RenderedDocument {
  readonly kind: DocumentKind;
  /** File name without extension. */
  readonly baseName: string;
  readonly doc: DocRoot;
}

export interface RenderedPacket {
  readonly view: PacketView;
  readonly documents: readonly RenderedDocument[];
}

/** Renders every document of the packet (pure apart from the compiled templates passed in). */
export function renderPacket(templates: Templates, input: RenderPacketInput): RenderedPacket {
  const view = buildView(input);
  const c = createComposer(templates, input.lang);
  const annex = buildAnnex(c, view);
  const rrs = buildRrs(c, view);
  const documents: RenderedDocument[] = [
    { kind: "contract-annex", baseName: DOCUMENT_FILES["contract-annex"], doc: annex },
    { kind: "rrs", baseName: DOCUMENT_FILES.rrs, doc: rrs },
  ];
  if (view.prior) {
    // A title with no Hangul (a foreign certificate's own wording) is led by its kind in Korean, as the checklist lists it;
    // in an English-only letter a Korean title follows its kind's English name.
    const named = (title: string): string => {
      const evidence = view.evidence.find((e) => e.title === title);
      const hangul = /[\uac00-\ud7a3]/u.test(title);
      if (c.langs.includes("ko")) return evidence && !hangul ? `${evidence.kindKo}: ${title}` : title;
      return evidence && hangul ? `${evidence.kindEn} (${title})` : title;
    };
    const enclosures = [
      c.pick(view.prior.notice),
      rrs.meta.title,
      ...evidenceRows(c, view).map((row) => named(row[1]!)),
    ];
    documents.push({
      kind: "cover-letter",
      baseName: DOCUMENT_FILES["cover-letter"],
      doc: buildCoverLetter(c, { ...view, prior: view.prior }, enclosures),
    });
  }
  return { view, documents };
}
