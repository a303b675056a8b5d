import { describe, expect, it } from "vitest";
import { packetChecks } from "../../src/checks/packet/index.js";
import { runPacketChecks } from "../../src/checks/packet/run-packet-checks.js";
import { buildReport, type BuildReportInput } from "../../src/report/build-report.js";
import { formatReportJson, formatReportMarkdown } from "../../src/report/format-report.js";
import { localizeFindings } from "../../src/checks/messages/localize-finding.js";
import { packetContext } from "../checks/packet/packet-tester.js";
import { validateReport } from "../generate/schema-validator.js";

async function input(): Promise<BuildReportInput> {
  const context = await packetContext();
  const checks = Object.values(packetChecks);
  return {
    provenance: {
      tool: { name: "e7-align", version: "0.0.0-test" },
      catalog: { version: "1", asOf: "2026-11-24", listEdition: "2026-09" },
      rules: { version: "1", asOf: "2026-11-24" },
    },
    caseFile: { file: "case.json", sha256: "0".repeat(64) },
    case: context.case,
    occupation: context.occupation,
    lang: context.lang,
    formats: ["docx", "pdf"],
    plan: context.plan,
    documents: context.documents,
    checks,
    findings: runPacketChecks(context, checks),
    caseFindings: [],
  };
}

describe("buildReport", () => {
  it("should build a schema-valid, consistent report with one entry per check and per file", async () => {
    const report = buildReport(await input());
    expect(validateReport(report)).toEqual([]);
    expect(report.consistent).toBe(true);
    expect(report.crossChecks.map((c) => c.id)).toEqual(Object.keys(packetChecks));
    expect(report.documents).toHaveLength(4);
    expect(formatReportJson(report)).toBe(formatReportJson(buildReport(await input())));
  });

  it("should turn any error finding into an inconsistent verdict and a failed cross-check", async () => {
    const base = await input();
    const error = {
      checkId: "packet-same-code",
      severity: "error" as const,
      messageId: "missing",
      message: "m",
      data: {},
      source: "s",
      file: "contract-duty-annex.pdf",
    };
    const report = buildReport({ ...base, findings: [error] });
    expect(report.consistent).toBe(false);
    expect(report.crossChecks.find((c) => c.id === "packet-same-code")).toMatchObject({ passed: false, findings: 1 });
    expect(formatReportMarkdown(report)).toContain("**Verdict: NOT consistent.**");
  });
});

describe("formatReportMarkdown", () => {
  it("should give the verdict, the documents, the clauses and the cross-checks", async () => {
    const markdown = formatReportMarkdown(buildReport(await input()));
    expect(markdown).toContain("**Verdict: consistent.**");
    for (const heading of ["## Duties", "## Documents", "## Duty clauses read back", "## Cross-checks", "## Findings"])
      expect(markdown).toContain(heading);
    expect(markdown).toMatch(/\| contract-duty-annex\.pdf \| 2\.1 \| yes \| 2224 \|/);
  });

  it("should write the Korean variant under ui ko (headings, verdict words, table headers, Korean findings)", async () => {
    const base = await input();
    const report = buildReport({
      ...base,
      findings: [
        {
          checkId: "packet-same-code",
          severity: "error",
          messageId: "missing",
          message: "m",
          data: { code: "2224" },
          source: "s",
          file: "contract-duty-annex.pdf",
        },
      ],
    });
    const english = formatReportMarkdown(report);
    expect(formatReportMarkdown(report, "en")).toBe(english);
    const korean = formatReportMarkdown({ ...report, findings: localizeFindings(report.findings, "ko") }, "ko");
    expect(korean).toContain("**판정: 불일치.**");
    for (const heading of ["## 담당업무", "## 문서", "## 다시 읽은 담당업무 조항", "## 교차 점검", "## 점검 결과"])
      expect(korean).toContain(heading);
    expect(korean).toContain("| 파일 | 조항 | 온전함 | 최적 코드 | 점수 | 신청 코드 점수 | 차이 | 판정 | 근거 |");
    expect(korean).toMatch(/\| contract-duty-annex\.pdf \| 2\.1 \| 예 \| 2224 \|.*\| 일치 \|/);
    expect(korean).toMatch(/\| packet-same-code \| 실패\(1건\) \|/);
    // The finding's message is the check's Korean text, not the English one.
    const finding = korean.split("\n").find((line) => line.includes("`packet-same-code`"))!;
    expect(finding).toMatch(/^- \*\*오류\*\* `packet-same-code` \(contract-duty-annex\.pdf\): .*[가-힣]/u);
    // Kinds and verdicts are Korean words alone, and each cross-check says in Korean what it checks.
    expect(korean).not.toMatch(/\((match|error|warning|info|anchored)\)/);
    expect(korean).toMatch(/\| packet-same-code \| 실패\(1건\) \| 모든 서류에 신청 직종코드가/);
    for (const english of ["## Duties", "Verdict:", "| file |", "passed", "FAILED", "(영문)"])
      expect(korean).not.toContain(english);
  });
});
