import { createIssue, type Language, VnPolityError } from "../core/index.js";
import { NUMBER_CONVENTIONS } from "./number-conventions.js";
import type { FormatNumberOptions } from "./number-types.js";

// Formatting works on the decimal string JavaScript gives for the number (shortest round-trip form, or toFixed),
// never on float arithmetic, so that reading the output back gives the same number.

const MAX_DECIMAL_PLACES = 20;
const LANGUAGES: readonly string[] = Object.freeze(["vi", "en", "pl", "fr", "de", "es"]);

/** Writes `1.5e-7` or `1e+21` as plain digits. */
function expandExponent(raw: string): string {
  const at = raw.indexOf("e");
  if (at < 0) return raw;
  const mantissa = raw.slice(0, at);
  const exponent = Number(raw.slice(at + 1));
  const point = mantissa.indexOf(".");
  const intPart = point < 0 ? mantissa : mantissa.slice(0, point);
  const digits = point < 0 ? mantissa : intPart + mantissa.slice(point + 1);
  const position = intPart.length + exponent;
  if (position <= 0) return `0.${"0".repeat(-position)}${digits}`;
  if (position >= digits.length) return digits + "0".repeat(position - digits.length);
  return `${digits.slice(0, position)}.${digits.slice(position)}`;
}

function plainDigits(magnitude: number, decimalPlaces: number | undefined): string {
  if (decimalPlaces === undefined) return expandExponent(String(magnitude));
  const fixed = magnitude.toFixed(decimalPlaces);
  // toFixed keeps exponent notation from 1e21 up; those numbers are integers, so only zeros are missing.
  if (!fixed.includes("e")) return fixed;
  return decimalPlaces > 0 ? `${expandExponent(fixed)}.${"0".repeat(decimalPlaces)}` : expandExponent(fixed);
}

function groupDigits(int: string, mark: string): string {
  const head = int.length % 3 || 3;
  let out = int.slice(0, head);
  for (let index = head; index < int.length; index += 3) out += mark + int.slice(index, index + 3);
  return out;
}

function invalidOption(hint: string): VnPolityError {
  return new VnPolityError([createIssue("INVALID_OPTION", { hint })]);
}

/**
 * Writes a number with the decimal and group marks of a language, the inverse of {@link parseNumber}:
 * vi `1.585,25`, en `1,585.25`, pl and fr `1 585,25` (grouped with NBSP U+00A0, which the parser reads like
 * any space), de and es `1.585,25`. Negative numbers start with an ASCII hyphen-minus.
 *
 * Without `decimalPlaces` the number is written with the shortest digits that read back as the same number, so
 * `parseNumber(formatNumber(x, { language }), { language }).value === x` for every finite `x`.
 *
 * @throws VnPolityError with code `INVALID_NUMBER` (not a finite number) or `INVALID_OPTION`.
 *
 * @example
 * ```ts
 * formatNumber(1585.25); // "1.585,25"
 * formatNumber(1585.25, { language: "en" }); // "1,585.25"
 * formatNumber(1585.25, { language: "pl" }); // "1\u00a0585,25"
 * formatNumber(6.5, { language: "vi", decimalPlaces: 2 }); // "6,50"
 * formatNumber(1234567, { language: "de", grouping: false }); // "1234567"
 * ```
 */
export function formatNumber(value: number, options: FormatNumberOptions = {}): string {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new VnPolityError([createIssue("INVALID_NUMBER", { hint: "formatNumber needs a finite number" })]);
  }
  const { language = "vi", decimalPlaces, grouping = true } = options;
  if (!LANGUAGES.includes(language)) throw invalidOption(`language must be one of ${LANGUAGES.join(", ")}`);
  if (
    decimalPlaces !== undefined &&
    (!Number.isInteger(decimalPlaces) || decimalPlaces < 0 || decimalPlaces > MAX_DECIMAL_PLACES)
  ) {
    throw invalidOption(`decimalPlaces must be an integer from 0 to ${MAX_DECIMAL_PLACES}`);
  }
  if (typeof grouping !== "boolean") throw invalidOption("grouping must be a boolean");
  const convention = NUMBER_CONVENTIONS[language as Language];
  const digits = plainDigits(Math.abs(value), decimalPlaces);
  const point = digits.indexOf(".");
  const int = point < 0 ? digits : digits.slice(0, point);
  const frac = point < 0 ? "" : digits.slice(point + 1);
  const written = grouping ? groupDigits(int, convention.formatGroup) : int;
  const negative = value < 0 && /[1-9]/.test(digits);
  return `${negative ? "-" : ""}${written}${frac === "" ? "" : convention.decimal + frac}`;
}
