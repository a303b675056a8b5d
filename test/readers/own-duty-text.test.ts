import { describe, expect, it } from "vitest";
import { ownDuties, ownDutyText } from "../../src/readers/own-duty-text.js";

describe("ownDutyText", () => {
  it("should drop the catalog task sentence and the share sentence of an English clause", () => {
    expect(
      ownDutyText(
        "Find overseas buyers and negotiate export sales. In this position: Prepare commercial invoices (Excel). Share of working time: about 40%.",
      ),
    ).toBe("Prepare commercial invoices (Excel).");
  });

  it("should do the same for a Korean clause, with the spacing a PDF leaves", () => {
    expect(
      ownDutyText("해외 바이어를 발굴합니다. 이 직위에서의구체적 업무: 통관 서류를 작성합니다. 업무 비중: 약 30%."),
    ).toBe("통관 서류를 작성합니다.");
  });

  it("should keep each language's own duty in a bilingual clause", () => {
    const text =
      "Task in English. In this position: Book shipments. Share of working time: about 20%. 한국어 과업. 이 직위에서의 구체적 업무: 선적을 예약합니다. 업무 비중: 약 20%.";
    expect(ownDutyText(text)).toBe("Book shipments. 선적을 예약합니다.");
  });

  it("should drop the list labels the annex prints between the names a duty lists", () => {
    expect(
      ownDutyText(
        "Develop web pages (tools: React, Next.js; products: booking site; clients: hotels). Share of working time: about 40%.",
      ),
    ).toBe("Develop web pages (React, Next.js; booking site; hotels).");
    // A PDF may split the Korean labels and break the line after the bracket.
    expect(
      ownDutyText("웹 페이지를 개발한다(사용 도 구: React;\n대상제품 : 예약 사이트; 고객: 호텔). 업무 비중: 약 40%."),
    ).toBe("웹 페이지를 개발한다(React; 예약 사이트; 호텔).");
  });

  it("should keep a label word the user wrote outside the annex's list", () => {
    expect(ownDutyText("Clients: hotels. Build booking pages for clients: hotels and hostels")).toBe(
      "Clients: hotels. Build booking pages for clients: hotels and hostels",
    );
  });

  it("should leave text without the annex markers unchanged", () => {
    expect(ownDutyText("Develop the web storefront in React")).toBe("Develop the web storefront in React");
  });
});

describe("ownDuties", () => {
  it("should drop a task sentence split off before its 'In this position:' statement and give its share to the duty", () => {
    const duties = [
      { text: "Find overseas buyers.", share: 15 },
      { text: "In this position: Prepare commercial invoices.", share: 15 },
      { text: "해외 바이어를 발굴합니다.", share: 10 },
      { text: "이 직위에서의 구체적 업무: 통관 서류를 작성합니다.", share: 10 },
      { text: "Maintain the web server.", share: 50 },
    ];
    expect(ownDuties(duties)).toEqual([
      { text: "Prepare commercial invoices.", share: 30 },
      { text: "통관 서류를 작성합니다.", share: 20 },
      { text: "Maintain the web server.", share: 50 },
    ]);
  });

  it("should leave statements without the markers as they are", () => {
    const duties = [{ text: "Develop the storefront." }, { text: "Build the APIs.", share: 40 }];
    expect(ownDuties(duties)).toEqual(duties);
  });
});
