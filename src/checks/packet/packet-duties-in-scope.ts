/**
 * Checks, before anything is written, that each duty of the case lies within the selected occupation. The packet
 * rewords duties into the occupation's vocabulary, so a duty outside it would be disguised: generation stops
 * instead (or, with --allow-out-of-scope, keeps the duty as written and the report marks it). Each language a duty
 * is written in is read on its own, and so is each duty as its clause will print it (its text with the tools,
 * products and clients it lists), so validate and generate (in any --lang) judge the same duties the same way and
 * the read-back of the written clauses agrees with both.
 */
import { defineCheck } from "../types.js";
import { codeOf, findOccupation } from "../../catalog/occupation-lookup.js";
import { outOfScopeDuties } from "../../match/out-of-scope.js";
import { readingsByLanguage } from "../check-helpers.js";
import type { Duty } from "../../case/types.js";
import { DETAIL_LABELS, dutyDetailLists } from "../../render/duty-words.js";

/** The kinds of lists a duty gives, named in each language: "products and clients" / "대상 제품·고객". */
function listedKinds(duty: Duty, lang: "en" | "ko"): { listed: string; listedKo: string } {
  const kinds = dutyDetailLists(duty, lang).map(([kind]) => kind);
  const en = kinds.map((k) => DETAIL_LABELS.en[k]);
  return {
    listed: en.length > 1 ? `${en.slice(0, -1).join(", ")} and ${en.at(-1)}` : (en[0] ?? ""),
    listedKo: kinds.map((k) => DETAIL_LABELS.ko[k]).join("·"),
  };
}

export const packetDutiesInScope = defineCheck({
  meta: {
    id: "packet-duties-in-scope",
    description:
      "Every duty to be written into the packet matches the selected occupation (or is too general to place) in each language it is written in, both as its text and as its clause will print it with the tools, products and clients it lists; none is reworded from another occupation.",
    descriptionKo:
      "서류에 적을 담당업무가 각 언어에서 신청 직종에 해당하는지(또는 너무 일반적이어서 판정할 수 없는지), 업무 문장만으로도, 도구·제품·고객 목록과 함께 조항으로 인쇄될 문구로도 확인하고, 다른 직종의 업무를 바꿔 쓴 문장이 없는지 확인합니다.",
    severity: "error",
    source:
      "MOJ-2026-09 p.235-297 (직종설명: the duties written in the contract and the RRS must match the selected occupation's description); e7-align rule: a duty is never reworded from another occupation to make it fit",
    sourceKo:
      "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 235~297쪽(직종설명: 고용계약서와 고용사유서에 적은 업무가 신청 직종의 설명과 맞아야 합니다), 서류 작성 원칙(자체 기준): 다른 직종의 업무를 신청 직종에 맞춰 바꿔 쓰지 않습니다.",
    messages: {
      outOfScope:
        'Duty {{number}} reads as {{bestCode}} {{bestName}}, not {{code}} {{name}}: "{{text}}". Rewrite it if it misdescribes the job, drop it if the job does not include it, or pass --allow-out-of-scope to keep it as written.',
      clauseOutOfScope:
        'Duty {{number}}, as the contract annex and the RRS will print it with its {{listed}} ("{{text}}"), reads as {{bestCode}} {{bestName}}, not {{code}} {{name}}. Rewrite the text or the {{listed}} of duty {{number}} so that the clause describes {{code}} work (check it with e7-align match --code {{code}}), drop the duty if the job does not include it, or pass --allow-out-of-scope to keep it as written.',
    },
    messagesKo: {
      outOfScope:
        '{{number}}번 직무("{{text}}")는 {{code}} {{name|이/가}} 아니라 {{bestCode}} {{bestName|으로/로}} 읽힙니다. 직무를 잘못 적었다면 고쳐 쓰고, 실제 직무가 아니라면 빼고, 쓴 그대로 두려면 --allow-out-of-scope를 쓰십시오.',
      clauseOutOfScope:
        '{{number}}번 직무를 {{listed}} 목록과 함께 직무 내용 부속서와 고용사유서에 실릴 문구("{{text}}")로 읽으면 {{code}} {{name|이/가}} 아니라 {{bestCode}} {{bestName|으로/로}} 읽힙니다. 이 조항이 {{code}} 업무를 설명하도록 {{number}}번 직무의 내용이나 {{listed}} 목록을 고쳐 쓰고(고친 직무가 {{code}} 업무로 읽히는지 직무 대조로 확인), 실제 직무가 아니라면 빼고, 쓴 그대로 두려면 --allow-out-of-scope를 쓰십시오.',
    },
  },
  run(context, report) {
    const code = codeOf(context.occupation);
    const misread = outOfScopeDuties(readingsByLanguage(context).map(([, match]) => match));
    // What both messages say of a misread duty: its number and text, the code it reads as and the code filed.
    const misreadData = (statement: (typeof misread)[number]) => ({
      number: statement.index + 1,
      bestCode: statement.bestCode,
      bestName: findOccupation(context.catalog, statement.bestCode)?.nameEn ?? "",
      code,
      name: context.occupation.nameEn,
      text: statement.text,
    });
    for (const statement of misread)
      report({
        messageId: "outOfScope",
        path: `/position/duties/${statement.index}/text`,
        data: misreadData(statement),
      });
    // A duty whose text fits but whose printed clause, with the names it lists, reads as another code.
    const flagged = new Set(misread.map((s) => s.index));
    // The check's own language first, so the message quotes the clause in the language the user is reading.
    const readings = [...(context.clauseReadings ?? [])].sort(
      (a, b) => Number(b.lang === context.matchLang) - Number(a.lang === context.matchLang),
    );
    const misreadIn = new Map(readings.map((r) => [r.lang, new Map(outOfScopeDuties([r]).map((s) => [s.index, s]))]));
    for (const reading of readings) {
      for (const statement of misreadIn.get(reading.lang)!.values()) {
        if (flagged.has(statement.index)) continue;
        flagged.add(statement.index);
        const duty = context.case.position.duties[statement.index]!;
        report({
          messageId: "clauseOutOfScope",
          path: `/position/duties/${statement.index}`,
          data: {
            ...misreadData(statement),
            // The Korean message quotes the Korean clause when that one is misread too.
            ...(reading.lang !== "ko" && misreadIn.get("ko")?.has(statement.index)
              ? { textKo: misreadIn.get("ko")!.get(statement.index)!.text }
              : {}),
            ...listedKinds(duty, reading.lang),
          },
        });
      }
    }
  },
});
