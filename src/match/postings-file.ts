/**
 * Encodes an index's postings as bytes and back, so a command can keep them in a cache file and start without
 * re-tokenising the catalog. Bytes in, bytes out: reading and writing the file is the caller's business.
 */
import type { IndexPostings } from "./build-index.js";

const MAGIC = "e7-align-postings/1";

type ArrayName = "idf" | "occupationStart" | "occupations" | "occupationWeights" | "fieldStart" | "fields" | "fieldWeights";

function arraysOf(postings: IndexPostings): [ArrayName, Int32Array | Float64Array][] {
  return [
    ["idf", postings.idf],
    ["occupationStart", postings.occupationPostings.start],
    ["occupations", postings.occupationPostings.occupations],
    ["occupationWeights", postings.occupationPostings.weights],
    ["fieldStart", postings.fieldPostings.start],
    ["fields", postings.fieldPostings.fields],
    ["fieldWeights", postings.fieldPostings.weights],
  ];
}

/** Postings as bytes: a length-prefixed JSON header (terms, compounds, array layout) then 8-aligned typed arrays. */
export function encodePostings(postings: IndexPostings): Uint8Array {
  const arrays = arraysOf(postings);
  const header = new TextEncoder().encode(
    JSON.stringify({ magic: MAGIC, terms: postings.terms, compounds: postings.compounds, arrays: arrays.map(([name, array]) => [name, array instanceof Int32Array ? "i32" : "f64", array.length]) }),
  );
  let offset = 8 + header.length;
  offset += (8 - (offset % 8)) % 8;
  const start = offset;
  for (const [, array] of arrays) offset += array.byteLength + ((8 - (array.byteLength % 8)) % 8);
  const bytes = new Uint8Array(offset);
  new DataView(bytes.buffer).setUint32(0, header.length, true);
  bytes.set(header, 8);
  offset = start;
  for (const [, array] of arrays) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset += array.byteLength + ((8 - (array.byteLength % 8)) % 8);
  }
  return bytes;
}

/** Reads bytes written by encodePostings; undefined when they are not such bytes (a stale or damaged cache). */
export function decodePostings(bytes: Uint8Array): IndexPostings | undefined {
  try {
    if (bytes.length < 8) return undefined;
    const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as {
      magic: string;
      terms: string[];
      compounds: string[];
      arrays: [ArrayName, "i32" | "f64", number][];
    };
    if (header.magic !== MAGIC) return undefined;
    let offset = 8 + headerLength;
    offset += (8 - (offset % 8)) % 8;
    const arrays = new Map<ArrayName, Int32Array | Float64Array>();
    for (const [name, type, length] of header.arrays) {
      const byteLength = length * (type === "i32" ? 4 : 8);
      if (offset + byteLength > bytes.length) return undefined;
      // A copy: Node's Buffer#slice shares memory, and typed arrays need their own aligned buffer.
      const copy = new Uint8Array(bytes.subarray(offset, offset + byteLength)).buffer;
      arrays.set(name, type === "i32" ? new Int32Array(copy) : new Float64Array(copy));
      offset += byteLength + ((8 - (byteLength % 8)) % 8);
    }
    const i32 = (name: ArrayName): Int32Array => arrays.get(name) as Int32Array;
    const f64 = (name: ArrayName): Float64Array => arrays.get(name) as Float64Array;
    if (arrays.size !== 7 || f64("idf").length !== header.terms.length) return undefined;
    return {
      terms: header.terms,
      compounds: header.compounds,
      idf: f64("idf"),
      occupationPostings: { start: i32("occupationStart"), occupations: i32("occupations"), weights: f64("occupationWeights") },
      fieldPostings: { start: i32("fieldStart"), fields: i32("fields"), weights: f64("fieldWeights") },
    };
  } catch {
    return undefined;
  }
}
