/*
 * Private folding and tokenising helpers for place names. They stand in for the shared text toolkit
 * (src/text foldForMatch / normalizeTonePlacement) until it lands, and only cover what names need:
 * Latin letters with Vietnamese diacritics.
 */

const COMBINING_FIRST = 0x300;
const COMBINING_LAST = 0x36f;
// Tone marks (grave, acute, tilde, hook above, dot below). The other combining marks on Vietnamese vowels
// (breve, circumflex, horn) change the letter itself and stay where they are.
const TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
const OTHER_LETTER = /[\p{L}\p{M}\p{N}]/u;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Whether the UTF-16 unit is a word character of a place name: a letter, digit or combining mark; surrogates never
 * are. One test for the tokeniser here and the windows of place-scan.ts, so both cut words at the same places.
 *
 * @example
 * ```ts
 * isWordUnit("Huế".charCodeAt(2)); // true
 * ```
 */
export function isWordUnit(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if ((code >= COMBINING_FIRST && code <= COMBINING_LAST) || (code >= 0x1e00 && code <= 0x1eff)) return true;
  if (code < 0x370 || (code >= 0xd800 && code <= 0xdfff) || (code >= 0x2000 && code <= 0x2bff)) return false;
  return OTHER_LETTER.test(String.fromCharCode(code));
}

function strip(text: string, keepCase: boolean): string {
  if (isAscii(text)) return keepCase ? text : text.toLowerCase();
  const decomposed = (keepCase ? text : text.toLowerCase()).normalize("NFD");
  let out = "";
  for (const char of decomposed) {
    const code = char.charCodeAt(0);
    if (code >= COMBINING_FIRST && code <= COMBINING_LAST) continue;
    // đ does not decompose; Ð (U+00D0) and ð are its look-alikes in OCR and legacy encodings.
    if (code === 0x111 || code === 0xf0) out += "d";
    else if (code === 0x110 || code === 0xd0) out += keepCase ? "D" : "d";
    else out += char;
  }
  return out;
}

/**
 * Lower-cases and removes every diacritic (đ → d): the key that spelling variants share.
 *
 * @example
 * ```ts
 * foldKey("Khánh Hoà"); // "khanh hoa"
 * ```
 */
export function foldKey(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  // Latin letters fold one by one to what the whole word folds to (lower-casing is context-free for them, and NFD
  // decomposes each alone): per-unit folds from a table skip the normaliser, which was most of a short text's time.
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    else if ((code >= 0xc0 && code < 0x250) || (code >= 0x1e00 && code < 0x1f00)) out += unitFold(code);
    else return strip(text, false);
  }
  return out;
}

// Folds of single Latin letters, filled on first use; a pure function of the letter.
let unitFolds: Map<number, string> | undefined;

function unitFold(code: number): string {
  unitFolds ??= new Map();
  let value = unitFolds.get(code);
  if (value === undefined) {
    value = strip(String.fromCharCode(code), false);
    unitFolds.set(code, value);
  }
  return value;
}

/**
 * Removes diacritics but keeps letter case: the ASCII form of a name.
 *
 * @example
 * ```ts
 * toAscii("Bà Rịa - Vũng Tàu"); // "Ba Ria - Vung Tau"
 * ```
 */
export function toAscii(text: string): string {
  return strip(text, true);
}

/**
 * A diacritic-sensitive key that ignores where the tone mark sits ("Hòa" and "Hoà" agree) and letter case.
 *
 * @example
 * ```ts
 * toneKey("Hoà") === toneKey("hòa"); // true
 * ```
 */
export function toneKey(text: string): string {
  const decomposed = text.toLowerCase().normalize("NFD");
  let out = "";
  let tones = "";
  for (const char of decomposed) {
    if (TONE_MARKS.includes(char)) tones += char;
    else if (isWordUnit(char.charCodeAt(0))) out += char === "\u0110" || char === "\u00f0" ? "đ" : char;
    else {
      out += tones + (out.endsWith(" ") || out === "" ? "" : " ");
      tones = "";
    }
  }
  return (out + tones).trimEnd();
}

/**
 * Whether a string has any character outside ASCII (for names: any diacritic).
 *
 * @example
 * ```ts
 * hasDiacritics("Ha Noi"); // false
 * ```
 */
export function hasDiacritics(text: string): boolean {
  return !isAscii(text);
}

/**
 * Splits a string into word tokens, as parallel arrays of start and end offsets (UTF-16, end exclusive).
 *
 * @example
 * ```ts
 * tokenize("TP.HCM").starts; // [0, 3]
 * ```
 */
export function tokenize(text: string): { readonly starts: number[]; readonly ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isWordUnit(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      starts.push(start);
      ends.push(i);
      start = -1;
    }
  }
  if (start >= 0) {
    starts.push(start);
    ends.push(text.length);
  }
  return { starts, ends };
}
