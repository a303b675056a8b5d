/**
 * The one validate pipeline: read a case file (size-limited), load it with JSON positions, validate it against the
 * schema and the catalog (and the PDF fonts' glyphs), then run the case checks. `validate`, `generate` (and so
 * `batch`) and `serve` all go through it, so a case one of them accepts is a case the others accept.
 */
import { CaseSyntaxError, loadCase, MAX_CASE_BYTES, type LoadedCase } from "../case/load-case.js";
import type { DocLang } from "../case/local-text.js";
import { readCaseFile } from "../case/read-case-file.js";
import type { Case } from "../case/types.js";
import {
  CaseInvalidError,
  locatePointer,
  problemMessage,
  validateCase,
  type CaseProblem,
  type CaseValidation,
} from "../case/validate-case.js";
import { loadCatalog } from "../catalog/load-catalog.js";
import type { Catalog, Occupation } from "../catalog/types.js";
import { EXIT, type ExitCode } from "../errors.js";
import { localizeFindings, type UiLang } from "./messages/localize-finding.js";
import { checks } from "./index.js";
import type { Rules } from "./load-rules.js";
import { packetCaseChecks } from "./packet/index.js";
import { buildCheckContext, runCheck, runChecks, sortFindings } from "./run-checks.js";
import type { CheckContext, Finding } from "./types.js";

/** A case as a file to read, or as bytes already read (standard input, an upload) with the name messages use. */
export type CaseSource =
  | { readonly file: string; readonly name?: string }
  | { readonly bytes: Uint8Array; readonly name: string };

export interface ValidateCaseFileOptions {
  /** Refuse text the PDF fonts cannot draw (what generate's PDFs could not show); default true. */
  readonly glyphs?: boolean;
  /** Languages needed besides those filing.languages lists (generate --lang). */
  readonly languages?: readonly DocLang[];
  readonly catalog?: Catalog;
}

export interface CaseFileValidation {
  readonly name: string;
  /** The file's bytes as read (generate records their SHA-256). */
  readonly bytes: Uint8Array;
  readonly loaded: LoadedCase;
  readonly catalog: Catalog;
  /** Schema, placeholder, date, code and glyph problems, with their line and column. */
  readonly validation: CaseValidation;
}

/** Reads, loads and validates a case. Throws CaseSyntaxError for JSON that does not parse, InputFileError for a file that cannot be read. */
export async function validateCaseFile(
  source: CaseSource,
  options: ValidateCaseFileOptions = {},
): Promise<CaseFileValidation> {
  const name = source.name ?? ("file" in source ? source.file : "case.json");
  const bytes = "bytes" in source ? source.bytes : await readCaseFile(source.file, name);
  const loaded = loadCase(bytes, { path: name, maxBytes: MAX_CASE_BYTES });
  const catalog = options.catalog ?? loadCatalog();
  // The PDF writer's own glyph check, so validation refuses what generate's PDFs could not draw.
  const findMissingGlyph =
    options.glyphs === false ? undefined : await (await import("../writers/pdf.js")).loadGlyphFinder();
  const validation = await validateCase(loaded, {
    catalog,
    ...(findMissingGlyph ? { findMissingGlyph } : {}),
    ...(options.languages ? { languages: options.languages } : {}),
  });
  return { name, bytes, loaded, catalog, validation };
}

/** The case and its occupation of a valid case, or CaseInvalidError listing every error. */
export function requireValid(result: CaseFileValidation): { case: Case; occupation: Occupation } {
  const { validation } = result;
  if (!validation.valid || !validation.case || !validation.occupation)
    throw new CaseInvalidError(result.name, validation.errors);
  return { case: validation.case, occupation: validation.occupation };
}

export interface CaseCheckOptions {
  readonly rules?: Rules;
  /** The document language being checked, for the checks that read one language's duties. */
  readonly prefer?: DocLang;
  /** Duties outside the code's scope are warnings instead of errors (generate --allow-out-of-scope). */
  readonly allowOutOfScope?: boolean;
}

export interface CaseCheckResult {
  readonly context: CheckContext;
  /** Findings of the case checks, sorted. */
  readonly caseFindings: readonly Finding[];
  /** Findings of the duty-scope checks, in check order (warnings with allowOutOfScope). */
  readonly scopeFindings: readonly Finding[];
  /** Both together, sorted as runChecks sorts them (a scope finding demoted to a warning keeps an error's place). */
  readonly findings: readonly Finding[];
}

/** The checks generate runs before writing anything: the case checks and the duty-scope checks of the packet. */
export function checkCase(
  input: Case,
  occupation: Occupation,
  catalog: Catalog,
  options: CaseCheckOptions = {},
): CaseCheckResult {
  const context = buildCheckContext(input, occupation, catalog, options.rules, options.prefer);
  const caseFindings = runChecks(context);
  const scope = Object.values(packetCaseChecks).flatMap((check) => runCheck(check, context));
  const demote = (finding: Finding): Finding =>
    options.allowOutOfScope && finding.checkId in packetCaseChecks
      ? { ...finding, severity: "warning" as const }
      : finding;
  return {
    context,
    caseFindings,
    scopeFindings: scope.map(demote),
    findings: sortFindings([...caseFindings, ...scope]).map(demote),
  };
}

/** True for a finding that stops generate (an error whose check does not say otherwise). */
export function blocksGeneration(finding: Finding): boolean {
  return finding.severity === "error" && checks[finding.checkId]?.meta.blocksGeneration !== false;
}

/** Where a finding's JSON pointer sits in the case file (line 0 when it has none). */
export function locateFinding<F extends Finding>(loaded: LoadedCase, finding: F): F & { line: number; column: number } {
  return {
    ...finding,
    ...(finding.path !== undefined ? locatePointer(loaded.ast, finding.path) : { line: 0, column: 0 }),
  };
}

/** A problem as `validate --json` prints it. */
export interface JsonProblem {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A problem as `validate --json` prints it, its message in the UI language. */
export const jsonProblem = (p: CaseProblem, ui: UiLang = "en"): JsonProblem => ({
  path: p.path,
  line: p.line,
  column: p.column,
  message: problemMessage(p, ui),
});

/** `validate --json`: the whole pipeline as the JSON the CLI prints and the web API sends, with its exit code. */
export async function validateCaseJson(
  source: CaseSource,
  options: { readonly ui: UiLang; readonly allowOutOfScope?: boolean },
): Promise<{ json: unknown; exit: ExitCode }> {
  let checked: CaseFileValidation;
  try {
    checked = await validateCaseFile(source);
  } catch (error) {
    if (!(error instanceof CaseSyntaxError)) throw error;
    const hint = error.hints.filter((h) => !error.excerpt.includes(h)).join(" ");
    return {
      json: {
        valid: false,
        errors: [
          { path: "", line: error.line, column: error.column, message: `${error.detail}${hint ? ` ${hint}` : ""}` },
        ],
        warnings: [],
        findings: [],
      },
      exit: EXIT.INPUT,
    };
  }
  const { loaded, catalog, validation: result } = checked;
  if (!result.valid || !result.case || !result.occupation) {
    return {
      json: {
        valid: false,
        errors: result.errors.map((p) => jsonProblem(p, options.ui)),
        warnings: result.warnings.map((p) => jsonProblem(p, options.ui)),
        findings: [],
      },
      exit: EXIT.INPUT,
    };
  }
  const { findings: raw } = checkCase(result.case, result.occupation, catalog, {
    allowOutOfScope: options.allowOutOfScope ?? false,
  });
  const findings = localizeFindings(raw, options.ui).map((finding) => locateFinding(loaded, finding));
  const errors = findings.filter((f) => f.severity === "error").length;
  return {
    json: { valid: true, errors: [], warnings: result.warnings.map((p) => jsonProblem(p, options.ui)), findings },
    exit: errors > 0 ? EXIT.FINDINGS : EXIT.OK,
  };
}
