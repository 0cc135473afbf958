import type { Qualifier } from "../quantity-types.js";

/*
 * Words that bound a figure, as matching keys (lower case, diacritics folded), longest first within each list.
 * Written for this project from Vietnamese plan documents' usual phrasing ("trở lên", "không quá", "khoảng"),
 * English press usage and Polish (co najmniej, ponad, około).
 */

/**
 * A bounding word or phrase and the comparator it stands for.
 *
 * @example
 * ```ts
 * const word: ComparatorWord = { form: "it nhat", comparator: ">=" };
 * ```
 */
export interface ComparatorWord {
  readonly form: string;
  readonly comparator: Qualifier;
}

function words(comparator: Qualifier, forms: readonly string[]): readonly ComparatorWord[] {
  return forms.map((form) => Object.freeze({ form, comparator }));
}

/**
 * Words written before a figure: "ít nhất 50.000", "không quá 3%", "trên 70%", "khoảng 10%", "about 10%",
 * "ponad 1 299 mln USD". Longest first.
 *
 * @example
 * ```ts
 * getPrefixComparators().find((w) => w.form === "khong qua")?.comparator; // "<="
 * ```
 */
export function getPrefixComparators(): readonly ComparatorWord[] {
  return [
    ...words(">=", [
      "khong thap hon",
      "khong it hon",
      "a minimum of",
      "not less than",
      "nie mniej niz",
      "no less than",
      "co najmniej",
      "minimum of",
      "khong duoi",
      "toi thieu",
      "at least",
      "it nhat",
      "minimum",
    ]),
    ...words("<=", [
      "khong vuot qua",
      "not to exceed",
      "nie wiecej niz",
      "not more than",
      "a maximum of",
      "khong cao hon",
      "not exceeding",
      "no more than",
      "maksymalnie",
      "maximum of",
      "khong qua",
      "at most",
      "toi da",
      "up to",
    ]),
    ...words(">", [
      "in excess of",
      "greater than",
      "higher than",
      "upwards of",
      "more than",
      "wiecej niz",
      "cao hon",
      "powyzej",
      "above",
      "ponad",
      "over",
      "tren",
      "hon",
    ]),
    ...words("<", [
      "lower than",
      "mniej niz",
      "less than",
      "chua den",
      "thap hon",
      "ponizej",
      "below",
      "under",
      "duoi",
    ]),
    ...words("~", [
      "approximately",
      "khoang chung",
      "close to",
      "roughly",
      "xap xi",
      "nearly",
      "almost",
      "around",
      "blisko",
      "khoang",
      "okolo",
      "prawie",
      "about",
      "ok.",
      "gan",
    ]),
  ].sort((a, b) => b.form.length - a.form.length);
}

/**
 * Words written after a figure: "8% trở lên", "8% or more", "3% or less", "10% lub więcej".
 *
 * @example
 * ```ts
 * getSuffixComparators().find((w) => w.form === "tro len")?.comparator; // ">="
 * ```
 */
export function getSuffixComparators(): readonly ComparatorWord[] {
  return [
    ...words(">=", ["or higher", "or above", "and above", "lub wiecej", "or more", "and over", "i wiecej", "tro len"]),
    ...words("<=", ["or lower", "or below", "lub mniej", "tro xuong", "or less"]),
  ].sort((a, b) => b.form.length - a.form.length);
}

/**
 * Words before a figure that make a target a change: an increase ("tăng 10%", "increase by 10%") or a decrease
 * ("giảm 1–1,5%/năm", "cut by 5%"). Words that name a level reached by the change ("giảm còn", "reduce to") are
 * in {@link LEVEL_CHANGE_WORDS} instead.
 *
 * @example
 * ```ts
 * CHANGE_WORDS.find((w) => w.forms.includes("giam"))?.change; // "decrease"
 * ```
 */
export const CHANGE_WORDS: readonly { readonly forms: readonly string[]; readonly change: "increase" | "decrease" }[] =
  Object.freeze([
    Object.freeze({
      forms: Object.freeze([
        "increase by",
        "increased by",
        "increase of",
        "growth of",
        "grow by",
        "grew by",
        "rise by",
        "rose by",
        "raise by",
        "wzrost o",
        "tang them",
        "tang",
        "up",
      ]),
      change: "increase",
    }),
    Object.freeze({
      forms: Object.freeze([
        "decrease by",
        "decreased by",
        "reduction of",
        "reduce by",
        "reduced by",
        "lower by",
        "fall by",
        "fell by",
        "cut by",
        "spadek o",
        "giam",
        "down",
      ]),
      change: "decrease",
    }),
  ]);

/**
 * Words before a figure that name the level a decrease or increase reaches ("giảm còn 1%", "reduce to below 1%"):
 * the target is then a level, not a change.
 *
 * @example
 * ```ts
 * LEVEL_CHANGE_WORDS.includes("giam con"); // true
 * ```
 */
export const LEVEL_CHANGE_WORDS: readonly string[] = Object.freeze([
  "giam xuong con",
  "giam xuong",
  "giam con",
  "tang len",
  "reduce to",
  "reduced to",
  "lower to",
  "cut to",
  "down to",
  "raise to",
  "increase to",
]);

/**
 * Phrases that mean "double-digit" growth: a target of 10% or more.
 *
 * @example
 * ```ts
 * DOUBLE_DIGIT_WORDS.includes("hai con so"); // true
 * ```
 */
export const DOUBLE_DIGIT_WORDS: readonly string[] = Object.freeze([
  "double-digit",
  "double digit",
  "dwucyfrowy",
  "dwucyfrowego",
  "hai con so",
  "2 con so",
  "two-digit",
  "two digit",
]);

/**
 * Words that join the two bounds of a range ("từ 2 đến 5%", "2 to 5%", "between 2 and 5%", "od 2 do 5%"); dashes
 * join them too.
 *
 * @example
 * ```ts
 * RANGE_JOINERS.includes("den"); // true
 * ```
 */
export const RANGE_JOINERS: readonly string[] = Object.freeze(["toi", "den", "and", "to", "do"]);
