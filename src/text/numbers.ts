import { createIssue, fail, type Issue, type Language, ok, type Result, unwrap } from "../core/index.js";
import { trimBounds } from "./number-chars.js";
import { AUTO_LANGUAGE_ORDER } from "./number-conventions.js";
import { failureHint, otherLanguageHint } from "./number-hints.js";
import { ambiguityWarnings, invalidNumberIssue } from "./number-issues.js";
import { isOptionIssue, readNumberOptions } from "./number-options.js";
import { otherReading, resolveNumber } from "./number-read.js";
import { scanExpression } from "./number-scan.js";
import type { ParsedNumber, ParseNumberOptions } from "./number-types.js";

const NO_WARNINGS: readonly Issue[] = Object.freeze([]);

/**
 * Reads one number expression (the whole string, trimmed) without throwing: digits with the group and decimal
 * marks of the language, an optional sign (`-`, `+`, `−`, dashes), and an optional percent sign, percent word or
 * scale word (`tỷ`, `triệu`, `nghìn tỷ`, `million`, `bn`, `mln`, `mld`, `Mio.`, …, also without diacritics).
 *
 * With `language: "auto"` (the default) conventions are tried Vietnamese first, then English, Polish, French,
 * German, Spanish; a scale word narrows them to its language. A string two conventions read differently
 * (`1.585`, `1,585`) is read the Vietnamese way and flagged: `ambiguous: true`, the other value in
 * `alternatives`, and an `AMBIGUOUS_NUMBER` warning. With an explicit language the string must follow that
 * language's conventions; a string that contradicts them (`6.52` in Vietnamese) is `INVALID_NUMBER`, and the
 * hint names the language that reads it.
 *
 * Issue codes: `INVALID_INPUT_TYPE`, `INVALID_OPTION`, `EMPTY_INPUT`, `INVALID_NUMBER`; warning
 * `AMBIGUOUS_NUMBER`.
 *
 * @example
 * ```ts
 * safeParseNumber("6,52 tỷ"); // { success: true, data: { value: 6520000000, … }, warnings: [] }
 * const result = safeParseNumber("1.585");
 * if (result.success) result.warnings[0]?.code; // "AMBIGUOUS_NUMBER" (1585, alternatively 1.585)
 * safeParseNumber("1.58.5").success; // false (INVALID_NUMBER)
 * ```
 */
export function safeParseNumber(text: unknown, options?: ParseNumberOptions): Result<ParsedNumber> {
  const read = readNumberOptions(options);
  if (isOptionIssue(read)) return fail(read);
  const { language, locale } = read;
  if (typeof text !== "string") return fail(createIssue("INVALID_INPUT_TYPE", { locale }));
  const { start, end } = trimBounds(text);
  if (start >= end) return fail(createIssue("EMPTY_INPUT", { locale }));
  const expression = scanExpression(text, start, end, language);
  if (!expression) {
    const hint = failureHint({ reason: "start" }, locale);
    return fail(createIssue("INVALID_NUMBER", { locale, span: { start, end }, hint }));
  }
  if (expression.end < end) {
    let hint = failureHint({ reason: "trailing", text: text.slice(expression.end, end) }, locale);
    // "1 299" in English or "5 mln" in Vietnamese: say which language reads the whole string.
    const whole = language === "auto" ? undefined : scanExpression(text, start, end, "auto");
    const other =
      whole && whole.end === end ? otherReading(whole, language as Language, AUTO_LANGUAGE_ORDER) : undefined;
    if (other) hint += otherLanguageHint(other.language, other.value, locale);
    return fail(createIssue("INVALID_NUMBER", { locale, span: { start: expression.end, end }, hint }));
  }
  const parsed = resolveNumber(expression, language, AUTO_LANGUAGE_ORDER);
  if ("failure" in parsed) {
    return fail(invalidNumberIssue(expression, parsed.failure, parsed.language, language !== "auto", locale));
  }
  return ok(parsed, parsed.ambiguous ? ambiguityWarnings([parsed], [expression], locale) : NO_WARNINGS);
}

/**
 * Reads one number expression, throwing a `VnPolityError` when it cannot; see {@link safeParseNumber} for the
 * grammar, the `"auto"` rules and the issue codes.
 *
 * @throws VnPolityError with code `INVALID_INPUT_TYPE`, `INVALID_OPTION`, `EMPTY_INPUT` or `INVALID_NUMBER`.
 *
 * @example
 * ```ts
 * parseNumber("1.234.567,8").value; // 1234567.8
 * parseNumber("1,585", { language: "en" }).value; // 1585
 * parseNumber("1 299 mln", { language: "pl" }).value; // 1299000000
 * parseNumber("-9,28%").percent; // true (value -9.28)
 * ```
 */
export function parseNumber(text: string, options?: ParseNumberOptions): ParsedNumber {
  return unwrap(safeParseNumber(text, options));
}

/**
 * Whether {@link safeParseNumber} reads the string (ambiguous numbers count as valid).
 *
 * @example
 * ```ts
 * isValidNumber("6,52%"); // true
 * isValidNumber("1..2"); // false
 * isValidNumber("6.52", { language: "vi" }); // false: "." groups thousands in Vietnamese
 * ```
 */
export function isValidNumber(text: unknown, options?: ParseNumberOptions): boolean {
  return safeParseNumber(text, options).success;
}
