import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { findExclusion } from "../../src/match/exclusions.js";
import { matchDuties } from "../../src/match/match-duties.js";

const catalog = loadCatalog();
const excludedRole = (code: string, text: string): string | undefined =>
  findExclusion(catalog, code, [{ text, weight: 1 }])?.role.en;
const verdict = (code: string, text: string): string =>
  matchDuties(catalog, [{ text }], { selectedCode: code }).verdict;

describe("an excluded role named as someone the worker deals with", () => {
  it("should not read the worker as a role they tell, report to, work with or hear from", () => {
    // 42210 care worker (excludes Nurse), 61395 animal keeper (Veterinarian), 2312 (Architect), 7521 (Pilot).
    const cases: [string, string][] = [
      ["42210", "Writes the daily care log and tells the nurse when a resident's condition changes"],
      ["42210", "Reports changes in residents' health to the nurse on duty"],
      ["61395", "Watches the animals and notifies the veterinarian when something is wrong"],
      ["2312", "Designs the plumbing systems and coordinates with the architect"],
      ["7521", "Repairs avionics faults reported by pilots"],
    ];
    expect(cases.filter(([code, text]) => excludedRole(code, text) !== undefined)).toEqual([]);
    expect(verdict("42210", cases[0]![1])).toBe("match");
    expect(verdict("61395", cases[2]![1])).toBe("match");
  });

  it("should not read the worker as a role they assist where the occupation excludes no assistant", () => {
    expect(excludedRole("61395", "Assists the veterinarian during check-ups and vaccinations")).toBeUndefined();
    expect(excludedRole("61395", "수의사 진료 보조")).toBeUndefined();
    expect(excludedRole("61395", "수의사를 도와 예방접종을 한다")).toBeUndefined();
    expect(verdict("61395", "수의사 진료 보조")).not.toBe("excluded");
  });
});

describe("an excluded role that is the worker or the job", () => {
  it("should still read as the excluded role when the worker works as it or does its work", () => {
    expect(excludedRole("42210", "Works as a nurse, giving injections and dressing wounds")).toBe("Nurse");
    expect(excludedRole("61395", "Works as the farm's veterinarian, diagnosing and treating sick animals")).toBe(
      "Veterinarian",
    );
    expect(excludedRole("61395", "수의사로서 동물을 진료한다")).toBe("Veterinarian");
    expect(excludedRole("7521", "Flies the aircraft as a pilot on scheduled routes")).toBe("Pilot");
    expect(excludedRole("1511", "Works as a trade clerk preparing export documents")).toBe("Trade clerk");
    expect(excludedRole("1511", "Helps with trade clerk duties for export orders")).toBe("Trade clerk");
  });

  it("should keep assisting a role excluded where the occupation excludes an assistant role too", () => {
    // 42210 excludes the nursing assistant and 271 the paralegal: assisting the nurse or the lawyer may be that job.
    expect(excludedRole("42210", "Assists the nurse with wound dressing and medication rounds")).toBe("Nurse");
    expect(excludedRole("42210", "간호사 업무 보조")).toBe("Nurse");
    expect(excludedRole("271", "Assists the litigation lawyer in Korean courts")).toBe(
      "Litigation lawyer in Korean courts",
    );
  });
});
