// findDutySection: duty headings in English and Korean, the list under them up to the next heading, and the whole-text fallback.
import { describe, expect, it } from "vitest";
import { findDutySection } from "../../src/readers/find-duty-section.js";
import { splitParagraphs } from "../../src/readers/read-plain-text.js";

describe("findDutySection", () => {
  it("finds an English 'Duties' article and stops at the next article", () => {
    const text = [
      "EMPLOYMENT CONTRACT",
      "Article 1. Parties",
      "This contract is made between ABC Co. and the Employee.",
      "Article 3. Duties",
      "1. Develop the company's web platform.",
      "2. Maintain REST APIs and databases.",
      "Article 4. Working Hours",
      "40 hours per week.",
    ].join("\n\n");
    const section = findDutySection(text);
    expect(section).toMatchObject({
      found: true,
      heading: "Article 3. Duties",
      statements: ["Develop the company's web platform.", "Maintain REST APIs and databases."],
    });
    expect(section.note).toBeUndefined();
  });

  it.each([
    ["Job Duties", "Job Duties"],
    ["Job Description:", "Job Description"],
    ["Scope of Work", "Scope of Work"],
    ["Responsibilities", "Responsibilities"],
    ["Annex: Job Duties", "Annex: Job Duties"],
    ["## Key Responsibilities", "## Key Responsibilities"],
    ["담당업무", "담당업무"],
    ["제3조 (업무 내용)", "제3조 (업무 내용)"],
    ["직무 내용", "직무 내용"],
    ["■ 주요 업무", "■ 주요 업무"],
    ["3. Duties / 담당업무", "3. Duties / 담당업무"],
  ])("recognises the heading %s", (heading, expected) => {
    const section = findDutySection(
      `Intro line of the document.\n\n${heading}\n- Build web services.\n- 웹 서비스를 운영한다.\n\n4. Wages\nKRW 4,000,000 per month.`,
    );
    expect(section.found).toBe(true);
    expect(section.heading).toBe(expected);
    expect(section.statements).toEqual(["Build web services.", "웹 서비스를 운영한다."]);
  });

  it("ends the section at a Korean heading such as 제4조 (근로시간) or 임금", () => {
    const text = "제3조 (담당업무)\n1. 웹 플랫폼을 개발한다.\n2. 서버를 운영한다.\n\n제4조 (근로시간)\n주 40시간";
    expect(findDutySection(text).statements).toEqual(["웹 플랫폼을 개발한다.", "서버를 운영한다."]);
    const plain = "담당 업무\n웹 플랫폼 개발\n서버 운영\n\n임금\n월 400만원";
    expect(findDutySection(plain).statements).toEqual(["웹 플랫폼 개발", "서버 운영"]);
  });

  it("keeps unnumbered paragraphs (Word numbering that the reader dropped) and short duty lines", () => {
    const section = findDutySection({
      kind: "docx",
      text: "",
      paragraphs: [
        "Duties",
        "Develop web APIs",
        "Compensation and benefits analysis for clients",
        "Responsibilities for the payroll system",
        "Working Hours",
        "9 to 6",
      ],
    });
    expect(section.statements).toEqual([
      "Develop web APIs",
      "Compensation and benefits analysis for clients",
      "Responsibilities for the payroll system",
    ]);
  });

  it("reads inline duties after a label", () => {
    expect(
      findDutySection("Position: Web Developer\nDuties: build web APIs; maintain the database\nSalary: KRW 40M")
        .statements,
    ).toEqual(["build web APIs", "maintain the database"]);
  });

  it("combines the English and Korean duty sections of a bilingual document", () => {
    const section = findDutySection("Duties\n1. Build web APIs.\n\n담당업무\n1. 웹 API를 개발한다.\n\nWages\nKRW 4M");
    expect(section.heading).toBe("Duties + 담당업무");
    expect(section.statements).toEqual(["Build web APIs.", "웹 API를 개발한다."]);
  });

  it("falls back to the whole text with a note when there is no duty heading", () => {
    const section = findDutySection("The employee will develop web APIs.\n\nThe employee will maintain servers.");
    expect(section.found).toBe(false);
    expect(section.statements).toEqual(["The employee will develop web APIs.", "The employee will maintain servers."]);
    expect(section.note).toMatch(/No duty section heading/);
  });

  it("notes a duty heading with nothing under it (an annex that was not given)", () => {
    const section = findDutySection("Duties\n\nWorking Hours\n40 hours per week.");
    expect(section.found).toBe(false);
    expect(section.note).toMatch(/"Duties" has no statements/);
  });
});

describe("findDutySection on common contract layouts", () => {
  it("reads the Korean standard labour contract layout (numbered labels with inline content)", () => {
    const text = [
      "표준근로계약서",
      "1. 근로개시일 : 2027년 3월 1일부터",
      "2. 근 무 장 소 : 서울시 강남구 테헤란로 12",
      "3. 업무의 내용 : 회사 웹 플랫폼의 프런트엔드와 백엔드 개발 및 유지보수",
      "4. 소정근로시간 : 09시 00분부터 18시 00분까지",
      "5. 임 금 : 월 420만원",
    ].join("\n");
    const section = findDutySection(text);
    expect(section.found).toBe(true);
    expect(section.statements).toEqual(["회사 웹 플랫폼의 프런트엔드와 백엔드 개발 및 유지보수"]);
  });

  it.each([
    "Article 3 (Duties)",
    "Position and Duties",
    "Job Title and Responsibilities:",
    "제3조(업무의 내용)",
    "종사 업무",
  ])("recognises %s", (heading) => {
    const section = findDutySection(
      `${heading}\n1. Build web services.\n2. Operate the web servers.\n\nArticle 4 (Wages)\nKRW 4M.`,
    );
    expect(section.found).toBe(true);
    expect(section.statements).toEqual(["Build web services.", "Operate the web servers."]);
  });
});

describe("findDutySection on the packet this tool generates", () => {
  it("skips the title, the lead-ins, share remnants and code-citing sentences, and rejoins split parentheses", () => {
    const section = findDutySection({
      kind: "docx",
      text: "",
      paragraphs: [
        "직무 내용 / Annex: Job Duties (고용계약서 부속서 / Annex to the Employment Contract)",
        "This annex forms part of the employment contract. It describes the work the Employee is hired to do.",
        "직위 / Position title",
        "웹 개발자 / Web Developer",
        "제1조 (Article 1) 직위와 직종 / Position and occupation",
        "The position is occupation 2224 (Web developer).",
        "제2조 (Article 2) 담당 업무 / Duties",
        "근로자는 다음 업무를 수행한다. 각 업무에는 해당하는 직종 2224의 직무와 대략적인 업무 비중을 함께 적는다.",
        "The Employee performs the duties below. Each duty names the task of occupation 2224 it belongs to.",
        "2.1 Develop the web storefront in React (tools: React, Next.js; products: hanbitmall.co.kr). Share of working time: about 60%.",
        "2.2 웹 서버를 운영한다. 업무 비중: 약 40%.",
        "4. 국민으로 충원하지 못한 사유 / Why a Korean national could not fill the position",
        "We advertised for 30 days.",
      ],
    });
    expect(section.heading).toBe("제2조 (Article 2) 담당 업무 / Duties");
    expect(section.duties).toEqual([
      { text: "Develop the web storefront in React (tools: React, Next.js; products: hanbitmall.co.kr).", share: 60 },
      { text: "웹 서버를 운영한다.", share: 40 },
    ]);
    // The shares were read, so their remnants ("업무 비중: 약") are not listed as skipped lines.
    expect(section.skipped.filter((line) => line.reason === "share line")).toEqual([]);
  });

  it("drops a sentence that only announces the list", () => {
    const section = findDutySection(
      "3. 담당 업무 / Duties\n\n담당 업무는 고용계약서 부속서(직무 내용)와 같은 문언으로 아래와 같다.\n\nThe duties below are those of the contract annex (Annex: Job Duties), in the same words.\n\n3.1 Build web APIs.",
    );
    expect(section.statements).toEqual(["Build web APIs."]);
  });
});

describe("findDutySection and tables", () => {
  it("does not take a bare 업무/직무 table column for a duty heading", () => {
    const section = findDutySection({
      kind: "docx",
      text: "",
      paragraphs: [
        "3. 담당 업무",
        "1. 게임 클라이언트를 개발한다.",
        "4. 경력",
        "기간",
        "직무",
        "회사",
        "2020-2024",
        "게임 개발",
        "NetEase",
      ],
    });
    expect(section.heading).toBe("3. 담당 업무");
    expect(section.statements).toEqual(["게임 클라이언트를 개발한다."]);
  });

  it("still reads a labelled bare 업무", () => {
    expect(findDutySection("업무: 웹 서버를 운영한다\n\n임금: 월 400만원").statements).toEqual(["웹 서버를 운영한다"]);
  });

  describe("layouts people write", () => {
    const read = (paragraphs: string[]) =>
      findDutySection({ kind: "text", text: "", paragraphs }, { fallback: "none" });

    it("a heading, an intro sentence and bullets: the intro, the title and the next article's hours are not duties", () => {
      const section = read([
        "EMPLOYMENT CONTRACT",
        "Article 3. Job Description",
        "The Employee shall perform the following duties:",
        "- Build web APIs.",
        "- Maintain the database.",
        "Article 4. Working hours",
        "40 hours per week.",
      ]);
      expect(section).toMatchObject({
        found: true,
        heading: "Article 3. Job Description",
        statements: ["Build web APIs.", "Maintain the database."],
        outside: 3,
      });
      expect(section.skipped).toEqual([
        { text: "The Employee shall perform the following duties:", reason: "intro sentence" },
      ]);
    });

    it("a bare article number takes its meaning from the intro sentence; 제n조(…) with its text on one line is split", () => {
      expect(
        read([
          "Article 3",
          "The Employee shall perform the following duties:",
          "a) Build web APIs.",
          "Article 4",
          "40 hours per week.",
        ]).heading,
      ).toBe("Article 3");
      const ko = read([
        "제3조(담당 업무) 근로자는 다음 각 호의 업무를 수행한다.",
        "가. 웹 서비스를 개발한다.",
        "나. 서버를 운영한다.",
        "제4조(근로시간) 주 40시간으로 한다.",
      ]);
      expect(ko).toMatchObject({
        heading: "제3조(담당 업무)",
        statements: ["웹 서비스를 개발한다.", "서버를 운영한다."],
      });
      expect(ko.clauses.map((c) => c.label)).toEqual(["가.", "나."]);
    });

    it("a short heading before an intro names the section; requirements end it", () => {
      expect(
        read([
          "Your Role",
          "Your responsibilities include:",
          "Build web APIs",
          "Maintain the database",
          "Requirements",
          "3 years of experience.",
        ]),
      ).toMatchObject({ heading: "Your Role", statements: ["Build web APIs", "Maintain the database"] });
    });

    it("sub-numbered sections: the employment sentence and the intro are skipped, the heading keeps its name", () => {
      const section = read([
        "Section 2: Position and Duties",
        "2.1 The Employee is employed as a Web Developer.",
        "2.2 The Employee shall perform the following duties:",
        "(a) develop web applications;",
        "(b) maintain servers;",
        "Section 3: Remuneration",
        "3.1 The salary is KRW 50,000,000 per year.",
      ]);
      expect(section).toMatchObject({
        heading: "Section 2: Position and Duties",
        statements: ["develop web applications", "maintain servers"],
      });
      expect(section.skipped.map((s) => s.reason)).toEqual(["contract field", "intro sentence"]);
    });

    it("terms inside the section are skipped with their reason, but a task about pay or leave is a duty", () => {
      const section = read([
        "Duties",
        "1. Calculate monthly wages and manage annual leave records for 200 employees.",
        "The monthly salary is KRW 3,500,000.",
        "09:00-18:00, Monday to Friday",
        "연차 유급휴가 15일을 부여한다.",
        "월 400만 원",
      ]);
      expect(section.statements).toEqual([
        "Calculate monthly wages and manage annual leave records for 200 employees.",
      ]);
      expect(section.skipped.map((s) => s.reason)).toEqual(["wage", "working hours", "leave", "wage"]);
    });

    it("no duty section: nothing is scored unless the whole text is asked for", () => {
      const paragraphs = ["Offer letter", "We are pleased to offer you a position.", "Article 4", "40 hours per week."];
      expect(read(paragraphs)).toMatchObject({ found: false, statements: [], outside: 4, wholeText: false });
      const whole = findDutySection({ kind: "text", text: "", paragraphs }, { fallback: "whole-text" });
      expect(whole).toMatchObject({
        found: false,
        wholeText: true,
        statements: ["We are pleased to offer you a position."],
      });
      expect(whole.skipped.map((s) => s.reason)).toEqual(["heading", "heading", "working hours"]);
    });
  });
});

describe("findDutySection on a duty table whose cells the reader gives one paragraph each", () => {
  const cells = (rows: string[][]): string[] => rows.flat();

  it("reads every row of an English No. | Duty | Share table under the article heading, with its share", () => {
    const section = findDutySection({
      kind: "docx",
      text: "",
      paragraphs: [
        "Article 4 Job Description",
        "The Employee shall perform the following duties:",
        ...cells([
          ["No.", "Duty", "Share of working time"],
          ["1", "Find new importers of kitchenware in Vietnam and contact them by e-mail and visits.", "60%"],
          ["2", "Negotiate unit prices, Incoterms and payment terms with foreign buyers.", "40%"],
        ]),
        "Article 5 Working Hours",
        "40 hours per week.",
      ],
      emphasised: [0, 13],
    });
    expect(section.found).toBe(true);
    expect(section.statements).toEqual([
      "Find new importers of kitchenware in Vietnam and contact them by e-mail and visits.",
      "Negotiate unit prices, Incoterms and payment terms with foreign buyers.",
    ]);
    expect(section.clauses.map((c) => [c.label, c.share])).toEqual([
      ["1.", 60],
      ["2.", 40],
    ]);
    expect(section.skipped.map((s) => s.text)).toContain("No.");
  });

  it("reads a Korean 번호 | 업무 내용 | 비중 table, the header joined on one line as a PDF gives it", () => {
    const section = findDutySection(
      [
        "제3조 (담당 업무)",
        "번호 업무 내용 비중",
        "1",
        "해외 바이어를 발굴하고 수출 계약을 협상한다.",
        "약 70%",
        "2",
        "해외 거래처의 주문과 클레임을 관리한다.",
        "30%",
        "제4조 (근로시간)",
        "주 40시간으로 한다.",
      ].join("\n\n"),
    );
    expect(section.statements).toEqual([
      "해외 바이어를 발굴하고 수출 계약을 협상한다.",
      "해외 거래처의 주문과 클레임을 관리한다.",
    ]);
    expect(section.clauses.map((c) => c.share)).toEqual([70, 30]);
  });

  it("does not take a scope paragraph that goes on after '다음과 같다.' for a list intro (the annex's Article 3)", () => {
    const section = findDutySection(
      [
        "제2조 (Article 2) 담당 업무 / Duties",
        "근로자가 수행하는 업무와 업무별 근무시간 비중(대략)은 다음과 같다.",
        "2.1 외국인 투숙객의 체크인과 체크아웃을 처리한다. 업무 비중: 약 60%.",
        "2.2 객실 예약을 접수하고 변경한다. 업무 비중: 약 40%.",
        "제3조 (Article 3) 직종의 범위 / Scope of the occupation",
        "위 업무는 모두 직종코드 3612(호텔 접수 사무원)의 범위에 속한다. 이 직종의 업무 범위는 다음과 같다. 호텔의 프런트에서 객실 예약을 접수·확인하고 투숙객의 체크인·체크아웃을 처리한다.",
        "사용자는 근로자에게 이 직종 밖의 업무를 맡기지 않는다.",
        "제4조 (Article 4) 적용 기간 / Term",
        "이 부속서는 계약 기간 동안 적용한다.",
      ].join("\n"),
    );
    expect(section.heading).toBe("제2조 (Article 2) 담당 업무 / Duties");
    expect(section.statements).toEqual([
      "외국인 투숙객의 체크인과 체크아웃을 처리한다.",
      "객실 예약을 접수하고 변경한다.",
    ]);
  });

  it("reads a bilingual clause's share once when both languages state it", () => {
    const section = findDutySection(
      [
        "제2조 (담당 업무) / Duties",
        "2.1 외국인 투숙객의 체크인과 체크아웃을 처리한다. 업무 비중: 약 60%.",
        "Check foreign guests in and out at the front desk. Share of working time: about 60%.",
        "2.2 객실 예약을 접수하고 변경한다. 업무 비중: 약 40%.",
        "Take and change room reservations. Share of working time: about 40%.",
        "제3조 (근로시간)",
        "주 40시간으로 한다.",
      ].join("\n\n"),
    );
    expect(section.clauses.map((c) => c.share)).toEqual([60, 40]);
    expect(section.skipped.filter((line) => line.reason === "translation")).toHaveLength(2);
  });

  it("still ends the section at a page number followed by the next heading", () => {
    const section = findDutySection("Duties\n\n1. Develop web APIs.\n\n2\n\nWorking Hours\n\n40 hours per week.");
    expect(section.statements).toEqual(["Develop web APIs."]);
  });
});

describe("findDutySection on Korean layouts: what is not split or dropped", () => {
  it("splits a 업무의 내용 comma list of three phrases, but not one comma or a one-word part", () => {
    const read = (duties: string): readonly string[] =>
      findDutySection(`1. 근 무 장 소 : 서울\n3. 업무의 내용 : ${duties}\n4. 임 금 : 월 300만원`).statements;
    expect(read("거래처 발굴, 수출 상담 진행, 견적서 작성")).toEqual(["거래처 발굴", "수출 상담 진행", "견적서 작성"]);
    expect(read("웹 화면, API 및 서버 개발")).toEqual(["웹 화면, API 및 서버 개발"]);
    expect(read("React, Vue로 화면 개발, 서버 운영")).toEqual(["React, Vue로 화면 개발, 서버 운영"]);
  });

  it("keeps a list whose items are in different languages under different numbers", () => {
    const section = findDutySection(
      "제3조(담당업무)\n1. 웹 서비스의 화면을 개발한다.\n2. Build the REST APIs of the web service.\n제4조(임금)\n월 300만원",
    );
    expect(section.statements).toEqual(["웹 서비스의 화면을 개발한다.", "Build the REST APIs of the web service."]);
    expect(section.skipped).toEqual([]);
  });

  it("reads a tab-separated form row by row, a number cell staying with its text", () => {
    expect(splitParagraphs("근무장소\t서울\n담당업무\t거래처 발굴\n\t수출 상담\n1.\tDevelop web APIs.")).toEqual([
      "근무장소",
      "서울",
      "담당업무",
      "거래처 발굴",
      "수출 상담",
      "1. Develop web APIs.",
    ]);
  });
});

describe("findDutySection on layouts employers use", () => {
  const read = (lines: readonly string[]) => findDutySection(splitParagraphs(lines.join("\n")).join("\n\n"));
  const readText = (lines: readonly string[]) =>
    findDutySection({ text: lines.join("\n"), paragraphs: splitParagraphs(lines.join("\n")), kind: "text" });

  it("reads indented ㆍ and 가. items as a list, without their bullets", () => {
    for (const marker of ["ㆍ", "가."]) {
      const second = marker === "ㆍ" ? "ㆍ" : "나.";
      const section = readText([
        "4. 담당업무(자동차 부품 용접)",
        ` ${marker} 차체 부품의 CO2 용접 작업`,
        ` ${second} 용접 비드 외관 검사`,
        "",
        "5. 근로시간: 08:00 ~ 17:00",
      ]);
      expect(section.statements).toEqual(["차체 부품의 CO2 용접 작업", "용접 비드 외관 검사"]);
    }
  });

  it("reads the duties in a schedule, and skips the article that refers to it", () => {
    for (const heading of [
      "SCHEDULE A – DUTIES OF THE TEACHER",
      "Schedule A: Duties",
      "ANNEX 1 – JOB DESCRIPTION",
      "[별첨] 담당업무 기술서",
      "<별첨 1> 직무기술서",
    ]) {
      const section = read([
        "TEACHER EMPLOYMENT CONTRACT",
        "2. DUTIES",
        "The Teacher shall perform the duties set out in Schedule A and such other duties as the Head may reasonably require.",
        "",
        "3. WORKING TIME",
        "07:45 to 16:15 on school days.",
        "",
        heading,
        "1. Teach chemistry classes to students in Years 9 to 13.",
        "2. Set and mark tests and record grades.",
      ]);
      expect(section.statements, heading).toEqual([
        "Teach chemistry classes to students in Years 9 to 13.",
        "Set and mark tests and record grades.",
      ]);
      expect(section.skipped.some((s) => s.reason === "intro sentence" && s.text.includes("Schedule A"))).toBe(true);
    }
  });

  it("takes 'The Employee shall:' as the list's lead-in, not as the end of the section", () => {
    const section = read([
      "## Article 3 – Duties",
      "During the employment the Employee shall:",
      "(a) translate contracts between Korean and Portuguese;",
      "(b) interpret at client meetings;",
      "## Article 4 – Working Hours",
    ]);
    expect(section.statements).toEqual([
      "translate contracts between Korean and Portuguese",
      "interpret at client meetings",
    ]);
  });

  it("reads roman-numeral items and ends the section at a run-in article such as '4. Leave.'", () => {
    const section = read([
      "2. Duties. The Employee shall perform the following duties:",
      "(i) develop the order pages of the online shop in React;",
      "(ii) build order APIs;",
      "(iii) test the pages in several browsers.",
      "3. Salary. KRW 3,500,000 per month.",
      "4. Leave. As provided by the Labor Standards Act.",
    ]);
    expect(section.statements).toEqual([
      "develop the order pages of the online shop in React",
      "build order APIs",
      "test the pages in several browsers.",
    ]);
    expect(section.clauses.map((c) => c.label)).toEqual(["(i)", "(ii)", "(iii)"]);
  });

  it("ends an inline duty field at the next field of a form with dot leaders, and skips signature lines", () => {
    const section = read([
      "Position ............ Sales Manager",
      "Duties: Set the sales targets; assign key accounts to sales staff; hire and train sales staff.",
      "Car ................. Company car and fuel card for business use.",
      "Notice .............. One month's written notice by either party.",
      "For the Employer: ________________    Employee: ________________",
    ]);
    expect(section.statements).toEqual([
      "Set the sales targets",
      "assign key accounts to sales staff",
      "hire and train sales staff.",
    ]);
    const signed = read([
      "Duties",
      "1. Teach chemistry.",
      "2. Mark tests.",
      "Signed for the School: ______________ (Head of School)",
    ]);
    expect(signed.statements).toEqual(["Teach chemistry.", "Mark tests."]);
    expect(signed.skipped).toEqual([
      { text: "Signed for the School: ______________ (Head of School)", reason: "contract field" },
    ]);
  });

  it("splits a Markdown table cell at ' / ' between clauses, but not 'HTML / CSS' or a clause and its translation", () => {
    const table = readText([
      "| 항목 | 내용 |",
      "|---|---|",
      "| 담당업무 | 주문 화면 React 개발 및 유지보수 / 주문 API 개발 및 쿼리 성능 개선 |",
      "| 근로시간 | 09:00~18:00 |",
    ]);
    expect(table.statements).toEqual(["주문 화면 React 개발 및 유지보수", "주문 API 개발 및 쿼리 성능 개선"]);
    expect(read(["Duties", "- Build pages in HTML / CSS and JavaScript"]).statements).toEqual([
      "Build pages in HTML / CSS and JavaScript",
    ]);
    expect(read(["Duties", "- 웹 화면을 개발한다 / Develop the web pages"]).statements).toHaveLength(1);
  });
});

describe("findDutySection on Recruitment Reason Statements and tables", () => {
  const read = (lines: readonly string[]) =>
    findDutySection({ text: lines.join("\n"), paragraphs: splitParagraphs(lines.join("\n")), kind: "text" });

  it("reads an unbulleted Korean line with a Latin acronym as a duty, not as an upper-case heading", () => {
    const section = read([
      "제3조(담당업무)",
      "CAD로 금형 도면 작성",
      "금형 부품 가공 공정 설계",
      "",
      "제4조(임금) 월 3,000,000원",
    ]);
    expect(section.statements).toEqual(["CAD로 금형 도면 작성", "금형 부품 가공 공정 설계"]);
  });

  it("reads Ⅳ. sections and □ 주요 담당업무, and ends at the next section such as 채용 예정자 자격 or 첨부", () => {
    for (const heading of ["Ⅳ. 담당업무", "□ 주요 담당업무", "Ⅳ. 주요 담당 업무"]) {
      const section = read([
        "Ⅲ. 채용 사유",
        "조선 수주 증가로 숙련 용접공이 부족하다.",
        heading,
        "가. 선박 블록 FCAW 용접",
        "나. 용접부 비드 검사 및 보수",
        "Ⅴ. 채용 예정자 자격",
        "용접 경력 7년",
        "첨부",
        "2026년 11월 25일",
      ]);
      expect(section.statements, heading).toEqual(["선박 블록 FCAW 용접", "용접부 비드 검사 및 보수"]);
    }
  });

  it("keeps a heading's indented Korean lines as its items, and a line ending in a share whole", () => {
    const section = read([
      "4. 담당 업무",
      " 안드로이드 앱 화면 개발 및 iOS 앱 결제 기능 구현과 앱 내 로컬 데이터베이스 설계 (35%)",
      " 앱 배포와 스토어 심사 대응 및 사용자 오류 보고 분석과 수정 작업 (15%)",
      "",
      "5. 근로 조건",
    ]);
    expect(section.duties.map((d) => d.share)).toEqual([35, 15]);
  });

  it("drops a table row's category cell and reads its duty and share", () => {
    const section = findDutySection({
      text: "",
      kind: "docx",
      paragraphs: [
        "제4조 (담당 업무)",
        "구분",
        "세부 업무",
        "비중",
        "환자 간호",
        "입원 환자의 간호력 조사, 간호 진단 및 간호 계획 수립",
        "60%",
        "기타",
        "근무 교대 시 인수인계 및 신규 간호사 지도",
        "40%",
        "제5조 (근로시간)",
      ],
    });
    expect(section.statements).toEqual([
      "입원 환자의 간호력 조사, 간호 진단 및 간호 계획 수립",
      "근무 교대 시 인수인계 및 신규 간호사 지도",
    ]);
    expect(section.duties.map((d) => d.share)).toEqual([60, 40]);
  });

  it("says in Korean too why nothing was read", () => {
    const section = findDutySection("근로계약서\n\n제1조(계약기간) 1년\n\n제2조(임금) 월 300만 원", {
      fallback: "none",
    });
    expect(section.found).toBe(false);
    expect(section.noteKo).toMatch(/담당업무 제목도.*찾지 못했습니다\.$/u);
  });
});

describe("findDutySection: a bare lead-in opens no section", () => {
  it("does not read an obligations list after 'The Employee shall:' under no duty heading as duties", () => {
    const text = [
      "EMPLOYMENT CONTRACT",
      "Obligations",
      "The Employee shall:",
      "(a) keep the Company's information confidential;",
      "(b) follow the work rules.",
    ].join("\n\n");
    const section = findDutySection(text, { fallback: "none" });
    expect(section.found).toBe(false);
    expect(section.statements).toEqual([]);
  });
});

describe("findDutySection: list items under an inline duty label", () => {
  it("keeps items that carry a colon of their own ('- 거래처 발굴: …') under '3. 업무의 내용 : 해외영업'", () => {
    const text = [
      "3. 업무의 내용 : 해외영업 (동남아 시장)",
      "- 거래처 발굴: 베트남·태국 바이어 발굴 및 상담",
      "- 계약 협상: 수출 단가와 결제 조건 협상",
      "4. 소정근로시간 : 09:00 ~ 18:00",
    ].join("\n\n");
    expect(findDutySection(text).statements).toHaveLength(2);
  });
});
