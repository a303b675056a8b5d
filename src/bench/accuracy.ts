/**
 * Accuracy bench for the duty matcher: reads labelled duty statements (JSONL: text, lang, code, formerCode), ranks
 * each over the whole catalog and prints top-1/top-3 accuracy overall, per language and per code, the confusion
 * pairs, precision at high confidence and the rate of `unsupported`, next to a plain BM25 baseline over the catalog's
 * scope text (the okapibm25 package) computed in the same run.
 * Usage: npm run bench:accuracy [-- FILE] [-- --json]
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { InputFileError } from "../errors.js";
import { loadCatalog } from "../catalog/load-catalog.js";
import type { Catalog } from "../catalog/types.js";
import { matchDuties } from "../match/match-duties.js";
import { splitStatements } from "../match/split-statements.js";
import { tokenize } from "../text/tokenize.js";
import { PACKAGE_ROOT } from "../paths.js";
import { calibrate, exclusionRates, formatCalibration } from "./calibration.js";

export interface Labelled {
  readonly text: string;
  readonly lang: string;
  readonly code: string;
  readonly formerCode?: string;
}

export interface Outcome {
  readonly item: Labelled;
  /** 1-based rank of the labelled code (Infinity when absent). */
  readonly rank: number;
  readonly predicted: string;
  readonly confidence?: string;
  readonly verdict?: string;
}

export interface Figures {
  readonly n: number;
  readonly top1: number;
  readonly top3: number;
}

/** The labelled dev set, outside the package (measuring only). */
export const DEFAULT_FILE = path.join(PACKAGE_ROOT, "..", "shared", "eval", "dev-duties.jsonl");

export function readLabelled(file: string): Labelled[] {
  if (!existsSync(file)) throw new InputFileError(file, "file not found.", ["Pass a JSONL file: npm run bench:accuracy -- FILE"]);
  const items: Labelled[] = [];
  readFileSync(file, "utf8")
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new InputFileError(file, `line ${i + 1} is not valid JSON (${(error as Error).message}).`);
      }
      const item = value as Partial<Labelled>;
      if (typeof item.text !== "string" || typeof item.code !== "string") throw new InputFileError(file, `line ${i + 1} needs "text" and "code" strings.`);
      items.push({ text: item.text, lang: typeof item.lang === "string" ? item.lang : "?", code: item.code, ...(typeof item.formerCode === "string" ? { formerCode: item.formerCode } : {}) });
    });
  return items;
}

export function figures(outcomes: readonly Outcome[]): Figures {
  const n = outcomes.length;
  const top1 = outcomes.filter((o) => o.rank === 1).length;
  const top3 = outcomes.filter((o) => o.rank <= 3).length;
  return { n, top1: n ? top1 / n : 0, top3: n ? top3 / n : 0 };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

function rankOf(ranking: readonly string[], code: string): number {
  const at = ranking.indexOf(code);
  return at < 0 ? Number.POSITIVE_INFINITY : at + 1;
}

/** The BM25 baseline: each occupation's scope text (English and Korean) as one document, the statement as the query. */
export async function bm25Baseline(catalog: Catalog, items: readonly Labelled[]): Promise<Outcome[]> {
  const okapi = (await import("okapibm25")) as unknown as { default: { default?: Bm25 } & Bm25 };
  const bm25: Bm25 = okapi.default.default ?? okapi.default;
  // okapibm25 counts \w+ words and finds terms by substring, so terms become fixed-width ASCII ids that cannot collide.
  const ids = new Map<string, string>();
  const idOf = (term: string): string => {
    let id = ids.get(term);
    if (id === undefined) {
      id = `t${String(ids.size).padStart(6, "0")}x`;
      ids.set(term, id);
    }
    return id;
  };
  const termsOf = (text: string): string[] => {
    const { words, bigrams } = tokenize(text);
    return [...words, ...bigrams].map(idOf);
  };
  const occupations = catalog.occupations;
  const documents = occupations.map((o) => termsOf(`${o.scopeEn} ${o.scopeKo}`).join(" "));
  return items.map((item) => {
    const scores = bm25(documents, [...new Set(termsOf(item.text))]) as number[];
    const order = occupations
      .map((o, i) => ({ code: o.code ?? o.id, score: scores[i] ?? 0 }))
      .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
      .map((entry) => entry.code);
    return { item, rank: rankOf(order, item.code), predicted: order[0] ?? "" };
  });
}

type Bm25 = (documents: string[], keywords: string[]) => number[];

/** Ranks each labelled statement with the matcher over the whole catalog. */
export function rankLabelled(catalog: Catalog, items: readonly Labelled[]): Outcome[] {
  return items.map((item) => {
    const result = matchDuties(catalog, item.text);
    return {
      item,
      rank: rankOf(result.ranking.map((entry) => entry.code), item.code),
      predicted: result.bestCode,
      confidence: result.confidence,
      verdict: result.verdict,
    };
  });
}

/** Top-1/top-3 of the matcher and of the BM25 baseline on a labelled file (used by `npm run bench`). */
export async function measureAccuracy(file: string = DEFAULT_FILE): Promise<{ readonly file: string; readonly matcher: Figures; readonly baseline: Figures }> {
  const items = readLabelled(file);
  const catalog = loadCatalog();
  return { file, matcher: figures(rankLabelled(catalog, items)), baseline: figures(await bm25Baseline(catalog, items)) };
}

const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes("--json");
  const file = path.resolve(argv.find((arg) => !arg.startsWith("--")) ?? DEFAULT_FILE);
  const items = readLabelled(file);
  const catalog = loadCatalog();
  const outcomes = rankLabelled(catalog, items);
  const baseline = await bm25Baseline(catalog, items);

  const high = outcomes.filter((o) => o.confidence === "high");
  const byLang = (list: readonly Outcome[]): Record<string, Figures> => Object.fromEntries([...groupBy(list, (o) => o.item.lang)].map(([lang, group]) => [lang, figures(group)]));
  const confusion = [...groupBy(outcomes.filter((o) => o.rank !== 1), (o) => `${o.item.code} -> ${o.predicted}`)]
    .map(([pair, group]) => ({ pair, count: group.length }))
    .sort((a, b) => b.count - a.count || a.pair.localeCompare(b.pair));

  // Speed: single statements through the whole matcher, after a warm-up pass, per second of CPU time (so that
  // other work on a shared machine does not count against it).
  const statements = items.flatMap((item) => splitStatements(item.text));
  for (const statement of statements) matchDuties(catalog, [{ text: statement }]);
  const started = process.cpuUsage();
  let done = 0;
  while (done < 5000) for (const statement of statements) (matchDuties(catalog, [{ text: statement }]), done++);
  const used = process.cpuUsage(started);
  const perSecond = done / ((used.user + used.system) / 1e6);

  const matcher = figures(outcomes);
  const base = figures(baseline);
  const report = {
    file,
    measuredAt: new Date().toISOString(),
    catalog: { version: catalog.catalogVersion, occupations: catalog.occupations.length, ranked: matchDuties(catalog, "").ranking.length },
    matcher: { ...matcher, byLang: byLang(outcomes) },
    baseline: { name: "okapibm25 over scopeEn+scopeKo", ...base, byLang: byLang(baseline) },
    ratio: { top1: base.top1 ? matcher.top1 / base.top1 : null, top3: base.top3 ? matcher.top3 / base.top3 : null },
    highConfidence: { n: high.length, share: outcomes.length ? high.length / outcomes.length : 0, precision: high.length ? high.filter((o) => o.rank === 1).length / high.length : null },
    unsupportedRate: outcomes.length ? outcomes.filter((o) => o.verdict === "unsupported").length / outcomes.length : 0,
    byCode: Object.fromEntries([...groupBy(outcomes, (o) => o.item.code)].map(([code, group]) => [code, figures(group)])),
    confusion,
    statementsPerSecond: Math.round(perSecond),
    calibration: calibrate(catalog, items),
    exclusions: exclusionRates(catalog, items),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const out: string[] = [];
  out.push(`Duty matcher accuracy on ${file}`, `${items.length} labelled statements, each ranked over the ${report.catalog.ranked} coded occupations of catalog ${report.catalog.version}.`, "");
  out.push("                 top-1    top-3      n");
  const row = (label: string, f: Figures): string => `${label.padEnd(16)} ${pct(f.top1).padStart(6)}   ${pct(f.top3).padStart(6)}  ${String(f.n).padStart(5)}`;
  out.push(row("matcher", matcher));
  for (const [lang, f] of Object.entries(report.matcher.byLang)) out.push(row(`  ${lang}`, f));
  out.push(row("BM25 baseline", base));
  for (const [lang, f] of Object.entries(report.baseline.byLang)) out.push(row(`  ${lang}`, f));
  out.push(`ratio matcher/BM25: top-1 ${report.ratio.top1?.toFixed(2) ?? "-"}, top-3 ${report.ratio.top3?.toFixed(2) ?? "-"}`, "");
  out.push(
    `high confidence: ${high.length} of ${outcomes.length} (${pct(report.highConfidence.share)}), precision ${report.highConfidence.precision === null ? "-" : pct(report.highConfidence.precision)}`,
    `unsupported: ${pct(report.unsupportedRate)}`,
    `speed: ${report.statementsPerSecond} statements per CPU-second (single statements, one core, after warm-up)`,
    "",
    "per code          top-1    top-3      n",
  );
  for (const [code, f] of Object.entries(report.byCode)) out.push(row(`  ${code}`, f));
  out.push("", ...formatCalibration(report.calibration, report.exclusions));
  out.push("", "confusions (labelled -> ranked first)");
  for (const { pair, count } of confusion) out.push(`  ${pair}  x${count}`);
  process.stdout.write(`${out.join("\n")}\n`);
  return 0;
}

// Runs only as a script, so the bench can import the functions above.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
