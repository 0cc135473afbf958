import { createIssue, fail, ok, type Result, type Span, unwrap } from "../core/index.js";
import {
  type ExtractedNumber,
  extractNumbers,
  normalizeText,
  type OffsetMap,
  type ParsedNumber,
} from "../text/index.js";
import { MULTIPLE_WORDS } from "./data/units.js";
import { parseDecimal } from "./decimal.js";
import { findPhrase, skipSpaces, skipSpacesBack, toKey } from "./key-text.js";
import { nounUnit } from "./noun-unit.js";
import { checkInput, isIssue, numberLanguage } from "./options.js";
import { amountValues } from "./quantity-read.js";
import { findDoubleDigit, type RawTarget, readTargetAt } from "./target-read.js";
import type { Direction, ParseTargetOptions, Target } from "./target-types.js";
import { buildVocabulary } from "./vocabulary.js";

// Words after which the rest of the phrase names the basis of a change ("so với năm 2020"), not the target.
const BASIS_WORDS: readonly string[] = Object.freeze([
  "so voi",
  "compared with",
  "compared to",
  "year on year",
  "year-on-year",
  "over the same period",
  "over",
  "than",
  "versus",
  "vs",
  "w porownaniu",
]);

/**
 * Turns a target found in normalised text into a {@link Target} in the caller's string. The direction comes from
 * the words when they imply one ("trở lên", "không quá", "giảm còn"), else from `direction`.
 *
 * @example
 * ```ts
 * buildTarget(raw, input, map, "higher").comparator; // ">="
 * ```
 */
export function buildTarget(raw: RawTarget, original: string, map: OffsetMap, direction: Direction): Target {
  const span: Span = map.toOriginalSpan({ start: raw.start, end: raw.end });
  const low = amountValues(raw.low);
  const high = raw.high ? amountValues(raw.high) : undefined;
  return {
    comparator: raw.comparator,
    value: low.value,
    decimal: low.decimal,
    ...(high ? { high: high.value, highDecimal: high.decimal } : {}),
    unit: raw.unit,
    direction: raw.impliedDirection ?? direction,
    approximate: raw.approximate,
    ...(raw.change ? { change: raw.change } : {}),
    text: original.slice(span.start, span.end),
    span,
  };
}

/** Targets written without digits: "tăng trưởng hai con số", "double-digit growth", "gấp đôi". */
function wordTarget(key: string, start: number, end: number): RawTarget | undefined {
  const doubleDigit = findDoubleDigit(key, start, end);
  if (doubleDigit) {
    return {
      ...doubleDigit,
      comparator: ">=",
      low: parseDecimal("10") ?? { coefficient: 10n, exponent: 0 },
      unit: { kind: "percent" },
      approximate: false,
      impliedDirection: "higher",
      numbersUsed: 0,
    };
  }
  for (const word of MULTIPLE_WORDS) {
    for (const form of word.forms) {
      const at = findPhrase(key, form, start, end);
      if (at < 0) continue;
      const low = parseDecimal(String(word.meaning)) ?? { coefficient: 2n, exponent: 0 };
      const unit = { kind: "multiple" } as const;
      return { start: at, end: at + form.length, comparator: "=", low, unit, approximate: false, numbersUsed: 0 };
    }
  }
  return undefined;
}

/**
 * Reads a target phrase without throwing, in Vietnamese, English or Polish: a bound ("8% trở lên", "8% or more",
 * "trên 70%", "không quá 3%", "dưới 1%", "tối thiểu 50%", "ít nhất 50.000", "co najmniej 5%"), an approximation
 * ("khoảng 10%", "about 10%", "khoảng trên 10%"), a range ("từ 2 - 5%", "13-13,5%", "6,5–7%", "between 2 and 5%"),
 * a change ("giảm 1–1,5%/năm", "increase by 10%"), a multiple ("gấp 2 lần", "double"), "double-digit" (10% or
 * more), or an exact figure ("100% kế hoạch vốn", "8%"). Words before the figure that are not part of the target
 * ("mục tiêu tăng trưởng") are skipped; a basis after it ("so với năm 2020") ends the phrase.
 *
 * Issue codes: `INVALID_INPUT_TYPE`, `INVALID_OPTION`, `EMPTY_INPUT`, `INVALID_TARGET` (no figure, or more
 * figures than one target holds); warning `AMBIGUOUS_NUMBER`.
 *
 * @example
 * ```ts
 * const result = safeParseTarget("khoảng trên 10%");
 * if (result.success) result.data; // { comparator: ">", value: 10, approximate: true, direction: "higher", … }
 * safeParseTarget("không quá 3%").success; // true (comparator "<=", direction "lower")
 * safeParseTarget("mục tiêu").success; // false (INVALID_TARGET)
 * ```
 */
export function safeParseTarget(input: unknown, options?: ParseTargetOptions): Result<Target> {
  const checked = checkInput(input, options);
  if (isIssue(checked)) return fail(checked);
  const { text, language, locale, first } = checked;
  const direction = checked.direction ?? "higher";
  const whole = { start: first, end: skipSpacesBack(text, text.length, first) };
  const invalid = (hint: string) => fail<Target>(createIssue("INVALID_TARGET", { locale, span: whole, hint }));
  const normalized = normalizeText(text);
  const plain = normalized.text;
  const key = toKey(plain);
  const end = skipSpacesBack(plain, plain.length);
  const numbers = extractNumbers(plain, { language: numberLanguage(plain, language), locale });
  const words = wordTarget(key, 0, end);
  if (words && (numbers.length === 0 || words.comparator === ">=")) {
    return ok(buildTarget(words, text, normalized.map, direction));
  }
  const vocabulary = buildVocabulary();
  const read = readTargetAt(plain, key, numbers, 0, { floor: 0, limit: end, vocabulary });
  if (!read) return invalid(numbers.length === 0 ? "no figure found" : "the figure could not be read exactly");
  const raw = withNoun(read, plain, key, end, numbers);
  const extra = numbers[raw.numbersUsed];
  if (extra && !isYear(extra.number) && !basisBetween(key, raw.end, extra.span.start)) {
    return invalid(`more figures than one target holds: "${extra.text}"`);
  }
  const warnings = numbers.slice(0, raw.numbersUsed).flatMap((number) => number.warnings);
  return ok(buildTarget(raw, text, normalized.map, direction), warnings);
}

/** A bare figure that reads as a year ("gấp 1,5 lần năm 2020"): the basis of the target, not a second figure. */
function isYear(number: ParsedNumber): boolean {
  return (
    !number.percent &&
    number.scale === 1 &&
    Number.isInteger(number.value) &&
    number.value >= 1900 &&
    number.value <= 2200
  );
}

/** "10 bác sĩ/vạn dân": words after a bare figure name what it counts. */
function withNoun(
  raw: RawTarget,
  plain: string,
  key: string,
  end: number,
  numbers: readonly ExtractedNumber[],
): RawTarget {
  if (raw.unit.kind !== "number") return raw;
  const tail = skipSpaces(plain, raw.end, end);
  if (tail >= end) return raw;
  const unit = nounUnit(plain, key, tail, end, numbers);
  if (!unit) return raw;
  const used = unit.perPopulation !== undefined ? raw.numbersUsed + 1 : raw.numbersUsed;
  return { ...raw, unit, end, numbersUsed: used };
}

function basisBetween(key: string, from: number, to: number): boolean {
  return BASIS_WORDS.some((word) => findPhrase(key, word, from, to) >= 0);
}

/**
 * Reads a target phrase, throwing a `VnPolityError` when it cannot; see {@link safeParseTarget} for the phrases
 * it reads.
 *
 * @throws VnPolityError with code `INVALID_INPUT_TYPE`, `INVALID_OPTION`, `EMPTY_INPUT` or `INVALID_TARGET`.
 *
 * @example
 * ```ts
 * parseTarget("8% trở lên"); // { comparator: ">=", value: 8, unit: { kind: "percent" }, direction: "higher", … }
 * parseTarget("6,5–7%").high; // 7
 * parseTarget("giảm 1–1,5%/năm").change; // "decrease"
 * parseTarget("dưới 1%").direction; // "lower"
 * ```
 */
export function parseTarget(text: string, options?: ParseTargetOptions): Target {
  return unwrap(safeParseTarget(text, options));
}
