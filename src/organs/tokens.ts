import { foldDiacritics } from "../text/index.js";

/*
 * The token scan behind organ and title matching: words (letters, marks, digits, an apostrophe inside a word) and
 * single punctuation characters, each with its span in the caller's string. Spaces separate tokens and are
 * dropped. Every token gets two keys: `folded` (lower case, no diacritics: what names match on) and `cased`
 * (diacritics folded, case kept: what abbreviations match on). One pass, no regex over the whole text.
 */

/**
 * Tokens of one text, as parallel arrays (spans into the text, folded and case-kept keys, word flags).
 *
 * @example
 * ```ts
 * const tokens: TokenList = tokenize("UBND tỉnh Kon Tum");
 * tokens.folded; // ["ubnd", "tinh", "kon", "tum"]
 * ```
 */
export interface TokenList {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly folded: readonly string[];
  readonly cased: readonly string[];
  /** Whether the token is a word (else one punctuation character). */
  readonly words: readonly boolean[];
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212";
// Caps the per-call memo, so that endless distinct words keep memory bounded.
const MEMO_LIMIT = 20_000;

function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x3000
  );
}

function isWordAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x80) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  }
  if (code >= 0xd800 && code < 0xdc00) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low < 0xe000) return WORD_CHAR.test(text.slice(at, at + 2)) ? 2 : 0;
    return 0;
  }
  if (code >= 0xdc00 && code < 0xe000) return 0;
  return WORD_CHAR.test(text[at] ?? "") ? 1 : 0;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/**
 * Splits a text into tokens with their spans and match keys. Never throws; non-strings give no tokens.
 *
 * @example
 * ```ts
 * const { starts, ends, cased } = tokenize("Đảng ủy UBND tỉnh");
 * cased; // ["Dang", "uy", "UBND", "tinh"]
 * [starts[2], ends[2]]; // [8, 12]
 * ```
 */
export function tokenize(input: unknown): TokenList {
  const text = typeof input === "string" ? input : "";
  const starts: number[] = [];
  const ends: number[] = [];
  const folded: string[] = [];
  const cased: string[] = [];
  const words: boolean[] = [];
  const memo = new Map<string, string>();
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    let step = isWordAt(text, i);
    if (step === 0) {
      const char = code >= 0xd800 && code < 0xe000 ? "\ufffd" : (text[i] ?? "");
      const key = DASHES.includes(char) ? "-" : char === "\u2019" ? "'" : char;
      starts.push(i);
      ends.push(i + 1);
      folded.push(key);
      cased.push(key);
      words.push(false);
      i++;
      continue;
    }
    const start = i;
    while (step > 0) {
      i += step;
      step = i < length ? isWordAt(text, i) : 0;
      // An apostrophe between letters stays in the word (People's, Committee's).
      if (step === 0 && i + 1 < length && isApostrophe(text.charCodeAt(i)) && isWordAt(text, i + 1) > 0) {
        step = 1;
      }
    }
    const word = text.slice(start, i);
    let key = memo.get(word);
    if (key === undefined) {
      key = foldDiacritics(word.normalize("NFC")).replaceAll("\u2019", "'");
      if (memo.size < MEMO_LIMIT) memo.set(word, key);
    }
    starts.push(start);
    ends.push(i);
    cased.push(key);
    folded.push(key.toLowerCase());
    words.push(true);
  }
  return { text, starts, ends, folded, cased, words };
}

/**
 * The folded (or case-kept) tokens of a catalogue phrase, joined by one space: the key a
 * {@link PhraseDictionary} stores.
 *
 * @example
 * ```ts
 * phraseKey("Ủy ban nhân dân", false); // "uy ban nhan dan"
 * phraseKey("UBND", true); // "UBND"
 * ```
 */
export function phraseKey(phrase: string, keepCase: boolean): string {
  const tokens = tokenize(phrase);
  return (keepCase ? tokens.cased : tokens.folded).join(" ");
}

/**
 * A dictionary of multi-token phrases with longest-match lookup at a token position: a Map on joined keys plus
 * the set of every key prefix, so a scan stops as soon as no phrase can continue.
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
    for (const part of parts) {
      prefix = prefix === "" ? part : `${prefix} ${part}`;
      this.#prefixes.add(prefix);
    }
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

  /** Every stored key. */
  keys(): IterableIterator<string> {
    return this.#entries.keys();
  }
}
