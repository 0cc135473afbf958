import { scanTokens } from "./scan.js";

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

/**
 * Splits a text into tokens with their spans and match keys, as arrays (see {@link scanTokens} for the same
 * tokens without the arrays). Never throws; non-strings give no tokens.
 *
 * @example
 * ```ts
 * const { starts, ends, cased } = tokenize("Đảng ủy UBND tỉnh");
 * cased; // ["Dang", "uy", "UBND", "tinh"]
 * [starts[2], ends[2]]; // [8, 12]
 * ```
 */
export function tokenize(input: unknown): TokenList {
  const scan = scanTokens(input);
  const starts: number[] = [];
  const ends: number[] = [];
  const folded: string[] = [];
  const cased: string[] = [];
  const words: boolean[] = [];
  for (let at = 0; at < scan.count; at++) {
    starts.push(scan.start(at) ?? 0);
    ends.push(scan.end(at) ?? 0);
    folded.push(scan.folded(at) ?? "");
    cased.push(scan.cased(at) ?? "");
    words.push(scan.isWord(at));
  }
  return { text: scan.text, starts, ends, folded, cased, words };
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
  // Read off the scan directly: the dictionaries key thousands of phrases on first use, and the five arrays of
  // tokenize() were most of that.
  const scan = scanTokens(phrase);
  const keys: string[] = [];
  for (let at = 0; at < scan.count; at++) keys.push((keepCase ? scan.cased(at) : scan.folded(at)) ?? "");
  return keys.join(" ");
}
