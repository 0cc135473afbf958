import type { Issue, Language, LanguageOption, Locale, Span } from "../core/index.js";

/**
 * The sign written before a number: `"minus"` for `-`, `−` (U+2212) or a dash, `"plus"` for `+`, else `"none"`.
 *
 * @example
 * ```ts
 * const sign: NumberSign = parseNumber("-9,28").sign; // "minus"
 * ```
 */
export type NumberSign = "plus" | "minus" | "none";

/**
 * A number read from text, with the scale word applied and the written form kept apart.
 *
 * @example
 * ```ts
 * const parsed: ParsedNumber = parseNumber("6,52 tỷ");
 * parsed.value; // 6520000000
 * parsed.digits; // 6.52
 * parsed.scale; // 1000000000
 * ```
 */
export interface ParsedNumber {
  /** The number with its scale applied (`6,52 tỷ` → 6520000000); a percentage keeps its written value (6.52). */
  readonly value: number;
  /** The written number before the scale, with its sign (`-9,28` → -9.28; `6,52 tỷ` → 6.52). */
  readonly digits: number;
  /** The multiplier of the scale word: 1, 1e3, 1e6, 1e9 or 1e12. */
  readonly scale: number;
  /** `digits` as a plain decimal string (`"-9.28"`, `"1585"`), exact, with the written decimal places. */
  readonly decimal: string;
  /** Digits written after the decimal mark (`6,50` → 2), before the scale. */
  readonly decimalPlaces: number;
  /** Whether a percent sign or word follows (`6,52%`, `5 phần trăm`). */
  readonly percent: boolean;
  /** The sign as written. */
  readonly sign: NumberSign;
  /** The language whose conventions read the number (the option itself unless it is `"auto"`). */
  readonly language: Language;
  /** Whether another language's conventions read the same string as a different number. */
  readonly ambiguous: boolean;
  /** The other readings (values with scale) when `ambiguous`; absent otherwise. */
  readonly alternatives?: readonly number[];
  /**
   * The scale word as written (`"tỷ"`, `"mln"`, `"Mio."`), when there is one; for the lower bound of a range,
   * the upper bound's word it borrowed (`"từ 2 đến 5 tỷ"`).
   */
  readonly scaleWord?: string;
}

/**
 * Options of {@link parseNumber}, {@link parseNumberRange} and {@link extractNumbers}.
 *
 * @example
 * ```ts
 * const options: ParseNumberOptions = { language: "pl", locale: "en" };
 * ```
 */
export interface ParseNumberOptions {
  /**
   * Language of the text, which fixes the decimal and group marks. With `"auto"`, conventions are tried in
   * the order of {@link AUTO_LANGUAGE_ORDER} and a string they read differently is flagged `ambiguous`.
   * @default "auto"
   */
  readonly language?: LanguageOption;
  /**
   * Locale of issue messages and hints.
   * @default "vi"
   */
  readonly locale?: Locale;
}

/**
 * Two numbers read as a range, lower bound first.
 *
 * @example
 * ```ts
 * const range: NumberRange = parseNumberRange("6,5–7%");
 * range.low.value; // 6.5 (percent: true, taken from the upper bound)
 * ```
 */
export interface NumberRange {
  readonly low: ParsedNumber;
  readonly high: ParsedNumber;
}

/**
 * Options of {@link formatNumber}.
 *
 * @example
 * ```ts
 * const options: FormatNumberOptions = { language: "fr", decimalPlaces: 2, grouping: true };
 * ```
 */
export interface FormatNumberOptions {
  /**
   * Language whose conventions to write in.
   * @default "vi"
   */
  readonly language?: Language;
  /**
   * Fixed number of decimal places (0 to 20), rounding as `Number.prototype.toFixed` does; by default the
   * shortest decimal that reads back as the same number.
   */
  readonly decimalPlaces?: number;
  /**
   * Whether to group thousands.
   * @default true
   */
  readonly grouping?: boolean;
}

/**
 * A number found in running text.
 *
 * @example
 * ```ts
 * const [found]: ExtractedNumber[] = extractNumbers("tăng 6,52%", { language: "vi" });
 * found?.text; // "6,52%"
 * ```
 */
export interface ExtractedNumber {
  /** Where the expression (sign, digits and any scale word or percent sign) lies in the caller's string. */
  readonly span: Span;
  /** The expression as written. */
  readonly text: string;
  /** The number read from it. */
  readonly number: ParsedNumber;
  /** `AMBIGUOUS_NUMBER` or `NUMBER_CONVENTION_MISMATCH` findings about this number. */
  readonly warnings: readonly Issue[];
}
