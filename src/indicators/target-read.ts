import type { ExtractedNumber } from "../text/index.js";
import { CHANGE_WORDS, DOUBLE_DIGIT_WORDS, LEVEL_CHANGE_WORDS, RANGE_JOINERS } from "./data/comparator-words.js";
import { compareDecimal, type Decimal, shiftDecimal } from "./decimal.js";
import { findPhrase, matchAt, matchBefore, skipSpaces } from "./key-text.js";
import { type QuantityVocabulary, type RawQuantity, readQuantityAround } from "./quantity-read.js";
import type { Measure } from "./quantity-types.js";
import type { Comparator, Direction } from "./target-types.js";

/**
 * A target found in (normalised) text, offsets into that text.
 *
 * @example
 * ```ts
 * const raw: RawTarget = {
 *   start: 0, end: 10, comparator: ">=", low: parseDecimal("8")!, unit: { kind: "percent" },
 *   approximate: false, numbersUsed: 1,
 * };
 * ```
 */
export interface RawTarget {
  readonly start: number;
  readonly end: number;
  readonly comparator: Comparator;
  readonly low: Decimal;
  readonly high?: Decimal;
  readonly unit: Measure;
  readonly approximate: boolean;
  readonly change?: "increase" | "decrease";
  /** The direction the words imply ("trở lên" higher, "không quá" lower, "giảm còn" lower), if any. */
  readonly impliedDirection?: Direction;
  /** How many numbers of the list the target consumed (1, or 2 for a range, plus a population base). */
  readonly numbersUsed: number;
}

const APPROXIMATE_FORMS: readonly string[] = Object.freeze([
  "approximately",
  "khoang chung",
  "xap xi",
  "around",
  "khoang",
  "okolo",
  "about",
  "ok.",
]);
const OPENER_FORMS: readonly string[] = Object.freeze(["between", "from", "tu", "od"]);
// Words that may sit between a change verb and its figure without changing the target ("giảm bình quân 1%").
const FILLER_FORMS: readonly string[] = Object.freeze([
  "an average of",
  "on average",
  "trung binh",
  "binh quan",
  "average",
  "o muc",
  "dat",
]);
const LOWERING_WORDS: readonly string[] = Object.freeze(["giam", "reduce", "lower", "cut", "down"]);
const DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212~";

/**
 * The joiner between two bounds at `index` ("-", "–", "đến", "to"): where the upper bound may start.
 *
 * @example
 * ```ts
 * rangeJoinAt("2 - 5%", 1, 6); // 4
 * ```
 */
export function rangeJoinAt(key: string, index: number, limit: number): number | undefined {
  const pos = skipSpaces(key, index, limit);
  if (pos < limit && DASHES.includes(key.charAt(pos))) return skipSpaces(key, pos + 1, limit);
  const word = matchAt(key, pos, RANGE_JOINERS);
  return word === undefined ? undefined : skipSpaces(key, pos + word.length, limit);
}

interface PrefixWords {
  start: number;
  approximate: boolean;
  change?: "increase" | "decrease";
  level?: Direction;
  opener: boolean;
}

/** Reads the words before a target figure, back to front: "khoảng", "từ", "tăng", "giảm còn". */
function readPrefixWords(key: string, start: number, floor: number): PrefixWords {
  const words: PrefixWords = { start, approximate: false, opener: false };
  // Fillers are crossed but only kept inside the phrase: a leading "đạt" is not part of the target.
  let cursor = start;
  for (let step = 0; step < 6; step++) {
    const filler = matchBefore(key, cursor, FILLER_FORMS, floor);
    if (filler) {
      cursor = filler.start;
      continue;
    }
    const approximate = matchBefore(key, cursor, APPROXIMATE_FORMS, floor);
    if (approximate) {
      words.approximate = true;
      cursor = approximate.start;
      words.start = cursor;
      continue;
    }
    const opener = matchBefore(key, cursor, OPENER_FORMS, floor);
    if (opener) {
      words.opener = true;
      cursor = opener.start;
      words.start = cursor;
      continue;
    }
    const level = matchBefore(key, cursor, LEVEL_CHANGE_WORDS, floor);
    if (level) {
      words.level = LOWERING_WORDS.some((word) => level.phrase.startsWith(word)) ? "lower" : "higher";
      cursor = level.start;
      words.start = cursor;
      break;
    }
    const change = CHANGE_WORDS.map((entry) => ({
      entry,
      found: matchBefore(key, cursor, entry.forms, floor),
    })).find((candidate) => candidate.found);
    if (change?.found) {
      words.change = change.entry.change;
      cursor = change.found.start;
      words.start = cursor;
      continue;
    }
    break;
  }
  return words;
}

function comparatorOf(
  first: RawQuantity,
  last: RawQuantity,
  range: boolean,
  prefix: PrefixWords,
): { comparator: Comparator; approximate: boolean } {
  const approximate = prefix.approximate || first.before === "~";
  if (range) return { comparator: "range", approximate };
  if (last.after) return { comparator: last.after, approximate };
  if (first.before && first.before !== "~") return { comparator: first.before, approximate };
  return { comparator: approximate ? "~" : "=", approximate };
}

function impliedDirection(comparator: Comparator, prefix: PrefixWords): Direction | undefined {
  if (prefix.level) return prefix.level;
  if (prefix.change === "decrease" && comparator !== "<" && comparator !== "<=") return "higher";
  if (comparator === ">=" || comparator === ">") return "higher";
  if (comparator === "<=" || comparator === "<") return "lower";
  return undefined;
}

/**
 * Reads a target whose (first) figure is `numbers[index]`: a bound with its words ("8% trở lên", "không quá 3%",
 * "khoảng trên 10%", "ít nhất 50.000"), a range ("từ 2 - 5%", "13-13,5%", "6,5–7%"), a change ("giảm 1–1,5%/năm"),
 * a multiple ("gấp 2 lần") or an exact share ("100% kế hoạch vốn"). Reads nothing before `floor` or past `limit`.
 *
 * @example
 * ```ts
 * const text = "giảm 1–1,5%/năm";
 * readTargetAt(text, toKey(text), extractNumbers(text), 0, bounds)?.comparator; // "range"
 * ```
 */
export function readTargetAt(
  text: string,
  key: string,
  numbers: readonly ExtractedNumber[],
  index: number,
  bounds: { readonly floor: number; readonly limit: number; readonly vocabulary: QuantityVocabulary },
): RawTarget | undefined {
  const first = numbers[index];
  if (!first) return undefined;
  const second = numbers[index + 1];
  const upperStart = rangeJoinAt(key, first.span.end, bounds.limit);
  const isRange = second !== undefined && upperStart === second.span.start;
  const q1 = readQuantityAround(text, key, first, second, bounds);
  if (!q1) return undefined;
  let q2: RawQuantity | undefined;
  let low = q1.amount;
  let high: Decimal | undefined;
  let used = 1;
  if (isRange && second) {
    q2 = readQuantityAround(text, key, second, numbers[index + 2], bounds);
    if (q2) {
      high = q2.amount;
      if (q2.exponent !== undefined && q1.exponent === undefined) {
        const shifted = shiftDecimal(low, q2.exponent);
        if (compareDecimal(shifted, high) <= 0) low = shifted;
      }
      if (compareDecimal(low, high) > 0) {
        q2 = undefined;
        high = undefined;
        low = q1.amount;
      } else used = 2;
    }
  }
  if (q1.unit.perPopulation !== undefined && !q2) used += 1;
  const last = q2 ?? q1;
  const prefix = readPrefixWords(key, q1.start, bounds.floor);
  const { comparator, approximate } = comparatorOf(q1, last, q2 !== undefined, prefix);
  const unit = q2 && q2.unit.kind !== "number" ? q2.unit : q1.unit;
  const implied = impliedDirection(comparator, prefix);
  return {
    start: prefix.start,
    end: last.end,
    comparator,
    low,
    ...(high ? { high } : {}),
    unit,
    approximate,
    ...(prefix.change && !prefix.level ? { change: prefix.change } : {}),
    ...(implied ? { impliedDirection: implied } : {}),
    numbersUsed: used,
  };
}

/**
 * Finds a "double-digit" phrase ("hai con số", "double-digit", "dwucyfrowy") at or after `from`, before `limit`.
 *
 * @example
 * ```ts
 * findDoubleDigit("tang truong hai con so", 0, 22); // { start: 12, end: 22 }
 * ```
 */
export function findDoubleDigit(key: string, from: number, limit: number): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  for (const form of DOUBLE_DIGIT_WORDS) {
    const at = findPhrase(key, form, from, limit);
    if (at >= 0 && (!best || at < best.start)) best = { start: at, end: at + form.length };
  }
  return best;
}
