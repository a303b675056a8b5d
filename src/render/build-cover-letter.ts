/** Builds the reapplication / supplementation (보완) cover letter as a document model. */
import { clause, heading, paragraph, root, table } from "../model/build.js";
import type { Block, DocRoot } from "../model/nodes.js";
import { tokenize } from "../text/tokenize.js";
import { annexDutyNumber, signatureBlock } from "./build-annex.js";
import type { Localized, PacketView, PriorView } from "./build-view.js";
import type { Composer } from "./compose.js";

/**
 * Pairs each stated reason with the change that answers it: by position when the case lists as many changes as
 * reasons, otherwise the change sharing the most words with the reason. Undefined when nothing fits.
 */
export function pairReasons(prior: PriorView): readonly (Localized | undefined)[] {
  if (prior.reasons.length === prior.whatChanged.length) return prior.whatChanged;
  // Both languages' words count, so a reason and a change written in one language each can still pair.
  const both = (text: Localized): string => `${text.ko} ${text.en}`;
  return prior.reasons.map((reason) => {
    const words = new Set([...tokenize(both(reason)).words, ...tokenize(both(reason)).bigrams]);
    let best: { change: Localized; shared: number } | undefined;
    for (const change of prior.whatChanged) {
      const terms = new Set([...tokenize(both(change)).words, ...tokenize(both(change)).bigrams]);
      let shared = 0;
      for (const term of terms) if (words.has(term)) shared += 1;
      if (shared > 0 && (!best || shared > best.shared)) best = { change, shared };
    }
    return best?.change;
  });
}

/** The cover letter; only for a reapplication or a supplementation answer (the caller checks `view.prior`). */
export function buildCoverLetter(c: Composer, view: PacketView & { prior: PriorView }, enclosures: readonly string[]): DocRoot {
  const prior = view.prior;
  const supplement = view.kind === "supplement";
  const title = c.label(supplement ? "coverTitleSupplement" : "coverTitleReapplication");
  const section = (n: number, key: string, clauseId: string): Block => heading(2, `${n}. ${c.label(key)}`, clauseId);
  const pairs = pairReasons(prior);
  const tasks = view.duties.map((d, i) => [annexDutyNumber(i), c.local(d.text), d.status === "anchored" ? c.langs.map((l) => (l === "en" ? d.taskEn : d.taskKo)).join(" / ") : c.label("asWritten")]);
  const children: Block[] = [
    heading(1, title, "cover-title"),
    ...c.paragraphs("cover-addressee", view),
    section(1, "coverReference", "cover-reference"),
    ...c.paragraphs(supplement ? "cover-reference-supplement" : "cover-reference-reapplication", view, "cover-reference"),
    ...(prior.reasons.length > 0
      ? [
          section(2, "coverReasons", "cover-reasons"),
          ...c.paragraphs("cover-reasons-intro", view),
          table(
            prior.reasons.map((reason, i) => [String(i + 1), c.local(reason), pairs[i] ? c.local(pairs[i]) : c.label("noMatchingChange")]),
            "cover-reasons-table",
            { header: [c.label("number"), c.label("statedReason"), c.label("change")], widths: [0.6, 4, 4] },
          ),
        ]
      : []),
    section(3, "coverCode", "cover-code"),
    ...c.paragraphs("cover-code", view),
    ...(prior.formerEdition ? c.paragraphs("cover-code-former", view) : []),
    ...(prior.codeChanged ? c.paragraphs("cover-code-changed", view) : []),
    table(tasks, "cover-code-table", { header: [c.label("number"), c.label("duty"), c.label("catalogTask")], widths: [0.6, 4, 4] }),
    section(4, "coverContract", "cover-contract"),
    ...c.paragraphs("cover-contract", view),
    ...prior.whatChanged.map((change, i) => clause(`${i + 1})`, c.langs.map((l) => change[l]).filter((t) => t !== ""), `cover-change-${i + 1}`, { level: 1 })),
    section(5, "coverEnclosures", "cover-enclosures"),
    ...c.paragraphs("cover-enclosures-intro", view),
    table(enclosures.map((name, i) => [String(i + 1), name]), "cover-enclosures-table", { header: [c.label("number"), c.label("document")], widths: [0.6, 8] }),
    paragraph(view.documentDate, "cover-date", "right"),
    signatureBlock(c, view, "cover-signatures", false),
  ];
  return root({ kind: "cover-letter", lang: c.lang, title, subject: `${view.occupation.code} ${view.occupation.nameEn}`, author: view.employer.nameEn, date: view.documentDate }, children);
}
