import type { AttainmentPreset, AttainmentStatus, ProgressBand } from "./attainment-types.js";
import {
  absDecimal,
  addDecimal,
  compareDecimal,
  type Decimal,
  decimalFromNumber,
  multiplyDecimal,
  ratioOfDecimals,
  signDecimal,
  subtractDecimal,
} from "./decimal.js";
import type { Comparator, Direction } from "./target-types.js";

/*
 * The status decision, in exact decimals so that every boundary is sharp: 7.6 against "8% or more" with a 95%
 * band is exactly at the band, not a rounding error away from it.
 *
 * Performance is a fraction num/den: 1 on the target, above 1 beyond it. Without a baseline it is
 * (|R| ± (A − R)) / |R| (plus for "higher is better", minus for "lower is better", minus |A − R| for a band);
 * with a baseline B it is (A − B) / (R − B).
 */

/**
 * What {@link judge} needs: the target's comparator, bounds and direction, the actual figure in the target's
 * unit, the tolerances, an optional baseline and the preset.
 *
 * @example
 * ```ts
 * const input: JudgeInput = {
 *   comparator: ">=", low: parseDecimal("8")!, direction: "higher", actual: parseDecimal("6.52")!,
 *   relativeTolerance: parseDecimal("0")!, absoluteTolerance: parseDecimal("0")!, preset: ATTAINMENT_PRESETS.standard,
 * };
 * ```
 */
export interface JudgeInput {
  readonly comparator: Comparator;
  readonly low: Decimal;
  readonly high?: Decimal;
  readonly direction: Direction;
  readonly actual: Decimal;
  readonly relativeTolerance: Decimal;
  readonly absoluteTolerance: Decimal;
  readonly baseline?: Decimal;
  readonly preset: AttainmentPreset;
}

/**
 * The decision and the figures behind it.
 *
 * @example
 * ```ts
 * judge(input).status; // "not-achieved"
 * ```
 */
export interface Judgement {
  readonly status: Exclude<AttainmentStatus, "not-comparable">;
  readonly reference: Decimal;
  readonly gap: Decimal;
  readonly ratio?: number;
  readonly performance?: number;
  readonly position?: number;
  readonly band?: ProgressBand;
  /** Performance could not be computed (reference 0, or reference equal to the baseline). */
  readonly undefinedPerformance: boolean;
}

type Side = 1 | -1 | 0;

function tolerance(reference: Decimal, input: JudgeInput): Decimal {
  return addDecimal(multiplyDecimal(absDecimal(reference), input.relativeTolerance), input.absoluteTolerance);
}

function sideOf(direction: Direction): Side {
  return direction === "higher" ? 1 : direction === "lower" ? -1 : 0;
}

/** Performance as an exact fraction. */
function performanceOf(input: JudgeInput, reference: Decimal, side: Side): { num: Decimal; den: Decimal } {
  const diff = subtractDecimal(input.actual, reference);
  if (input.baseline) {
    return { num: subtractDecimal(input.actual, input.baseline), den: subtractDecimal(reference, input.baseline) };
  }
  const size = absDecimal(reference);
  if (side === 0) return { num: subtractDecimal(size, absDecimal(diff)), den: size };
  return { num: side === 1 ? addDecimal(size, diff) : subtractDecimal(size, diff), den: size };
}

/** Whether num/den >= threshold, exactly (den ≠ 0). */
function atLeast(num: Decimal, den: Decimal, threshold: number): boolean {
  if (threshold === Number.NEGATIVE_INFINITY) return true;
  const t = decimalFromNumber(threshold);
  if (!t) return false;
  const scaled = multiplyDecimal(t, den);
  return signDecimal(den) > 0 ? compareDecimal(num, scaled) >= 0 : compareDecimal(num, scaled) <= 0;
}

function decide(
  input: JudgeInput,
  status: Judgement["status"] | "shortfall",
  reference: Decimal,
  side: Side,
): Judgement {
  const { num, den } = performanceOf(input, reference, side);
  const defined = signDecimal(den) !== 0;
  const performance = defined ? ratioOfDecimals(num, den) : undefined;
  const ratio = ratioOfDecimals(input.actual, reference);
  const gap = subtractDecimal(input.actual, reference);
  const position =
    input.comparator === "range" && input.high
      ? ratioOfDecimals(subtractDecimal(input.actual, input.low), subtractDecimal(input.high, input.low))
      : undefined;
  let final: Judgement["status"];
  let band: ProgressBand | undefined;
  if (status === "shortfall") {
    const nearly = defined && input.preset.nearly < 1 && atLeast(num, den, input.preset.nearly);
    final = nearly ? "nearly-achieved" : "not-achieved";
    const bands = input.preset.bands ?? [];
    band = defined ? bands.find((candidate) => atLeast(num, den, candidate.min)) : bands[bands.length - 1];
  } else final = status;
  return {
    status: final,
    reference,
    gap,
    ...(ratio !== undefined ? { ratio } : {}),
    ...(performance !== undefined ? { performance } : {}),
    ...(position !== undefined ? { position } : {}),
    ...(band ? { band } : {}),
    undefinedPerformance: !defined,
  };
}

function judgeBound(input: JudgeInput): Judgement {
  const reference = input.low;
  const side = sideOf(input.direction);
  const diff = subtractDecimal(input.actual, reference);
  const allowed = tolerance(reference, input);
  const strict = input.comparator === ">" || input.comparator === "<";
  const within = compareDecimal(absDecimal(diff), allowed) <= 0 && !(strict && signDecimal(allowed) === 0);
  if (within) return decide(input, "achieved", reference, side);
  if (side !== 0 && signDecimal(diff) === side) return decide(input, "exceeded", reference, side);
  return decide(input, "shortfall", reference, side);
}

function judgeRange(input: JudgeInput, high: Decimal): Judgement {
  const { low, actual } = input;
  const below = compareDecimal(actual, subtractDecimal(low, tolerance(low, input))) < 0;
  const above = compareDecimal(actual, addDecimal(high, tolerance(high, input))) > 0;
  if (input.direction === "higher") {
    if (above) return decide(input, "exceeded", high, 1);
    return below ? decide(input, "shortfall", low, 1) : decide(input, "achieved", low, 1);
  }
  if (input.direction === "lower") {
    if (below) return decide(input, "exceeded", low, -1);
    return above ? decide(input, "shortfall", high, -1) : decide(input, "achieved", high, -1);
  }
  if (below) return decide(input, "shortfall", low, 1);
  if (above) return decide(input, "shortfall", high, -1);
  return decide(input, "achieved", low, 0);
}

/**
 * Decides the status of an actual figure against a target, direction-aware, with the tolerance and the preset's
 * bands. Exceeding needs a result beyond the target by more than the tolerance; a strict bound ("trên 70%") is
 * not met by a result equal to it unless a tolerance allows it.
 *
 * @example
 * ```ts
 * judge({ ...input, actual: parseDecimal("8")! }).status; // "achieved" for "8% or more"
 * ```
 */
export function judge(input: JudgeInput): Judgement {
  if (input.comparator === "range" && input.high) return judgeRange(input, input.high);
  return judgeBound(input);
}
