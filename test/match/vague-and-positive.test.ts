import { describe, expect, it } from "vitest";
import { positiveText } from "../../src/match/positive-text.js";
import { stripVagueWording } from "../../src/match/vague-wording.js";
import { extractTerms } from "../../src/match/extract-terms.js";

describe("stripVagueWording", () => {
  it("should remove stock phrases and keep the concrete rest", () => {
    expect(stripVagueWording("Develop web APIs and other duties as assigned")).toEqual({
      text: "Develop web APIs",
      vague: true,
    });
    expect(stripVagueWording("Support the team").text).toBe("");
    expect(stripVagueWording("기타 회사가 지시하는 업무").text).toBe("");
    expect(stripVagueWording("웹 서버를 구축하고 부여된 업무를 수행한다").text).toBe("웹 서버를 구축하고");
  });
  it("should remove a catch-all clause without 'as' ('Other tasks reasonably assigned by the company')", () => {
    // Left behind, "assigned" read as the airline clerk's "seat assignment" and pointed the clause at 32222.
    expect(stripVagueWording("Other tasks reasonably assigned by the company.").text.replace(/[.\s]/g, "")).toBe("");
    expect(stripVagueWording("Other duties assigned by the manager").text).toBe("");
  });
  it("should remove a catch-all tied to the list, meetings with the owner and reporting lines to a superior", () => {
    // Left behind, "reasonably related" read as a production worker's "record andon stop reasons".
    expect(stripVagueWording("any other tasks reasonably related to the above.").text.replace(/[.\s]/g, "")).toBe("");
    expect(stripVagueWording("attend the monthly meeting with the owner").text).toBe("");
    expect(stripVagueWording("주간 회의 참석 및 작업 진행상황 팀장에게 보고").text).not.toMatch(/팀장|보고/u);
    expect(stripVagueWording("월간 개발 보고서를 작성하여 연구소장에게 보고하고").text).toContain(
      "월간 개발 보고서를 작성하여",
    );
  });
  it("should leave specific duties alone", () => {
    expect(stripVagueWording("Design packaging for cosmetics")).toEqual({
      text: "Design packaging for cosmetics",
      vague: false,
    });
  });
});

describe("positiveText", () => {
  it("should drop what a scope says the occupation is not", () => {
    expect(
      positiveText("Builds websites and web services, not mobile apps (2223) or system architecture (2221)."),
    ).toBe("Builds websites and web services");
    expect(positiveText("Designs machines. Production work on the shop floor is not part of the job.")).toBe(
      "Designs machines.",
    );
    expect(positiveText("Runs a company (other than an interest body) as a top officer.")).toBe(
      "Runs a company as a top officer.",
    );
  });
  it("should drop Korean contrast clauses", () => {
    expect(positiveText("웹사이트를 구축한다. 결과물은 웹 서비스이며, 모바일 앱(2223)과 다르다.")).toBe(
      "웹사이트를 구축한다. 결과물은 웹 서비스이며",
    );
  });
});

describe("extractTerms", () => {
  it("should produce stems, phrases, Korean bigrams and joined compounds", () => {
    const terms = extractTerms("web site design 웹서버", new Set(["websit"])).map((hit) => hit.term);
    expect(terms).toEqual(
      expect.arrayContaining(["web", "site", "web site", "websit", "design", "site design", "=웹서버", "웹서", "서버"]),
    );
  });
  it("should not join phrases across punctuation", () => {
    expect(extractTerms("web, design").map((hit) => hit.term)).not.toContain("web design");
  });
});
