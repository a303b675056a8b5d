/**
 * The kinds of employer some occupations are open to (rules.json occupationEmployerSettings): read by the case and
 * verify checks against the employer's facts, and by the matcher, where a duty that names a ruled-out workplace
 * ("at the motel's front desk") places the whole job there.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR } from "../paths.js";
import { escapeRegExp } from "../text/escape-regexp.js";

/** Cue words of an employer setting: Korean ones (regular expressions) anywhere in the text, English ones at the start of a word. */
export interface SettingCues {
  readonly ko: readonly string[];
  readonly en: readonly string[];
}

/** A kind of employer the rules exclude from an occupation, with the words that name it. */
export interface RuledOutSetting {
  readonly en: string;
  readonly ko: string;
  readonly cues: SettingCues;
  /**
   * The catalog's excluded title (excludedTitles[].en) this kind of employer makes the job, when a duty naming it
   * can only be that job; the matcher then reads such duties as the excluded role. Absent where the words also name
   * the occupation's customers or partners (an airline's clerk deals with travel agencies).
   */
  readonly excludedTitle?: string;
}

/** An occupation open only to certain kinds of employer (a hotel, a travel agency, a public body …). */
export interface OccupationEmployerSetting {
  readonly codes: readonly string[];
  /** The kind of employer required, as a noun phrase. */
  readonly setting: string;
  readonly settingKo: string;
  /** Words in the employer's names, business description or workplace that show the required kind. */
  readonly shownBy?: SettingCues;
  /** A place and a kind that together show the setting: the address (or workplace) and the business description (a restaurant in Jeju). */
  readonly shownInPlace?: { readonly address: SettingCues; readonly business: SettingCues };
  /** False when shownBy only softens a ruled-out finding. */
  readonly warnWhenNotShown?: boolean;
  readonly ruledOut?: readonly RuledOutSetting[];
  /** Ruled-out words are read in the employer's names only. */
  readonly ruledOutInNameOnly?: boolean;
  readonly source: string;
  readonly asOf: string;
}

let cached: readonly OccupationEmployerSetting[] | undefined;

/** The shipped settings, read once per process from src/data/rules.json. */
export function loadEmployerSettings(): readonly OccupationEmployerSetting[] {
  cached ??= (
    JSON.parse(readFileSync(path.join(DATA_DIR, "rules.json"), "utf8")) as {
      occupationEmployerSettings: OccupationEmployerSetting[];
    }
  ).occupationEmployerSettings;
  return cached;
}

/** The setting rule of a current-list code, if it has one. */
export function employerSettingFor(
  code: string,
  settings: readonly OccupationEmployerSetting[] = loadEmployerSettings(),
): OccupationEmployerSetting | undefined {
  return settings.find((rule) => rule.codes.includes(code));
}

const patterns = new Map<string, RegExp>();

function patternOf(cue: string, english: boolean): RegExp {
  const key = `${english ? "en" : "ko"}:${cue}`;
  let pattern = patterns.get(key);
  if (!pattern) {
    pattern = english ? new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(cue)}[\\p{L}-]*`, "iu") : new RegExp(cue, "u");
    patterns.set(key, pattern);
  }
  return pattern;
}

/**
 * The first cue found in the texts, as the text writes it: a Korean cue (a regular expression, so that "여관(?!광)"
 * skips 참여관광) anywhere, an English one at the start of a word, with the rest of that word ("outsourc" finds
 * "outsourced").
 */
export function cueIn(texts: readonly string[], cues: SettingCues): string | undefined {
  for (const text of texts) {
    for (const cue of cues.ko) {
      const found = patternOf(cue, false).exec(text);
      if (found) return found[0];
    }
    for (const cue of cues.en) {
      const found = patternOf(cue, true).exec(text);
      if (found) return found[0];
    }
  }
  return undefined;
}

/** The first ruled-out kind of employer the texts name, with the word that names it. */
export function ruledOutIn(
  rule: OccupationEmployerSetting,
  texts: readonly string[],
): { readonly kind: RuledOutSetting; readonly cue: string } | undefined {
  for (const kind of rule.ruledOut ?? []) {
    const cue = cueIn(texts, kind.cues);
    if (cue !== undefined) return { kind, cue };
  }
  return undefined;
}
