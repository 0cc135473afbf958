import type { ExtractedNumber } from "../text/index.js";
import {
  CURRENCY_PREFIXES,
  CURRENCY_SUFFIXES,
  MULTIPLE_SUFFIXES,
  PER_WORDS,
  POINT_WORDS,
  POINTS_SUFFIXES,
  POPULATION_NOUNS,
  RANK_PREFIXES,
  RATE_PERIODS,
  SHARE_BASES,
  type UnitWord,
} from "./data/units.js";
import { type Decimal, decimalToNumber, formatDecimal, parseDecimal, shiftDecimal } from "./decimal.js";
import { matchAt, matchBefore, skipSpaces } from "./key-text.js";
import { type PhraseSet, phraseAfter, phraseBefore } from "./phrase-set.js";
import { createPhraseTable, type PhraseTable, tableAt, tableOfForms } from "./phrase-table.js";
import type { Measure, Qualifier, RatePeriod } from "./quantity-types.js";
import {
  MULTIPLE_UNIT,
  moneyUnit,
  NUMBER_UNIT,
  PERCENT_UNIT,
  PERCENTAGE_POINTS_UNIT,
  POINTS_UNIT,
  RANK_UNIT,
} from "./shared-units.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * A figure with its unit as found in a (normalised) text: offsets are into that text, not yet mapped back.
 *
 * @example
 * ```ts
 * const raw: RawQuantity = {
 *   start: 0, end: 5, figureStart: 0, figureEnd: 5, amount: parseDecimal("6.52")!, unit: { kind: "percent" },
 * };
 * ```
 */
export interface RawQuantity {
  /** Start of the phrase, including a currency sign, rank word or qualifier before the figure. */
  readonly start: number;
  /** End of the phrase, including unit words after the figure. */
  readonly end: number;
  /** Where the figure itself (digits, scale word, percent sign) lies. */
  readonly figureStart: number;
  readonly figureEnd: number;
  /** The value in its unit, exact. */
  readonly amount: Decimal;
  readonly unit: Measure;
  readonly digits?: string;
  readonly exponent?: number;
  readonly qualifier?: Qualifier;
  /** The qualifier written before the figure ("khoảng", "trên"), when there is one. */
  readonly before?: Qualifier;
  /** The qualifier written after the figure ("trở lên", "or more"), when there is one. */
  readonly after?: Qualifier;
}

/**
 * The word tables the quantity reader needs (see {@link buildVocabulary}).
 *
 * @example
 * ```ts
 * const vocabulary: QuantityVocabulary = buildVocabulary();
 * ```
 */
export type QuantityVocabulary = Pick<Vocabulary, "prefixComparators" | "suffixComparators" | "countNouns">;

// The unit tables read after every figure, bucketed by first unit; built on first use from the frozen lists.
let ratePeriods: PhraseTable<RatePeriod> | undefined;
let shareBases: PhraseTable<string> | undefined;
let currencySuffixes: PhraseTable<string> | undefined;
let pointWords: PhraseTable<true> | undefined;

function ratePeriodTable(): PhraseTable<RatePeriod> {
  ratePeriods ??= tableOfForms(RATE_PERIODS, (word) => word.meaning);
  return ratePeriods;
}

function shareBaseTable(): PhraseTable<string> {
  shareBases ??= tableOfForms(SHARE_BASES, (word) => word.meaning);
  return shareBases;
}

function currencySuffixTable(): PhraseTable<string> {
  currencySuffixes ??= tableOfForms(CURRENCY_SUFFIXES, (word) => word.meaning);
  return currencySuffixes;
}

function pointWordTable(): PhraseTable<true> {
  pointWords ??= createPhraseTable(POINT_WORDS.map((form) => [form, true] as const));
  return pointWords;
}

function findWord<T>(key: string, index: number, table: PhraseTable<T>): { form: string; meaning: T } | undefined {
  const entry = tableAt(key, index, table);
  return entry ? { form: entry.form, meaning: entry.value } : undefined;
}

function findWordBefore<T>(
  key: string,
  index: number,
  table: readonly UnitWord<T>[],
  floor: number,
): { start: number; meaning: T } | undefined {
  for (const entry of table) {
    const found = matchBefore(key, index, entry.forms, floor);
    if (found) return { start: found.start, meaning: entry.meaning };
  }
  return undefined;
}

/**
 * Reads a population base at `index`: "per 1,000 people", "/1.000 dân", "trên 1.000 dân", "/vạn dân". `next` is
 * the number found in the text after the figure, which may be the base.
 *
 * @example
 * ```ts
 * readPopulationBase("/van dan", 0, 8, undefined); // { per: 10000, end: 8 }
 * ```
 */
export function readPopulationBase(
  key: string,
  index: number,
  limit: number,
  next: ExtractedNumber | undefined,
): { per: number; end: number } | undefined {
  const perWord = matchAt(key, index, PER_WORDS) ?? (key.startsWith("/", index) ? "/" : undefined);
  if (perWord === undefined) return undefined;
  let pos = skipSpaces(key, index + perWord.length, limit);
  let per: number | undefined;
  if (matchAt(key, pos, ["van"]) !== undefined) {
    per = 10_000;
    pos += 3;
  } else if (next && next.span.start === pos && !next.number.percent && next.number.value > 0) {
    per = next.number.value;
    pos = next.span.end;
  }
  if (per === undefined) return undefined;
  pos = skipSpaces(key, pos, limit);
  const noun = matchAt(key, pos, POPULATION_NOUNS);
  return noun === undefined ? undefined : { per, end: pos + noun.length };
}

interface Suffix {
  readonly unit: Measure;
  readonly end: number;
}

function readPercentSuffix(key: string, end: number, limit: number): Suffix {
  const pos = skipSpaces(key, end, limit);
  const glued = key.startsWith("/", end) ? end : pos;
  const period = findWord(key, glued, ratePeriodTable());
  if (period) return { unit: { kind: "rate", per: period.meaning }, end: glued + period.form.length };
  const base = findWord(key, pos, shareBaseTable());
  if (base) return { unit: { kind: "share", base: base.meaning }, end: pos + base.form.length };
  return { unit: PERCENT_UNIT, end };
}

function readPlainSuffix(
  text: string,
  key: string,
  end: number,
  limit: number,
  next: ExtractedNumber | undefined,
  nouns: PhraseSet<true>,
): Suffix | undefined {
  if (key.startsWith("‰", end)) return { unit: { kind: "rate", perPopulation: 1000 }, end: end + 1 };
  const pos = skipSpaces(key, end, limit);
  const points = tableAt(key, pos, pointWordTable());
  if (points !== undefined) return { unit: PERCENTAGE_POINTS_UNIT, end: pos + points.form.length };
  const currency = findWord(key, pos, currencySuffixTable());
  if (currency) return { unit: moneyUnit(currency.meaning), end: pos + currency.form.length };
  const multiple = matchAt(key, pos, MULTIPLE_SUFFIXES);
  if (multiple !== undefined) return { unit: MULTIPLE_UNIT, end: pos + multiple.length };
  const score = matchAt(key, pos, POINTS_SUFFIXES);
  if (score !== undefined) return { unit: POINTS_UNIT, end: pos + score.length };
  const population = readPopulationBase(key, key.startsWith("/", end) ? end : pos, limit, next);
  if (population) return { unit: { kind: "rate", perPopulation: population.per }, end: population.end };
  const noun = phraseAfter(key, pos, limit, nouns);
  if (noun !== undefined) return { unit: { kind: "count", noun: text.slice(pos, noun.end) }, end: noun.end };
  return undefined;
}

function qualifierBefore(
  key: string,
  start: number,
  floor: number,
  words: PhraseSet<Qualifier>,
): { start: number; qualifier: Qualifier } | undefined {
  const found = phraseBefore(key, start, floor, words);
  return found ? { start: found.start, qualifier: found.value } : undefined;
}

function qualifierAfter(
  key: string,
  end: number,
  limit: number,
  words: PhraseTable<Qualifier>,
): { end: number; qualifier: Qualifier } | undefined {
  const pos = skipSpaces(key, end, limit);
  const word = tableAt(key, pos, words);
  return word ? { end: pos + word.form.length, qualifier: word.value } : undefined;
}

/**
 * The exact amount of a number found in text: its written digits shifted by the power of ten of its scale word.
 *
 * @example
 * ```ts
 * formatDecimal(amountOf(extractNumbers("3.312 tỷ")[0]!)!); // "3312000000000"
 * ```
 */
export function amountOf(found: ExtractedNumber): Decimal | undefined {
  const digits = parseDecimal(found.number.decimal);
  if (!digits) return undefined;
  const exponent = Math.round(Math.log10(found.number.scale));
  return exponent > 0 ? shiftDecimal(digits, exponent) : digits;
}

/**
 * Reads the unit around a number found in text: a currency before or after it, a rank word before it, a percent
 * period or base, percentage points, a multiple, index points, a population base or a counted noun after it, and
 * a qualifier ("trên", "about", "or more"). Reads nothing past `limit` or before `floor`. A number with no unit
 * word is a bare `"number"`.
 *
 * @example
 * ```ts
 * const text = "thu 3.312 tỷ đồng";
 * const [found] = extractNumbers(text);
 * readQuantityAround(text, toKey(text), found!, undefined, { floor: 0, limit: text.length, vocabulary })?.unit;
 * // { kind: "money", currency: "VND" }
 * ```
 */
export function readQuantityAround(
  text: string,
  key: string,
  found: ExtractedNumber,
  next: ExtractedNumber | undefined,
  bounds: { readonly floor: number; readonly limit: number; readonly vocabulary: QuantityVocabulary },
): RawQuantity | undefined {
  const amount = amountOf(found);
  if (!amount) return undefined;
  const { floor, limit, vocabulary } = bounds;
  const figureStart = found.span.start;
  const figureEnd = found.span.end;
  let start = figureStart;
  let unit: Measure = NUMBER_UNIT;
  let end = figureEnd;
  if (found.number.percent) {
    const suffix = readPercentSuffix(key, figureEnd, limit);
    unit = suffix.unit;
    end = suffix.end;
  } else {
    const prefix = findWordBefore(key, figureStart, CURRENCY_PREFIXES, floor);
    const suffix = readPlainSuffix(text, key, figureEnd, limit, next, vocabulary.countNouns);
    // "gấp 2 lần", "gấp 2": a multiple, whatever follows.
    const gap = matchBefore(key, figureStart, ["gap"], floor);
    if (suffix?.unit.kind === "money" || (prefix && !suffix)) {
      unit = suffix?.unit.kind === "money" ? suffix.unit : moneyUnit(suffix?.unit.currency ?? prefix?.meaning ?? "VND");
      end = suffix?.end ?? figureEnd;
      if (prefix) start = prefix.start;
    } else if (gap) {
      unit = MULTIPLE_UNIT;
      start = gap.start;
      end = suffix?.unit.kind === "multiple" ? suffix.end : figureEnd;
    } else if (suffix) {
      unit = suffix.unit;
      end = suffix.end;
    } else {
      const rank = matchBefore(key, figureStart, RANK_PREFIXES, floor);
      if (rank) {
        unit = RANK_UNIT;
        start = rank.start;
      }
    }
  }
  const before = qualifierBefore(key, start, floor, vocabulary.prefixComparators);
  const after = qualifierAfter(key, end, limit, vocabulary.suffixComparators);
  const exponent = Math.round(Math.log10(found.number.scale));
  const written = exponent > 0 ? { digits: found.number.decimal, exponent } : {};
  const qualifier = after?.qualifier ?? before?.qualifier;
  return {
    start: before ? before.start : start,
    end: after ? after.end : end,
    figureStart,
    figureEnd,
    amount,
    unit,
    ...written,
    ...(qualifier ? { qualifier } : {}),
    ...(before ? { before: before.qualifier } : {}),
    ...(after ? { after: after.qualifier } : {}),
  };
}

/**
 * The value of a raw quantity as a number and as an exact decimal string.
 *
 * @example
 * ```ts
 * amountValues(parseDecimal("3312e9")!); // { value: 3312000000000, decimal: "3312000000000" }
 * ```
 */
export function amountValues(amount: Decimal): { readonly value: number; readonly decimal: string } {
  return { value: decimalToNumber(amount), decimal: formatDecimal(amount) };
}
