/**
 * Encodes an index's fields and postings as bytes and back, so a command can load them from the file the build
 * wrote and start without deriving fields or re-tokenising the catalog. Bytes in, bytes out: reading and writing
 * the file is the caller's business.
 */
import type { IndexField, IndexPostings } from "./index-types.js";
import { startOffsets, TermIds } from "./term-ids.js";

const MAGIC = "e7-align-postings/5";

const SOURCES: readonly IndexField["source"][] = ["task", "scope", "keyword", "title"];

type ArrayName =
  | "termStarts"
  | "termOrder"
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
  | "fieldTextStarts";
type Typed = Int32Array | Float64Array;

/**
 * The JSON part. Terms and field texts are each one string cut by start offsets (arrays below): parsing one long
 * string and slicing it is much cheaper at start-up than parsing tens of thousands of short ones.
 */
interface Header {
  readonly magic: string;
  readonly codes: string[];
  readonly compounds: string[];
  readonly termText: string;
  readonly fieldText: string;
  readonly maxIdf: number;
  readonly arrays: [ArrayName, "i32" | "f64", number][];
}

function arraysOf(postings: IndexPostings): [ArrayName, Typed][] {
  return [
    ["termStarts", postings.termIds.starts],
    ["termOrder", postings.termIds.order],
    ["idf", postings.idf],
    ["occupationStart", postings.occupationPostings.start],
    ["occupations", postings.occupationPostings.occupations],
    ["occupationWeights", postings.occupationPostings.weights],
    ["fieldPostingStart", postings.fieldPostings.start],
    ["fields", postings.fieldPostings.fields],
    ["fieldWeights", postings.fieldPostings.weights],
    ["fieldStart", postings.fieldStart],
    ["fieldOccupation", postings.fieldOccupation],
    ["fieldSource", Int32Array.from(postings.fields, (field) => SOURCES.indexOf(field.source))],
    ["fieldWeight", Float64Array.from(postings.fields, (field) => field.weight)],
    ["fieldTextStarts", startOffsets(postings.fields.map((field) => field.text))],
  ];
}

const padding = (length: number): number => (8 - (length % 8)) % 8;

/** Postings as bytes: a length-prefixed JSON header (see Header) then 8-aligned typed arrays. */
export function encodePostings(postings: IndexPostings): Uint8Array {
  const arrays = arraysOf(postings);
  const header: Header = {
    magic: MAGIC,
    codes: [...postings.codes],
    compounds: [...postings.compounds],
    termText: postings.termIds.text,
    fieldText: postings.fields.map((field) => field.text).join(""),
    maxIdf: postings.maxIdf,
    arrays: arrays.map(([name, array]) => [name, array instanceof Int32Array ? "i32" : "f64", array.length]),
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

/** Reads bytes written by encodePostings; undefined when they are not such bytes (a stale or damaged file). */
export function decodePostings(bytes: Uint8Array): IndexPostings | undefined {
  try {
    if (bytes.length < 8) return undefined;
    const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Header;
    if (
      header?.magic !== MAGIC ||
      typeof header.termText !== "string" ||
      typeof header.fieldText !== "string" ||
      typeof header.maxIdf !== "number"
    )
      return undefined;
    let offset = 8 + headerLength;
    offset += padding(offset);
    const arrays = new Map<ArrayName, Typed>();
    for (const [name, type, length] of header.arrays) {
      const byteLength = length * (type === "i32" ? 4 : 8);
      if (offset + byteLength > bytes.length) return undefined;
      const at = bytes.byteOffset + offset;
      // Views into the file's bytes when they are aligned (a file read whole is), else a copy: no 2 MB copy at start-up.
      const buffer = at % 8 === 0 ? bytes.buffer : new Uint8Array(bytes.subarray(offset, offset + byteLength)).buffer;
      const from = at % 8 === 0 ? at : 0;
      arrays.set(name, type === "i32" ? new Int32Array(buffer, from, length) : new Float64Array(buffer, from, length));
      offset += byteLength + padding(byteLength);
    }
    if (arrays.size !== 14) return undefined;
    const i32 = (name: ArrayName): Int32Array => arrays.get(name) as Int32Array;
    const f64 = (name: ArrayName): Float64Array => arrays.get(name) as Float64Array;
    const termIds = new TermIds(header.termText, i32("termStarts"), i32("termOrder"));
    if (
      termIds.starts.length !== termIds.size + 1 ||
      termIds.starts[termIds.size] !== header.termText.length ||
      f64("idf").length !== termIds.size
    )
      return undefined;
    const occupation = i32("fieldOccupation");
    const source = i32("fieldSource");
    const weight = f64("fieldWeight");
    const textStarts = i32("fieldTextStarts");
    const count = occupation.length;
    if (
      source.length !== count ||
      weight.length !== count ||
      textStarts.length !== count + 1 ||
      textStarts[count] !== header.fieldText.length
    )
      return undefined;
    const fields: IndexField[] = new Array<IndexField>(count);
    for (let f = 0; f < count; f++) {
      const name = SOURCES[source[f]!];
      if (name === undefined) return undefined;
      fields[f] = {
        occupation: occupation[f]!,
        source: name,
        text: header.fieldText.slice(textStarts[f], textStarts[f + 1]),
        weight: weight[f]!,
      };
    }
    return {
      codes: header.codes,
      fields,
      fieldStart: i32("fieldStart"),
      fieldOccupation: occupation,
      termIds,
      compounds: header.compounds,
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
