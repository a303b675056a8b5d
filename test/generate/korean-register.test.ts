// A case written in the other register gets each Korean document's own: 한다체 clauses in the annex, 합니다체 to the office.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Case } from "../../src/case/types.js";
import { readDocument } from "../../src/readers/read-document.js";
import { politeDutiesCase } from "../helpers/polite-duties.js";
import { cli } from "../helpers/run-cli.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const tempDir = useTempDirs("e7-ko-register-");

/** The web-developer example with its Korean duties in 합니다체 and its reason for hiring in 한다체. */
function mixedRegisterCase(): Case {
  const input = politeDutiesCase();
  return {
    ...input,
    recruitment: {
      ...input.recruitment,
      whyForeignNational: {
        en: "The Vietnamese storefront needs a web developer who reads Vietnamese payment-gateway documentation.",
        ko: "베트남 웹 스토어에는 베트남 결제대행사의 기술 문서를 읽을 수 있는 웹 개발자가 필요하다. 두 차례의 국내 공고에서 이러한 경험을 가진 국민 지원자는 없었다.",
      },
    },
  };
}

const compact = (text: string): string => text.replace(/\s+/g, "");

describe("generate with duties written in 합니다체", () => {
  it("prints the annex's and the RRS's duty clauses in 한다체 and the RRS's reason in 합니다체, and the packet is consistent", async () => {
    const dir = tempDir();
    const casePath = path.join(dir, "case.json");
    const input = mixedRegisterCase();
    expect((input.position.duties[0]!.text as { ko: string }).ko).toMatch(/유지보수합니다\.$/);
    writeFileSync(casePath, JSON.stringify(input, null, 2));
    const out = path.join(dir, "packet");
    const run = await cli(["generate", casePath, "--out", out, "--lang", "ko"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);

    for (const file of ["contract-duty-annex.docx", "contract-duty-annex.pdf"]) {
      const text = compact((await readDocument(path.join(out, file))).text);
      // Each clause: the user's words, their ending in 한다체, the listed names, then the share.
      expect(text, file).toContain(
        compact(
          "2.1 hanbitmall.co.kr 웹 스토어의 프런트엔드(상품 페이지, 검색, 브라우저 결제 화면)를 React와 TypeScript로 개발하고 유지보수한다(사용 도구: React, TypeScript, Next.js; 대상 제품: hanbitmall.co.kr). 업무 비중: 약 40%.",
        ),
      );
      for (const ending of ["PostgreSQL데이터베이스와연동한다(", "웹페이지를시험한다(", "라이브러리를업데이트한다("])
        expect(text, file).toContain(ending);
      expect(text, file).not.toMatch(/유지보수합니다|연동합니다|시험합니다|업데이트합니다/);
    }
    for (const file of ["recruitment-reason-statement.docx", "recruitment-reason-statement.pdf"]) {
      const text = compact((await readDocument(path.join(out, file))).text);
      // The RRS quotes the annex's clauses as they stand there, and speaks to the office in 합니다체.
      expect(text, file).toContain("개발하고유지보수한다(");
      expect(text, file).toContain("웹개발자가필요합니다.");
      expect(text, file).toContain("국민지원자는없었습니다.");
      expect(text, file).not.toMatch(/유지보수합니다|필요하다\.|없었다\./);
    }
    const report = readFileSync(path.join(out, "consistency-report.json"), "utf8");
    expect(JSON.parse(report)).toMatchObject({ consistent: true });
  });
});
