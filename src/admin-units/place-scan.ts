/*
 * The token view extractPlaces reads names through. Names are rare in a text, so instead of tokenising the whole
 * text up front, a regex (native code) jumps from one capital letter to the next, and only the few tokens around a
 * candidate name are read. Tokens are maximal runs of word characters, so a window read locally is exactly the
 * tokenisation of the whole text there.
 */
import { foldKey, isWordUnit } from "./fold.js";

/**
 * A few consecutive tokens of a text (offsets into the whole text) and their folded forms.
 *
 * @example
 * ```ts
 * const scan: Scan = createWindow("Tỉnh Kon Tum", 5, 2, 3, new Map());
 * scan.fold(scan.at); // "kon"
 * ```
 */
export interface Scan {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** The index of the token the window was built around. */
  readonly at: number;
  /** The folded form of token `k`, `undefined` outside the window (the window reaches the text's ends). */
  readonly fold: (k: number) => string | undefined;
}

// Caps the per-call memo of folded words, so that a text of endless distinct words keeps a bounded memory.
const FOLD_MEMO_LIMIT = 20_000;

/**
 * Folds a word through a per-call memo: the same few names and designators recur throughout an article.
 *
 * @example
 * ```ts
 * foldWord("Tum", new Map()); // "tum"
 * ```
 */
export function foldWord(word: string, memo: Map<string, string>): string {
  let value = memo.get(word);
  if (value === undefined) {
    value = foldKey(word);
    if (memo.size < FOLD_MEMO_LIMIT) memo.set(word, value);
  }
  return value;
}

/**
 * Where the word starting at `start` ends.
 *
 * @example
 * ```ts
 * wordEnd("Kon Tum", 0); // 3
 * ```
 */
export function wordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
  return end;
}

/**
 * The tokens around the token starting at `start`: up to `before` tokens before it and up to `after` tokens from
 * it on (itself included). Reads only those tokens and the gaps between them.
 *
 * @example
 * ```ts
 * const scan = createWindow("tỉnh Kon Tum", 5, 2, 3, new Map());
 * scan.starts; // [0, 5, 9]
 * ```
 */
export function createWindow(
  text: string,
  start: number,
  before: number,
  after: number,
  memo: Map<string, string>,
): Scan {
  const backStarts: number[] = [];
  const backEnds: number[] = [];
  let pos = start;
  while (backStarts.length < before) {
    while (pos > 0 && !isWordUnit(text.charCodeAt(pos - 1))) pos--;
    if (pos === 0) break;
    const end = pos;
    while (pos > 0 && isWordUnit(text.charCodeAt(pos - 1))) pos--;
    backStarts.push(pos);
    backEnds.push(end);
  }
  const starts = backStarts.reverse();
  const ends = backEnds.reverse();
  const at = starts.length;
  pos = start;
  for (let count = 0; count < after && pos < text.length; count++) {
    const end = wordEnd(text, pos);
    starts.push(pos);
    ends.push(end);
    pos = end;
    while (pos < text.length && !isWordUnit(text.charCodeAt(pos))) pos++;
  }
  const folded: (string | undefined)[] = [];
  const fold = (k: number): string | undefined => {
    if (k < 0 || k >= starts.length) return undefined;
    let value = folded[k];
    if (value === undefined) {
      value = foldWord(text.slice(starts[k], ends[k]), memo);
      folded[k] = value;
    }
    return value;
  };
  return { text, starts, ends, at, fold };
}

// What {@link isCapitalStart} answered for each BMP code unit outside ASCII (0 not asked yet, 1 yes, 2 no): a pure
// function of the unit, filled on first use, so the scan asks the regex and `toLowerCase` once per distinct letter.
let capitalUnits: Uint8Array | undefined;
const CHANGES_WHEN_LOWERCASED = /\p{Changes_When_Lowercased}/u;

/**
 * Whether a UTF-16 unit can start a capitalised name: a word character that lower-casing changes. Surrogates never
 * are (an astral character never starts a word). Replaces a global-regex scan whose one call per capital cost more
 * than this whole test.
 *
 * @example
 * ```ts
 * [isCapitalStart("H".charCodeAt(0)), isCapitalStart("Đ".charCodeAt(0)), isCapitalStart("h".charCodeAt(0))];
 * // [true, true, false]
 * ```
 */
export function isCapitalStart(code: number): boolean {
  if (code < 0x80) return code >= 65 && code <= 90;
  capitalUnits ??= new Uint8Array(0x10000);
  let state = capitalUnits[code] ?? 2;
  if (state === 0) {
    const char = String.fromCharCode(code);
    const capital = isWordUnit(code) && CHANGES_WHEN_LOWERCASED.test(char) && char !== char.toLowerCase();
    state = capital ? 1 : 2;
    capitalUnits[code] = state;
  }
  return state === 1;
}
