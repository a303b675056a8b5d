/**
 * Korean particles, country names and office names for the documents: es-hangul picks the particle, and
 * i18n-iso-countries names the country, so no hand-made table decides either.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { josa as esJosa, numberToHangul } from "es-hangul";
import type { DocLang } from "../case/local-text.js";
import { DATA_DIR } from "../paths.js";

type Particle = Parameters<typeof esJosa.pick>[1];

/** Latin letters whose Korean reading ends in a final consonant (엘, 엠, 엔, 알). */
const LATIN_WITH_FINAL = /[lmnr]$/i;

/**
 * The particle for a word as it is read aloud: a trailing number is read in Korean ("2223" -> 이천이백이십삼 ->
 * "은"), a trailing Latin letter by its Korean letter name.
 */
export function particle(word: string, which: Particle): string {
  // A trailing parenthetical is skipped: the particle follows the word before it ("2223(웹 개발자)은").
  const trimmed = word
    .trim()
    .replace(/\s*\([^()]*\)\s*$/u, "")
    .replace(/[\]」』"'.\s]+$/u, "");
  const digits = trimmed.match(/\d+$/)?.[0];
  if (digits !== undefined) return esJosa.pick(numberToHangul(Number(digits.slice(-12))) || "영", which);
  if (/[A-Za-z]$/.test(trimmed)) return esJosa.pick(LATIN_WITH_FINAL.test(trimmed) ? "엠" : "이", which);
  return esJosa.pick(trimmed.slice(-1) || "이", which);
}

/** The word followed by its particle: withParticle("2223", "은/는") -> "2223은". */
export function withParticle(word: string, which: Particle): string {
  return `${word}${particle(word, which)}`;
}

/** Country names come from the text layer, so the case validator below this stage names countries the same way. */
export { countryName } from "../text/country-name.js";

interface Office {
  readonly id: string;
  readonly ko: string;
  readonly en: string;
}

let offices: readonly Office[] | undefined;

function officeList(): readonly Office[] {
  if (!offices) {
    const file = path.join(DATA_DIR, "immigration-offices.json");
    offices = existsSync(file)
      ? ((JSON.parse(readFileSync(file, "utf8")) as { offices?: Office[] }).offices ?? [])
      : [];
  }
  return offices;
}

/**
 * The immigration office's name in one language: an id from src/data/immigration-offices.json, or a written
 * name; a written "English (한국어)" name is split so that each document gets its own language only.
 */
export function officeName(value: string, lang: DocLang): string {
  const office = officeList().find((o) => o.id === value);
  if (office) return lang === "ko" ? office.ko : office.en;
  const mixed = value.match(/^([^()]*)\(([^()]*)\)\s*$/u);
  if (mixed) {
    const [outside, inside] = [mixed[1]!.trim(), mixed[2]!.trim()];
    const korean = (s: string): boolean => /[가-힣]/u.test(s);
    if (korean(inside) !== korean(outside)) return (lang === "ko") === korean(inside) ? inside : outside;
  }
  return value.trim();
}
