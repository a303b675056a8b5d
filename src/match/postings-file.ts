/**
 * Encodes an index's fields and postings as bytes and back, so a command can load them from the file the build
 * wrote and start without deriving fields or re-tokenising the catalog. Bytes in, bytes out: reading and writing
 * the file is the caller's business.
 */
import type { ComputedPostings, IndexField, IndexFields, IndexPostings, TermRows } from "./index-types.js";
import { startOffsets, stringOfUnits, TermIds } from "./term-ids.js";

const MAGIC = "e7-align-postings/8";

const SOURCES: readonly IndexField["source"][] = ["task", "scope", "keyword", "title"];

type ArrayName =
  | "termText"
  | "termStarts"
  | "termTable"
  | "compoundText"
  | "compoundStarts"
  | "compoundTable"
  | "idf"
  | "blockStart"
  | "rows"
  | "fieldStart"
  | "fieldOccupation"
  | "fieldRecord"
  | "fieldText";
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

/** Bytes of the counts that open a term's block: its number of occupation rows and of field rows (two i32). */
const BLOCK_HEAD = 8;

/** Bytes of a term's block of rows: its counts, its occupations, their weights, its fields, their weights (see rowsOf). */
const blockSize = (occupations: number, fields: number): number =>
  BLOCK_HEAD + align8(4 * occupations) + 8 * occupations + align8(4 * fields) + 8 * fields;

/**
 * Both postings tables' rows, one block per term (its two counts, then occupation indexes, their weights, field
 * indexes, their weights, each 8-aligned), and where each term's block starts: a command reads a term's rows in one
 * read, and finds the block without summing the sizes of the blocks before it at every start.
 */
function rowsOf(postings: ComputedPostings): { rows: Uint8Array; blockStart: Int32Array } {
  const { occupationPostings: byOccupation, fieldPostings: byField } = postings;
  const terms = byOccupation.start.length - 1;
  const blockStart = new Int32Array(terms + 1);
  let size = 0;
  for (let t = 0; t < terms; t++) {
    size += blockSize(byOccupation.start[t + 1]! - byOccupation.start[t]!, byField.start[t + 1]! - byField.start[t]!);
    if (size > 0x7fffffff) throw new RangeError("postings rows beyond 2 GB");
    blockStart[t + 1] = size;
  }
  const rows = new Uint8Array(size);
  const view = new DataView(rows.buffer);
  let at = 0;
  for (let t = 0; t < terms; t++) {
    const [o0, o1, f0, f1] = [
      byOccupation.start[t]!,
      byOccupation.start[t + 1]!,
      byField.start[t]!,
      byField.start[t + 1]!,
    ];
    view.setInt32(at, o1 - o0, true);
    view.setInt32(at + 4, f1 - f0, true);
    at += BLOCK_HEAD;
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
  return { rows, blockStart };
}

/** Numbers per field in the fieldRecord array: text start, text end, source (index in SOURCES), weight. */
const RECORD = 4;

function arraysOf(postings: ComputedPostings): [ArrayName, Typed][] {
  const fields = Array.from({ length: postings.fields.length }, (_, f) => postings.fields.at(f)!);
  const fieldTexts = fields.map((field) => field.text);
  const textStarts = startOffsets(fieldTexts);
  const records = new Float64Array(RECORD * fields.length);
  fields.forEach((field, f) => {
    records.set([textStarts[f]!, textStarts[f + 1]!, SOURCES.indexOf(field.source), field.weight], RECORD * f);
  });
  const { rows, blockStart } = rowsOf(postings);
  return [
    ["termText", postings.termIds.units],
    ["termStarts", postings.termIds.starts],
    ["termTable", postings.termIds.table],
    ["compoundText", postings.compounds.units],
    ["compoundStarts", postings.compounds.starts],
    ["compoundTable", postings.compounds.table],
    ["idf", postings.idf],
    ["blockStart", blockStart],
    ["fieldStart", postings.fieldStart],
    ["fieldOccupation", postings.fieldOccupation],
    // Read in rows as terms and fields are used (see COLD): last, so the rest is one read from the start of the file.
    ["fieldRecord", records],
    ["rows", rows],
    ["fieldText", codeUnits(fieldTexts.join(""))],
  ];
}

/**
 * Arrays read a piece at a time on first use rather than at load: most of the file, little of it used by one command
 * (a term's rows, a field's text and record). Every page of memory a cold command fills costs it time.
 */
const COLD: ReadonlySet<ArrayName> = new Set(["fieldRecord", "rows", "fieldText"]);

const padding = (length: number): number => (8 - (length % 8)) % 8;

/** Arrays in a file (ArrayName's members). */
const ARRAY_COUNT = 13;

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

/** Fields whose records one read brings in: reading every field (training) costs a thousand reads, not 67,000. */
const RECORD_CHUNK = 64;

/**
 * The fields of a stored index, each created when first read: a match reads only the few it shows as evidence, so
 * creating all of them (tens of thousands, each with its text) at start-up would be wasted. Their records (text
 * range, source, weight) are read a chunk at a time too.
 */
class StoredFields implements IndexFields {
  readonly length: number;
  readonly #made: (IndexField | undefined)[];
  readonly #occupation: Int32Array;
  readonly #chunks: (Float64Array | undefined)[] = [];
  readonly #records: (first: number, into: Float64Array) => void;
  readonly #text: (from: number, to: number) => Uint16Array;

  constructor(
    occupation: Int32Array,
    records: (first: number, into: Float64Array) => void,
    text: (from: number, to: number) => Uint16Array,
  ) {
    this.length = occupation.length;
    this.#made = new Array<IndexField | undefined>(this.length);
    this.#occupation = occupation;
    this.#records = records;
    this.#text = text;
  }

  /** Field `f` (from the end when negative, like an array), or undefined outside the fields. */
  at(f: number): IndexField | undefined {
    const i = f < 0 ? f + this.length : f;
    if (!(i >= 0 && i < this.length)) return undefined;
    const made = this.#made[i];
    if (made) return made;
    const chunk = Math.floor(i / RECORD_CHUNK);
    let records = this.#chunks[chunk];
    if (!records) {
      const first = chunk * RECORD_CHUNK;
      records = new Float64Array(RECORD * Math.min(RECORD_CHUNK, this.length - first));
      this.#records(first, records);
      this.#chunks[chunk] = records;
    }
    const at = RECORD * (i - chunk * RECORD_CHUNK);
    const source = SOURCES[records[at + 2]!];
    if (source === undefined) throw new RangeError(`field ${i} of the postings has no source`);
    const field: IndexField = {
      occupation: this.#occupation[i]!,
      source,
      text: stringOfUnits(this.#text(records[at]!, records[at + 1]!)),
      weight: records[at + 3]!,
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
    if (header?.magic !== MAGIC || typeof header.maxIdf !== "number" || header.arrays.length !== ARRAY_COUNT)
      return undefined;
    const start = 8 + headerLength + padding(8 + headerLength);
    const layout = new Map<ArrayName, { type: TypeName; length: number; offset: number }>();
    let offset = start;
    for (const [name, type, length] of header.arrays) {
      if (BYTES[type] === undefined || !Number.isInteger(length) || length < 0) return undefined;
      layout.set(name, { type, length, offset });
      offset += length * BYTES[type] + padding(length * BYTES[type]);
    }
    if (layout.size !== ARRAY_COUNT || offset !== source.size) return undefined;
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
    const blockStart = i32("blockStart");
    const count = occupation.length;
    const rowsLayout = layout.get("rows")!;
    const recordLayout = layout.get("fieldRecord")!;
    const textLayout = layout.get("fieldText")!;
    if (
      blockStart.length !== termIds.size + 1 ||
      blockStart[0] !== 0 ||
      blockStart[termIds.size] !== rowsLayout.length ||
      rowsLayout.type !== "u8" ||
      recordLayout.type !== "f64" ||
      recordLayout.length !== RECORD * count ||
      textLayout.type !== "u16"
    )
      return undefined;
    const made: (TermRows | undefined)[] = [];
    /** A term's rows: its block read from the file on first use, viewed in place. */
    const termRows = (termId: number): TermRows => {
      let rows = made[termId];
      if (rows) return rows;
      const from = blockStart[termId]!;
      const size = blockStart[termId + 1]! - from;
      if (!(size >= BLOCK_HEAD && from >= 0 && from + size <= rowsLayout.length))
        throw new RangeError(`term ${termId} has no rows in the postings`);
      const block = new ArrayBuffer(size);
      source.read(new Uint8Array(block), rowsLayout.offset + from);
      const counts = new Int32Array(block, 0, 2);
      const occupationRows = counts[0]!;
      const fieldRows = counts[1]!;
      if (!(occupationRows >= 0 && fieldRows >= 0 && blockSize(occupationRows, fieldRows) === size))
        throw new RangeError(`the rows of term ${termId} do not fit their block in the postings`);
      const fieldsAt = BLOCK_HEAD + align8(4 * occupationRows) + 8 * occupationRows;
      rows = {
        occupations: new Int32Array(block, BLOCK_HEAD, occupationRows),
        occupationWeights: new Float64Array(block, BLOCK_HEAD + align8(4 * occupationRows), occupationRows),
        fields: new Int32Array(block, fieldsAt, fieldRows),
        fieldWeights: new Float64Array(block, fieldsAt + align8(4 * fieldRows), fieldRows),
      };
      made[termId] = rows;
      return rows;
    };
    const records = (first: number, into: Float64Array): void =>
      source.read(
        new Uint8Array(into.buffer, into.byteOffset, into.byteLength),
        recordLayout.offset + 8 * RECORD * first,
      );
    const text = (from: number, to: number): Uint16Array => {
      if (!(Number.isInteger(from) && from >= 0 && from <= to && to <= textLayout.length))
        throw new RangeError("a field's text lies outside the postings");
      const units = new Uint16Array(to - from);
      source.read(new Uint8Array(units.buffer), textLayout.offset + 2 * from);
      return units;
    };
    return {
      codes: header.codes,
      fields: new StoredFields(occupation, records, text),
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
