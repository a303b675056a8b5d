/**
 * Encodes an index's fields and postings as bytes and back, so a command can load them from the file the build
 * wrote and start without deriving fields or re-tokenising the catalog. Bytes in, bytes out: reading and writing
 * the file is the caller's business.
 */
import type { ComputedPostings, IndexField, IndexFields, IndexPostings, TermRows } from "./index-types.js";
import { startOffsets, stringOfUnits, TermIds } from "./term-ids.js";

const MAGIC = "e7-align-postings/7";

const SOURCES: readonly IndexField["source"][] = ["task", "scope", "keyword", "title"];

type ArrayName =
  | "termText"
  | "termStarts"
  | "termTable"
  | "compoundText"
  | "compoundStarts"
  | "compoundTable"
  | "idf"
  | "occupationStart"
  | "fieldPostingStart"
  | "rows"
  | "fieldStart"
  | "fieldOccupation"
  | "fieldSource"
  | "fieldWeight"
  | "fieldText"
  | "fieldTextStarts";
type Typed = Int32Array | Float64Array | Uint16Array | Uint8Array;
type TypeName = "i32" | "f64" | "u16" | "u8";

const BYTES: Record<TypeName, number> = { i32: 4, f64: 8, u16: 2, u8: 1 };

/**
 * The JSON part: the codes and the layout of the binary part. Terms, compounds and field texts are each one run of
 * UTF-16 code units in the binary part, cut by start offsets and read in place: in the JSON they cost a transcode and a
 * parse of near a million characters at every start.
 */
interface Header {
  readonly magic: string;
  readonly codes: string[];
  readonly maxIdf: number;
  readonly arrays: [ArrayName, TypeName, number][];
}

/** The UTF-16 code units of a string. */
function codeUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

function typeOf(array: Typed): TypeName {
  if (array instanceof Int32Array) return "i32";
  if (array instanceof Float64Array) return "f64";
  return array instanceof Uint16Array ? "u16" : "u8";
}

const align8 = (bytes: number): number => bytes + ((8 - (bytes % 8)) % 8);

/** Bytes of a term's block of rows: its occupations, their weights, its fields, their weights (see rowsOf). */
const blockSize = (occupations: number, fields: number): number =>
  align8(4 * occupations) + 8 * occupations + align8(4 * fields) + 8 * fields;

/**
 * Both postings tables' rows, one block per term (occupation indexes, their weights, field indexes, their weights,
 * each 8-aligned): a command reads a term's rows in one read.
 */
function rowsOf(postings: ComputedPostings): Uint8Array {
  const { occupationPostings: byOccupation, fieldPostings: byField } = postings;
  const terms = byOccupation.start.length - 1;
  let size = 0;
  for (let t = 0; t < terms; t++)
    size += blockSize(byOccupation.start[t + 1]! - byOccupation.start[t]!, byField.start[t + 1]! - byField.start[t]!);
  const rows = new Uint8Array(size);
  let at = 0;
  for (let t = 0; t < terms; t++) {
    const [o0, o1, f0, f1] = [
      byOccupation.start[t]!,
      byOccupation.start[t + 1]!,
      byField.start[t]!,
      byField.start[t + 1]!,
    ];
    const parts: [Int32Array | Float64Array, number][] = [
      [byOccupation.occupations.subarray(o0, o1), 4 * (o1 - o0)],
      [byOccupation.weights.subarray(o0, o1), 8 * (o1 - o0)],
      [byField.fields.subarray(f0, f1), 4 * (f1 - f0)],
      [byField.weights.subarray(f0, f1), 8 * (f1 - f0)],
    ];
    for (const [part, bytes] of parts) {
      rows.set(new Uint8Array(part.buffer, part.byteOffset, bytes), at);
      at += align8(bytes);
    }
  }
  return rows;
}

function arraysOf(postings: ComputedPostings): [ArrayName, Typed][] {
  const fields = Array.from({ length: postings.fields.length }, (_, f) => postings.fields.at(f)!);
  const fieldTexts = fields.map((field) => field.text);
  return [
    ["termText", postings.termIds.units],
    ["termStarts", postings.termIds.starts],
    ["termTable", postings.termIds.table],
    ["compoundText", postings.compounds.units],
    ["compoundStarts", postings.compounds.starts],
    ["compoundTable", postings.compounds.table],
    ["idf", postings.idf],
    ["occupationStart", postings.occupationPostings.start],
    ["fieldPostingStart", postings.fieldPostings.start],
    ["fieldStart", postings.fieldStart],
    ["fieldOccupation", postings.fieldOccupation],
    ["fieldSource", Int32Array.from(fields, (field) => SOURCES.indexOf(field.source))],
    ["fieldWeight", Float64Array.from(fields, (field) => field.weight)],
    ["fieldTextStarts", startOffsets(fieldTexts)],
    // Read in rows as terms and fields are used (see COLD): last, so the rest is one read from the start of the file.
    ["rows", rowsOf(postings)],
    ["fieldText", codeUnits(fieldTexts.join(""))],
  ];
}

/** Arrays read row by row on first use rather than at load: most of the file, little of it used by one command. */
const COLD: ReadonlySet<ArrayName> = new Set(["rows", "fieldText"]);

const padding = (length: number): number => (8 - (length % 8)) % 8;

/** Random access to the bytes of a postings file: its size, and a read of `into.length` bytes at `position`. */
export interface PostingsBytes {
  readonly size: number;
  read(into: Uint8Array, position: number): void;
}

/** Postings bytes already in memory (tests, and the round trip through encodePostings). */
export function bytesSource(bytes: Uint8Array): PostingsBytes {
  return {
    size: bytes.length,
    read: (into, position) => {
      if (position + into.length > bytes.length) throw new RangeError("read past the end of the postings");
      into.set(bytes.subarray(position, position + into.length));
    },
  };
}

/** Postings as bytes: a length-prefixed JSON header (see Header) then 8-aligned typed arrays. */
export function encodePostings(postings: ComputedPostings): Uint8Array {
  const arrays = arraysOf(postings);
  const header: Header = {
    magic: MAGIC,
    codes: [...postings.codes],
    maxIdf: postings.maxIdf,
    arrays: arrays.map(([name, array]) => [name, typeOf(array), array.length]),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  let offset = 8 + headerBytes.length;
  offset += padding(offset);
  const start = offset;
  for (const [, array] of arrays) offset += array.byteLength + padding(array.byteLength);
  const bytes = new Uint8Array(offset);
  new DataView(bytes.buffer).setUint32(0, headerBytes.length, true);
  bytes.set(headerBytes, 8);
  offset = start;
  for (const [, array] of arrays) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset += array.byteLength + padding(array.byteLength);
  }
  return bytes;
}

/**
 * The fields of a stored index, each created when first read: a match reads only the few it shows as evidence, so
 * creating all of them (tens of thousands, each with its text) at start-up would be wasted.
 */
class StoredFields implements IndexFields {
  readonly length: number;
  readonly #made: (IndexField | undefined)[];
  readonly #occupation: Int32Array;
  readonly #source: Int32Array;
  readonly #weight: Float64Array;
  readonly #text: (from: number, to: number) => Uint16Array;
  readonly #textStarts: Int32Array;

  constructor(
    occupation: Int32Array,
    source: Int32Array,
    weight: Float64Array,
    text: (from: number, to: number) => Uint16Array,
    starts: Int32Array,
  ) {
    this.length = occupation.length;
    this.#made = new Array<IndexField | undefined>(this.length);
    this.#occupation = occupation;
    this.#source = source;
    this.#weight = weight;
    this.#text = text;
    this.#textStarts = starts;
  }

  /** Field `f` (from the end when negative, like an array), or undefined outside the fields. */
  at(f: number): IndexField | undefined {
    const i = f < 0 ? f + this.length : f;
    if (!(i >= 0 && i < this.length)) return undefined;
    const made = this.#made[i];
    if (made) return made;
    const field: IndexField = {
      occupation: this.#occupation[i]!,
      source: SOURCES[this.#source[i]!]!,
      text: stringOfUnits(this.#text(this.#textStarts[i]!, this.#textStarts[i + 1]!)),
      weight: this.#weight[i]!,
    };
    this.#made[i] = field;
    return field;
  }
}

/**
 * Reads postings written by encodePostings, from bytes or a file (see PostingsBytes); undefined when they are not
 * such postings (a stale or damaged file). Everything but the COLD arrays is read at once; those are read a term's
 * rows or a field's text at a time, through the postings' termRows and the fields' `at`.
 */
export function decodePostings(input: Uint8Array | PostingsBytes): IndexPostings | undefined {
  try {
    const source = input instanceof Uint8Array ? bytesSource(input) : input;
    if (source.size < 8) return undefined;
    const prefix = new Uint8Array(8);
    source.read(prefix, 0);
    const headerLength = new DataView(prefix.buffer).getUint32(0, true);
    if (8 + headerLength > source.size) return undefined;
    const headerBytes = new Uint8Array(headerLength);
    source.read(headerBytes, 8);
    const header = JSON.parse(new TextDecoder().decode(headerBytes)) as Header;
    if (header?.magic !== MAGIC || typeof header.maxIdf !== "number" || header.arrays.length !== 16) return undefined;
    const start = 8 + headerLength + padding(8 + headerLength);
    const layout = new Map<ArrayName, { type: TypeName; length: number; offset: number }>();
    let offset = start;
    for (const [name, type, length] of header.arrays) {
      if (BYTES[type] === undefined || !Number.isInteger(length) || length < 0) return undefined;
      layout.set(name, { type, length, offset });
      offset += length * BYTES[type] + padding(length * BYTES[type]);
    }
    if (layout.size !== 16 || offset !== source.size) return undefined;
    // The arrays before the first cold one, read in one piece into an aligned buffer and viewed in place.
    const hotEnd = Math.min(...[...layout].filter(([name]) => COLD.has(name)).map(([, entry]) => entry.offset));
    const hot = new Uint8Array(new ArrayBuffer(hotEnd - start));
    source.read(hot, start);
    const arrays = new Map<ArrayName, Typed>();
    for (const [name, { type, length, offset: at }] of layout) {
      const from = at - start;
      if (COLD.has(name)) continue;
      arrays.set(
        name,
        type === "i32"
          ? new Int32Array(hot.buffer, from, length)
          : type === "f64"
            ? new Float64Array(hot.buffer, from, length)
            : new Uint16Array(hot.buffer, from, length),
      );
    }
    const i32 = (name: ArrayName): Int32Array => arrays.get(name) as Int32Array;
    const f64 = (name: ArrayName): Float64Array => arrays.get(name) as Float64Array;
    const u16 = (name: ArrayName): Uint16Array => arrays.get(name) as Uint16Array;
    const termIds = new TermIds(u16("termText"), i32("termStarts"), i32("termTable"));
    const compounds = new TermIds(u16("compoundText"), i32("compoundStarts"), i32("compoundTable"));
    if (!termIds.isWhole() || !compounds.isWhole() || f64("idf").length !== termIds.size) return undefined;
    const occupation = i32("fieldOccupation");
    const fieldSources = i32("fieldSource");
    const weight = f64("fieldWeight");
    const textStarts = i32("fieldTextStarts");
    const occupationStart = i32("occupationStart");
    const fieldPostingStart = i32("fieldPostingStart");
    const count = occupation.length;
    if (
      fieldSources.length !== count ||
      weight.length !== count ||
      textStarts.length !== count + 1 ||
      textStarts[count] !== layout.get("fieldText")?.length ||
      layout.get("fieldText")?.type !== "u16" ||
      occupationStart.length !== termIds.size + 1 ||
      fieldPostingStart.length !== termIds.size + 1 ||
      layout.get("rows")?.type !== "u8"
    )
      return undefined;
    // Each term's block of rows begins where the blocks before it end.
    const blockStart = new Float64Array(termIds.size + 1);
    for (let t = 0; t < termIds.size; t++) {
      const occupationRows = occupationStart[t + 1]! - occupationStart[t]!;
      const fieldRows = fieldPostingStart[t + 1]! - fieldPostingStart[t]!;
      if (occupationRows < 0 || fieldRows < 0) return undefined;
      blockStart[t + 1] = blockStart[t]! + blockSize(occupationRows, fieldRows);
    }
    if (blockStart[termIds.size] !== layout.get("rows")!.length) return undefined;
    const rowsAt = layout.get("rows")!.offset;
    const made: (TermRows | undefined)[] = [];
    /** A term's rows: its block read from the file on first use, viewed in place. */
    const termRows = (termId: number): TermRows => {
      let rows = made[termId];
      if (rows) return rows;
      const occupationRows = occupationStart[termId + 1]! - occupationStart[termId]!;
      const fieldRows = fieldPostingStart[termId + 1]! - fieldPostingStart[termId]!;
      const block = new ArrayBuffer(blockSize(occupationRows, fieldRows));
      source.read(new Uint8Array(block), rowsAt + blockStart[termId]!);
      const fieldsAt = align8(4 * occupationRows) + 8 * occupationRows;
      rows = {
        occupations: new Int32Array(block, 0, occupationRows),
        occupationWeights: new Float64Array(block, align8(4 * occupationRows), occupationRows),
        fields: new Int32Array(block, fieldsAt, fieldRows),
        fieldWeights: new Float64Array(block, fieldsAt + align8(4 * fieldRows), fieldRows),
      };
      made[termId] = rows;
      return rows;
    };
    const textAt = layout.get("fieldText")!.offset;
    const text = (from: number, to: number): Uint16Array => {
      const units = new Uint16Array(to - from);
      source.read(new Uint8Array(units.buffer), textAt + 2 * from);
      return units;
    };
    return {
      codes: header.codes,
      fields: new StoredFields(occupation, fieldSources, weight, text, textStarts),
      fieldStart: i32("fieldStart"),
      fieldOccupation: occupation,
      termIds,
      compounds,
      idf: f64("idf"),
      maxIdf: header.maxIdf,
      termRows,
    };
  } catch {
    return undefined;
  }
}
