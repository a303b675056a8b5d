/** Builds the reapplication statement (재신청 사유서) or the supplementation explanation (보완서류 제출 설명서). */
import { clause, heading, root, table } from "../model/build.js";
import type { Block, DocRoot } from "../model/nodes.js";
import { tokenize } from "../text/tokenize.js";
import { addresseeLine, annexDutyNumber, particles, signatureBlock } from "./build-annex.js";
import type { Both, PacketView, PriorView } from "./build-view.js";
import type { Composer } from "./compose.js";

/**
 * Pairs each stated reason with the change that answers it: by position when the case lists as many changes as
 * reasons, otherwise the change sharing the most words with the reason. Undefined when nothing fits.
 */
export function pairReasons(prior: PriorView): readonly (Both | undefined)[] {
  if (prior.reasons.length === prior.whatChanged.length) return prior.whatChanged;
  const terms = (b: Both): Set<string> => {
    const t = tokenize(`${b.ko} ${b.en}`);
    return new Set([...t.words, ...t.bigrams]);
  };
  return prior.reasons.map((reason) => {
    const words = terms(reason);
    let best: { change: Both; shared: number } | undefined;
    for (const change of prior.whatChanged) {
      let shared = 0;
      for (const term of terms(change)) if (words.has(term)) shared += 1;
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
  const data = { ...view, j: particles(view) };
  const section = (n: number, key: string, clauseId: string): Block => heading(2, `${n}. ${c.label(key)}`, clauseId);
  const pairs = pairReasons(prior);
  const reference = c.lang === "en" ? { receipt: "Receipt no.", filed: "Filed on", code: "Occupation code", result: "Decision" } : c.lang === "ko" ? { receipt: "접수번호", filed: "접수일", code: "직종 코드", result: "처리 결과" } : { receipt: "접수번호 / Receipt no.", filed: "접수일 / Filed on", code: "직종 코드 / Occupation code", result: "처리 결과 / Decision" };
  const decision = prior.decisionDate.ko ? { ko: `${prior.decision.ko}(${prior.decisionDate.ko})`, en: `${prior.decision.en} (${prior.decisionDate.en})` } : prior.decision;
  const children: Block[] = [
    heading(1, title, "cover-title"),
    ...c.paragraphs(supplement ? "cover-intro-supplement" : "cover-intro-reapplication", data, "cover-intro"),
    section(1, "coverReference", "cover-reference"),
    table(
      [
        ...(prior.receiptNumber ? [[reference.receipt, prior.receiptNumber]] : []),
        [reference.filed, c.pick(prior.filingDate)],
        [reference.code, c.pick({ ko: prior.codeLabelKo, en: prior.codeLabelEn })],
        [reference.result, c.pick(decision)],
      ],
      "cover-reference-table",
      { widths: [1.2, 5] },
    ),
    ...(prior.reasons.length > 0
      ? [
          section(2, "coverReasons", "cover-reasons"),
          ...c.paragraphs("cover-reasons-intro", data),
          table(
            prior.reasons.map((reason, i) => [String(i + 1), c.pick(reason), pairs[i] ? c.pick(pairs[i]) : c.label("noMatchingChange")]),
            "cover-reasons-table",
            { header: [c.label("number"), c.label("statedReason"), c.label("change")], widths: [0.6, 4, 4] },
          ),
        ]
      : []),
    section(3, "coverCode", "cover-code"),
    ...(prior.codeChanged ? c.paragraphs("cover-code-changed", data) : []),
    ...(prior.formerEdition && prior.currentCode !== prior.code ? c.paragraphs("cover-code-former", data) : []),
    ...c.paragraphs("cover-code", data),
    table(
      view.duties.map((d, i) => [annexDutyNumber(i), c.pick(d.text), `${d.share}%`]),
      "cover-code-table",
      { header: [c.label("number"), c.label("duty"), "%"], widths: [0.6, 7, 0.8] },
    ),
    section(4, "coverContract", "cover-contract"),
    ...c.paragraphs("cover-contract", data),
    ...prior.whatChanged.map((change, i) => clause(`${i + 1})`, c.langs.map((l) => change[l]).filter(Boolean), `cover-change-${i + 1}`, { level: 1 })),
    section(5, "coverEnclosures", "cover-enclosures"),
    ...c.paragraphs("cover-enclosures-intro", data),
    table(enclosures.map((name, i) => [String(i + 1), name]), "cover-enclosures-table", { header: [c.label("number"), c.label("document")], widths: [0.6, 8] }),
    signatureBlock(c, view, "cover-signatures", false, "rrsSigner"),
    ...addresseeLine(c, view, "cover-addressee"),
  ];
  return root({ kind: "cover-letter", lang: c.lang, title, subject: `${view.occupation.code} ${view.occupation.nameEn}`, author: view.employer.nameEn, date: view.documentDateIso }, children);
}
