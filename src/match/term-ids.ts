/**
 * The matcher index's term ids by term, looked up by binary search over the ids in term order. The order is
 * computed with the rest of the index (by `npm run build`), so start-up builds no hash map of the ~23,000 terms
 * for the few dozen lookups a statement makes.
 */
export class TermIds implements ReadonlyMap<string, number> {
  readonly #terms: readonly string[];
  readonly #order: Int32Array;

  /** `terms[id]` is term `id`; `order` lists the ids sorted by term (as TermIds.orderOf gives). */
  constructor(terms: readonly string[], order: Int32Array) {
    this.#terms = terms;
    this.#order = order;
  }

  /** The ids of `terms` sorted by term, in UTF-16 code unit order (the order `<` compares strings in). */
  static orderOf(terms: readonly string[]): Int32Array {
    return Int32Array.from(terms.keys()).sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
  }

  get(term: string): number | undefined {
    let low = 0;
    let high = this.#order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#terms[this.#order[middle]!]! < term) low = middle + 1;
      else high = middle;
    }
    const id = this.#order[low];
    return id !== undefined && this.#terms[id] === term ? id : undefined;
  }

  has(term: string): boolean {
    return this.get(term) !== undefined;
  }

  get size(): number {
    return this.#terms.length;
  }

  forEach(callback: (id: number, term: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    this.#terms.forEach((term, id) => callback.call(thisArg, id, term, this));
  }

  /** Terms in id order, like a Map filled in id order. */
  keys(): MapIterator<string> {
    return this.#terms.values();
  }

  values(): MapIterator<number> {
    return this.#terms.keys();
  }

  entries(): MapIterator<[string, number]> {
    return this.#terms.map((term, id): [string, number] => [term, id]).values();
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}
