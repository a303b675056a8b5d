/**
 * Builds the Recruitment Reason Statement (고용사유서) in the two-page layout practitioners file: 1. the employer,
 * 2. the foreign professional (identity, education, career, planned employment, the duties), 3. the reasons for
 * employment and the utilisation plan. Every figure and fact comes from the case; blanks print as "—".
 */
import { heading, keepWithNext, paragraph, root, table } from "../model/build.js";
import type { Block, DocRoot } from "../model/nodes.js";
import { addresseeLine, dutyBlocks, particles, representativeText, signatureBlock } from "./build-annex.js";
import { BLANK, type Both, type PacketView } from "./build-view.js";
import type { Composer } from "./compose.js";
import { formatMonths } from "../case/dates.js";

/** The evidence list of the cover letter: the contract with its annex, then every document the case records. */
export function evidenceRows(c: Composer, view: PacketView): readonly (readonly string[])[] {
  const rows = [[c.label("contractWithAnnex")], ...view.evidence.map((e) => [e.title])];
  return rows.map((row, i) => [String(i + 1), ...row]);
}

const FOUR = [1.3, 1.9, 1.3, 1.9] as const;
const TWO = [1.3, 5.1] as const;

/** The ratio sentence's data: the counted staff in words, and the share against the limit. */
function ratioData(ratio: NonNullable<PacketView["review"]["ratio"]>) {
  const counted = ratio.counted.filter(([, n]) => n > 0);
  return {
    ...ratio,
    countedKo: counted.length > 0 ? `현재 ${counted.map(([s, n]) => `${s} ${n}명`).join(", ")}에 ` : "",
    countedEn: counted.length > 0 ? `${counted.map(([s, n]) => `${n} ${s}`).join(", ")} plus ` : "",
    percent: ratio.insuredKoreans > 0 ? (Math.round((ratio.after / ratio.insuredKoreans) * 1000) / 10).toFixed(1) : "—",
  };
}

/** The route sentence's data, with the experience in years and months. */
function routeData(route: NonNullable<PacketView["review"]["route"]>, field: Both, year: string) {
  return {
    master: route.kind === "master",
    bachelorPlus: route.kind === "bachelor-plus",
    koreanDegree: route.kind === "korean-degree",
    experience: route.kind === "experience",
    months: { ko: formatMonths(route.months, "ko"), en: formatMonths(route.months, "en") },
    neededYears: route.neededYears,
    field,
    year,
  };
}

/** The RRS: three blocks, then the closing line, date, signature and, in Korean, the addressee. */
export function buildRrs(c: Composer, view: PacketView): DocRoot {
  const title = c.label("rrsTitle");
  const j = particles(view);
  const data = { ...view, j };
  const pick = c.pick;
  const section = (n: number, key: string, clauseId: string): Block => heading(2, `${n}. ${c.label(key)}`, clauseId);
  const item = (mark: string, key: string, clauseId: string): Block => heading(3, `${mark} ${c.label(key)}`, clauseId);
  const { employer, applicant, position, occupation, recruitment, review } = view;
  const fy = (key: string): string =>
    employer.financials
      ? c.langs
          .map((l) =>
            l === "ko"
              ? `${c.labelIn(key, l)}(${employer.financials!.fiscalYear}년)`
              : `${c.labelIn(key, l)} (FY${employer.financials!.fiscalYear})`,
          )
          .join(" / ")
      : c.label(key);
  const money = (key: string, value: Both | undefined): string[] => [fy(key), value ? pick(value) : BLANK];
  const fin = employer.financials;
  // A bilingual row gets one line per language, so a long English name never wraps beside a wrapped label and reads back whole.
  const perLanguage = (key: string, value: Both): string[][] =>
    c.langs.length === 1 ? [[c.label(key), pick(value)]] : c.langs.map((l) => [c.labelIn(key, l), value[l] || BLANK]);

  const company: Block[] = [
    table(
      [
        [c.label("companyName"), pick(employer.name), c.label("brn"), employer.brn],
        [
          c.label("representative"),
          representativeText(c, view) || BLANK,
          c.label("regularEmployees"),
          pick(employer.regularWorkers),
        ],
        [c.label("capital"), fin ? pick(fin.capital) : BLANK, ...money("totalSales", fin?.sales)],
        [...money("totalLiabilities", fin?.liabilities), ...money("operatingProfit", fin?.operatingProfit)],
      ],
      "rrs-company-table",
      { widths: [...FOUR] },
    ),
    table(
      [
        [c.label("foreignProfessionals"), pick(employer.foreignProfessionals)],
        [c.label("companyAddress"), pick(employer.address)],
        [c.label("companyIntro"), pick({ ko: employer.description.ko || BLANK, en: employer.description.en || BLANK })],
      ],
      "rrs-company-more",
      { widths: [...TWO] },
    ),
  ];

  const careers = applicant.careers.map((career, i) => [
    String(i + 1),
    career.employer,
    pick(career.period),
    pick(career.field),
    pick(career.role),
  ]);
  const profile: Block[] = [
    table(
      [
        [c.label("nameLatin"), applicant.name, c.label("sex"), pick(applicant.sex)],
        [c.label("nationality"), pick(applicant.nationality), c.label("dateOfBirth"), pick(applicant.dateOfBirth)],
        [c.label("passportNumber"), applicant.passportNumber, c.label("phone"), applicant.phone],
        [c.label("school"), applicant.school, c.label("degree"), pick(applicant.degree)],
        [c.label("major"), pick(applicant.major), c.label("graduationYear"), applicant.graduationYear],
      ],
      "rrs-applicant-table",
      { widths: [...FOUR] },
    ),
    table([[c.label("addressAbroad"), applicant.addressAbroad]], "rrs-applicant-address", { widths: [...TWO] }),
    ...(careers.length > 0
      ? [
          table(careers, "rrs-career-table", {
            header: [
              c.label("career"),
              c.label("careerEmployer"),
              c.label("careerPeriod"),
              c.label("careerField"),
              c.label("careerRole"),
            ],
            widths: [0.5, 1.5, 2.3, 3.0, 1.2],
          }),
        ]
      : []),
    // Full-width rows with short values: a value that wraps beside a wrapped label is read back interleaved with it.
    table(
      [
        ...perLanguage("employmentPeriod", position.period),
        [c.label("statusAndCode"), `${occupation.subtype}${c.lang === "en" ? " " : ""}(${occupation.code})`],
        ...perLanguage("positionTitle", position.title),
        ...perLanguage("plannedField", { ko: occupation.nameKo, en: occupation.nameEn }),
        ...perLanguage("plannedWorkplace", position.workplace),
        [c.label("payAndConditions"), c.text("rrs-pay", data)],
      ],
      "rrs-employment-table",
      { widths: [...TWO] },
    ),
    heading(3, c.label("rrsDuties"), "rrs-duties"),
    ...dutyBlocks(c, view),
  ];

  const efforts =
    recruitment.efforts.length > 0
      ? [
          ...keepWithNext(c.paragraphs("rrs-efforts-intro", data)),
          ...recruitment.efforts.map((effort, i) =>
            c.clause(`${i + 1})`, "rrs-effort", { ...data, effort }, `rrs-effort-${i + 1}`, { level: 1 }),
          ),
        ]
      : [];
  const local = (value: Both, clauseId: string): Block[] =>
    c.langs.flatMap((l) => (value[l] ? [paragraph(value[l], clauseId)] : []));
  const skills =
    recruitment.skills.length > 0
      ? c.paragraphs("rrs-skills", {
          ...data,
          skills: {
            ko: recruitment.skills
              .map((s) => s.ko)
              .filter(Boolean)
              .join(", "),
            en: recruitment.skills
              .map((s) => s.en)
              .filter(Boolean)
              .join(", "),
          },
        })
      : [];
  const route = review.route
    ? c.paragraphs(
        "rrs-route",
        { ...data, route: routeData(review.route, applicant.major, applicant.graduationYear) },
        "rrs-route",
      )
    : [];
  const ratio = review.ratio ? c.paragraphs("rrs-ratio", { ...data, ratio: ratioData(review.ratio) }) : [];
  const orBlank = (value: Both, clauseId: string): Block[] => {
    const blocks = local(value, clauseId);
    // A section the case leaves empty says so in words; a dash alone reads as a gap in the letter.
    return blocks.length > 0 ? blocks : [paragraph(c.label("nothingToAdd"), clauseId)];
  };

  const children: Block[] = [
    heading(1, title, "rrs-title"),
    section(1, "rrsCompany", "rrs-company"),
    ...company,
    section(2, "rrsApplicant", "rrs-applicant"),
    ...profile,
    section(3, "rrsReasons", "rrs-reasons"),
    item(c.lang === "en" ? "a." : "가.", "rrsReason", "rrs-reason"),
    ...efforts,
    ...local(recruitment.why, "rrs-why"),
    ...skills,
    ...route,
    ...ratio,
    item(c.lang === "en" ? "b." : "나.", "rrsEffect", "rrs-effect"),
    ...orBlank(recruitment.effect, "rrs-effect-text"),
    item(c.lang === "en" ? "c." : "다.", "rrsPlan", "rrs-plan"),
    ...orBlank(recruitment.plan, "rrs-plan-text"),
    item(c.lang === "en" ? "d." : "라.", "rrsOther", "rrs-other"),
    ...orBlank(recruitment.other, "rrs-other-text"),
    ...c.paragraphs("rrs-closing", data),
    signatureBlock(c, view, "rrs-signatures", false, "rrsSigner"),
    ...addresseeLine(c, view, "rrs-addressee"),
  ];
  return root(
    {
      kind: "rrs",
      lang: c.lang,
      title,
      subject: `${view.occupation.code} ${view.occupation.nameEn}`,
      author: view.employer.nameEn,
      date: view.documentDateIso,
    },
    children,
  );
}
