/** The checklist as plain text for the terminal, in one language. */
import { officeById } from "../case/immigration-offices.js";
import { documentText, legalisationText, orderedItems, summaryText, type ChecklistLang } from "./render-checklist.js";
import { LABELS, STATUS_LABELS } from "./texts.js";
import type { Checklist } from "./types.js";

/** A text rendering: route, numbered items with their state, what to sign and print, and the findings with fixes. */
export function formatChecklistText(checklist: Checklist, lang: ChecklistLang): string {
  const t = (text: { ko: string; en: string }): string => text[lang];
  const out: string[] = [];
  out.push(
    `${t(LABELS.title)}: ${checklist.applicant} / ${t(checklist.employer)} / ${checklist.code} ${t(checklist.occupation)} [${checklist.subtype}]`,
  );
  out.push(
    `${t(LABELS.filingDate)}: ${checklist.filingDate}   ${t(LABELS.office)}: ${officeById(checklist.office)?.[lang] ?? checklist.office}`,
  );
  out.push(summaryText(checklist, lang), "");
  out.push(`${t(LABELS.route)}:`);
  const status = checklist.route.currentStatus === "abroad" ? t(LABELS.abroad) : checklist.route.currentStatus;
  out.push(`  ${t(checklist.route.name)} (${t(LABELS.currentStatus)}: ${status})`);
  out.push(`  ${t(LABELS.form)}: ${t(checklist.route.form)}`);
  out.push(`  ${t(LABELS.where)}: ${t(checklist.route.where)}`);
  if (checklist.route.note) out.push(`  ${t(checklist.route.note)}`);
  out.push("", `${t(LABELS.documents)}:`);
  orderedItems(checklist).forEach((item, i) => {
    const status = t(STATUS_LABELS[item.status]).toUpperCase();
    const facts = [
      `${t(LABELS.issuer)}: ${t(item.issuer)}`,
      item.issueDate ? `${lang === "ko" ? "발급일" : "Issued"} ${item.issueDate}` : "",
      item.validThrough ? `${t(LABELS.expires)} ${item.validThrough}` : "",
      item.legalisation !== "not-needed" || item.translation !== "not-needed" ? legalisationText(item, lang) : "",
    ].filter(Boolean);
    out.push(`  ${String(i + 1).padStart(2)}. [${status}] ${documentText(item, lang)}`);
    out.push(`      ${facts.join("; ")}`);
    if (item.note) out.push(`      ${t(item.note)}`);
  });
  out.push("", `${t(LABELS.sign)}:`, ...checklist.signAndSeal.map((s, i) => `  ${i + 1}) ${t(s)}`));
  out.push("", `${t(LABELS.print)}:`, ...checklist.print.map((s, i) => `  ${i + 1}) ${t(s)}`));
  out.push("", `${t(LABELS.findings)}:`);
  if (checklist.findings.length === 0) out.push(`  ${t(LABELS.noFindings)}`);
  for (const f of checklist.findings) {
    out.push(`  ${t(LABELS[f.severity])} [${f.checkId}] ${t(f.title)}${f.path ? ` (${f.path})` : ""}`);
    out.push(`    ${lang === "en" ? f.message : f.messageKo}`);
    out.push(`    ${t(LABELS.fix)}: ${t(f.fix)}`);
  }
  return `${out.join("\n")}\n`;
}
