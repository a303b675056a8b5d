/** The HTTP API of `e7-align serve` without a browser: each answer equals the CLI's --json output for the same input. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { unzipSync } from "fflate";
import { createApp, MAX_VERIFY_BYTES } from "../../src/serve/app.js";
import { startServer } from "../../src/serve/server.js";
import { MAX_CASE_BYTES } from "../../src/case/load-case.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { requireOccupation } from "../../src/catalog/resolve-code.js";
import { cli as runCliBuffered } from "../helpers/run-cli.js";

const EXAMPLE = path.join(PACKAGE_ROOT, "examples", "web-developer", "case.json");
const app = createApp();
const tasksKoOf = (code: string) => requireOccupation(loadCatalog(), code).occupation.tasks.map((task) => task.ko);
const post = (url: string, body: BodyInit, type = "application/json") =>
  app.request(url, { method: "POST", body, headers: type ? { "Content-Type": type } : {} });

describe("serve API", () => {
  it("should answer /api/match with the same JSON as `match --json --stdin`", async () => {
    const text = "Develop and maintain the company's online shop web platform with React and Node.js";
    const res = await post("/api/match", JSON.stringify({ text, code: "2224", title: "Web developer" }));
    expect(res.status).toBe(200);
    const cli = await runCliBuffered(["match", "--stdin", "--json", "--code", "2224", "--title", "Web developer"], {
      stdin: text,
    });
    expect(await res.json()).toEqual(JSON.parse(cli.stdout));
    expect(res.headers.get("X-E7-Exit-Code")).toBe(String(cli.code));
  });

  it("should report a mismatch with exit code 1 in its header, still as a 200 answer", async () => {
    const res = await post(
      "/api/match",
      JSON.stringify({
        text: "Plan marketing campaigns and manage the brand's social media advertising budget",
        code: "2224",
      }),
    );
    const body = (await res.json()) as { verdict: string };
    expect(res.status).toBe(200);
    expect(body.verdict).not.toBe("match");
    expect(res.headers.get("X-E7-Exit-Code")).toBe("1");
  });

  it("should refuse bad match input with a 400 and the error JSON", async () => {
    for (const body of [
      "not json",
      JSON.stringify({ text: "" }),
      JSON.stringify([1]),
      JSON.stringify({ text: "x", code: 7 }),
    ]) {
      const res = await post("/api/match", body);
      expect(res.status).toBe(400);
      const json = (await res.json()) as { error: { code: string; message: string } };
      expect(json.error.code).toBe("E_USAGE");
      expect(json.error.message).toMatch(/\S/);
    }
    const unknown = await post("/api/match", JSON.stringify({ text: "Develop web pages", code: "9999" }));
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe("E_OCCUPATION_NOT_FOUND");
  });

  it("should answer /api/validate with the same JSON as `validate --json`", async () => {
    const bytes = readFileSync(EXAMPLE);
    const res = await post("/api/validate", bytes);
    const cli = await runCliBuffered(["validate", EXAMPLE, "--json"]);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(cli.stdout));
  });

  it("should locate validate errors (422) by path, line and column as the CLI does", async () => {
    const data = JSON.parse(readFileSync(EXAMPLE, "utf8")) as { applicant: { nationality: string } };
    data.applicant.nationality = "Vietnam";
    const text = JSON.stringify(data, null, 2);
    const res = await post("/api/validate", text);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { valid: boolean; errors: { path: string; line: number; column: number }[] };
    expect(body.valid).toBe(false);
    const error = body.errors.find((e) => e.path === "/applicant/nationality");
    expect(error).toBeDefined();
    expect(text.split("\n")[error!.line - 1]).toContain('"nationality"');
    const cli = await runCliBuffered(["validate", "--stdin", "--json"], { stdin: text });
    expect(body).toEqual(JSON.parse(cli.stdout));
  });

  it("should answer a malformed JSON body with 400 naming line and column (Korean under ?ui=ko), and a schema failure with 422", async () => {
    type ErrorJson = { error: { code: string; message: string; hints: string[] } };
    for (const url of ["/api/validate", "/api/generate"]) {
      const syntax = await post(url, '{\n  "filing": x }');
      expect(syntax.status, url).toBe(400);
      const body = (await syntax.json()) as ErrorJson;
      expect(body.error.code).toBe("E_CASE_SYNTAX");
      expect(body.error.message).toMatch(/^The body is not valid JSON \(line 2, column \d+\)\.$/);
      const ko = await post(`${url}?ui=ko`, "{bad");
      expect(ko.status, url).toBe(400);
      const koBody = (await ko.json()) as ErrorJson;
      expect(koBody.error.message).toBe("요청 본문이 올바른 JSON이 아닙니다(1행 2열).");
      expect(koBody.error.hints.join(" ")).toMatch(/[가-힣]/u);
    }
    expect((await post("/api/validate", "")).status).toBe(400);
    const schema = await post("/api/validate", JSON.stringify({ selectedCode: "2224" }));
    expect(schema.status).toBe(422);
    expect(((await schema.json()) as { valid: boolean }).valid).toBe(false);
  });

  it("should refuse a case larger than the CLI's limit with 413", async () => {
    const res = await post("/api/validate", `{"x": "${"a".repeat(MAX_CASE_BYTES)}"}`);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("E_TOO_LARGE");
  });

  it("should generate a zip holding the packet the CLI writes, and a JSON view the page previews", async () => {
    const res = await post("/api/generate?lang=ko", readFileSync(EXAMPLE));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/zip");
    expect(res.headers.get("X-E7-Consistent")).toBe("true");
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    // Every file the packet's manifest lists, and the manifest itself: the annex, RRS, checklist and report.
    const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"]!)) as { files: { name: string }[] };
    expect(Object.keys(files).sort()).toEqual([...manifest.files.map((f) => f.name), "manifest.json"].sort());
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        "contract-duty-annex.pdf",
        "recruitment-reason-statement.pdf",
        "filing-checklist-ko.pdf",
        "consistency-report.md",
      ]),
    );
    expect(new TextDecoder().decode(files["contract-duty-annex.pdf"]!.slice(0, 5))).toBe("%PDF-");
    const report = JSON.parse(new TextDecoder().decode(files["consistency-report.json"])) as {
      consistent: boolean;
      lang: string;
      selectedCode: string;
    };
    expect(report).toMatchObject({ consistent: true, lang: "ko", selectedCode: "2224" });

    const view = await post("/api/generate?lang=ko&view=json", readFileSync(EXAMPLE));
    const body = (await view.json()) as {
      consistent: boolean;
      packet: { zip: string; files: { name: string; url: string }[] };
      report: { consistent: boolean };
    };
    expect(body.consistent).toBe(true);
    expect(body.report.consistent).toBe(true);
    const pdf = body.packet.files.find((f) => f.name === "recruitment-reason-statement.pdf")!;
    const served = await app.request(pdf.url);
    expect(served.headers.get("Content-Type")).toBe("application/pdf");
    expect(
      Buffer.from(await served.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect((await app.request(body.packet.zip)).headers.get("Content-Type")).toBe("application/zip");
    expect((await app.request("/api/packets/nope/files/x.pdf")).status).toBe(404);
  });

  it("should write the zip's consistency-report.md in Korean for the Korean page (?ui=ko), as generate --ui ko does", async () => {
    const report = async (query: string): Promise<string> => {
      const view = (await (await post(`/api/generate?lang=ko&view=json${query}`, readFileSync(EXAMPLE))).json()) as {
        packet: { zip: string };
      };
      const zip = unzipSync(new Uint8Array(await (await app.request(view.packet.zip)).arrayBuffer()));
      return Buffer.from(zip["consistency-report.md"]!).toString("utf8");
    };
    const korean = await report("&ui=ko");
    expect(korean.split("\n")[0]).toMatch(/^# 일관성 보고서: 2224 /u);
    expect(korean).toContain("## 담당업무");
    // Without ?ui the report stays English, as the CLI without --ui writes it.
    expect((await report("")).split("\n")[0]).toMatch(/^# Consistency report/);
  });

  it("should give an excluded role's reason in Korean too (exclusion.reasonKo) for the Korean page", async () => {
    const text =
      "수출 물품의 선적 서류를 작성하고 포워더와 선적 일정을 조율합니다\n수출 통관 서류를 처리하고 관세사에게 수출신고를 의뢰합니다";
    const res = await post("/api/match", JSON.stringify({ text, code: "2842" }));
    const body = (await res.json()) as { verdict: string; exclusion: { reason: string; reasonKo?: string } };
    expect(body.verdict).toBe("excluded");
    expect(body.exclusion.reason).toMatch(/shipping/);
    expect(body.exclusion.reasonKo).toMatch(/선적·통관 서류/u);
  });

  it("should name a partly excluded role with its Korean reason (excludedRoleRisk.reasonKo)", async () => {
    const duties = [
      { text: "Assist patients with washing, dressing and going to the toilet", share: 40 },
      { text: "Attend the morning handover", share: 30 },
      { text: "Take part in the weekly team meeting", share: 30 },
    ];
    const res = await post("/api/match", JSON.stringify({ duties, code: "2440" }));
    const body = (await res.json()) as {
      verdict: string;
      excludedRoleRisk?: { role: { en: string }; reasonKo?: string };
    };
    expect(res.headers.get("X-E7-Exit-Code")).toBe("1");
    expect(body.verdict).toBe("ambiguous");
    expect(body.excludedRoleRisk?.role.en).toBe("Nursing assistant");
    expect(body.excludedRoleRisk?.reasonKo).toMatch(/간호조무사/u);
  });

  it("should weigh duties sent with their shares ({duties:[{text, share}]}) as validate does, and keep plain text working", async () => {
    const duties = [
      { text: "수출 물품의 선적 서류를 작성하고 포워더와 선적 일정을 조율합니다", share: 45 },
      { text: "수출 통관 서류를 처리하고 관세사에게 수출신고를 의뢰합니다", share: 45 },
      { text: "해외 바이어와 수출 가격과 계약 조건을 협상합니다", share: 10 },
    ];
    const shared = await post("/api/match", JSON.stringify({ duties, code: "2842" }));
    expect(shared.status).toBe(200);
    const plain = await post(
      "/api/match",
      JSON.stringify({ text: duties.map((d) => d.text).join("\n"), code: "2842" }),
    );
    expect(plain.status).toBe(200);
    const a = (await shared.json()) as { verdict: string; exclusion?: { share: number } };
    const b = (await plain.json()) as { verdict: string; exclusion?: { share: number } };
    // 45% + 45% of the working time is trade paperwork: the shares, not the count of duties (2 of 3), decide.
    expect(a.verdict).toBe("excluded");
    expect(a.exclusion?.share).toBeCloseTo(0.9, 5);
    expect(b.exclusion?.share ?? 0).not.toBeCloseTo(0.9, 5);
    expect((await post("/api/match", JSON.stringify({ duties: [{ text: "x", share: 400 }] }))).status).toBe(400);
    expect((await post("/api/match", JSON.stringify({ duties: "x" }))).status).toBe(400);
  });

  it("should refuse to generate from an invalid case (400 naming the upload, not a temporary path) or an unknown lang", async () => {
    const res = await post("/api/generate", JSON.stringify({ selectedCode: "2224" }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("E_CASE_INVALID");
    expect(body.error.message).toContain("case.json");
    expect(body.error.message).not.toMatch(/e7-align-serve-/);
    expect((await post("/api/generate?lang=fr", readFileSync(EXAMPLE))).status).toBe(400);
  });

  it("should keep an out-of-scope duty as written only when the page asks (?allowOutOfScope=true, the CLI's --allow-out-of-scope)", async () => {
    const input = JSON.parse(readFileSync(EXAMPLE, "utf8")) as { position: { duties: { text: { ko: string } }[] } };
    // Only the Korean text of duty 4 reads as another code; generate --lang en stops on it as --lang ko does.
    input.position.duties[3]!.text.ko = "회사 제품의 광고 캠페인을 기획하고 집행한다";
    const bytes = JSON.stringify(input);
    const stopped = (await (await post("/api/generate?lang=en&view=json&ui=ko", bytes)).json()) as {
      status: string;
      findings: { checkId: string; severity: string; message: string }[];
    };
    expect(stopped.status).toBe("stopped");
    expect(stopped.findings.filter((f) => f.checkId === "packet-duties-in-scope").map((f) => f.severity)).toEqual([
      "error",
    ]);
    const res = await post("/api/generate?lang=en&view=json&allowOutOfScope=true", bytes);
    expect(res.headers.get("X-E7-Exit-Code")).toBe("0");
    const allowed = (await res.json()) as {
      status: string;
      report: {
        caseFindings: { checkId: string; severity: string }[];
        findings: { checkId: string; severity: string }[];
      };
    };
    expect(allowed.status).toBe("written");
    expect(
      [...allowed.report.findings, ...allowed.report.caseFindings].filter(
        (f) => f.checkId === "packet-duties-in-scope",
      ),
    ).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect((await post("/api/generate?allowOutOfScope=yes", bytes)).status).toBe(400);
  });

  it("should verify uploaded documents with the same JSON as `verify --json`", async () => {
    const zip = unzipSync(
      new Uint8Array(await (await post("/api/generate?lang=ko", readFileSync(EXAMPLE))).arrayBuffer()),
    );
    const form = new FormData();
    form.set("code", "2224");
    form.set("contract", new File([zip["contract-duty-annex.pdf"]!], "contract-duty-annex.pdf"));
    form.set("rrs", new File([zip["recruitment-reason-statement.docx"]!], "recruitment-reason-statement.docx"));
    const res = await app.request("/api/verify", { method: "POST", body: form });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; documents: { role: string; statements: unknown[] }[] };
    expect(body.ok).toBe(true);
    expect(body.documents.map((d) => d.role)).toEqual(["contract", "rrs"]);
    expect(body.documents[0]!.statements.length).toBeGreaterThan(0);

    const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
    const os = await import("node:os");
    const dir = mkdtempSync(path.join(os.tmpdir(), "e7-api-verify-"));
    try {
      writeFileSync(path.join(dir, "contract-duty-annex.pdf"), zip["contract-duty-annex.pdf"]!);
      writeFileSync(path.join(dir, "recruitment-reason-statement.docx"), zip["recruitment-reason-statement.docx"]!);
      const cli = await runCliBuffered(
        [
          "verify",
          "--code",
          "2224",
          "--contract",
          "contract-duty-annex.pdf",
          "--rrs",
          "recruitment-reason-statement.docx",
          "--json",
        ],
        { cwd: dir },
      );
      expect(body).toEqual(JSON.parse(cli.stdout));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("should give verify's findings in Korean with ?ui=ko", async () => {
    const form = new FormData();
    form.set("code", "2223");
    form.set(
      "contract",
      new File(
        ["Duties\n1. Configure and operate the Nginx web servers and the deployment of the website.\n"],
        "contract.txt",
      ),
    );
    const res = await app.request("/api/verify?ui=ko", { method: "POST", body: form });
    const body = (await res.json()) as { findings: { checkId: string; message: string; fix?: string }[] };
    const mismatch = body.findings.find((f) => f.checkId === "verify-document-mismatch")!;
    expect(mismatch.message).toMatch(/^계약서의 업무는/);
    expect(mismatch.fix).toMatch(/신청하십시오/);
  });

  it("should quote the catalog's Korean tasks in a Korean fix, even for an English document (?ui=ko)", async () => {
    const form = new FormData();
    form.set("code", "2223");
    form.set(
      "contract",
      new File(
        ["Duties\n1. Configure and operate the Nginx web servers and the deployment of the website.\n"],
        "contract.txt",
      ),
    );
    const korean = tasksKoOf("2223");
    const ko = (await (await app.request("/api/verify?ui=ko", { method: "POST", body: form })).json()) as {
      findings: { checkId: string; fix?: string }[];
    };
    const fix = ko.findings.find((f) => f.checkId === "verify-document-mismatch")!.fix!;
    const quoted = [...fix.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    expect(quoted.length).toBeGreaterThan(0);
    for (const task of quoted) expect(korean).toContain(task);
    // The English page keeps quoting the English tasks of an English document.
    const en = (await (await app.request("/api/verify", { method: "POST", body: form })).json()) as {
      findings: { checkId: string; fix?: string }[];
    };
    const enFix = en.findings.find((f) => f.checkId === "verify-document-mismatch")!.fix!;
    expect(enFix).toMatch(/e\.g\. "[A-Z]/);
  });

  it("should quote 2842's Korean tasks in the Korean fix for an excluded role", async () => {
    const form = new FormData();
    form.set("code", "2842");
    form.set(
      "contract",
      new File(
        [
          "담당 업무\n1. 수출 물품의 선적 서류를 작성하고 포워더와 선적 일정을 조율합니다.\n2. 수출 통관 서류를 처리하고 관세사에게 수출신고를 의뢰합니다.\n",
        ],
        "contract.txt",
      ),
    );
    const body = (await (await app.request("/api/verify?ui=ko", { method: "POST", body: form })).json()) as {
      findings: { checkId: string; fix?: string }[];
    };
    const fix = body.findings.find((f) => f.checkId === "verify-document-excluded-role")!.fix!;
    const quoted = [...fix.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    expect(quoted.length).toBeGreaterThan(0);
    for (const task of quoted) expect(tasksKoOf("2842")).toContain(task);
  });

  it("should refuse verify without a document, without a code, or with an unreadable file", async () => {
    const none = new FormData();
    none.set("code", "2224");
    expect((await app.request("/api/verify", { method: "POST", body: none })).status).toBe(400);
    const noCode = new FormData();
    noCode.set("contract", new File(["담당 업무\n1. 웹 개발"], "c.txt"));
    expect((await app.request("/api/verify", { method: "POST", body: noCode })).status).toBe(400);
    const binary = new FormData();
    binary.set("code", "2224");
    binary.set("contract", new File([new Uint8Array([0, 1, 2, 3, 0, 0, 255])], "c.txt"));
    const res = await app.request("/api/verify", { method: "POST", body: binary });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("c.txt");
    expect(MAX_VERIFY_BYTES).toBeGreaterThan(20 * 1024 * 1024);
  });

  it("should serve the page, the schema, the codes and init's starting case", async () => {
    const page = await app.request("/");
    expect(page.headers.get("Content-Type")).toContain("text/html");
    expect(await page.text()).toContain('src="/static/app.js"');
    expect((await app.request("/static/app.js")).status).toBe(200);
    expect((await app.request("/static/..%2Fpackage.json")).status).toBe(404);
    expect((await app.request("/static/nothing.js")).status).toBe(404);
    const schema = (await (await app.request("/api/schema")).json()) as { title: string };
    expect(schema.title).toMatch(/case/i);
    const codes = (await (await app.request("/api/codes")).json()) as { occupations: { code: string }[] };
    expect(codes.occupations.some((o) => o.code === "2224")).toBe(true);
    const template = (await (await app.request("/api/template?code=2224&kind=reapplication")).json()) as {
      selectedCode: string;
      priorApplication?: unknown;
      filing: { kind: string };
    };
    expect(template).toMatchObject({ selectedCode: "2224", filing: { kind: "reapplication" } });
    expect(template.priorApplication).toBeDefined();
    expect((await app.request("/api/template?kind=other")).status).toBe(400);
    const offices = (await (await app.request("/api/offices")).json()) as { offices: { id: string; ko: string }[] };
    expect(offices.offices.some((o) => o.id === "seoul-southern" && /서울남부/.test(o.ko))).toBe(true);
  });

  it("should refuse another host name (DNS rebinding) and a POST from another site's page", async () => {
    const rebound = await app.request("http://attacker.example/api/codes");
    expect(rebound.status).toBe(403);
    const crossSite = await app.request("http://127.0.0.1:8787/api/match", {
      method: "POST",
      body: JSON.stringify({ text: "Develop web pages" }),
      headers: { Origin: "https://attacker.example", "Content-Type": "application/json" },
    });
    expect(crossSite.status).toBe(403);
    const sameSite = await app.request("http://127.0.0.1:8787/api/match", {
      method: "POST",
      body: JSON.stringify({ text: "Develop web pages" }),
      headers: { Origin: "http://127.0.0.1:8787", "Content-Type": "application/json" },
    });
    expect(sameSite.status).toBe(200);
  });

  it("should listen on 127.0.0.1 only and answer over real HTTP", async () => {
    const server = await startServer({ port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(new URL("/api/match", server.url), {
        method: "POST",
        body: JSON.stringify({ text: "Develop web pages with React" }),
        headers: { "Content-Type": "application/json" },
      });
      expect(res.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
