import type { Language } from "../core/index.js";

/**
 * A mark written between digits: `"."`, `","`, or `" "` standing for every space variant
 * (space, NBSP U+00A0, narrow NBSP U+202F, thin space U+2009, figure space U+2007).
 *
 * @example
 * ```ts
 * const mark: NumberMark = " "; // "1 299" in Polish or French
 * ```
 */
export type NumberMark = "." | "," | " ";

/**
 * How one language writes numbers: its decimal mark, the marks it accepts between groups of three digits,
 * and the group mark {@link formatNumber} writes.
 *
 * @example
 * ```ts
 * const vi: NumberConvention = { decimal: ",", group: ["."], formatGroup: "." }; // 1.234.567,8
 * ```
 */
export interface NumberConvention {
  /** Decimal mark. */
  readonly decimal: "," | ".";
  /** Marks accepted between groups of three digits, most usual first. */
  readonly group: readonly NumberMark[];
  /** The group mark {@link formatNumber} writes (NBSP U+00A0 for the languages that group with spaces). */
  readonly formatGroup: string;
}

/**
 * Separator conventions by language, as the number reader and {@link formatNumber} use them.
 *
 * Sources: Unicode CLDR number symbols (vi, en, pl, fr, de, es); for the space grouping also accepted in German
 * and Spanish, DIN 5008 and the Ortografía de la lengua española (2010). Vietnamese, English, Polish and French
 * accept only their one group mark, so a mark from another convention is a contradiction, not a variant.
 *
 * @example
 * ```ts
 * NUMBER_CONVENTIONS.pl.decimal; // ","
 * NUMBER_CONVENTIONS.en.group; // [","]
 * ```
 */
export const NUMBER_CONVENTIONS: Readonly<Record<Language, NumberConvention>> = Object.freeze({
  vi: Object.freeze({ decimal: ",", group: Object.freeze(["."] as const), formatGroup: "." }),
  en: Object.freeze({ decimal: ".", group: Object.freeze([","] as const), formatGroup: "," }),
  pl: Object.freeze({ decimal: ",", group: Object.freeze([" "] as const), formatGroup: "\u00a0" }),
  fr: Object.freeze({ decimal: ",", group: Object.freeze([" "] as const), formatGroup: "\u00a0" }),
  de: Object.freeze({ decimal: ",", group: Object.freeze([".", " "] as const), formatGroup: "." }),
  es: Object.freeze({ decimal: ",", group: Object.freeze([".", " "] as const), formatGroup: "." }),
});

/**
 * The order in which `language: "auto"` tries conventions: Vietnamese first (the library's main language), then
 * English, then the others. When a string reads differently under two of them, the first one wins and the
 * other reading is reported as an alternative.
 *
 * @example
 * ```ts
 * AUTO_LANGUAGE_ORDER[0]; // "vi": "1.585" reads as 1585, "6,52" as 6.52
 * ```
 */
export const AUTO_LANGUAGE_ORDER: readonly Language[] = Object.freeze(["vi", "en", "pl", "fr", "de", "es"]);

/**
 * Same order with English first: used when the rest of a text shows English conventions.
 *
 * @example
 * ```ts
 * ENGLISH_FIRST_ORDER[0]; // "en"
 * ```
 */
export const ENGLISH_FIRST_ORDER: readonly Language[] = Object.freeze(["en", "vi", "pl", "fr", "de", "es"]);
