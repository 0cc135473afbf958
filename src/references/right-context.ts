import type { IsoDate } from "../core/index.js";
import { extractDates, safeParseRomanNumeral } from "../text/index.js";
import { foldWindow } from "./fold-window.js";
import { ISSUER_CONNECTORS, ISSUER_PHRASES, TITLE_INTRODUCERS } from "./words.js";

/** A piece read after a code: where it ends and what it says. */
export interface Piece<T> {
  readonly end: number;
  readonly value: T;
}

const DATE_WINDOW = 56;
const ISSUER_WINDOW = 96;

// Dates are read by the text toolkit (one date reader for the whole library); this module only knows the words
// that may stand between a code and its date. Every quantifier is bounded, so the pattern is linear.
const DATE_LEAD =
  /^[,\s]{0,3}(\(\s?)?(?:(?:ban hanh|ky|issued|adopted|signed)\s{1,2})?(?:(?:dated|on|of|z dnia|dnia|du|del|de|vom|le|from)\s{1,2})?$/;

/** Reads a date right after `at` ("ngày 22/12/2024", ", dated December 22, 2024", "z dnia 25 października 2017 r."). */
export function readDate(text: string, at: number): Piece<IsoDate> | undefined {
  const [first] = extractDates(text.slice(at, at + DATE_WINDOW), { minPrecision: "day" });
  if (first?.date.iso === undefined) return undefined;
  const lead = DATE_LEAD.exec(foldWindow(text, at, at + first.span.start));
  if (lead === null) return undefined;
  let end = at + first.span.end;
  // An opening parenthesis is only part of the phrase when the date closes it.
  if (lead[1] !== undefined) {
    const close = /^\s?\)/.exec(text.slice(end, end + 2));
    if (close === null) return undefined;
    end += close[0].length;
  }
  return { end, value: first.date.iso };
}

/** An issuer read after a code or date. */
export interface ReadIssuer {
  readonly organId: string;
  readonly term?: number;
}

const ORDINAL_BEFORE = /^(\d{1,2})(?:st|nd|rd|th)\s{1,2}/;
const ROMAN_BEFORE = /^([ivxl]{1,6})\s{1,2}(?=kc )/;
const TERM_AFTER =
  /^,?\s{0,2}\(?\s?(?:khoa|nhiem ky|term|kadencji)\s{1,2}([ivxl]{1,6}|\d{1,2})(?:\s?\))?|^\s{0,2}\(([ivxl]{1,6})\s{1,2}kadencji\)/;

function termNumber(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (/^\d+$/.test(raw)) return Number(raw);
  const result = safeParseRomanNumeral(raw.toUpperCase());
  return result.success ? result.data : undefined;
}

/** Reads an issuer right after `at` ("của Bộ Chính trị", "of the 16th Provincial Party Executive Committee"). */
export function readIssuer(text: string, at: number): Piece<ReadIssuer> | undefined {
  const window = foldWindow(text, at, at + ISSUER_WINDOW);
  let i = 0;
  while (i < window.length && i < 3 && (window[i] === "," || window[i] === " " || window[i] === "\n")) i += 1;
  let rest = window.slice(i);
  let connector = "";
  for (const candidate of ISSUER_CONNECTORS) {
    if (rest.startsWith(candidate)) {
      connector = candidate;
      break;
    }
  }
  rest = rest.slice(connector.length);
  let offset = i + connector.length;
  let term: number | undefined;
  const ordinal = ORDINAL_BEFORE.exec(rest) ?? ROMAN_BEFORE.exec(rest);
  if (ordinal !== null) {
    term = termNumber(ordinal[1]);
    rest = rest.slice(ordinal[0].length);
    offset += ordinal[0].length;
  }
  for (const [phrase, organId] of ISSUER_PHRASES) {
    if (!rest.startsWith(phrase)) continue;
    const after = rest.charCodeAt(phrase.length);
    if ((after >= 97 && after <= 122) || (after >= 48 && after <= 57)) continue;
    // Without a connector only the genitive-like forms may follow directly (Polish "XIII KC Partii").
    if (connector === "" && ordinal === null && !/partii|politycznego|sekretariatu/.test(phrase)) return undefined;
    let end = offset + phrase.length;
    const termMatch = TERM_AFTER.exec(window.slice(end));
    if (termMatch !== null) {
      term = termNumber(termMatch[1] ?? termMatch[2]) ?? term;
      end += termMatch[0].length;
    }
    return { end: at + end, value: term === undefined ? { organId } : { organId, term } };
  }
  return undefined;
}

const QUOTES_OPEN = '“"«„';
const QUOTES_CLOSE = '”"»“';
const TITLE_MAX = 200;
const UNQUOTED_STOP = /[.;!?\n()“”"«»,:]/;

/** Reads a title right after `at`: quoted, or introduced by "về" / "on" / "w sprawie", ending before `limit`. */
export function readTitle(text: string, at: number, limit: number): Piece<string> | undefined {
  const bound = Math.min(limit, text.length, at + TITLE_MAX + 24);
  const window = foldWindow(text, at, bound);
  let i = 0;
  while (i < window.length && i < 3 && (window[i] === "," || window[i] === " ")) i += 1;
  let introduced = false;
  for (const word of TITLE_INTRODUCERS) {
    if (window.startsWith(word, i)) {
      i += word.length;
      introduced = true;
      break;
    }
  }
  const first = window[i] ?? "";
  if (first !== "" && QUOTES_OPEN.includes(first)) {
    const open = at + i;
    for (let j = open + 1; j < bound && j - open <= TITLE_MAX; j += 1) {
      const c = text[j] ?? "";
      if (c === "\n") return undefined;
      if (QUOTES_CLOSE.includes(c) && j > open + 1) return { end: j + 1, value: text.slice(open + 1, j).trim() };
    }
    return undefined;
  }
  if (!introduced) return undefined;
  const start = at + i;
  let end = start;
  while (end < bound && end - start < TITLE_MAX && !UNQUOTED_STOP.test(text[end] ?? ".")) end += 1;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end -= 1;
  const value = text.slice(start, end);
  if (value.length < 3 || !/\p{L}/u.test(value.slice(0, 1))) return undefined;
  return { end, value };
}
