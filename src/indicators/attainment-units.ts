import type { Decimal } from "./decimal.js";
import { decimalFromNumber, multiplyDecimal, parseDecimal, ratioOfDecimals } from "./decimal.js";
import type { Measure, Quantity, UnitKind } from "./quantity-types.js";

/*
 * Which units can be compared, and how an actual figure is brought into the target's unit. Percent-like units
 * (percent, percentage points, rates per period, shares) compare with each other; money only in the same
 * currency; a rate per population is rescaled to the target's base (per 1,000 → per 10,000 multiplies by 10);
 * a score x/y becomes a percentage when the target is one; a bare number takes the other side's unit.
 */

const PERCENT_LIKE: readonly UnitKind[] = Object.freeze(["percent", "percentagePoints", "share"]);

function family(unit: Measure): string {
  if (PERCENT_LIKE.includes(unit.kind)) return "percent";
  if (unit.kind === "rate") return unit.perPopulation === undefined ? "percent" : "population";
  if (unit.kind === "money") return `money:${unit.currency ?? "?"}`;
  return unit.kind;
}

/**
 * Whether a unit is a percentage of some kind, so that differences are counted in percentage points.
 *
 * @example
 * ```ts
 * isPercentLike({ kind: "rate", per: "year" }); // true
 * isPercentLike({ kind: "money", currency: "VND" }); // false
 * ```
 */
export function isPercentLike(unit: Measure): boolean {
  return family(unit) === "percent";
}

/**
 * The actual figure in the target's unit, or a hint saying why the units cannot be compared.
 *
 * @example
 * ```ts
 * toTargetUnit({ kind: "percent" }, parseQuantity("17/18")); // { amount: 94.44… (as a Decimal) }
 * toTargetUnit({ kind: "money", currency: "VND" }, parseQuantity("5 triệu USD")); // { hint: "VND vs USD" }
 * ```
 */
export function toTargetUnit(
  target: Measure,
  actual: Quantity,
): { readonly amount: Decimal } | { readonly hint: string } {
  const amount = parseDecimal(actual.decimal) ?? decimalFromNumber(actual.value);
  if (!amount) return { hint: "the actual figure is not a finite number" };
  const from = family(actual.unit);
  const to = family(target);
  if (actual.unit.kind === "number" || target.kind === "number" || from === to) {
    return { amount: rescalePopulation(amount, actual.unit, target) };
  }
  if (actual.unit.kind === "score" && to === "percent" && actual.unit.outOf !== undefined) {
    const total = decimalFromNumber(actual.unit.outOf);
    const ratio = total ? ratioOfDecimals(amount, total) : undefined;
    const percent = ratio === undefined ? undefined : decimalFromNumber(ratio * 100);
    if (percent) return { amount: percent };
  }
  return { hint: `${describe(target)} vs ${describe(actual.unit)}` };
}

function rescalePopulation(amount: Decimal, actual: Measure, target: Measure): Decimal {
  if (actual.perPopulation === undefined || target.perPopulation === undefined) return amount;
  if (actual.perPopulation === target.perPopulation) return amount;
  const factor = decimalFromNumber(target.perPopulation / actual.perPopulation);
  return factor ? multiplyDecimal(amount, factor) : amount;
}

function describe(unit: Measure): string {
  if (unit.kind === "money") return unit.currency ?? "money";
  if (unit.perPopulation !== undefined) return `per ${unit.perPopulation}`;
  return unit.kind;
}
