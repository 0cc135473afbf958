import { createIssue, fail, type Locale, ok, type Result, unwrap, VnPolityError } from "../core/index.js";
import { isLocaleValue, optionsRecord } from "./language-codes.js";
import { trimBounds } from "./language-letters.js";

/*
 * Roman numerals 1–3999, as Vietnamese formal text writes congress and term ordinals ("Đại hội XIV",
 * "khóa XV") and Polish writes terms ("XIII kadencji"). Canonical forms use the six subtractive pairs
 * (IV IX XL XC CD CM). The older additive forms (IIII, VIIII, XXXX, LXXXX, CCCC, DCCCC) are still seen on
 * clock faces and in old documents: they are read with a NON_CANONICAL_ROMAN_NUMERAL warning, or rejected
 * with that code in strict mode. Anything else (IIX, VV, IC, MMMM) is INVALID_ROMAN_NUMERAL.
 */

// The additive forms allow four repeats where canonical allows three; all quantifiers are bounded. The `i` flag
// without `u` never maps a non-ASCII letter (dotless ı, long ſ) onto an ASCII one.
const ADDITIVE_ROMAN = /^M{0,3}(?:CM|CD|D?C{0,4})(?:XC|XL|L?X{0,4})(?:IX|IV|V?I{0,4})$/i;

// The longest additive numeral (MMMDCCCCLXXXXVIIII) has 18 letters.
const MAX_ROMAN_LENGTH = 18;

const DIGITS = Object.freeze([
  Object.freeze(["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]),
  Object.freeze(["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"]),
  Object.freeze(["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"]),
  Object.freeze(["", "M", "MM", "MMM"]),
]);

const VALUES: Readonly<Record<string, number>> = Object.freeze({ I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 });

/**
 * Options of the Roman numeral readers.
 *
 * @example
 * ```ts
 * const options: ParseRomanNumeralOptions = { strict: true, locale: "en" };
 * ```
 */
export interface ParseRomanNumeralOptions {
  /**
   * Reject additive forms such as `IIII` (NON_CANONICAL_ROMAN_NUMERAL) instead of reading them with a warning.
   * @default false
   */
  readonly strict?: boolean;
  /**
   * Locale of issue messages.
   * @default "vi"
   */
  readonly locale?: Locale;
}

function additiveValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = VALUES[numeral[i] ?? ""] ?? 0;
    const next = VALUES[numeral[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * Writes an integer from 1 to 3999 as a canonical Roman numeral.
 *
 * @throws VnPolityError `INVALID_ROMAN_NUMERAL` when the number is not an integer from 1 to 3999.
 * @example
 * ```ts
 * formatRomanNumeral(14); // "XIV"
 * formatRomanNumeral(2026); // "MMXXVI"
 * ```
 */
export function formatRomanNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) {
    throw new VnPolityError([createIssue("INVALID_ROMAN_NUMERAL", { hint: `${String(value)} is not in 1–3999` })]);
  }
  return (
    (DIGITS[3]?.[Math.floor(value / 1000)] ?? "") +
    (DIGITS[2]?.[Math.floor(value / 100) % 10] ?? "") +
    (DIGITS[1]?.[Math.floor(value / 10) % 10] ?? "") +
    (DIGITS[0]?.[value % 10] ?? "")
  );
}

/**
 * Reads a Roman numeral (upper or lower case, surrounding spaces ignored) and returns a {@link Result}.
 * Never throws.
 *
 * Errors: `INVALID_INPUT_TYPE`, `EMPTY_INPUT`, `INVALID_ROMAN_NUMERAL`, `INVALID_OPTION`, and
 * `NON_CANONICAL_ROMAN_NUMERAL` in strict mode (a warning otherwise, with the canonical form as hint).
 *
 * @example
 * ```ts
 * safeParseRomanNumeral("XIV"); // { success: true, data: 14, warnings: [] }
 * safeParseRomanNumeral("IIII").warnings[0]?.code; // "NON_CANONICAL_ROMAN_NUMERAL"
 * safeParseRomanNumeral("IIX").success; // false
 * ```
 */
export function safeParseRomanNumeral(text: unknown, options?: ParseRomanNumeralOptions): Result<number> {
  const { strict, locale } = optionsRecord(options);
  if (locale !== undefined && !isLocaleValue(locale)) {
    return fail(createIssue("INVALID_OPTION", { hint: "locale must be vi or en" }));
  }
  const localeOption = locale ? { locale } : {};
  if (typeof text !== "string") return fail(createIssue("INVALID_INPUT_TYPE", { ...localeOption, hint: typeof text }));
  const { start, end } = trimBounds(text);
  if (start === end) return fail(createIssue("EMPTY_INPUT", localeOption));
  const span = { start, end };
  if (end - start > MAX_ROMAN_LENGTH) return fail(createIssue("INVALID_ROMAN_NUMERAL", { ...localeOption, span }));
  const written = text.slice(start, end);
  if (!ADDITIVE_ROMAN.test(written)) return fail(createIssue("INVALID_ROMAN_NUMERAL", { ...localeOption, span }));
  const numeral = written.toUpperCase();
  const value = additiveValue(numeral);
  const canonical = formatRomanNumeral(value);
  if (canonical === numeral) return ok(value);
  const issue = createIssue("NON_CANONICAL_ROMAN_NUMERAL", { ...localeOption, span, hint: canonical });
  return strict === true ? fail(issue) : ok(value, [issue]);
}

/**
 * Reads a Roman numeral; throws a `VnPolityError` when it is not one. See {@link safeParseRomanNumeral}.
 *
 * @throws VnPolityError `INVALID_ROMAN_NUMERAL`, `NON_CANONICAL_ROMAN_NUMERAL` (strict), `EMPTY_INPUT`,
 * `INVALID_INPUT_TYPE`, `INVALID_OPTION`.
 * @example
 * ```ts
 * parseRomanNumeral("XIV"); // 14
 * parseRomanNumeral("xiii"); // 13
 * ```
 */
export function parseRomanNumeral(text: string, options?: ParseRomanNumeralOptions): number {
  return unwrap(safeParseRomanNumeral(text, options));
}

/**
 * Whether a text is a Roman numeral from 1 to 3999 (additive forms count unless `strict`).
 *
 * @example
 * ```ts
 * isValidRomanNumeral("MMXXVI"); // true
 * isValidRomanNumeral("IIII", { strict: true }); // false
 * ```
 */
export function isValidRomanNumeral(text: unknown, options?: ParseRomanNumeralOptions): boolean {
  return safeParseRomanNumeral(text, options).success;
}
