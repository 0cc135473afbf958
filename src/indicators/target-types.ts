import type { Span } from "../core/index.js";
import type { Measure, ReadOptions } from "./quantity-types.js";

/**
 * How a target bounds the result: at least (`>=`, "8% trở lên"), above (`>`, "trên 70%"), at most (`<=`, "không
 * quá 3%"), below (`<`, "dưới 1%"), exactly (`=`, "100% kế hoạch vốn", "gấp 2 lần"), about (`~`, "khoảng 10%"), or
 * within a range (`range`, "6,5–7%").
 *
 * @example
 * ```ts
 * const comparator: Comparator = ">=";
 * ```
 */
export type Comparator = ">=" | ">" | "<=" | "<" | "=" | "~" | "range";

/**
 * Which way is better: a higher figure (growth, revenue), a lower one (poverty rate, inflation cap), or staying
 * inside a band (a range to keep to).
 *
 * @example
 * ```ts
 * const direction: Direction = "lower"; // multidimensional poverty rate
 * ```
 */
export type Direction = "higher" | "lower" | "band";

/**
 * A target read from a phrase. `value` is the bound (the lower bound of a range); `high` the upper bound of a
 * range. Values are in the target's unit (money in whole currency units, exact in `decimal`).
 *
 * A target that is itself a change ("giảm 1–1,5%/năm", "tăng 10%") says so in `change`; its values are written as
 * positive magnitudes, so the range of "giảm 1–1,5%/năm" is 1 to 1.5 with `change: "decrease"`, and a larger
 * decrease is better (`direction: "higher"` on the magnitude).
 *
 * @example
 * ```ts
 * const target: Target = {
 *   comparator: ">=", value: 8, decimal: "8", unit: { kind: "percent" }, direction: "higher",
 *   approximate: false, text: "8% trở lên", span: { start: 0, end: 10 },
 * };
 * ```
 */
export interface Target {
  readonly comparator: Comparator;
  /** The bound, the central value of `~`, or the lower bound of a range. */
  readonly value: number;
  /** `value` as an exact decimal string. */
  readonly decimal: string;
  /** The upper bound of a range. */
  readonly high?: number;
  /** `high` as an exact decimal string. */
  readonly highDecimal?: string;
  readonly unit: Measure;
  readonly direction: Direction;
  /** Whether the phrase hedges the figure ("khoảng", "about", "około"): attainment then allows a tolerance. */
  readonly approximate: boolean;
  /** A target stated as a change: "tăng 10%" → `"increase"`, "giảm 1–1,5%/năm" → `"decrease"`. */
  readonly change?: "increase" | "decrease";
  /** The phrase as written. */
  readonly text: string;
  /** Where the phrase lies in the caller's string. */
  readonly span: Span;
}

/**
 * Options of {@link parseTarget} and {@link safeParseTarget}.
 *
 * @example
 * ```ts
 * const options: ParseTargetOptions = { language: "vi", direction: "lower" };
 * ```
 */
export interface ParseTargetOptions extends ReadOptions {
  /**
   * Which way is better, when the phrase does not say it ("khoảng 10%", "6,5–7%", "100% kế hoạch vốn"). Phrases
   * with a one-sided bound decide for themselves: "trở lên" and "ít nhất" are `"higher"`, "không quá" and "dưới"
   * `"lower"`.
   * @default "higher"
   */
  readonly direction?: Direction;
}
