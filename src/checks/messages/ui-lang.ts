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

/**
 * The UI language of a command line before yargs reads it (help is rendered in it): the last `--ui ko|en` or
 * `--ui=ko|en` before `--`, else the locale as uiLangFrom reads it.
 */
export function uiLangOfArgv(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): UiLang {
  let option: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === "--") break;
    if (arg === "--ui") option = argv[i + 1];
    else if (arg.startsWith("--ui=")) option = arg.slice("--ui=".length);
  }
  return uiLangFrom(option === "ko" || option === "en" ? option : undefined, env);
}
