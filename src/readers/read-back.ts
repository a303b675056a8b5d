/**
 * Reads a written packet file back as an officer's software would: extract the text with the readers, find the
 * duty section with the independent finder, locate each duty clause the renderer wrote, and re-run the matcher
 * over the case's own duty text in each clause as extracted (not as rendered, and without the catalog's words).
 */
import type { Catalog, Occupation } from "../catalog/types.js";
import { matchDuties } from "../match/match-duties.js";
import type { Evidence, MatchResult, Verdict } from "../match/types.js";
import type { DocRoot, DocumentKind, DocumentLang } from "../model/nodes.js";
import { clauseLines } from "../model/walk.js";
import { findDutySection } from "./find-duty-section.js";
import { ownDutyText } from "./own-duty-text.js";
import type { ExtractedText } from "./types.js";
import type { PlannedDuty } from "../render/plan-duties.js";
import { compactText, normalizeText } from "../text/normalize-text.js";
import { textIn } from "../case/local-text.js";
import { carriesUpToEndings } from "../text/korean-register.js";

/** Text without whitespace, plus where each kept character sits in the original, to map compact matches back. */
interface CompactIndex {
  readonly compact: string;
  readonly positions: readonly number[];
}

function compactIndex(text: string): CompactIndex {
  let compact = "";
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!/\s/.test(text[i]!)) {
      compact += text[i];
      positions.push(i);
    }
  }
  return { compact, positions };
}

/** Where a rendered line starts in the extracted text (whitespace ignored), searching from `from`; -1 when absent. */
function locate(index: CompactIndex, line: string, from: number): number {
  const needle = compactText(line).slice(0, 60);
  const start = index.positions.findIndex((p) => p >= from);
  const at = index.compact.indexOf(needle, start < 0 ? index.compact.length : start);
  return at < 0 ? -1 : index.positions[at]!;
}

/** One duty clause as found in a written file, and how the matcher reads it there. */
export interface ClauseReadBack {
  readonly clauseId: string;
  /** The literal clause number printed before it ("2.1"). */
  readonly number: string;
  readonly dutyIndex: number;
  /**
   * True when every line the renderer wrote for the clause was found, in full, in the extracted text, and the clause
   * carries the case's own duty text in each language of the file (its sentence endings aside, which the Korean
   * clause prints in 한다체).
   */
  readonly intact: boolean;
  /** The clause's extracted text (number removed), normalised. */
  readonly text: string;
  readonly bestCode: string;
  /** Score of the best code, and of the selected code, in [0,1]. */
  readonly score: number;
  readonly selectedScore: number;
  readonly margin: number;
  readonly verdict: Verdict;
  readonly generic: boolean;
  readonly evidence: readonly Evidence[];
}

/** One written file read back. */
export interface PacketDocument {
  readonly file: string;
  readonly kind: DocumentKind;
  readonly format: "docx" | "pdf";
  readonly lang: DocumentLang;
  readonly pages?: number;
  /** Extracted text, normalised; `compact` is the same without any whitespace (PDF line breaks fall anywhere in Korean). */
  readonly text: string;
  readonly compact: string;
  /** What the independent duty-section finder (the one `verify` uses) made of the file. */
  readonly dutySection: { readonly found: boolean; readonly heading?: string; readonly note?: string };
  /** Duty clauses, for the documents that carry them (contract annex, RRS); empty otherwise. */
  readonly clauses: readonly ClauseReadBack[];
  /** The matcher over all duty clauses of the file, weighted by share (absent for files without duty clauses). */
  readonly match?: Pick<MatchResult, "bestCode" | "margin" | "verdict" | "ranking" | "confidence" | "exclusion">;
}

export interface ReadBackInput {
  readonly file: string;
  readonly format: "docx" | "pdf";
  readonly doc: DocRoot;
  readonly extracted: ExtractedText;
  readonly plan: readonly PlannedDuty[];
  readonly catalog: Catalog;
  readonly selectedCode: string;
  /** The occupation selectedCode names, resolved once by the caller rather than again for every document. */
  readonly selectedOccupation?: Occupation;
  readonly title: string;
}

/** Reads one written file back into what the packet checks compare. */
export function readBack(input: ReadBackInput): PacketDocument {
  const text = normalizeText(input.extracted.text);
  const index = compactIndex(text);
  const section = findDutySection(input.extracted);
  const blocks = input.doc.children;
  const dutyBlocks = blocks.flatMap((block, position) =>
    block.type === "clause" && /^duty-\d+$/.test(block.clauseId) ? [{ block, position }] : [],
  );
  const located: { clauseId: string; number: string; dutyIndex: number; start: number; lines: readonly string[] }[] =
    [];
  let cursor = 0;
  for (const { block } of dutyBlocks) {
    if (block.type !== "clause") continue;
    const lines = clauseLines(block).map((line) => line.text);
    const start = locate(index, lines[0]!, cursor);
    located.push({
      clauseId: block.clauseId,
      number: block.number,
      dutyIndex: Number(block.clauseId.slice(5)) - 1,
      start,
      lines,
    });
    if (start >= 0) cursor = start + 1;
  }
  // The last clause ends where the block after it starts.
  const last = dutyBlocks.at(-1);
  const after = last ? blocks[last.position + 1] : undefined;
  const afterLine =
    after && after.type !== "table" && after.type !== "signature"
      ? after.type === "clause"
        ? clauseLines(after)[0]!.text
        : after.text
      : undefined;
  const sectionEnd = afterLine ? locate(index, afterLine, Math.max(cursor, 0)) : -1;
  const clauseTexts = located.map((clause, i) => {
    if (clause.start < 0) return "";
    const next =
      located.slice(i + 1).find((c) => c.start > clause.start)?.start ??
      (sectionEnd > clause.start ? sectionEnd : text.length);
    return text.slice(clause.start, next).trim();
  });
  const shares = located.map((clause) => input.plan[clause.dutyIndex]?.duty.share ?? 0);
  const match =
    located.length > 0
      ? matchDuties(
          input.catalog,
          // Only the case's own duty text is scored: the catalog task sentence the annex prints before it would
          // make almost any clause read as the selected code.
          clauseTexts.map((t, i) => ({
            text: ownDutyText(t.startsWith(located[i]!.number) ? t.slice(located[i]!.number.length).trim() : t),
            share: shares[i]!,
          })),
          {
            selectedCode: input.selectedCode,
            ...(input.selectedOccupation ? { selectedOccupation: input.selectedOccupation } : {}),
            title: input.title,
          },
        )
      : undefined;
  const langs = input.doc.meta.lang === "both" ? (["ko", "en"] as const) : [input.doc.meta.lang];
  // Proved from the case, not from the model: the rendered lines are the tool's own words.
  const carriesCase = (dutyIndex: number, text: string): boolean => {
    const duty = input.plan[dutyIndex]?.duty;
    return langs.every((lang) => {
      const written = duty ? textIn(duty.text, lang) : undefined;
      return written === undefined || carriesUpToEndings(text, written);
    });
  };
  const clauses: ClauseReadBack[] = located.map((clause, i) => {
    const statement = match?.statements[i];
    const clauseCompact = compactText(clauseTexts[i]!);
    const ranking = statement?.ranking ?? [];
    return {
      clauseId: clause.clauseId,
      number: clause.number,
      dutyIndex: clause.dutyIndex,
      intact:
        clause.start >= 0 &&
        clause.lines.every((line) => clauseCompact.includes(compactText(line))) &&
        carriesCase(clause.dutyIndex, clauseTexts[i]!),
      text: clauseTexts[i]!.startsWith(clause.number)
        ? clauseTexts[i]!.slice(clause.number.length).trim()
        : clauseTexts[i]!,
      bestCode: statement?.bestCode ?? "",
      score: ranking[0]?.score ?? 0,
      selectedScore: ranking.find((r) => r.code === input.selectedCode)?.score ?? 0,
      margin: statement?.margin ?? 0,
      verdict: statement?.verdict ?? "unsupported",
      generic: statement?.generic ?? false,
      evidence: (statement?.evidence ?? [])
        .filter((e) => e.code === statement?.bestCode || e.code === input.selectedCode)
        .slice(0, 6),
    };
  });
  return {
    file: input.file,
    kind: input.doc.meta.kind,
    format: input.format,
    lang: input.doc.meta.lang,
    ...(input.extracted.pages !== undefined ? { pages: input.extracted.pages } : {}),
    text,
    compact: index.compact,
    dutySection: {
      found: section.found,
      ...(section.heading !== undefined ? { heading: section.heading } : {}),
      ...(section.note !== undefined ? { note: section.note } : {}),
    },
    clauses,
    ...(match
      ? {
          match: {
            bestCode: match.bestCode,
            margin: match.margin,
            verdict: match.verdict,
            ranking: match.ranking.slice(0, 3),
            confidence: match.confidence,
            ...(match.exclusion ? { exclusion: match.exclusion } : {}),
          },
        }
      : {}),
  };
}
