/**
 * Finds wording that says nothing about an occupation ("perform other duties as assigned", "support the team",
 * "기타 회사가 지시하는 업무") and removes it, so the matcher judges a statement on what is left.
 */

/** Stock phrases of job descriptions that fit every occupation alike, each with a cheap literal check run first. */
export const VAGUE_PATTERNS: readonly { readonly hint: RegExp; readonly pattern: RegExp }[] = [
  {
    hint: /other/i,
    pattern:
      /\b(?:and\s+)?(?:any\s+|all\s+)?other\s+(?:related\s+|similar\s+|ad[- ]hoc\s+)?(?:duties|tasks|work|responsibilities|assignments|projects)(?:\s+(?:as\s+)?(?:may\s+be\s+)?(?:reasonably\s+)?(?:assigned|required|needed|directed|instructed|requested))?(?:\s+by\s+(?:the\s+)?\w+(?:\s+\w+)?)?/giu,
  },
  {
    hint: /duties|tasks|work|jobs|assignments|responsibilities/i,
    pattern:
      /\b(?:perform|performs|performing|carry\s+out|carries\s+out|undertake|undertakes|handle|handles|do|does|complete|completes)\s+(?:all\s+|any\s+)?(?:various\s+|general\s+|miscellaneous\s+|assigned\s+|other\s+|routine\s+|daily\s+|additional\s+)?(?:duties|tasks|work|jobs|assignments|responsibilities)(?:\s+as\s+(?:may\s+be\s+)?(?:assigned|required|needed|directed|instructed|requested))?(?:\s+by\s+(?:the\s+)?\w+(?:\s+\w+)?)?/giu,
  },
  {
    hint: /\bas\s/i,
    pattern:
      /\bas\s+(?:may\s+be\s+)?(?:assigned|required|needed|directed|instructed|requested|necessary)(?:\s+by\s+(?:the\s+|a\s+)?(?:manager|supervisor|management|company|employer|team\s+lead(?:er)?|head\s+office|superiors?))?/giu,
  },
  {
    hint: /support|help|assist/i,
    pattern:
      /\b(?:support|supports|supporting|help|helps|helping|assist|assists|assisting)\s+(?:the\s+|our\s+|other\s+|fellow\s+)?(?:team|teams|manager|managers|management|colleagues|co-?workers|staff|department|company|others|supervisors?|organi[sz]ation|business)(?:\s+(?:members|with\s+(?:their\s+)?(?:work|tasks|duties)))?\b/giu,
  },
  {
    hint: /general|administrative|office|clerical|miscellaneous|ad[- ]hoc|routine|day-to-day|daily/i,
    pattern:
      /\b(?:general|administrative|office|clerical|miscellaneous|ad[- ]hoc|routine|day-to-day|daily)\s+(?:duties|tasks|work|support|matters|affairs|assignments|operations)\b/giu,
  },
  {
    hint: /\bwith\b/i,
    pattern:
      /\b(?:work|works|working|collaborate|collaborates|cooperate|cooperates)\s+(?:closely\s+)?with\s+(?:the\s+|other\s+)?(?:team|teams|colleagues|others|co-?workers|departments)\b/giu,
  },
  {
    hint: /meeting/i,
    pattern:
      /\b(?:attend|attends|participate\s+in|participates\s+in|join)\s+(?:the\s+|a\s+)?(?:team\s+|internal\s+|regular\s+|weekly\s+|monthly\s+|daily\s+|staff\s+|department\s+)?meetings?(?:\s+with\s+(?:the\s+)?(?:owner|manager|team|management|director|supervisor|head\s+\w+))?\b/giu,
  },
  {
    hint: /report/i,
    pattern:
      /\b(?:report|reports|reporting)\s+to\s+(?:the\s+)?(?:manager|supervisor|management|ceo|director|head|owner|team\s+lead(?:er)?)\b/giu,
  },
  {
    hint: /related|incidental|ancillary|connected/i,
    pattern:
      /\b(?:reasonably\s+)?(?:related|incidental|ancillary|connected)\s+to\s+(?:the\s+)?(?:above|foregoing|position|role|job|these\s+duties)\b/giu,
  },
  {
    hint: /policies|procedures|instructions|rules|guidelines/i,
    pattern:
      /\b(?:follow|follows|comply\s+with|complies\s+with|observe|observes)\s+(?:all\s+)?(?:company\s+|internal\s+)?(?:policies|procedures|instructions|rules|guidelines)\b/giu,
  },
  { hint: /miscellaneous|etc|so on/i, pattern: /\b(?:and\s+)?(?:miscellaneous|etc\.?|and\s+so\s+on)\b/giu },
  {
    hint: /지시|부여|요청|배정|요구/,
    pattern:
      /기타\s*(?:회사|회사가|회사에서|상사가|상사|사업주가|대표가|부서장이|팀장이|관리자가)?\s*(?:지시|부여|요청|배정|요구)(?:하는|한|된|받은|하시는)?\s*(?:업무|사항|일|직무)(?:를|을)?(?:\s*(?:수행|처리)(?:한다|함|합니다)?)?/gu,
  },
  {
    hint: /지시|요청|부여/,
    pattern:
      /(?:회사|상사|사업주|대표|관리자|팀장|부서장)(?:가|의|에서)?\s*(?:지시|요청|부여)(?:하는|한|된|에\s*따른)?\s*(?:업무|사항|일)(?:를|을)?(?:\s*(?:수행|처리)(?:한다|함|합니다)?)?/gu,
  },
  {
    hint: /부여된|배정된|주어진|지시/,
    pattern:
      /(?:부여된|배정된|주어진|지시받은|지시된)\s*(?:업무|과제|일|직무)(?:를|을)?(?:\s*(?:수행|처리)(?:한다|함|합니다)?)?/gu,
  },
  {
    hint: /그\s*밖|그\s*외|부수/,
    pattern:
      /(?:그\s*밖에|그\s*밖의|그\s*외에?|기타)?\s*(?:회사가|회사에서|상사가|사업주가)?\s*(?:지시하는|정하는|요청하는)?\s*(?:위\s*|상기\s*)?(?:업무에\s*)?부수(?:되는|하는|적인)?\s*(?:업무|사항|일)(?:를|을)?(?:\s*(?:수행|처리)(?:한다|함|합니다)?)?|(?:그\s*밖에|그\s*밖의|그\s*외에?)\s*(?:회사가|회사에서|상사가|사업주가)?\s*(?:지시하는|정하는|요청하는|부여하는)\s*(?:업무|사항|일)(?:를|을)?(?:\s*(?:수행|처리)(?:한다|함|합니다)?)?/gu,
  },
  {
    hint: /제반|기타|일반|각종/,
    pattern:
      /(?:제반|기타|일반|각종)\s*(?:업무|사무|행정\s*업무|잡무)(?:를|을)?(?:\s*(?:수행|처리|지원)(?:한다|함|합니다)?)?/gu,
  },
  {
    hint: /잡무|지원|보조/,
    pattern: /잡무|(?:팀|부서|동료|상사)(?:의)?\s*(?:업무\s*)?(?:지원|보조)(?:한다|함|합니다)?/gu,
  },
  { hint: /회의|미팅/, pattern: /(?:회의|미팅)(?:에)?\s*참석(?:한다|함|합니다)?/gu },
  // What a catch-all leaves behind once its "회사가 지시하는 업무" is gone.
  { hint: /그\s*밖|그\s*외/, pattern: /(?:그\s*밖에|그\s*밖의|그\s*외에?)\s*(?=[.。]?\s*$)/gu },
  {
    hint: /보고/,
    pattern:
      /(?:팀장|부서장|상사|관리자|대표|대표이사|연구소장|소장|공장장|사장|점주|조장|반장)(?:에게|께)?\s*보고(?:한다|함|합니다|하고|하며)?/gu,
  },
];

/** The statement with stock phrases removed, and whether any were found. */
export function stripVagueWording(text: string): { readonly text: string; readonly vague: boolean } {
  let rest = text;
  let vague = false;
  for (const { hint, pattern } of VAGUE_PATTERNS) {
    if (!hint.test(rest)) continue;
    pattern.lastIndex = 0;
    if (pattern.test(rest)) {
      vague = true;
      pattern.lastIndex = 0;
      rest = rest.replace(pattern, " ");
    }
  }
  return { text: vague ? rest.replace(/\s+/g, " ").trim() : text, vague };
}
