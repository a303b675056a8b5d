/** Checks each document against its validity window on the planned filing date (domestic certificates 3 months, letters of guarantee 4 years) and the legalisation of foreign documents. */
import { addMonths, daysBetween } from "../case/dates.js";
import type { CaseDocument } from "../case/types.js";
import { defineCheck } from "./types.js";

/** A document is flagged as expiring soon when it lapses this many days or fewer after the filing date. */
const SOON_DAYS = 14;

export const documentValidity = defineCheck({
  meta: {
    id: "document-validity",
    description: "Documents must still be valid on the planned filing date: certificates issued in Korea for 3 months, a letter of guarantee for at most 4 years; foreign documents need an apostille or consular confirmation.",
    severity: "error",
    source: "MOJ-2026-09 p.3 (general notes on documents)",
    blocksGeneration: false,
    messages: {
      expired: "{{title}} ({{kind}}) was issued on {{issueDate}} and is valid for {{months}} months, so it expires on {{expires}}, on or before the planned filing date {{date}}. Get a new one issued after {{freshAfter}}.",
      expiredPrinted: "{{title}} expires on {{validUntil}}, before the planned filing date {{date}}.",
      expiresSoon: "{{title}} expires on {{expires}}, {{days}} days after the planned filing date {{date}}; a delay in filing makes it stale.",
      notLegalised: "{{title}} was issued abroad and has no apostille or consular confirmation; the office asks for one ({{note}}).",
      issuedAfterFiling: "{{title}} is dated {{issueDate}}, after the planned filing date {{date}}; check both dates.",
      guaranteeShorterThanContract: "The letter of guarantee runs to {{expires}}, but the contract runs to {{contractEnd}}; no permit may run past the letter.",
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
      const base = { title: doc.title, kind: doc.kind, issueDate: doc.issueDate, date };
      if (doc.issueDate > date) report({ messageId: "issuedAfterFiling", severity: "warning", path: `${pointer}/issueDate`, data: base });
      if (doc.validUntil !== undefined && doc.validUntil < date) report({ messageId: "expiredPrinted", path: `${pointer}/validUntil`, data: { ...base, validUntil: doc.validUntil } });
      const rule = rules.documentValidity.find((r) => r.kinds.includes(doc.kind) && (r.origin === undefined || r.origin === doc.origin));
      if (!rule) continue;
      if (rule.requiresLegalisation && doc.origin === "foreign" && (doc.legalisation ?? "none") === "none") {
        report({ messageId: "notLegalised", severity: "warning", path: pointer, data: { ...base, note: `${rule.source}` } });
      }
      if (rule.months === null) continue;
      const expires = addMonths(doc.issueDate, rule.months);
      if (expires <= date) {
        report({ messageId: "expired", path: `${pointer}/issueDate`, data: { ...base, months: rule.months, expires, freshAfter: addMonths(date, -rule.months) } });
        continue;
      }
      const days = daysBetween(date, expires);
      if (days <= SOON_DAYS) report({ messageId: "expiresSoon", severity: "info", path: `${pointer}/issueDate`, data: { ...base, expires, days } });
      if (doc.kind === "guarantee-letter") {
        const contractEnd = addMonths(position.startDate, position.contractMonths);
        if (contractEnd > expires) report({ messageId: "guaranteeShorterThanContract", severity: "warning", path: pointer, data: { ...base, expires, contractEnd } });
      }
    }
  },
});
