import { officeById } from "../../src/case/immigration-offices.js";
import { textIn, textsOf } from "../../src/case/local-text.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Case } from "../../src/case/types.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { requireOccupation } from "../../src/catalog/resolve-code.js";
import { loadRules } from "../../src/checks/load-rules.js";
import { buildCheckContext } from "../../src/checks/run-checks.js";
import { dutyReadings } from "../../src/generate/duty-readings.js";
import { reviewFactsFor } from "../../src/generate/review-facts-for.js";
import { salaryFloorFor } from "../../src/generate/salary-floor-for.js";
import type { Cell, DocRoot, DocumentLang } from "../../src/model/nodes.js";
import { collectLines, collectText } from "../../src/model/walk.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { planDuties } from "../../src/render/plan-duties.js";
import { renderPacket } from "../../src/render/render-packet.js";
import { loadTemplates } from "../../src/render/templates.js";

type Draft = { -readonly [K in keyof Case]: Case[K] };

function example(name: string): Draft {
  return JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "examples", name, "case.json"), "utf8")) as Draft;
}

async function render(input: Case, lang: DocumentLang = "both", withReadings = false) {
  const catalog = loadCatalog();
  const { occupation } = requireOccupation(catalog, input.selectedCode, input.filing.codeEdition);
  const context = buildCheckContext(input, occupation, catalog);
  const plan = planDuties(input.position.duties, occupation, context.match);
  const rules = loadRules();
  const floor = salaryFloorFor(input, occupation, rules);
  const review = reviewFactsFor(input, occupation, rules);
  const readings = withReadings ? dutyReadings(input, catalog) : undefined;
  return {
    plan,
    occupation,
    packet: renderPacket(await loadTemplates(), {
      case: input,
      catalog,
      occupation,
      plan,
      lang,
      review,
      ...(floor ? { salaryFloor: floor } : {}),
      ...(readings ? { readings } : {}),
    }),
  };
}

describe("renderPacket", async () => {
  const web = example("web-developer");
  const { packet, plan, occupation } = await render(web);
  const annex = packet.documents.find((d) => d.kind === "contract-annex")!.doc;
  const rrs = packet.documents.find((d) => d.kind === "rrs")!.doc;

  it("should write each duty clause as the case states it, with its specifics and share, and no catalog task text", () => {
    const duties = annex.children.filter((b) => b.type === "clause" && b.clauseId.startsWith("duty-"));
    expect(duties).toHaveLength(web.position.duties.length);
    plan.forEach((p, i) => {
      const clause = duties[i]!;
      if (clause.type !== "clause") throw new Error("not a clause");
      const [ko, en] = clause.paragraphs;
      expect(en).toContain(textIn(web.position.duties[i]!.text, "en")!);
      expect(ko).toContain(textIn(web.position.duties[i]!.text, "ko")!);
      expect(en).toContain(`about ${web.position.duties[i]!.share}%`);
      expect(ko).toContain(`약 ${web.position.duties[i]!.share}%`);
      for (const tool of web.position.duties[i]!.tools ?? []) expect(en).toContain(tool);
      if (p.task) for (const text of [ko, en]) expect(text).not.toContain(p.task.en.replace(/\.$/, ""));
    });
  });

  it("should never add a duty: anchored tasks are ones the catalog lists for the occupation", () => {
    for (const p of plan) expect(occupation.tasks).toContainEqual(p.task);
  });

  it("should give the RRS the same duty wording as the annex", () => {
    const dutyText = (doc: typeof annex) =>
      doc.children
        .filter((b) => b.type === "clause" && b.clauseId.startsWith("duty-"))
        .map((b) => (b.type === "clause" ? b.paragraphs : []));
    expect(dutyText(rrs)).toEqual(dutyText(annex));
  });

  it("should lay bilingual documents out Korean first, then English", () => {
    const intro = annex.children
      .filter((b) => b.clauseId === "annex-intro")
      .map((b) => (b.type === "paragraph" ? b.text : ""));
    expect(intro).toHaveLength(2);
    expect(intro[0]).toMatch(/[가-힣]/);
    expect(intro[1]).toMatch(/^This annex/);
  });

  it("should lay the RRS out in the practitioners' three blocks, with the case's figures and no rows a real one lacks", async () => {
    const headings = rrs.children.filter((b) => b.type === "heading" && b.depth === 2).map((b) => b.clauseId);
    expect(headings).toEqual(["rrs-company", "rrs-applicant", "rrs-reasons"]);
    const items = rrs.children.filter((b) => b.type === "heading" && b.depth === 3).map((b) => b.clauseId);
    expect(items).toEqual(["rrs-duties", "rrs-reason", "rrs-effect", "rrs-plan", "rrs-other"]);
    const { packet: korean } = await render(web, "ko");
    const text = collectText(korean.documents.find((d) => d.kind === "rrs")!.doc);
    const f = web.employer.financials!;
    const won = (n: number): string => `${n.toLocaleString("en-US")}원`;
    const figures = [
      won(web.position.annualSalaryKrw),
      won(f.capitalKrw!),
      won(f.totalSalesKrw!),
      won(f.totalLiabilitiesKrw!),
      won(f.operatingProfitKrw!),
      web.applicant.passportNumber!,
      "베트남",
      "1994. 5. 17.",
      "2027. 1. 4.부터 2년",
    ];
    for (const figure of figures) expect(text).toContain(figure);
    // Ratio arithmetic from the case: 2 counted E-7-1 staff + this hire against 23 insured Koreans.
    expect(text).toContain("3명, 내국인 근로자의 13.0%");
    expect(text).toContain("관련 경력 8년 2개월");
    expect(text).toContain(`${officeById(web.filing.immigrationOffice)!.ko}장 귀하`);
    expect(text).not.toMatch(/MOJ-|직종 목록|신청 예정일|매뉴얼은|Seoul Southern|\d{4}-\d{2}-\d{2}|\d\.\d년/);
    expect(text.match(/2026\. 12\. 1\./g)).toHaveLength(1);
  });

  it("should print a version-2 field in the document's language only, and never admit to no recruitment effort", async () => {
    const v2 = example("web-developer") as Draft & Record<string, unknown>;
    const both = (ko: string, en: string) => ({ ko, en }) as unknown as string;
    v2.employer = {
      ...v2.employer,
      businessDescription: both("화장품 온라인 쇼핑몰 운영", "Runs an online cosmetics store"),
    };
    v2.recruitment = {
      ...v2.recruitment,
      domesticEfforts: [],
      whyForeignNational: both("베트남 결제 연동 경험이 필요합니다.", "Needs Vietnamese payment experience."),
    };
    const { packet: ko } = await render(v2, "ko");
    const { packet: en } = await render(v2, "en");
    const koText = collectText(ko.documents.find((d) => d.kind === "rrs")!.doc);
    const enText = collectText(en.documents.find((d) => d.kind === "rrs")!.doc);
    expect(koText).toContain("화장품 온라인 쇼핑몰 운영");
    expect(koText).not.toContain("Runs an online cosmetics store");
    expect(enText).toContain("Needs Vietnamese payment experience.");
    expect(enText).not.toContain("베트남 결제");
    expect(koText).not.toMatch(/기록이 없/);
    expect(koText).not.toContain("국민 채용을 시도하였습니다");
  });

  it("should count the foreign staff in Korean words, with or without any already employed", async () => {
    const rrsText = async (input: Case) =>
      collectText((await render(input, "ko")).packet.documents.find((d) => d.kind === "rrs")!.doc);
    expect(await rrsText(web)).toContain("현재 E-7-1 2명에 이번에 고용할 1명을 더하여 3명, 내국인 근로자의 13.0%로");
    const none = await rrsText({ ...web, employer: { ...web.employer, foreignEmployees: {} } });
    expect(none).toContain("외국인 비율 산정 대상 외국인은 이번에 고용할 1명뿐이며, 내국인 근로자의 4.3%로");
    expect(none).not.toContain("더하여");
  });

  it("should keep the annex's last article, and the RRS's closing line, on the signed page (keepWithNext)", () => {
    for (const doc of [annex, rrs]) {
      const at = doc.children.findIndex((b) => b.type === "signature");
      const before = doc.children[at - 1]!;
      expect(before.type === "clause" || before.type === "paragraph").toBe(true);
      expect("keepWithNext" in before && before.keepWithNext).toBe(true);
    }
    // Besides the block above the signature, only the line announcing the recruitment efforts is kept with what follows.
    const kept = (doc: typeof annex) =>
      doc.children.filter((b) => "keepWithNext" in b && b.keepWithNext).map((b) => b.clauseId);
    expect(kept(annex)).toEqual(["annex-terms"]);
    expect(kept(rrs)).toEqual(["rrs-efforts-intro", "rrs-efforts-intro", "rrs-closing"]);
    const terms = annex.children.find((b) => b.clauseId === "annex-terms");
    expect(terms?.type === "clause" && terms.keepWithNext).toBe(true);
  });

  it("should write no cover letter for a first application", () => {
    expect(packet.documents.map((d) => d.kind)).toEqual(["contract-annex", "rrs"]);
  });

  it("should print hostile user text literally", async () => {
    const hostile = example("web-developer");
    hostile.position = {
      ...hostile.position,
      duties: hostile.position.duties.map((d, i) =>
        i === 0 ? { ...d, text: `${d.text} {{constructor}} {{#each duties}}x{{/each}} & <b>` } : d,
      ),
    };
    hostile.employer = { ...hostile.employer, nameEn: "Kim & Lee {{employer.nameKo}}" };
    const { packet: rendered } = await render(hostile);
    const text = rendered.documents.map((d) => collectText(d.doc)).join("\n");
    expect(text).toContain("{{constructor}} {{#each duties}}x{{/each}} & <b>");
    expect(text).toContain("Kim & Lee {{employer.nameKo}}");
  });

  it("should write one language only when asked", async () => {
    const { packet: english } = await render(web, "en");
    const text = english.documents
      .map((d) =>
        collectLines(d.doc)
          .filter((l) => l.role !== "cell")
          .map((l) => l.text)
          .join("\n"),
      )
      .join("\n");
    expect(text).not.toMatch(/직무 내용|고용사유서/);
  });
});

describe("renderPacket for a reapplication", async () => {
  const input = example("reapplication-after-code-mismatch");
  const { packet } = await render(input);
  const cover = packet.documents.find((d) => d.kind === "cover-letter");

  it("should add the cover letter naming the earlier code, its edition, the receipt number and every stated reason", () => {
    expect(cover).toBeDefined();
    const text = collectText(cover!.doc);
    const prior = input.priorApplication!;
    expect(text).toContain(prior.codeFiled);
    expect(text).toContain(prior.receiptNumber!);
    for (const reason of prior.reasons)
      for (const version of textsOf(reason)) expect(text).toContain(version.replace(/\s+/g, " "));
    expect(text).toContain("재신청 사유서");
    for (const change of prior.whatChanged)
      for (const version of textsOf(change)) expect(text).toContain(version.replace(/\s+/g, " "));
    expect(text).toContain(input.selectedCode);
  });
});

/** The "what changed" cell of the reasons table, on the row of the given stated reason. */
function answerCell(doc: DocRoot, reason: string): Cell | undefined {
  const reasons = doc.children.find((b) => b.clauseId === "cover-reasons-table");
  if (reasons?.type !== "table") return undefined;
  return reasons.rows.find((row) => row[1] === reason)?.[2];
}

describe("the Korean reapplication statement", async () => {
  const input = example("reapplication-after-code-mismatch");
  const { packet } = await render(input, "ko", true);
  const cover = packet.documents.find((d) => d.kind === "cover-letter")!.doc;
  const cells = collectLines(cover)
    .filter((l) => l.role === "cell")
    .map((l) => l.text);
  const text = collectText(cover);

  it("should answer the stated reason with the code change first, then the rewritten duties, each its own paragraph", () => {
    const answer = answerCell(cover, textIn(input.priorApplication!.reasons[0]!, "ko")!);
    const codeChange = textIn(input.priorApplication!.whatChanged[0]!, "ko")!;
    // One paragraph per change, numbered in order, so the .docx and the PDF start each on its own line.
    expect(answer).toEqual([
      `1) ${codeChange}`,
      "2) 업무를 구체적으로 다시 적었습니다(아래 '업무 내용 전후 비교' 참조).",
      `3) ${textIn(input.priorApplication!.whatChanged[1]!, "ko")!}`,
    ]);
    expect(text).not.toContain(textIn(input.priorApplication!.reasons[0]!, "en")!);
  });

  it("should show the earlier duties and the duties now with the occupation each reads as, and that the position is unchanged", () => {
    expect(text).toContain("업무 내용 전후 비교");
    for (const d of input.priorApplication!.duties!) expect(cells).toContain(textIn(d.text, "ko")!);
    expect(cells.filter((c) => c.startsWith("종전 ")).length).toBe(input.priorApplication!.duties!.length);
    expect(cells.filter((c) => c.startsWith("현재 ")).length).toBe(input.position.duties.length);
    // The vague "other duties as assigned" reads as no occupation; the new front-end duty reads as 2224.
    expect(cells).toContain("특정 직종으로 읽히지 않음(일반적 표현)");
    expect(cells.filter((c) => c.startsWith("2224 ")).length).toBeGreaterThanOrEqual(3);
    expect(text).toContain("직위와 실제로 수행할 업무는 종전 신청과 같습니다");
  });

  it("should set the Korean annex title's parenthesis against its word", () => {
    const annex = packet.documents.find((d) => d.kind === "contract-annex")!.doc;
    expect(collectText(annex).startsWith("직무 내용(고용계약서 부속서)")).toBe(true);
  });

  it("should enclose the denial notice and carry the Korean title", () => {
    expect(cover.meta.title).toBe("재신청 사유서");
    expect(cells).toContain("불허 통지서(거부 통지서) 사본");
  });

  it("should lead a foreign-language enclosure with its kind in Korean, and leave a Korean title as it is", () => {
    const degree = input.applicant.documents.find((d) => d.kind === "degree-certificate")!;
    expect(cells).toContain(`학위증명서(졸업증명서): ${textIn(degree.title, "ko") ?? degree.title}`);
    expect(cells).toContain("국세 납세증명서");
    for (const doc of input.applicant.documents) {
      const title = textIn(doc.title, "ko") ?? String(doc.title);
      if (/[\uac00-\ud7a3]/u.test(title)) continue;
      expect(cells).not.toContain(title);
      expect(cells.some((c) => c.endsWith(`: ${title}`))).toBe(true);
    }
  });

  it("should name the decision in the opening, and quote the scope's plain-style sentences inside its 합니다체", () => {
    expect(text).toContain("종전 신청의 불허 사유와 이번 신청에서 달라진 내용을");
    expect(text).not.toContain("처리 사유");
    expect(text).toMatch(
      /이 직종의 업무 범위는 다음과 같습니다\. “[^”]+구별된다\.” 변경된 고용계약서 직무 내용 부속서의 업무는 아래 표와 같습니다\./,
    );
  });

  it("should write a salary raise with the particle es-hangul picks", async () => {
    const raised = {
      ...input,
      priorApplication: {
        ...input.priorApplication!,
        annualSalaryKrw: 30_000_000,
        reasons: [
          ...input.priorApplication!.reasons,
          { ko: "연봉이 임금요건에 미달함.", en: "The salary is below the floor." },
        ],
      },
    };
    const letter = (await render(raised, "ko", true)).packet.documents.find((d) => d.kind === "cover-letter")!.doc;
    expect(collectText(letter)).toContain("연봉을 30,000,000원에서 42,000,000원으로 올렸습니다.");
  });
});

describe("the English reapplication statement", async () => {
  const input = example("reapplication-after-code-mismatch");
  const { packet } = await render(input, "en", true);
  const cells = collectLines(packet.documents.find((d) => d.kind === "cover-letter")!.doc)
    .filter((l) => l.role === "cell")
    .map((l) => l.text);

  it("should list the changes answering a reason one per paragraph, numbered", () => {
    const cover = packet.documents.find((d) => d.kind === "cover-letter")!.doc;
    const answer = answerCell(cover, textIn(input.priorApplication!.reasons[0]!, "en")!);
    expect(answer).toEqual([
      `1) ${textIn(input.priorApplication!.whatChanged[0]!, "en")!}`,
      "2) The duties are rewritten specifically (see the before/after table below).",
      `3) ${textIn(input.priorApplication!.whatChanged[1]!, "en")!}`,
    ]);
  });

  it("should lead a Korean enclosure title with its kind's English name, and leave an English title as it is", () => {
    expect(cells).toContain("National tax payment certificate (국세 납세증명서)");
    for (const doc of [...input.applicant.documents, ...(input.employer.documents ?? [])]) {
      const title = textIn(doc.title, "en") ?? String(doc.title);
      if (/[\uac00-\ud7a3]/u.test(title)) expect(cells).not.toContain(title);
      else expect(cells).toContain(title);
    }
  });
});

describe("the Korean supplementation explanation", async () => {
  const input = example("reapplication-after-code-mismatch");
  const supplement = {
    ...input,
    filing: { ...input.filing, kind: "supplement" as const },
    priorApplication: {
      ...input.priorApplication!,
      decision: "supplement-requested" as const,
      positionUnchanged: false,
      changeNote: { ko: "결제 연동 업무가 새로 더해졌습니다.", en: "Payment integration work was added." },
    },
  };
  const { packet } = await render(supplement, "ko", true);
  const cover = packet.documents.find((d) => d.kind === "cover-letter")!.doc;

  it("should be titled 보완서류 제출 설명서, enclose the request and state what changed in the job", () => {
    expect(cover.meta.title).toBe("보완서류 제출 설명서");
    const text = collectText(cover);
    expect(text).toContain("보완 요청서 사본");
    expect(text).toContain("직위의 업무가 종전 신청 이후 달라졌습니다. 결제 연동 업무가 새로 더해졌습니다.");
    expect(text).not.toContain("직위와 실제로 수행할 업무는 종전 신청과 같습니다");
  });
});

describe("tools, products, clients and the representative in each document language", async () => {
  const input = example("web-developer");
  input.employer = { ...input.employer, representative: { ko: "김민수", en: "Kim Min-su" } };
  input.position = {
    ...input.position,
    duties: input.position.duties.map((d, i) =>
      i === 2
        ? {
            ...d,
            tools: ["Playwright"],
            products: ["hanbitmall.co.kr"],
            clients: [{ ko: "베트남 판매자", en: "Vietnamese merchants" }],
          }
        : d,
    ),
  };
  const text = async (lang: DocumentLang, kind: "contract-annex" | "rrs") =>
    collectText((await render(input, lang)).packet.documents.find((d) => d.kind === kind)!.doc);

  it.each(["contract-annex", "rrs"] as const)(
    "%s: Korean prints the Korean wording and English the English, names as written in both",
    async (kind) => {
      const ko = await text("ko", kind);
      const en = await text("en", kind);
      expect(ko).toContain("사용 도구: Playwright; 대상 제품: hanbitmall.co.kr; 고객: 베트남 판매자");
      expect(ko).not.toContain("Vietnamese merchants");
      expect(en).toContain("tools: Playwright; products: hanbitmall.co.kr; clients: Vietnamese merchants");
      expect(en).not.toContain("베트남 판매자");
    },
  );

  it.each(["contract-annex", "rrs"] as const)(
    "%s: the representative as 김민수 in Korean, Kim Min-su (김민수) in English",
    async (kind) => {
      const ko = await text("ko", kind);
      const en = await text("en", kind);
      expect(ko).toContain("김민수");
      expect(ko).not.toContain("Kim Min-su");
      expect(en).toContain("Kim Min-su (김민수)");
      expect(await text("both", kind)).toContain("김민수 / Kim Min-su");
    },
  );

  it("should keep a Hangul-only representative in the English documents (validate warns)", async () => {
    for (const representative of ["김민수", { ko: "김민수" }]) {
      const hangulOnly = { ...input, employer: { ...input.employer, representative } };
      const annex = collectText(
        (await render(hangulOnly, "en")).packet.documents.find((d) => d.kind === "contract-annex")!.doc,
      );
      expect(annex).toContain("Representative: 김민수");
    }
  });
});

describe("the annex's scope clause", () => {
  async function renderAsGenerate(input: Case, lang: DocumentLang) {
    const catalog = loadCatalog();
    const { occupation } = requireOccupation(catalog, input.selectedCode, input.filing.codeEdition);
    const context = buildCheckContext(input, occupation, catalog);
    // As generate plans it: a duty that reads as another code in any language is out of scope.
    const plan = planDuties(input.position.duties, occupation, context.match, Object.values(context.matches ?? {}));
    return renderPacket(await loadTemplates(), { case: input, catalog, occupation, plan, lang });
  }
  async function annexScope(input: Case, lang: DocumentLang): Promise<string> {
    const packet = await renderAsGenerate(input, lang);
    const annex = packet.documents.find((d) => d.kind === "contract-annex")!.doc;
    const clause = annex.children.find((b) => b.type === "clause" && b.clauseId === "annex-scope");
    if (clause?.type !== "clause") throw new Error("no scope clause");
    return clause.paragraphs.join("\n");
  }

  it("should state that every duty lies within the code only when none was kept out of scope", async () => {
    const text = await annexScope(example("web-developer"), "both");
    expect(text).toContain("위 업무는 모두 직종코드 2224(웹 개발자)의 범위에 속한다.");
    expect(text).toContain("All of the duties above belong to occupation code 2224");
  });

  it("should leave a duty kept out of scope (--allow-out-of-scope) out of that statement, in both languages", async () => {
    const input = example("web-developer");
    const duty = input.position.duties[3]!;
    (input.position.duties as Case["position"]["duties"][number][])[3] = {
      ...duty,
      text: { ko: "회사 제품의 광고 캠페인을 기획하고 집행한다", en: textIn(duty.text, "en")! },
    };
    for (const lang of ["ko", "en", "both"] as const) {
      const text = await annexScope(input, lang);
      expect(text).not.toContain("위 업무는 모두");
      expect(text).not.toContain("All of the duties above");
      if (lang !== "en")
        expect(text).toContain("위 업무 중 제2.4항을 제외한 업무는 직종코드 2224(웹 개발자)의 범위에 속한다.");
      if (lang !== "ko")
        expect(text).toContain("The duties above other than clause 2.4 belong to occupation code 2224");
    }
  });

  it("should not tell the office in a reapplication letter that every duty lies within the new code when one was kept out", async () => {
    const coverOf = async (input: Case): Promise<string> =>
      collectText((await renderAsGenerate(input, "both")).documents.find((d) => d.kind === "cover-letter")!.doc);
    const input = example("reapplication-after-code-mismatch");
    const clean = await coverOf(input);
    expect(clean).toContain("이번에는 업무 내용이 그 범위에 속하는 직종으로 신청합니다.");
    expect(clean).toContain("The code now filed is the one whose scope the duties fall within.");
    const duty = input.position.duties[3]!;
    (input.position.duties as Case["position"]["duties"][number][])[3] = {
      ...duty,
      text: { ko: "회사 제품의 광고 캠페인을 기획하고 집행한다", en: textIn(duty.text, "en")! },
    };
    const kept = await coverOf(input);
    expect(kept).not.toContain("이번에는 업무 내용이 그 범위에 속하는");
    expect(kept).toContain(
      "이번에는 고용계약서 직무 내용 부속서 제2.4항을 제외한 업무 내용이 그 범위에 속하는 직종으로 신청합니다.",
    );
    expect(kept).toContain("the duties other than annex clause 2.4 fall within.");
  });

  it("should claim no duty for the code when every duty was kept out of scope", async () => {
    const text = await annexScope(example("mismatch-web-platform-filed-as-2223"), "both");
    expect(text).not.toMatch(/위 업무|duties above/);
    expect(text).toContain("직종코드 2223(");
    expect(text).toMatch(/Occupation code 2223 \([^)]+\) covers the following work/);
  });
});

describe("a reapplication under the same code as before", async () => {
  const input = example("reapplication-after-code-mismatch");
  const sameCode = {
    ...input,
    priorApplication: {
      ...input.priorApplication!,
      codeFiled: input.selectedCode,
      codeEdition: input.filing.codeEdition,
    },
  };

  it("should not tell the office the earlier application was filed under another occupation", async () => {
    for (const lang of ["ko", "en"] as const) {
      const { packet } = await render(sameCode, lang, true);
      const text = collectText(packet.documents.find((d) => d.kind === "cover-letter")!.doc);
      if (lang === "ko") {
        expect(text).toContain("같은 업무를 구체적으로 적어 같은 직종코드로 다시 신청합니다");
        expect(text).not.toContain("다른 직종으로 신청되었고");
      } else {
        expect(text).toContain("filed again under the same occupation code");
        expect(text).not.toContain("was filed under another occupation");
      }
    }
  });

  it("should keep the corrected-code sentence when the code did change", async () => {
    const { packet } = await render(input, "ko", true);
    expect(collectText(packet.documents.find((d) => d.kind === "cover-letter")!.doc)).toContain(
      "다른 직종으로 신청되었고",
    );
  });
});

describe("the before/after table of a reapplication", () => {
  it("should read a duty now as the filed code when it scores within the matcher's margin of the best", async () => {
    const { matchDuties, THRESHOLDS } = await import("../../src/match/match-duties.js");
    const input = example("reapplication-after-code-mismatch");
    // A duty of the filed job worded so that a neighbouring code scores about as high as the filed one.
    const tied = "기계 도면을 검토하고 부품의 치수 공차를 정한다";
    const mechanical = {
      ...input,
      selectedCode: "2351",
      position: {
        ...input.position,
        duties: [{ text: { ko: tied, en: tied }, share: 100 }],
      },
    };
    const [statement] = matchDuties(loadCatalog(), [{ text: tied, share: 100 }]).statements;
    const mine = statement!.ranking.find((r) => r.code === "2351")!.score;
    // The fixture's premise: another code is first, but 2351 is within the margin.
    expect(statement!.bestCode).not.toBe("2351");
    expect(statement!.ranking[0]!.score - mine).toBeLessThan(THRESHOLDS.minMargin);
    expect(dutyReadings(mechanical, loadCatalog())!.after.map((r) => r.code)).toEqual(["2351"]);
  });

  it("should still show a duty now that clearly reads as another code under that code", () => {
    const input = example("reapplication-after-code-mismatch");
    const away = "Translate product manuals and marketing brochures from English into Vietnamese";
    const elsewhere = {
      ...input,
      position: { ...input.position, duties: [{ text: { ko: away, en: away }, share: 100 }] },
    };
    expect(dutyReadings(elsewhere, loadCatalog())!.after.map((r) => r.code)).not.toEqual([input.selectedCode]);
  });
});

describe("wording an officer reads in the single-language documents", async () => {
  const web = example("web-developer");
  const reapplication = example("reapplication-after-code-mismatch");
  const docOf = async (input: Case, lang: DocumentLang, kind: string) =>
    (await render(input, lang, true)).packet.documents.find((d) => d.kind === kind)!.doc;

  it("should say in words that an RRS section the case leaves empty has nothing to add, never a lone dash", async () => {
    for (const [lang, words] of [
      ["ko", "해당 사항 없음."],
      ["en", "None."],
    ] as const) {
      const rrs = await docOf(web, lang, "rrs");
      const other = rrs.children.filter((b) => b.clauseId === "rrs-other-text");
      expect(other).toEqual([{ type: "paragraph", text: words, clauseId: "rrs-other-text" }]);
      expect(rrs.children.some((b) => b.type === "paragraph" && b.text === "—")).toBe(false);
    }
  });

  it("should space the code's parenthesis in English and set it against the status in Korean", async () => {
    const cells = async (lang: DocumentLang) =>
      collectLines(await docOf(web, lang, "rrs"))
        .filter((l) => l.role === "cell")
        .map((l) => l.text);
    expect(await cells("en")).toContain("E-7-1 (2224)");
    expect(await cells("ko")).toContain("E-7-1(2224)");
  });

  it("should head the Korean annex's articles 제N조(제목), as Korean contracts do, and the English ones Article N Title", async () => {
    const heads = async (lang: DocumentLang) =>
      collectLines(await docOf(web, lang, "contract-annex"))
        .filter((l) => l.role === "clause-head")
        .map((l) => l.text);
    expect(await heads("ko")).toEqual([
      "제1조(직위와 직종)",
      "제2조(담당 업무)",
      "제3조(직종의 범위)",
      "제4조(적용 기간)",
    ]);
    expect((await heads("en"))[0]).toBe("Article 1 Position and occupation");
    expect((await heads("both"))[0]).toBe("제1조 (Article 1) 직위와 직종 / Position and occupation");
  });

  it("should keep each line announcing a table or list of the cover letter with it", async () => {
    const cover = await docOf(reapplication, "en", "cover-letter");
    cover.children.forEach((block, i) => {
      if (!/^cover-(reasons-intro|before-after|contract|enclosures-intro)$/.test(block.clauseId)) return;
      if (block.type !== "paragraph" || cover.children[i + 1]?.type === "paragraph") return;
      expect(block.keepWithNext, block.clauseId).toBe(true);
    });
    expect(cover.children.filter((b) => b.type === "paragraph" && b.keepWithNext).length).toBe(4);
  });

  it("should capitalise the earlier decision in the English table and head the share column in words", async () => {
    const en = await docOf(reapplication, "en", "cover-letter");
    const enLines = collectLines(en).map((l) => l.text);
    expect(enLines).toContain("Denied (24 September 2026)");
    const ko = await docOf(reapplication, "ko", "cover-letter");
    const headers = collectLines(ko)
      .filter((l) => l.role === "header-cell")
      .map((l) => l.text);
    expect(headers).not.toContain("%");
    expect(headers.filter((h) => h === "비중")).toHaveLength(2);
  });
});
