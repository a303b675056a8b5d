/** Korean messages and checklist texts speak in the user's terms: no JSON paths, rule ids, tool name or "this tool". */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Case } from "../../src/case/types.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { requireOccupation } from "../../src/catalog/resolve-code.js";
import { employmentRecommendation } from "../../src/checks/employment-recommendation.js";
import { checks } from "../../src/checks/index.js";
import { manualCodeConflict } from "../../src/checks/manual-code-conflict.js";
import { findingMessage } from "../../src/checks/messages/localize-finding.js";
import { salaryFloor } from "../../src/checks/salary-floor.js";
import { stricterReview } from "../../src/checks/stricter-review.js";
import { packetCaseChecks, packetChecks } from "../../src/checks/packet/index.js";
import { verifyChecks } from "../../src/checks/verify/index.js";
import { checklistForCase } from "../../src/checklist/checklist-for-case.js";
import { formatChecklistText } from "../../src/checklist/format-checklist.js";
import * as texts from "../../src/checklist/texts.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { exampleCase, findingsFor } from "./check-tester.js";

/** What a Korean HR user cannot act on: a case-file JSON path, a dated rule id, the tool's name or "이 도구". */
const INTERNALS: readonly [string, RegExp][] = [
  ["JSON path", /\b(?:employer|applicant|position|filing|recruitment)\.[a-z]/],
  ["rule id", /\b[a-z]+-20\d\d\b/],
  ["tool name", /e7-align/],
  ["this tool", /이 도구/],
  ["unnamed page", /기준 페이지/],
  // "case file" word for word; the interface calls it 신청 건 정보 파일, as the checklist does.
  ["literal case file", /사례 파일/],
];

/**
 * What a Korean user cannot take as a citation: the tool's own "규칙" or "실무 참고" label, its catalog, or a
 * file of the repository; a check resting on no published text says so plainly ("(자체 기준)").
 */
const SOURCE_INTERNALS: readonly [string, RegExp][] = [
  ...INTERNALS,
  ["tool's rule label", /규칙:|실무 참고/],
  ["catalog", /카탈로그/],
  ["repository file", /\.(?:md|json)\b|docs\//],
];

/** Texts allowed to keep a match, each with its reason (none so far). */
const ALLOWED: ReadonlyMap<string, string> = new Map();

const all = [
  ...Object.values(checks),
  ...Object.values(packetChecks),
  ...Object.values(packetCaseChecks),
  ...Object.values(verifyChecks),
];

/** Every Korean string under a value: the `ko` side of each {ko,en} pair. */
function koStrings(value: unknown, where: string): [string, string][] {
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    key === "ko" && typeof inner === "string"
      ? [[where, inner] as [string, string]]
      : koStrings(inner, `${where}.${key}`),
  );
}

function offending(items: readonly [string, string][], patterns = INTERNALS): string[] {
  return items.flatMap(([where, text]) =>
    ALLOWED.has(where)
      ? []
      : patterns.flatMap(([kind, pattern]) =>
          text
            .split("\n")
            .filter((line) => pattern.test(line))
            .map((line) => `${where} (${kind}): ${line.trim()}`),
        ),
  );
}

describe("Korean texts in the user's terms", () => {
  it("should name no internals in any check's messagesKo or fixesKo", () => {
    const items = all.flatMap((check) => [
      ...Object.entries(check.meta.messagesKo ?? {}).map(
        ([id, text]) => [`${check.meta.id}/${id}`, text] as [string, string],
      ),
      ...Object.entries(check.meta.fixesKo ?? {}).map(
        ([id, text]) => [`${check.meta.id} fix ${id}`, text] as [string, string],
      ),
      ...(check.meta.descriptionKo === undefined
        ? []
        : [[`${check.meta.id} descriptionKo`, check.meta.descriptionKo] as [string, string]]),
    ]);
    expect(items.length).toBeGreaterThan(62);
    expect(offending(items)).toEqual([]);
  });

  it("should cite a plain source in every check's sourceKo, not the tool's rule, catalog or files", () => {
    const items = all.flatMap((check) =>
      check.meta.sourceKo === undefined ? [] : [[`${check.meta.id} sourceKo`, check.meta.sourceKo] as [string, string]],
    );
    expect(items.length).toBeGreaterThan(20);
    expect(offending(items, SOURCE_INTERNALS)).toEqual([]);
  });

  it("should name no internals in the checklist's fixed Korean texts", () => {
    const items = koStrings(texts, "texts");
    expect(items.length).toBeGreaterThan(50);
    expect(offending(items)).toEqual([]);
  });

  it("should name no internals in the catalog's Korean notes, which the Korean messages print", () => {
    const items = loadCatalog().occupations.flatMap((o) => {
      const walk = (value: unknown, where: string): [string, string][] =>
        value === null || typeof value !== "object"
          ? []
          : Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
              /Ko$/.test(key) && typeof inner === "string"
                ? [[`${where}.${key}`, inner] as [string, string]]
                : walk(inner, `${where}.${key}`),
            );
      return walk(o, `catalog ${o.code}`);
    });
    expect(items.length).toBeGreaterThan(100);
    expect(offending(items)).toEqual([]);
  });

  it("should name no internals in any example's Korean checklist", () => {
    const catalog = loadCatalog();
    const examples = readdirSync(path.join(PACKAGE_ROOT, "examples"), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== "verify")
      .map((d) => d.name);
    expect(examples.length).toBeGreaterThan(10);
    const items = examples.map((name): [string, string] => {
      const draft = exampleCase(name);
      const { occupation } = requireOccupation(catalog, draft.selectedCode, draft.filing.codeEdition);
      return [`checklist ${name}`, formatChecklistText(checklistForCase(draft as Case, occupation, catalog), "ko")];
    });
    expect(offending(items)).toEqual([]);
  });

  it("should call the case file by one Korean name in every text the commands and the web page print", () => {
    const roots = ["src", "web"].map((dir) => path.join(PACKAGE_ROOT, dir));
    const files = roots.flatMap((root) =>
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile() && /\.(?:ts|js|html)$/.test(f.name) && !f.name.includes(".generated."))
        .map((f) => path.join(f.parentPath, f.name)),
    );
    expect(files.length).toBeGreaterThan(100);
    const literal = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => (/사례 파일/.test(line) ? [`${path.relative(PACKAGE_ROOT, file)}:${i + 1}`] : [])),
    );
    expect(literal).toEqual([]);
  });

  it("should catch each kind of internal (the scan is not blind)", () => {
    expect(
      offending([
        ["a", "employer.documents에 추가하십시오."],
        ["b", "최신 고시(wage-2026)"],
        ["c", "e7-align generate로 작성합니다."],
        ["d", "고용업체(이 도구로 작성)"],
        ["h", "유효한 사례 파일이 아닙니다."],
      ]).length,
    ).toBe(5);
    expect(
      offending(
        [
          ["e", "도구 실무 참고: 다시 신청한 서류도 같은 기준으로 심사합니다."],
          ["f", "직종별 세부 기준(카탈로그의 고용추천 정보)"],
          ["g", "각 서류는 그 서류의 언어로 읽힙니다(docs/case-format.md)."],
        ],
        SOURCE_INTERNALS,
      ).length,
    ).toBe(3);
  });
});

describe("the reworded Korean messages", () => {
  it("should ask for the employment recommendation in the company documents list, not in employer.documents", () => {
    const [required] = findingsFor(employmentRecommendation, {
      name: "2832 without a recommendation",
      example: "mismatch-travel-tech-pm-filed-as-2832",
    });
    expect(findingMessage(required!, "ko")).toContain("회사 서류 목록에 고용추천서(발급 기관, 발급일)를 추가하십시오.");
    expect(required!.message).toContain("add it to the company documents of the case");
    expect(required!.message).not.toContain("employer.documents");
    const [conditional] = findingsFor(employmentRecommendation, {
      name: "2842",
      change: (c) => {
        c.selectedCode = "2842";
      },
    });
    expect(findingMessage(conditional!, "ko")).toContain(
      "회사 서류 목록에 고용추천서(발급 기관, 발급일)를 추가하십시오.",
    );
  });

  it("should name the wage notice by its number and year, not by the rule id", () => {
    const [stale] = findingsFor(salaryFloor, {
      name: "2027 filing",
      change: (c) => {
        c.filing.plannedFilingDate = "2027-03-02";
      },
    });
    const ko = findingMessage(stale!, "ko");
    expect(ko).toContain("최신 고시를 사용했습니다: 법무부 E-7 임금 기준 공지 2025-406(2026년).");
    expect(ko).not.toMatch(/wage-2026|MOJ-WAGE/);
    expect(stale!.message).toContain("the latest (Ministry of Justice notice 2025-406 on E-7 wage floors (2026))");
    const [below] = findingsFor(salaryFloor, {
      name: "low salary",
      change: (c) => {
        c.position.annualSalaryKrw = 30_000_000;
      },
    }).filter((f) => f.messageId === "belowFloor");
    expect(findingMessage(below!, "ko")).toContain("(법무부 E-7 임금 기준 공지 2025-406(2026년))");
    expect(below!.message).not.toMatch(/wage-2026|MOJ-WAGE/);
  });

  it("should cite the occupation's criteria page of the manual for the stricter review", () => {
    const [finding] = findingsFor(stricterReview, { name: "interpreter", example: "interpreter" });
    expect(findingMessage(finding!, "ko")).toContain(
      "요건의 세부 내용은 법무부 「외국인체류 안내매뉴얼」(2026. 9.) 266쪽에서 확인하십시오.",
    );
    expect(finding!.message).toContain("The details are on MOJ-2026-09 p.266.");
  });

  it("should cite the manual page that prints a criteria-page number", () => {
    const [finding] = findingsFor(manualCodeConflict, {
      name: "2241",
      change: (c) => {
        c.selectedCode = "2241";
      },
    });
    expect(findingMessage(finding!, "ko")).toContain(
      "심사기준이 실린 법무부 「외국인체류 안내매뉴얼」(2026. 9.) 247쪽에 인쇄된 번호이며",
    );
    expect(finding!.message).toContain("(MOJ-2026-09 p.247)");
  });

  it("should name the employer, not the tool, as the writer of the generated documents in the checklist", () => {
    const catalog = loadCatalog();
    const draft = exampleCase("web-developer");
    const { occupation } = requireOccupation(catalog, draft.selectedCode, draft.filing.codeEdition);
    const text = formatChecklistText(checklistForCase(draft as Case, occupation, catalog), "ko");
    expect(text).toContain("발급기관: 고용업체 작성");
    expect(text).toContain("서류 묶음을 생성하면 함께 작성됩니다.");
  });
});
