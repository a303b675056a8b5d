/** Renders the filing checklist into the document model in one language, so the existing docx and PDF writers write it. */
import { formatDate } from "../case/dates.js";
import { officeById } from "../case/immigration-offices.js";
import { clause, heading, paragraph, root, table } from "../model/build.js";
import type { Block, DocRoot } from "../model/nodes.js";
import { LABELS, STATUS_LABELS } from "./texts.js";
import type { Checklist, ChecklistItem, ItemSection, Text2 } from "./types.js";

export type ChecklistLang = "ko" | "en";

const SECTION_ORDER: readonly ItemSection[] = ["application", "applicant", "employer", "occupation", "packet"];

/** Fills {{placeholders}} of a label. */
function fill(text: string, data: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** The items in the order they are listed (by section, then as built). */
export function orderedItems(checklist: Checklist): ChecklistItem[] {
  return SECTION_ORDER.flatMap((section) => checklist.items.filter((item) => item.section === section));
}

/** The summary sentence: ready to file, or what blocks it. */
export function summaryText(checklist: Checklist, lang: ChecklistLang): string {
  const s = checklist.summary;
  // A ready checklist with warnings (an employer whose kind is not shown, say) must not read as all clear.
  const warnings = s.warnings > 0 ? fill(LABELS.summaryWarnings[lang], { warnings: s.warnings }) : "";
  return s.readyToFile
    ? `${LABELS.summaryReady[lang]}${warnings}`
    : fill(LABELS.summaryBlocked[lang], {
        missing: s.byStatus.missing,
        expired: s.byStatus.expired,
        incomplete: s.byStatus.incomplete,
        errors: s.errors,
      });
}

/** The apostille and translation cell of an item. */
export function legalisationText(item: ChecklistItem, lang: ChecklistLang): string {
  const t = (text: Text2): string => text[lang];
  const legal = {
    "not-needed": "",
    needed: t(LABELS.neededMissing),
    apostille: t(LABELS.apostille),
    consular: t(LABELS.consular),
  }[item.legalisation];
  const translation =
    item.translation === "ko" ? t(LABELS.translationKo) : item.translation === "en" ? t(LABELS.translationEn) : "";
  if (!legal && !translation)
    return item.held && item.legalisation === "not-needed" && item.translation === "not-needed"
      ? t(LABELS.notNeeded)
      : t(LABELS.none);
  return [legal, translation].filter(Boolean).join(", ");
}

/** The document cell: its name, whether required, and the title as held. */
export function documentText(item: ChecklistItem, lang: ChecklistLang): string {
  // Korean writes a parenthesis against the word it qualifies: "범죄경력증명서(해당 시)".
  const marker = item.required ? "" : `${lang === "ko" ? "" : " "}(${LABELS.ifApplicable[lang]})`;
  return `${item.name[lang]}${marker}${item.title !== undefined && item.title !== item.name[lang] ? `: ${item.title}` : ""}`;
}

/** The filing checklist as a document in one language. */
export function renderChecklist(checklist: Checklist, lang: ChecklistLang): DocRoot {
  const t = (text: Text2): string => text[lang];
  const section = (n: number, label: Text2, id: string): Block => heading(2, `${n}. ${t(label)}`, id);
  const items = orderedItems(checklist);
  // A note that only repeats the item's name (rules data without a Korean note) adds nothing under that name.
  // A Korean note under the table is marked ※ and names the row ("※ 3번 여권 사본: …"), so it does not read as a stray list item.
  const notes = items.flatMap((item, i) =>
    item.note && t(item.note) !== t(item.name)
      ? [
          lang === "ko"
            ? paragraph(`※ ${i + 1}번 ${t(item.name)}: ${t(item.note)}`, `checklist-note-${i + 1}`)
            : clause(`${i + 1})`, [`${t(item.name)}: ${t(item.note)}`], `checklist-note-${i + 1}`, { level: 1 }),
        ]
      : [],
  );
  const route = checklist.route;
  const findingRows = checklist.findings.map((f) =>
    lang === "ko"
      ? [t(LABELS[f.severity]), t(f.title), f.messageKo, t(f.fix)]
      : [t(LABELS[f.severity]), t(f.title), f.message, t(f.fix)],
  );
  const children: Block[] = [
    heading(1, t(LABELS.title), "checklist-title"),
    paragraph(summaryText(checklist, lang), "checklist-summary"),
    section(1, LABELS.overview, "checklist-overview"),
    table(
      [
        [t(LABELS.applicant), checklist.applicant],
        [t(LABELS.employer), t(checklist.employer)],
        [
          t(LABELS.code),
          // A Korean document puts the subtype in parentheses, as the RRS does ("E-7-1(2224)").
          lang === "ko"
            ? `${checklist.code} ${t(checklist.occupation)}(${checklist.subtype})`
            : `${checklist.code} ${t(checklist.occupation)} [${checklist.subtype}]`,
        ],
        [t(LABELS.filingDate), formatDate(checklist.filingDate, lang)],
        [t(LABELS.office), officeById(checklist.office)?.[lang] ?? checklist.office],
        [t(LABELS.currentStatus), route.currentStatus === "abroad" ? t(LABELS.abroad) : route.currentStatus],
      ],
      "checklist-overview-table",
      { widths: [2, 6] },
    ),
    section(2, LABELS.route, "checklist-route"),
    table(
      [
        [t(LABELS.routeName), t(route.name)],
        [t(LABELS.form), t(route.form)],
        [t(LABELS.where), t(route.where)],
      ],
      "checklist-route-table",
      { widths: [2, 6] },
    ),
    ...(route.note ? [paragraph(t(route.note), "checklist-route-note")] : []),
    section(3, LABELS.documents, "checklist-documents"),
    table(
      items.map((item, i) => [
        String(i + 1),
        documentText(item, lang),
        t(item.issuer),
        // The issue date on its own line, so a narrow column never breaks it ("2026. 11." / "16.").
        item.held ? (item.issueDate ? [t(LABELS.yes), formatDate(item.issueDate, lang)] : t(LABELS.yes)) : t(LABELS.no),
        item.validThrough ? formatDate(item.validThrough, lang) : t(LABELS.none),
        legalisationText(item, lang),
        t(STATUS_LABELS[item.status]),
      ]),
      "checklist-documents-table",
      {
        header: [
          t(LABELS.number),
          t(LABELS.document),
          t(LABELS.issuer),
          t(LABELS.held),
          t(LABELS.expires),
          t(LABELS.legalisation),
          t(LABELS.status),
        ],
        widths: [0.9, 3.5, 2, 1.8, 1.7, 1.6, 1.4],
      },
    ),
    ...notes,
    section(4, LABELS.sign, "checklist-sign"),
    ...checklist.signAndSeal.map((step, i) => clause(`${i + 1})`, [t(step)], `checklist-sign-${i + 1}`, { level: 1 })),
    section(5, LABELS.print, "checklist-print"),
    ...checklist.print.map((step, i) => clause(`${i + 1})`, [t(step)], `checklist-print-${i + 1}`, { level: 1 })),
    section(6, LABELS.findings, "checklist-findings"),
    ...(findingRows.length > 0
      ? [
          table(findingRows, "checklist-findings-table", {
            header:
              lang === "ko"
                ? [t(LABELS.severity), t(LABELS.check), "내용", t(LABELS.fix)]
                : [t(LABELS.severity), t(LABELS.check), "Finding", t(LABELS.fix)],
            widths: [0.9, 2.2, 5, 2.8],
          }),
        ]
      : [paragraph(t(LABELS.noFindings), "checklist-findings-none")]),
    section(7, LABELS.notes, "checklist-notes"),
    paragraph(t(LABELS.validityNote), "checklist-validity"),
    paragraph(
      fill(t(LABELS.generatedBy), { version: checklist.rules.version, asOf: formatDate(checklist.rules.asOf, lang) }),
      "checklist-provenance",
    ),
    paragraph(formatDate(checklist.documentDate, lang), "checklist-date", "right"),
  ];
  return root(
    {
      kind: "filing-checklist",
      lang,
      title: t(LABELS.title),
      subject: `${checklist.code} ${checklist.occupation.en}`,
      author: checklist.employer.en,
      date: checklist.documentDate,
    },
    children,
  );
}
