import {
  createIssue,
  fail,
  type Issue,
  type Language,
  type LanguageOption,
  type Locale,
  ok,
  type Result,
  unwrap,
} from "../core/index.js";
import { isRangeDashCode, skipGap, trimBounds } from "./number-chars.js";
import { AUTO_LANGUAGE_ORDER } from "./number-conventions.js";
import { failureHint, rangeHint } from "./number-hints.js";
import { ambiguityWarnings, invalidNumberIssue } from "./number-issues.js";
import { isOptionIssue, readNumberOptions } from "./number-options.js";
import { RANGE_CONNECTORS, RANGE_OPENERS, type RangeWord } from "./number-range-words.js";
import { isNumberFailure, type NumberCore, rescale, resolveExpressions } from "./number-read.js";
import { type RawExpression, readWordAt, scanExpression } from "./number-scan.js";
import type { NumberRange, ParseNumberOptions } from "./number-types.js";

type RangeFailure =
  | { readonly reason: "order"; readonly low: number; readonly high: number }
  | { readonly reason: "percent" };

interface WordMatch {
  readonly end: number;
  readonly kind: "to" | "and";
  readonly languages: readonly Language[];
}

function matchRangeWord(
  text: string,
  start: number,
  limit: number,
  table: readonly RangeWord[],
  language: LanguageOption,
  opener: "to" | "and" | undefined,
): WordMatch | undefined {
  const word = readWordAt(text, start, limit);
  if (!word) return undefined;
  let kind: "to" | "and" | undefined;
  const languages: Language[] = [];
  for (const entry of table) {
    if (!entry.forms.includes(word.folded)) continue;
    if (language !== "auto" && !entry.languages.includes(language)) continue;
    // "and" joins bounds only after an opener such as "between"; "2 and 5" is a list.
    if (table === RANGE_CONNECTORS && entry.kind === "and" && opener !== "and") continue;
    kind ??= entry.kind;
    for (const candidate of entry.languages) if (!languages.includes(candidate)) languages.push(candidate);
  }
  return kind === undefined ? undefined : { end: word.end, kind, languages };
}

function commonLanguages(
  first: readonly Language[] | undefined,
  second: readonly Language[] | undefined,
): readonly Language[] | undefined {
  if (!first) return second;
  if (!second) return first;
  return first.filter((language) => second.includes(language));
}

/**
 * Percent and scale written once, after the upper bound, belong to both bounds ("6,5–7%", "5-7 tỷ"). A scale is
 * lent to the lower bound only if the range stays ordered, so "từ 500 đến 2 triệu" keeps 500 as written.
 */
function completeRange(numbers: readonly NumberCore[]): readonly NumberCore[] | { readonly failure: RangeFailure } {
  let [low, high] = numbers;
  if (!low || !high) return numbers;
  if (low.percent && !high.percent) return { failure: { reason: "percent" } };
  if (high.percent && !low.percent) low = { ...low, percent: true };
  if (high.scaleWord !== undefined && low.scaleWord === undefined && !low.percent && high.scale > 1) {
    const scaled = rescale(low, Math.round(Math.log10(high.scale)), high.scaleWord);
    if (!isNumberFailure(scaled) && scaled.value <= high.value) low = scaled;
  }
  if (low.value > high.value) return { failure: { reason: "order", low: low.value, high: high.value } };
  return [low, high];
}

function rangeIssue(locale: Locale, start: number, end: number, hint: string): Issue {
  return createIssue("INVALID_RANGE", { locale, span: { start, end }, hint });
}

/**
 * Reads a numeric range without throwing: two number expressions joined by a dash (`-`, `–`, `—`, `−`, `~`)
 * or a word, optionally opened by a word: `13-13,5%`, `6,5–7%`, `55 - 58%`, `từ 2 đến 5`, `từ 2 - 5%`,
 * `2 to 5`, `between 2 and 5`, `od 2 do 5`, `entre 2 et 5`, `von 2 bis 5`, `-3 – -1`.
 *
 * The first dash after the lower bound joins the bounds, so `2-5` is the range 2 to 5 and `2 - -5` has the
 * upper bound -5 (and is therefore invalid). A percent sign or scale word written only after the upper bound
 * applies to both (a scale only when the bounds stay ordered). Both bounds are read with the same language;
 * under `"auto"` the words of the range (`đến`, `to`, `mln`) point to it.
 *
 * Issue codes: `INVALID_INPUT_TYPE`, `INVALID_OPTION`, `EMPTY_INPUT`, `INVALID_NUMBER` (a bound cannot be read),
 * `INVALID_RANGE` (no connector, percent only on the lower bound, lower bound above the upper one); warning
 * `AMBIGUOUS_NUMBER`.
 *
 * @example
 * ```ts
 * const result = safeParseNumberRange("6,5–7%");
 * if (result.success) result.data.low.value; // 6.5 (percent: true)
 * safeParseNumberRange("7 - 5").success; // false (INVALID_RANGE)
 * ```
 */
export function safeParseNumberRange(text: unknown, options?: ParseNumberOptions): Result<NumberRange> {
  const read = readNumberOptions(options);
  if (isOptionIssue(read)) return fail(read);
  const { language, locale } = read;
  if (typeof text !== "string") return fail(createIssue("INVALID_INPUT_TYPE", { locale }));
  const { start, end } = trimBounds(text);
  if (start >= end) return fail(createIssue("EMPTY_INPUT", { locale }));

  let pos = start;
  const opener = matchRangeWord(text, pos, end, RANGE_OPENERS, language, undefined);
  if (opener) pos = skipGap(text, opener.end, end);
  const low = scanExpression(text, pos, end, language);
  if (!low) {
    const hint = failureHint({ reason: "start" }, locale);
    return fail(createIssue("INVALID_NUMBER", { locale, span: { start: pos, end }, hint }));
  }
  pos = skipGap(text, low.end, end);
  let connector: WordMatch | undefined;
  if (pos < end && isRangeDashCode(text.charCodeAt(pos))) pos++;
  else {
    connector = matchRangeWord(text, pos, end, RANGE_CONNECTORS, language, opener?.kind);
    if (!connector) return fail(rangeIssue(locale, low.end, end, rangeHint({ reason: "connector" }, locale)));
    pos = connector.end;
  }
  pos = skipGap(text, pos, end);
  const high = scanExpression(text, pos, end, language);
  if (!high) {
    const hint = failureHint({ reason: "start" }, locale);
    return fail(createIssue("INVALID_NUMBER", { locale, span: { start: pos, end }, hint }));
  }
  if (high.end < end) {
    const hint = failureHint({ reason: "trailing", text: text.slice(high.end, end) }, locale);
    return fail(createIssue("INVALID_NUMBER", { locale, span: { start: high.end, end }, hint }));
  }

  const expressions: readonly RawExpression[] = [low, high];
  const wordLanguages = commonLanguages(opener?.languages, connector?.languages);
  const resolved = resolveExpressions(expressions, {
    language,
    order: AUTO_LANGUAGE_ORDER,
    check: completeRange,
    ...(wordLanguages ? { wordLanguages } : {}),
  });
  if ("kind" in resolved) {
    if (resolved.kind === "check") return fail(rangeIssue(locale, start, end, rangeHint(resolved.failure, locale)));
    const expression = expressions[resolved.index] ?? low;
    return fail(invalidNumberIssue(expression, resolved.failure, resolved.language, language !== "auto", locale));
  }
  const [lowNumber, highNumber] = resolved.numbers;
  if (!lowNumber || !highNumber)
    return fail(rangeIssue(locale, start, end, rangeHint({ reason: "connector" }, locale)));
  return ok({ low: lowNumber, high: highNumber }, ambiguityWarnings(resolved.numbers, expressions, locale));
}

/**
 * Reads a numeric range, throwing a `VnPolityError` when it cannot; see {@link safeParseNumberRange}.
 *
 * @throws VnPolityError with code `INVALID_INPUT_TYPE`, `INVALID_OPTION`, `EMPTY_INPUT`, `INVALID_NUMBER` or
 * `INVALID_RANGE`.
 *
 * @example
 * ```ts
 * const { low, high } = parseNumberRange("từ 2 đến 5 tỷ");
 * low.value; // 2000000000
 * high.value; // 5000000000
 * parseNumberRange("-3 – -1").low.value; // -3
 * ```
 */
export function parseNumberRange(text: string, options?: ParseNumberOptions): NumberRange {
  return unwrap(safeParseNumberRange(text, options));
}

/**
 * Whether {@link safeParseNumberRange} reads the string.
 *
 * @example
 * ```ts
 * isValidNumberRange("55 - 58%"); // true
 * isValidNumberRange("2 - -5"); // false: the upper bound -5 is below 2
 * ```
 */
export function isValidNumberRange(text: unknown, options?: ParseNumberOptions): boolean {
  return safeParseNumberRange(text, options).success;
}
