import { createIssue, VnPolityError } from "../core/index.js";
import { LATIN_EXTENDED_FOLD, LATIN_EXTENDED_FOLD_START, LATIN_FOLD, LATIN_FOLD_START } from "./fold-tables.js";
import { createOffsetMapBuilder, type OffsetMap, type OffsetMapBuilder } from "./offset-map.js";

/**
 * Folded text and the map from it back to the text that was folded.
 *
 * @example
 * ```ts
 * const folded: FoldedText = foldWithMap("Hòa Bình");
 * folded.text; // "Hoa Binh"
 * ```
 */
export interface FoldedText {
  readonly text: string;
  readonly map: OffsetMap;
}

// Nothing below U+00C0 carries a diacritic, so text without such characters folds to itself.
const MAY_FOLD = /[\u00c0-\uffff]/;

function assertString(input: unknown): asserts input is string {
  if (typeof input !== "string") throw new VnPolityError([createIssue("INVALID_INPUT_TYPE")]);
}

// The generic combining-mark blocks (diacritics for Latin, Greek, Cyrillic and symbols); folding drops them.
function isCombiningDiacritic(code: number): boolean {
  return (
    (code >= 0x300 && code < 0x370) ||
    (code >= 0x1ab0 && code < 0x1b00) ||
    (code >= 0x1dc0 && code < 0x1e00) ||
    (code >= 0x20d0 && code < 0x2100) ||
    (code >= 0xfe20 && code < 0xfe30)
  );
}

// Scripts with nothing to fold (CJK, kana, Hangul syllables) are copied without asking the normaliser.
function isPlainScript(code: number): boolean {
  return (code >= 0x3040 && code < 0xa000) || (code >= 0xac00 && code < 0xd7a4);
}

// Any other character: its canonical decomposition without marks, when marks were removed and exactly one
// character is left that is no longer than the original (U+FACF decomposes to a supplementary ideograph and has
// no diacritic to remove; singletons such as U+2126 Ω are not diacritics either).
function foldOther(character: string): string {
  const decomposed = character.normalize("NFD");
  if (decomposed === character) return character;
  const stripped = decomposed.replace(/\p{M}/gu, "");
  const first = stripped.codePointAt(0);
  if (first === undefined || stripped === decomposed || stripped.length > character.length) return character;
  return stripped.length === (first > 0xffff ? 2 : 1) ? stripped : character;
}

function toText(units: Uint16Array, length: number): string {
  let text = "";
  // fromCharCode keeps lone surrogates as they are (a TextDecoder would not); chunks keep the argument list short.
  for (let at = 0; at < length; at += 8192) {
    const chunk = units.subarray(at, Math.min(length, at + 8192));
    text += String.fromCharCode.apply(null, chunk as unknown as number[]);
  }
  return text;
}

/*
 * Records the edits of foldWithMap. A combining mark is folded into the character before it, so a span over
 * the folded "a" of "a\u0300" maps back to both code units. Edits are only flushed once the next character
 * starts, because marks may still extend the last one.
 */
class FoldTracker {
  readonly #builder: OffsetMapBuilder;
  #inStart: number;
  #inEnd: number;
  #outStart: number;
  #outEnd: number;

  constructor(builder: OffsetMapBuilder, first: number) {
    this.#builder = builder;
    // The character before the first foldable one (below U+00C0, so one unit) may carry the marks that follow.
    this.#inStart = Math.max(0, first - 1);
    this.#inEnd = first;
    this.#outStart = Math.max(0, first - 1);
    this.#outEnd = first;
  }

  #flush(): void {
    if (this.#inEnd - this.#inStart !== this.#outEnd - this.#outStart) {
      this.#builder.replace(this.#inStart, this.#inEnd, this.#outStart, this.#outEnd);
    }
  }

  character(inStart: number, inEnd: number, outStart: number, outEnd: number): void {
    this.#flush();
    this.#inStart = inStart;
    this.#inEnd = inEnd;
    this.#outStart = outStart;
    this.#outEnd = outEnd;
  }

  mark(inStart: number, inEnd: number, out: number): void {
    if (this.#inEnd === inStart && this.#inEnd > this.#inStart) {
      this.#inEnd = inEnd;
      return;
    }
    // Marks with nothing before them are simply dropped.
    this.character(inStart, inEnd, out, out);
  }

  finish(): void {
    this.#flush();
  }
}

function lastCodePointStart(input: string, start: number, end: number): number {
  const low = input.charCodeAt(end - 1);
  const high = end - 2 >= start ? input.charCodeAt(end - 2) : 0;
  return low >= 0xdc00 && low < 0xe000 && high >= 0xd800 && high < 0xdc00 ? end - 2 : end - 1;
}

function foldFrom(input: string, first: number, tracker: FoldTracker | undefined): string {
  const length = input.length;
  // Folding never lengthens text: table entries are one unit each and foldOther never returns more units.
  const units = new Uint16Array(length - first);
  let written = 0;
  let i = first;
  while (i < length) {
    const code = input.charCodeAt(i);
    const out = first + written;
    if (code < LATIN_FOLD_START || isPlainScript(code)) {
      units[written++] = code;
    } else if (code < 0x250) {
      units[written++] = LATIN_FOLD.charCodeAt(code - LATIN_FOLD_START);
    } else if (code >= LATIN_EXTENDED_FOLD_START && code < 0x1f00) {
      units[written++] = LATIN_EXTENDED_FOLD.charCodeAt(code - LATIN_EXTENDED_FOLD_START);
    } else if (isCombiningDiacritic(code)) {
      tracker?.mark(i, i + 1, out);
      i++;
      continue;
    } else {
      // A run of other characters goes to the normaliser once; only a run that decomposes is folded one by one.
      let end = i + 1;
      while (end < length) {
        const next = input.charCodeAt(end);
        if (next < 0x250 || isPlainScript(next) || isCombiningDiacritic(next)) break;
        if (next >= LATIN_EXTENDED_FOLD_START && next < 0x1f00) break;
        end++;
      }
      const run = input.slice(i, end);
      if (run.normalize("NFD") === run) {
        for (let k = i; k < end; k++) units[written++] = input.charCodeAt(k);
        if (tracker) {
          const last = lastCodePointStart(input, i, end);
          tracker.character(last, end, first + written - (end - last), first + written);
        }
        i = end;
        continue;
      }
      while (i < end) {
        const codePoint = input.codePointAt(i) as number;
        const width = codePoint > 0xffff ? 2 : 1;
        const folded = foldOther(input.slice(i, i + width));
        const start = first + written;
        for (let k = 0; k < folded.length; k++) units[written++] = folded.charCodeAt(k);
        tracker?.character(i, i + width, start, first + written);
        i += width;
      }
      continue;
    }
    tracker?.character(i, i + 1, out, out + 1);
    i++;
  }
  tracker?.finish();
  return input.slice(0, first) + toText(units, written);
}

/**
 * Removes diacritics: Vietnamese tone and vowel marks ("Hòa Bình" → "Hoa Binh", "Đắk Lắk" → "Dak Lak"), Đ/đ
 * (which do not decompose) → D/d, the look-alike Ð → D, and the diacritics of other Latin letters
 * (ç, ñ, ø, ł...). Other scripts lose their canonical diacritics too (й → и, ά → α); Hangul and CJK are untouched.
 *
 * Length-preserving on NFC Vietnamese text (and on any precomposed Latin): every letter folds to exactly one
 * code unit, so an index in the folded text is the same index in the input. Only combining marks (decomposed
 * input) are dropped, and a few characters of other scripts fold to a shorter base; use {@link foldWithMap}
 * when the input may not be NFC Vietnamese and offsets matter.
 *
 * @example
 * ```ts
 * foldDiacritics("Ủy ban nhân dân tỉnh Đắk Lắk"); // "Uy ban nhan dan tinh Dak Lak"
 * foldDiacritics("Thừa Thiên Huế").length === "Thừa Thiên Huế".length; // true
 * ```
 */
export function foldDiacritics(input: string): string {
  assertString(input);
  const first = input.search(MAY_FOLD);
  return first < 0 ? input : foldFrom(input, first, undefined);
}

/**
 * {@link foldDiacritics} that also returns the map from the folded text back to the input, for input that may
 * hold combining marks (decomposed text), where folding removes characters.
 *
 * @example
 * ```ts
 * const { text, map } = foldWithMap("Ha\u0300 Nô\u0323i");
 * text; // "Ha Noi"
 * map.toOriginalSpan({ start: 3, end: 6 }); // { start: 4, end: 8 }
 * ```
 */
export function foldWithMap(input: string): FoldedText {
  assertString(input);
  const first = input.search(MAY_FOLD);
  const builder = createOffsetMapBuilder();
  const text = first < 0 ? input : foldFrom(input, first, new FoldTracker(builder, first));
  return { text, map: builder.build() };
}

/**
 * The key two names are matched on: lower case, diacritics folded, zero-width characters removed, dashes read as
 * "-", runs of whitespace collapsed to one space and the ends trimmed. Folding removes the tone marks, so their
 * placement (hoà/hòa) can no longer make a difference.
 *
 * @example
 * ```ts
 * foldForMatch("  Khánh   Hoà "); // "khanh hoa"
 * foldForMatch("Bà Rịa\u2013Vũng Tàu"); // "ba ria-vung tau"
 * ```
 */
export function foldForMatch(input: string): string {
  assertString(input);
  // Lower-casing again after folding keeps the key stable when folding meets a character that lower-cases
  // differently on its own (İ → i̇, whose dot is a mark).
  return foldDiacritics(input.toLowerCase())
    .toLowerCase()
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Whether two strings name the same thing once diacritics, tone placement, letter case and spacing are ignored:
 * equality of their {@link foldForMatch} keys.
 *
 * @example
 * ```ts
 * equalsIgnoringDiacritics("Khánh Hoà", "khanh hoa"); // true
 * equalsIgnoringDiacritics("Hà Nam", "Hà Nội"); // false
 * ```
 */
export function equalsIgnoringDiacritics(a: string, b: string): boolean {
  return foldForMatch(a) === foldForMatch(b);
}

/**
 * Whether the text holds a letter of the Vietnamese alphabet with a diacritic (ă â đ ê ô ơ ư or any tone mark),
 * precomposed or as a combining mark. Plain ASCII, "Ð" (U+00D0) and letters foreign to Vietnamese (ç, ñ) do not count.
 *
 * @example
 * ```ts
 * hasVietnameseDiacritics("Quảng Ninh"); // true
 * hasVietnameseDiacritics("Quang Ninh"); // false
 * ```
 */
export function hasVietnameseDiacritics(input: string): boolean {
  assertString(input);
  return /[\u00c0-\u00c3\u00c8-\u00ca\u00cc\u00cd\u00d2-\u00d5\u00d9\u00da\u00dd\u00e0-\u00e3\u00e8-\u00ea\u00ec\u00ed\u00f2-\u00f5\u00f9\u00fa\u00fd\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|[\u0300-\u0303\u0306\u0309\u031b\u0323]/.test(
    input,
  );
}
