// The filing step that closes generate's next steps reads as a sentence in English and in Korean.
import { describe, expect, it } from "vitest";
import type { Case } from "../../src/case/types.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { requireOccupation } from "../../src/catalog/resolve-code.js";
import { checklistForCase } from "../../src/checklist/checklist-for-case.js";
import { nextSteps } from "../../src/cli/generate.js";
import { exampleCase } from "../checks/check-tester.js";

function checklistOf(change?: (c: ReturnType<typeof exampleCase>) => void) {
  const draft = exampleCase();
  change?.(draft);
  const catalog = loadCatalog();
  const { occupation } = requireOccupation(catalog, draft.selectedCode, draft.filing.codeEdition);
  return checklistForCase(draft as Case, occupation, catalog);
}

describe("generate's filing step", () => {
  it("names the deadline first, then the application and the form it is made on (English)", () => {
    const checklist = checklistOf();
    const route = checklist.route;
    const last = nextSteps(checklist, "packet", [], "en").at(-1)!;
    expect(last).toBe(
      `  4. File by ${checklist.filingDate}: ${route.name.en} (${route.name.ko}), using the ${route.form.en}. ${route.where.en}`,
    );
    expect(last).toMatch(
      /^ {2}4\. File by \d{4}-\d\d-\d\d: Application for a Certificate of Confirmation of Visa Issuance \(사증발급인정신청\), using the Application for Confirmation of Visa Issuance \(Enforcement Rules form 21\)\. The inviting employer/,
    );
    expect(last).not.toMatch(/File: | on Application/);
  });

  it("asks to file by a Korean-written date and labels the application and form (Korean)", () => {
    const checklist = checklistOf();
    const last = nextSteps(checklist, "packet", [], "ko").at(-1)!;
    expect(last).toMatch(
      /^ {2}4\. \d{4}\. \d{1,2}\. \d{1,2}\.까지 신청하십시오\. 신청 종류: 사증발급인정신청, 서식: 사증발급인정신청서 \(출입국관리법 시행규칙 별지 제21호서식\)\. 초청 회사/,
    );
    expect(last).not.toMatch(/\d{4}-\d\d-\d\d/);
  });
});
