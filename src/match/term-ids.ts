/**
 * The matcher index's term ids by term, looked up in a hash table of ids over the terms' UTF-16 code units. Terms,
 * offsets and table are computed with the rest of the index (by `npm run build`) and stored as they are, so loading
 * an index creates no string or map entry per term, and a lookup costs about what a Map's does.
 */
/** Where each of `texts` starts in their concatenation, and (last) its length: text i is joined.slice(starts[i], starts[i + 1]). */
export function startOffsets(texts: readonly string[]): Int32Array {
  const starts = new Int32Array(texts.length + 1);
  for (const [i, text] of texts.entries()) starts[i + 1] = starts[i]! + text.length;
  return starts;
}

/** The UTF-16 code units of texts joined. */
function unitsOf(texts: readonly string[]): Uint16Array {
  let length = 0;
  for (const text of texts) length += text.length;
  const units = new Uint16Array(length);
  let at = 0;
  for (const text of texts) for (let i = 0; i < text.length; i++) units[at++] = text.charCodeAt(i);
  return units;
}

/** The string of some UTF-16 code units, exactly (lone surrogates too), in chunks that stay within argument limits. */
export function stringOfUnits(units: Uint16Array): string {
  let text = "";
  for (let i = 0; i < units.length; i += 4096)
    text += String.fromCharCode.apply(null, units.subarray(i, i + 4096) as unknown as number[]);
  return text;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The hash table of `count` terms: slots hold id + 1 (0 is empty), at most half of them filled. */
function tableOf(units: Uint16Array, starts: Int32Array, count: number): Int32Array {
  let capacity = 8;
  while (capacity < count * 2) capacity *= 2;
  const table = new Int32Array(capacity);
  for (let id = 0; id < count; id++) {
    let hash = FNV_OFFSET;
    for (let i = starts[id]!; i < starts[id + 1]!; i++) hash = Math.imul(hash ^ units[i]!, FNV_PRIME);
    let slot = hash & (capacity - 1);
    while (table[slot] !== 0) slot = (slot + 1) & (capacity - 1);
    table[slot] = id + 1;
  }
  return table;
}

export class TermIds implements ReadonlyMap<string, number> {
  /** All terms' UTF-16 code units joined, in id order: term `id` is units starts[id] up to starts[id + 1]. */
  readonly units: Uint16Array;
  readonly starts: Int32Array;
  /** Open-addressing hash table (FNV-1a over code units, linear probing) of id + 1, 0 for an empty slot. */
  readonly table: Int32Array;

  constructor(units: Uint16Array, starts: Int32Array, table: Int32Array) {
    this.units = units;
    this.starts = starts;
    this.table = table;
  }

  /** The ids of a list of distinct terms (`terms[id]` is term `id`). */
  static of(terms: readonly string[]): TermIds {
    const units = unitsOf(terms);
    const starts = startOffsets(terms);
    return new TermIds(units, starts, tableOf(units, starts, terms.length));
  }

  /** True when the offsets cover the units and the table's size is a power of two (a lookup masks with it). */
  isWhole(): boolean {
    const capacity = this.table.length;
    return (
      this.size >= 0 &&
      this.starts[0] === 0 &&
      this.starts[this.size] === this.units.length &&
      capacity >= 8 &&
      (capacity & (capacity - 1)) === 0
    );
  }

  /** The term with this id. */
  term(id: number): string {
    return stringOfUnits(this.units.subarray(this.starts[id], this.starts[id + 1]));
  }

  /** True when term `id` is `term`. */
  #is(id: number, term: string): boolean {
    const from = this.starts[id]!;
    if (this.starts[id + 1]! - from !== term.length) return false;
    for (let i = 0; i < term.length; i++) if (this.units[from + i] !== term.charCodeAt(i)) return false;
    return true;
  }

  get(term: string): number | undefined {
    let hash = FNV_OFFSET;
    for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), FNV_PRIME);
    const mask = this.table.length - 1;
    // At most one probe per slot, so that even a damaged stored table ends.
    for (let slot = hash & mask, probes = 0; probes <= mask; slot = (slot + 1) & mask, probes++) {
      const entry = this.table[slot];
      if (!entry) return undefined;
      if (this.#is(entry - 1, term)) return entry - 1;
    }
    return undefined;
  }

  has(term: string): boolean {
    return this.get(term) !== undefined;
  }

  get size(): number {
    return this.starts.length - 1;
  }

  forEach(callback: (id: number, term: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (let id = 0; id < this.size; id++) callback.call(thisArg, id, this.term(id), this);
  }

  /** Terms in id order, like a Map filled in id order. */
  keys(): MapIterator<string> {
    return Array.from({ length: this.size }, (_, id) => this.term(id)).values();
  }

  values(): MapIterator<number> {
    return Array.from({ length: this.size }, (_, id) => id).values();
  }

  entries(): MapIterator<[string, number]> {
    return Array.from({ length: this.size }, (_, id): [string, number] => [this.term(id), id]).values();
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}
