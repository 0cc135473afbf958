import type { Localized } from "../core/index.js";
import type { UnitKind } from "./quantity-types.js";
import type { Direction } from "./target-types.js";

/**
 * One indicator of the catalogue: its names, the spellings that name it in text, which way is better, its usual
 * unit, whether its headline figure is a growth rate ("GRDP tăng 6,52%": the 6.52 is the indicator's value), and
 * whether figures of several provinces add up (money, counts) or not (rates, shares).
 *
 * @example
 * ```ts
 * const indicator: IndicatorDefinition = getIndicator("budget-revenue")!;
 * indicator.unit; // "money"
 * indicator.additive; // true
 * ```
 */
export interface IndicatorDefinition {
  /** Stable kebab-case identifier. */
  readonly id: string;
  readonly name: Localized;
  /** Spellings in Vietnamese, English and Polish; matched without diacritics and case. Longest match wins. */
  readonly aliases: readonly string[];
  readonly direction: Direction;
  readonly unit: UnitKind;
  /** The headline figure is a growth rate (a "tăng X%" is the value, not a change of it). */
  readonly growth: boolean;
  /** Figures of several units add up (counts and money). */
  readonly additive: boolean;
  /** For a growth indicator: the indicator of the level itself (GRDP growth → GRDP), used when a money figure is given. */
  readonly level?: string;
  /** Where the definition comes from. */
  readonly source: string;
}
