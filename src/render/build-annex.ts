/** Builds the contract duty annex ("Annex: Job Duties" / "직무 내용") as a document model. */
import { heading, paragraph, root, signature, table } from "../model/build.js";
import type { Block, DocRoot } from "../model/nodes.js";
import type { PacketView } from "./build-view.js";
import type { Composer } from "./compose.js";
import { particle } from "./korean.js";

/** Clause numbers of the annex: Korean "제N조", English "Article N", both "제N조 (Article N)". */
export function articleNumber(c: Composer, n: number): string {
  if (c.lang === "ko") return `제${n}조`;
  if (c.lang === "en") return `Article ${n}`;
  return `제${n}조 (Article ${n})`;
}

/** The clauseId of duty i (0-based), shared by the annex and the RRS so findings point to the same duty. */
export const dutyClauseId = (index: number): string => `duty-${index + 1}`;

/** The literal number of duty i in the annex and the RRS ("2.1": Article 2 of the annex). */
export const annexDutyNumber = (index: number): string => `2.${index + 1}`;

/** Particles the templates need, picked for the case's own words. */
export function particles(view: PacketView): Readonly<Record<string, string>> {
  return {
    titleAs: particle(view.position.titleKo, "으로서/로서"),
    codeTopic: particle(view.occupation.code, "은/는"),
    codeAs: particle(view.occupation.code, "으로/로"),
    employerTopic: particle(view.employer.nameKo, "은/는"),
    applicantObject: particle(view.applicant.name, "을/를"),
    priorCodeTopic: view.prior ? particle(view.prior.codeLabelKo, "은/는") : "",
    priorCodeBareTopic: view.prior ? particle(view.prior.code, "은/는") : "",
  };
}

/** The duty clauses: the case's own duty text with its specifics and share, in the annex's numbering. */
export function dutyBlocks(c: Composer, view: PacketView): readonly Block[] {
  return view.duties.map((duty, position) =>
    c.clause(annexDutyNumber(position), "annex-duty", { ...view, duty }, dutyClauseId(position), { level: 1 }),
  );
}

/** The representative's name in the document's language(s); empty when the case names none. */
export function representativeText(c: Composer, view: PacketView): string {
  return c.lang === "both" ? view.employer.representative.both : c.pick(view.employer.representative);
}

/** The signature block shared by the documents: the document date once, the employer's representative, and the employee where asked. */
export function signatureBlock(
  c: Composer,
  view: PacketView,
  clauseId: string,
  withEmployee: boolean,
  roleKey = "employer",
): Block {
  const representative = representativeText(c, view);
  const employer = {
    role: c.label(roleKey),
    name: c.pick(view.employer.name),
    lines: representative ? [`${c.label("representative")}: ${representative}`] : [],
  };
  const employee = { role: c.label("employee"), name: view.applicant.name, lines: [] };
  return signature(
    withEmployee ? [employer, employee] : [employer],
    c.label("sign"),
    clauseId,
    c.pick(view.documentDate),
  );
}

/** "서울남부출입국·외국인사무소장 귀하" under a Korean document; English documents carry no addressee line. */
export function addresseeLine(c: Composer, view: PacketView, clauseId: string): readonly Block[] {
  return c.langs.includes("ko") && view.office.ko ? [paragraph(`${view.office.ko}장 귀하`, clauseId)] : [];
}

/** The position table of the annex. */
export function positionTable(c: Composer, view: PacketView, clauseId: string): Block {
  return table(
    [
      [c.label("positionTitle"), c.pick(view.position.title)],
      [c.label("department"), c.pick(view.position.department)],
      [c.label("workplace"), c.pick(view.position.workplace)],
      [c.label("occupationCode"), view.occupation.code],
      [c.label("occupationName"), c.pick({ ko: view.occupation.nameKo, en: view.occupation.nameEn })],
      [c.label("subtype"), view.occupation.subtype],
    ],
    clauseId,
    { header: [c.label("item"), c.label("details")], widths: [1, 2] },
  );
}

/**
 * What the scope clause may say: the duties kept outside the occupation (--allow-out-of-scope) by clause number, so
 * the annex never states that every duty lies within the code when one was kept out of it.
 */
export function scopeClauseFacts(view: PacketView): {
  readonly except: { readonly ko: string; readonly en: string } | "";
  readonly none: boolean;
} {
  const outside = view.duties.flatMap((duty, position) =>
    duty.status === "out-of-scope" ? [annexDutyNumber(position)] : [],
  );
  if (outside.length === 0) return { except: "", none: false };
  const last = outside.at(-1)!;
  const koList = outside.map((n) => `제${n}항`).join(", ");
  const enList = outside.length === 1 ? last : `${outside.slice(0, -1).join(", ")} and ${last}`;
  return {
    except: {
      // The object particle comes with the list ("제2.4항을"), picked by es-hangul for its last word.
      ko: `${koList}${particle(koList, "을/를")}`,
      en: `${outside.length === 1 ? "clause" : "clauses"} ${enList}`,
    },
    none: outside.length === view.duties.length,
  };
}

/** An article's title: in parentheses against the number in Korean ("제1조(직위와 직종)"), after it otherwise. */
export function articleTitle(c: Composer, key: string): string {
  return c.lang === "ko" ? `(${c.label(key)})` : c.label(key);
}

/** The annex: parties, position, duties (one sub-clause each), scope of the occupation, term, signatures. */
export function buildAnnex(c: Composer, view: PacketView): DocRoot {
  // Korean sets a parenthesis against its word ("직무 내용(고용계약서 부속서)"); English keeps the space.
  const title =
    c.lang === "both"
      ? `${c.label("annexTitle")}`
      : `${c.label("annexTitle")}${c.lang === "ko" ? "" : " "}(${c.label("annexSubtitle")})`;
  const data = { ...view, j: particles(view), scope: scopeClauseFacts(view) };
  const children: Block[] = [
    heading(1, title, "annex-title"),
    ...c.paragraphs("annex-intro", data),
    positionTable(c, view, "annex-position-table"),
    c.clause(articleNumber(c, 1), "annex-position", data, "annex-position", {
      title: articleTitle(c, "clausePosition"),
    }),
    c.clause(articleNumber(c, 2), "annex-duties-intro", data, "annex-duties", {
      title: articleTitle(c, "clauseDuties"),
    }),
    ...dutyBlocks(c, view),
    c.clause(articleNumber(c, 3), "annex-scope", data, "annex-scope", { title: articleTitle(c, "clauseScope") }),
    c.clause(articleNumber(c, 4), "annex-terms", data, "annex-terms", { title: articleTitle(c, "clauseTerms") }),
    signatureBlock(c, view, "annex-signatures", true),
  ];
  return root(
    {
      kind: "contract-annex",
      lang: c.lang,
      title,
      subject: `${view.occupation.code} ${view.occupation.nameEn}`,
      author: view.employer.nameEn,
      date: view.documentDateIso,
    },
    children,
  );
}
