/**
 * The page of `e7-align serve` in a real Chromium (Debian's /usr/bin/chromium, driven by playwright-core): fill-in,
 * live match, located errors, generate + download, verify upload, Korean UI, keyboard-only use, labels and contrast.
 * Screenshots go to test-output/web/. Skipped, saying why, when /usr/bin/chromium is missing (.ci/install-browser).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { unzipSync } from "fflate";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { startServer, type RunningServer } from "../../src/serve/server.js";
import { generateInMemory } from "../../src/serve/app.js";

const CHROMIUM = "/usr/bin/chromium";
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM)
  console.warn(
    `web-browser tests skipped: ${CHROMIUM} is missing (run .ci/install-browser, or apt-get install -y chromium).`,
  );

const SHOTS = path.join(PACKAGE_ROOT, "test-output", "web");
const EXAMPLE = path.join(PACKAGE_ROOT, "examples", "web-developer", "case.json");
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let server: RunningServer;
let work: string;
let browser: Browser | undefined;
let contexts: BrowserContext[] = [];

async function openPage(locale: "ko-KR" | "en-US"): Promise<Page> {
  // One browser for the file; a fresh context per page has its own cookies, storage and cache, so nothing carries over
  // between tests, without starting Chromium (and holding its processes) once per test.
  if (!browser) {
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  }
  const context = await browser.newContext({ locale, acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  (page as Page & { problems?: string[] }).problems = problems;
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
  return page;
}

const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });

// A browser, the PDF writer and the reader share two cores with the rest of the suite: each test gets three minutes.
describe.skipIf(!HAVE_CHROMIUM)("web page in Chromium", { timeout: 180_000 }, () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    work = mkdtempSync(path.join(os.tmpdir(), "e7-web-work-"));
    server = await startServer({ port: 0 });
  });

  afterEach(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    contexts = [];
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("should show the Korean UI to a Korean browser, and switch to English with the toggle", async () => {
    const page = await openPage("ko-KR");
    expect(await page.getAttribute("html", "lang")).toBe("ko");
    await expect.poll(() => page.textContent("#case-h")).toBe("1. 신청 건 정보 작성");
    expect(await page.textContent("#generate")).toBe("서류 생성하기");
    // Field labels come from the schema, in Korean.
    expect(await page.textContent('label[for="f.employer.businessRegistrationNumber"]')).toContain("사업자등록번호");
    // Field help is Korean too (web/hints-ko.js), and English again after the toggle.
    expect(await byId(page, "f.selectedCode-hint").textContent()).toContain("신청할 E-7 직종코드");
    expect(await byId(page, "f.selectedCode-hint").getAttribute("lang")).toBe("ko");
    await shot(page, "01-form-ko");
    await page.click("#lang-toggle");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("#case-h")).toBe("1. Fill in the case");
    expect(await page.textContent('label[for="f.employer.businessRegistrationNumber"]')).toContain(
      "Business Registration Number",
    );
    expect(await byId(page, "f.selectedCode-hint").textContent()).toContain("The E-7 occupation code to file");
    await shot(page, "02-form-en");
  });

  it("should show an English page to an English browser", async () => {
    const page = await openPage("en-US");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("#generate")).toBe("Generate documents");
  });

  it("should re-run the matcher as duties are typed and show verdict, codes, highlighted evidence and the question", async () => {
    const page = await openPage("ko-KR");
    await byId(page, "f.selectedCode").fill("2224");
    await byId(page, "f.position.duties.0.text.en").fill(
      "Develop and maintain the company's online shopping web platform with React and Node.js",
    );
    const result = page.locator("#match-result");
    await expect.poll(() => result.locator(".badge").first().textContent(), { timeout: 20_000 }).toBe("일치");
    expect(await result.locator("tbody tr").count()).toBeGreaterThanOrEqual(3);
    expect(await result.locator("tbody tr").first().textContent()).toContain("2224");
    expect(await result.locator("mark").count()).toBeGreaterThan(0);
    // The panel's summary is Korean, with the particle read from the code (2224 -> 이천이백이십사 -> 와).
    expect(await result.locator("p.hint").first().textContent()).toBe("직무가 신청 직종 2224와 맞습니다.");
    await byId(page, "f.position.title.ko").fill("웹 개발자");
    await byId(page, "f.position.title.en").fill("Web Developer");
    await page.locator('[id="f.position.duties-group"]').evaluate((e) => e.scrollIntoView({ block: "start" }));
    await page.waitForTimeout(1200);
    await shot(page, "03-live-match-ko");
    // A duty that reads as another occupation turns the verdict, while typing.
    await byId(page, "f.position.duties.0.text.en").fill(
      "Plan marketing campaigns and manage the brand's social media accounts and advertising budget",
    );
    await expect.poll(() => result.locator(".badge").first().textContent(), { timeout: 20_000 }).not.toBe("일치");
    expect(await result.textContent()).toMatch(/구분 질문|2224/);
    await shot(page, "04-live-match-mismatch-ko");
  });

  it("should lay out a schema-version-2 bilingual field ({ko, en} or a plain string) as two inputs and send an object", async () => {
    const page = await openPage("en-US");
    const schema = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "schemas", "case.schema.json"), "utf8")) as {
      $defs: Record<string, unknown>;
      properties: { employer: { properties: Record<string, unknown> } };
    };
    schema.$defs.localText = {
      type: "object",
      additionalProperties: false,
      properties: { ko: { type: "string" }, en: { type: "string" } },
    };
    schema.properties.employer.properties.businessDescription = {
      description: "What the business does.",
      oneOf: [{ type: "string" }, { $ref: "#/$defs/localText" }],
    };
    await page.route("**/api/schema", (route) => route.fulfill({ json: schema }));
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    const ko = byId(page, "f.employer.businessDescription.ko");
    const en = byId(page, "f.employer.businessDescription.en");
    expect(await ko.count()).toBe(1);
    expect(await en.count()).toBe(1);
    const [a, b] = [await ko.boundingBox(), await en.boundingBox()];
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(4);
    expect(b!.x).toBeGreaterThan(a!.x + 100);
    await ko.fill("한국 화장품 온라인 판매");
    await en.fill("Sells Korean cosmetics online");
    const sent = page.waitForRequest((request) => request.url().includes("/api/validate"));
    await page.click("#validate-case");
    const body = JSON.parse((await sent).postData()!) as { employer: { businessDescription: unknown } };
    expect(body.employer.businessDescription).toEqual({
      ko: "한국 화장품 온라인 판매",
      en: "Sells Korean cosmetics online",
    });
  });

  it("should keep a name written once as a string and send two different wordings as {ko, en} (tools, clients, representative)", async () => {
    const page = await openPage("en-US");
    await page.setInputFiles("#load-case", EXAMPLE);
    await expect.poll(() => page.textContent("#case-status"), { timeout: 20_000 }).toMatch(/Valid case file/);
    expect(await byId(page, "f.employer.representative.ko").inputValue()).toBe("김민준");
    expect(await byId(page, "f.employer.representative.en").inputValue()).toBe("Kim Min-jun");
    // A plain name shows in both boxes, since both languages print it.
    expect(await byId(page, "f.position.duties.0.tools.0.ko").inputValue()).toBe("React");
    expect(await byId(page, "f.position.duties.0.tools.0.en").inputValue()).toBe("React");
    await byId(page, "f.position.duties.0.tools.0.en").fill("");
    await byId(page, "f.position.duties.2.clients.0.ko").fill("베트남 온라인 소비자");
    await byId(page, "f.employer.representative.en").fill("");
    const sent = page.waitForRequest((request) => request.url().includes("/api/validate"));
    await page.click("#validate-case");
    const body = JSON.parse((await sent).postData()!) as {
      employer: { representative: unknown };
      position: { duties: { tools?: unknown[]; clients?: unknown[] }[] };
    };
    expect(body.position.duties[0]!.tools![0]).toBe("React");
    expect(body.position.duties[2]!.clients![0]).toEqual({ ko: "베트남 온라인 소비자", en: "Vietnamese consumers" });
    expect(body.employer.representative).toBe("김민준");
    // The Hangul-only representative is a warning of details-language, shown with the others.
    await expect.poll(() => page.textContent("#problems"), { timeout: 20_000 }).toMatch(/Latin letters/);
  });

  it("should show validate's errors at the field they are about", async () => {
    const page = await openPage("en-US");
    await page.click("#validate-case");
    const error = byId(page, "f.applicant.nationality-err");
    await expect.poll(() => error.textContent(), { timeout: 20_000 }).toMatch(/\S/);
    expect(await byId(page, "f.applicant.nationality").getAttribute("aria-invalid")).toBe("true");
    // The summary links to the field.
    expect(await page.locator('#problems a[href="#f.applicant.nationality"]').count()).toBe(1);
    await byId(page, "f.applicant.nationality").fill("VNM");
    expect(await error.textContent()).toBe("");
    await shot(page, "05-validate-errors-en");
  });

  it("should not send an untouched optional field or a language the documents leave out as its placeholder", async () => {
    const page = await openPage("ko-KR");
    await page.fill("#start-code", "2842");
    await page.click("#start-new");
    await expect.poll(() => byId(page, "f.selectedCode").inputValue(), { timeout: 20_000 }).toBe("2842");
    // A Korean-only packet: the English boxes stay empty.
    await byId(page, "f.filing.languages.en").uncheck();
    await page.click("#validate-case");
    await expect.poll(() => page.locator("#problems a").count(), { timeout: 60_000 }).toBeGreaterThan(0);
    const targets = await page.locator("#problems a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    // English text is still needed only where the documents print both languages (title, company address).
    for (const target of targets)
      if (target?.endsWith(".en")) expect(["#f.position.title.en", "#f.employer.address.en"]).toContain(target);
    // Optional fields ("or delete this line") left empty are not errors: the form cannot delete a line.
    expect(
      targets.some((t) =>
        /legalisationDate|otherNotes|\.tools\.|\.products\.|\.clients\.|experience\.\d+\.endDate/.test(t ?? ""),
      ),
    ).toBe(false);
    // A required field left empty is named in Korean, not with the CLI's English placeholder message.
    const text = (await page.textContent("#problems")) ?? "";
    expect(text).toContain("아직 입력하지 않았습니다");
    expect(text).not.toContain("is still the placeholder");
    // A required field cannot be deleted on the page, and the English title of a Korean-only packet says why it is asked.
    expect(text).not.toContain("삭제하십시오");
    expect(await byId(page, "f.position.title.en-err").textContent()).toContain("영어로도 적어야 합니다");
    // A document's title is named as a document's, not as the job title.
    expect(await page.locator('#problems a[href="#f.applicant.documents.0.title"]').textContent()).toBe(
      "서류 1 서류 제목",
    );
    expect(await page.textContent('label[for="f.position.title.ko"]')).toContain("직무명");
  });

  it("should ask foreign employees as rows of stay status and number, not a JSON box, and send the same object", async () => {
    const page = await openPage("ko-KR");
    await page.fill("#start-code", "2842");
    await page.click("#start-new");
    await expect.poll(() => byId(page, "f.selectedCode").inputValue(), { timeout: 20_000 }).toBe("2842");
    const group = byId(page, "f.employer.foreignEmployees-group");
    expect(await group.locator("textarea").count()).toBe(0);
    // The starting placeholder is one empty row, not {"<stay status, e.g. E-7-1>": …}.
    expect(await byId(page, "f.employer.foreignEmployees").inputValue()).toBe("");
    expect(await group.textContent()).not.toContain("<");
    expect(await group.locator("label").allTextContents()).toEqual(expect.arrayContaining(["체류자격 ", " 인원 "]));
    await byId(page, "f.employer.foreignEmployees").fill("E-7-1");
    await byId(page, "f.employer.foreignEmployees-count-0").fill("2");
    await byId(page, "f.employer.foreignEmployees-add").click();
    await byId(page, "f.employer.foreignEmployees-key-1").fill("E-9");
    await byId(page, "f.employer.foreignEmployees-count-1").fill("3");
    await byId(page, "f.employer.foreignEmployees-add").click();
    await byId(page, "f.employer.foreignEmployees-key-2").fill("F-6");
    await byId(page, "f.employer.foreignEmployees-count-2").fill("1");
    await byId(page, "f.employer.foreignEmployees-remove-1").click();
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().includes("/api/validate")),
      page.click("#validate-case"),
    ]);
    const sent = JSON.parse(request.postData() ?? "{}") as { employer: { foreignEmployees: unknown } };
    expect(sent.employer.foreignEmployees).toEqual({ "E-7-1": 2, "F-6": 1 });
    await page.click("#lang-toggle");
    expect(await group.locator("label").allTextContents()).toEqual(
      expect.arrayContaining(["Stay status ", " Employees "]),
    );
    expect(await byId(page, "f.employer.foreignEmployees").inputValue()).toBe("E-7-1");
  });

  it("should mark and link the stay-status row a problem is about, not the first row", async () => {
    const page = await openPage("ko-KR");
    await page.fill("#start-code", "2842");
    await page.click("#start-new");
    await expect.poll(() => byId(page, "f.selectedCode").inputValue(), { timeout: 20_000 }).toBe("2842");
    const row = (part: "key" | "count", i: number) =>
      byId(
        page,
        part === "key" && i === 0 ? "f.employer.foreignEmployees" : `f.employer.foreignEmployees-${part}-${i}`,
      );
    await row("key", 0).fill("E-7-1");
    await row("count", 0).fill("2");
    await byId(page, "f.employer.foreignEmployees-add").click();
    await row("key", 1).fill("E-9");
    await row("count", 1).fill("-1");
    await byId(page, "f.employer.foreignEmployees-add").click();
    await row("key", 2).fill("F6x");
    await row("count", 2).fill("1");
    await page.click("#validate-case");
    const link = (id: string) => page.locator(`#problems a[href="#${id}"]`);
    // The count of the second row, and the key of the third, each linked and marked at that row.
    await expect.poll(() => link("f.employer.foreignEmployees-count-1").count(), { timeout: 60_000 }).toBe(1);
    expect(await link("f.employer.foreignEmployees-key-2").count()).toBe(1);
    expect(await link("f.employer.foreignEmployees").count()).toBe(0);
    expect(await row("count", 1).getAttribute("aria-invalid")).toBe("true");
    expect(await row("key", 2).getAttribute("aria-invalid")).toBe("true");
    expect(await row("key", 0).getAttribute("aria-invalid")).toBeNull();
    await link("f.employer.foreignEmployees-key-2").click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f.employer.foreignEmployees-key-2");
    // Editing the table clears its messages and marks until the next check, as editing any field does.
    await row("key", 2).fill("F-6");
    expect(await row("key", 2).getAttribute("aria-invalid")).toBeNull();
    expect(await row("count", 1).getAttribute("aria-invalid")).toBeNull();
  });

  it("should show Korean placeholders on the Korean page and English ones after the toggle", async () => {
    const page = await openPage("ko-KR");
    await page.fill("#start-code", "2842");
    await page.click("#start-new");
    await expect.poll(() => byId(page, "f.selectedCode").inputValue(), { timeout: 20_000 }).toBe("2842");
    const passport = () => byId(page, "f.applicant.passportNumber").getAttribute("placeholder");
    expect(await passport()).toBe("<여권 번호>");
    expect(await byId(page, "f.position.weeklyHours").getAttribute("placeholder")).toBe("<주당 소정근로시간, 예: 40>");
    // The English box of a bilingual field says in Korean what to write in English.
    expect(await byId(page, "f.position.department.en").getAttribute("placeholder")).toBe("<부서 또는 팀 (영어)>");
    expect(await byId(page, "f.position.duties.0.text.en").getAttribute("placeholder")).toMatch(/^<직무 1: [가-힣]/u);
    const shown = await page
      .locator("input[placeholder], textarea[placeholder]")
      .evaluateAll((boxes) => boxes.map((box) => box.getAttribute("placeholder") ?? ""));
    expect(shown.filter((text) => /^<[a-z][a-z ,']+>$/.test(text))).toEqual([]);
    await page.click("#lang-toggle");
    expect(await passport()).toBe("<passport number>");
  });

  it("should name drop-down choices, examples and an excluded role's reason in Korean on the Korean page", async () => {
    const page = await openPage("ko-KR");
    await page.fill("#start-code", "2842");
    await page.click("#start-new");
    await expect.poll(() => byId(page, "f.selectedCode").inputValue(), { timeout: 20_000 }).toBe("2842");
    const choices = (id: string) => byId(page, id).locator("option").allTextContents();
    expect(await choices("f.applicant.education.0.degree")).toContain("학사");
    expect(await choices("f.filing.kind")).toContain("최초 신청");
    expect(await choices("f.employer.documents.0.kind")).toContain("사업자등록증 사본");
    // The value sent stays the schema's word.
    await byId(page, "f.applicant.education.0.degree").selectOption({ label: "학사" });
    expect(await byId(page, "f.applicant.education.0.degree").inputValue()).toBe("bachelor");
    // A prefilled document title shows no English example as its placeholder.
    expect((await byId(page, "f.employer.documents.0.title").getAttribute("placeholder")) ?? "").not.toMatch(
      /[A-Za-z]{3,}/,
    );
    // A trade clerk's duties filed as 2842: the live panel gives the catalog's reason in Korean.
    await byId(page, "f.position.duties.0.text.ko").fill(
      "수출 물품의 선적 서류를 작성하고 포워더와 선적 일정을 조율하며 수출 통관 서류를 처리합니다",
    );
    const note = page.locator("#match-result .bad");
    await expect.poll(() => note.count(), { timeout: 20_000 }).toBe(1);
    expect(await note.textContent()).toContain("선적·통관 서류");
    expect(await note.textContent()).not.toMatch(/shipping|customs/);
    await page.click("#lang-toggle");
    expect(await choices("f.applicant.education.0.degree")).toContain("bachelor");
  });

  it("should weigh the live match by each duty's share, as validate does (excluded role)", async () => {
    const page = await openPage("ko-KR");
    await page.fill("#start-code", "2842");
    await page.click("#start-new");
    await expect.poll(() => byId(page, "f.selectedCode").inputValue(), { timeout: 20_000 }).toBe("2842");
    const sent: unknown[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/api/match")) sent.push(JSON.parse(request.postData() ?? "null"));
    });
    await byId(page, "f.position.duties.0.text.ko").fill(
      "수출 물품의 선적 서류를 작성하고 포워더와 선적 일정을 조율합니다",
    );
    await byId(page, "f.position.duties.0.share").fill("90");
    await byId(page, "f.position.duties.1.text.ko").fill("해외 바이어와 수출 가격과 계약 조건을 협상합니다");
    await byId(page, "f.position.duties.1.share").fill("10");
    const result = page.locator("#match-result");
    // 90% of the time on paperwork is an excluded role; counted one duty each (1 of 2) it would not be.
    await expect.poll(() => result.locator(".badge").first().textContent(), { timeout: 20_000 }).toBe("제외 직무");
    const last = sent.at(-1) as { duties?: { text: string; share?: number }[] };
    expect(last.duties?.map((d) => d.share)).toEqual([90, 10]);
  });

  it("should head the match panel of an excluded role as excluded under the filed code, not as its best fit", async () => {
    const page = await openPage("ko-KR");
    await page.fill("#start-code", "2842");
    await page.click("#start-new");
    await expect.poll(() => byId(page, "f.selectedCode").inputValue(), { timeout: 20_000 }).toBe("2842");
    await byId(page, "f.position.duties.0.text.ko").fill(
      "수출 물품의 선적 서류를 작성하고 포워더와 선적 일정을 조율하며 수출 통관 서류를 처리합니다",
    );
    const heading = page.locator("#match-result p").first();
    await expect.poll(() => heading.locator(".badge").textContent(), { timeout: 20_000 }).toBe("제외 직무");
    expect(await heading.textContent()).toContain("직무가 신청 코드 2842에서 제외되는 역할(무역 사무원)로 읽힙니다");
    expect(await heading.textContent()).not.toContain("최적 코드 2842");
    await page.click("#lang-toggle");
    await expect
      .poll(() => heading.textContent(), { timeout: 20_000 })
      .toContain("The duties read as a role excluded under filed code 2842");
    expect(await heading.textContent()).not.toContain("Best code 2842");
  });

  it("should label every field of a reapplication in Korean on the Korean page", async () => {
    const page = await openPage("ko-KR");
    await page.fill("#start-code", "2842");
    await page.selectOption("#start-kind", "reapplication");
    await page.click("#start-new");
    await expect.poll(() => byId(page, "f.selectedCode").inputValue(), { timeout: 20_000 }).toBe("2842");
    expect(await byId(page, "f.priorApplication.positionUnchanged").count()).toBe(1);
    const labels = await page
      .locator("#case-form label, #case-form .bi-label, #case-form legend")
      .evaluateAll((nodes) => nodes.map((n) => (n.textContent ?? "").replace(/English|PDF|KRW/g, "").trim()));
    expect(labels.length).toBeGreaterThan(100);
    expect(labels.filter((text) => /[A-Za-z]{3,}/.test(text))).toEqual([]);
  });

  it("should load a case.json, generate the packet, preview the PDFs, show the report and download the zip", async () => {
    const page = await openPage("ko-KR");
    await page.setInputFiles("#load-case", EXAMPLE);
    await expect.poll(() => page.textContent("#case-status"), { timeout: 20_000 }).toMatch(/올바른 신청 건 정보 파일/);
    // The Korean page shows the checks' findings in Korean, at the field they are about.
    expect(await page.textContent("#problems")).toContain("국민고용 보호 심사 강화 대상입니다");
    expect(await byId(page, "f.selectedCode-err").textContent()).toContain("국민고용 보호 심사 강화 대상입니다");
    // Problem links name the field in Korean; the JSON pointer is the tooltip.
    const link = page.locator('#problems a[href="#f.selectedCode"]').first();
    expect(await link.textContent()).toBe("신청 직종코드");
    expect(await link.getAttribute("title")).toBe("/selectedCode");
    for (const text of await page.locator("#problems a").allTextContents()) expect(text).not.toMatch(/^\//);
    expect(await byId(page, "f.employer.nameKo").inputValue()).toBe(
      JSON.parse(readFileSync(EXAMPLE, "utf8")).employer.nameKo,
    );
    await page.selectOption("#gen-lang", "ko");
    await page.click("#generate");
    await page.waitForSelector("#download-zip", { timeout: 60_000 });
    expect(await page.textContent("#gen-result")).toContain("일관됨: 모든 서류가 2224를 가리키고");
    // The duties table names each duty's status in Korean.
    const statuses = await page
      .locator("#gen-result h3", { hasText: /^직무$/ })
      .locator("xpath=following-sibling::table[1]")
      .locator("tbody tr td:nth-child(3)")
      .allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    for (const status of statuses) expect(status).toMatch(/^(직종 업무|일반 업무|직종 범위 밖)$/);
    expect(await page.locator("#gen-result iframe").count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator("#gen-result table").count()).toBeGreaterThanOrEqual(3);
    // The report's tables name document kinds, languages and what each cross-check checks in Korean.
    const report = (await page.textContent("#gen-result")) ?? "";
    expect(report).toContain("직무 내용 부속서");
    expect(report).toContain("모든 서류에 신청 직종코드가 적혀 있고");
    expect(report).not.toMatch(/contract-annex|Every document of the packet/);
    await page.locator("#gen-h").evaluate((e) => e.scrollIntoView({ block: "start" }));
    // Only for the screenshot: Chromium's PDF viewer draws the pages a few seconds after the frame loads.
    await page.waitForTimeout(12_000);
    await shot(page, "06-generate-ko");
    await page
      .locator("#gen-result h2", { hasText: "일관성 보고서" })
      .evaluate((e) => e.scrollIntoView({ block: "start" }));
    await shot(page, "06b-report-ko");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-zip")]);
    const file = path.join(work, "packet.zip");
    await download.saveAs(file);
    const names = Object.keys(unzipSync(readFileSync(file)));
    expect(names).toEqual(
      expect.arrayContaining([
        "contract-duty-annex.pdf",
        "recruitment-reason-statement.docx",
        "consistency-report.md",
        "manifest.json",
      ]),
    );
  });

  it("should show no internal check ids on the Korean page: findings and cross-checks are named in Korean", async () => {
    const page = await openPage("ko-KR");
    await page.setInputFiles("#load-case", EXAMPLE);
    await expect.poll(() => page.textContent("#case-status"), { timeout: 20_000 }).toMatch(/올바른 신청 건 정보 파일/);
    await page.click("#generate");
    await page.waitForSelector("#download-zip", { timeout: 60_000 });
    const result = page.locator("#gen-result");
    const text = (await result.textContent()) ?? "";
    // No "[employment-recommendation]" before a finding, no "packet-same-code" naming a cross-check.
    expect(text).not.toMatch(/\[[a-z]+(?:-[a-z]+)+\]|packet-[a-z-]+/);
    const crossChecks = result.locator("h3", { hasText: /^교차 점검$/ }).locator("xpath=following-sibling::table[1]");
    const names = await crossChecks.locator("tbody tr td:nth-child(1)").allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/[가-힣]/u);
    expect(await crossChecks.locator("tbody tr td:nth-child(1) span").first().getAttribute("title")).toMatch(
      /^packet-/,
    );
    const finding = result.locator("li[title]").first();
    expect(await finding.getAttribute("title")).toMatch(/^[a-z]+(?:-[a-z]+)+$/);
    // The English page keeps the ids, as before.
    await page.click("#lang-toggle");
    await page.click("#generate");
    await expect.poll(() => result.textContent(), { timeout: 60_000 }).toMatch(/packet-same-code/);
  });

  it("should offer --allow-out-of-scope as a checkbox: a stop names it, and ticking it generates", async () => {
    const input = JSON.parse(readFileSync(EXAMPLE, "utf8")) as { position: { duties: { text: { ko: string } }[] } };
    input.position.duties[3]!.text.ko = "회사 제품의 광고 캠페인을 기획하고 집행한다";
    const file = path.join(work, "out-of-scope-case.json");
    writeFileSync(file, JSON.stringify(input, null, 2));
    const page = await openPage("ko-KR");
    await page.setInputFiles("#load-case", file);
    // The page's check already reports the duty, as generate will.
    await expect.poll(() => page.textContent("#case-status"), { timeout: 20_000 }).toMatch(/고칠 곳이 1곳/);
    expect(await page.textContent("#problems")).toContain("4번 직무");
    const box = page.getByLabel("범위 밖 직무도 쓴 그대로 두고 생성");
    expect(await box.isChecked()).toBe(false);
    expect(await page.textContent("#gen-allow-hint")).toContain("경고");
    await page.click("#generate");
    await page.waitForSelector("#gen-allow-advice", { timeout: 60_000 });
    // The Korean page names the finding in Korean; the check id is its tooltip.
    expect(await page.locator('#gen-result [title="packet-duties-in-scope"]').count()).toBeGreaterThan(0);
    expect(await page.textContent("#gen-allow-advice")).toContain("범위 밖 직무도 쓴 그대로 두고 생성");
    await box.check();
    await page.click("#generate");
    await page.waitForSelector("#download-zip", { timeout: 60_000 });
    expect(await page.locator('#gen-result [title="packet-duties-in-scope"]').count()).toBeGreaterThan(0);
    await page.click("#lang-toggle");
    expect(await page.textContent("label:has(#gen-allow-out-of-scope)")).toContain(
      "Keep duties outside the code's scope as written",
    );
  });

  it("should verify uploaded documents and show each clause's verdict", async () => {
    const generated = await generateInMemory(readFileSync(EXAMPLE), "ko");
    const contract = path.join(work, "contract.pdf");
    const rrs = path.join(work, "rrs.docx");
    writeFileSync(contract, generated.files.get("contract-duty-annex.pdf")!);
    writeFileSync(rrs, generated.files.get("recruitment-reason-statement.docx")!);
    const page = await openPage("ko-KR");
    await page.fill("#ver-code", "2224");
    await page.setInputFiles("#ver-contract", contract);
    await page.setInputFiles("#ver-rrs", rrs);
    await page.click("#verify");
    await page.waitForSelector("#ver-result table", { timeout: 60_000 });
    expect(await page.locator("#ver-result table").count()).toBe(2);
    expect(await page.locator("#ver-result tbody tr").count()).toBeGreaterThanOrEqual(4);
    expect(await page.textContent("#ver-result")).toContain("확인 완료");
    await page.locator("#verify-section").scrollIntoViewIfNeeded();
    await shot(page, "07-verify-ko");
    // A document for another occupation is flagged.
    const other = path.join(work, "other.txt");
    writeFileSync(
      other,
      "담당 업무\n1. Plan marketing campaigns and manage social media advertising for the brand.\n2. Negotiate advertising contracts with media agencies.\n",
    );
    await page.setInputFiles("#ver-contract", other);
    await page.setInputFiles("#ver-rrs", []);
    await page.click("#verify");
    await expect.poll(() => page.textContent("#ver-result"), { timeout: 60_000 }).toContain("문제가 있습니다");
  });

  it("should work with the keyboard alone: reach a duty, type, see the match, generate and download", async () => {
    const page = await openPage("en-US");
    await page.setInputFiles("#load-case", EXAMPLE);
    await expect.poll(() => page.textContent("#case-status"), { timeout: 20_000 }).toMatch(/Valid case file/);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const tabTo = async (id: string, limit = 600): Promise<number> => {
      for (let i = 1; i <= limit; i++) {
        await page.keyboard.press("Tab");
        if ((await page.evaluate(() => document.activeElement?.id)) === id) return i;
      }
      throw new Error(`Tab never reached #${id}`);
    };
    await tabTo("lang-toggle");
    await page.keyboard.press("Enter");
    expect(await page.getAttribute("html", "lang")).toBe("ko");
    await page.keyboard.press("Enter");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await tabTo("f.position.duties.0.text.en");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("Build and maintain the web shop's back-end APIs in Node.js and the React storefront");
    await expect
      .poll(() => page.locator("#match-result .badge").first().textContent(), { timeout: 20_000 })
      .toBe("match");
    await tabTo("generate");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#download-zip", { timeout: 60_000 });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.focus("#generate");
    await tabTo("download-zip", 20);
    const focusVisible = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(focusVisible).not.toBe("none");
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
  });

  it("should give every control a label and keep text contrast at AA", async () => {
    const page = await openPage("ko-KR");
    await byId(page, "f.position.duties.0.text.en").fill("Develop the web platform with React");
    await page.waitForSelector("#match-result .badge", { timeout: 20_000 });
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll("input, select, textarea, button, a[href]")]
        .filter((node) => {
          const e = node as HTMLInputElement;
          if (e.type === "hidden") return false;
          const labels = "labels" in e && e.labels ? [...e.labels].map((l) => l.textContent ?? "").join("") : "";
          const by = (e.getAttribute("aria-labelledby") ?? "")
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? "")
            .join("");
          const name = (
            labels +
            by +
            (e.getAttribute("aria-label") ?? "") +
            (e.tagName === "BUTTON" || e.tagName === "A" ? (e.textContent ?? "") : "")
          ).trim();
          return name === "";
        })
        .map((e) => e.outerHTML.slice(0, 120)),
    );
    expect(unlabelled).toEqual([]);
    const lowContrast = await page.evaluate(() => {
      const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]): number => {
        const f = (v: number): number => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
      };
      const background = (node: Element | null): number[] => {
        for (let n = node; n; n = n.parentElement) {
          const c = rgb(getComputedStyle(n).backgroundColor);
          if (c.length >= 3 && (c.length === 3 || c[3]! > 0.5)) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const bad: string[] = [];
      for (const node of document.querySelectorAll("body *")) {
        const own = [...node.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim());
        if (!own || !(node as HTMLElement).offsetParent) continue;
        const style = getComputedStyle(node);
        const fg = lum(rgb(style.color).slice(0, 3));
        const bg = lum(background(node));
        const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        const large =
          parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
        if (ratio < (large ? 3 : 4.5))
          bad.push(`${node.tagName}.${node.className} ${ratio.toFixed(2)} "${node.textContent!.trim().slice(0, 30)}"`);
      }
      return bad;
    });
    expect(lowContrast).toEqual([]);
    expect((page as Page & { problems?: string[] }).problems).toEqual([]);
  });
});
