import { CHANGE_BASES } from "./data/statement-words.js";
import { matchAt, skipSpaces } from "./key-text.js";
import { phraseBefore } from "./phrase-set.js";
import { type PhraseTable, tableAt, tableOfForms } from "./phrase-table.js";
import type { RawQuantity } from "./quantity-read.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * A change read around a figure: the verb before it ("tăng", "up", "wzrost o") and the basis after it ("so với
 * cùng kỳ", "year on year", "so với năm 2020"). Offsets into the normalised text.
 *
 * @example
 * ```ts
 * const change: RawChange = { direction: "increase", start: 0, end: 19, basis: { kind: "same-period", start: 7, end: 19 } };
 * ```
 */
export interface RawChange {
  readonly direction?: "increase" | "decrease";
  readonly basis?: {
    readonly kind: "same-period" | "previous-year" | "year";
    readonly year?: number;
    readonly start: number;
    readonly end: number;
  };
  readonly start: number;
  readonly end: number;
}

const YEAR_WORDS: readonly string[] = Object.freeze(["the year", "year", "nam", "roku"]);

// After a change verb, these words make the figure a level reached ("dropped below 1%", "giảm xuống 2%").
const LEVEL_WORDS: readonly string[] = Object.freeze(["below", "under", "xuong", "duoi", "con", "ponizej", "to", "do"]);

function verbBefore(key: string, index: number, floor: number, verbs: Vocabulary["changeVerbs"]) {
  const found = phraseBefore(key, index, floor, verbs);
  return found ? { start: found.start, end: found.start + found.phrase.length, direction: found.value } : undefined;
}

function namesLevel(key: string, from: number, to: number): boolean {
  const words = key.slice(from, to).split(" ");
  return words.some((word) => LEVEL_WORDS.includes(word));
}

function readYear(key: string, index: number, limit: number): { year: number; end: number } | undefined {
  let pos = skipSpaces(key, index, limit);
  const word = matchAt(key, pos, YEAR_WORDS);
  if (word !== undefined) pos = skipSpaces(key, pos + word.length, limit);
  const digits = key.slice(pos, pos + 4);
  if (!/^\d{4}$/.test(digits) || /\d/.test(key.charAt(pos + 4))) return undefined;
  return { year: Number(digits), end: pos + 4 };
}

// Read after every figure with a change verb; bucketed by first unit, built on first use from the frozen list.
let changeBases: PhraseTable<(typeof CHANGE_BASES)[number]["kind"]> | undefined;

function changeBaseTable(): PhraseTable<(typeof CHANGE_BASES)[number]["kind"]> {
  changeBases ??= tableOfForms(CHANGE_BASES, (entry) => entry.kind);
  return changeBases;
}

function basisAfter(key: string, index: number, limit: number): RawChange["basis"] {
  const pos = skipSpaces(key, index, limit);
  const basis = tableAt(key, pos, changeBaseTable());
  if (!basis) return undefined;
  const end = pos + basis.form.length;
  if (basis.value !== "year") return { kind: basis.value, start: pos, end };
  const year = readYear(key, end, limit);
  return year ? { kind: "year", year: year.year, start: pos, end: year.end } : undefined;
}

/**
 * Reads the change words around a figure: a verb before it (possibly before an estimate cue: "grew by an
 * estimated 6.52%", "ước tăng 6,52%") and a basis after it. `undefined` when there is neither.
 *
 * @example
 * ```ts
 * readChange(toKey("tăng 77% so với cùng kỳ"), raw, { floor: 0, limit: 23, vocabulary })?.basis?.kind; // "same-period"
 * ```
 */
export function readChange(
  key: string,
  quantity: RawQuantity,
  bounds: { readonly floor: number; readonly limit: number; readonly vocabulary: Vocabulary },
): RawChange | undefined {
  const { floor, limit, vocabulary } = bounds;
  let verb = verbBefore(key, quantity.start, floor, vocabulary.changeVerbs);
  if (!verb) {
    const cue = phraseBefore(key, quantity.start, floor, vocabulary.estimateCues);
    if (cue) verb = verbBefore(key, cue.start, floor, vocabulary.changeVerbs);
  }
  if (verb && namesLevel(key, verb.end, quantity.figureStart)) verb = undefined;
  const basis = basisAfter(key, quantity.end, limit);
  if (!verb && !basis) return undefined;
  return {
    ...(verb ? { direction: verb.direction } : {}),
    ...(basis ? { basis } : {}),
    start: verb ? verb.start : quantity.start,
    end: basis ? basis.end : quantity.end,
  };
}
