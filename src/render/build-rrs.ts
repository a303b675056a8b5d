/** Builds the Recruitment Reason Statement (고용사유서) draft as a document model. */
import { clause, heading, paragraph, root, table } from "../model/build.js";
import type { Block, DocRoot } from "../model/nodes.js";
import { annexDutyNumber, dutyBlocks, positionTable, signatureBlock } from "./build-annex.js";
import type { PacketView } from "./build-view.js";
import type { Composer } from "./compose.js";

/** The literal number of duty i in the RRS duty section ("3.1"): section 3, same words as the annex. */
export const rrsDutyNumber = (index: number): string => `3.${index + 1}`;

/** The evidence list: the contract with its annex, then every document the case records, nothing else. */
export function evidenceRows(c: Composer, view: PacketView): readonly (readonly string[])[] {
  const employerName = c.lang === "en" ? view.employer.nameEn : view.employer.nameKo;
  const rows = [[c.label("contractWithAnnex"), employerName, view.documentDate], ...view.evidence.map((e) => [e.title, e.issuedBy, e.issueDate])];
  return rows.map((row, i) => [String(i + 1), ...row]);
}

/** The RRS: company, position and code, duties, recruitment effort, candidate's fit, terms, effect, evidence. */
export function buildRrs(c: Composer, view: PacketView): DocRoot {
  const title = `${c.label("rrsTitle")} (${c.label("rrsSubtitle")})`;
  const section = (n: number, key: string, clauseId: string): Block => heading(2, `${n}. ${c.label(key)}`, clauseId);
  const pick = (en: string, ko: string): string => (c.lang === "en" ? en : c.lang === "ko" ? ko : `${ko} / ${en}`);
  const company = table(
    [
      [c.label("companyName"), pick(view.employer.nameEn, view.employer.nameKo)],
      [c.label("brn"), view.employer.brn],
      [c.label("address"), pick(view.employer.addressEn, view.employer.addressKo)],
      [c.label("insuredKorean"), c.quantity(view.employer.insuredKorean, "persons")],
      ...(view.employer.regularWorkers ? [[c.label("regularWorkers"), c.quantity(view.employer.regularWorkers, "persons")]] : []),
      [c.label("foreignEmployees"), view.employer.foreignSummary || c.label("none")],
      [c.label("revenue"), pick(view.employer.revenueEn, view.employer.revenueKo)],
      [c.label("market"), c.label(view.employer.mainlyDomestic ? "marketDomestic" : "marketExport")],
    ],
    "rrs-company-table",
    { header: [c.label("item"), c.label("details")], widths: [1, 2] },
  );
  const efforts =
    view.recruitment.efforts.length > 0
      ? [
          ...c.paragraphs("rrs-recruitment", view),
          table(
            view.recruitment.efforts.map((e) => [c.local(e.channel), e.period, String(e.applicants), e.interviewed, c.local(e.outcome)]),
            "rrs-recruitment-table",
            { header: [c.label("channel"), c.label("period"), c.label("applicants"), c.label("interviewed"), c.label("outcome")], widths: [2, 2, 1, 1, 4] },
          ),
        ]
      : c.paragraphs("rrs-recruitment-none", view);
  const skills = view.recruitment.skills.map((skill, i) => clause(`${i + 1})`, c.langs.map((l) => skill[l]).filter((t) => t !== ""), `rrs-skill-${i + 1}`, { level: 1 }));
  const experience =
    view.experience.length > 0
      ? [
          ...c.paragraphs("rrs-fit-experience", view),
          table(
            view.experience.map((e) => [e.employer, c.local(e.role), e.period, e.dutyIndexes.length > 0 ? e.dutyIndexes.map(annexDutyNumber).join(", ") : c.label("noRelatedDuty")]),
            "rrs-fit-experience-table",
            { header: [c.label("experienceEmployer"), c.label("experienceRole"), c.label("period"), c.label("relatedDuties")], widths: [2, 2, 2, 2] },
          ),
        ]
      : [];
  const terms = table(
    [
      [c.label("annualSalary"), pick(view.position.salaryEn, view.position.salaryKo)],
      ...(view.salaryFloor ? [[c.label("salaryFloor"), pick(`${view.salaryFloor.amountEn} (${view.salaryFloor.labelEn})`, `${view.salaryFloor.amountKo} (${view.salaryFloor.labelKo})`)]] : []),
      [c.label("weeklyHours"), c.quantity(view.position.weeklyHours, "hours")],
      [c.label("startDate"), view.position.startDate],
      [c.label("contractPeriod"), c.quantity(view.position.contractMonths, "months")],
    ],
    "rrs-terms-table",
    { header: [c.label("item"), c.label("details")], widths: [1, 2] },
  );
  const children: Block[] = [
    heading(1, title, "rrs-title"),
    ...c.paragraphs("rrs-addressee", view),
    ...c.paragraphs("rrs-intro", view),
    section(1, "rrsCompany", "rrs-company"),
    ...c.paragraphs("rrs-company", view),
    company,
    section(2, "rrsPosition", "rrs-position"),
    ...c.paragraphs("rrs-position", view),
    positionTable(c, view, "rrs-position-table"),
    section(3, "rrsDuties", "rrs-duties"),
    ...c.paragraphs("rrs-duties-intro", view),
    ...dutyBlocks(c, view, rrsDutyNumber),
    section(4, "rrsRecruitment", "rrs-recruitment"),
    ...efforts,
    ...c.paragraphs("rrs-why", view),
    ...(skills.length > 0 ? [...c.paragraphs("rrs-skills-intro", view), ...skills] : []),
    section(5, "rrsFit", "rrs-fit"),
    ...view.education.flatMap((education) => c.paragraphs("rrs-fit-education", { ...view, education }, "rrs-fit-education")),
    ...experience,
    section(6, "rrsTerms", "rrs-terms"),
    ...c.paragraphs("rrs-terms", view),
    terms,
    section(7, "rrsEffect", "rrs-effect"),
    ...c.paragraphs("rrs-effect", view),
    section(8, "rrsEvidence", "rrs-evidence"),
    ...c.paragraphs("rrs-evidence-intro", view),
    table(evidenceRows(c, view), "rrs-evidence-table", { header: [c.label("number"), c.label("document"), c.label("issuedBy"), c.label("issueDate")], widths: [0.6, 4, 2.4, 1.5] }),
    paragraph(view.documentDate, "rrs-date", "right"),
    signatureBlock(c, view, "rrs-signatures", false),
  ];
  return root({ kind: "rrs", lang: c.lang, title, subject: `${view.occupation.code} ${view.occupation.nameEn}`, author: view.employer.nameEn, date: view.documentDate }, children);
}
