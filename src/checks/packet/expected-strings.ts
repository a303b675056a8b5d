/** What every document of a packet must say, by language: the selected code, occupation name, title, salary, dates. */
import { officeById } from "../../case/immigration-offices.js";
import { textIn, textsOf } from "../../case/local-text.js";
import type { Case } from "../../case/types.js";
import { compactText } from "../../text/normalize-text.js";
import type { PacketDocument } from "../../readers/read-back.js";
import type { PacketCheckContext } from "./types.js";

/** The strings of one kind (both languages' forms when bilingual) that a document must contain. */
export function inLanguages(doc: PacketDocument, en: string, ko: string): readonly string[] {
  return doc.lang === "en" ? [en] : doc.lang === "ko" ? [ko] : [ko, en];
}

/** True when the document contains the text, ignoring whitespace (PDF line breaks fall anywhere in Korean). */
export function mentions(doc: PacketDocument, text: string): boolean {
  return doc.compact.includes(compactText(text));
}

/** The documents that state contract terms (salary, start date): the contract annex and the RRS. */
export function statesTerms(doc: PacketDocument): boolean {
  return doc.kind === "contract-annex" || doc.kind === "rrs";
}

/** Every calendar date written anywhere in the case file: the only dates a document may print. */
export function caseDates(context: PacketCheckContext): ReadonlySet<string> {
  const dates = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === "string") {
      for (const match of value.matchAll(/\d{4}-\d{2}-\d{2}/g)) dates.add(match[0]);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(context.case);
  return dates;
}

/**
 * Every name-like string of the case that a document in `lang` prints, longest first, so a long name is removed before
 * a shorter one inside it. A {ko, en} tool, product or client counts only in its own language, so an English
 * wording left in a Korean document is not excused as a name; the representative's Hangul name is a name in both.
 */
export function caseNames(input: Case, lang: "ko" | "en" | "both"): string[] {
  const { applicant, employer, position } = input;
  const office = officeById(input.filing.immigrationOffice);
  const names = [
    applicant.fullName,
    applicant.addressAbroad,
    employer.nameKo,
    employer.nameEn,
    ...textsOf(employer.representative),
    employer.address.ko,
    employer.address.en,
    office?.ko,
    office?.en,
    ...applicant.education.map((e) => e.institution),
    ...applicant.experience.map((e) => e.employer),
    ...[...applicant.documents, ...(employer.documents ?? [])].flatMap((d) => [d.title, d.issuedBy]),
    ...position.duties
      .flatMap((d) => [...(d.tools ?? []), ...(d.products ?? []), ...(d.clients ?? [])])
      .flatMap((item) => (lang === "both" ? textsOf(item) : [textIn(item, lang)])),
  ];
  return [
    ...new Set(
      names.filter((n): n is string => n !== undefined && n.trim() !== "").map((n) => n.replace(/\s+/g, " ").trim()),
    ),
  ].sort((a, b) => b.length - a.length);
}

/** The text with every case name blanked out (whitespace-insensitive), so only the document's own wording is left. */
export function withoutNames(text: string, names: readonly string[]): string {
  let out = text.replace(/\s+/g, " ");
  for (const name of names) out = out.split(name).join(" \u2022 ");
  return out;
}
