/** Catalog citations in Korean: "MOJ-2026-09 p.235-236" -> "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 235~236쪽". */
import type { Catalog } from "./types.js";

/** A catalog source citation (a key of catalog.sources, optionally with pages) in Korean; unknown keys stay as written. */
export function citationKo(catalog: Catalog, citation: string): string {
  const match = /^(\S+)(?:\s+(.*))?$/.exec(citation.trim());
  const source = match ? catalog.sources[match[1]!] : undefined;
  if (!match || !source) return citation;
  const rest = match[2];
  if (!rest) return source.titleKo;
  const pages = rest.replace(/p\.\s*(\d+)(?:-(\d+))?/g, (_whole, from: string, to?: string) =>
    to ? `${from}~${to}쪽` : `${from}쪽`,
  );
  return `${source.titleKo} ${pages}`;
}

/** Several citations in Korean, the pages of one source after its title once ("… 222쪽, 224쪽; jobbridge.kr …"). */
export function citationsKo(catalog: Catalog, citations: readonly string[]): string {
  const grouped: { title: string; pages: string[] }[] = [];
  for (const citation of citations) {
    const key = citation.trim().split(/\s+/)[0]!;
    const title = catalog.sources[key]?.titleKo;
    const whole = citationKo(catalog, citation);
    const pages = title && whole.startsWith(`${title} `) ? whole.slice(title.length + 1) : undefined;
    const last = grouped[grouped.length - 1];
    if (title && pages && last?.title === title && last.pages.length > 0) last.pages.push(pages);
    else grouped.push(title && pages ? { title, pages: [pages] } : { title: whole, pages: [] });
  }
  return grouped.map((g) => (g.pages.length ? `${g.title} ${g.pages.join(", ")}` : g.title)).join("; ");
}
