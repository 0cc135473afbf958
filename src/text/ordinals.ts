import {
  createIssue,
  fail,
  type Issue,
  type LanguageOption,
  type Locale,
  ok,
  type Result,
  type Span,
  unwrap,
  VnPolityError,
} from "../core/index.js";
import { isLanguageOptionValue, isLocaleValue, optionsRecord } from "./language-codes.js";
import { isAsciiDigit, isDashCode, isSpaceCode, readWordAt, trimBounds } from "./language-letters.js";
import {
  englishOrdinalSuffix,
  isPolishOrdinalNoun,
  readEnglishOrdinalWords,
  readVietnameseNumberWords,
  readVietnameseOrdinalWords,
  writeEnglishOrdinalWords,
  writeVietnameseOrdinalWords,
} from "./ordinal-words.js";
import { formatRomanNumeral, safeParseRomanNumeral } from "./roman.js";

// An ordinal phrase is a few words; longer inputs are rejected before they are tokenised.
const MAX_ORDINAL_LENGTH = 80;

/**
 * How an ordinal was written: in words (`thứ hai`, `second`), in digits (`thứ 10`, `16th`, `14.`) or as a
 * Roman numeral (`XIV`, `lần thứ XX`).
 *
 * @example
 * ```ts
 * const form: OrdinalForm = "roman"; // "Đại hội lần thứ XIV"
 * ```
 */
export type OrdinalForm = "word" | "digits" | "roman";

/**
 * An ordinal read from text. `span` covers the numeral itself in the caller's string: "hai" in "lần thứ hai",
 * "16th", "XIII" in "XIII kadencji", "14." in Polish.
 *
 * @example
 * ```ts
 * const ordinal: ParsedOrdinal = { value: 2, form: "word", span: { start: 8, end: 11 } }; // "lần thứ hai"
 * ```
 */
export interface ParsedOrdinal {
  readonly value: number;
  readonly form: OrdinalForm;
  readonly span: Span;
}

/**
 * Options of {@link parseOrdinal} and {@link safeParseOrdinal}.
 *
 * @example
 * ```ts
 * const options: ParseOrdinalOptions = { language: "vi", locale: "en" };
 * ```
 */
export interface ParseOrdinalOptions {
  /**
   * Language of the text. `"auto"` tries every grammar (they do not overlap); a language limits the
   * grammar to its own (Roman numerals are read in every language).
   * @default "auto"
   */
  readonly language?: LanguageOption;
  /**
   * Locale of issue messages.
   * @default "vi"
   */
  readonly locale?: Locale;
}

/**
 * Options of {@link formatOrdinal}.
 *
 * @example
 * ```ts
 * const options: FormatOrdinalOptions = { locale: "en", style: "digits" }; // "2nd"
 * ```
 */
export interface FormatOrdinalOptions {
  /**
   * Locale of the written ordinal.
   * @default "vi"
   */
  readonly locale?: Locale;
  /**
   * `"word"` (1–99): "thứ hai" / "second"; `"digits"`: "thứ 2" / "2nd"; `"roman"` (1–3999): "thứ II" / "II".
   * @default "word"
   */
  readonly style?: OrdinalForm;
}

interface Token {
  readonly kind: "word" | "digits" | "dot" | "dash";
  readonly start: number;
  readonly end: number;
  readonly folded: string;
}

interface Reading {
  readonly ordinal: ParsedOrdinal;
  readonly warnings: readonly Issue[];
}

function tokenize(text: string, start: number, end: number): Token[] | undefined {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
    } else if (isAsciiDigit(code)) {
      let j = i + 1;
      while (j < end && isAsciiDigit(text.charCodeAt(j))) j++;
      tokens.push({ kind: "digits", start: i, end: j, folded: text.slice(i, j) });
      i = j;
    } else if (code === 46 || isDashCode(code)) {
      tokens.push({ kind: code === 46 ? "dot" : "dash", start: i, end: i + 1, folded: "" });
      i++;
    } else {
      const word = readWordAt(text, i, 32);
      if (!word || word.end > end) return undefined;
      tokens.push({ kind: "word", ...word });
      i = word.end;
    }
  }
  return tokens;
}

function spanOf(first: Token, last: Token): Span {
  return { start: first.start, end: last.end };
}

function digitsValue(token: Token | undefined): number | undefined {
  if (token?.kind !== "digits" || token.end - token.start > 9) return undefined;
  const value = Number(token.folded);
  return value >= 1 ? value : undefined;
}

/** An upper-case Roman numeral token; lower case "mix" or "vi" in a phrase is a word, not a number. */
function readRoman(text: string, token: Token | undefined, locale: Locale | undefined): Reading | undefined {
  if (token?.kind !== "word" || !/^[IVXLCDM]{1,18}$/.test(text.slice(token.start, token.end))) return undefined;
  const result = safeParseRomanNumeral(text.slice(token.start, token.end), locale ? { locale } : {});
  if (!result.success) return undefined;
  const span = spanOf(token, token);
  const warnings = result.warnings.map((issue) => ({ ...issue, span }));
  return { ordinal: { value: result.data, form: "roman", span }, warnings };
}

function word(value: number | undefined, span: Span): Reading | undefined {
  return value === undefined ? undefined : { ordinal: { value, form: "word", span }, warnings: [] };
}

/** "thứ hai", "lần thứ 11", "thứ XIV", "lan thu hai muoi mot". */
function readVietnamese(text: string, tokens: readonly Token[], locale: Locale | undefined): Reading | undefined {
  const skip = tokens[0]?.folded === "lan" ? 1 : 0;
  if (tokens[skip]?.folded !== "thu" || tokens.length < skip + 2) return undefined;
  const rest = tokens.slice(skip + 1);
  const first = rest[0];
  const last = rest[rest.length - 1];
  if (!first || !last) return undefined;
  if (rest.length === 1) {
    const value = digitsValue(first);
    if (value !== undefined) return { ordinal: { value, form: "digits", span: spanOf(first, first) }, warnings: [] };
    const roman = readRoman(text, first, locale);
    if (roman) return roman;
  }
  if (rest.some((token) => token.kind !== "word")) return undefined;
  return word(readVietnameseOrdinalWords(rest.map((token) => token.folded)), spanOf(first, last));
}

/** "second", "twenty-first", "twenty first", "16th". A wrong suffix gives the right form as a hint. */
function readEnglish(tokens: readonly Token[]): Reading | string | undefined {
  const [first, second, third] = tokens;
  if (!first) return undefined;
  if (first.kind === "digits" && second?.kind === "word" && second.start === first.end && tokens.length === 2) {
    const value = digitsValue(first);
    if (value === undefined || !["st", "nd", "rd", "th"].includes(second.folded)) return undefined;
    const expected = englishOrdinalSuffix(value);
    if (second.folded !== expected) return `${value}${expected}`;
    return { ordinal: { value, form: "digits", span: spanOf(first, second) }, warnings: [] };
  }
  if (first.kind !== "word") return undefined;
  if (tokens.length === 1) return word(readEnglishOrdinalWords([first.folded]), spanOf(first, first));
  const last = tokens.length === 3 && second?.kind === "dash" ? third : tokens.length === 2 ? second : undefined;
  if (last?.kind !== "word") return undefined;
  return word(readEnglishOrdinalWords([first.folded, last.folded]), spanOf(first, last));
}

/** "XIII kadencji", "14.", "14. posiedzenie"; German "14." too. */
function readDotted(tokens: readonly Token[], nouns: boolean): Reading | undefined {
  const [first, dot, noun] = tokens;
  if (!first || dot?.kind !== "dot" || dot.start !== first.end) return undefined;
  if (tokens.length > 3 || (noun && !(nouns && noun.kind === "word" && isPolishOrdinalNoun(noun.folded)))) {
    return undefined;
  }
  const value = digitsValue(first);
  return value === undefined
    ? undefined
    : { ordinal: { value, form: "digits", span: spanOf(first, dot) }, warnings: [] };
}

function readOrdinal(text: string, start: number, end: number, language: LanguageOption, locale: Locale | undefined) {
  const tokens = tokenize(text, start, end);
  if (!tokens || tokens.length === 0) return undefined;
  const all = language === "auto";
  const [first, second] = tokens;
  const roman = readRoman(text, first, locale);
  if (roman && tokens.length === 1) return roman;
  if (roman && tokens.length === 2 && (all || language === "pl") && second?.kind === "word") {
    if (isPolishOrdinalNoun(second.folded)) return roman;
  }
  if (all || language === "vi") {
    const reading = readVietnamese(text, tokens, locale);
    if (reading) return reading;
  }
  if (all || language === "en") {
    const reading = readEnglish(tokens);
    if (reading) return reading;
  }
  if (all || language === "pl" || language === "de") return readDotted(tokens, all || language === "pl");
  return undefined;
}

/**
 * Reads an ordinal phrase and returns a {@link Result}; never throws.
 *
 * Vietnamese: `thứ hai`, `lần thứ hai`, `thứ nhất`, `thứ tư` (4), `thứ mười lăm`, `thứ hai mươi mốt`,
 * `thứ 10`, `lần thứ 11`, `thứ XIV`, `lần thứ XX`, also without diacritics (`lan thu hai`); word numbers
 * 1–99 (`thứ một` and `thứ bốn` are rejected: the first and fourth are `thứ nhất` and `thứ tư`). English: `first` … `ninety-ninth`, `16th`, `21st` (a wrong suffix such as `21th` is an error),
 * `XIV`. Polish: `XIII kadencji`, `14.`, `14. posiedzenie`; German `14.`. Roman numerals in a phrase must be
 * upper case. A bare number (`14`) is a cardinal, not an ordinal.
 *
 * Errors: `INVALID_ORDINAL`, `INVALID_INPUT_TYPE`, `EMPTY_INPUT`, `INPUT_TOO_LONG`, `INVALID_OPTION`.
 * Warning: `NON_CANONICAL_ROMAN_NUMERAL` (`thứ IIII`).
 *
 * @example
 * ```ts
 * safeParseOrdinal("lần thứ hai"); // data { value: 2, form: "word", span: { start: 8, end: 11 } }
 * safeParseOrdinal("twenty-first").success; // true (21)
 * safeParseOrdinal("21th").success; // false (INVALID_ORDINAL, hint "21st")
 * ```
 */
export function safeParseOrdinal(text: unknown, options?: ParseOrdinalOptions): Result<ParsedOrdinal> {
  const { language = "auto", locale } = optionsRecord(options);
  if (locale !== undefined && !isLocaleValue(locale)) {
    return fail(createIssue("INVALID_OPTION", { hint: "locale must be vi or en" }));
  }
  const localeOption = locale ? { locale } : {};
  if (!isLanguageOptionValue(language)) {
    return fail(
      createIssue("INVALID_OPTION", { ...localeOption, hint: "language must be vi, en, pl, fr, es, de or auto" }),
    );
  }
  if (typeof text !== "string") return fail(createIssue("INVALID_INPUT_TYPE", { ...localeOption, hint: typeof text }));
  const { start, end } = trimBounds(text);
  if (start === end) return fail(createIssue("EMPTY_INPUT", localeOption));
  const span = { start, end };
  if (end - start > MAX_ORDINAL_LENGTH) return fail(createIssue("INPUT_TOO_LONG", { ...localeOption, span }));
  const reading = readOrdinal(text, start, end, language, locale);
  if (typeof reading === "string")
    return fail(createIssue("INVALID_ORDINAL", { ...localeOption, span, hint: reading }));
  if (!reading) return fail(createIssue("INVALID_ORDINAL", { ...localeOption, span }));
  return ok(reading.ordinal, reading.warnings);
}

/**
 * Reads an ordinal phrase; throws a `VnPolityError` when it is not one. See {@link safeParseOrdinal}.
 *
 * @throws VnPolityError `INVALID_ORDINAL`, `INVALID_INPUT_TYPE`, `EMPTY_INPUT`, `INPUT_TOO_LONG`, `INVALID_OPTION`.
 * @example
 * ```ts
 * parseOrdinal("lần thứ hai").value; // 2
 * parseOrdinal("thứ tư").value; // 4
 * parseOrdinal("XIII kadencji", { language: "pl" }); // { value: 13, form: "roman", span: { start: 0, end: 4 } }
 * ```
 */
export function parseOrdinal(text: string, options?: ParseOrdinalOptions): ParsedOrdinal {
  return unwrap(safeParseOrdinal(text, options));
}

/**
 * Whether a text is an ordinal phrase that {@link safeParseOrdinal} reads.
 *
 * @example
 * ```ts
 * isValidOrdinal("thứ mười lăm"); // true
 * isValidOrdinal("14"); // false
 * ```
 */
export function isValidOrdinal(text: unknown, options?: ParseOrdinalOptions): boolean {
  return safeParseOrdinal(text, options).success;
}

function rangeError(value: number, hint: string, locale: Locale): VnPolityError {
  return new VnPolityError([createIssue("INVALID_ORDINAL", { locale, hint: `${String(value)}: ${hint}` })]);
}

/**
 * Writes an ordinal in Vietnamese or English. Words cover 1–99, Roman numerals 1–3999, digits any positive
 * safe integer. Every output reads back with {@link parseOrdinal}.
 *
 * @throws VnPolityError `INVALID_ORDINAL` when the number is out of range for the style, `INVALID_OPTION`
 * for an unknown locale or style.
 * @example
 * ```ts
 * formatOrdinal(2); // "thứ hai"
 * formatOrdinal(21, { locale: "en" }); // "twenty-first"
 * formatOrdinal(2, { locale: "en", style: "digits" }); // "2nd"
 * formatOrdinal(14, { style: "roman" }); // "thứ XIV"
 * ```
 */
export function formatOrdinal(value: number, options?: FormatOrdinalOptions): string {
  const { locale = "vi", style = "word" } = optionsRecord(options);
  if (!isLocaleValue(locale)) throw new VnPolityError([createIssue("INVALID_OPTION", { hint: "locale: vi or en" })]);
  if (style !== "word" && style !== "digits" && style !== "roman") {
    throw new VnPolityError([createIssue("INVALID_OPTION", { locale, hint: "style: word, digits or roman" })]);
  }
  if (!Number.isSafeInteger(value) || value < 1) throw rangeError(value, "not a positive integer", locale);
  const prefix = locale === "vi" ? "thứ " : "";
  if (style === "roman") {
    if (value > 3999) throw rangeError(value, "Roman numerals stop at 3999", locale);
    return prefix + formatRomanNumeral(value);
  }
  if (style === "digits") return locale === "vi" ? `thứ ${value}` : `${value}${englishOrdinalSuffix(value)}`;
  if (value > 99) throw rangeError(value, "ordinal words stop at 99", locale);
  return locale === "vi" ? prefix + writeVietnameseOrdinalWords(value) : writeEnglishOrdinalWords(value);
}

/**
 * Reads Vietnamese number words from 1 to 99 (with or without diacritics) and returns a {@link Result}.
 * "tư", "lăm" and "mốt" are read only where they belong (after "mươi"/"mười").
 *
 * Errors: `INVALID_NUMBER`, `INVALID_INPUT_TYPE`, `EMPTY_INPUT`.
 *
 * @example
 * ```ts
 * safeParseVietnameseNumberWords("mười lăm"); // { success: true, data: 15, warnings: [] }
 * safeParseVietnameseNumberWords("hai muoi mot"); // data 21
 * ```
 */
export function safeParseVietnameseNumberWords(text: unknown): Result<number> {
  if (typeof text !== "string") return fail(createIssue("INVALID_INPUT_TYPE", { hint: typeof text }));
  const { start, end } = trimBounds(text);
  if (start === end) return fail(createIssue("EMPTY_INPUT"));
  const span = { start, end };
  const tokens = end - start <= MAX_ORDINAL_LENGTH ? tokenize(text, start, end) : undefined;
  const value = tokens?.every((token) => token.kind === "word")
    ? readVietnameseNumberWords(tokens.map((token) => token.folded))
    : undefined;
  return value === undefined ? fail(createIssue("INVALID_NUMBER", { span })) : ok(value);
}

/**
 * Reads Vietnamese number words from 1 to 99; throws a `VnPolityError` (`INVALID_NUMBER`) when it cannot.
 *
 * @throws VnPolityError `INVALID_NUMBER`, `INVALID_INPUT_TYPE`, `EMPTY_INPUT`.
 * @example
 * ```ts
 * parseVietnameseNumberWords("mười lăm"); // 15
 * parseVietnameseNumberWords("chín mươi chín"); // 99
 * ```
 */
export function parseVietnameseNumberWords(text: string): number {
  return unwrap(safeParseVietnameseNumberWords(text));
}
