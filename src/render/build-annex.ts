/** Builds the contract duty annex ("Annex: Job Duties" / "직무 내용") as a document model. */
import { heading, paragraph, root, signature, table } from "../model/build.js";
import type { Block, DocRoot } from "../model/nodes.js";
import type { PacketView } from "./build-view.js";
import type { Composer } from "./compose.js";

/** Clause numbers of the annex: Korean "제N조", English "Article N", both "제N조 (Article N)". */
export function articleNumber(c: Composer, n: number): string {
  if (c.lang === "ko") return `제${n}조`;
  if (c.lang === "en") return `Article ${n}`;
  return `제${n}조 (Article ${n})`;
}

/** The clauseId of duty i (0-based), shared by the annex and the RRS so findings point to the same duty. */
export const dutyClauseId = (index: number): string => `duty-${index + 1}`;

/** The literal number of duty i in the annex ("2.1"). */
export const annexDutyNumber = (index: number): string => `2.${index + 1}`;

/** The duty clauses: anchored duties in the task's words, vague or allowed out-of-scope duties as written. */
export function dutyBlocks(c: Composer, view: PacketView, numberOf: (index: number) => string): readonly Block[] {
  return view.duties.map((duty, position) =>
    c.clause(numberOf(position), duty.status === "anchored" ? "annex-duty" : "annex-duty-as-written", { ...view, duty }, dutyClauseId(position), { level: 1 }),
  );
}

/** The signature block shared by the documents: the employer's representative, and the employee where asked. */
export function signatureBlock(c: Composer, view: PacketView, clauseId: string, withEmployee: boolean): Block {
  const employerName = c.lang === "en" ? view.employer.nameEn : c.lang === "ko" ? view.employer.nameKo : `${view.employer.nameKo} (${view.employer.nameEn})`;
  const employer = {
    role: c.label("employer"),
    name: employerName,
    lines: [...(view.employer.representative ? [`${c.label("representative")}: ${view.employer.representative}`] : []), `${c.label("date")}: ${view.documentDate}`],
  };
  const employee = { role: c.label("employee"), name: view.applicant.name, lines: [`${c.label("date")}: ${view.documentDate}`] };
  return signature(withEmployee ? [employer, employee] : [employer], c.label("sign"), clauseId);
}

/** The position table shared by the annex and the RRS. */
export function positionTable(c: Composer, view: PacketView, clauseId: string): Block {
  const pick = (en: string, ko: string): string => (c.lang === "en" ? en : c.lang === "ko" ? ko : `${ko} / ${en}`);
  return table(
    [
      [c.label("positionTitle"), pick(view.position.titleEn, view.position.titleKo)],
      [c.label("department"), c.local(view.position.department)],
      [c.label("workplace"), c.local(view.position.workplace)],
      [c.label("occupationCode"), view.occupation.code],
      [c.label("occupationName"), pick(view.occupation.nameEn, view.occupation.nameKo)],
      [c.label("subtype"), view.occupation.subtype],
      [c.label("listEdition"), pick(view.occupation.editionEn, view.occupation.editionKo)],
    ],
    clauseId,
    { header: [c.label("item"), c.label("details")], widths: [1, 2] },
  );
}

/** The annex: parties, position, duties (one sub-clause each), scope of the occupation, term, signatures. */
export function buildAnnex(c: Composer, view: PacketView): DocRoot {
  const title = `${c.label("annexTitle")} (${c.label("annexSubtitle")})`;
  const articleTitle = (key: string): string => c.label(key);
  const children: Block[] = [
    heading(1, title, "annex-title"),
    ...c.paragraphs("annex-intro", view),
    positionTable(c, view, "annex-position-table"),
    c.clause(articleNumber(c, 1), "annex-position", view, "annex-position", { title: articleTitle("clausePosition") }),
    c.clause(articleNumber(c, 2), "annex-duties-intro", view, "annex-duties", { title: articleTitle("clauseDuties") }),
    ...dutyBlocks(c, view, annexDutyNumber),
    c.clause(articleNumber(c, 3), "annex-scope", view, "annex-scope", { title: articleTitle("clauseScope") }),
    c.clause(articleNumber(c, 4), "annex-terms", view, "annex-terms", { title: articleTitle("clauseTerms") }),
    paragraph(view.documentDate, "annex-date", "right"),
    signatureBlock(c, view, "annex-signatures", true),
  ];
  return root({ kind: "contract-annex", lang: c.lang, title, subject: `${view.occupation.code} ${view.occupation.nameEn}`, author: view.employer.nameEn, date: view.documentDate }, children);
}
