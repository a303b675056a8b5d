/**
 * Sentence endings of user-written Korean, brought to the register of the spot that prints it: 한다체 in the contract
 * annex's clauses, 합니다체 in text addressed to the office. Only a Hangul word that ends a sentence outside quotes and
 * brackets is changed, and only when its ending has one reading; anything else (명사형 lines, ~합니다만, quoted text,
 * English, an ending that could be an adjective or a verb) is left as the user wrote it. es-hangul splits and joins
 * the syllables; the word lists below only decide between readings, they spell no syllables.
 */
import { combineCharacter, disassemble, disassembleCompleteCharacter } from "es-hangul";
import { compactText } from "./normalize-text.js";

/** 한다체 ("plain", the annex's clauses) or 합니다체 ("polite", text addressed to the office). */
export type KoreanRegister = "plain" | "polite";

/** Roots whose 하다 is an adjective: 필요합니다 -> 필요하다, not 필요한다. */
const HADA_ADJECTIVE_ROOTS = [
  "필요",
  "불필요",
  "가능",
  "불가능",
  "중요",
  "적합",
  "부적합",
  "능통",
  "유창",
  "능숙",
  "익숙",
  "부족",
  "다양",
  "원활",
  "충분",
  "정확",
  "동일",
  "우수",
  "유사",
  "용이",
  "적절",
  "적당",
  "상당",
  "곤란",
  "시급",
  "유일",
  "풍부",
  "편리",
  "불편",
  "유리",
  "불리",
  "확실",
  "분명",
  "명확",
  "간단",
  "복잡",
  "신속",
  "안전",
  "위험",
  "유능",
  "타당",
  "유효",
  "무효",
  "투명",
  "비슷",
  "유용",
  "유익",
  "원만",
  "성실",
  "친절",
  "특별",
  "독특",
  "활발",
  "깨끗",
  "조용",
  "간편",
  "정밀",
  "엄격",
  "철저",
  "꼼꼼",
  "유연",
  "미흡",
  "취약",
  "방대",
  "긴급",
] as const;

/** Consonant-final adjective stems: 있습니다 -> 있다, 많습니다 -> 많다 (an action verb takes 는다: 받는다). */
const CONSONANT_ADJECTIVE_STEMS = [
  "없",
  "많",
  "좋",
  "싫",
  "같",
  "높",
  "낮",
  "넓",
  "좁",
  "깊",
  "얕",
  "짧",
  "작",
  "괜찮",
  "옳",
  "밝",
  "어둡",
  "어렵",
  "쉽",
  "가깝",
  "무겁",
  "가볍",
  "새롭",
  "그렇",
  "이렇",
  "저렇",
  "어떻",
  "즐겁",
  "반갑",
  "고맙",
  "덥",
  "춥",
  "맵",
  "롭",
  "스럽",
  "답",
  "알맞",
  "걸맞",
  "젊",
  "얇",
  "굵",
  "귀찮",
] as const;

/** Vowel-final adjective stems: 다릅니다 -> 다르다, not 다른다. */
const VOWEL_ADJECTIVE_STEMS = [
  "크",
  "다르",
  "바쁘",
  "아프",
  "기쁘",
  "나쁘",
  "슬프",
  "빠르",
  "느리",
  "비싸",
  "아니",
] as const;

/**
 * Whole stems read both ways, left as written: 적다 (few / write), 않다 (after an adjective or a verb), 낫다 (better /
 * heal), 싸다, 짜다, 이르다, 깁니다 (길다 / 기다), 멉니다, 답니다 (달다 / -다고 합니다), 겁니다 (걸다 / 것입니다).
 */
const AMBIGUOUS_STEMS = ["적", "않", "낫", "싸", "짜", "기", "머", "다", "이르", "거"] as const;

/** Verbs whose stem ends in 이 (줄이다): 줄입니다 -> 줄인다; any other 입니다 is the copula (업무입니다 -> 업무이다). */
const I_VERB_STEMS = [
  "줄이",
  "높이",
  "늘이",
  "붙이",
  "기울이",
  "보이",
  "쓰이",
  "모이",
  "쌓이",
  "섞이",
  "먹이",
  "끓이",
  "녹이",
] as const;

/** Paired marks inside which text is quoted or an aside, never a sentence of the clause itself. */
const OPENERS: Readonly<Record<string, string>> = {
  "“": "”",
  "‘": "’",
  "「": "」",
  "『": "』",
  "《": "》",
  "〈": "〉",
  "(": ")",
  "（": "）",
  "[": "]",
};
const TOGGLES = new Set(['"', "'"]);

const HANGUL_SYLLABLE = /[가-힣]/u;

type Parts = { readonly choseong: string; readonly jungseong: string; readonly jongseong: string };

function parts(syllable: string): Parts | undefined {
  return disassembleCompleteCharacter(syllable);
}

/** The syllable with another final consonant ("" for none). */
function withFinal(syllable: string, jongseong: string): string {
  const p = parts(syllable)!;
  return combineCharacter(p.choseong, p.jungseong, jongseong);
}

const endsWithAny = (stem: string, list: readonly string[]): boolean => list.some((s) => stem.endsWith(s));

/** 합니다체 -> 한다체 for one sentence-final word; undefined when it is not 합니다체 or its reading is unsure. */
function plainWord(word: string): string | undefined {
  if (!word.endsWith("니다") || word.length < 3) return undefined;
  const stem = word.slice(0, -2);
  const last = stem.at(-1)!;
  const before = stem.slice(0, -1);
  if (last === "습") {
    const final = before === "" ? "" : (parts(before.at(-1)!)?.jongseong ?? "");
    if (final === "") return undefined;
    // A past or future tense (했, 겠) and 있/없 end in 다, as adjectives do; an action verb takes 는다 (받는다).
    if (final === "ㅆ" || endsWithAny(before, CONSONANT_ADJECTIVE_STEMS)) return `${before}다`;
    if (endsWithAny(before, AMBIGUOUS_STEMS)) return undefined;
    return `${before}는다`;
  }
  if (parts(last)?.jongseong !== "ㅂ") return undefined;
  const open = withFinal(last, "");
  const verbStem = before + open;
  if (open === "하") return endsWithAny(before, HADA_ADJECTIVE_ROOTS) ? `${before}하다` : `${before}한다`;
  if (open === "되") return `${before}된다`;
  if (open === "이" && !endsWithAny(verbStem, I_VERB_STEMS)) return `${before}이다`;
  // A one-syllable stem (크) must be the whole word, so 이끕니다 is not read as 크다.
  if (VOWEL_ADJECTIVE_STEMS.some((a) => (a.length > 1 ? verbStem.endsWith(a) : verbStem === a))) return `${verbStem}다`;
  // 있읍니다 is an old spelling of 있습니다, not a verb in ㅂ니다.
  if (open === "으" || AMBIGUOUS_STEMS.includes(verbStem as never)) return undefined;
  return `${before}${withFinal(last, "ㄴ")}다`;
}

/** 한다체 -> 합니다체 for one sentence-final word; undefined when it is not 한다체 or its reading is unsure. */
function politeWord(word: string): string | undefined {
  if (!word.endsWith("다") || word.length < 2) return undefined;
  const stem = word.slice(0, -1);
  const last = stem.at(-1)!;
  const before = stem.slice(0, -1);
  const final = parts(last)?.jongseong;
  if (final === undefined) return undefined;
  // 하다/되다 take ㅂ니다 as a verb or an adjective alike, and 이다 (the copula or an 이-verb) becomes 입니다 either
  // way; 이하다 may be 이하 with a shortened copula, and any other open syllable may be a noun with one (개발자다).
  if (last === "하" || last === "되" || last === "이" || stem.endsWith("아니")) {
    if (stem.endsWith("이하")) return undefined;
    return `${before}${withFinal(last, "ㅂ")}니다`;
  }
  if (final === "") return undefined;
  if (last === "는") {
    const previous = before.at(-1);
    const previousFinal = previous === undefined ? undefined : parts(previous)?.jongseong;
    // 받는다 -> 받습니다; a bare 는다, or one after an open syllable, is no 한다체 ending.
    if (!previousFinal || previousFinal === "ㄹ") return undefined;
    return `${before}습니다`;
  }
  // A verb in ㄴ다 (간다, 만든다) and an ㄹ stem (길다, 만들다) both take ㅂ니다 in place of that final.
  if (final === "ㄴ" || final === "ㄹ") return `${before}${withFinal(last, "ㅂ")}니다`;
  return `${stem}습니다`;
}

/** Where each sentence-final Hangul word sits: outside quotes and brackets, before [.!?] or the end of the text. */
function sentenceEnds(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const stack: string[] = [];
  const lastVisible = text.trimEnd().length - 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const top = stack.at(-1);
    if (top !== undefined && ch === top) {
      stack.pop();
      continue;
    }
    if (TOGGLES.has(ch)) {
      // An apostrophe between letters (don't, O'Brien) opens nothing.
      if (ch === "'" && /\p{L}/u.test(text[i - 1] ?? "") && /\p{L}/u.test(text[i + 1] ?? "")) continue;
      stack.push(ch);
      continue;
    }
    if (OPENERS[ch]) {
      stack.push(OPENERS[ch]);
      continue;
    }
    if (stack.length > 0 || !HANGUL_SYLLABLE.test(ch)) continue;
    const next = text[i + 1];
    const afterNext = text[i + 2];
    const endsSentence =
      next === undefined ||
      (/^[.!?。]$/u.test(next) && (afterNext === undefined || /\s/u.test(afterNext))) ||
      /[\r\n]/u.test(next) ||
      i === lastVisible;
    if (!endsSentence) continue;
    let start = i;
    while (start > 0 && HANGUL_SYLLABLE.test(text[start - 1]!)) start--;
    found.push({ start, end: i + 1 });
  }
  return found;
}

/**
 * The text with every sentence-final 합니다체 ending turned to 한다체 ("plain") or 한다체 to 합니다체 ("polite") where
 * the ending has one reading; everything else is returned exactly as written.
 */
export function toRegister(text: string, register: KoreanRegister): string {
  const convert = register === "plain" ? plainWord : politeWord;
  let out = "";
  let at = 0;
  for (const { start, end } of sentenceEnds(text)) {
    const replaced = convert(text.slice(start, end));
    if (replaced === undefined) continue;
    out += text.slice(at, start) + replaced;
    at = end;
  }
  return out + text.slice(at);
}

/** Sentence endings of either register, as letters (습니다, ㅂ니다, 는다, ㄴ다, 다), longest first. */
const ENDINGS_AS_LETTERS = ["습니다", "ㅂ니다", "는다", "ㄴ다", "다"].map((e) => disassemble(e));

/** The letters of a text piece without a closing ending of either register: 만듭니다 and 만든다 both give ㅁㅏㄴㄷㅡ. */
function withoutEnding(piece: string): string {
  const letters = disassemble(piece);
  const ending = HANGUL_SYLLABLE.test(piece.at(-1) ?? "")
    ? ENDINGS_AS_LETTERS.find((e) => letters.endsWith(e) && letters.length > e.length)
    : undefined;
  return ending === undefined ? letters : letters.slice(0, -ending.length);
}

/**
 * True when `printed` carries `written` in order, whitespace and sentence endings aside: the check that a clause
 * says what the user wrote, whatever register it was printed in. It never calls the converter above, so a wrong
 * conversion that touched more than an ending is caught.
 */
export function carriesUpToEndings(printed: string, written: string): boolean {
  const haystack = disassemble(compactText(printed));
  let from = 0;
  for (const piece of compactText(written).split(/[.!?。]+/u)) {
    if (piece === "") continue;
    const needle = withoutEnding(piece);
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    from = at + needle.length;
  }
  return true;
}
