import { type DocumentCode, safeParseDocumentCode } from "../document-code/index.js";
import { foldSlice, isDigit, isLatinLetter, isSpace } from "./chars.js";

/** A bare number of a list that shares a code's suffix ("30" in "Nghị định 30 và 31/2020/NĐ-CP"). */
export interface ListNumber {
  readonly start: number;
  readonly end: number;
  readonly value: number;
}

const CONNECTORS = new Set([",", "va", "and", "&", "i", "et", "y", "und", "hoac", "or", "den", "toi", "to"]);
const MAX_ITEMS = 12;

/** Reads back from a code's start over "30, 31 và " and returns the numbers, leftmost first. */
export function readListBefore(text: string, codeStart: number): ListNumber[] {
  const items: ListNumber[] = [];
  let cursor = codeStart;
  while (items.length < MAX_ITEMS) {
    let j = cursor;
    while (j > 0 && isSpace(text.charCodeAt(j - 1)) && cursor - j < 3) j -= 1;
    let k = j;
    if (text.charCodeAt(k - 1) === 44) k -= 1;
    else while (k > 0 && j - k < 4 && isLatinLetter(text.charCodeAt(k - 1))) k -= 1;
    if (k === j || !CONNECTORS.has(foldSlice(text, k, j))) break;
    let n = k;
    while (n > 0 && isSpace(text.charCodeAt(n - 1)) && k - n < 3) n -= 1;
    let s = n;
    while (s > 0 && isDigit(text.charCodeAt(s - 1)) && n - s < 5) s -= 1;
    if (s === n || n - s > 4) break;
    const before = s > 0 ? text.charCodeAt(s - 1) : 32;
    if (isDigit(before) || isLatinLetter(before) || before === 46 || before === 47 || before === 45) break;
    items.unshift({ start: s, end: n, value: Number(text.slice(s, n)) });
    cursor = s;
  }
  return items;
}

/** Whether text[from, to) only joins two list members: spaces, commas and one connector ("và", "đến", "to"). */
export function isListGap(text: string, from: number, to: number): boolean {
  if (to - from > 8 || to <= from) return false;
  let i = from;
  let words = 0;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 44) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < to && isLatinLetter(text.charCodeAt(j))) j += 1;
    if (j === i || words > 0 || !CONNECTORS.has(foldSlice(text, i, j))) return false;
    words += 1;
    i = j;
  }
  return true;
}

/** The code that shares `code`'s suffix with another number: 31/2020/NĐ-CP and 30 → 30/2020/NĐ-CP. */
export function withNumber(code: DocumentCode, value: number): string | undefined {
  const padded = value < 10 ? `0${value}` : String(value);
  const result = safeParseDocumentCode(code.canonical.replace(/^\d+/, padded));
  return result.success ? result.data.canonical : undefined;
}
