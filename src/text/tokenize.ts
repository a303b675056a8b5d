/**
 * Turns text into matching terms: English words spelling-folded (British to American) and stemmed with the Porter
 * stemmer minus stop words, Korean words with trailing particles and verb endings stripped plus character bigrams,
 * so that Korean matches without a morphological analyser.
 */
import { stemmer } from "stemmer";
// The package's ES module build: importing "stopword" loads its CommonJS build of all 62 languages through Node's
// CommonJS export scan, a noticeable part of `e7-align match`'s cold start (docs/performance.md).
import { eng } from "stopword/dist/stopword.esm.min.mjs";
import { normalizeText } from "./normalize-text.js";

const ENGLISH_STOP_WORDS = new Set<string>([
  ...eng,
  "etc",
  "e.g",
  "i.e",
  "also",
  "including",
  "include",
  "includes",
  "such",
  "various",
  "within",
  "related",
  "relevant",
  "they",
  "their",
  "them",
  "may",
  "will",
  "shall",
  "using",
  "use",
  "uses",
  "used",
  "based",
  "via",
  "per",
  "upon",
  "whether",
  "often",
  "usually",
  "either",
  "across",
  "among",
  "towards",
  "toward",
  "well",
  "order",
  "ensure",
  "ensuring",
  "according",
  // Function words the package's list lacks: grammar of long dictionary sentences, not work.
  "during",
  "so",
  "every",
  "own",
  "throughout",
  "until",
  "unless",
  "beyond",
  "though",
  "although",
  "whose",
  "whom",
  "thus",
  "therefore",
  "hence",
  "besides",
  "onto",
  "whereby",
  "whenever",
  "wherever",
  "everything",
  "something",
  "anything",
  "everyone",
  "someone",
  "anyone",
  "whatever",
  "whichever",
  "yet",
  "already",
  "even",
  "just",
  "rather",
  "quite",
  "once",
  "again",
  "later",
  "soon",
  "sometimes",
  "always",
  "ever",
]);

/** Korean function words that carry no occupational meaning once their particle is stripped. */
const KOREAN_STOP_WORDS = new Set<string>([
  "및",
  "등",
  "또는",
  "그리고",
  "위해",
  "위하여",
  "통해",
  "통하여",
  "대한",
  "위한",
  "통한",
  "인한",
  "의한",
  "향한",
  "주로",
  "서로",
  "다만",
  "혹은",
  "대해",
  "대하여",
  "따라",
  "따른",
  "관한",
  "관하여",
  "있다",
  "있는",
  "한다",
  "하다",
  "것",
  "수",
  "이를",
  "그",
  "각",
  "각종",
  "기타",
  "여러",
  "다양한",
  "다양",
  "모든",
  "전반",
  "해당",
  "관련",
  "경우",
  "또한",
  "이",
  "그",
  "때",
  // The frame of a Korean job posting (who joins, who is wanted, what is preferred, "업무를 담당"), not the duty.
  "입사",
  "당사",
  "자사",
  "담당",
  "업무",
  "됩니다",
  "합니다",
  "입니다",
  "있습니다",
  "우대",
  "경력자",
  "신입",
  "분",
  "모십니다",
  "주실",
  "주요업무",
  "담당업무",
  "자격요건",
  "우대사항",
  "지원자격",
]);

/**
 * Korean endings stripped from the end of a word, longest first: case particles, topic/focus particles and common
 * verb and noun-forming endings. Stripping stops while at least one syllable remains.
 */
const KOREAN_SUFFIXES = [
  // Honorific endings of job postings ("담당하실 분", "입사하시면").
  "하십니다",
  "하시는",
  "하시면",
  "하시게",
  "하시고",
  "하시며",
  "하시어",
  "하셔서",
  "하시기",
  "하실",
  "하신",
  "되면",
  "하였습니다",
  "했습니다",
  "합니다",
  "습니다",
  "하고자",
  "거나",
  "고자",
  "도록",
  "으며",
  "면서",
  "하였으며",
  "하였다",
  "하였고",
  "했으며",
  "했고",
  "되었다",
  "하므로",
  "시켜",
  "하여야",
  "하거나",
  "하기도",
  "하도록",
  "하면서",
  "시킨다",
  "시키는",
  "시키고",
  "시키며",
  "하는",
  "하고",
  "하며",
  "하여",
  "해서",
  "한다",
  "하기",
  "하게",
  "하면",
  "했다",
  "된다",
  "되는",
  "되며",
  "되고",
  "되어",
  "함",
  "한",
  "됨",
  "된",
  "됩니다",
  "입니다",
  "드립니다",
  "에서는",
  "에서도",
  "으로는",
  "에게는",
  "이라도",
  "이든지",
  "든지",
  "으로서",
  "으로써",
  "에서의",
  "에게서",
  "으로",
  "에서",
  "에게",
  "까지",
  "부터",
  "보다",
  "처럼",
  "이며",
  "이고",
  "이나",
  "에는",
  "에도",
  "과의",
  "와의",
  "로서",
  "로써",
  "들의",
  "들을",
  "들이",
  "들은",
  "들과",
  "들",
  "을",
  "를",
  "이",
  "가",
  "은",
  "는",
  "의",
  "에",
  "와",
  "과",
  "로",
  "도",
  "만",
  "및",
  "등",
].sort((a, b) => b.length - a.length);
/** The endings as a set: a Hangul run that is only an ending ("RTL을", "QA하고") says nothing of its own. */
const KOREAN_ENDINGS = new Set<string>(KOREAN_SUFFIXES);

const HANGUL = /[\uAC00-\uD7A3]/;
const HANGUL_RUN = /[\uAC00-\uD7A3]+|[^\uAC00-\uD7A3]+/g;

/** Words that end in -ise but are not British spellings of -ize words (advise, enterprise …). */
const TRUE_ISE_WORDS =
  /^(advis|advertis|apprais|chastis|compris|compromis|concis|cruis|despis|devis|disguis|enterpris|excis|exercis|expertis|franchis|improvis|incis|merchandis|otherwis|paradis|pois|prais|precis|premis|promis|revis|supervis|surpris|televis|treatis|wis|ris|nois|bruis|circumcis)/;
const BRITISH_SPELLINGS: Readonly<Record<string, string>> = {
  colour: "color",
  colours: "colors",
  centre: "center",
  centres: "centers",
  programme: "program",
  programmes: "programs",
  licence: "license",
  licences: "licenses",
  defence: "defense",
  catalogue: "catalog",
  catalogues: "catalogs",
  behaviour: "behavior",
  labour: "labor",
  metre: "meter",
  metres: "meters",
  fibre: "fiber",
  fibres: "fibers",
  theatre: "theater",
  theatres: "theaters",
  organisation: "organization",
  organisations: "organizations",
  travelling: "traveling",
  travelled: "traveled",
  modelling: "modeling",
  labelling: "labeling",
  cancelled: "canceled",
  favour: "favor",
  honour: "honor",
  harbour: "harbor",
  neighbour: "neighbor",
  judgement: "judgment",
};

/** Folds British spellings to American ones so that "analyse"/"analyze" and "organise"/"organize" stem alike. */
export function foldSpelling(word: string): string {
  // hasOwn: a word such as "constructor" must not find Object.prototype members.
  const listed = Object.hasOwn(BRITISH_SPELLINGS, word) ? BRITISH_SPELLINGS[word] : undefined;
  if (listed) return listed;
  if (/ys(e|es|ed|ing|er|ers)$/.test(word)) return word.replace(/ys(e|es|ed|ing|er|ers)$/, "yz$1");
  const ise = /^(.{3,}?)is(e|es|ed|ing|er|ers|ation|ations)$/.exec(word);
  if (ise && !TRUE_ISE_WORDS.test(word)) return `${ise[1]}iz${ise[2]}`;
  return word;
}

/** A word's terms: the stemmed English word, or the stripped Korean stem and its syllable bigrams. */
export interface Terms {
  readonly words: readonly string[];
  readonly bigrams: readonly string[];
}

/** One word of a text as the matcher sees it. */
export interface WordToken {
  /** The word as written (lower-cased, normalised). */
  readonly surface: string;
  /** English: the folded Porter stem; Korean: the word without its particle or ending. */
  readonly stem: string;
  readonly script: "latin" | "hangul";
  /** A stop word (English) or function word (Korean): no meaning of its own. */
  readonly stop: boolean;
  /** True when punctuation separates this word from the previous one, so no phrase spans the two. */
  readonly breakBefore: boolean;
}

/**
 * Two-syllable nouns whose last syllable looks like a particle ("회로" is not "회" + "로", "평가" not "평" + "가"):
 * stripping would leave one syllable and lose the word, so they are kept whole.
 */
const WHOLE_KOREAN_NOUNS = new Set<string>([
  "평가",
  "국가",
  "단가",
  "원가",
  "참가",
  "추가",
  "증가",
  "대가",
  "휴가",
  "물가",
  "주가",
  "작가",
  "시가",
  "고가",
  "저가",
  "인가",
  "허가",
  "제도",
  "속도",
  "온도",
  "정도",
  "밀도",
  "습도",
  "강도",
  "용도",
  "빈도",
  "태도",
  "지도",
  "시도",
  "한도",
  "농도",
  "각도",
  "경도",
  "점도",
  "채도",
  "명도",
  "회로",
  "경로",
  "도로",
  "진로",
  "통로",
  "항로",
  "선로",
  "수로",
  "유로",
  "철로",
  "판로",
  "공로",
  "노로",
  "효과",
  "결과",
  "성과",
  "학과",
  "교과",
  "외과",
  "내과",
  "치과",
  "부과",
  "초과",
  "통과",
  "제과",
  "회의",
  "정의",
  "논의",
  "협의",
  "합의",
  "강의",
  "건의",
  "문의",
  "주의",
  "동의",
  "의의",
  "모의",
  "토의",
  "심의",
  "질의",
  "차이",
  "높이",
  "길이",
  "나이",
  "놀이",
  "종이",
  "구이",
  "불만",
  "미만",
  "보도",
]);

/**
 * Particles that are also the last syllable of many two-syllable nouns (항만, 철도, 회로, 결함, 상가, 여과): cutting
 * one off a two-syllable word would leave a single syllable that no longer names the thing, so a two-syllable word
 * keeps it (a one-syllable noun with one of these particles, such as "툴로", is rarer in duties). 한 is left out:
 * it ends as many verb forms (위한, 정한) as nouns (권한, 방한).
 */
const NOUN_FINAL_PARTICLES = new Set<string>(["가", "도", "로", "과", "만", "함"]);

/** Strips one trailing particle or ending from a Korean word, keeping at least one syllable. */
export function stripKoreanSuffix(word: string): string {
  if (WHOLE_KOREAN_NOUNS.has(word)) return word;
  if (word.length === 2 && NOUN_FINAL_PARTICLES.has(word[1]!)) return word;
  // "-적인" adjectives ("구조적인") meet their "-적" noun form; a bare "인" ending is not stripped ("개인", "확인").
  if (word.length > 3 && word.endsWith("적인")) return word.slice(0, -1);
  for (const suffix of KOREAN_SUFFIXES) {
    if (word.length > suffix.length && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#.]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu;
const PHRASE_BREAK = /[,;:.()[\]{}/!?·|"<>=]/;

/** Splits normalised text into lower-case word tokens (letters, digits and "+#." inside words such as C++, C#, Node.js). */
export function splitWords(text: string): string[] {
  return normalizeText(text).toLowerCase().match(WORD) ?? [];
}

/** Stems of words seen before: duty text repeats its words, and stemming is the costliest step of tokenising. */
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

function cachedStem(word: string, stem: (word: string) => string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = stem(word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

/**
 * Words the Porter stemmer merges with unrelated words ("conference" with "confer", "engineer" with "engine",
 * "international" with "internal"): they get stems of their own.
 */
const STEM_EXCEPTIONS: Readonly<Record<string, string>> = {
  conference: "conferenc",
  conferences: "conferenc",
  engineer: "engineer",
  engineers: "engineer",
  engineering: "engineer",
  engineered: "engineer",
  general: "general",
  generally: "general",
  news: "news",
  community: "communiti",
  communities: "communiti",
  international: "internation",
  internationally: "internation",
  // Porter leaves "localize" as "local", which would meet every "local market"; localising is translation work.
  localize: "localiz",
  localise: "localiz",
  localized: "localiz",
  localised: "localiz",
  localizing: "localiz",
  localising: "localiz",
  localization: "localiz",
  localisation: "localiz",
  localizations: "localiz",
  localisations: "localiz",
  productivity: "productiv",
  organ: "organ-body",
  organs: "organ-body",
  university: "universiti",
  universities: "universiti",
  police: "police",
  // Gerunds that name another thing than their root: bookkeeping is not a customer account, logistics not a vessel.
  accounting: "accounting",
  shipping: "shipping",
  housing: "housing",
  landing: "landing",
  planting: "planting",
  filing: "filing",
  filings: "filing",
  // Porter makes production a product and securities security: making goods is not planning them, nor stocks a firewall.
  production: "production",
  productions: "production",
  productive: "productiv",
  securities: "securities",
  designated: "designat",
  designation: "designat",
  positive: "positiv",
  internal: "internal",
  internally: "internal",
  informal: "informal",
};

/**
 * Porter stems of one word family that the stemmer leaves apart: the -ify/-ification and -yze/-ysis pairs and
 * agent nouns in -er/-or ("programmer", "inspector") meet the stem of their activity.
 */
const STEM_MERGES: Readonly<Record<string, string>> = {
  specif: "specifi",
  analysi: "analyz",
  analyt: "analyz",
  programm: "program",
  coder: "code",
  tester: "test",
  drafter: "draft",
  draftsman: "draft",
  draftsmen: "draft",
  supervisor: "supervis",
  planner: "plan",
  inspector: "inspect",
  mainten: "maintain",
  instructor: "instruct",
  investor: "invest",
  seller: "sell",
  buyer: "bui",
  writer: "write",
  written: "write",
  teacher: "teach",
  welder: "weld",
  editor: "edit",
  surveyor: "survei",
  auditor: "audit",
  administ: "administr",
  photographi: "photograph",
  strategi: "strateg",
  economi: "econom",
  economist: "econom",
  statistician: "statist",
};

const stemLatin = (word: string): string => {
  // hasOwn: "constructor" or "toString" must not find Object.prototype members.
  const stem =
    (Object.hasOwn(STEM_EXCEPTIONS, word) ? STEM_EXCEPTIONS[word] : undefined) ?? stemmer(foldSpelling(word));
  return (Object.hasOwn(STEM_MERGES, stem) ? STEM_MERGES[stem] : undefined) ?? stem;
};

/** Stems one English word (after spelling folding); Korean words get their particle stripped. */
export function stemWord(word: string): string {
  if (HANGUL.test(word)) return stripKoreanSuffix(word);
  return stemLatin(word);
}

/** Common spellings of Korean loanwords folded to the standard one (국립국어원 외래어 표기), like British to American. */
const KOREAN_LOANWORD_SPELLINGS: Readonly<Record<string, string>> = {
  컨텐츠: "콘텐츠",
  데이타: "데이터",
  마켓팅: "마케팅",
  솔류션: "솔루션",
  백앤드: "백엔드",
  프론트앤드: "프런트엔드",
  프론트엔드: "프런트엔드",
  컨셉트: "콘셉트",
  컨셉: "콘셉트",
  로컬라이징: "현지화",
  로컬라이제이션: "현지화",
  어플리케이션: "애플리케이션",
  메세지: "메시지",
  레포트: "리포트",
  컨퍼런스: "콘퍼런스",
  네트웍: "네트워크",
  타겟: "타깃",
};
const KOREAN_LOANWORDS = new RegExp(
  Object.keys(KOREAN_LOANWORD_SPELLINGS)
    .sort((a, b) => b.length - a.length)
    .join("|"),
  "g",
);

/** "IT" in capitals is information technology, not the pronoun it becomes (a stop word) once lowercased. */
const IT_ACRONYM = /(?<![\p{L}\p{N}])IT(?![\p{L}\p{N}])/gu;

/**
 * The words of a text in order, with stems and phrase breaks. Mixed-script words ("UI디자인") are split at the
 * script change; words of other scripts (CJK ideographs, Cyrillic …) are kept as latin-like words.
 */
export function analyzeWords(text: string): WordToken[] {
  const normalized = normalizeText(text)
    .replace(IT_ACRONYM, "ICT")
    .toLowerCase()
    .replace(KOREAN_LOANWORDS, (variant) => KOREAN_LOANWORD_SPELLINGS[variant]!);
  const tokens: WordToken[] = [];
  let last = 0;
  for (const match of normalized.matchAll(WORD)) {
    const index = match.index ?? 0;
    let breakBefore = PHRASE_BREAK.test(normalized.slice(last, index));
    last = index + match[0].length;
    // WORD never ends in a full stop, so the match is the word.
    let afterOtherScript = false;
    for (const part of match[0].match(HANGUL_RUN) ?? []) {
      if (HANGUL.test(part)) {
        const stem = cachedStem(part, stripKoreanSuffix);
        tokens.push({
          surface: part,
          stem,
          script: "hangul",
          // A particle or ending written onto a Latin word or a number ("SLA를", "QA하고") is its grammar, not a word.
          stop:
            KOREAN_STOP_WORDS.has(stem) ||
            KOREAN_STOP_WORDS.has(part) ||
            (afterOtherScript && KOREAN_ENDINGS.has(part)),
          breakBefore,
        });
      } else {
        const latin = trimTrailingDots(part.replace(/^[^\p{L}\p{N}]+/u, ""));
        if (!latin) continue;
        const stop = ENGLISH_STOP_WORDS.has(latin) || latin.length < 2;
        tokens.push({
          surface: latin,
          stem: stop ? latin : cachedStem(latin, stemLatin),
          script: "latin",
          stop,
          breakBefore,
        });
      }
      breakBefore = false;
      afterOtherScript = !HANGUL.test(part);
    }
  }
  return tokens;
}

/** The text without its trailing full stops; a loop, because "[.]+$" retried at every dot of a long run is quadratic. */
function trimTrailingDots(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x2e) end--;
  return text.slice(0, end);
}

/** Matching terms of a text: stemmed content words, and Korean syllable bigrams of each Korean stem. */
export function tokenize(text: string): Terms {
  const words: string[] = [];
  const bigrams: string[] = [];
  for (const token of analyzeWords(text)) {
    if (token.stop) continue;
    words.push(token.stem);
    if (token.script === "hangul")
      for (let i = 0; i + 1 < token.stem.length; i++) bigrams.push(token.stem.slice(i, i + 2));
  }
  return { words, bigrams };
}
