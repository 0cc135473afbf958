import { createIssue, type Issue, type Language, type LanguageOption, type Locale } from "../core/index.js";
import { isDigitCode, isMinusCode, isPlusCode, isWordCharAt, isWordCharBefore, skipGap } from "./number-chars.js";
import { AUTO_LANGUAGE_ORDER, ENGLISH_FIRST_ORDER } from "./number-conventions.js";
import { mismatchHint } from "./number-hints.js";
import { ambiguityWarnings } from "./number-issues.js";
import { isOptionIssue, readNumberOptions } from "./number-options.js";
import { resolveNumber } from "./number-read.js";
import { allowsSpaceGroups, type RawExpression, scanNumeral, scanSuffix } from "./number-scan.js";
import type { ExtractedNumber, NumberSign, ParsedNumber, ParseNumberOptions } from "./number-types.js";

// One forward pass finds candidates; a second reads them. Digits glued to "/" or ":" (dates 22/12/2024, codes
// 30/2020/NĐ-CP, ratios 15/15, times 14:34), to letters on the left (QH15), to a hyphen after a letter
// (COVID-19, 57-NQ/TW) or chained by hyphens three or more times (6-3-2025) are parts of something else:
// the whole chunk they belong to is skipped.

const SLASH = 0x2f;
const NO_WARNINGS: readonly Issue[] = Object.freeze([]);
const COLON = 0x3a;

/** Characters that glue the parts of a code or date into one chunk when a letter or digit follows. */
function isJoiner(code: number): boolean {
  return (
    code === SLASH ||
    code === COLON ||
    code === 0x2e ||
    code === 0x2c ||
    code === 0x5f ||
    code === 0x5c ||
    isMinusCode(code)
  );
}

function isAlnumAt(text: string, index: number): boolean {
  return index < text.length && (isDigitCode(text.charCodeAt(index)) || isWordCharAt(text, index));
}

/** End of the chunk of letters, digits and joiners starting at `index`. */
function chunkEnd(text: string, index: number): number {
  let pos = index;
  while (pos < text.length) {
    if (isAlnumAt(text, pos)) pos++;
    else if (isJoiner(text.charCodeAt(pos)) && isAlnumAt(text, pos + 1)) pos += 2;
    else break;
  }
  return pos;
}

/** Characters after which a dash is a minus sign rather than a joiner or a range dash. */
function opensSign(text: string, index: number): boolean {
  if (index < 0) return true;
  const code = text.charCodeAt(index);
  return (
    code <= 0x20 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2009 ||
    "([{\"'“‘«=:;≈<>".includes(text.charAt(index))
  );
}

/** Whether digits at `index` belong to a chunk that is not a plain number, judging by what precedes them. */
function gluedOnTheLeft(text: string, index: number): boolean {
  if (index === 0) return false;
  const prev = text.charCodeAt(index - 1);
  if (prev === SLASH || prev === COLON || prev === 0x5f || prev === 0x5c || prev === 0x40 || prev === 0x23) return true;
  if (isWordCharBefore(text, index)) return true;
  if (prev === 0x2e || prev === 0x2c) return index >= 2 && isAlnumAt(text, index - 2);
  if (isMinusCode(prev) || isPlusCode(prev)) return index >= 2 && isWordCharBefore(text, index - 1);
  return false;
}

/** Index after a run of digits starting at `index`. */
function digitsEnd(text: string, index: number): number {
  let pos = index;
  while (pos < text.length && isDigitCode(text.charCodeAt(pos))) pos++;
  return pos;
}

/** Whether the numeral ending at `end` starts a chain of three or more hyphen-joined digit runs (6-3-2025). */
function startsDateChain(text: string, end: number): boolean {
  let pos = end;
  for (let links = 0; links < 2; links++) {
    if (pos + 1 >= text.length || !isMinusCode(text.charCodeAt(pos)) || !isDigitCode(text.charCodeAt(pos + 1))) {
      return false;
    }
    pos = digitsEnd(text, pos + 1);
  }
  return true;
}

/** Whether what follows the digits makes them part of a code, date, ratio or time. */
function gluedOnTheRight(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const next = text.charCodeAt(end);
  if (next === SLASH || next === COLON) return true;
  if (isMinusCode(next)) return isWordCharAt(text, end + 1) || startsDateChain(text, end);
  return false;
}

/** Calls `visit` with every number expression in the text, in order, without keeping them. */
function scanCandidates(text: string, language: LanguageOption, visit: (expression: RawExpression) => void): void {
  const spaceGroups = allowsSpaceGroups(language);
  // The native regex search jumps over the prose between numbers much faster than a loop over code units.
  const nextDigit = /[0-9]/g;
  let index = 0;
  let lastEnd = -1;
  while (index < text.length) {
    if (!isDigitCode(text.charCodeAt(index))) {
      nextDigit.lastIndex = index;
      if (!nextDigit.test(text)) break;
      index = nextDigit.lastIndex - 1;
    }
    if (gluedOnTheLeft(text, index)) {
      index = chunkEnd(text, index);
      continue;
    }
    let start = index;
    let sign: NumberSign = "none";
    const prev = index > 0 ? text.charCodeAt(index - 1) : -1;
    // In "55 -58%" the dash joins two numbers (only blanks separate it from the previous one): not a sign.
    const joinsPrevious = lastEnd >= 0 && skipGap(text, lastEnd, index) === index - 1;
    if ((isMinusCode(prev) || isPlusCode(prev)) && !joinsPrevious && opensSign(text, index - 2)) {
      start = index - 1;
      sign = isMinusCode(prev) ? "minus" : "plus";
    }
    const numeral = scanNumeral(text, index, text.length, spaceGroups);
    if (gluedOnTheRight(text, numeral.end)) {
      index = chunkEnd(text, index);
      continue;
    }
    const suffix = scanSuffix(text, numeral.end, text.length, language);
    const end = suffix ? suffix.end : numeral.end;
    visit(suffix ? { start, end, sign, numeral, suffix } : { start, end, sign, numeral });
    index = end;
    lastEnd = end;
  }
}

function extracted(
  text: string,
  expression: RawExpression,
  number: ParsedNumber,
  warnings: readonly Issue[],
): ExtractedNumber {
  const span = { start: expression.start, end: expression.end };
  return { span, text: text.slice(span.start, span.end), number, warnings };
}

/** Reads the numbers of a text in a named language; numbers written in another convention get a warning. */
function extractExplicit(text: string, language: Language, locale: Locale): ExtractedNumber[] {
  const found: ExtractedNumber[] = [];
  scanCandidates(text, language, (expression) => {
    const own = resolveNumber(expression, language, AUTO_LANGUAGE_ORDER);
    if (!("failure" in own)) {
      found.push(extracted(text, expression, own, NO_WARNINGS));
      return;
    }
    const other = resolveNumber(expression, "auto", AUTO_LANGUAGE_ORDER);
    if ("failure" in other) return;
    const span = { start: expression.start, end: expression.end };
    const hint = mismatchHint(language, other.language, other.value, locale);
    const warning = createIssue("NUMBER_CONVENTION_MISMATCH", { locale, span, hint });
    found.push(extracted(text, expression, other, [warning, ...ambiguityWarnings([other], [expression], locale)]));
  });
  return found;
}

function hasDotOrComma(expression: RawExpression): boolean {
  return expression.numeral.marks.some((mark) => mark !== " ");
}

/**
 * Reads the numbers of a text under "auto". The text votes: numbers only English conventions read (13.45,
 * 1,585,000) against numbers only the others read (6,52, 1.234.567). If English wins, ambiguous numbers such
 * as 1,585 are read again the English way; otherwise they keep the Vietnamese reading.
 */
function extractAuto(text: string, locale: Locale): ExtractedNumber[] {
  const found: ExtractedNumber[] = [];
  const ambiguous: { readonly index: number; readonly expression: RawExpression }[] = [];
  let english = 0;
  let others = 0;
  scanCandidates(text, "auto", (expression) => {
    const reading = resolveNumber(expression, "auto", AUTO_LANGUAGE_ORDER);
    if ("failure" in reading) return;
    if (reading.ambiguous) ambiguous.push({ index: found.length, expression });
    else if (hasDotOrComma(expression)) {
      if (reading.language === "en") english++;
      else others++;
    }
    const warnings = reading.ambiguous ? ambiguityWarnings([reading], [expression], locale) : NO_WARNINGS;
    found.push(extracted(text, expression, reading, warnings));
  });
  if (english > others) {
    for (const { index, expression } of ambiguous) {
      const again = resolveNumber(expression, "auto", ENGLISH_FIRST_ORDER);
      if ("failure" in again) continue;
      found[index] = extracted(text, expression, again, ambiguityWarnings([again], [expression], locale));
    }
  }
  return found;
}

/**
 * Finds every number expression in running text (sign, digits, scale word or percent) with its span in the
 * caller's string. Never throws: a non-string input or invalid options give an empty list.
 *
 * Skipped, because they are not plain numbers: digits glued to `/` or `:` (dates `22/12/2024`, codes
 * `30/2020/NĐ-CP`, ratios `15/15`, times `14:34`), digits glued to letters on their left (`QH15`), codes such
 * as `57-NQ/TW` and `COVID-19`, hyphenated dates `6-3-2025`, and digit runs no convention reads (`22.12.2024`).
 * A year such as `2024` is a number; `2021-2030` gives two numbers. A dash is a minus sign only after a space,
 * a bracket or the start of the text, and not when only blanks separate it from the previous number: in
 * `55 -58%` it joins a range; in `2 - -5` the second dash is a sign.
 *
 * Under `language: "auto"` ambiguous numbers follow the conventions the rest of the text shows. With an
 * explicit language, a number only another convention reads (`6.52` in Vietnamese text) is still returned,
 * read by that convention, with a `NUMBER_CONVENTION_MISMATCH` warning.
 *
 * @example
 * ```ts
 * const found = extractNumbers("Ngày 22/12/2024, GRDP tăng 6,52%, thu ngân sách 3.312 tỷ đồng.", { language: "vi" });
 * found.map((item) => item.text); // ["6,52%", "3.312 tỷ"]
 * found[1]?.number.value; // 3312000000000
 * ```
 */
export function extractNumbers(text: unknown, options?: ParseNumberOptions): ExtractedNumber[] {
  if (typeof text !== "string") return [];
  const read = readNumberOptions(options);
  if (isOptionIssue(read)) return [];
  return read.language === "auto" ? extractAuto(text, read.locale) : extractExplicit(text, read.language, read.locale);
}
