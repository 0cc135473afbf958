import { foldDiacritics } from "../text/index.js";

/*
 * The token scan behind organ and title matching: words (letters, marks, digits, an apostrophe inside a word) and
 * single punctuation characters, each with its span in the caller's string. Spaces separate tokens and are
 * dropped. Every token gets two keys: `folded` (lower case, no diacritics: what names match on) and `cased`
 * (diacritics folded, case kept: what abbreviations match on). One pass, no regex over the whole text.
 *
 * Spans and word numbers live in typed arrays and every distinct word is folded once per text: on news text the
 * scan allocates a few bytes per token instead of five array slots and two strings.
 */

/**
 * The tokens of one text, read through accessors (see {@link scanTokens}); an index out of range gives
 * `undefined` (`false` for {@link TokenScan.isWord}).
 *
 * @example
 * ```ts
 * const tokens: TokenScan = scanTokens("UBND tỉnh Kon Tum");
 * [tokens.count, tokens.folded(1), tokens.cased(0), tokens.start(2)]; // [4, "tinh", "UBND", 10]
 * ```
 */
export interface TokenScan {
  /** The text the tokens were read from. */
  readonly text: string;
  /** How many tokens there are. */
  readonly count: number;
  /** Where token `at` starts in the text (UTF-16 offset). */
  start(at: number): number | undefined;
  /** Where token `at` ends in the text (exclusive). */
  end(at: number): number | undefined;
  /** Token `at` in lower case without diacritics (`"tinh"`). */
  folded(at: number): string | undefined;
  /** Token `at` without diacritics, case kept (`"UBND"`). */
  cased(at: number): string | undefined;
  /** Whether token `at` is a word (else one punctuation character). */
  isWord(at: number): boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212";
// Caps the per-call table of distinct words, so that endless distinct words keep memory bounded.
const MEMO_LIMIT = 20_000;
// Slots of the open-addressing word table: a power of two, at least twice the words it holds.
const MAX_SLOTS = 1 << 16;
// The longest run of slots a look-up walks, so that colliding words cannot make the scan slow.
const MAX_PROBES = 16;

function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x3000
  );
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/*
 * Whether a character is a letter, mark or digit. Latin, its supplements and the combining marks Vietnamese is
 * written with are answered by ranges; any other BMP character asks WORD_CHAR once per call and the answer is kept
 * in `seen` (0 unknown, 1 word, 2 not), built only when such a character shows up.
 */
class WordChars {
  #seen: Uint8Array | undefined;

  isWord(code: number): boolean {
    if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
    if ((code >= 0x300 && code <= 0x36f) || (code >= 0x1e00 && code <= 0x1eff)) return true;
    this.#seen ??= new Uint8Array(0x10000);
    let state = this.#seen[code] ?? 0;
    if (state === 0) {
      state = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
      this.#seen[code] = state;
    }
    return state === 1;
  }

  /** The length of the word character at `at` (2 for a letter outside the BMP), or 0. */
  stepAt(text: string, at: number): number {
    const code = text.charCodeAt(at);
    if (code < 0xd800 || code >= 0xe000) return this.isWord(code) ? 1 : 0;
    if (code >= 0xdc00) return 0;
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low < 0xe000) return WORD_CHAR.test(text.slice(at, at + 2)) ? 2 : 0;
    return 0;
  }
}

// Latin letters up to U+024F and the Vietnamese block U+1E00–U+1EFF are each their own NFC form, and two of them
// never compose: a word made of them alone (most words of news text) is in NFC already, and holds no U+2019.
function isComposedLatin(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code >= 0x250 && (code < 0x1e00 || code >= 0x1f00)) return false;
  }
  return true;
}

function foldKey(word: string): string {
  // The normaliser is an ICU call per distinct word: skipped where it cannot change the word.
  if (isComposedLatin(word)) return foldDiacritics(word);
  return foldDiacritics(word.normalize("NFC")).replaceAll("\u2019", "'");
}

function punctuationKey(text: string, at: number, code: number): string {
  if (code >= 0xd800 && code < 0xe000) return "\ufffd";
  if (code === 0x2019) return "'";
  const char = text[at] ?? "";
  return DASHES.includes(char) ? "-" : char;
}

// Spreads similar words ("Tinh1", "Tinh2") over the table: the murmur3 finalizer.
function mix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function sameUnits(raw: string, text: string, start: number): boolean {
  for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/*
 * The vocabulary of one text: every distinct word (and punctuation character) once, with its keys. Words are
 * found in an open-addressing table on a hash of their code units and compared unit by unit, so a word written
 * a thousand times is sliced, normalised and folded once. Past MEMO_LIMIT words, new words are still keyed, one
 * entry per token.
 */
class Vocabulary {
  readonly #slots: Int32Array;
  readonly #raw: string[] = [];
  readonly folded: string[] = [];
  readonly cased: string[] = [];
  readonly words: boolean[] = [];
  /** Code units of the written word: a token's end is its start plus this. */
  readonly lengths: number[] = [];
  readonly #punctuation = new Map<number, number>();
  #stored = 0;

  constructor(textLength: number) {
    let size = 16;
    while (size < MAX_SLOTS && size < textLength * 2) size *= 2;
    this.#slots = new Int32Array(size);
  }

  #push(raw: string, cased: string, folded: string, word: boolean): number {
    this.#raw.push(raw);
    this.lengths.push(raw.length);
    this.cased.push(cased);
    this.folded.push(folded);
    this.words.push(word);
    return this.#raw.length - 1;
  }

  word(text: string, start: number, end: number, hash: number): number {
    const mask = this.#slots.length - 1;
    let slot = mix(hash) & mask;
    let probes = 0;
    for (; probes < MAX_PROBES; probes++) {
      const stored = this.#slots[slot] ?? 0;
      if (stored === 0) break;
      const raw = this.#raw[stored - 1] ?? "";
      if (raw.length === end - start && sameUnits(raw, text, start)) return stored - 1;
      slot = (slot + 1) & mask;
    }
    const word = text.slice(start, end);
    const key = foldKey(word);
    const id = this.#push(word, key, key.toLowerCase(), true);
    // A word whose slot run is too long (colliding words, by chance or by design) is keyed but not stored.
    if (probes < MAX_PROBES && this.#stored < MEMO_LIMIT && this.#stored * 2 < mask) {
      this.#stored++;
      this.#slots[slot] = id + 1;
    }
    return id;
  }

  punctuation(text: string, at: number, code: number): number {
    let id = this.#punctuation.get(code);
    if (id === undefined) {
      const key = punctuationKey(text, at, code);
      // One code unit whatever the key ("\u2014" is keyed "-").
      id = this.#push(text[at] ?? key, key, key, false);
      this.#punctuation.set(code, id);
    }
    return id;
  }
}

/** Grows the token arrays by doubling. */
function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

class Scan implements TokenScan {
  readonly text: string;
  readonly count: number;
  readonly #starts: Int32Array;
  readonly #ids: Int32Array;
  readonly #vocabulary: Vocabulary;

  constructor(text: string, count: number, starts: Int32Array, ids: Int32Array, vocabulary: Vocabulary) {
    this.text = text;
    this.count = count;
    this.#starts = starts;
    this.#ids = ids;
    this.#vocabulary = vocabulary;
  }

  start(at: number): number | undefined {
    return at >= 0 && at < this.count ? this.#starts[at] : undefined;
  }

  end(at: number): number | undefined {
    if (at < 0 || at >= this.count) return undefined;
    return (this.#starts[at] ?? 0) + (this.#vocabulary.lengths[this.#ids[at] ?? 0] ?? 0);
  }

  folded(at: number): string | undefined {
    return at >= 0 && at < this.count ? this.#vocabulary.folded[this.#ids[at] ?? 0] : undefined;
  }

  cased(at: number): string | undefined {
    return at >= 0 && at < this.count ? this.#vocabulary.cased[this.#ids[at] ?? 0] : undefined;
  }

  isWord(at: number): boolean {
    return at >= 0 && at < this.count && this.#vocabulary.words[this.#ids[at] ?? 0] === true;
  }
}

/**
 * Splits a text into tokens once, for readers that look at the same text several times (organs, then titles and
 * people): pass the result as the `tokens` option of {@link extractOrgans} or {@link extractPeople}. A `previous`
 * scan of exactly this text is returned as it is. Never throws; a non-string gives no tokens.
 *
 * @example
 * ```ts
 * const text = "Ông Lê Văn An, Chủ tịch UBND tỉnh Kon Tum.";
 * const tokens = scanTokens(text);
 * extractPeople(text, { tokens })[0]?.name; // "Lê Văn An"
 * scanTokens(text, tokens) === tokens; // true
 * ```
 */
export function scanTokens(input: unknown, previous?: TokenScan): TokenScan {
  const text = typeof input === "string" ? input : "";
  if (previous instanceof Scan && previous.text === text) return previous;
  const length = text.length;
  const chars = new WordChars();
  const vocabulary = new Vocabulary(length);
  // News text has one token per four to six code units: most texts never grow the arrays.
  let capacity = Math.min(length, (length >> 1) + 16);
  let starts = new Int32Array(capacity);
  let ids = new Int32Array(capacity);
  let count = 0;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    if (count === capacity) {
      starts = grown(starts);
      ids = grown(ids);
      capacity *= 2;
    }
    const start = i;
    let step = chars.stepAt(text, i);
    if (step === 0) {
      ids[count] = vocabulary.punctuation(text, i, code);
      i++;
    } else {
      let hash = 0;
      while (step > 0) {
        hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
        if (step === 2) hash = (Math.imul(hash, 31) + text.charCodeAt(i + 1)) | 0;
        i += step;
        const next = text.charCodeAt(i);
        // ASCII letters and digits inline: the bulk of any text, Vietnamese included.
        if (next < 0x80)
          step = (next >= 97 && next <= 122) || (next >= 65 && next <= 90) || (next >= 48 && next <= 57) ? 1 : 0;
        else step = i < length ? chars.stepAt(text, i) : 0;
        // An apostrophe between letters stays in the word (People's, Committee's).
        if (step === 0 && i + 1 < length && isApostrophe(text.charCodeAt(i)) && chars.stepAt(text, i + 1) > 0) {
          step = 1;
        }
      }
      ids[count] = vocabulary.word(text, start, i, hash);
    }
    starts[count] = start;
    count++;
  }
  return new Scan(text, count, starts, ids, vocabulary);
}
