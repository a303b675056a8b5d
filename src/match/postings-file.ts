/**
 * Encodes an index's fields and postings as bytes and back, so a command can load them from the file the build
 * wrote and start without deriving fields or re-tokenising the catalog. Bytes in, bytes out: reading and writing
 * the file is the caller's business.
 */
import type { IndexField, IndexFields, IndexPostings } from "./index-types.js";
import { startOffsets, stringOfUnits, TermIds } from "./term-ids.js";

const MAGIC = "e7-align-postings/6";

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
  | "occupations"
  | "occupationWeights"
  | "fieldPostingStart"
  | "fields"
  | "fieldWeights"
  | "fieldStart"
  | "fieldOccupation"
  | "fieldSource"
  | "fieldWeight"
  | "fieldText"
  | "fieldTextStarts";
type Typed = Int32Array | Float64Array | Uint16Array;
type TypeName = "i32" | "f64" | "u16";

const BYTES: Record<TypeName, number> = { i32: 4, f64: 8, u16: 2 };

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
  return array instanceof Int32Array ? "i32" : array instanceof Float64Array ? "f64" : "u16";
}

function arraysOf(postings: IndexPostings): [ArrayName, Typed][] {
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
    ["occupations", postings.occupationPostings.occupations],
    ["occupationWeights", postings.occupationPostings.weights],
    ["fieldPostingStart", postings.fieldPostings.start],
    ["fields", postings.fieldPostings.fields],
    ["fieldWeights", postings.fieldPostings.weights],
    ["fieldStart", postings.fieldStart],
    ["fieldOccupation", postings.fieldOccupation],
    ["fieldSource", Int32Array.from(fields, (field) => SOURCES.indexOf(field.source))],
    ["fieldWeight", Float64Array.from(fields, (field) => field.weight)],
    ["fieldText", codeUnits(fieldTexts.join(""))],
    ["fieldTextStarts", startOffsets(fieldTexts)],
  ];
}

const padding = (length: number): number => (8 - (length % 8)) % 8;

/** Postings as bytes: a length-prefixed JSON header (see Header) then 8-aligned typed arrays. */
export function encodePostings(postings: IndexPostings): Uint8Array {
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
  readonly #text: Uint16Array;
  readonly #textStarts: Int32Array;

  constructor(occupation: Int32Array, source: Int32Array, weight: Float64Array, text: Uint16Array, starts: Int32Array) {
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
      text: stringOfUnits(this.#text.subarray(this.#textStarts[i], this.#textStarts[i + 1])),
      weight: this.#weight[i]!,
    };
    this.#made[i] = field;
    return field;
  }
}

/** Reads bytes written by encodePostings; undefined when they are not such bytes (a stale or damaged file). */
export function decodePostings(bytes: Uint8Array): IndexPostings | undefined {
  try {
    if (bytes.length < 8) return undefined;
    const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Header;
    if (header?.magic !== MAGIC || typeof header.maxIdf !== "number") return undefined;
    let offset = 8 + headerLength;
    offset += padding(offset);
    const arrays = new Map<ArrayName, Typed>();
    for (const [name, type, length] of header.arrays) {
      const byteLength = length * BYTES[type];
      if (offset + byteLength > bytes.length) return undefined;
      const at = bytes.byteOffset + offset;
      // Views into the file's bytes when they are aligned (a file read whole is), else a copy: no 2 MB copy at start-up.
      const buffer = at % 8 === 0 ? bytes.buffer : new Uint8Array(bytes.subarray(offset, offset + byteLength)).buffer;
      const from = at % 8 === 0 ? at : 0;
      arrays.set(
        name,
        type === "i32"
          ? new Int32Array(buffer, from, length)
          : type === "f64"
            ? new Float64Array(buffer, from, length)
            : new Uint16Array(buffer, from, length),
      );
      offset += byteLength + padding(byteLength);
    }
    if (arrays.size !== 19) return undefined;
    const i32 = (name: ArrayName): Int32Array => arrays.get(name) as Int32Array;
    const f64 = (name: ArrayName): Float64Array => arrays.get(name) as Float64Array;
    const u16 = (name: ArrayName): Uint16Array => arrays.get(name) as Uint16Array;
    const termIds = new TermIds(u16("termText"), i32("termStarts"), i32("termTable"));
    const compounds = new TermIds(u16("compoundText"), i32("compoundStarts"), i32("compoundTable"));
    if (!termIds.isWhole() || !compounds.isWhole() || f64("idf").length !== termIds.size) return undefined;
    const occupation = i32("fieldOccupation");
    const source = i32("fieldSource");
    const weight = f64("fieldWeight");
    const fieldText = u16("fieldText");
    const textStarts = i32("fieldTextStarts");
    const count = occupation.length;
    if (
      source.length !== count ||
      weight.length !== count ||
      textStarts.length !== count + 1 ||
      textStarts[count] !== fieldText.length
    )
      return undefined;
    for (let f = 0; f < count; f++) if (SOURCES[source[f]!] === undefined) return undefined;
    return {
      codes: header.codes,
      fields: new StoredFields(occupation, source, weight, fieldText, textStarts),
      fieldStart: i32("fieldStart"),
      fieldOccupation: occupation,
      termIds,
      compounds,
      idf: f64("idf"),
      maxIdf: header.maxIdf,
      occupationPostings: {
        start: i32("occupationStart"),
        occupations: i32("occupations"),
        weights: f64("occupationWeights"),
      },
      fieldPostings: { start: i32("fieldPostingStart"), fields: i32("fields"), weights: f64("fieldWeights") },
    };
  } catch {
    return undefined;
  }
}
