/**
 * User text goes into templates as data only. Line breaks inside it would be read as paragraph breaks, so every
 * run of whitespace becomes one space.
 */
export function flatten(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
