/**
 * Table-driven tests for verify checks (ESLint RuleTester style): documents given as text are read and scored as
 * `verify` reads them, then one check runs; valid cases report nothing, invalid ones exactly the listed findings.
 */
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../src/catalog/load-catalog.js";
import { runVerifyCheck } from "../../../src/checks/verify/run-verify-checks.js";
import type { VerifyCheck, VerifyCheckContext, VerifyCheckFinding } from "../../../src/checks/verify/types.js";
import type { Severity } from "../../../src/checks/types.js";
import { readDocument } from "../../../src/readers/read-document.js";
import { buildVerifyContext, type ExtractedDocument } from "../../../src/verify/verify-documents.js";
import type { DocumentRole } from "../../../src/verify/types.js";
import type { FixtureParagraph } from "../../fixtures/verify/build-fixtures.js";
import { asText } from "../../fixtures/verify/documents.js";

export interface VerifyCase {
  readonly name: string;
  /** The code filed (and its edition, the application's title, --whole-text). */
  readonly code: string;
  readonly edition?: string;
  readonly title?: string;
  readonly wholeText?: boolean;
  /** Documents by role, as fixture paragraphs (written as Markdown) or as plain text. */
  readonly contract?: readonly FixtureParagraph[] | string;
  readonly rrs?: readonly FixtureParagraph[] | string;
  /** Changes the context after reading, for states real documents rarely produce. */
  readonly change?: (context: VerifyCheckContext) => VerifyCheckContext;
}

export interface InvalidVerifyCase extends VerifyCase {
  readonly findings: readonly {
    readonly messageId: string;
    readonly severity?: Severity;
    readonly file?: string;
    readonly data?: Readonly<Record<string, string | number>>;
    readonly codes?: readonly string[];
    readonly statements?: readonly number[];
    /** Text the fix must contain. */
    readonly fix?: string;
  }[];
}

const catalog = loadCatalog();

/** The file name each role's document is read under (and that findings name). */
export const FILE: Readonly<Record<DocumentRole, string>> = { contract: "contract.md", rrs: "rrs.md" };

/** Reads the case's documents as verify does and runs one check over them. */
export async function verifyFindings(check: VerifyCheck, testCase: VerifyCase): Promise<VerifyCheckFinding[]> {
  const documents: ExtractedDocument[] = [];
  for (const role of ["contract", "rrs"] as const) {
    const content = testCase[role];
    if (content === undefined) continue;
    const text = typeof content === "string" ? content : asText(content, true);
    documents.push({
      role,
      path: FILE[role],
      extracted: await readDocument({ name: FILE[role], bytes: Buffer.from(text) }),
    });
  }
  const options = {
    code: testCase.code,
    ...(testCase.edition ? { edition: testCase.edition } : {}),
    ...(testCase.title ? { title: testCase.title } : {}),
    ...(testCase.wholeText ? { wholeText: true } : {}),
  };
  const context = buildVerifyContext(catalog, options, documents);
  return runVerifyCheck(check, testCase.change ? testCase.change(context) : context);
}

/** Declares the vitest suite for one verify check. */
export function testVerifyCheck(
  check: VerifyCheck,
  cases: { readonly valid: readonly VerifyCase[]; readonly invalid: readonly InvalidVerifyCase[] },
): void {
  describe(check.meta.id, () => {
    for (const testCase of cases.valid) {
      it(`should report nothing for: ${testCase.name}`, async () => {
        expect(
          (await verifyFindings(check, testCase)).map((f) => `${f.severity} ${f.messageId}: ${f.message}`),
        ).toEqual([]);
      });
    }
    for (const testCase of cases.invalid) {
      it(`should report ${testCase.findings.map((f) => f.messageId).join(", ")} for: ${testCase.name}`, async () => {
        const findings = await verifyFindings(check, testCase);
        expect(findings.map((f) => f.messageId)).toEqual(testCase.findings.map((f) => f.messageId));
        testCase.findings.forEach((expected, i) => {
          const actual = findings[i]!;
          expect(actual.checkId).toBe(check.meta.id);
          expect(actual.source).toBe(check.meta.source);
          expect(actual.message).not.toMatch(/\{\{/);
          if (actual.fix !== undefined) expect(actual.fix).not.toMatch(/\{\{/);
          if (expected.severity) expect(actual.severity).toBe(expected.severity);
          if (expected.file) expect(actual.file).toBe(expected.file);
          if (expected.data) expect(actual.data).toMatchObject(expected.data);
          if (expected.codes) expect(actual.codes).toEqual(expected.codes);
          if (expected.statements) expect(actual.statements).toEqual(expected.statements);
          if (expected.fix !== undefined) expect(actual.fix).toContain(expected.fix);
        });
      });
    }
  });
}
