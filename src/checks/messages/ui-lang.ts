/** The language of the interface, apart from the messages themselves so that commands can choose it without loading every check. */
export type UiLang = "ko" | "en";

/** The UI language: --ui when given, else Korean when the locale (LC_ALL, LC_MESSAGES, LANG) is Korean. */
export function uiLangFrom(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): UiLang {
  if (option === "ko" || option === "en") return option;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^ko/i.test(locale) ? "ko" : "en";
}
