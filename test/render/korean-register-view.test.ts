// Each spot of a Korean document prints the user's sentences in its own register: the annex's clauses (and the
// cover letter's table of them) in 한다체, text addressed to the office in 합니다체; quoted earlier text stays as filed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Case } from "../../src/case/types.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { requireOccupation } from "../../src/catalog/resolve-code.js";
import { buildCheckContext } from "../../src/checks/run-checks.js";
import { dutyReadings } from "../../src/generate/duty-readings.js";
import { collectText } from "../../src/model/walk.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { planDuties } from "../../src/render/plan-duties.js";
import { renderPacket } from "../../src/render/render-packet.js";
import { loadTemplates } from "../../src/render/templates.js";

type Both = { ko: string; en: string };

/** The reapplication example written in the other register wherever the user writes sentences. */
function otherRegister(): Case {
  const input = JSON.parse(
    readFileSync(path.join(PACKAGE_ROOT, "examples", "reapplication-after-code-mismatch", "case.json"), "utf8"),
  ) as Case;
  const prior = input.priorApplication!;
  const duties = input.position.duties.map((duty) => {
    const text = duty.text as Both;
    return { ...duty, text: { ...text, ko: `${text.ko.replace(/한다$/, "합니다")}.` } };
  });
  const [first, ...efforts] = input.recruitment.domesticEfforts;
  return {
    ...input,
    position: { ...input.position, duties },
    recruitment: {
      ...input.recruitment,
      domesticEfforts: [
        { ...first!, outcome: { ...(first!.outcome as Both), ko: "경력자 1명은 입사 제안을 사양했다." } },
        ...efforts,
      ],
      expectedEffect: { ...(input.recruitment.expectedEffect as Both), ko: "해외 매출이 15% 늘 것으로 기대된다." },
    },
    priorApplication: {
      ...prior,
      reasons: [{ ...(prior.reasons[0] as Both), ko: "기재된 업무가 신청 직종에 해당하지 않는다." }],
      duties: [
        { ...prior.duties![0]!, text: { ...(prior.duties![0]!.text as Both), ko: "회사 웹 플랫폼을 개발합니다." } },
        ...prior.duties!.slice(1),
      ],
      whatChanged: [
        prior.whatChanged[0]!,
        { ...(prior.whatChanged[1] as Both), ko: "각 업무를 구체적으로 적고 업무별 시간 비중을 밝혔다." },
      ],
      positionUnchanged: false,
      changeNote: { ko: "베트남 입점사 지원 업무가 새로 생겼다.", en: "Support for Vietnamese merchants was added." },
    },
  };
}

describe("the register of user sentences in the Korean documents", () => {
  it("should print each spot in its register and quote earlier text as filed", async () => {
    const input = otherRegister();
    const catalog = loadCatalog();
    const { occupation } = requireOccupation(catalog, input.selectedCode, input.filing.codeEdition);
    const context = buildCheckContext(input, occupation, catalog);
    const plan = planDuties(input.position.duties, occupation, context.match);
    const readings = dutyReadings(input, catalog);
    const packet = renderPacket(await loadTemplates(), {
      case: input,
      catalog,
      occupation,
      plan,
      lang: "ko",
      ...(readings ? { readings } : {}),
    });
    const text = (kind: string): string =>
      collectText(packet.documents.find((d) => d.doc.meta.kind === kind)!.doc).replace(/\s+/g, " ");
    const annex = text("contract-annex");
    const rrs = text("rrs");
    const cover = text("cover-letter");

    expect(annex).toContain("React와 TypeScript로 개발하고 유지보수한다(");
    expect(rrs).toContain("React와 TypeScript로 개발하고 유지보수한다(");
    // The cover letter's table of the new annex's duties and the before/after rows of the duties now quote the annex.
    expect(cover).toContain("React와 TypeScript로 개발하고 유지보수한다");
    expect(cover).not.toContain("유지보수합니다");
    // The earlier duties and the notice's reasons are quoted as filed.
    expect(cover).toContain("회사 웹 플랫폼을 개발합니다.");
    expect(cover).toContain("기재된 업무가 신청 직종에 해당하지 않는다.");
    // What the user says to the office is in 합니다체.
    expect(cover).toContain("각 업무를 구체적으로 적고 업무별 시간 비중을 밝혔습니다.");
    expect(cover).toContain("베트남 입점사 지원 업무가 새로 생겼습니다.");
    expect(rrs).toContain("경력자 1명은 입사 제안을 사양했습니다.");
    expect(rrs).toContain("해외 매출이 15% 늘 것으로 기대됩니다.");
    for (const plain of ["밝혔다.", "생겼다.", "사양했다.", "기대된다."]) {
      expect(cover).not.toContain(plain);
      expect(rrs).not.toContain(plain);
    }
  });
});
