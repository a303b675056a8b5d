/** Checks that the specialised skills the RRS lists point at the selected code rather than another occupation. */
import { definePacketCheck } from "./types.js";

export const packetRrsSkillsFit = definePacketCheck({
  meta: {
    id: "packet-rrs-skills-fit",
    description:
      "The matcher reads the RRS's specialised skills as the selected occupation (or finds them too general to place).",
    descriptionKo:
      "고용사유서의 전문 기술이 신청 직종으로 읽히는지(또는 너무 일반적이어서 판정할 수 없는지) 확인합니다.",
    severity: "warning",
    source:
      "MOJ-2026-09 p.213-231 and p.235-297 (the RRS states how the foreign national will be employed, and the work must match the selected occupation's description)",
    messages: {
      otherCode:
        "The specialised skills in the RRS read as {{bestCode}}, not {{code}}; name skills of the filed occupation.",
    },
    messagesKo: {
      otherCode:
        "고용사유서의 전문 기술은 {{code|이/가}} 아니라 {{bestCode|으로/로}} 읽힙니다. 신청 직종의 기술을 적으십시오.",
    },
  },
  run(context, report) {
    const match = context.skillsMatch;
    if (match?.verdict !== "mismatch") return;
    report({
      messageId: "otherCode",
      data: { bestCode: match.bestCode, code: context.selectedCode },
      path: "/recruitment/specialisedSkills",
    });
  },
});
