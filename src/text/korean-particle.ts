/** Korean particles (josa) after a value, chosen by es-hangul from how the value's last letter or digit is read. */
import { josa } from "es-hangul";

export type JosaOption = Parameters<typeof josa>[1];

/** Korean readings of the digits: a particle after a number follows how its last digit is read (2223이, 2224가). */
const DIGIT_READINGS = ["영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"] as const;

/** The word with the particle that fits it ("2223" + 이/가 -> "2223이"); a closing quote or bracket is not read. */
export function withParticle(word: string, option: JosaOption): string {
  const core = word.replace(/[^\p{L}\p{N}]+$/u, "");
  const last = core.at(-1) ?? "";
  const reading = /[0-9]/.test(last) ? DIGIT_READINGS[Number(last)]! : core;
  return word + josa(reading || word, option).slice((reading || word).length);
}

/** English endings read with a final consonant in Korean (-tion 션, -m 엠, -l 얼, -ng 잉, phone 폰, name 네임, file 파일). */
const LATIN_WORD_WITH_FINAL = /(?:[lmn]|ng|[lmn]e)$/i;

/**
 * withParticle for a name that may end in an English word (a JSON field path such as filing.plannedFilingDate):
 * es-hangul reads only Hangul, so the last English word's usual Korean reading decides ("schemaVersion이", "share가");
 * a closing parenthetical is an aside, so the word before it decides ("코드(숫자 3~5자리)를").
 */
export function withParticleAfterName(word: string, option: JosaOption): string {
  const base = word.replace(/\s*\([^()]*\)$/u, "") || word;
  const core = base.replace(/[^\p{L}\p{N}]+$/u, "");
  if (!/[A-Za-z]$/.test(core)) return word + withParticle(base, option).slice(base.length);
  const reading = LATIN_WORD_WITH_FINAL.test(core) ? "션" : "데이트";
  return word + josa(reading, option).slice(reading.length);
}
