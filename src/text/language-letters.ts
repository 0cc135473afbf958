/*
 * Character classes shared by the date, ordinal and language readers. They read the caller's string code
 * unit by code unit, without normalising it first, so that every offset they return is already a span into
 * the original input. NFD input works because combining marks count as part of a word and fold away.
 */

/** Letters and combining marks beyond Latin; tested only for the rare code units the fast paths miss. */
const OTHER_LETTER = /^[\p{L}\p{M}]$/u;

/** Whether a UTF-16 code unit is an ASCII digit. */
export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Whether a code unit is a space that may separate the parts of a date or a phrase: ASCII white space, NBSP,
 * the narrow and fixed-width spaces of typeset text, the ideographic space and a stray BOM.
 */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x205f ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether a code unit is the hyphen-minus or one of the dashes and minus signs word processors put instead. */
export function isDashCode(code: number): boolean {
  return code === 0x2d || (code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe63 || code === 0xff0d;
}

/** Whether a code unit is a combining diacritical mark (the marks of NFD Vietnamese and Polish text). */
function isCombiningMark(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

/** Whether a code unit is a letter or a combining mark, i.e. part of a word. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (isCombiningMark(code) || (code >= 0x1e00 && code <= 0x1eff)) return true;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return OTHER_LETTER.test(String.fromCharCode(code));
}

/** Whether a code unit is an ASCII uppercase letter or a precomposed uppercase letter. */
export function isUpperCode(code: number): boolean {
  if (code < 0x80) return code >= 65 && code <= 90;
  const char = String.fromCharCode(code);
  return char !== char.toLowerCase();
}

/*
 * Folding tables, one character per code point: the base letter of each precomposed letter, as NFD plus the
 * letters NFD leaves whole (đ → d, ł → l, ø → o, ð → d); "?" keeps the character. Generated once with
 * String.prototype.normalize("NFD") and frozen here as literals, so that folding costs a string lookup,
 * not a normalisation per character.
 */
// U+00C0–U+017F: Latin-1 Supplement letters and Latin Extended-A (Polish ą ć ę ł ń ś ź ż, Vietnamese ă đ).
const FOLD_LATIN =
  "aaaaaaaceeeeiiiidnooooo?ouuuuytsaaaaaaaceeeeiiiidnooooo?ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
// U+1E00–U+1EFF: Latin Extended Additional (every Vietnamese letter with a tone mark).
const FOLD_LATIN_ADDITIONAL =
  "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy??????aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy??????";

function foldCode(text: string, index: number, code: number): string {
  let folded = "?";
  if (code >= 0xc0 && code <= 0x17f) folded = FOLD_LATIN.charAt(code - 0xc0);
  else if (code >= 0x1e00 && code <= 0x1eff) folded = FOLD_LATIN_ADDITIONAL.charAt(code - 0x1e00);
  else if (code === 0x1a0 || code === 0x1a1) folded = "o";
  else if (code === 0x1af || code === 0x1b0) folded = "u";
  if (folded !== "?") return folded;
  const char = text.charAt(index);
  // Rare letters (Latin Extended-B beyond ơ ư, other scripts): NFD base letter, or the letter itself.
  return code >= 0xd800 && code <= 0xdfff ? char : char.normalize("NFD").charAt(0).toLowerCase();
}

/**
 * Folds `text[start, end)` to lower-case letters without diacritics ("Tháng" → "thang", "października" →
 * "pazdziernika"). Combining marks vanish; non-letters are kept as they are.
 */
export function foldRange(text: string, start: number, end: number): string {
  // Most words are ASCII: one slice (lower-cased when needed) instead of a string grown unit by unit, which is
  // also a flat string, cheaper to look up in the word tables.
  let upper = false;
  let ascii = true;
  for (let i = start; i < end && ascii; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) ascii = false;
    else if (code >= 65 && code <= 90) upper = true;
  }
  if (ascii && start >= 0 && end <= text.length)
    return upper ? text.slice(start, end).toLowerCase() : text.slice(start, end);
  let out = "";
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text.charAt(i);
    else if (!isCombiningMark(code)) out += foldCode(text, i, code);
  }
  return out;
}

/** A word found next to a position: its bounds in the original string and its folded form. */
export interface WordAt {
  readonly start: number;
  readonly end: number;
  readonly folded: string;
}

/**
 * Reads the word that starts at `start`. Returns `undefined` when there is no word there or when it is longer
 * than `maxLength` code units: callers only look for short keywords, and the cap keeps every lookup bounded.
 */
export function readWordAt(text: string, start: number, maxLength = 24): WordAt | undefined {
  let end = start;
  while (end < text.length && isWordCode(text.charCodeAt(end))) {
    end++;
    if (end - start > maxLength) return undefined;
  }
  return end === start ? undefined : { start, end, folded: foldRange(text, start, end) };
}

/** Reads the word that ends at `end` (exclusive), with the same length cap as {@link readWordAt}. */
export function readWordBefore(text: string, end: number, maxLength = 24): WordAt | undefined {
  let start = end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) {
    start--;
    if (end - start > maxLength) return undefined;
  }
  return start === end ? undefined : { start, end, folded: foldRange(text, start, end) };
}

/** Skips at most `max` spaces forward from `index`; returns the index of the first non-space. */
export function skipSpaces(text: string, index: number, max = 4): number {
  let i = index;
  while (i < text.length && i - index < max && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Skips at most `max` spaces backward from `index` (exclusive end); returns the new end. */
export function skipSpacesBefore(text: string, index: number, max = 4): number {
  let i = index;
  while (i > 0 && index - i < max && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The bounds of `text` without leading and trailing spaces (as {@link isSpaceCode} defines them). */
export function trimBounds(text: string): { readonly start: number; readonly end: number } {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
