import { describe, expect, it } from "vitest";
import type { Case } from "../../src/case/types.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { requireOccupation } from "../../src/catalog/resolve-code.js";
import { checklistForCase } from "../../src/checklist/checklist-for-case.js";
import { formatChecklistText } from "../../src/checklist/format-checklist.js";
import { renderChecklist, summaryText } from "../../src/checklist/render-checklist.js";
import { CHECK_TEXTS } from "../../src/checklist/texts.js";
import { checks } from "../../src/checks/index.js";
import { extractPdfItems } from "../../src/readers/pdf-text-extract.mjs";
import { writePdf } from "../../src/writers/pdf.js";
import type { Checklist } from "../../src/checklist/types.js";
import { exampleCase, type Draft } from "../checks/check-tester.js";

const catalog = loadCatalog();

/** The checklist of an example after an edit. */
function checklistOf(example: string, change?: (c: Draft) => void): Checklist {
  const draft = exampleCase(example);
  change?.(draft);
  const { occupation } = requireOccupation(catalog, draft.selectedCode, draft.filing.codeEdition);
  return checklistForCase(draft as Case, occupation, catalog);
}

const item = (checklist: Checklist, id: string) => checklist.items.find((i) => i.id === id);

describe("the application route", () => {
  it("should be a visa issuance confirmation (form 21) from abroad", () => {
    const route = checklistOf("web-developer").route;
    expect(route).toMatchObject({
      id: "visa-issuance-confirmation",
      currentStatus: "abroad",
      name: { ko: "사증발급인정신청" },
    });
    expect(route.form.ko).toContain("제21호서식");
  });

  it("should be a change of status (form 34) from D-10-1 in Korea, with the in-Korea items", () => {
    const checklist = checklistOf("interpreter");
    expect(checklist.route).toMatchObject({
      id: "change-of-status",
      currentStatus: "D-10-1",
      name: { ko: "체류자격 변경허가" },
    });
    expect(checklist.route.form.ko).toContain("제34호서식");
    expect(item(checklist, "alien-registration-card")?.status).toBe("prepare");
    expect(item(checklist, "proof-of-residence")?.status).toBe("prepare");
  });

  it("should be an extension for an E-7 holder already working for this employer, and a workplace change otherwise", () => {
    const extension = checklistOf("web-developer", (c) => {
      c.applicant.currentStatus = "E-7-1";
      c.applicant.experience.unshift({
        employer: c.employer.nameEn,
        role: "Web developer",
        startDate: "2024-01-02",
        duties: "Web storefront development",
      });
    });
    expect(extension.route.id).toBe("extension");
    const change = checklistOf("drafter", (c) => {
      c.applicant.currentStatus = "E-7-1";
    });
    expect(change.route.id).toBe("workplace-change");
    expect(change.route.note?.en).toMatch(/2395 needs permission before the change/);
  });

  it("should send a short-term visitor (C-3) through a visa issuance confirmation", () => {
    expect(checklistOf("web-developer", (c) => void (c.applicant.currentStatus = "C-3-1")).route).toMatchObject({
      id: "visa-issuance-confirmation",
      currentStatus: "C-3-1",
    });
  });
});

describe("documents and their state on the filing date", () => {
  it("should date domestic certificates 3 months from issue and mark a ready example ready to file", () => {
    const checklist = checklistOf("web-developer");
    expect(item(checklist, "business-registration")).toMatchObject({
      held: true,
      issueDate: "2026-11-16",
      validThrough: "2027-02-15",
      status: "ready",
      required: true,
    });
    expect(item(checklist, "degree-certificate")).toMatchObject({
      legalisation: "consular",
      translation: "ko",
      status: "ready",
    });
    expect(checklist.summary.readyToFile).toBe(true);
  });

  it("should mark the expired certificate of the problem example and say when to get a new one", () => {
    const checklist = checklistOf("problem-expired-certificate");
    expect(item(checklist, "tax-certificate-national")).toMatchObject({
      status: "expired",
      issueDate: "2026-08-20",
      validThrough: "2026-11-19",
    });
    expect(item(checklist, "tax-certificate-national")?.note?.en).toMatch(/after 7 September 2026/);
    expect(item(checklist, "tax-certificate-national")?.note?.ko).toMatch(/2026\. 9\. 7\. 이후/);
    expect(item(checklist, "passport")).toMatchObject({ held: true, validThrough: "2029-03-10", status: "ready" });
    expect(checklist.summary).toMatchObject({ readyToFile: false, errors: 1 });
    expect(checklist.findings.find((f) => f.checkId === "document-validity")).toMatchObject({
      severity: "error",
      title: { ko: "서류 유효기간·공증" },
    });
  });

  it("should mark the missing mandatory recommendation and the travel-agency proof of 2832", () => {
    const checklist = checklistOf("problem-missing-recommendation");
    expect(item(checklist, "employment-recommendation")).toMatchObject({
      status: "missing",
      required: true,
      held: false,
      issuer: { en: "Ministry of Culture, Sports and Tourism (MCST)" },
    });
    expect(item(checklist, "travel-agency-registration")?.status).toBe("prepare");
    expect(checklist.summary.byStatus.missing).toBe(1);
  });

  it("should ask a tourist interpreter guide's employer (44213) for the travel-agency proof too", () => {
    const checklist = checklistOf("web-developer", (c) => {
      c.selectedCode = "44213";
    });
    expect(item(checklist, "travel-agency-registration")?.status).toBe("prepare");
    expect(item(checklistOf("web-developer"), "travel-agency-registration")).toBeUndefined();
  });

  it("should flag a foreign document without an apostille as incomplete", () => {
    const checklist = checklistOf("web-developer", (c) => {
      c.applicant.documents[0]!.legalisation = "none";
    });
    expect(item(checklist, "degree-certificate")).toMatchObject({ legalisation: "needed", status: "incomplete" });
    expect(checklist.summary.readyToFile).toBe(false);
  });

  it("should list the CAD workspace for 2395 and the guarantee letter it needs on extension", () => {
    const first = checklistOf("drafter");
    expect(item(first, "cad-workspace")).toMatchObject({ section: "occupation", status: "prepare" });
    expect(item(first, "guarantee-letter")).toBeUndefined();
    const extension = checklistOf("drafter", (c) => {
      c.applicant.currentStatus = "E-7-1";
      c.applicant.experience.unshift({
        employer: c.employer.nameKo,
        role: "Drafter",
        startDate: "2024-01-02",
        duties: "CAD drafting",
      });
    });
    expect(item(extension, "guarantee-letter")).toMatchObject({ status: "missing", required: true });
  });

  it("should find TOPIK proof for 2914 by its title", () => {
    const checklist = checklistOf("interpreter", (c) => {
      c.applicant.documents.push({
        kind: "licence",
        title: "TOPIK level 6 certificate",
        issuedBy: "NIIED",
        issueDate: "2025-05-20",
        origin: "domestic",
      });
    });
    expect(item(checklist, "language-proficiency")).toMatchObject({
      held: true,
      title: "TOPIK level 6 certificate",
      status: "ready",
    });
  });

  it("should list the denial notice and the cover letter for a reapplication", () => {
    const checklist = checklistOf("reapplication-after-code-mismatch");
    expect(item(checklist, "denial-notice")?.note?.en).toMatch(/Receipt number/);
    expect(item(checklist, "cover-letter")).toBeDefined();
    // The checklist names the cover letter by the title printed on it, and dates the denial as Korean documents do.
    expect(item(checklist, "cover-letter")?.name.ko).toBe("재신청 사유서");
    expect(checklist.signAndSeal.some((s) => s.ko.startsWith("재신청 사유서:"))).toBe(true);
    expect(checklist.print[0]?.ko).toContain("재신청 사유서");
    expect(item(checklist, "denial-notice")?.note?.ko).toContain("결정일 2026. 9. 24.");
    expect(item(checklist, "denial-notice")?.note?.ko).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("should write the Korean route notes with the particle E-7 takes (E-7로)", () => {
    const extension = checklistOf("web-developer", (c) => {
      c.applicant.currentStatus = "E-7-1";
      c.applicant.experience.unshift({
        employer: c.employer.nameEn,
        role: "Web developer",
        startDate: "2024-01-02",
        duties: "Web storefront development",
      });
    });
    expect(extension.route.note?.ko).toContain("E-7로 근무 중");
    const fromE9 = checklistOf("drafter", (c) => {
      c.applicant.currentStatus = "E-9";
    });
    expect(fromE9.route.note?.ko).toContain("E-7로의 변경");
    for (const route of [extension.route, fromE9.route]) expect(route.note?.ko).not.toContain("E-7으로");
  });
});

describe("rendering", () => {
  const checklist = checklistOf("problem-expired-certificate");
  it("should write Korean in the Korean document and English in the English one", () => {
    const text = (lang: "ko" | "en"): string => JSON.stringify(renderChecklist(checklist, lang).children);
    expect(text("ko")).toContain("국세 납세증명서");
    expect(text("ko")).toContain("신청일 전 만료");
    expect(text("ko")).not.toMatch(/expires before filing|What to sign/);
    expect(text("en")).toContain("Expires before filing");
    expect(text("en")).not.toContain("신청일 전 만료");
    // Korean headers and values a Korean reader expects: no "(까지)" column, no "해외 체류" as a status, "×" in sizes.
    expect(text("ko")).toContain("유효기한");
    expect(text("ko")).not.toContain("유효기간(까지)");
    expect(JSON.stringify(renderChecklist(checklistOf("web-developer"), "ko").children)).toContain("없음(국외 체류)");
    expect(text("ko")).toContain("3.5cm×4.5cm");
    expect(text("ko")).toContain("범죄경력증명서(해당 시): ");
    expect(text("ko")).toContain("2224 웹 개발자(E-7-1)");
    expect(text("ko")).toMatch(/신청 전에 해결할 항목이 있습니다: 없는 서류 \d+건, 만료 서류 \d+건/);
    expect(renderChecklist(checklist, "ko").meta).toMatchObject({
      kind: "filing-checklist",
      lang: "ko",
      date: "2026-12-01",
    });
  });

  it("should put a held document's issue date on its own line, so the narrow column never breaks the date", () => {
    const doc = renderChecklist(checklistOf("web-developer"), "ko");
    const documents = doc.children.find((b) => b.clauseId === "checklist-documents-table");
    if (documents?.type !== "table") throw new Error("no documents table");
    const held = documents.rows.map((row) => row[3]);
    expect(held).toContainEqual(["있음", "2026. 11. 16."]);
    expect(held.filter((cell) => typeof cell === "string" && /\d/.test(cell))).toEqual([]);
  });

  it("should break 출입국·외국인관서 after its middle dot in the PDF's narrow issuer column, never inside the word", async () => {
    const doc = renderChecklist(checklistOf("reapplication-after-code-mismatch"), "ko");
    const result = await extractPdfItems(await writePdf(doc), 5);
    if (result.kind !== "ok") throw new Error(result.kind);
    const lines = (result.pages as { str: string }[][]).flat().map((i) => i.str.trim());
    expect(lines).toContain("외국인관서");
    expect(lines.filter((l) => l === "서" || l.endsWith("외국인관"))).toEqual([]);
  });

  it("should set a Korean note under the documents table as a ※ note naming its row, not as a numbered list item", () => {
    const doc = renderChecklist(checklistOf("web-developer"), "ko");
    const note = doc.children.find((b) => b.clauseId === "checklist-note-3");
    expect(note).toMatchObject({ type: "paragraph" });
    expect(note?.type === "paragraph" && note.text).toMatch(/^※ 3번 여권 사본: 여권 유효기간을/);
    const english = renderChecklist(checklistOf("web-developer"), "en").children.find(
      (b) => b.clauseId === "checklist-note-3",
    );
    expect(english).toMatchObject({ type: "clause", number: "3)" });
  });

  it("should not name e7-align or its rules data in the Korean findings an officer reads", () => {
    const doc = renderChecklist(checklistOf("web-developer"), "ko");
    const findings = doc.children.find((b) => b.clauseId === "checklist-findings-table");
    if (findings?.type !== "table") throw new Error("no findings table");
    const text = JSON.stringify(findings.rows);
    expect(text).toContain("최저임금");
    expect(text).not.toMatch(/e7-align|규칙 자료/);
  });

  it("should call the earlier application 종전 신청, as the cover letter does, and date the denial in words", () => {
    const denial = item(checklistOf("reapplication-after-code-mismatch"), "denial-notice");
    expect(denial?.name.ko).toBe("종전 신청의 불허 통지서 사본");
    expect(denial?.note?.ko).toContain("결정일 2026. 9. 24.");
    expect(denial?.note?.en).toContain("decided 24 September 2026");
  });

  it("should name where to add the passport in words, not by the case file's field names", () => {
    const web = checklistOf("web-developer");
    for (const lang of ["ko", "en"] as const) {
      const text = JSON.stringify(renderChecklist(web, lang).children);
      expect(text).toContain(lang === "ko" ? "외국인 서류 목록에 여권과 유효기간을" : "the applicant's documents");
      expect(text).not.toMatch(/applicant\.documents|validUntil/);
    }
  });

  it("should show the findings in the Korean document by their Korean message, without check ids or field paths", () => {
    const korean = JSON.stringify(renderChecklist(checklist, "ko").children);
    expect(checklist.findings.length).toBeGreaterThan(0);
    for (const finding of checklist.findings) {
      expect(korean).toContain(JSON.stringify(finding.messageKo).slice(1, 40));
      expect(korean).not.toContain(`(${finding.checkId})`);
      if (finding.path) expect(korean).not.toContain(finding.path);
    }
  });

  it("should not repeat an item's name as its Korean note, nor print the ministry's English name in the Korean item", () => {
    const travel = checklistOf("problem-missing-recommendation");
    const korean = JSON.stringify(renderChecklist(travel, "ko").children);
    const proof = travel.items.find((i) => i.section === "occupation" && i.note?.ko === i.name.ko);
    expect(proof).toBeDefined();
    expect(korean).not.toContain(`${proof!.name.ko}: ${proof!.name.ko}`);
    expect(JSON.stringify(renderChecklist(travel, "en").children)).toContain(proof!.note!.en);
    expect(item(travel, "employment-recommendation")?.name.ko).toBe("고용추천서");
    expect(item(travel, "employment-recommendation")?.note?.ko).toContain("대한민국 비자포털(visa.go.kr)");
  });

  it("should give the fix of the message, not of the check, when the checklist has one", () => {
    const wage = checklistOf("web-developer").findings.find((f) => f.checkId === "minimum-wage");
    expect(wage?.fix.en).toMatch(/later contract years/);
  });

  it("should print the English state, legalisation and severity cells as labels, not as lower-case data values", () => {
    const cases = [
      checklist,
      checklistOf("web-developer"),
      checklistOf("web-developer", (c) => {
        c.applicant.documents[0]!.legalisation = "none";
        c.applicant.documents[1]!.legalisation = "apostille";
      }),
    ];
    const cells: string[] = [];
    for (const one of cases) {
      const doc = renderChecklist(one, "en");
      const table = (id: string) => {
        const found = doc.children.find((b) => b.clauseId === id);
        if (found?.type !== "table") throw new Error(`no ${id}`);
        return found.rows.map((row) => row.map((cell) => (typeof cell === "string" ? cell : cell[0]!)));
      };
      cells.push(table("checklist-overview-table").at(-1)![1]!);
      for (const row of table("checklist-documents-table")) cells.push(row[3]!, row[5]!, row[6]!);
      for (const row of table("checklist-findings-table")) cells.push(row[0]!);
    }
    expect(cells).toEqual(expect.arrayContaining(["None (abroad)", "Yes", "No", "To prepare", "Warning", "Error"]));
    expect(cells).toEqual(
      expect.arrayContaining([
        "Consular, Korean translation",
        "Needed (missing), Korean translation",
        "Apostille, Korean translation",
      ]),
    );
    expect(cells.filter((cell) => !/^[A-Z0-9—]/.test(cell))).toEqual([]);
    const text = formatChecklistText(checklist, "en");
    expect(text).toMatch(/^ {2}Error \[document-validity\]/m);
    expect(text).toMatch(/; Issued 20\d\d-/);
    expect(text).not.toMatch(/; issued |\b(consular|apostille), /);
  });

  it("should name a passport's issuing country in each language, not by the code written in the case", () => {
    const expired = checklistOf("problem-expired-certificate");
    expect(item(expired, "passport")?.issuer).toEqual({ ko: "베트남", en: "Vietnam" });
    for (const lang of ["ko", "en"] as const) {
      expect(JSON.stringify(renderChecklist(expired, lang).children)).not.toMatch(/"VNM"/);
      expect(formatChecklistText(expired, lang)).not.toMatch(/\bVNM\b/);
    }
    expect(formatChecklistText(expired, "ko")).toContain("발급기관: 베트남;");
    // A written issuer that is not a country code is printed as written.
    expect(item(expired, "degree-certificate")?.issuer.en).toBe("Hanoi University of Science and Technology");
  });

  it("should print the text form with the numbered items and the fix", () => {
    const text = formatChecklistText(checklist, "en");
    expect(text).toMatch(/\[EXPIRES BEFORE FILING\] National tax payment certificate: 국세 납세증명서/);
    expect(text).toMatch(/Fix: Get the document issued again/);
  });
});

describe("checklist check titles", () => {
  it("should give every registered case check a Korean title (acronyms aside) and a fix", () => {
    expect(Object.keys(checks).filter((id) => CHECK_TEXTS[id] === undefined)).toEqual([]);
    for (const id of Object.keys(checks)) {
      const texts = CHECK_TEXTS[id]!;
      expect(texts.title.ko, id).not.toMatch(/[a-z]/);
      expect(texts.fix.en, id).toMatch(/\S/);
    }
  });
});

describe("the Korean checklist text of a ruled-out employer", () => {
  it("should print the Korean message and the fix for that message, not the check's general fix", () => {
    const checklist = checklistOf("web-developer", (c) => {
      c.selectedCode = "3612";
      c.employer.businessDescription = { ko: "부산에서 모텔을 운영합니다.", en: "Runs a motel in Busan." };
    });
    const text = formatChecklistText(checklist, "ko");
    expect(text).toContain('업체명·사업 내용·근무지에 "모텔" 표현이 있습니다.');
    expect(text).toContain("직종을 고용할 수 없는 업종");
    expect(text).toContain("그러한 업종의 업체라면 이 직종코드로 신청할 수 없습니다.");
    expect(text).not.toContain("맞는다면 사업 내용에 해당 업종을 적고");
  });
});

describe("the checklist's summary sentence", () => {
  it("should not read as all clear when warnings remain", () => {
    const checklist = checklistOf("web-developer");
    const ready = { ...checklist, summary: { ...checklist.summary, readyToFile: true, warnings: 0 } };
    const warned = { ...checklist, summary: { ...checklist.summary, readyToFile: true, warnings: 2 } };
    expect(summaryText(ready, "ko")).not.toContain("경고");
    expect(summaryText(warned, "ko")).toContain("점검 결과의 경고 2건도 신청 전에 확인하십시오.");
    expect(summaryText(warned, "en")).toContain("Read the 2 warning(s) in the check results before filing too.");
  });
});

describe("proof of the employer's kind", () => {
  it("should ask a 3612 employer to prove it is a registered hotel, and no one else twice", () => {
    const hotel = checklistOf("web-developer", (c) => {
      c.selectedCode = "3612";
    });
    expect(item(hotel, "employer-kind-proof")).toMatchObject({ status: "prepare", required: true });
    expect(item(hotel, "employer-kind-proof")?.note?.ko).toContain("「관광진흥법」에 따라 등록한 관광호텔");
    // 2832's travel-agency registration is that proof already; 2224 has no employer kind.
    expect(item(checklistOf("problem-missing-recommendation"), "employer-kind-proof")).toBeUndefined();
    expect(item(checklistOf("web-developer"), "employer-kind-proof")).toBeUndefined();
  });
});
