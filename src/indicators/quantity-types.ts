import type { LanguageOption, Locale, Span } from "../core/index.js";

/**
 * What a figure measures: a percentage (`6,52%`), percentage points (`1,2 điểm phần trăm`), money (`3.312 tỷ
 * đồng`), a count of something (`1.585 dịch vụ công`), a rate per period or per population (`1,5%/năm`, `per
 * 1,000 people`), a share of a base (`45% GRDP`, `94,8% kế hoạch`), a multiple (`gấp 2 lần`), index points
 * (`68,5 điểm`), a rank (`hạng 5`), a score (`17/18`), or a bare number.
 *
 * @example
 * ```ts
 * const kind: UnitKind = "percentagePoints";
 * ```
 */
export type UnitKind =
  | "percent"
  | "percentagePoints"
  | "money"
  | "count"
  | "rate"
  | "share"
  | "multiple"
  | "points"
  | "rank"
  | "score"
  | "number";

/**
 * A period a rate is counted over: `"%/năm"` is per year.
 *
 * @example
 * ```ts
 * const per: RatePeriod = "year";
 * ```
 */
export type RatePeriod = "year" | "quarter" | "month";

/**
 * The unit of a quantity or a target: its kind and the details that kind needs.
 *
 * @example
 * ```ts
 * const vnd: Measure = { kind: "money", currency: "VND" };
 * const perYear: Measure = { kind: "rate", per: "year" };
 * const ofGrdp: Measure = { kind: "share", base: "GRDP" };
 * ```
 */
export interface Measure {
  readonly kind: UnitKind;
  /** ISO 4217 code of a money amount (`"VND"`, `"USD"`, `"EUR"`). */
  readonly currency?: string;
  /** The counted noun as written (`"doanh nghiệp"`, `"lượt khách"`, `"enterprises"`). */
  readonly noun?: string;
  /** Period of a rate (`%/năm` → `"year"`). */
  readonly per?: RatePeriod;
  /** Population base of a rate (`per 1,000 people` → 1000; `/vạn dân` → 10000). */
  readonly perPopulation?: number;
  /** What a share is a share of: `"GRDP"`, `"GDP"`, `"plan"`, `"estimate"`, `"target"`. */
  readonly base?: string;
  /** Denominator of a score (`17/18` → 18) or size of a ranking (`hạng 5/63` → 63). */
  readonly outOf?: number;
}

/**
 * How a figure was qualified in the text: `"ponad 1 299 mln USD"` and `"more than"` are `">"`, `"khoảng"` is `"~"`.
 *
 * @example
 * ```ts
 * const qualifier: Qualifier = ">";
 * ```
 */
export type Qualifier = ">" | ">=" | "<" | "<=" | "~";

/**
 * A figure with its unit, read from text.
 *
 * Money is exact: `decimal` holds the amount in whole currency units as a plain decimal string
 * (`"3312000000000"` for `3.312 tỷ đồng`), computed by shifting the written digits by the power of ten of the
 * scale word, never through floating point; `digits` and `exponent` keep the written form (`"3312"`, 9).
 * `value` is the same amount as a JavaScript number, for charts and sorting (exact up to 2^53).
 *
 * @example
 * ```ts
 * const revenue: Quantity = {
 *   value: 3312000000000, decimal: "3312000000000", digits: "3312", exponent: 9,
 *   unit: { kind: "money", currency: "VND" }, text: "3 312 mld VND", span: { start: 0, end: 13 },
 * };
 * ```
 */
export interface Quantity {
  /** The figure in its unit: 6.52 for `6,52%`, 3312000000000 for `3.312 tỷ đồng`, 17 for `17/18`. */
  readonly value: number;
  /** `value` as an exact plain decimal string (no exponent). */
  readonly decimal: string;
  /** The written digits before the scale word (`"3312"` for `3.312 tỷ`); absent when there is no scale word. */
  readonly digits?: string;
  /** The power of ten of the scale word (`tỷ`, `mld`, `billion` → 9); absent when there is none. */
  readonly exponent?: number;
  readonly unit: Measure;
  /** A qualifier written before or after the figure (`trên`, `ponad`, `about`, `or more`). */
  readonly qualifier?: Qualifier;
  /** The phrase as written. */
  readonly text: string;
  /** Where the phrase lies in the caller's string. */
  readonly span: Span;
}

/**
 * Options of {@link parseQuantity}, {@link parseTarget}, {@link parseScore} and their `safe*` twins.
 *
 * @example
 * ```ts
 * const options: ReadOptions = { language: "pl", locale: "en" };
 * ```
 */
export interface ReadOptions {
  /**
   * Language of the text: it fixes the decimal and group marks of numbers and the words that are read.
   * @default "auto"
   */
  readonly language?: LanguageOption;
  /**
   * Locale of issue messages.
   * @default "vi"
   */
  readonly locale?: Locale;
}
