import type { DateLike, IsoDate, LanguageOption, Locale, Localized, Span } from "../core/index.js";
import type { Attainment, AttainmentOptions } from "./attainment-types.js";
import type { Quantity } from "./quantity-types.js";
import type { ReportedAttainment } from "./reported.js";
import type { Target } from "./target-types.js";

/**
 * The indicator a statement is about, with the words that named it.
 *
 * @example
 * ```ts
 * const indicator: StatementIndicator = {
 *   id: "budget-revenue", name: { vi: "Thu ngân sách nhà nước trên địa bàn", en: "State budget revenue" },
 *   text: "Thu ngân sách", span: { start: 0, end: 13 },
 * };
 * ```
 */
export interface StatementIndicator {
  readonly id: string;
  readonly name: Localized;
  readonly text: string;
  readonly span: Span;
}

/**
 * The province a statement is about: the unit the name denoted at the article date, and what covers it at
 * `asOf`. `inferred` is true when the place was named in an earlier sentence rather than the statement's own.
 *
 * @example
 * ```ts
 * const scope: StatementScope = {
 *   code: "62", name: { vi: "Kon Tum", en: "Kon Tum" }, asOf: "2025-03-06",
 *   resolved: [{ code: "51", name: { vi: "Quảng Ngãi", en: "Quang Ngai" } }],
 *   inferred: false, text: "tỉnh Kon Tum", span: { start: 40, end: 52 },
 * };
 * ```
 */
export interface StatementScope {
  readonly code: string;
  readonly name: Localized;
  /** The date the name was read at (the article date, else `asOf`). */
  readonly asOf: IsoDate;
  /** The units covering the place at the `asOf` option. */
  readonly resolved: readonly { readonly code: string; readonly name: Localized }[];
  readonly inferred: boolean;
  readonly text: string;
  readonly span: Span;
}

/**
 * The period a statement covers.
 *
 * @example
 * ```ts
 * const period: StatementPeriod = { kind: "until", until: "2025-10-12", year: 2025, text: "do 12 października 2025 r.", span: { start: 0, end: 26 } };
 * ```
 */
export interface StatementPeriod {
  readonly kind: "months" | "quarter" | "year" | "term" | "until";
  /** Months from the start of the year ("9 tháng" → 9). */
  readonly months?: number;
  readonly quarter?: number;
  readonly year?: number;
  /** Last year of a term ("2021-2025" → 2025). */
  readonly toYear?: number;
  /** Last day covered ("tính đến ngày 12/10/2025"). */
  readonly until?: IsoDate;
  readonly text: string;
  readonly span: Span;
}

/**
 * The actual figure of a statement, with whether the text gives it as an estimate ("ước", "estimated",
 * "expected").
 *
 * @example
 * ```ts
 * const actual: ActualValue = { ...parseQuantity("6,52%"), estimate: true };
 * ```
 */
export interface ActualValue extends Quantity {
  readonly estimate: boolean;
  /** The upper figure when the text gives a range ("tăng từ 2 - 5%"): `value` is then the lower one. */
  readonly high?: number;
  /** `high` as an exact decimal string. */
  readonly highDecimal?: string;
}

/**
 * A change against a basis: "tăng 6% so với năm 2020", "up 77% year on year", "wzrost o 69% w porównaniu z
 * analogicznym okresem".
 *
 * @example
 * ```ts
 * const change: StatementChange = {
 *   direction: "increase", value: parseQuantity("77%"),
 *   basis: { kind: "same-period", text: "year on year" }, text: "up 77% year on year", span: { start: 0, end: 19 },
 * };
 * ```
 */
export interface StatementChange {
  readonly direction: "increase" | "decrease";
  /** The size of the change as written (positive). */
  readonly value: Quantity;
  /** The upper figure when the text gives the change as a range ("tăng từ 10% đến 15%"): `value` is the lower one. */
  readonly high?: number;
  /** `high` as an exact decimal string. */
  readonly highDecimal?: string;
  /** What the change is measured against: the same period of the previous year, the previous year, a year. */
  readonly basis?: {
    readonly kind: "same-period" | "previous-year" | "year";
    readonly year?: number;
    readonly text: string;
  };
  readonly text: string;
  readonly span: Span;
}

/**
 * One indicator statement of a text: which indicator, where, when, and its target, actual figure, reported
 * attainment and change. `assessment` is {@link computeAttainment} of the actual against the target, when the
 * statement has both.
 *
 * @example
 * ```ts
 * const [statement] = extractIndicators("GRDP 9 tháng ước tăng 6,52%, thấp hơn mục tiêu 8% trở lên.");
 * statement?.indicator.id; // "grdp-growth"
 * statement?.actual?.estimate; // true
 * statement?.assessment?.status; // "not-achieved"
 * ```
 */
export interface IndicatorStatement {
  /** From the first to the last word of the statement, in the caller's string. */
  readonly span: Span;
  readonly text: string;
  readonly indicator: StatementIndicator;
  readonly scope?: StatementScope;
  readonly period?: StatementPeriod;
  readonly target?: Target;
  readonly actual?: ActualValue;
  readonly attainment?: ReportedAttainment;
  readonly change?: StatementChange;
  readonly assessment?: Attainment;
}

/**
 * Options of {@link extractIndicators}.
 *
 * @example
 * ```ts
 * const options: ExtractIndicatorsOptions = { language: "vi", articleDate: "2025-03-06", asOf: "2026-01-01" };
 * ```
 */
export interface ExtractIndicatorsOptions {
  /**
   * Language of the text (numbers are read with its conventions).
   * @default "auto"
   */
  readonly language?: LanguageOption;
  /**
   * Date the places are resolved to (their successors after a merger).
   * @default DATA_AS_OF
   */
  readonly asOf?: DateLike;
  /** Date of the article: places are read as they stood then, and dates without a year take its year. */
  readonly articleDate?: DateLike;
  /**
   * Preset of the computed `assessment`.
   * @default "standard"
   */
  readonly preset?: AttainmentOptions["preset"];
  /**
   * Locale of issue messages.
   * @default "vi"
   */
  readonly locale?: Locale;
}
