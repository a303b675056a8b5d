import { describe, expect, it } from "vitest";
import { carriesUpToEndings, toRegister } from "../../src/text/korean-register.js";

const plain = (text: string): string => toRegister(text, "plain");
const polite = (text: string): string => toRegister(text, "polite");

describe("toRegister plain (합니다체 -> 한다체, the annex's clauses)", () => {
  it.each([
    // 하다 and 되다 verbs.
    ["웹 플랫폼을 개발하고 유지보수합니다.", "웹 플랫폼을 개발하고 유지보수한다."],
    ["웹 플랫폼을 개발하고 유지보수합니다", "웹 플랫폼을 개발하고 유지보수한다"],
    ["고객 요구사항을 관리합니다", "고객 요구사항을 관리한다"],
    ["회의에서 통역을 합니다", "회의에서 통역을 한다"],
    ["설계 변경이 도면에 반영됩니다", "설계 변경이 도면에 반영된다"],
    ["분기마다 보고하십니다", "분기마다 보고하신다"],
    // ~ㅂ니다 after an open stem, ㄹ stems included.
    ["3D 모델을 만듭니다", "3D 모델을 만든다"],
    ["현지 사무소에 출장을 갑니다", "현지 사무소에 출장을 간다"],
    ["사내 위키에 운영 지침을 씁니다", "사내 위키에 운영 지침을 쓴다"],
    ["시험 결과를 팀에 보냅니다", "시험 결과를 팀에 보낸다"],
    ["처리 시간을 줄입니다", "처리 시간을 줄인다"],
    // ~습니다: 는다 for action verbs, 다 for 있/없, the past, and adjectives.
    ["협력사의 요청을 받습니다", "협력사의 요청을 받는다"],
    ["신입 개발자를 돕습니다", "신입 개발자를 돕는다"],
    ["기술 문서를 읽습니다", "기술 문서를 읽는다"],
    ["검토 권한이 있습니다", "검토 권한이 있다"],
    ["별도 승인 절차는 없습니다", "별도 승인 절차는 없다"],
    ["도면을 검토했습니다", "도면을 검토했다"],
    ["출시 일정을 맞추겠습니다", "출시 일정을 맞추겠다"],
    ["현지 규정이 어렵습니다", "현지 규정이 어렵다"],
    // The copula and adjectives.
    ["품질 관리 업무입니다", "품질 관리 업무이다"],
    ["단순 번역이 아닙니다", "단순 번역이 아니다"],
    ["결과가 다릅니다", "결과가 다르다"],
    ["베트남어 능력이 필요합니다", "베트남어 능력이 필요하다"],
    ["현장 여건에 알맞습니다", "현장 여건에 알맞다"],
    ["설계 기준에 맞습니다", "설계 기준에 맞는다"],
    ["납품 일정이 긴급합니다", "납품 일정이 긴급하다"],
    // Every sentence of a duty, not only the last one.
    [
      "신규 예약 서비스의 시스템을 설계합니다. 기존 시스템과의 연계를 포함합니다",
      "신규 예약 서비스의 시스템을 설계한다. 기존 시스템과의 연계를 포함한다",
    ],
    ["결함을 수정합니다! 배포합니다?", "결함을 수정한다! 배포한다?"],
    ["테스트를 수행합니다\n결과를 보고합니다", "테스트를 수행한다\n결과를 보고한다"],
  ])("should turn %j into %j", (input, expected) => {
    expect(plain(input)).toBe(expected);
  });

  it.each([
    // 명사형 and 개조식 lines are fine as they are.
    "웹 플랫폼 개발 및 유지보수",
    "주문 처리 API 개발(REST)",
    "지원자가 없었음.",
    // Quoted or bracketed text is the quoted speaker's.
    "“정해진 기한 안에 제출합니다”라는 문구",
    '고객사에 "다음 주에 배포합니다"',
    "베트남어 계약서 번역(필요한 경우 공증을 받습니다)",
    "「출시 후 30일간 지원합니다」",
    // 합니다 inside a sentence, ~합니다만 and 있습니다만.
    "합니다만 세부 일정은 고객사가 정한다",
    "권한이 있습니다만",
    "웹 플랫폼을 개발합니다 및 운영",
    "검토합니다,",
    // English text and mixed text without a Korean ending.
    "Develops and maintains the web platform.",
    "Builds React components",
    // Already 한다체.
    "웹 플랫폼을 개발하고 유지보수한다",
    // Endings with more than one reading are left as written.
    "신청 인원이 적습니다",
    "하지 않습니다",
    "기존 방식보다 낫습니다",
    "제품 가격이 쌉니다",
    "할 겁니다",
    "있읍니다",
    // Questions and requests are not statements.
    "확인하시겠습니까",
    "제출하십시오",
    "습니다",
    "",
  ])("should leave %j as written", (input) => {
    expect(plain(input)).toBe(input);
  });

  it("should keep the user's spacing and punctuation around what it changes", () => {
    expect(plain("  도면을 작성합니다.  ")).toBe("  도면을 작성한다.  ");
    expect(plain("A안을 검토합니다. “B안은 제외합니다.” C안을 채택합니다.")).toBe(
      "A안을 검토한다. “B안은 제외합니다.” C안을 채택한다.",
    );
  });

  it("should not treat an apostrophe inside an English word as a quote", () => {
    expect(plain("Don't 알림을 관리합니다")).toBe("Don't 알림을 관리한다");
  });
});

describe("toRegister polite (한다체 -> 합니다체, text addressed to the office)", () => {
  it.each([
    ["국내 지원자가 없었다.", "국내 지원자가 없었습니다."],
    ["이 역량을 갖춘 사람을 찾기 어렵다.", "이 역량을 갖춘 사람을 찾기 어렵습니다."],
    ["베트남어 원어민 수준의 개발자가 필요하다.", "베트남어 원어민 수준의 개발자가 필요합니다."],
    ["신청인이 현지 협력사와의 협의를 맡는다.", "신청인이 현지 협력사와의 협의를 맡습니다."],
    ["출시 후 운영 지침을 만든다.", "출시 후 운영 지침을 만듭니다."],
    ["두 번째 시장을 여는 계획이다.", "두 번째 시장을 여는 계획입니다."],
    ["한국인 개발자에게 기술을 전수할 수 있다.", "한국인 개발자에게 기술을 전수할 수 있습니다."],
    ["매출 증대가 기대된다.", "매출 증대가 기대됩니다."],
    ["출시 준비 기간이 길다.", "출시 준비 기간이 깁니다."],
    ["단순 통역이 아니다.", "단순 통역이 아닙니다."],
    ["공고를 두 번 냈다. 지원자는 3명이었다.", "공고를 두 번 냈습니다. 지원자는 3명이었습니다."],
  ])("should turn %j into %j", (input, expected) => {
    expect(polite(input)).toBe(expected);
  });

  it.each([
    "국민 지원자를 찾지 못했습니다.",
    "지원자가 없었음.",
    "SDK 연동 경험자 없음",
    // A noun with a shortened copula, and 이하다 (이하 + 다), could be read two ways.
    "적임자는 베트남 출신 개발자다.",
    "연봉 차이는 100만 원 이하다.",
    "매출이 는다.",
    "“회사가 직접 채용한다”는 방침",
    "The applicant speaks Vietnamese.",
  ])("should leave %j as written", (input) => {
    expect(polite(input)).toBe(input);
  });
});

describe("carriesUpToEndings", () => {
  it.each([
    [
      "2.1 웹 플랫폼을 개발하고 유지보수한다(사용 도구: React). 업무 비중: 약 40%.",
      "웹 플랫폼을 개발하고 유지보수합니다.",
    ],
    ["2.1 3D 모델을 만든다. 업무 비중: 약 10%.", "3D 모델을 만듭니다"],
    ["협력사의 요청을 받는다. 검토 권한이 있다.", "협력사의 요청을 받습니다. 검토 권한이 있습니다."],
    ["웹 플랫폼 개발 및 유지보수(사용 도구: React)", "웹 플랫폼 개발 및\n유지보수"],
    ["Develop the hanbitmall.co.kr storefront (tools: React).", "Develop the hanbitmall.co.kr storefront."],
    ["유지보수합니다. 업무 비중", "유지보수한다"],
  ])("should find %j to carry %j", (printed, written) => {
    expect(carriesUpToEndings(printed, written)).toBe(true);
  });

  it.each([
    // A word changed, dropped or moved is a real difference, whatever the ending.
    ["웹 플랫폼을 개발하고 운영한다.", "웹 플랫폼을 개발하고 유지보수합니다."],
    ["웹 플랫폼을 유지보수한다.", "웹 플랫폼을 개발하고 유지보수합니다."],
    ["B를 관리한다. A를 개발한다.", "A를 개발합니다. B를 관리합니다."],
    ["3D 모델을 만든다.", "3D 모형을 만듭니다"],
    ["Develop the storefront.", "Develop the hanbitmall.co.kr storefront."],
  ])("should find %j not to carry %j", (printed, written) => {
    expect(carriesUpToEndings(printed, written)).toBe(false);
  });
});
