import type { Language, LanguageOption } from "../core/index.js";
import { NUMBER_CONVENTIONS } from "./number-conventions.js";
import type { NumberFailure } from "./number-hints.js";
import type { NumberWord } from "./number-scales.js";
import type { RawExpression, RawNumeral } from "./number-scan.js";
import type { ParsedNumber } from "./number-types.js";

// Reading gives the scanner's cut a meaning under one language, and resolution picks the language.
// Values are built from the digit string, never by float arithmetic: Number("6.52e9") is the double nearest
// to the exact decimal, so "6,52 tỷ" is 6520000000 and "1,299 mln" is 1299000000 exactly.

/**
 * A parsed number before ambiguity is known.
 *
 * @example
 * ```ts
 * const { ambiguous, alternatives, ...core } = parseNumber("6,52 tỷ");
 * const value: NumberCore = core;
 * ```
 */
export type NumberCore = Omit<ParsedNumber, "ambiguous" | "alternatives">;

/** Integer and fraction digits of a numeral read under one language. */
interface DigitReading {
  readonly int: string;
  readonly frac: string;
}

function isFailure<T extends object>(value: T | NumberFailure): value is NumberFailure {
  return "reason" in value;
}

/** Reads the digit groups of a numeral with a language's decimal and group marks. */
function readDigits(numeral: RawNumeral, language: Language): DigitReading | NumberFailure {
  const { groups, marks } = numeral;
  const first = groups[0] ?? "";
  const count = marks.length;
  if (count === 0) return { int: first, frac: "" };
  const { decimal, group } = NUMBER_CONVENTIONS[language];
  const hasDecimal = marks[count - 1] === decimal;
  const groupMarks = hasDecimal ? count - 1 : count;
  const frac = hasDecimal ? (groups[count] ?? "") : "";
  if (groupMarks === 0) return { int: first, frac };
  const mark = marks[0] ?? " ";
  if (!group.includes(mark)) return { reason: "separator", mark };
  for (let index = 1; index < groupMarks; index++) {
    const other = marks[index] ?? mark;
    if (other !== mark) return group.includes(other) ? { reason: "mixed" } : { reason: "separator", mark: other };
  }
  if (first.length > 3) return { reason: "groupSize" };
  if (first.charCodeAt(0) === 0x30) return { reason: "leadingZero" };
  let int = first;
  for (let index = 1; index <= groupMarks; index++) {
    const digits = groups[index] ?? "";
    if (digits.length !== 3) return { reason: "groupSize" };
    int += digits;
  }
  return { int, frac };
}

function withoutLeadingZeros(digits: string): string {
  let index = 0;
  while (index < digits.length - 1 && digits.charCodeAt(index) === 0x30) index++;
  return digits.slice(index);
}

function allZeros(digits: string): boolean {
  for (let index = 0; index < digits.length; index++) if (digits.charCodeAt(index) !== 0x30) return false;
  return true;
}

/** Number of a decimal string shifted by a power of ten, exactly rounded once. */
function shiftDecimal(decimal: string, exponent: number): number {
  const value = exponent === 0 ? Number(decimal) : Number(`${decimal}e${exponent}`);
  // Normalises -0 to 0.
  return value === 0 ? 0 : value;
}

/**
 * A core with its scale replaced (used when a range lends its upper bound's scale to the lower one).
 *
 * @example
 * ```ts
 * const { ambiguous, alternatives, ...core } = parseNumber("2");
 * rescale(core, 9, "tỷ"); // { value: 2000000000, scale: 1e9, scaleWord: "tỷ", … }
 * ```
 */
export function rescale(core: NumberCore, exponent: number, scaleWord: string): NumberCore | NumberFailure {
  const value = shiftDecimal(core.decimal, exponent);
  if (!Number.isFinite(value)) return { reason: "outOfRange" };
  return { ...core, value, scale: 10 ** exponent, scaleWord };
}

/** An expression read under one language: exact digits and scale, before any number is computed. */
interface Reading {
  readonly language: Language;
  /** Integer digits without leading zeros ("0" at least). */
  readonly int: string;
  readonly frac: string;
  readonly exponent: number;
  readonly percent: boolean;
}

/**
 * Reads an expression under one language. `loose` lets a scale word of another language count (as in
 * "1.5 tỷ", English digits with a Vietnamese word).
 */
function readExpression(expression: RawExpression, language: Language, loose: boolean): Reading | NumberFailure {
  const digits = readDigits(expression.numeral, language);
  if (isFailure(digits)) return digits;
  const { suffix } = expression;
  let exponent = 0;
  let percent = false;
  if (suffix) {
    const { entries } = suffix;
    if (entries.length > 0) {
      const entry =
        entries.find((candidate) => candidate.languages.includes(language)) ?? (loose ? entries[0] : undefined);
      if (entry === undefined) return { reason: "word" };
      if (entry.kind === "scale") exponent = entry.exponent;
    }
    percent = suffix.kind === "percent";
  }
  return { language, int: withoutLeadingZeros(digits.int), frac: digits.frac, exponent, percent };
}

/** Whether two readings give the same number (same digits and scale). */
function sameReading(first: Reading, second: Reading): boolean {
  return first.int === second.int && first.frac === second.frac && first.exponent === second.exponent;
}

function decimalOf(reading: Reading, expression: RawExpression): string {
  const negative = expression.sign === "minus" && !(allZeros(reading.int) && allZeros(reading.frac));
  return `${negative ? "-" : ""}${reading.int}${reading.frac === "" ? "" : `.${reading.frac}`}`;
}

/** The value of a reading with its scale applied (may be infinite). */
function readingValue(reading: Reading, expression: RawExpression): number {
  return shiftDecimal(decimalOf(reading, expression), reading.exponent);
}

/** The parsed number of a reading, with its ambiguity; fails only when the number is out of range. */
function toParsedNumber(
  expression: RawExpression,
  reading: Reading,
  alternatives: readonly number[],
): ParsedNumber | NumberFailure {
  const decimal = decimalOf(reading, expression);
  const digits = shiftDecimal(decimal, 0);
  const value = reading.exponent === 0 ? digits : shiftDecimal(decimal, reading.exponent);
  if (!Number.isFinite(digits) || !Number.isFinite(value)) return { reason: "outOfRange" };
  const scale = 10 ** reading.exponent;
  const decimalPlaces = reading.frac.length;
  const { percent, language } = reading;
  const { sign, suffix } = expression;
  const scaleWord = suffix && suffix.kind === "scale" ? suffix.text : undefined;
  // One literal per shape: optional fields are present only when they carry something.
  if (alternatives.length === 0) {
    return scaleWord === undefined
      ? { value, digits, scale, decimal, decimalPlaces, percent, sign, language, ambiguous: false }
      : { value, digits, scale, decimal, decimalPlaces, percent, sign, language, ambiguous: false, scaleWord };
  }
  return scaleWord === undefined
    ? { value, digits, scale, decimal, decimalPlaces, percent, sign, language, ambiguous: true, alternatives }
    : {
        value,
        digits,
        scale,
        decimal,
        decimalPlaces,
        percent,
        sign,
        language,
        ambiguous: true,
        alternatives,
        scaleWord,
      };
}

/** Builds the number an expression means under one language, before ambiguity is known. */
function buildNumber(expression: RawExpression, language: Language, loose: boolean): NumberCore | NumberFailure {
  const reading = readExpression(expression, language, loose);
  if (isFailure(reading)) return reading;
  const parsed = toParsedNumber(expression, reading, []);
  if (isFailure(parsed)) return parsed;
  const { ambiguous: _ambiguous, ...core } = parsed;
  return core;
}

/** Adds the ambiguity fields, keeping the documented field order. */
function finishNumber(core: NumberCore, alternatives: readonly number[]): ParsedNumber {
  const { scaleWord, ...rest } = core;
  const ambiguous = alternatives.length > 0;
  const parsed: ParsedNumber = ambiguous ? { ...rest, ambiguous, alternatives } : { ...rest, ambiguous };
  return scaleWord === undefined ? parsed : { ...parsed, scaleWord };
}

/**
 * Reads one expression (the hot path of parsing and extraction). With a named language, by it. Under "auto",
 * by the first language of `order` that reads it, preferring the languages of its word, then any language;
 * other readings with different values become alternatives. A plain digit run with at most one word row
 * reads the same in every language, so the first success is final.
 *
 * @example
 * ```ts
 * const expression = scanExpression("1.585", 0, 5, "auto");
 * if (expression) resolveNumber(expression, "auto", AUTO_LANGUAGE_ORDER); // { value: 1585, ambiguous: true, alternatives: [1.585], … }
 * ```
 */
export function resolveNumber(
  expression: RawExpression,
  language: LanguageOption,
  order: readonly Language[],
): ParsedNumber | { readonly failure: NumberFailure; readonly language: Language } {
  if (language !== "auto") {
    const reading = readExpression(expression, language, false);
    const parsed = isFailure(reading) ? reading : toParsedNumber(expression, reading, NO_ALTERNATIVES);
    return isFailure(parsed) ? { failure: parsed, language } : parsed;
  }
  const entries = expression.suffix?.entries ?? NO_ENTRIES;
  const simple = expression.numeral.marks.length === 0 && entries.length <= 1;
  let chosen: Reading | undefined;
  let chosenDecimal = "";
  let chosenValue: number | undefined;
  let firstFailure: { failure: NumberFailure; language: Language } | undefined;
  let alternatives: number[] | undefined;
  for (let pass = 0; pass < 2; pass++) {
    const loose = pass === 1;
    // The loose pass only runs when the word contradicts the digits (no language of the word reads them).
    if (loose && (chosen !== undefined || entries.length === 0)) break;
    for (const candidate of order) {
      if (!loose && entries.length > 0 && !wordAllows(entries, candidate)) continue;
      // Readings with the same decimal mark and scale always agree: only the other convention can differ.
      const { decimal } = NUMBER_CONVENTIONS[candidate];
      if (
        chosen !== undefined &&
        decimal === chosenDecimal &&
        wordExponent(entries, candidate, loose) === chosen.exponent
      ) {
        continue;
      }
      const reading = readExpression(expression, candidate, loose);
      if (isFailure(reading)) {
        firstFailure ??= { failure: reading, language: candidate };
        continue;
      }
      if (chosen === undefined) {
        chosen = reading;
        chosenDecimal = decimal;
        if (simple) break;
        continue;
      }
      if (sameReading(chosen, reading)) continue;
      chosenValue ??= readingValue(chosen, expression);
      const value = readingValue(reading, expression);
      if (!Number.isFinite(value) || value === chosenValue) continue;
      if (!alternatives) alternatives = [value];
      else if (!alternatives.includes(value)) alternatives.push(value);
    }
  }
  if (chosen === undefined) return firstFailure ?? { failure: { reason: "start" }, language: "vi" };
  const parsed = toParsedNumber(expression, chosen, alternatives ?? NO_ALTERNATIVES);
  return isFailure(parsed) ? { failure: parsed, language: chosen.language } : parsed;
}

const NO_ALTERNATIVES: readonly number[] = Object.freeze([]);
const NO_ENTRIES: readonly NumberWord[] = Object.freeze([]);

function wordAllows(entries: readonly NumberWord[], language: Language): boolean {
  for (const entry of entries) if (entry.languages.includes(language)) return true;
  return false;
}

/** The power of ten the suffix means in a language (0 without a scale word). */
function wordExponent(entries: readonly NumberWord[], language: Language, loose: boolean): number | undefined {
  if (entries.length === 0) return 0;
  for (const entry of entries)
    if (entry.languages.includes(language)) return entry.kind === "scale" ? entry.exponent : 0;
  const fallback = loose ? entries[0] : undefined;
  return fallback && fallback.kind === "scale" ? fallback.exponent : fallback ? 0 : undefined;
}

/**
 * Why no language could read a group of expressions.
 *
 * @example
 * ```ts
 * const failure: ResolveFailure<never> = { kind: "number", index: 0, failure: { reason: "groupSize" }, language: "vi" };
 * ```
 */
export type ResolveFailure<F> =
  | { readonly kind: "number"; readonly index: number; readonly failure: NumberFailure; readonly language: Language }
  | { readonly kind: "check"; readonly failure: F; readonly language: Language };

/** Adjusts or rejects the numbers one language read (ranges lend percent and scale, and check their order). */
type ResolveCheck<F> = (numbers: readonly NumberCore[]) => readonly NumberCore[] | { readonly failure: F };

/**
 * How to pick the language of a group of expressions.
 *
 * @example
 * ```ts
 * const options: ResolveOptions<never> = { language: "auto", order: AUTO_LANGUAGE_ORDER };
 * ```
 */
export interface ResolveOptions<F> {
  readonly language: LanguageOption;
  /** Order of languages tried under "auto". */
  readonly order: readonly Language[];
  /** Languages the words around the numbers point to (range connectors), if any. */
  readonly wordLanguages?: readonly Language[];
  readonly check?: ResolveCheck<F>;
}

type Attempt<F> =
  | { readonly ok: true; readonly language: Language; readonly numbers: readonly NumberCore[] }
  | ({ readonly ok: false } & ResolveFailure<F>);

function attempt<F>(
  expressions: readonly RawExpression[],
  language: Language,
  loose: boolean,
  check: ResolveCheck<F> | undefined,
): Attempt<F> {
  const numbers: NumberCore[] = [];
  for (let index = 0; index < expressions.length; index++) {
    const expression = expressions[index];
    if (expression === undefined) continue;
    const built = buildNumber(expression, language, loose);
    if (isFailure(built)) return { ok: false, kind: "number", index, failure: built, language };
    numbers.push(built);
  }
  if (!check) return { ok: true, language, numbers };
  const checked = check(numbers);
  return "failure" in checked
    ? { ok: false, kind: "check", failure: checked.failure, language }
    : { ok: true, language, numbers: checked };
}

/** Languages every word in the group belongs to, or undefined when no word constrains them. */
function constrainingLanguages(
  expressions: readonly RawExpression[],
  wordLanguages: readonly Language[] | undefined,
): ReadonlySet<Language> | undefined {
  let allowed: Set<Language> | undefined = wordLanguages?.length ? new Set(wordLanguages) : undefined;
  for (const expression of expressions) {
    const entries = expression.suffix?.entries ?? [];
    if (entries.length === 0) continue;
    const own = new Set<Language>();
    for (const entry of entries) for (const language of entry.languages) own.add(language);
    allowed = allowed ? new Set([...allowed].filter((language) => own.has(language))) : own;
  }
  return allowed;
}

/**
 * Reads a group of expressions (one number, or the two bounds of a range) with one language: the given one,
 * or under "auto" the first in `order` that reads them all, preferring languages their words belong to.
 * Other languages that also read them, to different values, become each number's alternatives.
 *
 * @example
 * ```ts
 * const low = scanExpression("1,5-2", 0, 3, "auto");
 * const high = scanExpression("1,5-2", 4, 5, "auto");
 * if (low && high) resolveExpressions([low, high], { language: "auto", order: AUTO_LANGUAGE_ORDER }); // { language: "vi", numbers: [1.5, 2] }
 * ```
 */
export function resolveExpressions<F>(
  expressions: readonly RawExpression[],
  options: ResolveOptions<F>,
): { readonly language: Language; readonly numbers: readonly ParsedNumber[] } | ResolveFailure<F> {
  const { language, check } = options;
  if (language !== "auto") {
    const result = attempt(expressions, language, false, check);
    if (!result.ok) return result;
    return { language, numbers: result.numbers.map((core) => finishNumber(core, [])) };
  }
  const allowed = constrainingLanguages(expressions, options.wordLanguages);
  const successes: { language: Language; numbers: readonly NumberCore[] }[] = [];
  let numberFailure: ResolveFailure<F> | undefined;
  let checkFailure: ResolveFailure<F> | undefined;
  for (const loose of [false, true]) {
    // The loose pass only runs when the words contradict the digits (no allowed language reads them).
    if (loose && (successes.length > 0 || allowed === undefined)) break;
    for (const candidate of options.order) {
      if (!loose && allowed && !allowed.has(candidate)) continue;
      const result = attempt(expressions, candidate, loose, check);
      if (result.ok) successes.push(result);
      else if (result.kind === "check") checkFailure ??= result;
      else numberFailure ??= result;
    }
  }
  const [chosen, ...others] = successes;
  if (!chosen) {
    const failure = checkFailure ?? numberFailure;
    // Unreachable with a non-empty order; kept total for the type checker.
    return failure ?? { kind: "number", index: 0, failure: { reason: "start" }, language: "vi" };
  }
  const numbers = chosen.numbers.map((core, index) => {
    const alternatives: number[] = [];
    for (const other of others) {
      const value = other.numbers[index]?.value;
      if (value !== undefined && value !== core.value && !alternatives.includes(value)) alternatives.push(value);
    }
    return finishNumber(core, alternatives);
  });
  return { language: chosen.language, numbers };
}

/**
 * The first language (other than `except`) that reads an expression alone, with its value, for hints.
 *
 * @example
 * ```ts
 * const expression = scanExpression("6.52", 0, 4, "vi");
 * if (expression) otherReading(expression, "vi", AUTO_LANGUAGE_ORDER); // { language: "en", value: 6.52 }
 * ```
 */
export function otherReading(
  expression: RawExpression,
  except: Language,
  order: readonly Language[],
): { readonly language: Language; readonly value: number } | undefined {
  for (const loose of [false, true]) {
    for (const language of order) {
      if (language === except) continue;
      const built = buildNumber(expression, language, loose);
      if (!isFailure(built)) return { language, value: built.value };
    }
  }
  return undefined;
}

/**
 * Type guard shared by the number modules.
 *
 * @example
 * ```ts
 * isNumberFailure({ reason: "outOfRange" }); // true
 * ```
 */
export function isNumberFailure<T extends object>(value: T | NumberFailure): value is NumberFailure {
  return isFailure(value);
}
