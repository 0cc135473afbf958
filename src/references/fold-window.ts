import { foldDiacritics } from "../text/index.js";

const CURLY_APOSTROPHE = /[\u2018\u2019\u02bc]/g;

/**
 * Folds text[start, end) for matching (lower case, no diacritics, curly apostrophes straight), keeping every
 * index: index i of the result is index start + i of the text. Returns "" when the slice cannot be folded
 * length-preservingly (decomposed input), so no context is read there rather than a wrong span.
 */
export function foldWindow(text: string, start: number, end: number): string {
  const slice = text.slice(Math.max(0, start), Math.min(text.length, end));
  const folded = foldDiacritics(slice);
  if (folded.length !== slice.length) return "";
  const lower = folded.toLowerCase();
  const same = lower.length === slice.length ? lower : folded.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return same.replace(CURLY_APOSTROPHE, "'");
}

/** True for letters of Latin scripts (ASCII, Latin-1, Latin Extended, Vietnamese) — not CJK, not digits. */
export function isLatinLetter(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

/** True for ASCII digits. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True for white space other than line breaks counted as one gap ("57-NQ/\nTW" still joins). */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f;
}
