/**
 * What a statement's words do in it, beyond their rarity in the catalog: words that name the function of the job
 * (selling, translating, localising) decide the occupation more than the domain they are applied to (security,
 * games, apps); generic analysis words (analyse, requirements, solution, evaluate) are spread over every technical
 * job and should not pull a statement towards the one entry that lists them most; and some words change sense with
 * their domain ("design" of a chip is engineering, not visual design; "fibre" in food is not textile fibre).
 * Own wording; keyed by the terms extractTerms produces (English stems, Korean stems and syllable bigrams).
 */
import { extractTerms } from "./extract-terms.js";
import { GENERIC_WORDS } from "./generic-words.js";

/** Factors applied to a term's mass in the statement (numerator and denominator alike). */
export const ROLE_FACTORS = {
  /** A word naming the job's function. */
  function: 1.8,
  /** A generic domain word (security, game, app, fair) when the statement also names a function. */
  domainUnderFunction: 0.5,
  /** A generic analysis word: what it adds to any occupation is discounted, what the statement says is not. */
  analysis: 0.7,
  /** What a word adds to the occupations of a sense its domain cues rule out. */
  offSense: 0.1,
  /** A worker the statement works with, for or beside ("the designers' mock-ups", "PM·디자이너와 협업"). */
  counterpart: 0.3,
};

/** Occupational agent nouns: named as a counterpart of the work, they say who else is involved, not what the job is. */
const AGENTS =
  "designers?|developers?|engineers?|programmers?|architects?|chefs?|cooks?|teachers?|doctors?|nurses?|lawyers?|accountants?|translators?|interpreters?|researchers?|scientists?|planners?|marketers?|technicians?|artists?|writers?|editors?|producers?|pms?|product managers?|ceo|chief executives?";
const KOREAN_AGENTS =
  "디자이너|개발자|엔지니어|기획자|셰프|조리사|교사|연구원|작가|번역가|회계사|변호사|의사|간호사|프로듀서|마케터|PM|기술자|대표이사|사장|경영진|임원|이사회";
/** An agent noun after "with/for/to/from" (and up to two modifiers; "a team of researchers" are the people led), or in the possessive; Korean before 와/과/에게/의. */
const COUNTERPART = new RegExp(
  `\\b(?:with|alongside|for|to|from)\\s+(?:(?:the|our|its|their|other|fellow|a|an|[\\w&-]+)\\s+){0,2}?(${AGENTS})\\b|\\b(${AGENTS})(?:'s|')(?=\\s)|(?<![가-힣])(${KOREAN_AGENTS})(?:들)?(?:와|과|에게|의|·)`,
  "giu",
);

/** The words of a statement that name a counterpart of the work rather than the worker. */
export function counterpartWords(text: string): string[] {
  return [...text.matchAll(COUNTERPART)].map((match) => (match[1] ?? match[2] ?? match[3] ?? "").toLowerCase());
}

/** Words that name what the worker does for a living (not the field they do it in). */
const FUNCTION_WORDS = [
  "sell",
  "sales",
  "selling",
  "salesperson",
  "translate",
  "translation",
  "translator",
  "interpret",
  "interpreting",
  "interpreter",
  "localize",
  "localization",
  "subtitle",
  "subtitling",
  "영업",
  "판매",
  "세일즈",
  "번역",
  "통역",
  "현지화",
];

/**
 * Whom a salesperson deals with: without a function word they name the sales function ("find buyers abroad for our
 * fabrics"); next to one they keep their plain weight ("interpret at meetings with buyers" is interpreting).
 */
const FUNCTION_PARTIES = [
  "buyer",
  "buyers",
  "distributor",
  "distributors",
  "reseller",
  "resellers",
  "바이어",
  "거래처",
  "대리점",
  "판로",
];

/** Field words that many occupations share: when a function word is present, they only say where the function is applied. */
const DOMAIN_WORDS = [
  "security",
  "cybersecurity",
  "game",
  "games",
  "gaming",
  "app",
  "apps",
  "application",
  "applications",
  "web",
  "website",
  "ui",
  "ux",
  "software",
  "solution",
  "solutions",
  "fair",
  "fairs",
  "exhibition",
  "exhibitions",
  "expo",
  "product",
  "products",
  "equipment",
  "device",
  "devices",
  "system",
  "systems",
  "platform",
  "mobile",
  "content",
  "contents",
  "보안",
  "정보보안",
  "게임",
  "앱",
  "어플",
  "웹",
  "웹사이트",
  "화면",
  "소프트웨어",
  "솔루션",
  "박람회",
  "전시회",
  "제품",
  "장비",
  "시스템",
  "플랫폼",
  "모바일",
  "콘텐츠",
];

/** Generic analysis vocabulary that every technical statement may use. */
const ANALYSIS_WORDS = [
  "analyse",
  "analysis",
  "analyst",
  "requirement",
  "requirements",
  "solution",
  "solutions",
  "evaluate",
  "evaluation",
  "specify",
  "specification",
  "specifications",
  "feasibility",
  "recommend",
  "alternative",
  "alternatives",
  "procedure",
  "procedures",
  "need",
  "needs",
  "분석",
  "요구사항",
  "요구",
  "솔루션",
  "평가",
  "명세",
  "사양",
  "타당성",
  "개선안",
  "검토",
];

/** Engineering objects: "design" next to them is engineering design. */
const ENGINEERING_CUES =
  /\b(?:rtl|verilog|vhdl|asic|soc|fpga|chip|chips|silicon|tape-?out|circuit\w*|logic|synthesis|pcb|semiconductor\w*|wafer\w*|firmware|mechanical|engine|engines|turbine\w*|tolerance\w*|plant|plants|reactor\w*|structural|hvac|transformer\w*|switchgear)\b|반도체|회로|칩|웨이퍼|로직|펌웨어|기구|플랜트|구조물|배전|변전|공정/iu;
/** Words of looks: with them, "design" keeps its visual sense whatever object is designed. */
const VISUAL_CUES =
  /\b(?:look|looks|appearance|exterior|colou?rs?|styling|aesthetic\w*|packag\w*|brand\w*|ui|ux|graphic\w*|visual\w*)\b|외관|외형|색상|컬러|스타일|포장|패키지|브랜드|화면|그래픽|시각/iu;

/**
 * Words with a sense that depends on the statement's domain. When `cues` are present (and `unless` is not), either
 * the word says little for the occupations (`codes`) that use it in the other sense and keeps its weight for the rest,
 * or (`means`) it is read as another word altogether.
 */
const SENSES: readonly Sense[] = [
  // Design of a chip, circuit, machine or plant is engineering work, not visual design or design teaching.
  {
    words: ["design", "designs", "designer", "designers"],
    cues: ENGINEERING_CUES,
    unless: VISUAL_CUES,
    codes: ["295", "S2955", "1340", "2646"],
  },
  // Korean engineering postings write "디자인" for "설계".
  { words: ["디자인", "디자이너"], cues: ENGINEERING_CUES, unless: VISUAL_CUES, codes: [], means: "설계" },
  // The hardware that firmware, drivers or a kernel run on is the object of software work, not hardware design.
  {
    words: [
      "hardware",
      "controller",
      "controllers",
      "ssd",
      "chip",
      "chips",
      "board",
      "boards",
      "하드웨어",
      "컨트롤러",
      "칩",
      "보드",
    ],
    cues: /\b(?:firmware|drivers?|kernel|bootloader|bsp|rtos)\b|펌웨어|드라이버|커널|부트로더|임베디드 소프트웨어/iu,
    unless: /\b(?:pcb|schematic\w*|circuit\w*|emc|layout|rtl|verilog)\b|회로|기판 설계|아트웍|EMC/iu,
    codes: ["2211", "2342"],
  },
  // Fibre in food, feed or nutrition is a nutrient, not a textile material.
  {
    words: ["fiber", "fibers", "fibre", "fibres", "섬유", "섬유질", "조섬유", "식이섬유"],
    cues: /\b(?:food\w*|dietary|diet|nutrition\w*|nutrient\w*|feed|protein\w*|carbohydrate\w*|calori\w*)\b|식품|식이|영양|사료|단백질|탄수화물|열량|건강기능/iu,
    codes: ["2392", "295"],
  },
  // A network of distributors, dealers or agents is a sales channel, not a computer or telecom network.
  {
    words: ["network", "networks", "네트워크"],
    cues: /\b(?:distribut\w*|dealers?|dealership\w*|resellers?|agents?|agency|agencies|retailers?|wholesal\w*|franchis\w*|sales|channel partners?)\b|대리점|유통|딜러|총판|판매|영업|거래처|가맹/iu,
    unless:
      /\b(?:servers?|routers?|switch(?:es|ing)?|firewalls?|lan|wan|vpn|tcp|ip|bandwidth|latency|cloud|data ?cent(?:er|re)s?|telecom\w*|5g|lte|wireless|cisco)\b|서버|라우터|스위치|방화벽|통신망|무선|클라우드|데이터 ?센터|트래픽/iu,
    codes: ["2232", "2212", "2233", "1350", "2211", "2223"],
  },
  // Data of an experiment, a survey, a test or a process is the object of that field's work, not data science.
  {
    words: ["data", "dataset", "datasets", "preprocess", "preprocessing", "데이터", "전처리"],
    cues: /\b(?:experiment\w*|survey\w*|test|testing|measurement\w*|observation\w*|sensor|field|laborator\w*|lab|clinical|defect\w*|yield|process|quality|inspection)\s+(?:data|datasets?)\b|(?:실험|조사|설문|시험|측정|관측|센서|임상|불량|수율|공정|품질|검사)\s*(?:데이터|자료)|시료|검체/iu,
    unless:
      /\b(?:sql|machine learning|deep learning|ml|pipelines?|dashboards?|big data|data warehouse\w*|etl|spark|hadoop|tableau|power bi)\b|머신러닝|딥러닝|빅데이터|파이프라인|대시보드|데이터 ?웨어하우스|ETL/iu,
    codes: ["2231"],
  },
  // "Drive" in a job posting ("Drive permit submissions", "drives adoption") means to push work forward, not a disk
  // drive, a motor drive or a drive test.
  {
    words: ["drive", "drives", "driving"],
    cues: /\bdriv(?:e|es|ing)\b/iu,
    unless:
      /\b(?:disk|disks|hard|ssds?|motors?|valves?|inverters?|vehicles?|ev|evs|cars?|trucks?|buses|forklifts?|trains?|powertrain\w*|drivetrain\w*|autonomous|electric|shafts?|belts?|gears?)\b|\bdrive[ -]?tests?\b/iu,
    codes: ["2211", "2212", "2222", "2341", "S2353"],
  },
];

interface Sense {
  readonly words: readonly string[];
  readonly cues: RegExp;
  readonly unless?: RegExp;
  /** Codes that use the word in the sense the cues rule out. */
  readonly codes: readonly string[];
  /** The word the statement means instead (its own word then counts for little everywhere). */
  readonly means?: string;
}

/** The terms (as extractTerms makes them) that stand for a word list's words. */
function termsOf(words: readonly string[]): Set<string> {
  const terms = new Set<string>();
  for (const word of words) {
    for (const hit of extractTerms(word)) {
      if (hit.term.startsWith("~")) continue;
      // Korean words stand for their stem and the bigrams inside it; a bigram that crosses a word gap does not.
      if (hit.general && hit.term.length === 2 && !word.includes(hit.term)) continue;
      terms.add(hit.term);
    }
  }
  return terms;
}

export interface TermRoles {
  readonly function: ReadonlySet<string>;
  readonly parties: ReadonlySet<string>;
  readonly domain: ReadonlySet<string>;
  readonly analysis: ReadonlySet<string>;
  readonly senses: readonly (Omit<Sense, "words" | "codes"> & {
    readonly terms: ReadonlySet<string>;
    readonly codes: ReadonlySet<string>;
  })[];
}

let roles: TermRoles | undefined;

/** The role tables as terms (built on first use). */
export function termRoles(): TermRoles {
  roles ??= {
    function: termsOf(FUNCTION_WORDS),
    // Whole words only: the syllable pairs inside them ("이어" of 바이어, "대리" of 대리점) occur in unrelated words.
    parties: new Set(
      FUNCTION_PARTIES.flatMap((word) =>
        extractTerms(word)
          .filter((hit) => hit.whole)
          .map((hit) => hit.term),
      ),
    ),
    domain: termsOf(DOMAIN_WORDS),
    analysis: termsOf(ANALYSIS_WORDS),
    senses: SENSES.map(({ words, codes, ...sense }) => ({ ...sense, terms: termsOf(words), codes: new Set(codes) })),
  };
  return roles;
}

export interface RoleFactor {
  /** Factor on the term's mass in the statement and in every occupation. */
  readonly mass: number;
  /** Factor on what the term adds to occupations (not on what the statement says). */
  readonly found: number;
  /** Occupation codes that use the term in a sense the statement rules out: they get ROLE_FACTORS.offSense of it. */
  readonly offCodes?: ReadonlySet<string>;
}

function applies(sense: { readonly cues: RegExp; readonly unless?: RegExp }, text: string): boolean {
  return sense.cues.test(text) && !sense.unless?.test(text);
}

/** Places abroad: naming one says the work is overseas, the word the catalog uses. */
const ABROAD =
  /\b(?:middle east|europe|european|latin america|north america|south america|americas|asia|asian|south-?east asia|africa|china|japan|vietnam|indonesia|thailand|philippines|india|russia|germany|france|uk|usa|u\.s\.|australia|canada|mexico|brazil|taiwan|hong kong|singapore|malaysia|mongolia|uzbekistan|kazakhstan|saudi|uae|dubai|turkey|gulf|cis|emea|apac|latam)\b|중동|유럽|미주|북미|남미|중남미|동남아|아시아|아프리카|중국|일본|미국|베트남|인도네시아|태국|필리핀|인도|러시아|독일|프랑스|영국|호주|캐나다|멕시코|브라질|대만|홍콩|싱가포르|말레이시아|몽골|우즈베키스탄|카자흐스탄|사우디|두바이|튀르키예|터키/iu;

/** Moving text into a language ("영어와 스페인어로 옮기고", "render the manual into Korean") is translating it. */
const INTO_LANGUAGE =
  /[가-힣]어(?:와|과|나|·|,)?\s*(?:[가-힣]+어)?\s*로\s*옮[기긴겨김]|\b(?:render|put|turn)(?:s|ed|ing)?\s+(?:\w+\s+){0,5}?into\s+(?:plain\s+)?(?:english|korean|japanese|chinese|mandarin|spanish|french|german|vietnamese|thai|russian|arabic|indonesian|portuguese|italian|mongolian)\b/iu;

/** Words the statement implies without writing them (a place abroad implies "overseas"), in its own script. */
export function impliedWords(text: string): string[] {
  const korean = /[\uAC00-\uD7A3]/.test(text);
  const words: string[] = [];
  if (ABROAD.test(text)) words.push(korean ? "해외" : "overseas");
  if (INTO_LANGUAGE.test(text)) words.push(korean ? "번역" : "translation");
  return words;
}

/** Words the statement means in its domain's sense ("디자인" of a circuit is "설계"), to be matched as synonyms. */
export function senseWords(text: string, terms: Iterable<string>): string[] {
  const list = [...terms];
  return termRoles()
    .senses.filter(
      (sense) => sense.means !== undefined && list.some((term) => sense.terms.has(term)) && applies(sense, text),
    )
    .map((sense) => sense.means!);
}

/**
 * The employer's own goods or services ("for our cotton yarns and woven fabrics", "자사 원단의"): next to a function
 * word they say what is sold or translated, the field, not the job. English takes the words after "our" up to a
 * preposition or a full stop; Korean the words after 자사/당사 up to the first that ends in a particle.
 */
const OWN_GOODS =
  /\b(?:our|the company's|the employer's)\s+((?:(?!(?:to|in|at|with|from|by|on|into|through|via|so|that|which|who|when|while|across|for|as)\b)[\w-]+(?:,\s*|\s+))*?(?:(?!(?:to|in|at|with|from|by|on|into|through|via|so|that|which|who|when|while|across|for|as)\b)[\w-]+))(?=\s+(?:to|in|at|with|from|by|on|into|through|via|so|that|which|who|when|while|across|for|as)\b|\s*[.;:]|\s*$)|(?:자사|당사|우리 회사)\s*((?:[가-힣A-Za-z]+(?:과|와|및|,)?\s+){0,2}[가-힣A-Za-z]+?(?:의|을|를|에|으로|로))/giu;

/** The words of a statement that name the employer's own goods or services. */
export function ownGoodsWords(text: string): string[] {
  return [...text.matchAll(OWN_GOODS)].flatMap((match) =>
    (match[1] ?? match[2] ?? "").split(/[\s,]+/u).filter((word) => word && !/^(?:and|or|및|과|와)$/u.test(word)),
  );
}

/** A phrase of an analysis word and general or analysis words ("analyse information") is as generic as its words. */
function isAnalysisPhrase(term: string, tables: TermRoles): boolean {
  if (!term.includes(" ")) return false;
  const words = term.split(" ");
  return (
    words.some((word) => tables.analysis.has(word)) &&
    words.every((word) => tables.analysis.has(word) || GENERIC_WORDS.has(word))
  );
}

/** Per-term factors for one statement (terms without a role are absent). */
export function roleFactors(text: string, terms: Iterable<string>): Map<string, RoleFactor> {
  const tables = termRoles();
  const list = [...terms];
  const hasVerb = list.some((term) => tables.function.has(term));
  const hasFunction = hasVerb || list.some((term) => tables.parties.has(term));
  // Parties stand for the function only when the statement names no function itself.
  const functionTerms = hasVerb ? tables.function : tables.parties;
  // Only a sense that holds one of the statement's terms can give a term its factor, so the cue patterns of the others
  // (most of them, for most statements) need not run.
  const offSense = tables.senses.filter((sense) => list.some((term) => sense.terms.has(term)) && applies(sense, text));
  const counterparts = new Set(
    // The word's stem, its prefix and its own syllable pairs: all of them stand for the counterpart.
    counterpartWords(text).flatMap((word) => extractTerms(word).map((hit) => hit.term)),
  );
  const ownGoods = new Set(
    hasFunction ? ownGoodsWords(text).flatMap((word) => extractTerms(word).map((hit) => hit.term)) : [],
  );
  const factors = new Map<string, RoleFactor>();
  for (const term of list) {
    let mass = 1;
    let found = 1;
    if (functionTerms.has(term)) mass *= ROLE_FACTORS.function;
    else if (hasFunction && !tables.parties.has(term) && (tables.domain.has(term) || ownGoods.has(term)))
      mass *= ROLE_FACTORS.domainUnderFunction;
    if (counterparts.has(term) && !tables.function.has(term)) mass *= ROLE_FACTORS.counterpart;
    if (tables.analysis.has(term) || isAnalysisPhrase(term, tables)) found *= ROLE_FACTORS.analysis;
    const sense = offSense.find((candidate) => candidate.terms.has(term));
    if (sense?.means !== undefined) mass *= ROLE_FACTORS.offSense;
    if (mass !== 1 || found !== 1 || sense)
      factors.set(term, sense && sense.codes.size > 0 ? { mass, found, offCodes: sense.codes } : { mass, found });
  }
  return factors;
}
