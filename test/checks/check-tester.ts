/** Table-driven tests for one compliance check (ESLint RuleTester style): valid cases report nothing, invalid ones the listed findings. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { requireOccupation } from "../../src/catalog/resolve-code.js";
import type { Case } from "../../src/case/types.js";
import { buildCheckContext, runCheck } from "../../src/checks/run-checks.js";
import type { Check, Finding, Severity } from "../../src/checks/types.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

/** A writable deep copy of a case, for mutating in a test. */
export type Draft = { -readonly [K in keyof Case]: Mutable<Case[K]> };
type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;

/** A valid example case to start from (examples/<name>/case.json). */
export function exampleCase(name = "web-developer"): Draft {
  return JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "examples", name, "case.json"), "utf8")) as Draft;
}

export interface ExpectedFinding {
  readonly messageId: string;
  readonly severity?: Severity;
  readonly path?: string;
  readonly data?: Readonly<Record<string, string | number>>;
}

export interface CheckCase {
  readonly name: string;
  /** Example to start from (default web-developer). */
  readonly example?: string;
  readonly change?: (draft: Draft) => void;
}

export interface InvalidCase extends CheckCase {
  /** Every finding the check must report, in order (extra findings fail the test). */
  readonly findings: readonly ExpectedFinding[];
}

/** Runs one check over a case (matcher included) and returns its findings. */
export function findingsFor(check: Check, testCase: CheckCase): Finding[] {
  const draft = exampleCase(testCase.example);
  testCase.change?.(draft);
  const catalog = loadCatalog();
  const { occupation } = requireOccupation(catalog, draft.selectedCode, draft.filing.codeEdition);
  return runCheck(check, buildCheckContext(draft as Case, occupation, catalog));
}

/** Declares the vitest suite for a check. */
export function testCheck(
  check: Check,
  cases: { readonly valid: readonly CheckCase[]; readonly invalid: readonly InvalidCase[] },
): void {
  describe(check.meta.id, () => {
    for (const testCase of cases.valid) {
      it(`should report nothing for: ${testCase.name}`, () => {
        expect(findingsFor(check, testCase).map((f) => `${f.severity} ${f.messageId}: ${f.message}`)).toEqual([]);
      });
    }
    for (const testCase of cases.invalid) {
      it(`should report ${testCase.findings.map((f) => f.messageId).join(", ")} for: ${testCase.name}`, () => {
        const findings = findingsFor(check, testCase);
        expect(findings.map((f) => f.messageId)).toEqual(testCase.findings.map((f) => f.messageId));
        testCase.findings.forEach((expected, i) => {
          const actual = findings[i]!;
          expect(actual.checkId).toBe(check.meta.id);
          expect(actual.message).not.toMatch(/\{\{/);
          expect(actual.source).toBe(check.meta.source);
          if (expected.severity) expect(actual.severity).toBe(expected.severity);
          if (expected.path !== undefined) expect(actual.path).toBe(expected.path);
          if (expected.data) expect(actual.data).toMatchObject(expected.data);
        });
      });
    }
  });
}
