/** Checks each document against its validity window on the planned filing date (domestic certificates 3 months, letters of guarantee 4 years) and the legalisation of foreign documents. */
import { DOCUMENT_KINDS } from "../case/document-kinds.js";
import { addMonths, daysBetween } from "../case/dates.js";
import type { CaseDocument } from "../case/types.js";
import { defineCheck } from "./types.js";

/** A document is flagged as expiring soon when it lapses this many days or fewer after the filing date. */
const SOON_DAYS = 14;

export const documentValidity = defineCheck({
  meta: {
    id: "document-validity",
    description:
      "Documents must still be valid on the planned filing date: certificates issued in Korea for 3 months, a letter of guarantee for at most 4 years; foreign documents need an apostille or consular confirmation.",
    severity: "error",
    source: "MOJ-2026-09 p.3 (general notes on documents)",
    sourceKo: "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 3쪽(서류에 관한 일반 유의사항)",
    blocksGeneration: false,
    messages: {
      expired:
        "{{title}} ({{kind}}) was issued on {{issueDate}} and is valid for {{months}} months, so it expires on {{expires}}, on or before the planned filing date {{date}}. Get a new one issued after {{freshAfter}}.",
      expiredPrinted: "{{title}} expires on {{validUntil}}, before the planned filing date {{date}}.",
      expiresSoon:
        "{{title}} expires on {{expires}}, {{days}} days after the planned filing date {{date}}; a delay in filing makes it stale.",
      notLegalised:
        "{{title}} was issued abroad and has no apostille or consular confirmation; the office asks for one ({{note}}).",
      issuedAfterFiling: "{{title}} is dated {{issueDate}}, after the planned filing date {{date}}; check both dates.",
      guaranteeShorterThanContract:
        "The letter of guarantee runs to {{expires}}, but the contract runs to {{contractEnd}}; no permit may run past the letter.",
    },
    messagesKo: {
      expired:
        "{{title}}{{kind}}: {{issueDate}}에 발급되어 {{months}}개월 동안 유효하므로 {{expires}}에 만료됩니다. 만료일이 신청 예정일({{date}}) 이전이므로 {{freshAfter}} 이후에 새로 발급받으십시오.",
      expiredPrinted: "{{title|은/는}} 신청 예정일 {{date}}보다 앞선 {{validUntil}}에 만료됩니다.",
      expiresSoon:
        "{{title|은/는}} 신청 예정일 {{date|으로/로}}부터 {{days}}일 뒤인 {{expires}}에 만료됩니다. 신청이 늦어지면 효력이 없어집니다.",
      notLegalised:
        "{{title|은/는}} 외국에서 발급되었는데 아포스티유나 영사확인이 없습니다. 출입국·외국인관서는 이를 요구합니다({{note}}).",
      issuedAfterFiling:
        "{{title}}의 발급일 {{issueDate|이/가}} 신청 예정일 {{date}}보다 늦습니다. 두 날짜를 확인하십시오.",
      guaranteeShorterThanContract:
        "신원보증서는 {{expires}}까지이지만 근로계약은 {{contractEnd}}까지입니다. 체류 허가는 보증 기간을 넘을 수 없습니다.",
    },
  },
  run(context, report) {
    const { rules } = context;
    const { filing, applicant, employer, position } = context.case;
    const date = filing.plannedFilingDate;
    const documents: { doc: CaseDocument; pointer: string }[] = [
      ...applicant.documents.map((doc, i) => ({ doc, pointer: `/applicant/documents/${i}` })),
      ...(employer.documents ?? []).map((doc, i) => ({ doc, pointer: `/employer/documents/${i}` })),
    ];
    for (const { doc, pointer } of documents) {
      const kindName = (DOCUMENT_KINDS[doc.kind] ?? DOCUMENT_KINDS.other)?.name.ko ?? doc.kind;
      // The Korean message names the kind in Korean, and only when the title does not already say it.
      const kindKo = doc.title.includes(kindName) ? "" : `(${kindName})`;
      const base = {
        title: doc.title,
        kind: doc.kind,
        kindKo,
        issueDate: doc.issueDate,
        date,
      };
      if (doc.issueDate > date)
        report({ messageId: "issuedAfterFiling", severity: "warning", path: `${pointer}/issueDate`, data: base });
      if (doc.validUntil !== undefined && doc.validUntil < date)
        report({
          messageId: "expiredPrinted",
          path: `${pointer}/validUntil`,
          data: { ...base, validUntil: doc.validUntil },
        });
      const rule = rules.documentValidity.find(
        (r) => r.kinds.includes(doc.kind) && (r.origin === undefined || r.origin === doc.origin),
      );
      if (!rule) continue;
      if (rule.requiresLegalisation && doc.origin === "foreign" && (doc.legalisation ?? "none") === "none") {
        report({
          messageId: "notLegalised",
          severity: "warning",
          path: pointer,
          data: { ...base, note: `${rule.source}` },
        });
      }
      if (rule.months === null) continue;
      const expires = addMonths(doc.issueDate, rule.months);
      if (expires <= date) {
        report({
          messageId: "expired",
          path: `${pointer}/issueDate`,
          data: { ...base, months: rule.months, expires, freshAfter: addMonths(date, -rule.months) },
        });
        continue;
      }
      const days = daysBetween(date, expires);
      if (days <= SOON_DAYS)
        report({
          messageId: "expiresSoon",
          severity: "info",
          path: `${pointer}/issueDate`,
          data: { ...base, expires, days },
        });
      if (doc.kind === "guarantee-letter") {
        const contractEnd = addMonths(position.startDate, position.contractMonths);
        if (contractEnd > expires)
          report({
            messageId: "guaranteeShorterThanContract",
            severity: "warning",
            path: pointer,
            data: { ...base, expires, contractEnd },
          });
      }
    }
  },
});
