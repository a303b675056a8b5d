/** Checks that the duty shares of working time add up to 100 percent. */
import { defineCheck } from "./types.js";

/** Rounding slack: shares such as 33.3 + 33.3 + 33.3 are fine. */
const TOLERANCE = 0.5;

export const sharesSum = defineCheck({
  meta: {
    id: "shares-sum",
    description: "position.duties[].share must add up to 100 (percent of working time).",
    severity: "error",
    source: "e7-align rule: the matcher and the officer weigh duties by their share of working time",
    sourceKo: "직무 비중 확인(자체 기준): 담당업무는 근무시간에서 차지하는 비중에 따라 판단합니다.",
    messages: {
      notHundred: "The duty shares add up to {{sum}}%, not 100%. {{advice}}",
    },
    messagesKo: {
      notHundred: "직무 비중의 합계가 100%가 아니라 {{sum}}%입니다. {{advice}}",
    },
  },
  run(context, report) {
    const sum = context.case.position.duties.reduce((total, duty) => total + duty.share, 0);
    if (Math.abs(sum - 100) <= TOLERANCE) return;
    const rounded = Math.round(sum * 10) / 10;
    report({
      messageId: "notHundred",
      path: "/position/duties",
      data: {
        sum: rounded,
        advice:
          sum > 100
            ? `Reduce the shares by ${Math.round((sum - 100) * 10) / 10} points.`
            : `Assign the missing ${Math.round((100 - sum) * 10) / 10} points to the duties they belong to.`,
        adviceKo:
          sum > 100
            ? `비중을 합계 ${Math.round((sum - 100) * 10) / 10}%p 줄이십시오.`
            : `모자라는 ${Math.round((100 - sum) * 10) / 10}%p를 해당 직무에 배분하십시오.`,
      },
    });
  },
});
