import { describe, expect, it } from "vitest";
import { splitDuties, splitDutyText, splitStatements } from "../../src/match/split-statements.js";

describe("splitStatements", () => {
  it("should split bullets of every common kind", () => {
    const text = "- Develop the web platform\n• Maintain servers\n* Write tests\n▪ Review code\n· Fix defects";
    expect(splitStatements(text)).toEqual([
      "Develop the web platform",
      "Maintain servers",
      "Write tests",
      "Review code",
      "Fix defects",
    ]);
  });

  it("should split numbered items: 1. 1) (1) ① 가. a)", () => {
    const text =
      "1. Plan campaigns\n2) Buy media\n(3) Report results\n① 웹사이트를 개발한다\n가. 서버를 운영한다\na) Train staff";
    expect(splitStatements(text)).toEqual([
      "Plan campaigns",
      "Buy media",
      "Report results",
      "웹사이트를 개발한다",
      "서버를 운영한다",
      "Train staff",
    ]);
  });

  it("should split English sentences but not at abbreviations", () => {
    expect(splitStatements("Design APIs, e.g. REST endpoints. Write tests for them. Deploy to U.S. servers.")).toEqual([
      "Design APIs, e.g. REST endpoints.",
      "Write tests for them.",
      "Deploy to U.S. servers.",
    ]);
  });

  it("should split Korean sentences at 다. 함. 음. endings", () => {
    expect(splitStatements("웹 서버를 구축한다. 데이터베이스를 관리함. 보안 점검을 수행하였음. 장애에 대응함")).toEqual(
      ["웹 서버를 구축한다.", "데이터베이스를 관리함.", "보안 점검을 수행하였음.", "장애에 대응함"],
    );
  });

  it("should split mixed English and Korean text on lines and sentences", () => {
    expect(splitStatements("Build REST APIs. 웹 화면을 구현한다.\n- 광고 캠페인을 기획한다")).toEqual([
      "Build REST APIs.",
      "웹 화면을 구현한다.",
      "광고 캠페인을 기획한다",
    ]);
  });

  it("should drop headings, labels and empty bits", () => {
    const text = "Duties:\n\n[담당업무]\n주요 업무\nResponsibilities: develop apps\n   \n---\n- \n- Maintain the site";
    expect(splitStatements(text)).toEqual(["develop apps", "Maintain the site"]);
  });

  it("should join a wrapped line to its item", () => {
    expect(
      splitStatements(
        "- Develop and maintain the company web platform and its\n  payment pages for overseas customers\n- Test pages",
      ),
    ).toEqual([
      "Develop and maintain the company web platform and its payment pages for overseas customers",
      "Test pages",
    ]);
  });

  it("should return nothing for empty or letterless text", () => {
    expect(splitStatements("")).toEqual([]);
    expect(splitStatements(" \n\t\n 123 - 45 \u0000 😀")).toEqual([]);
  });
});

describe("splitDuties", () => {
  it("should read share markers in their common forms", () => {
    const duties = splitDuties(
      "- Develop the web platform (40%)\n- 30%: Buy media\n- Run research - 20%\n- [10%] Train staff\n- Write docs",
    );
    expect(duties).toEqual([
      { text: "Develop the web platform", share: 40 },
      { text: "Buy media", share: 30 },
      { text: "Run research", share: 20 },
      { text: "Train staff", share: 10 },
      { text: "Write docs" },
    ]);
  });

  it("should divide an item's share among its sentences", () => {
    expect(splitDuties("60%: Build the API. Test the API.")).toEqual([
      { text: "Build the API.", share: 30 },
      { text: "Test the API.", share: 30 },
    ]);
  });

  it("should ignore percentages that are no share", () => {
    expect(splitDuties("Raise conversion by 300% on the shop")).toEqual([
      { text: "Raise conversion by 300% on the shop" },
    ]);
  });

  it("should leave out the parts of a posting that are not duties, until a duty heading", () => {
    const posting = [
      "About the role",
      "What you will do",
      "- Build REST APIs in Go",
      "Requirements & Qualifications",
      "- 3+ years of Go",
      "Nice to have:",
      "- Kubernetes",
      "✅ Benefits",
      "- Stock options",
      "Responsibilities",
      "- Review pull requests",
      "주요업무",
      "- 해외 바이어 발굴",
      "[우대사항]",
      "- 무역영어 자격증 소지자",
      "자격요건: 영어 가능자",
    ].join("\n");
    const { duties, skipped } = splitDutyText(posting);
    expect(duties.map((duty) => duty.text)).toEqual([
      "Build REST APIs in Go",
      "Review pull requests",
      "해외 바이어 발굴",
    ]);
    expect(skipped).toEqual([
      { heading: "Requirements & Qualifications", lines: 1 },
      { heading: "Nice to have", lines: 1 },
      { heading: "Benefits", lines: 1 },
      { heading: "우대사항", lines: 2 },
    ]);
  });

  it("should keep duties that begin with a section's name", () => {
    const text =
      "- Requirements analysis with product owners\nExperience design for the mobile app\n- 복지 시설 운영 계획 수립";
    expect(splitStatements(text)).toEqual([
      "Requirements analysis with product owners",
      "Experience design for the mobile app",
      "복지 시설 운영 계획 수립",
    ]);
    expect(splitDutyText(text).skipped).toEqual([]);
  });
});
