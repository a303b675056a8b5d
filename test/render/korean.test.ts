import { describe, expect, it } from "vitest";
import { countryName, officeName, particle, withParticle } from "../../src/render/korean.js";

describe("particle", () => {
  it("should read a trailing number in Korean before picking the particle", () => {
    expect(withParticle("2223", "은/는")).toBe("2223은");
    expect(withParticle("2224", "은/는")).toBe("2224는");
    expect(withParticle("2351", "을/를")).toBe("2351을");
    expect(particle("E-7-1", "으로/로")).toBe("로");
  });

  it("should follow the word before a trailing parenthetical", () => {
    expect(withParticle("2223(응용 소프트웨어 개발자)", "은/는")).toBe("2223(응용 소프트웨어 개발자)은");
    expect(withParticle("주식회사 한빛커머스", "은/는")).toBe("주식회사 한빛커머스는");
    expect(withParticle("웹 개발자", "으로서/로서")).toBe("웹 개발자로서");
  });

  it("should read Latin letters by their Korean names", () => {
    expect(withParticle("NGUYEN VAN AN", "을/를")).toBe("NGUYEN VAN AN을");
    expect(withParticle("PRIYA SHARMA", "을/를")).toBe("PRIYA SHARMA를");
  });
});

describe("countryName and officeName", () => {
  it("should name the country in the document's language from an alpha-3 or alpha-2 code", () => {
    expect(countryName("VNM", "ko")).toBe("베트남");
    expect(countryName("VN", "ko")).toBe("베트남");
    expect(countryName("IND", "en")).toBe("India");
    expect(countryName("XXX", "ko")).toBe("XXX");
  });

  it("should split a written 'English (한국어)' office name into one language", () => {
    const written = "Seoul Southern Immigration Office (서울남부출입국·외국인사무소)";
    expect(officeName(written, "ko")).toBe("서울남부출입국·외국인사무소");
    expect(officeName(written, "en")).toBe("Seoul Southern Immigration Office");
    expect(officeName("서울출입국·외국인청", "ko")).toBe("서울출입국·외국인청");
  });
});
