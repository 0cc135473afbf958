// Character classes of the number reader. It must not wait for the normaliser (written alongside it), so it
// recognises the dash, minus and space variants of news text itself, by code unit and without allocation.

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/**
 * ASCII digit 0-9.
 *
 * @example
 * ```ts
 * isDigitCode("7".charCodeAt(0)); // true
 * ```
 */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Spaces that may separate groups of three digits: space, NBSP, figure space, thin space, narrow NBSP.
 *
 * @example
 * ```ts
 * isGroupSpaceCode(0x202f); // true: narrow NBSP in "1\u202f299"
 * ```
 */
export function isGroupSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x2007 || code === 0x2009 || code === 0x202f;
}

/** Horizontal blanks allowed between a number and its scale word, percent sign or range connector. */
function isGapCode(code: number): boolean {
  return code === 0x09 || isGroupSpaceCode(code);
}

/**
 * Characters written for a minus sign: hyphen-minus, hyphens, figure/en/em dashes, U+2212, small and full-width forms.
 *
 * @example
 * ```ts
 * isMinusCode("−".charCodeAt(0)); // true (U+2212)
 * ```
 */
export function isMinusCode(code: number): boolean {
  return code === 0x2d || (code >= 0x2010 && code <= 0x2014) || code === 0x2212 || code === 0xfe63 || code === 0xff0d;
}

/**
 * Plus sign and its full-width form.
 *
 * @example
 * ```ts
 * isPlusCode("+".charCodeAt(0)); // true
 * ```
 */
export function isPlusCode(code: number): boolean {
  return code === 0x2b || code === 0xff0b;
}

/**
 * Characters that join the two bounds of a range: every dash, U+2212 and the tilde used in Vietnamese tables.
 *
 * @example
 * ```ts
 * isRangeDashCode("–".charCodeAt(0)); // true: "6,5–7%"
 * ```
 */
export function isRangeDashCode(code: number): boolean {
  return isMinusCode(code) || code === 0x2015 || code === 0x7e || code === 0xff5e;
}

/**
 * Percent sign and its full-width form.
 *
 * @example
 * ```ts
 * isPercentCode("%".charCodeAt(0)); // true
 * ```
 */
export function isPercentCode(code: number): boolean {
  return code === 0x25 || code === 0xff05;
}

/**
 * Whether the code point starting at `index` is a letter or a combining mark (any script).
 *
 * @example
 * ```ts
 * isWordCharAt("5 tỷ", 2); // true
 * ```
 */
export function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  const point = text.codePointAt(index) ?? code;
  return LETTER_OR_MARK.test(String.fromCodePoint(point));
}

/**
 * Whether the code point that ends just before `index` is a letter or a combining mark.
 *
 * @example
 * ```ts
 * isWordCharBefore("QH15", 2); // true: "15" is glued to letters
 * ```
 */
export function isWordCharBefore(text: string, index: number): boolean {
  const last = index - 1;
  if (last < 0) return false;
  const code = text.charCodeAt(last);
  // A low surrogate ends an astral letter that starts one unit earlier.
  if (code >= 0xdc00 && code <= 0xdfff && last > 0) {
    const high = text.charCodeAt(last - 1);
    if (high >= 0xd800 && high <= 0xdbff) return isWordCharAt(text, last - 1);
  }
  return isWordCharAt(text, last);
}

/**
 * Index after the run of gap characters starting at `index` (stops at `limit`).
 *
 * @example
 * ```ts
 * skipGap("5 \u00a0tỷ", 1, 5); // 3
 * ```
 */
export function skipGap(text: string, index: number, limit: number): number {
  let pos = index;
  while (pos < limit && isGapCode(text.charCodeAt(pos))) pos++;
  return pos;
}

function isPlainAscii(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

/**
 * Index of the first non-whitespace unit and the index after the last one, as `String.prototype.trim` sees them.
 *
 * @example
 * ```ts
 * trimBounds("  6,52 "); // { start: 2, end: 6 }
 * ```
 */
export function trimBounds(text: string): { readonly start: number; readonly end: number } {
  // Fast path: printable ASCII at both ends means there is nothing to trim.
  const last = text.length - 1;
  if (last >= 0 && isPlainAscii(text.charCodeAt(0)) && isPlainAscii(text.charCodeAt(last))) {
    return { start: 0, end: text.length };
  }
  const end = text.trimEnd().length;
  const start = end === 0 ? 0 : text.length - text.trimStart().length;
  return { start, end };
}
