/** Calendar-date arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone can shift a day. */

const toUtc = (date: string): Date => new Date(`${date}T00:00:00Z`);
const fromUtc = (date: Date): string => date.toISOString().slice(0, 10);

/** The date `months` calendar months after `date`; the day is clamped to the month's end (2026-11-30 + 3 -> 2027-02-28). */
export function addMonths(date: string, months: number): string {
  const d = toUtc(date);
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return fromUtc(target);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Years from `from` to `to` as a decimal (365.25-day years). */
export function yearsBetween(from: string, to: string): number {
  return daysBetween(from, to) / 365.25;
}

/** The later of two dates. */
export function laterDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** The earlier of two dates. */
export function earlierDate(a: string, b: string): string {
  return a < b ? a : b;
}

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A date as a document in that language prints it: "2026. 12. 1." in Korean, "1 December 2026" in English. */
export function formatDate(date: string, lang: "ko" | "en"): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return lang === "ko" ? `${y}. ${m}. ${d}.` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/**
 * Every calendar date printed in a text in any of the forms documents use (ISO, Korean, English), as ISO dates.
 * Whitespace is ignored, because PDF extraction drops or adds it anywhere.
 */
export function printedDates(text: string): readonly string[] {
  const compact = text.replace(/\s+/g, "");
  const pad = (n: string): string => n.padStart(2, "0");
  const found: string[] = [...(compact.match(/\d{4}-\d{2}-\d{2}/g) ?? [])];
  for (const m of compact.matchAll(/(?<!\d)(\d{4})\.(\d{1,2})\.(\d{1,2})\./g))
    found.push(`${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`);
  for (const m of compact.matchAll(new RegExp(`(?<!\\d)(\\d{1,2})(${MONTHS_EN.join("|")})(\\d{4})`, "g")))
    found.push(`${m[3]}-${pad(String(MONTHS_EN.indexOf(m[2]!) + 1))}-${pad(m[1]!)}`);
  return found;
}

/** A number of months as years and months: "8년 2개월" / "8 years 2 months". */
export function formatMonths(months: number, lang: "ko" | "en"): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (lang === "ko")
    return [years > 0 ? `${years}년` : "", rest > 0 || years === 0 ? `${rest}개월` : ""].filter(Boolean).join(" ");
  const unit = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  return [years > 0 ? unit(years, "year") : "", rest > 0 || years === 0 ? unit(rest, "month") : ""]
    .filter(Boolean)
    .join(" ");
}
