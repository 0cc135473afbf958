import type { Measure } from "./quantity-types.js";

/*
 * Units without a parameter, as frozen constants: every figure of a text points at one of these instead of an
 * object of its own (a news corpus has thousands of percentages per megabyte).
 */

/**
 * The unit of a plain percentage ("6,52%").
 *
 * @example
 * ```ts
 * PERCENT_UNIT.kind; // "percent"
 * ```
 */
export const PERCENT_UNIT: Measure = Object.freeze({ kind: "percent" });

/**
 * The unit of percentage points ("2 điểm phần trăm").
 *
 * @example
 * ```ts
 * PERCENTAGE_POINTS_UNIT.kind; // "percentagePoints"
 * ```
 */
export const PERCENTAGE_POINTS_UNIT: Measure = Object.freeze({ kind: "percentagePoints" });

/**
 * The unit of a multiple ("gấp 2 lần").
 *
 * @example
 * ```ts
 * MULTIPLE_UNIT.kind; // "multiple"
 * ```
 */
export const MULTIPLE_UNIT: Measure = Object.freeze({ kind: "multiple" });

/**
 * The unit of index points ("PCI 70 điểm").
 *
 * @example
 * ```ts
 * POINTS_UNIT.kind; // "points"
 * ```
 */
export const POINTS_UNIT: Measure = Object.freeze({ kind: "points" });

/**
 * The unit of a bare number.
 *
 * @example
 * ```ts
 * NUMBER_UNIT.kind; // "number"
 * ```
 */
export const NUMBER_UNIT: Measure = Object.freeze({ kind: "number" });

/**
 * The unit of a rank ("đứng thứ 5").
 *
 * @example
 * ```ts
 * RANK_UNIT.kind; // "rank"
 * ```
 */
export const RANK_UNIT: Measure = Object.freeze({ kind: "rank" });

const VND: Measure = Object.freeze({ kind: "money", currency: "VND" });
const USD: Measure = Object.freeze({ kind: "money", currency: "USD" });

/**
 * The unit of an amount of money in a currency; the usual currencies share one frozen object each.
 *
 * @example
 * ```ts
 * moneyUnit("VND") === moneyUnit("VND"); // true
 * ```
 */
export function moneyUnit(currency: string): Measure {
  if (currency === "VND") return VND;
  if (currency === "USD") return USD;
  return Object.freeze({ kind: "money", currency });
}
