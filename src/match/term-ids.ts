/**
 * The matcher index's term ids by term, looked up by binary search over the ids in term order. The terms are kept
 * as one run of UTF-16 code units with start offsets, and the order is computed with the rest of the index (by
 * `npm run build`), so loading an index creates no string or map entry per term for the few dozen lookups a
 * statement makes.
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

export class TermIds implements ReadonlyMap<string, number> {
  /**
   * All terms' UTF-16 code units joined, in id order: term `id` is units starts[id] up to starts[id + 1]. Kept as
   * code units, so a stored index is searched in place with no string made for its tens of thousands of terms.
   */
  readonly units: Uint16Array;
  readonly starts: Int32Array;
  /** The ids sorted by term, in UTF-16 code unit order (the order `<` compares strings in). */
  readonly order: Int32Array;

  constructor(units: Uint16Array, starts: Int32Array, order: Int32Array) {
    this.units = units;
    this.starts = starts;
    this.order = order;
  }

  /** The ids of a list of terms (`terms[id]` is term `id`). */
  static of(terms: readonly string[]): TermIds {
    const starts = startOffsets(terms);
    const order = Int32Array.from(terms.keys()).sort((a, b) =>
      terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0,
    );
    return new TermIds(unitsOf(terms), starts, order);
  }

  /** The term with this id. */
  term(id: number): string {
    return stringOfUnits(this.units.subarray(this.starts[id], this.starts[id + 1]));
  }

  /** Below 0 when term `id` sorts before `term`, 0 when it is `term`, above 0 when after (code unit order). */
  #compare(id: number, term: string): number {
    const from = this.starts[id]!;
    const length = this.starts[id + 1]! - from;
    const shorter = Math.min(length, term.length);
    for (let i = 0; i < shorter; i++) {
      const difference = this.units[from + i]! - term.charCodeAt(i);
      if (difference !== 0) return difference;
    }
    return length - term.length;
  }

  get(term: string): number | undefined {
    let low = 0;
    let high = this.order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#compare(this.order[middle]!, term) < 0) low = middle + 1;
      else high = middle;
    }
    const id = this.order[low];
    return id !== undefined && this.#compare(id, term) === 0 ? id : undefined;
  }

  has(term: string): boolean {
    return this.get(term) !== undefined;
  }

  get size(): number {
    return this.order.length;
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
