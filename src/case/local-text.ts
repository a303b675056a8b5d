/** A free-text field of the case in Korean and/or English (schema version 2); a plain string is a version-1 value. */
export type DocLang = "ko" | "en";
export interface LocalText {
  readonly ko?: string;
  readonly en?: string;
}
export type TextValue = string | LocalText;

/** The field's text in one language, or undefined when the case does not hold that language. */
export function textIn(value: TextValue | undefined, lang: DocLang): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return value;
  const text = value[lang];
  return text === undefined || text.trim() === "" ? undefined : text;
}

/** Every language version the field holds, Korean first. */
export function textsOf(value: TextValue | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === "string") return [value];
  return [value.ko, value.en].filter((t): t is string => t !== undefined && t.trim() !== "");
}
