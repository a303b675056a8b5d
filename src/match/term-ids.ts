/**
 * The matcher index's term ids by term, looked up by binary search over the ids in term order. The terms are kept
 * as one string with start offsets, and the order is computed with the rest of the index (by `npm run build`), so
 * loading an index creates no string or map entry per term for the few dozen lookups a statement makes.
 */
/** Where each of `texts` starts in their concatenation, and (last) its length: text i is joined.slice(starts[i], starts[i + 1]). */
export function startOffsets(texts: readonly string[]): Int32Array {
  const starts = new Int32Array(texts.length + 1);
  for (const [i, text] of texts.entries()) starts[i + 1] = starts[i]! + text.length;
  return starts;
}

export class TermIds implements ReadonlyMap<string, number> {
  /** All terms joined, in id order: term `id` is text.slice(starts[id], starts[id + 1]). */
  readonly text: string;
  readonly starts: Int32Array;
  /** The ids sorted by term, in UTF-16 code unit order (the order `<` compares strings in). */
  readonly order: Int32Array;

  constructor(text: string, starts: Int32Array, order: Int32Array) {
    this.text = text;
    this.starts = starts;
    this.order = order;
  }

  /** The ids of a list of terms (`terms[id]` is term `id`). */
  static of(terms: readonly string[]): TermIds {
    const starts = startOffsets(terms);
    const order = Int32Array.from(terms.keys()).sort((a, b) =>
      terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0,
    );
    return new TermIds(terms.join(""), starts, order);
  }

  /** The term with this id. */
  term(id: number): string {
    return this.text.slice(this.starts[id], this.starts[id + 1]);
  }

  get(term: string): number | undefined {
    let low = 0;
    let high = this.order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.term(this.order[middle]!) < term) low = middle + 1;
      else high = middle;
    }
    const id = this.order[low];
    return id !== undefined &&
      this.starts[id + 1]! - this.starts[id]! === term.length &&
      this.text.startsWith(term, this.starts[id])
      ? id
      : undefined;
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
