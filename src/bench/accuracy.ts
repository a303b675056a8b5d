/**
 * Accuracy bench for the duty matcher: reads labelled duty statements (JSONL: text, lang, code, formerCode, and
 * optionally id and position), ranks each over the whole catalog and prints top-1/top-3 accuracy overall, per
 * language and per code, position-level accuracy (a position's statements matched together), the false-alarm rate
 * (a statement checked against its own code called `mismatch` or `excluded`), the miss rate (a statement checked against a
 * neighbouring code called `match`), the confusion pairs, precision at high confidence and the rate of `unsupported`,
 * next to a plain BM25 baseline over the catalog's scope text (the okapibm25 package) computed in the same run.
 * Every file is split in two halves by a stable hash of each position (or statement id): tuning looks at the
 * "tune" half only, and the figures reported are those of the "report" half unless --part says otherwise.
 * `--held-out-tasks` adds the catalog's own task sentences, each matched against the catalog without it (Korean and
 * English, the same sentences), as a measure of wording the index has not seen.
 * Usage: npm run bench:accuracy [-- FILE ...] [-- --part report|tune|all] [-- --held-out-tasks] [-- --json]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
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
import { excludedRoleFigures, falselyExcludedLists, formatExcludedRoles, roleListFixtures } from "./excluded-roles.js";
import { heldOutTasks } from "./held-out-tasks.js";
import { codeOf } from "../catalog/occupation-lookup.js";

export interface Labelled {
  readonly id?: string;
  /** Statements of one job description share a position id. */
  readonly position?: string;
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
/** The project's own dev set (written for this project), in the repository. */
export const OWN_FILE = path.join(PACKAGE_ROOT, "test", "fixtures", "dev-set", "duties.jsonl");
/** The wider English dev set (written for this project), in the repository. */
export const WIDE_EN_FILE = path.join(PACKAGE_ROOT, "test", "fixtures", "dev-set", "duties-wide-en.jsonl");
/** Korean duty statements of wider register and length (written for this project), in the repository. */
export const WIDE_KO_FILE = path.join(PACKAGE_ROOT, "test", "fixtures", "dev-set", "duties-wide-ko.jsonl");
/** Folder of the project's own dev-set files: every .jsonl file in it is measured by default. */
export const OWN_DIR = path.dirname(OWN_FILE);

/** The files measured when none are named: every JSONL file of the own dev set, then the shared one when present. */
export function defaultFiles(): string[] {
  const own = existsSync(OWN_DIR)
    ? readdirSync(OWN_DIR)
        .filter((name) => name.endsWith(".jsonl"))
        .sort()
        .map((name) => path.join(OWN_DIR, name))
    : [];
  return [...own, ...(existsSync(DEFAULT_FILE) ? [DEFAULT_FILE] : [])];
}

export type Part = "tune" | "report";

/** FNV-1a of a string: a stable split that does not depend on file order. */
function fnv(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** The half an item belongs to: by position when it has one (a position's statements stay together), else by id or text. */
export function partOf(item: Labelled): Part {
  return fnv(item.position ?? item.id ?? item.text) % 2 === 0 ? "tune" : "report";
}

/** Positions of a file: its own position ids, or (for files of single statements) runs of three statements of one code and language. */
export function positionsOf(items: readonly Labelled[]): Labelled[][] {
  const groups = new Map<string, Labelled[]>();
  const byCodeLang = new Map<string, number>();
  for (const item of items) {
    let key = item.position;
    if (key === undefined) {
      const codeLang = `${item.code}/${item.lang}`;
      const n = byCodeLang.get(codeLang) ?? 0;
      byCodeLang.set(codeLang, n + 1);
      key = `${codeLang}#${Math.floor(n / 3)}`;
    }
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()];
}

export function readLabelled(file: string): Labelled[] {
  if (!existsSync(file))
    throw new InputFileError(file, "file not found.", ["Pass a JSONL file: npm run bench:accuracy -- FILE"]);
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
      if (typeof item.text !== "string" || typeof item.code !== "string")
        throw new InputFileError(file, `line ${i + 1} needs "text" and "code" strings.`);
      items.push({
        ...(typeof item.id === "string" ? { id: item.id } : {}),
        ...(typeof item.position === "string" ? { position: item.position } : {}),
        text: item.text,
        lang: typeof item.lang === "string" ? item.lang : "?",
        code: item.code,
        ...(typeof item.formerCode === "string" ? { formerCode: item.formerCode } : {}),
      });
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
      .map((o, i) => ({ code: codeOf(o), score: scores[i] ?? 0 }))
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
      rank: rankOf(
        result.ranking.map((entry) => entry.code),
        item.code,
      ),
      predicted: result.bestCode,
      confidence: result.confidence,
      verdict: result.verdict,
    };
  });
}

/** Top-1/top-3 of the matcher and of the BM25 baseline on a labelled file (used by `npm run bench`). */
export async function measureAccuracy(
  file: string = DEFAULT_FILE,
): Promise<{ readonly file: string; readonly matcher: Figures; readonly baseline: Figures }> {
  const items = readLabelled(file);
  const catalog = loadCatalog();
  return {
    file,
    matcher: figures(rankLabelled(catalog, items)),
    baseline: figures(await bm25Baseline(catalog, items)),
  };
}

const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;

export interface VerdictFigures {
  /** Statements checked against their own code that were called `mismatch` (or `excluded`). */
  readonly falseAlarm: { readonly n: number; readonly rate: number; readonly unsupported: number };
  /** Statements checked against a neighbouring code (the catalog's adjacent list) that were called `match`. */
  readonly neighbourMiss: { readonly n: number; readonly rate: number };
}

/** Verdicts of single statements against their own code and against each neighbouring code. */
export function verdictFigures(
  catalog: Catalog,
  items: readonly Labelled[],
): VerdictFigures & { readonly alarms: Labelled[] } {
  let alarms = 0;
  let unsupported = 0;
  let pairs = 0;
  let misses = 0;
  const alarmed: Labelled[] = [];
  for (const item of items) {
    const own = matchDuties(catalog, [{ text: item.text }], { selectedCode: item.code }).verdict;
    if (own === "mismatch" || own === "excluded") {
      alarms++;
      alarmed.push(item);
    }
    if (own === "unsupported") unsupported++;
    for (const neighbour of catalog.byCode.get(item.code)?.adjacent ?? []) {
      if (!catalog.byCode.get(neighbour.code)?.code) continue;
      pairs++;
      if (matchDuties(catalog, [{ text: item.text }], { selectedCode: neighbour.code }).verdict === "match") misses++;
    }
  }
  const n = items.length;
  return {
    falseAlarm: { n, rate: n ? alarms / n : 0, unsupported: n ? unsupported / n : 0 },
    neighbourMiss: { n: pairs, rate: pairs ? misses / pairs : 0 },
    alarms: alarmed,
  };
}

/** Position-level top-1: each position's statements matched as one duty list. */
export function positionFigures(catalog: Catalog, items: readonly Labelled[]): Figures & { readonly misses: string[] } {
  const positions = positionsOf(items);
  const outcomes = positions.map((group) => {
    const result = matchDuties(
      catalog,
      group.map((item) => ({ text: item.text })),
    );
    return {
      item: group[0]!,
      // The answer the tool gives is bestCode (a split's majority code), so it is ranked first.
      rank: rankOf(
        [result.bestCode, ...result.ranking.map((entry) => entry.code).filter((code) => code !== result.bestCode)],
        group[0]!.code,
      ),
      predicted: result.bestCode,
    };
  });
  return {
    ...figures(outcomes),
    misses: outcomes.filter((o) => o.rank !== 1).map((o) => `${o.item.position ?? o.item.code} -> ${o.predicted}`),
  };
}

interface FileReport {
  readonly file: string;
  readonly part: string;
  readonly n: number;
  readonly matcher: Figures & { readonly byLang: Record<string, Figures> };
  readonly baseline: Figures & { readonly byLang: Record<string, Figures> };
  readonly positions: Figures;
  readonly verdicts: VerdictFigures;
  readonly highConfidence: { readonly n: number; readonly precision: number | null };
  readonly byCode: Record<string, Figures>;
  readonly confusion: { pair: string; count: number }[];
  readonly positionMisses: string[];
  readonly falseAlarms: string[];
  /** Margin calibration and false exclusions on the same part as the other figures. */
  readonly calibration: ReturnType<typeof calibrate>;
  readonly exclusions: ReturnType<typeof exclusionRates>;
}

async function reportFile(catalog: Catalog, file: string, part: string): Promise<FileReport> {
  const all = readLabelled(file);
  const items = all.filter((item) => part === "all" || partOf(item) === part);
  const outcomes = rankLabelled(catalog, items);
  const baseline = await bm25Baseline(catalog, items);
  const high = outcomes.filter((o) => o.confidence === "high");
  const byLang = (list: readonly Outcome[]): Record<string, Figures> =>
    Object.fromEntries([...groupBy(list, (o) => o.item.lang)].map(([lang, group]) => [lang, figures(group)]));
  const confusion = [
    ...groupBy(
      outcomes.filter((o) => o.rank !== 1),
      (o) => `${o.item.code} -> ${o.predicted}`,
    ),
  ]
    .map(([pair, group]) => ({ pair, count: group.length }))
    .sort((a, b) => b.count - a.count || a.pair.localeCompare(b.pair));
  const positions = positionFigures(catalog, items);
  const { alarms, ...verdicts } = verdictFigures(catalog, items);
  return {
    file,
    part,
    n: items.length,
    matcher: { ...figures(outcomes), byLang: byLang(outcomes) },
    baseline: { ...figures(baseline), byLang: byLang(baseline) },
    positions: { n: positions.n, top1: positions.top1, top3: positions.top3 },
    verdicts,
    highConfidence: {
      n: high.length,
      precision: high.length ? high.filter((o) => o.rank === 1).length / high.length : null,
    },
    byCode: Object.fromEntries(
      [...groupBy(outcomes, (o) => o.item.code)].map(([code, group]) => [code, figures(group)]),
    ),
    confusion,
    positionMisses: positions.misses,
    falseAlarms: alarms.map((item) => `${item.code}: ${item.text}`),
    calibration: calibrate(catalog, items, part === "report" ? "held-out" : part === "tune" ? "tuning" : "all"),
    exclusions: exclusionRates(catalog, items),
  };
}

/** Figures of several parts weighted by their counts (the same statements, positions and pairs counted once each). */
function pooled(list: readonly Figures[]): Figures {
  const n = list.reduce((sum, f) => sum + f.n, 0);
  const sum = (pick: (f: Figures) => number): number =>
    n ? list.reduce((total, f) => total + pick(f) * f.n, 0) / n : 0;
  return { n, top1: sum((f) => f.top1), top3: sum((f) => f.top3) };
}

/** One summary row: a file's figures (or the total over all files). */
export interface SummaryRow {
  readonly label: string;
  readonly all: Figures;
  readonly en: Figures;
  readonly ko: Figures;
  readonly positions: Figures;
  readonly falseAlarm: { readonly n: number; readonly rate: number };
  readonly neighbourMiss: { readonly n: number; readonly rate: number };
}

const EMPTY: Figures = { n: 0, top1: 0, top3: 0 };

function summaryOf(label: string, reports: readonly FileReport[]): SummaryRow {
  const rate = (pick: (r: FileReport) => { n: number; rate: number }): { n: number; rate: number } => {
    const n = reports.reduce((sum, r) => sum + pick(r).n, 0);
    return { n, rate: n ? reports.reduce((sum, r) => sum + pick(r).rate * pick(r).n, 0) / n : 0 };
  };
  return {
    label,
    all: pooled(reports.map((r) => r.matcher)),
    en: pooled(reports.map((r) => r.matcher.byLang.en ?? EMPTY)),
    ko: pooled(reports.map((r) => r.matcher.byLang.ko ?? EMPTY)),
    positions: pooled(reports.map((r) => r.positions)),
    falseAlarm: rate((r) => r.verdicts.falseAlarm),
    neighbourMiss: rate((r) => r.verdicts.neighbourMiss),
  };
}

/** The summary table: one row per file and a total row (Markdown, as docs/accuracy.md keeps it). */
export function formatSummary(rows: readonly SummaryRow[]): string[] {
  const cell = (f: Figures): string => (f.n ? `${pct(f.top1)} / ${pct(f.top3)} (${f.n})` : "-");
  const out = [
    "| file | all top-1 / top-3 (n) | en | ko | positions top-1 (n) | false alarms, own code | neighbour misses |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const row of rows) {
    out.push(
      `| ${row.label} | ${cell(row.all)} | ${cell(row.en)} | ${cell(row.ko)} | ${row.positions.n ? `${pct(row.positions.top1)} (${row.positions.n})` : "-"} | ${pct(row.falseAlarm.rate)} of ${row.falseAlarm.n} | ${pct(row.neighbourMiss.rate)} of ${row.neighbourMiss.n} |`,
    );
  }
  return out;
}

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes("--json");
  const partAt = argv.indexOf("--part");
  const part = partAt >= 0 ? (argv[partAt + 1] ?? "") : "report";
  if (!["tune", "report", "all"].includes(part))
    throw new InputFileError("--part", `"${part}" is not a part; use report, tune or all.`);
  const given = argv
    .filter((arg, i) => !arg.startsWith("--") && argv[i - 1] !== "--part")
    .map((arg) => path.resolve(arg));
  const files = given.length > 0 ? given : defaultFiles();
  const catalog = loadCatalog();
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await reportFile(catalog, file, part));

  // Speed: single statements through the whole matcher, after a warm-up pass, per second of CPU time (so that
  // other work on a shared machine does not count against it).
  const statements = files.flatMap((file) => readLabelled(file)).flatMap((item) => splitStatements(item.text));
  for (const statement of statements) matchDuties(catalog, [{ text: statement }]);
  const started = process.cpuUsage();
  let done = 0;
  while (done < 5000) {
    for (const statement of statements) matchDuties(catalog, [{ text: statement }]);
    done += statements.length;
  }
  const used = process.cpuUsage(started);
  const perSecond = Math.round(done / ((used.user + used.system) / 1e6));

  const tasks = argv.includes("--held-out-tasks") ? heldOutTasks(catalog) : undefined;
  const heldOut = tasks
    ? Object.fromEntries(
        (["en", "ko"] as const).map((lang) => [
          lang,
          figures(
            tasks
              .filter((task) => task.lang === lang)
              .map((task) => ({ item: { text: task.text, lang, code: task.code }, rank: task.rank, predicted: "" })),
          ),
        ]),
      )
    : undefined;

  const roleLists = roleListFixtures();
  const excludedRoles = [
    excludedRoleFigures(catalog, "seen", roleLists.seen),
    ...(roleLists.blind.length ? [excludedRoleFigures(catalog, "blind", roleLists.blind)] : []),
  ];
  const falselyExcluded = falselyExcludedLists(catalog, roleLists.seenTrue);

  const summary = [
    ...reports.map((report) => summaryOf(path.basename(report.file), [report])),
    ...(reports.length > 1 ? [summaryOf("total", reports)] : []),
  ];
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ measuredAt: new Date().toISOString(), catalog: catalog.catalogVersion, statementsPerSecond: perSecond, summary, heldOut, excludedRoles, falselyExcluded, reports }, null, 2)}\n`,
    );
    return 0;
  }
  const out: string[] = [];
  const row = (label: string, f: Figures): string =>
    `${label.padEnd(16)} ${pct(f.top1).padStart(6)}   ${pct(f.top3).padStart(6)}  ${String(f.n).padStart(5)}`;
  for (const report of reports) {
    out.push(
      `Duty matcher accuracy on ${report.file} (part: ${report.part}, ${report.n} statements, catalog ${catalog.catalogVersion})`,
      "",
    );
    out.push("                 top-1    top-3      n");
    out.push(row("matcher", report.matcher));
    for (const [lang, f] of Object.entries(report.matcher.byLang)) out.push(row(`  ${lang}`, f));
    out.push(row("positions", report.positions));
    out.push(row("BM25 baseline", report.baseline));
    out.push("");
    out.push(
      `false alarms (own code called mismatch or excluded): ${pct(report.verdicts.falseAlarm.rate)} of ${report.verdicts.falseAlarm.n} (unsupported ${pct(report.verdicts.falseAlarm.unsupported)})`,
      `neighbour misses (neighbouring code called match): ${pct(report.verdicts.neighbourMiss.rate)} of ${report.verdicts.neighbourMiss.n} pairs`,
      `high confidence: ${report.highConfidence.n}, precision ${report.highConfidence.precision === null ? "-" : pct(report.highConfidence.precision)}`,
      "",
      "confusions (labelled -> ranked first)",
    );
    for (const { pair, count } of report.confusion) out.push(`  ${pair}  x${count}`);
    if (report.positionMisses.length) out.push("position misses", ...report.positionMisses.map((miss) => `  ${miss}`));
    if (report.falseAlarms.length) out.push("false alarms", ...report.falseAlarms.map((alarm) => `  ${alarm}`));
    out.push("", ...formatCalibration(report.calibration, report.exclusions), "");
  }
  out.push(`summary (part: ${part})`, ...formatSummary(summary), "");
  out.push(...formatExcludedRoles(excludedRoles, falselyExcluded), "");
  if (heldOut)
    out.push(
      "held-out catalog tasks (each task matched against the catalog without it; top-1 / top-3 (n))",
      ...Object.entries(heldOut).map(([lang, f]) => `  ${lang}: ${pct(f.top1)} / ${pct(f.top3)} (${f.n})`),
      "",
    );
  out.push(`speed: ${perSecond} statements per CPU-second (single statements, one core, after warm-up)`);
  process.stdout.write(`${out.join("\n")}\n`);
  return 0;
}

// Runs only as a script, so the bench can import the functions above.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
