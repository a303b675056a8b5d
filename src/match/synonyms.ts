/**
 * Words that duty statements and the catalog use for the same thing ("garment"/"clothing", "web site"/"homepage",
 * "통역"/"번역"). A statement word also looks for its synonyms in the catalog, at a discount, so that a statement is
 * not judged on the catalog's choice of words.
 */
import { extractTerms, type TermHit } from "./extract-terms.js";

/** Groups of interchangeable words, English and Korean (own wording; general job vocabulary). */
const GROUPS: readonly (readonly string[])[] = [
  ["clothing", "garment", "apparel", "clothes", "fashion", "outfit", "wear"],
  ["interior", "indoor", "decor", "decoration", "furnishing"],
  ["advertising", "advertisement", "ad", "ads", "commercial", "publicity"],
  ["website", "web site", "web page", "webpage", "homepage"],
  ["application", "app", "apps"],
  ["translate", "translation", "translator", "interpret", "interpreter", "localize", "localization"],
  ["drawing", "draft", "drafting", "blueprint", "schematic", "diagram"],
  ["tour", "travel", "trip", "tourism", "holiday", "itinerary"],
  ["event", "conference", "convention", "exhibition", "expo", "trade fair", "congress"],
  ["security", "cybersecurity", "protection"],
  ["network", "networking", "LAN", "WAN", "connectivity"],
  ["database", "DB", "DBMS"],
  ["survey", "questionnaire", "poll", "polling"],
  ["customer", "client", "buyer"],
  ["machine", "machinery", "mechanical"],
  ["electric", "electrical", "electricity"],
  ["electronic", "electronics", "circuit"],
  ["chemical", "chemistry", "chemicals"],
  ["building", "architecture", "architectural"],
  ["merchandise", "merchandising", "assortment"],
  ["sell", "sale", "sales", "selling"],
  ["export", "overseas", "abroad", "foreign"],
  ["appearance", "look", "aesthetic", "esthetic", "styling"],
  ["sketch", "rendering", "illustration"],
  ["layout", "composition", "typography"],
  ["consult", "consulting", "consultant", "advisory"],
  ["analyse", "analysis", "analyst", "analytics"],
  ["debug", "troubleshoot"],
  ["code", "coding", "programming", "programmer"],
  ["mobile", "smartphone", "handset"],
  ["조사", "리서치", "서베이"],
  ["시공", "공사"],
  ["견적", "견적서"],
  ["포장", "패키지", "패키징"],
  ["출판", "출판물", "편집물"],
  ["삽화", "일러스트", "일러스트레이션"],
  ["제품", "상품"],
  ["프로그램", "소프트웨어"],
  ["의류", "옷", "의상", "패션"],
  ["인테리어", "실내", "내부장식", "실내장식"],
  ["광고", "홍보", "프로모션"],
  ["웹사이트", "홈페이지", "웹페이지", "사이트"],
  ["앱", "애플리케이션", "어플리케이션", "응용프로그램"],
  ["번역", "통역", "현지화"],
  ["도면", "설계도", "제도"],
  ["여행", "관광", "투어"],
  ["행사", "이벤트", "전시회", "박람회", "컨벤션", "국제회의"],
  ["보안", "정보보호"],
  ["네트워크", "통신망", "네트웍"],
  ["데이터베이스", "DB"],
  ["설문", "설문조사", "여론조사"],
  ["고객", "거래처", "바이어"],
  ["기계", "기계설비"],
  ["전기", "전력"],
  ["전자", "전자회로"],
  ["건축", "건물", "건축물"],
  ["판매", "영업", "세일즈"],
  ["수출", "해외", "무역"],
  ["외관", "외형", "스타일"],
  ["스케치", "렌더링", "드로잉"],
  ["컨설팅", "자문", "컨설턴트"],
  ["휴대폰", "스마트폰", "모바일"],
];

/** Discount on a synonym's terms relative to the word the statement used. */
export const SYNONYM_WEIGHT = 0.6;

/** The one term a single word is keyed by: its English stem, or its Korean stem ("=" form, or the bigram for two syllables). */
function keyOf(word: string, hits: readonly TermHit[]): string | undefined {
  if (word.includes(" ")) return undefined;
  return hits.find((hit) => hit.whole)?.term;
}

let expansions: ReadonlyMap<string, readonly TermHit[]> | undefined;

/** Term key -> the terms of its synonyms (built on first use). */
export function synonymExpansions(): ReadonlyMap<string, readonly TermHit[]> {
  if (expansions) return expansions;
  // Each word's terms once: a group of n words would otherwise tokenise each of them n times (this runs at every start of match).
  const termsOf = new Map<string, readonly TermHit[]>();
  const hitsOf = (word: string): readonly TermHit[] => {
    let hits = termsOf.get(word);
    if (!hits) {
      hits = extractTerms(word);
      termsOf.set(word, hits);
    }
    return hits;
  };
  const map = new Map<string, TermHit[]>();
  for (const group of GROUPS) {
    for (const word of group) {
      const key = keyOf(word, hitsOf(word));
      if (key === undefined) continue;
      const list = map.get(key) ?? [];
      for (const other of group) {
        if (other === word) continue;
        for (const hit of hitsOf(other)) {
          if (hit.term.startsWith("~") || hit.term === key || list.some((entry) => entry.term === hit.term)) continue;
          list.push({ ...hit, weight: hit.weight * SYNONYM_WEIGHT });
        }
      }
      map.set(key, list);
    }
  }
  expansions = map;
  return map;
}
