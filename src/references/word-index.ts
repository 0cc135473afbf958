import type { DocumentGenre } from "../document-code/index.js";
import { foldCode, isLatinLetter } from "./chars.js";
import { DISTRACTOR_WORDS, NUMBER_MARKERS, TYPE_WORDS } from "./words.js";

/** A type phrase ("nghi quyet") and the genre it names. */
export type TypePhrase = readonly [phrase: string, genre: DocumentGenre];

/*
 * The words that may stand right before a number (markers, last words of type phrases, distractors) in a trie read
 * backwards: a word is read from its last character, folding and classifying each one through a single table look-up
 * and following the trie in the same step. Most numbers follow a word no table word ends like, so reading stops
 * after a character or two, and a word that is read is never read again to look it up.
 */

/** The word read (with its trailing "." or ":" dropped) is a number marker. */
export const MARKER_WORD = 1;
/** The word read, less its trailing "." or ":" if any, is a distractor ("Mẫu số", "Form"). */
export const DISTRACTOR_WORD = 2;

// Characters a word may end with (only as its last character), besides letters.
const WORD_END_MARKS = [46, 58, 0xb0, 0xba];
// Symbol bit of those marks: they end a word read backwards anywhere but at its last character.
const MARK_BIT = 0x80;
// Characters at or above this are never letters nor marks (see isLatinLetter).
const CLASSIFIED = 0x1f00;

/** The backward word trie: the symbol of each character, transitions and what each state's word is. */
export interface WordTrie {
  /** Per code unit below U+1F00: 0 (ends a word), a letter's symbol, or a mark's symbol with MARK_BIT set. */
  readonly symbols: Uint8Array;
  /**
   * `state + symbol` → next state, where a state is the offset of its row (rows of 32, 64… entries); state 0 is dead
   * (no table word ends like the text read).
   */
  readonly next: Uint32Array;
  /** The state of the empty word. */
  readonly root: number;
  /** By state: MARKER_WORD | DISTRACTOR_WORD. */
  readonly flags: Uint8Array;
  /** By state: the type phrases ending with its word, longer first, or undefined. */
  readonly phrases: readonly (readonly TypePhrase[] | undefined)[];
}

// The smallest row of symbols per state: rows are powers of two of at least 32 entries, above any word length read,
// so that a state (a row's offset) and a length pack into one number (see readWordBack).
const MIN_STRIDE = 32;

// Pure memo: the words of words.ts, built on first use.
let trie: WordTrie | undefined;

function build(): WordTrie {
  const words = new Map<string, { flags: number; phrases: TypePhrase[] }>();
  const entry = (word: string) => {
    const found = words.get(word) ?? { flags: 0, phrases: [] };
    words.set(word, found);
    return found;
  };
  // A marker or distractor is still one with a "." or ":" after it ("No.", "Mẫu:"). A word read with one of them
  // last is a distractor only as the word before it.
  for (const word of NUMBER_MARKERS) for (const end of ["", ".", ":"]) entry(word + end).flags |= MARKER_WORD;
  for (const word of DISTRACTOR_WORDS)
    for (const end of /[.:]$/.test(word) ? [".", ":"] : ["", ".", ":"]) entry(word + end).flags |= DISTRACTOR_WORD;
  for (const phrase of TYPE_WORDS) entry(phrase[0].slice(phrase[0].lastIndexOf(" ") + 1)).phrases.push(phrase);

  // Symbols 1… for the characters of the table's words, then one for any other letter (always dead).
  const alphabet = new Map<number, number>();
  for (const word of words.keys())
    for (let k = 0; k < word.length; k += 1)
      if (!alphabet.has(word.charCodeAt(k))) alphabet.set(word.charCodeAt(k), alphabet.size + 1);
  const unknown = alphabet.size + 1;
  let stride = MIN_STRIDE;
  while (stride <= unknown) stride *= 2;
  const symbols = new Uint8Array(CLASSIFIED);
  for (let c = 0; c < CLASSIFIED; c += 1) {
    const mark = WORD_END_MARKS.includes(c);
    if (isLatinLetter(c) || mark) symbols[c] = (alphabet.get(foldCode(c)) ?? unknown) | (mark ? MARK_BIT : 0);
  }

  // Row 0 is the dead state, row 1 the root.
  const root = stride;
  const next: number[] = new Array(2 * stride).fill(0);
  const flags = new Map<number, number>();
  const phrases = new Map<number, readonly TypePhrase[]>();
  for (const [word, value] of words) {
    let state = root;
    for (let k = word.length - 1; k >= 0; k -= 1) {
      const at = state + (alphabet.get(word.charCodeAt(k)) as number);
      if (next[at] === 0) {
        next[at] = next.length;
        for (let n = 0; n < stride; n += 1) next.push(0);
      }
      state = next[at] as number;
    }
    flags.set(state, value.flags);
    if (value.phrases.length > 0) phrases.set(state, value.phrases);
  }
  const flagsByState = new Uint8Array(next.length);
  for (const [state, value] of flags) flagsByState[state] = value;
  const phrasesByState: (readonly TypePhrase[] | undefined)[] = new Array(next.length).fill(undefined);
  for (const [state, value] of phrases) phrasesByState[state] = value;
  return { symbols, next: Uint32Array.from(next), root, flags: flagsByState, phrases: phrasesByState };
}

/** The backward word trie of words.ts (built on first use). */
export function wordTrie(): WordTrie {
  trie ??= build();
  return trie;
}

/**
 * Reads back the word ending at `end` — letters, the last one may be "." ":" "°" — no further than `floor` nor
 * than `maxLength` characters (below 32), and returns its state plus its length: `read & 31` is the length, and
 * `read & ~31` the state to index `flags` and `phrases` with. 0 means no table word ends like the text before `end`.
 */
export function readWordBack(trie: WordTrie, text: string, end: number, floor: number, maxLength: number): number {
  const { symbols, next } = trie;
  let j = end;
  let state = trie.root;
  if (j > floor) {
    const c = text.charCodeAt(j - 1);
    const symbol = c < CLASSIFIED ? (symbols[c] as number) : 0;
    if (symbol !== 0) {
      state = next[state + (symbol & ~MARK_BIT)] as number;
      if (state === 0) return 0;
      j -= 1;
    }
  }
  while (j > floor && end - j < maxLength) {
    const c = text.charCodeAt(j - 1);
    const symbol = c < CLASSIFIED ? (symbols[c] as number) : 0;
    if (symbol === 0 || symbol >= MARK_BIT) break;
    state = next[state + symbol] as number;
    if (state === 0) return 0;
    j -= 1;
  }
  return state + (end - j);
}
