import type { Issue, LanguageOption, Locale, Localized } from "../core/index.js";
import type { Quantity, UnitKind } from "./quantity-types.js";
import type { Comparator, Direction, Target } from "./target-types.js";

/**
 * Where a result stands against its target: beyond it (`exceeded`), on it (`achieved`), short of it within the
 * preset's "nearly" band (`nearly-achieved`), further short (`not-achieved`), or not comparable (units differ, a
 * figure is missing or invalid).
 *
 * @example
 * ```ts
 * const status: AttainmentStatus = "nearly-achieved";
 * ```
 */
export type AttainmentStatus = "exceeded" | "achieved" | "nearly-achieved" | "not-achieved" | "not-comparable";

/**
 * One progress band of a preset: results whose performance is at least `min` (and below the previous band's
 * `min`) fall in it.
 *
 * @example
 * ```ts
 * const band: ProgressBand = { id: "limited-progress", min: 0, label: { vi: "Tiến bộ hạn chế", en: "Limited progress" } };
 * ```
 */
export interface ProgressBand {
  readonly id: string;
  /** Lowest performance (1 = on target) in the band; `-Infinity` for the last band. */
  readonly min: number;
  readonly label: Localized;
}

/**
 * A named convention for reading attainment: the performance from which a shortfall counts as "nearly
 * achieved", the labels of the statuses, and optional finer progress bands below the target.
 *
 * @example
 * ```ts
 * const strict: AttainmentPreset = { ...ATTAINMENT_PRESETS["vn-plan"], id: "strict" };
 * ```
 */
export interface AttainmentPreset {
  readonly id: string;
  /** Lowest performance counted as "nearly achieved"; 1 turns the band off (Vietnamese plan reporting). */
  readonly nearly: number;
  /** Labels of the statuses in this convention ("vượt", "đạt", "không đạt"). */
  readonly labels: Readonly<Record<AttainmentStatus, Localized>>;
  /** Bands below the target, highest first (Open SDG progress categories). */
  readonly bands?: readonly ProgressBand[];
  /** Where the convention comes from. */
  readonly source: string;
}

/**
 * Options of {@link computeAttainment}.
 *
 * @example
 * ```ts
 * const options: AttainmentOptions = { preset: "open-sdg", baseline: 5.05, tolerance: 0.05, locale: "en" };
 * ```
 */
export interface AttainmentOptions {
  /**
   * The convention: `"standard"` (nearly achieved from 95% of the target), `"vn-plan"` (vượt / đạt / không đạt),
   * `"open-sdg"` (Open SDG progress bands), or a preset object of your own.
   * @default "standard"
   */
  readonly preset?: "standard" | "vn-plan" | "open-sdg" | AttainmentPreset;
  /**
   * Relative tolerance around the target figure (0.05 = 5% of it) within which a result counts as achieved.
   * @default 0.05 for approximate targets ("khoảng", "about"), 0 otherwise
   */
  readonly tolerance?: number;
  /**
   * Absolute tolerance in the target's unit, added to the relative one (needed for targets of 0).
   * @default 0
   */
  readonly absoluteTolerance?: number;
  /**
   * Value at the start of the period. When given, performance below the target is progress from the baseline
   * (`(actual - baseline) / (target - baseline)`), as the Open SDG method measures it.
   */
  readonly baseline?: number;
  /** Overrides the target's direction. */
  readonly direction?: Direction;
  /**
   * Language of target or actual given as strings.
   * @default "auto"
   */
  readonly language?: LanguageOption;
  /**
   * Locale of issue messages.
   * @default "vi"
   */
  readonly locale?: Locale;
}

/**
 * The result of {@link computeAttainment}: the status and the figures behind it.
 *
 * @example
 * ```ts
 * const result: Attainment = computeAttainment("8% trở lên", "6,52%");
 * result.status; // "not-achieved"
 * result.gap; // -1.48 (percentage points)
 * ```
 */
export interface Attainment {
  readonly status: AttainmentStatus;
  /** The preset's label of the status. */
  readonly label: Localized;
  /** The preset's progress band, when it defines bands and the target was not met. */
  readonly band?: { readonly id: string; readonly label: Localized };
  readonly preset: string;
  readonly comparator?: Comparator;
  readonly direction?: Direction;
  /** The target figure compared against: the bound, or the range bound on the side of the result. */
  readonly reference?: number;
  /** The actual figure, in the target's unit. */
  readonly actual?: number;
  /** `actual / reference`; absent when the reference is 0. */
  readonly ratio?: number;
  /**
   * Direction-aware performance, 1 on target and above 1 beyond it: `1 + (actual - reference) / |reference|` for
   * "higher is better", mirrored for "lower is better"; progress from the baseline when one is given.
   */
  readonly performance?: number;
  /** `actual - reference`, in `gapUnit`. */
  readonly gap?: number;
  /** `gap` as an exact decimal string. */
  readonly gapDecimal?: string;
  /** Unit of the gap: percentage points for percentage targets, else the target's unit. */
  readonly gapUnit?: UnitKind;
  /** For ranges: `(actual - low) / (high - low)`; 0 at the lower bound, 1 at the upper. */
  readonly position?: number;
  /** Why the status is `not-comparable`, and warnings (`RATIO_UNDEFINED`). */
  readonly issues: readonly Issue[];
}

/**
 * What {@link computeAttainment} accepts as a target: a parsed {@link Target} or a phrase to parse.
 *
 * @example
 * ```ts
 * const input: TargetInput = "khoảng 10%";
 * ```
 */
export type TargetInput = Target | string;

/**
 * What {@link computeAttainment} accepts as the actual result: a {@link Quantity}, a plain number in the target's
 * unit, or a phrase to parse.
 *
 * @example
 * ```ts
 * const input: ActualInput = "6,52%";
 * ```
 */
export type ActualInput = Quantity | number | string;
