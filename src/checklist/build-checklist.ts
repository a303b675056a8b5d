/**
 * Builds the filing checklist of one case from the case, its occupation and the dated rules: the application route,
 * every document the route and the occupation require with its state on the filing date, what to sign, seal and
 * print, and the checks that failed or warned. Pure: the findings are passed in.
 */
import { addMonths, formatDate } from "../case/dates.js";
import type { Case, CaseDocument } from "../case/types.js";
import type { Occupation } from "../catalog/types.js";
import type { Rules } from "../checks/load-rules.js";
import { findingMessage } from "../checks/messages/localize-finding.js";
import type { Finding } from "../checks/types.js";
import { CHECK_TEXTS, DOCUMENT_KINDS, UNKNOWN_CHECK } from "./texts.js";
import type {
  Checklist,
  ChecklistFinding,
  ChecklistItem,
  ChecklistRoute,
  ItemSection,
  ItemStatus,
  Text2,
} from "./types.js";
import { codeOf } from "../catalog/occupation-lookup.js";
import { employerSettingFor } from "../catalog/employer-settings.js";
import { countryName } from "../render/korean.js";

export interface BuildChecklistInput {
  readonly case: Case;
  readonly occupation: Occupation;
  readonly rules: Rules;
  /** The case checks' findings (info findings are left out). */
  readonly findings: readonly Finding[];
  /** True when the checklist goes into a packet that holds the generated documents. */
  readonly inPacket: boolean;
}

const dayBefore = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The route from the applicant's current status: abroad (or a short-term visitor) files for a visa issuance confirmation; in Korea, a change, extension or workplace change. */
/**
 * The issuer as each language names it: a passport's issuer is often written as the country code printed in it
 * ("VNM"), which a reader should see as the country's name ("베트남", "Vietnam").
 */
function issuerText(issuedBy: string): Text2 {
  const code = issuedBy.trim();
  if (!/^[A-Z]{2,3}$/.test(code) || countryName(code, "en") === code) return { ko: issuedBy, en: issuedBy };
  return { ko: countryName(code, "ko"), en: countryName(code, "en") };
}

export function routeFor(input: Case, occupation: Occupation, rules: Rules): ChecklistRoute {
  const status = (input.applicant.currentStatus ?? "abroad").trim().toUpperCase();
  const route = (id: ChecklistRoute["id"], note?: Text2): ChecklistRoute => {
    const data = rules.applicationRoutes.find((r) => r.id === id)!;
    return {
      id,
      currentStatus: status === "ABROAD" || status === "" ? "abroad" : status,
      name: data.name,
      form: data.form,
      where: data.where,
      source: data.source,
      ...(note ? { note } : {}),
    };
  };
  if (status === "" || status === "ABROAD") return route("visa-issuance-confirmation");
  if (/^[BC]-/.test(status)) {
    return route("visa-issuance-confirmation", {
      ko: `단기 체류자격(${status})에서는 원칙적으로 국내에서 체류자격을 변경할 수 없으므로, 고용업체가 사증발급인정신청을 하고 신청인은 재외공관에서 사증을 받습니다.`,
      en: `A short-term status (${status}) normally cannot be changed in Korea: the employer files for a visa issuance confirmation and the applicant collects the visa abroad.`,
    });
  }
  if (status.startsWith("E-7")) {
    const employer = input.employer;
    const current = input.applicant.experience.find((e) => e.endDate === undefined);
    if (current && (same(current.employer, employer.nameEn) || same(current.employer, employer.nameKo))) {
      return route("extension", {
        ko: "신청인이 이미 이 회사에서 E-7로 근무 중이므로 체류기간 연장에 해당합니다.",
        en: "The applicant already works for this employer under E-7, so this is an extension.",
      });
    }
    const pre = rules.workplaceChangePreApproval;
    const code = codeOf(occupation);
    const needsPermission = pre.codes.includes(code) || pre.subtypes.includes(occupation.subtype);
    return route(
      "workplace-change",
      needsPermission
        ? {
            ko: `${code} 직종은 근무처를 옮기기 전에 허가를 받아야 합니다(${pre.source}).`,
            en: `${code} needs permission before the change of workplace (${pre.source}).`,
          }
        : {
            ko: "이 직종은 근무처 변경 후 15일 이내에 신고합니다. 새 직종으로 바뀌면 체류자격 변경허가가 필요합니다.",
            en: "This occupation reports the change within 15 days after it; a change to a different E-7 subtype needs a change of status.",
          },
    );
  }
  if (/^F-[2456]/.test(status)) {
    return route("change-of-status", {
      ko: `${status} 소지자는 대개 E-7 허가 없이 취업할 수 있습니다. 이 신청이 필요한지 먼저 확인하십시오.`,
      en: `${status} holders can usually work without an E-7 permit; check whether this application is needed at all.`,
    });
  }
  if (/^(E-9|E-10|H-2)/.test(status)) {
    return route("change-of-status", {
      ko: `${status}에서 E-7로의 변경은 제한되며, 숙련기능인력(E-7-4) 점수제 경로 등 별도 요건을 확인해야 합니다.`,
      en: `A change from ${status} to E-7 is restricted; check the separate routes such as the E-7-4 points-based route.`,
    });
  }
  return route("change-of-status", {
    ko: "현재 체류자격을 유지하면서 시간제로 일하는 경우에는 체류자격외 활동허가(같은 통합신청서)를 신청합니다.",
    en: "If the applicant keeps the current status and works part-time, the route is permission for activities outside the status (same form).",
  });
}

/** The state of one held document on the filing date. */
function assess(
  doc: CaseDocument,
  rules: Rules,
  filingDate: string,
): Pick<ChecklistItem, "validThrough" | "legalisation" | "translation" | "status" | "source"> {
  const rule = rules.documentValidity.find(
    (r) => r.kinds.includes(doc.kind) && (r.origin === undefined || r.origin === doc.origin),
  );
  // A certificate valid for 3 months from 2026-11-16 lapses on 2027-02-16, so its last valid day is 2027-02-15 (as document-validity counts it).
  const candidates = [rule?.months ? dayBefore(addMonths(doc.issueDate, rule.months)) : undefined, doc.validUntil]
    .filter((d): d is string => d !== undefined)
    .sort();
  const validThrough = candidates[0];
  const legalisation: ChecklistItem["legalisation"] =
    doc.origin === "foreign" && rule?.requiresLegalisation
      ? doc.legalisation === "apostille" || doc.legalisation === "consular"
        ? doc.legalisation
        : "needed"
      : "not-needed";
  const translation: ChecklistItem["translation"] =
    doc.origin === "foreign" && (doc.translation === "ko" || doc.translation === "en") ? doc.translation : "not-needed";
  const status: ItemStatus =
    validThrough !== undefined && validThrough < filingDate
      ? "expired"
      : legalisation === "needed"
        ? "incomplete"
        : "ready";
  return {
    ...(validThrough ? { validThrough } : {}),
    legalisation,
    translation,
    status,
    ...(rule ? { source: rule.source } : {}),
  };
}

/** Builds the checklist (see the module comment). */
export function buildChecklist(input: BuildChecklistInput): Checklist {
  const { rules, occupation } = input;
  const c = input.case;
  const filingDate = c.filing.plannedFilingDate;
  const code = codeOf(occupation);
  const route = routeFor(c, occupation, rules);
  const inKorea = route.id !== "visa-issuance-confirmation";
  const items: ChecklistItem[] = [];
  const held: { doc: CaseDocument; path: string }[] = [
    ...c.applicant.documents.map((doc, i) => ({ doc, path: `/applicant/documents/${i}` })),
    ...(c.employer.documents ?? []).map((doc, i) => ({ doc, path: `/employer/documents/${i}` })),
  ];
  const used = new Set<string>();

  const untracked = (
    section: ItemSection,
    id: string,
    name: Text2,
    issuer: Text2,
    note?: Text2,
    source?: string,
  ): void => {
    items.push({
      id,
      section,
      name,
      issuer,
      required: true,
      held: false,
      legalisation: "not-needed",
      translation: "not-needed",
      status: "prepare",
      ...(note ? { note } : {}),
      ...(source ? { source } : {}),
    });
  };
  /** One item per held document of the kinds (filtered by `match`), or a missing item when required and none is held. */
  const documents = (
    section: ItemSection,
    id: string,
    kinds: readonly string[],
    required: boolean,
    options: { name?: Text2; issuer?: Text2; match?: RegExp; note?: Text2; source?: string } = {},
  ): void => {
    const found = held.filter(
      ({ doc, path }) =>
        !used.has(path) && kinds.includes(doc.kind) && (options.match === undefined || options.match.test(doc.title)),
    );
    const label = DOCUMENT_KINDS[kinds[0]!] ?? DOCUMENT_KINDS.other!;
    const name = options.name ?? label.name;
    const issuer = options.issuer ?? label.issuer;
    for (const { doc, path } of found) {
      used.add(path);
      const state = assess(doc, rules, filingDate);
      const months = rules.documentValidity.find(
        (r) => r.kinds.includes(doc.kind) && (r.origin === undefined || r.origin === doc.origin),
      )?.months;
      const renew: Text2 | undefined =
        state.status === "expired" && months
          ? {
              ko: `신청일(${formatDate(filingDate, "ko")})에 유효하도록 ${formatDate(addMonths(filingDate, -months), "ko")} 이후에 다시 발급받으십시오.`,
              en: `Get it issued again after ${formatDate(addMonths(filingDate, -months), "en")} so it is valid on the filing date (${formatDate(filingDate, "en")}).`,
            }
          : state.status === "expired"
            ? {
                ko: "신청일 전에 효력이 끝납니다. 새로 발급받으십시오.",
                en: "It lapses before the filing date; get a new one.",
              }
            : state.status === "incomplete"
              ? {
                  ko: "해외 발급 서류이므로 아포스티유 또는 영사확인을 받으십시오.",
                  en: "Issued abroad: have it apostilled or legalised at the consulate.",
                }
              : undefined;
      const note = renew ?? options.note;
      items.push({
        id: found.length > 1 ? `${id}-${items.filter((i) => i.id.startsWith(id)).length + 1}` : id,
        section,
        name,
        issuer: doc.issuedBy !== undefined ? issuerText(doc.issuedBy) : issuer,
        required,
        held: true,
        title: doc.title,
        issueDate: doc.issueDate,
        path,
        ...state,
        ...(note ? { note } : {}),
        ...(options.source && !state.source ? { source: options.source } : {}),
      });
    }
    if (found.length === 0 && required) {
      items.push({
        id,
        section,
        name,
        issuer,
        required,
        held: false,
        legalisation: "not-needed",
        translation: "not-needed",
        status: "missing",
        ...(options.note ? { note: options.note } : {}),
        ...(options.source ? { source: options.source } : {}),
      });
    }
  };

  // The application itself.
  untracked(
    "application",
    "application-form",
    route.form,
    { ko: "신청인·초청인 작성", en: "Filled in by the applicant and the employer" },
    undefined,
    route.source,
  );
  untracked(
    "application",
    "photo",
    { ko: "사진 1매(3.5cm×4.5cm, 6개월 이내 촬영)", en: "One photo (3.5 x 4.5 cm, taken within 6 months)" },
    { ko: "신청인", en: "Applicant" },
  );
  if (inKorea) {
    untracked(
      "application",
      "alien-registration-card",
      { ko: "외국인등록증", en: "Alien registration card" },
      { ko: "출입국·외국인관서", en: "Immigration office" },
    );
    untracked(
      "application",
      "proof-of-residence",
      {
        ko: "체류지 입증서류(임대차계약서, 숙소제공확인서 등)",
        en: "Proof of the place of stay (lease, accommodation confirmation)",
      },
      { ko: "임대인·숙소 제공자", en: "Landlord or host" },
      undefined,
      "MOJ-RESIDENCE-2013",
    );
  }

  // The applicant's documents.
  // A passport copy is always filed; the case lists it only to have its expiry checked, so its absence is a step, not a gap.
  documents("applicant", "passport", ["passport"], false);
  for (const [i, item] of items.entries()) if (item.id.startsWith("passport")) items[i] = { ...item, required: true };
  if (!items.some((i) => i.id.startsWith("passport"))) {
    untracked("applicant", "passport", DOCUMENT_KINDS.passport!.name, DOCUMENT_KINDS.passport!.issuer, {
      ko: "여권 유효기간을 점검하려면 신청 건 정보의 외국인 서류 목록에 여권과 유효기간을 추가하십시오.",
      en: "Add the passport, with its expiry date, to the applicant's documents in the case file to have its expiry checked.",
    });
  }
  documents("applicant", "degree-certificate", ["degree-certificate"], c.applicant.education.length > 0, {
    source: "MOJ-2026-09 p.3, p.213-231",
  });
  documents(
    "applicant",
    "career-certificate",
    ["career-certificate"],
    c.applicant.experience.some((e) => e.relatedToOccupation === true),
    { source: "MOJ-2026-09 p.213-231" },
  );

  // Occupation-specific proof named by the rules, and the recommendation and guarantee letter.
  const recommendation = occupation.recommendation;
  if (recommendation.status === "required" || recommendation.status === "conditional") {
    documents(
      "occupation",
      "employment-recommendation",
      ["employment-recommendation"],
      recommendation.status === "required",
      {
        name: {
          ko: "고용추천서",
          en: `Employment recommendation (${recommendation.by ?? "the responsible ministry"})`,
        },
        issuer: {
          ko: recommendation.byKo ?? recommendation.by ?? "소관 부처",
          en: recommendation.by ?? "the responsible ministry",
        },
        note: {
          ko:
            recommendation.status === "required"
              ? `이 직종은 고용추천서가 필수입니다.${recommendation.noteKo ? ` ${recommendation.noteKo}` : ""} 대한민국 비자포털(visa.go.kr)에서 온라인으로 발급됩니다.`
              : (recommendation.noteKo ?? "특정한 경우에만 필수입니다."),
          en: recommendation.note,
        },
        source: "MOJ-2026-09 (occupation criteria page)",
      },
    );
  }
  const guarantee = rules.guaranteeLetter;
  if (guarantee.codes.includes(code) || guarantee.subtypes.includes(occupation.subtype)) {
    const onExtension = route.id === "extension";
    documents("occupation", "guarantee-letter", ["guarantee-letter"], onExtension, {
      note: { ko: "근무처 변경이 제한되는 직종은 체류기간 연장 시 신원보증서 원본을 제출합니다.", en: guarantee.note },
      source: guarantee.source,
    });
  }
  for (const proof of rules.occupationDocuments.filter((d) => d.codes.includes(code))) {
    // Proof recognised by its title (a TOPIK certificate) may also be shown another way (study abroad), so its absence is a step.
    if (proof.kinds && proof.match) {
      documents("occupation", proof.id, proof.kinds, false, {
        name: proof.name,
        issuer: proof.issuer,
        match: new RegExp(proof.match, "i"),
        note: { ko: proof.name.ko, en: proof.note },
        source: proof.source,
      });
      if (!items.some((i) => i.id.startsWith(proof.id)))
        untracked(
          "occupation",
          proof.id,
          proof.name,
          proof.issuer,
          { ko: proof.name.ko, en: proof.note },
          proof.source,
        );
    } else if (proof.kinds) {
      documents("occupation", proof.id, proof.kinds, proof.optional !== true, {
        name: proof.name,
        issuer: proof.issuer,
        ...(proof.match ? { match: new RegExp(proof.match, "i") } : {}),
        note: { ko: proof.name.ko, en: proof.note },
        source: proof.source,
      });
    } else {
      untracked("occupation", proof.id, proof.name, proof.issuer, { ko: proof.name.ko, en: proof.note }, proof.source);
    }
  }

  // An occupation open to one kind of employer: the proof of that kind, unless a document above proves it already.
  const setting = employerSettingFor(code, rules.occupationEmployerSettings);
  if (setting && !rules.occupationDocuments.some((d) => d.codes.includes(code) && d.provesEmployerKind))
    untracked(
      "occupation",
      "employer-kind-proof",
      {
        ko: "고용업체 업종 증빙(등록증·지정서 등)",
        en: "Proof of the employer's kind (registration, designation or the like)",
      },
      { ko: "관할 등록·지정 기관", en: "The registering or designating authority" },
      {
        ko: `이 직종은 다음 업체만 고용할 수 있습니다: ${setting.settingKo}. 사업 내용에도 업종을 적으십시오.`,
        en: `The occupation is open only to ${setting.setting}; name the kind in the business description too.`,
      },
      setting.source,
    );
  // The employer's documents.
  documents("employer", "business-registration", ["business-registration"], true, { source: "MOJ-2026-09 p.3" });
  documents("employer", "tax-certificate-national", ["tax-certificate-national"], true, { source: "MOJ-2026-09 p.3" });
  documents("employer", "tax-certificate-local", ["tax-certificate-local"], true, { source: "MOJ-2026-09 p.3" });
  const reviewed =
    occupation.stricterReview.applies || (occupation.subtype !== "E-7-1" && occupation.subtype !== "E-7-S");
  documents("employer", "employment-insurance-roster", ["employment-insurance-roster"], reviewed, {
    source: "MOJ-2026-09 p.229",
  });
  untracked(
    "employer",
    "employment-contract",
    { ko: "고용계약서(연봉·근로시간 명시)", en: "Employment contract (stating the pay and working hours)" },
    { ko: "고용업체·신청인", en: "Employer and applicant" },
    undefined,
    "MOJ-2026-09 p.230",
  );

  // What this tool writes, and for a reapplication the denial notice.
  const generated = (id: string, name: Text2): void => {
    items.push({
      id,
      section: "packet",
      name,
      issuer: { ko: "고용업체 작성", en: "Employer (drafts it)" },
      required: true,
      held: input.inPacket,
      legalisation: "not-needed",
      translation: "not-needed",
      status: input.inPacket ? "generated" : "prepare",
      ...(input.inPacket
        ? {}
        : { note: { ko: "서류 묶음을 생성하면 함께 작성됩니다.", en: "Written by e7-align generate." } }),
    });
  };
  generated("contract-duty-annex", { ko: "고용계약서 직무 내용 부속서", en: "Contract duty annex" });
  generated("recruitment-reason-statement", { ko: "고용사유서", en: "Recruitment Reason Statement (고용사유서)" });
  const prior = c.priorApplication;
  // The cover letter by the title printed on it (templates/labels.json coverTitle*), so the checklist names the same document.
  const coverTitleKo = c.filing.kind === "supplement" ? "보완서류 제출 설명서" : "재신청 사유서";
  if (prior)
    generated("cover-letter", {
      ko: coverTitleKo,
      en: c.filing.kind === "supplement" ? "Supplementation cover letter" : "Reapplication cover letter",
    });
  if (prior && prior.decision === "denied") {
    const denial = {
      // 종전 신청, as the cover letter calls the earlier application.
      name: { ko: "종전 신청의 불허 통지서 사본", en: "Copy of the earlier denial notice" },
      issuer: { ko: "출입국·외국인관서", en: "Immigration office" },
      note: {
        ko: `접수번호 ${prior.receiptNumber ?? "미기재"}, 결정일 ${prior.decisionDate ? formatDate(prior.decisionDate, "ko") : "미기재"}`,
        en: `Receipt number ${prior.receiptNumber ?? "not given"}, decided ${prior.decisionDate ? formatDate(prior.decisionDate, "en") : "date not given"}`,
      },
    };
    // The case schema has no kind for it: an "other" document titled as a denial counts; otherwise it is a step to prepare.
    documents("packet", "denial-notice", ["other"], false, { ...denial, match: /불허|거부|denial|refus/i });
    if (!items.some((i) => i.id.startsWith("denial-notice")))
      untracked("packet", "denial-notice", denial.name, denial.issuer, denial.note);
  }
  // Whatever else the case holds (criminal record, transcript, licences) is listed as held, not required.
  for (const { doc, path } of held) {
    if (used.has(path)) continue;
    used.add(path);
    const label = DOCUMENT_KINDS[doc.kind] ?? DOCUMENT_KINDS.other!;
    items.push({
      id: `${doc.kind}-${path.split("/").at(-1)}`,
      section: path.startsWith("/employer") ? "employer" : "applicant",
      name: label.name,
      issuer: doc.issuedBy !== undefined ? issuerText(doc.issuedBy) : label.issuer,
      required: false,
      held: true,
      title: doc.title,
      issueDate: doc.issueDate,
      path,
      ...assess(doc, rules, filingDate),
    });
  }

  const sign: Text2[] = [
    {
      ko: `${route.form.ko}: 신청인 서명, 초청 회사 대표자 서명 또는 날인`,
      en: `${route.form.en}: the applicant's signature and the employer representative's signature or seal`,
    },
    {
      ko: "고용계약서와 직무 내용 부속서: 대표자(법인 인감 날인)와 신청인이 각각 서명",
      en: "Employment contract and duty annex: signed by the representative (with the company seal) and by the applicant",
    },
    {
      ko: "고용사유서: 대표자 서명, 법인 인감 날인",
      en: "Recruitment Reason Statement: the representative's signature and the company seal",
    },
    ...(prior
      ? [{ ko: `${coverTitleKo}: 대표자 서명·날인`, en: "Cover letter: the representative's signature and seal" }]
      : []),
    ...(items.some((i) => i.id.startsWith("guarantee-letter"))
      ? [
          {
            ko: "신원보증서: 보증인(대표자) 서명·날인, 법인 인감증명서 첨부",
            en: "Letter of guarantee: the guarantor's (representative's) signature and seal, with the company seal certificate",
          },
        ]
      : []),
    {
      ko: "행정사가 대리 신청하는 경우: 위임장(대표자 날인)과 행정사 업무신고확인증 사본",
      en: "When an agent (행정사) files: a power of attorney sealed by the representative and a copy of the agent's registration",
    },
  ];
  const print: Text2[] = [
    {
      ko:
        "이번 서류 묶음의 PDF(직무 내용 부속서, 고용사유서" +
        (prior ? `, ${coverTitleKo}` : "") +
        ")를 A4로 1부씩 출력합니다. DOCX는 수정용입니다.",
      en: `The packet's PDFs (duty annex, Recruitment Reason Statement${prior ? ", cover letter" : ""}), one copy each on A4; the DOCX files are for editing only.`,
    },
    {
      ko: "국내 증명서는 신청일 기준 3개월 이내 발급본을 출력·제출합니다.",
      en: "Domestic certificates printed from an issue within 3 months of the filing date.",
    },
    {
      ko: "해외 서류는 아포스티유(또는 영사확인)가 붙은 원본과 번역문을 함께 제출합니다.",
      en: "Foreign documents as originals with the apostille (or consular confirmation) and the translation.",
    },
    {
      ko: "여권 사본(인적사항 면)과 신청서, 이 점검표(보관용)",
      en: "The passport copy (photo page), the application form, and this checklist for the file.",
    },
  ];
  const findings: ChecklistFinding[] = input.findings
    .filter((f): f is Finding & { severity: "error" | "warning" } => f.severity === "error" || f.severity === "warning")
    .map((f) => {
      const texts = CHECK_TEXTS[`${f.checkId}/${f.messageId}`] ?? CHECK_TEXTS[f.checkId] ?? UNKNOWN_CHECK;
      return {
        severity: f.severity,
        checkId: f.checkId,
        title: texts.title,
        message: f.message,
        messageKo: findingMessage(f, "ko"),
        fix: texts.fix,
        ...(f.path !== undefined ? { path: f.path } : {}),
        source: f.source,
      };
    });
  const byStatus: Record<ItemStatus, number> = {
    ready: 0,
    expired: 0,
    missing: 0,
    incomplete: 0,
    prepare: 0,
    generated: 0,
  };
  for (const item of items) byStatus[item.status] += 1;
  const errors = findings.filter((f) => f.severity === "error").length;
  return {
    checklistVersion: 1,
    filingDate,
    documentDate: c.filing.documentDate,
    filingKind: c.filing.kind,
    office: c.filing.immigrationOffice,
    code,
    subtype: occupation.subtype,
    occupation: { ko: occupation.nameKo, en: occupation.nameEn },
    applicant: c.applicant.fullName,
    employer: { ko: c.employer.nameKo, en: c.employer.nameEn },
    route,
    items,
    signAndSeal: sign,
    print,
    findings,
    summary: {
      byStatus,
      errors,
      warnings: findings.length - errors,
      readyToFile: byStatus.missing + byStatus.expired + byStatus.incomplete + errors === 0,
    },
    rules: { version: rules.rulesVersion, asOf: rules.asOf },
  };
}
