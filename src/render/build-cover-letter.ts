/** Builds the reapplication statement (재신청 사유서) or the supplementation explanation (보완서류 제출 설명서). */
import { clause, heading, keepWithNext, root, table } from "../model/build.js";
import type { Block, Cell, DocRoot } from "../model/nodes.js";
import { addresseeLine, annexDutyNumber, particles, scopeClauseFacts, signatureBlock } from "./build-annex.js";
import type { Both, DutyReadingView, PacketView, PriorView } from "./build-view.js";
import type { Composer } from "./compose.js";

/** The cover letter; only for a reapplication or a supplementation answer (the caller checks `view.prior`). */
export function buildCoverLetter(
  c: Composer,
  view: PacketView & { prior: PriorView },
  enclosures: readonly string[],
): DocRoot {
  const prior = view.prior;
  const supplement = view.kind === "supplement";
  const title = c.label(supplement ? "coverTitleSupplement" : "coverTitleReapplication");
  const data = { ...view, j: particles(view), scope: scopeClauseFacts(view) };
  const section = (n: number, key: string, clauseId: string): Block => heading(2, `${n}. ${c.label(key)}`, clauseId);
  // Several changes answering one reason are a numbered list in the cell, each item on its own line.
  const answerCell = (answers: readonly Both[]): Cell =>
    answers.length === 0
      ? c.label("noMatchingChange")
      : answers.length === 1
        ? c.pick(answers[0]!)
        : answers.map((a, i) => `${i + 1}) ${c.pick(a)}`);
  const readingRow = (side: "earlierDuty" | "dutyNow", d: DutyReadingView, i: number): string[] => [
    `${c.label(side)} ${i + 1}`,
    c.pick(d.text),
    `${d.share}%`,
    c.pick(d.readsAs),
  ];
  let n = 0;
  const next = (key: string, clauseId: string): Block => section(++n, key, clauseId);
  const reference =
    c.lang === "en"
      ? { receipt: "Receipt no.", filed: "Filed on", code: "Occupation code", result: "Decision" }
      : c.lang === "ko"
        ? { receipt: "접수번호", filed: "접수일", code: "직종코드", result: "처리 결과" }
        : {
            receipt: "접수번호 / Receipt no.",
            filed: "접수일 / Filed on",
            code: "직종코드 / Occupation code",
            result: "처리 결과 / Decision",
          };
  const decision = prior.decisionDate.ko
    ? { ko: `${prior.decision.ko}(${prior.decisionDate.ko})`, en: `${prior.decision.en} (${prior.decisionDate.en})` }
    : prior.decision;
  const children: Block[] = [
    heading(1, title, "cover-title"),
    ...c.paragraphs(supplement ? "cover-intro-supplement" : "cover-intro-reapplication", data, "cover-intro"),
    next("coverReference", "cover-reference"),
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
          next("coverReasons", "cover-reasons"),
          ...keepWithNext(c.paragraphs("cover-reasons-intro", data)),
          table(
            prior.reasons.map((reason, i) => [String(i + 1), c.pick(reason), answerCell(prior.answers[i] ?? [])]),
            "cover-reasons-table",
            { header: [c.label("number"), c.label("statedReason"), c.label("change")], widths: [0.6, 4, 4] },
          ),
        ]
      : []),
    next("coverCode", "cover-code"),
    ...(prior.codeChanged ? c.paragraphs("cover-code-changed", data) : []),
    ...(prior.formerEdition && prior.currentCode !== prior.code ? c.paragraphs("cover-code-former", data) : []),
    ...c.paragraphs("cover-code", data),
    table(
      view.duties.map((d, i) => [annexDutyNumber(i), c.pick(d.text), `${d.share}%`]),
      "cover-code-table",
      { header: [c.label("number"), c.label("duty"), c.label("share")], widths: [0.6, 7, 0.8] },
    ),
    ...(prior.beforeAfter
      ? [
          next("coverBeforeAfter", "cover-before-after"),
          ...keepWithNext(c.paragraphs("cover-before-after", data)),
          table(
            [
              ...prior.beforeAfter.before.map((d, i) => readingRow("earlierDuty", d, i)),
              ...prior.beforeAfter.after.map((d, i) => readingRow("dutyNow", d, i)),
            ],
            "cover-before-after-table",
            {
              header: [c.label("number"), c.label("duty"), c.label("share"), c.label("readsAs")],
              widths: [1, 5, 0.8, 2.4],
            },
          ),
        ]
      : []),
    // Only a letter whose code changed may say the earlier filing was under another occupation.
    ...(prior.positionUnchanged === true
      ? c.paragraphs(
          prior.codeChanged ? "cover-position-unchanged" : "cover-position-unchanged-same-code",
          data,
          "cover-position",
        )
      : []),
    ...(prior.positionUnchanged === false ? c.paragraphs("cover-position-changed", data, "cover-position") : []),
    next("coverContract", "cover-contract"),
    ...(prior.whatChanged.length > 0
      ? keepWithNext(c.paragraphs("cover-contract", data))
      : c.paragraphs("cover-contract", data)),
    ...prior.whatChanged.map((change, i) =>
      clause(`${i + 1})`, c.langs.map((l) => change[l]).filter(Boolean), `cover-change-${i + 1}`, { level: 1 }),
    ),
    next("coverEnclosures", "cover-enclosures"),
    ...keepWithNext(c.paragraphs("cover-enclosures-intro", data)),
    table(
      enclosures.map((name, i) => [String(i + 1), name]),
      "cover-enclosures-table",
      { header: [c.label("number"), c.label("document")], widths: [0.6, 8] },
    ),
    signatureBlock(c, view, "cover-signatures", false, "rrsSigner"),
    ...addresseeLine(c, view, "cover-addressee"),
  ];
  return root(
    {
      kind: "cover-letter",
      lang: c.lang,
      title,
      subject: `${view.occupation.code} ${view.occupation.nameEn}`,
      author: view.employer.nameEn,
      date: view.documentDateIso,
    },
    children,
  );
}
