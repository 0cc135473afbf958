/*
 * Cue words of indicator statements, as matching keys (lower case, diacritics folded), longest first within a
 * list. Written for this project from the usual phrasing of Vietnamese socio-economic reports ("mục tiêu", "phấn
 * đấu", "ước tăng", "so với cùng kỳ") and of their English and Polish renderings.
 */

/**
 * Words after which a figure is a target ("mục tiêu", "phấn đấu", "target of", "aims for", "celem").
 *
 * @example
 * ```ts
 * TARGET_CUES.includes("phan dau"); // true
 * ```
 */
export const TARGET_CUES: readonly string[] = Object.freeze([
  "ke hoach de ra",
  "chi tieu de ra",
  "nghi quyet de ra",
  "dinh huong",
  "phan dau",
  "muc tieu",
  "chi tieu",
  "nham dat",
  "dat ra",
  "de ra",
  "striving for",
  "striving to",
  "strive for",
  "aiming for",
  "aims for",
  "aim for",
  "aims to",
  "objective",
  "targets",
  "target",
  "goal",
  "plans to",
  "planowany",
  "celem",
  "cel",
]);

/**
 * Words that mark a figure as an estimate ("ước", "ước tính", "estimated", "expected", "szacunkowo").
 *
 * @example
 * ```ts
 * ESTIMATE_CUES.includes("uoc"); // true
 * ```
 */
export const ESTIMATE_CUES: readonly string[] = Object.freeze([
  "an estimated",
  "estimated",
  "szacunkowo",
  "projected",
  "expected",
  "du kien",
  "du uoc",
  "uoc tinh",
  "uoc dat",
  "uoc",
]);

/**
 * Verbs of a change written before its figure ("tăng 6%", "up 77%", "wzrost o 77%"), with the direction.
 *
 * @example
 * ```ts
 * CHANGE_VERBS.find((verb) => verb.forms.includes("giam"))?.direction; // "decrease"
 * ```
 */
export const CHANGE_VERBS: readonly {
  readonly forms: readonly string[];
  readonly direction: "increase" | "decrease";
}[] = Object.freeze([
  Object.freeze({
    forms: Object.freeze([
      "an increase of",
      "increased by",
      "a rise of",
      "growth of",
      "increased",
      "tang truong",
      "wzrosly o",
      "wzroslo o",
      "wzrosla o",
      "wzrost o",
      "wzrosl o",
      "rose by",
      "grew by",
      "tang them",
      "rising",
      "grew",
      "rose",
      "tang",
      "up",
    ]),
    direction: "increase",
  }),
  Object.freeze({
    forms: Object.freeze([
      "a decrease of",
      "decreased by",
      "declined by",
      "a fall of",
      "decreased",
      "declined",
      "spadek o",
      "fell by",
      "dropped",
      "spadl o",
      "giam",
      "fell",
      "down",
    ]),
    direction: "decrease",
  }),
]);

/**
 * What a change is measured against, written after its figure ("so với cùng kỳ", "year on year").
 *
 * @example
 * ```ts
 * CHANGE_BASES.find((basis) => basis.forms.includes("year on year"))?.kind; // "same-period"
 * ```
 */
export const CHANGE_BASES: readonly {
  readonly forms: readonly string[];
  readonly kind: "same-period" | "previous-year" | "year";
}[] = Object.freeze([
  Object.freeze({
    forms: Object.freeze([
      "w porownaniu z analogicznym okresem ubieglego roku",
      "w porownaniu z analogicznym okresem",
      "compared to the same period last year",
      "compared with the same period last year",
      "compared to the same period",
      "compared with the same period",
      "over the same period last year",
      "over the same period",
      "so voi cung ky nam truoc",
      "so voi cung ky",
      "year-on-year",
      "year on year",
      "cung ky",
      "r/r",
    ]),
    kind: "same-period",
  }),
  Object.freeze({
    forms: Object.freeze([
      "compared to the previous year",
      "compared with the previous year",
      "over the previous year",
      "so voi nam truoc",
      "so voi nam ngoai",
    ]),
    kind: "previous-year",
  }),
  Object.freeze({
    forms: Object.freeze(["compared to", "compared with", "so voi nam", "so voi", "over", "than"]),
    kind: "year",
  }),
]);

/**
 * Words before a date that make it the end of the reporting period ("tính đến ngày 12/10/2025", "as of 12
 * October 2025", "do 12 października 2025 r.").
 *
 * @example
 * ```ts
 * UNTIL_WORDS.includes("tinh den"); // true
 * ```
 */
export const UNTIL_WORDS: readonly string[] = Object.freeze([
  "tinh den het",
  "tinh den",
  "den het",
  "through",
  "as of",
  "until",
  "den",
  "by",
  "do",
]);

/**
 * Words that make a statement general — the whole country, most or some provinces — so that it takes no province
 * named in an earlier sentence as its scope ("mục tiêu tăng trưởng của cả nước", "phần lớn các tỉnh", "some
 * localities").
 *
 * @example
 * ```ts
 * GENERAL_SCOPE_WORDS.includes("ca nuoc"); // true
 * ```
 */
export const GENERAL_SCOPE_WORDS: readonly string[] = Object.freeze([
  "ca nuoc",
  "toan quoc",
  "phan lon cac tinh",
  "phan lon dia phuong",
  "phan lon cac dia phuong",
  "nhieu tinh",
  "nhieu dia phuong",
  "mot so tinh",
  "mot so dia phuong",
  "nationwide",
  "national growth",
  "national target",
  "the whole country",
  "across the country",
  "most provinces",
  "many provinces",
  "some provinces",
  "all provinces",
  "most localities",
  "many localities",
  "some localities",
  "all localities",
  "calego kraju",
]);
