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

/**
 * A fresh global regex for characters that lower-casing changes: a superset of the capitals a name can start
 * with (each hit is checked again), found by the regex engine rather than a JavaScript loop.
 *
 * @example
 * ```ts
 * capitalPattern().exec("tại Huế")?.index; // 4
 * ```
 */
export function capitalPattern(): RegExp {
  return /\p{Changes_When_Lowercased}/gu;
}
