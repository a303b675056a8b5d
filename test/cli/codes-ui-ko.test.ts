// codes under --ui ko: Korean column names, Korean occupation names, Korean messages, reasons and citations.
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/run-cli.js";

describe("codes --ui ko", () => {
  it("shows the kind of employer an occupation is open to, in Korean and in English", async () => {
    const ko = await cli(["codes", "show", "3612", "--ui", "ko"]);
    expect(ko.stdout).toContain("고용업체 요건: 「관광진흥법」에 따라 등록한 관광호텔");
    expect(ko.stdout).toContain("고용할 수 없는 업종: 여관·모텔·게스트하우스 등 일반 숙박업소.");
    const en = await cli(["codes", "show", "3612"]);
    expect(en.stdout).toContain("Employer: must be a tourist, floating, traditional-Korean or family hotel");
    expect((await cli(["codes", "show", "2224"])).stdout).not.toContain("Employer: must be");
  });

  it("lists the occupations with Korean column names and Korean names only", async () => {
    const run = await cli(["codes", "list", "--subtype", "E-7-1", "--ui", "ko"]);
    expect(run.code).toBe(0);
    const [header, , ...rows] = run.stdout.trimEnd().split("\n");
    expect(header).toMatch(/^코드 +체류자격 +이전 코드 +직종명$/);
    expect(run.stdout).toMatch(/\n2224 +E-7-1 +\S+ +웹 개발자\n/);
    expect(rows.at(-1)).toMatch(/^직종 67개\(카탈로그 [\d.]+, \d{4}\. \d{1,2}\. \d{1,2}\. 기준, 목록 판 2026-09\)$/);
    // Only codes, subtypes and former codes are Latin: no English column name, occupation name or sentence.
    for (const row of rows.slice(0, -1)) expect(row.replace(/^\S+ +E-7-\d +\S+ +/, ""), row).not.toMatch(/[A-Za-z]/);
    expect(run.stdout).not.toMatch(/\bname\b|occupations|Web developer/);
  });

  it("searches with Korean column names, Korean questions and a Korean hint", async () => {
    const run = await cli(["codes", "search", "marketing", "manager", "--ui", "ko"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^코드 +점수 +직종명\n/);
    expect(run.stdout).toContain("직무명만으로는 ");
    expect(run.stdout).toMatch(/\n {2}\d+ \/ \d+: [^\n]*[가-힣][^\n]*\?\n/);
    expect(run.stdout).toContain('실제 담당업무로 확인하십시오: e7-align match "<담당업무>"');
    expect(run.stdout).not.toMatch(/score|Officers decide|Check the real duties| vs /);
    const none = await cli(["codes", "search", "zzqx", "--ui", "ko"]);
    expect(none.stdout).toBe(
      '직종명으로는 "zzqx"에 해당하는 직종을 찾지 못했습니다. 담당업무를 적어 대조하십시오: e7-align match "<담당업무>"\n',
    );
  });

  it("shows an occupation in Korean: scope, duties, excluded roles with their Korean reasons, Korean citations", async () => {
    const run = await cli(["codes", "show", "2742", "--ui", "ko"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^2742는 이 직종의 ksco7-list 목록 코드이며, 현행\(2026-09\) 코드는 2842입니다\.\n\n2842 해외 영업원 {2}\[E-7-1, 전문가\]\n/,
    );
    for (const heading of [
      "직무 범위:",
      "주요 업무:",
      "직업명 예시: ",
      "이 직종에 해당하지 않는 직무:",
      "혼동하기 쉬운 직종:",
    ])
      expect(run.stdout).toContain(heading);
    expect(run.stdout).toContain(
      "  - 무역 사무원: 판매가 아니라 선적·통관 서류를 처리하는 업무로, 매뉴얼이 제외합니다.",
    );
    expect(run.stdout).toContain("해당 직종: 2843 기술 영업원.");
    expect(run.stdout).toMatch(/\n출처: 법무부 「외국인체류 안내매뉴얼」\(2026\. 9\.\) 222쪽, 224쪽[^\n]*\n$/);
    expect(run.stdout).not.toMatch(
      /Scope:|Typical duties|Not this occupation|Often confused|Sources:|MOJ-2026-09|Handles shipping/,
    );
    expect((await cli(["codes", "show", "2241", "--ui", "ko"])).stdout).toMatch(
      /^2241은 매뉴얼의 직종별 세부 기준 쪽에/,
    );
  });

  it("keeps the English output with --ui en", async () => {
    const list = await cli(["codes", "list", "--subtype", "E-7-4", "--ui", "en"]);
    expect(list.stdout).toMatch(/^code +subtype +former +name +이름\n/);
    expect(list.stdout).toContain("3 occupations (catalog ");
    const show = await cli(["codes", "show", "2842", "--ui", "en"]);
    expect(show.stdout).toContain("Not this occupation:");
    expect(show.stdout).toMatch(/\nSources: MOJ-2026-09 p\.222; /);
  });
});
