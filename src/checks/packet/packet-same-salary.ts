/** Checks that the annual salary is stated where the terms are, and that no document prints another amount. */
import { textsOf } from "../../case/local-text.js";
import { groupDigits } from "../../render/build-view.js";
import { statesTerms } from "./expected-strings.js";
import { definePacketCheck } from "./types.js";

/** Won amounts of a million or more as the documents print them: "KRW 42,000,000" or "42,000,000원". */
const AMOUNT = /\d{1,3}(?:,\d{3}){2,}/g;

export const packetSameSalary = definePacketCheck({
  meta: {
    id: "packet-same-salary",
    description:
      "The contract annex and the RRS state the case's annual salary; no document prints an amount the case does not have.",
    descriptionKo:
      "직무 내용 부속서와 고용사유서에 신청 건 정보 파일의 연봉이 적혀 있고, 신청 건 정보 파일에 없는 금액이 어느 서류에도 없는지 확인합니다.",
    severity: "error",
    source:
      "MOJ-2026-09 p.230 (the contract's pay is checked against the wage floor); e7-align rule: the contract annex and the RRS state the case's annual salary and no other amount",
    messages: {
      missing: "{{file}} does not state the annual salary of {{salary}} won.",
      unknownAmount:
        "{{file}} prints the amount {{amount}}, which is neither the salary, a financial figure nor the wage floor of the case.",
    },
    messagesKo: {
      missing: "{{file}}에 연봉 {{salary}}원이 나오지 않습니다.",
      unknownAmount: "{{file}}에 연봉도, 매출액도, 임금 하한도 아닌 금액 {{amount|이/가}} 적혀 있습니다.",
    },
  },
  run(context, report) {
    const salary = groupDigits(context.case.position.annualSalaryKrw);
    const { annualRevenueKrw, financials } = context.case.employer;
    const figures = [
      annualRevenueKrw,
      financials?.capitalKrw,
      financials?.totalSalesKrw,
      financials?.totalLiabilitiesKrw,
      financials?.operatingProfitKrw,
    ];
    const known = new Set([salary, ...figures.flatMap((n) => (n === undefined ? [] : [groupDigits(Math.abs(n))]))]);
    const floor = context.view.salaryFloor?.amountDigits;
    if (floor) known.add(floor);
    for (const doc of context.documents) {
      if (statesTerms(doc) && !doc.compact.includes(salary))
        report({ messageId: "missing", data: { file: doc.file, salary }, file: doc.file });
      const printed = new Set(doc.compact.match(AMOUNT) ?? []);
      for (const amount of [...printed].sort()) {
        if (
          !known.has(amount) &&
          !context.case.position.duties.some((d) => textsOf(d.text).some((text) => text.includes(amount)))
        ) {
          report({ messageId: "unknownAmount", data: { file: doc.file, amount }, file: doc.file });
        }
      }
    }
  },
});
