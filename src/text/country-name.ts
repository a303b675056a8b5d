/** Country names in Korean and English from ISO 3166-1 codes, by i18n-iso-countries, so no hand-made table decides them. */
import { createRequire } from "node:module";

interface Countries {
  registerLocale(data: object): void;
  getName(code: string, lang: string): string | undefined;
}

let countries: Countries | undefined;

/** The country's name in the document's language from its ISO 3166-1 alpha-2 or alpha-3 code; the code when unknown. */
export function countryName(code: string, lang: "ko" | "en"): string {
  if (!countries) {
    const require = createRequire(import.meta.url);
    // The library without its Node entry, which registers all ~80 languages' files; only Korean and English are used.
    countries = require("i18n-iso-countries/index.js") as Countries;
    countries.registerLocale(require("i18n-iso-countries/langs/ko.json") as object);
    countries.registerLocale(require("i18n-iso-countries/langs/en.json") as object);
  }
  return countries.getName(code, lang) ?? code;
}
