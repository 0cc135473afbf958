import type { Language } from "../core/index.js";

/**
 * A word that opens a range ("từ", "between") or joins its bounds ("đến", "to", "and").
 *
 * @example
 * ```ts
 * const word: RangeWord = { forms: ["đến", "den"], languages: ["vi"], kind: "to" };
 * ```
 */
export interface RangeWord {
  /** Spellings in lower case and NFC, ASCII forms included. */
  readonly forms: readonly string[];
  readonly languages: readonly Language[];
  /** `"and"` words only join bounds after a `"and"` opener ("between 2 and 5"); "2 and 5" is a list. */
  readonly kind: "to" | "and";
}

/**
 * Words that may open a range. Source: ordinary usage in each language ("from … to", "between … and").
 *
 * @example
 * ```ts
 * RANGE_OPENERS.some((word) => word.forms.includes("từ")); // true
 * ```
 */
export const RANGE_OPENERS: readonly RangeWord[] = Object.freeze([
  Object.freeze({ forms: Object.freeze(["từ", "tu"]), languages: Object.freeze(["vi"] as const), kind: "to" }),
  Object.freeze({ forms: Object.freeze(["giữa", "giua"]), languages: Object.freeze(["vi"] as const), kind: "and" }),
  Object.freeze({ forms: Object.freeze(["from"]), languages: Object.freeze(["en"] as const), kind: "to" }),
  Object.freeze({ forms: Object.freeze(["between"]), languages: Object.freeze(["en"] as const), kind: "and" }),
  Object.freeze({ forms: Object.freeze(["od"]), languages: Object.freeze(["pl"] as const), kind: "to" }),
  Object.freeze({
    forms: Object.freeze(["między", "pomiędzy", "miedzy", "pomiedzy"]),
    languages: Object.freeze(["pl"] as const),
    kind: "and",
  }),
  Object.freeze({ forms: Object.freeze(["de"]), languages: Object.freeze(["fr", "es"] as const), kind: "to" }),
  Object.freeze({ forms: Object.freeze(["desde"]), languages: Object.freeze(["es"] as const), kind: "to" }),
  Object.freeze({ forms: Object.freeze(["entre"]), languages: Object.freeze(["fr", "es"] as const), kind: "and" }),
  Object.freeze({ forms: Object.freeze(["von"]), languages: Object.freeze(["de"] as const), kind: "to" }),
  Object.freeze({ forms: Object.freeze(["zwischen"]), languages: Object.freeze(["de"] as const), kind: "and" }),
] satisfies readonly RangeWord[]);

/**
 * Words that may join the two bounds of a range.
 *
 * @example
 * ```ts
 * RANGE_CONNECTORS.find((word) => word.forms.includes("bis"))?.languages; // ["de"]
 * ```
 */
export const RANGE_CONNECTORS: readonly RangeWord[] = Object.freeze([
  Object.freeze({
    forms: Object.freeze(["đến", "tới", "den", "toi"]),
    languages: Object.freeze(["vi"] as const),
    kind: "to",
  }),
  Object.freeze({ forms: Object.freeze(["và", "va"]), languages: Object.freeze(["vi"] as const), kind: "and" }),
  Object.freeze({ forms: Object.freeze(["to"]), languages: Object.freeze(["en"] as const), kind: "to" }),
  Object.freeze({ forms: Object.freeze(["and"]), languages: Object.freeze(["en"] as const), kind: "and" }),
  Object.freeze({ forms: Object.freeze(["do"]), languages: Object.freeze(["pl"] as const), kind: "to" }),
  Object.freeze({ forms: Object.freeze(["a"]), languages: Object.freeze(["pl"] as const), kind: "and" }),
  Object.freeze({ forms: Object.freeze(["à", "a"]), languages: Object.freeze(["fr"] as const), kind: "to" }),
  Object.freeze({ forms: Object.freeze(["et"]), languages: Object.freeze(["fr"] as const), kind: "and" }),
  Object.freeze({ forms: Object.freeze(["a", "hasta"]), languages: Object.freeze(["es"] as const), kind: "to" }),
  Object.freeze({ forms: Object.freeze(["y"]), languages: Object.freeze(["es"] as const), kind: "and" }),
  Object.freeze({ forms: Object.freeze(["bis"]), languages: Object.freeze(["de"] as const), kind: "to" }),
  Object.freeze({ forms: Object.freeze(["und"]), languages: Object.freeze(["de"] as const), kind: "and" }),
] satisfies readonly RangeWord[]);
