/** Reads the dated rules (wage floors, employer and ratio rules, document validity) from src/data/rules.json. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR } from "../paths.js";
import type { Subtype } from "../catalog/types.js";
import type { OccupationEmployerSetting } from "../catalog/employer-settings.js";

export type { OccupationEmployerSetting, RuledOutSetting, SettingCues } from "../catalog/employer-settings.js";

export const RULES_PATH = path.join(DATA_DIR, "rules.json");

/** A number with its citation. */
export interface NumberRule {
  readonly value: number;
  readonly note: string;
  readonly source: string;
  readonly asOf: string;
}

export interface WageFloorPeriod {
  readonly id: string;
  readonly validFrom: string;
  readonly validTo: string;
  readonly floorsKrw: Readonly<Record<Exclude<Subtype, "E-7-S">, number>>;
  readonly source: string;
  readonly asOf: string;
  readonly note?: string;
}

export interface OccupationWageRule {
  readonly codes: readonly string[];
  readonly minAnnualKrw: number;
  readonly note: string;
  /** The note in Korean, for Korean findings. */
  readonly noteKo: string;
  readonly source: string;
  readonly asOf: string;
}

/** A cap band: employers with at most `upTo` workers (null: any number) may employ `cap` foreign staff in the occupation. */
export interface CapBand {
  readonly upTo: number | null;
  readonly cap: number;
}

export interface OccupationEmployerRule {
  readonly codes: readonly string[];
  /** Bands smallest first; upTo null means no upper limit. */
  readonly capsByRegularWorkers?: readonly CapBand[];
  readonly capsByInsuredKoreans?: readonly CapBand[];
  readonly maxPerEmployer?: number;
  /** The higher maximum reachable under the conditions in the note. */
  readonly raisedMax?: number;
  /** The occupation's own foreign ratio instead of the general 20%. */
  readonly ratioPercent?: number;
  /** The ratio counts E-7-4 workers only. */
  readonly e74Only?: boolean;
  /** The cap replaces the general 20% ratio. */
  readonly replacesGeneralRatio?: boolean;
  readonly note: string;
  /** The note in Korean, for Korean findings. */
  readonly noteKo: string;
  readonly source: string;
  readonly asOf: string;
}

export interface RatioException {
  readonly id: "high-tech-recommendation" | "special-language-exporter" | "startup-fdi-or-venture";
  readonly ratioPercent?: number;
  readonly waivesSizeRule?: boolean;
  readonly maxYearsSinceFounding?: number;
  readonly note: string;
  /** The note in Korean, for Korean findings. */
  readonly noteKo: string;
  readonly source: string;
  readonly asOf: string;
}

export interface DocumentValidityRule {
  readonly id: string;
  readonly origin?: "domestic" | "foreign";
  readonly kinds: readonly string[];
  /** null: no fixed window. */
  readonly months: number | null;
  readonly requiresLegalisation?: boolean;
  readonly note: string;
  readonly source: string;
  readonly asOf: string;
}

/** A dated, sourced figure for one calendar year. */
export interface YearFigure {
  readonly year: number;
  readonly source: string;
  readonly asOf: string;
}

export interface MinimumWage {
  readonly weeklyHolidayFromHours: number;
  readonly note: string;
  readonly source: string;
  readonly asOf: string;
  readonly rates: readonly (YearFigure & { readonly hourlyKrw: number })[];
}

export interface GniFigure extends YearFigure {
  readonly krw: number;
  readonly published: string;
  readonly note?: string;
}

export interface OccupationGniFloor {
  readonly codes: readonly string[];
  readonly percentOfGni: number;
  readonly newEntrantFloorKrw?: number;
  readonly newEntrantYears?: number;
  readonly note: string;
  /** The note in Korean, for Korean findings. */
  readonly noteKo: string;
  readonly source: string;
  readonly asOf: string;
}

export interface BilingualLabel {
  readonly ko: string;
  readonly en: string;
}

/** Proof an occupation's criteria name, for the filing checklist. */
export interface OccupationDocument {
  readonly id: string;
  readonly codes: readonly string[];
  readonly name: BilingualLabel;
  readonly issuer: BilingualLabel;
  readonly kinds?: readonly string[];
  readonly match?: string;
  readonly optional?: boolean;
  /** The document proves the kind of employer the occupation is open to (occupationEmployerSettings). */
  readonly provesEmployerKind?: boolean;
  readonly note: string;
  readonly source: string;
  readonly asOf: string;
}

export type RouteId =
  | "visa-issuance-confirmation"
  | "change-of-status"
  | "activity-outside-status"
  | "workplace-change"
  | "extension";

/** An application route with its form and where it is filed. */
export interface ApplicationRoute {
  readonly id: RouteId;
  readonly name: BilingualLabel;
  readonly form: BilingualLabel;
  readonly where: BilingualLabel;
  readonly source: string;
  readonly asOf: string;
}

/** The contents of src/data/rules.json (schema: schemas/rules.schema.json, checked by the test suite). */
export interface Rules {
  readonly rulesVersion: string;
  readonly asOf: string;
  readonly sources: Readonly<Record<string, string>>;
  readonly wageFloors: readonly WageFloorPeriod[];
  readonly occupationWageRules: readonly OccupationWageRule[];
  readonly occupationEmployerRules: readonly OccupationEmployerRule[];
  readonly occupationEmployerSettings: readonly OccupationEmployerSetting[];
  readonly employer: {
    readonly minInsuredKoreans: NumberRule;
    readonly foreignRatioPercent: NumberRule;
    readonly countedStatusPrefixes: readonly string[];
    readonly notCountedStatuses: readonly string[];
    readonly exceptions: readonly RatioException[];
  };
  readonly qualification: {
    readonly relatedMasters: boolean;
    readonly bachelorPlusYears: number;
    readonly experienceOnlyYears: number;
    readonly note: string;
    readonly source: string;
    readonly asOf: string;
  };
  readonly documentValidity: readonly DocumentValidityRule[];
  readonly minimumWage: MinimumWage;
  readonly gniPerCapita: readonly GniFigure[];
  readonly occupationGniFloors: readonly OccupationGniFloor[];
  readonly guaranteeLetter: {
    readonly codes: readonly string[];
    readonly subtypes: readonly string[];
    readonly note: string;
    readonly source: string;
    readonly asOf: string;
  };
  readonly occupationDocuments: readonly OccupationDocument[];
  readonly applicationRoutes: readonly ApplicationRoute[];
  readonly workplaceChangePreApproval: {
    readonly codes: readonly string[];
    readonly subtypes: readonly string[];
    readonly note: string;
    readonly source: string;
    readonly asOf: string;
  };
}

let cached: Rules | undefined;

/** The shipped rules, read once per process. */
export function loadRules(): Rules {
  cached ??= JSON.parse(readFileSync(RULES_PATH, "utf8")) as Rules;
  return cached;
}
