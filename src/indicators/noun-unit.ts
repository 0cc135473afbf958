import type { ExtractedNumber } from "../text/index.js";
import { skipSpacesBack } from "./key-text.js";
import { readPopulationBase } from "./quantity-read.js";
import type { Measure } from "./quantity-types.js";

const WORDS_ONLY = /^[\p{L}\p{M}' -]+$/u;

/**
 * The unit named by the words after a bare figure that no table knows: a counted noun ("bác sĩ"), possibly per a
 * population base ("bác sĩ/vạn dân", "doctors per 10,000 people"). `undefined` when the words are not plain words.
 *
 * @example
 * ```ts
 * nounUnit(text, toKey(text), 3, text.length, numbers); // { kind: "rate", noun: "bác sĩ", perPopulation: 10000 }
 * ```
 */
export function nounUnit(
  plain: string,
  key: string,
  start: number,
  end: number,
  numbers: readonly ExtractedNumber[],
): Measure | undefined {
  const rest = plain.slice(start, end);
  if (WORDS_ONLY.test(rest)) return { kind: "count", noun: rest };
  for (const word of ["/", " tren ", " per ", " na "]) {
    const at = key.indexOf(word, start);
    if (at <= start || at >= end) continue;
    const from = word === "/" ? at : at + 1;
    const base = numbers.find((n) => n.span.start > from && n.span.start < end);
    const population = readPopulationBase(key, from, end, base);
    const noun = plain.slice(start, skipSpacesBack(plain, at, start));
    if (population && population.end === end && WORDS_ONLY.test(noun)) {
      return { kind: "rate", noun, perPopulation: population.per };
    }
  }
  return undefined;
}
