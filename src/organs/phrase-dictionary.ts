import type { TokenScan } from "./scan.js";

interface TrieNode<T> {
  values: T[] | undefined;
  next: Map<string, TrieNode<T>> | undefined;
}

const NO_MATCHES: readonly (readonly [number, readonly never[]])[] = Object.freeze([]);

/**
 * A dictionary of multi-token phrases with longest-match lookup at a token position: a Map on joined keys plus
 * the set of every key prefix, so a scan stops as soon as no phrase can continue, and the same keys as a trie of
 * tokens for {@link PhraseDictionary.matchesIn}, which builds no string while it walks.
 *
 * @example
 * ```ts
 * const dictionary = new PhraseDictionary<string>();
 * dictionary.add(phraseKey("Bộ Chính trị", false), "politburo");
 * ```
 */
export class PhraseDictionary<T> {
  readonly #entries = new Map<string, T[]>();
  readonly #prefixes = new Set<string>();
  readonly #root: TrieNode<T> = { values: undefined, next: undefined };
  #maxTokens = 0;

  /** Stores a value under a phrase key (see {@link phraseKey}); a key may hold several values. */
  add(key: string, value: T): void {
    if (key === "") return;
    const list = this.#entries.get(key);
    if (list) list.push(value);
    else this.#entries.set(key, [value]);
    const parts = key.split(" ");
    this.#maxTokens = Math.max(this.#maxTokens, parts.length);
    let prefix = "";
    let node = this.#root;
    for (const part of parts) {
      prefix = prefix === "" ? part : `${prefix} ${part}`;
      this.#prefixes.add(prefix);
      node.next ??= new Map();
      let child = node.next.get(part);
      if (child === undefined) {
        child = { values: undefined, next: undefined };
        node.next.set(part, child);
      }
      node = child;
    }
    node.values = this.#entries.get(key);
  }

  /** The values stored under exactly this key. */
  get(key: string): readonly T[] | undefined {
    return this.#entries.get(key);
  }

  /** Every phrase starting at token `at`, as `[endToken (exclusive), values]`, shortest first. */
  matchesAt(keys: readonly string[], at: number): [number, readonly T[]][] {
    const found: [number, readonly T[]][] = [];
    let key = keys[at];
    let end = at + 1;
    while (key !== undefined && this.#prefixes.has(key)) {
      const values = this.#entries.get(key);
      if (values) found.push([end, values]);
      if (end - at >= this.#maxTokens || end >= keys.length) break;
      key = `${key} ${keys[end]}`;
      end++;
    }
    return found;
  }

  /** Whether some phrase starts with this token key: the cheap test before {@link PhraseDictionary.matchesIn}. */
  startsWith(key: string | undefined): boolean {
    return key !== undefined && this.#root.next?.has(key) === true;
  }

  /**
   * Every phrase starting at token `at` of a {@link scanTokens} result, matched on folded tokens (or case-kept
   * ones with `keepCase`), as `[endToken (exclusive), values]`, shortest first.
   */
  matchesIn(tokens: TokenScan, at: number, keepCase = false): readonly (readonly [number, readonly T[]])[] {
    let node = this.#root.next?.get((keepCase ? tokens.cased(at) : tokens.folded(at)) ?? "");
    if (node === undefined) return NO_MATCHES;
    const found: [number, readonly T[]][] = [];
    let end = at + 1;
    while (node !== undefined) {
      if (node.values) found.push([end, node.values]);
      if (node.next === undefined) break;
      const key = keepCase ? tokens.cased(end) : tokens.folded(end);
      node = key === undefined ? undefined : node.next.get(key);
      end++;
    }
    return found;
  }

  /** Every stored key. */
  keys(): IterableIterator<string> {
    return this.#entries.keys();
  }
}
