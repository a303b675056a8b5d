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
