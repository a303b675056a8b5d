/**
 * Margin calibration and exclusion rates for the accuracy bench: how often the first-ranked code is right for each
 * band of margin (first minus second score) on the held-out half of a labelled file, the smallest margin from which
 * every band is right often enough (THRESHOLDS.minMargin is set from it), and how often a true duty list filed under
 * its own code is wrongly called `excluded`. Measuring only: the product never reads the labelled file.
 */
import type { Catalog } from "../catalog/types.js";
import { matchDuties, THRESHOLDS } from "../match/match-duties.js";
import type { Labelled } from "./accuracy.js";

/** Margin bands, lower bounds (the last band is open). */
export const MARGIN_BANDS = [0, 0.02, 0.04, 0.06, 0.08, 0.12, 0.2] as const;

/** Share right a band needs for its `match` verdicts to stand. */
export const REQUIRED_SHARE_RIGHT = 0.9;

export interface MarginBand {
  readonly from: number;
  readonly to: number | null;
  readonly n: number;
  readonly right: number;
  readonly shareRight: number | null;
}

export interface Calibration {
  /** Which items were measured: the report half, the tuning half or the whole file (accuracy.ts partOf). */
  readonly half: "held-out" | "tuning" | "all";
  readonly table: readonly MarginBand[];
  /** The smallest band bound from which every band with items is right at least REQUIRED_SHARE_RIGHT of the time. */
  readonly suggestedMinMargin: number;
  /** The threshold the matcher uses. */
  readonly minMargin: number;
}

export interface ExclusionRates {
  /** Labelled items filed under their own code. */
  readonly n: number;
  /** How many of them the matcher calls `excluded` (each a false exclusion), and how many `match`. */
  readonly excluded: number;
  readonly falseExcludedRate: number;
  readonly match: number;
  readonly matchRate: number;
  readonly excludedIds: readonly string[];
}

/** The two halves of a labelled file: even lines tune, odd lines are held out. */
export function halves<T>(items: readonly T[]): { readonly tuning: T[]; readonly heldOut: T[] } {
  return { tuning: items.filter((_, i) => i % 2 === 0), heldOut: items.filter((_, i) => i % 2 === 1) };
}

/** Margin -> share right over items, in MARGIN_BANDS. */
export function marginTable(points: readonly { readonly margin: number; readonly right: boolean }[]): MarginBand[] {
  return MARGIN_BANDS.map((from, b) => {
    const to = MARGIN_BANDS[b + 1] ?? null;
    const inBand = points.filter((p) => p.margin >= from && (to === null || p.margin < to));
    const right = inBand.filter((p) => p.right).length;
    return { from, to, n: inBand.length, right, shareRight: inBand.length ? right / inBand.length : null };
  });
}

/** The lowest band bound from which no band with items falls below the required share right. */
export function suggestMinMargin(table: readonly MarginBand[]): number {
  let suggested = 0;
  table.forEach((band, b) => {
    if (band.shareRight !== null && band.shareRight < REQUIRED_SHARE_RIGHT) suggested = table[b + 1]?.from ?? band.from;
  });
  return suggested;
}

/** Calibrates on `measured`: the accuracy bench passes the part of each file it reports (the report half by default). */
export function calibrate(
  catalog: Catalog,
  measured: readonly Labelled[],
  half: Calibration["half"] = "held-out",
): Calibration {
  const points = measured.map((item) => {
    const result = matchDuties(catalog, item.text);
    return { margin: result.margin, right: result.ranking[0]?.code === item.code };
  });
  const table = marginTable(points);
  return { half, table, suggestedMinMargin: suggestMinMargin(table), minMargin: THRESHOLDS.minMargin };
}

/** Each labelled item filed under its own code: how many come back `excluded` (all false) and how many `match`. */
export function exclusionRates(
  catalog: Catalog,
  items: readonly (Labelled & { readonly id?: string })[],
): ExclusionRates {
  let excluded = 0;
  let match = 0;
  const excludedIds: string[] = [];
  items.forEach((item, i) => {
    if (!catalog.byCode.has(item.code) && !catalog.byId.has(item.code)) return;
    const result = matchDuties(catalog, item.text, { selectedCode: item.code });
    if (result.verdict === "excluded") {
      excluded++;
      excludedIds.push(item.id ?? `line ${i + 1}`);
    }
    if (result.verdict === "match") match++;
  });
  const n = items.length;
  return { n, excluded, falseExcludedRate: n ? excluded / n : 0, match, matchRate: n ? match / n : 0, excludedIds };
}

const pct = (value: number | null): string => (value === null ? "-" : `${(value * 100).toFixed(1)}%`);

/** The calibration and exclusion figures as report lines. */
export function formatCalibration(calibration: Calibration, rates: ExclusionRates): string[] {
  const out = [
    `margin calibration (${calibration.half} half): margin band -> share of first places right`,
    "  margin          n   right",
  ];
  for (const band of calibration.table)
    out.push(
      `  ${`${band.from.toFixed(2)}-${band.to === null ? "" : band.to.toFixed(2)}`.padEnd(12)} ${String(band.n).padStart(4)}  ${pct(band.shareRight).padStart(6)}`,
    );
  out.push(
    `  suggested minimum margin ${calibration.suggestedMinMargin.toFixed(2)} (every band from it right >= ${pct(REQUIRED_SHARE_RIGHT)}); the matcher uses ${calibration.minMargin.toFixed(2)}`,
    `filed under their own code: ${rates.match} of ${rates.n} match (${pct(rates.matchRate)}), ${rates.excluded} falsely excluded (${pct(rates.falseExcludedRate)})${rates.excludedIds.length ? `: ${rates.excludedIds.join(", ")}` : ""}`,
  );
  return out;
}
