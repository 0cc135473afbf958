import { createIssue, type Issue, type Locale, pickLabel } from "../core/index.js";
import { type Judgement, judge } from "./attainment-judge.js";
import type { ActualInput, Attainment, AttainmentOptions, AttainmentPreset, TargetInput } from "./attainment-types.js";
import { isPercentLike, toTargetUnit } from "./attainment-units.js";
import { ATTAINMENT_PRESETS } from "./data/presets.js";
import {
  absDecimal,
  type Decimal,
  decimalFromNumber,
  decimalToNumber,
  formatDecimal,
  parseDecimal,
  signDecimal,
} from "./decimal.js";
import { safeParseQuantity } from "./quantity.js";
import type { Quantity } from "./quantity-types.js";
import { safeParseReportedAttainment } from "./reported.js";
import { safeParseTarget } from "./target.js";
import type { Comparator, Direction, Target } from "./target-types.js";

const COMPARATORS: readonly Comparator[] = Object.freeze([">=", ">", "<=", "<", "=", "~", "range"]);
const DIRECTIONS: readonly Direction[] = Object.freeze(["higher", "lower", "band"]);
const ZERO: Decimal = Object.freeze({ coefficient: 0n, exponent: 0 });
const NO_ISSUES: readonly Issue[] = Object.freeze([]);
const DEFAULT_APPROXIMATE_TOLERANCE = 0.05;

function presetOf(option: AttainmentOptions["preset"]): AttainmentPreset | undefined {
  if (option === undefined) return ATTAINMENT_PRESETS.standard;
  if (typeof option === "string")
    return Object.hasOwn(ATTAINMENT_PRESETS, option) ? ATTAINMENT_PRESETS[option] : undefined;
  if (typeof option !== "object" || option === null) return undefined;
  const valid =
    typeof option.id === "string" &&
    typeof option.nearly === "number" &&
    typeof option.labels === "object" &&
    option.labels !== null;
  return valid ? option : undefined;
}

function notComparable(preset: AttainmentPreset, issues: readonly Issue[]): Attainment {
  return { status: "not-comparable", label: preset.labels["not-comparable"], preset: preset.id, issues };
}

type Read<T> = { readonly value: T } | { readonly issue: Issue };

function readTarget(input: TargetInput, options: AttainmentOptions, locale: Locale): Read<Target> {
  if (typeof input === "string") {
    const parsed = safeParseTarget(input, { language: options.language ?? "auto", locale });
    return parsed.success
      ? { value: parsed.data }
      : { issue: parsed.error.issues[0] ?? createIssue("INVALID_TARGET", { locale }) };
  }
  if (typeof input !== "object" || input === null)
    return { issue: createIssue("INVALID_TARGET", { locale, hint: "no target" }) };
  const ok =
    COMPARATORS.includes(input.comparator) &&
    DIRECTIONS.includes(input.direction) &&
    typeof input.unit === "object" &&
    input.unit !== null;
  return ok ? { value: input } : { issue: createIssue("INVALID_TARGET", { locale, hint: "not a Target object" }) };
}

function readActual(input: ActualInput, target: Target, options: AttainmentOptions, locale: Locale): Read<Quantity> {
  if (typeof input === "number") {
    const decimal = decimalFromNumber(input);
    if (!decimal)
      return { issue: createIssue("INVALID_QUANTITY", { locale, hint: "the actual figure is not finite" }) };
    const value: Quantity = {
      value: input,
      decimal: formatDecimal(decimal),
      unit: target.unit,
      text: String(input),
      span: { start: 0, end: 0 },
    };
    return { value };
  }
  if (typeof input === "string") {
    const language = options.language ?? "auto";
    const parsed = safeParseQuantity(input, { language, locale });
    if (parsed.success) return { value: parsed.data };
    // "vượt 69% dự toán" as an actual: 169% of the estimate, read exactly as reported.
    const reported = safeParseReportedAttainment(input, { language, locale });
    if (reported.success && reported.data.decimal !== undefined && reported.data.percentOfTarget !== undefined) {
      const { decimal, percentOfTarget, text, span, basis } = reported.data;
      const unit = basis === undefined ? { kind: "share" as const } : { kind: "share" as const, base: basis };
      return { value: { value: percentOfTarget, decimal, unit, text, span } };
    }
    return { issue: parsed.error.issues[0] ?? createIssue("INVALID_QUANTITY", { locale }) };
  }
  const ok = typeof input === "object" && input !== null && typeof input.unit === "object" && input.unit !== null;
  return ok ? { value: input } : { issue: createIssue("INVALID_QUANTITY", { locale, hint: "not a Quantity object" }) };
}

function boundOf(decimal: unknown, value: unknown): Decimal | undefined {
  return (typeof decimal === "string" ? parseDecimal(decimal) : undefined) ?? decimalFromNumber(value);
}

// The default tolerances as decimals, made on first use: every statement of an extraction asks for them.
let defaultTolerances: ReadonlyMap<number, Decimal | undefined> | undefined;

function defaultTolerance(fallback: number): Decimal | undefined {
  defaultTolerances ??= new Map(
    [0, DEFAULT_APPROXIMATE_TOLERANCE].map((value) => [value, decimalFromNumber(value)] as const),
  );
  return defaultTolerances.has(fallback) ? defaultTolerances.get(fallback) : decimalFromNumber(fallback);
}

function toleranceOf(option: unknown, fallback: number): Decimal | undefined {
  if (option === undefined) return defaultTolerance(fallback);
  return typeof option === "number" && option >= 0 ? decimalFromNumber(option) : undefined;
}

function result(
  judgement: Judgement,
  preset: AttainmentPreset,
  target: Target,
  direction: Direction,
  actual: Decimal,
  locale: Locale,
): Attainment {
  // Most results have no issue: they share one frozen empty list instead of an array each.
  const issues: readonly Issue[] = judgement.undefinedPerformance
    ? [createIssue("RATIO_UNDEFINED", { locale, hint: `reference ${formatDecimal(judgement.reference)}` })]
    : NO_ISSUES;
  // decimalToNumber is Number(formatDecimal(…)): the gap is formatted once for both of its fields.
  const gapDecimal = formatDecimal(judgement.gap);
  return {
    status: judgement.status,
    label: preset.labels[judgement.status],
    ...(judgement.band ? { band: { id: judgement.band.id, label: judgement.band.label } } : {}),
    preset: preset.id,
    comparator: target.comparator,
    direction,
    reference: decimalToNumber(judgement.reference),
    actual: decimalToNumber(actual),
    ...(judgement.ratio !== undefined ? { ratio: judgement.ratio } : {}),
    ...(judgement.performance !== undefined ? { performance: judgement.performance } : {}),
    gap: Number(gapDecimal),
    gapDecimal,
    gapUnit: isPercentLike(target.unit) ? "percentagePoints" : target.unit.kind,
    ...(judgement.position !== undefined ? { position: judgement.position } : {}),
    issues,
  };
}

function attain(targetInput: TargetInput, actualInput: ActualInput, options: AttainmentOptions): Attainment {
  const locale: Locale = options.locale === "en" ? "en" : "vi";
  const preset = presetOf(options.preset);
  if (!preset) {
    const fallback = ATTAINMENT_PRESETS.standard;
    return notComparable(fallback, [createIssue("INVALID_OPTION", { locale, hint: "unknown preset" })]);
  }
  const readTargetResult = readTarget(targetInput, options, locale);
  if ("issue" in readTargetResult) return notComparable(preset, [readTargetResult.issue]);
  const target = readTargetResult.value;
  const readActualResult = readActual(actualInput, target, options, locale);
  if ("issue" in readActualResult) return notComparable(preset, [readActualResult.issue]);
  const actual = readActualResult.value;
  const converted = toTargetUnit(target.unit, actual);
  if ("hint" in converted) {
    return notComparable(preset, [createIssue("UNIT_MISMATCH", { locale, hint: converted.hint })]);
  }
  const low = boundOf(target.decimal, target.value);
  const high = target.comparator === "range" ? boundOf(target.highDecimal, target.high) : undefined;
  if (!low || (target.comparator === "range" && !high)) {
    return notComparable(preset, [createIssue("INVALID_TARGET", { locale, hint: "the target has no figure" })]);
  }
  const direction = options.direction ?? target.direction;
  const relative = toleranceOf(options.tolerance, target.approximate ? DEFAULT_APPROXIMATE_TOLERANCE : 0);
  const absolute = toleranceOf(options.absoluteTolerance, 0);
  const baseline = options.baseline === undefined ? undefined : decimalFromNumber(options.baseline);
  if (!relative || !absolute || (options.baseline !== undefined && !baseline) || !DIRECTIONS.includes(direction)) {
    const hint =
      "tolerance, absoluteTolerance and baseline must be finite (tolerances >= 0); direction higher/lower/band";
    return notComparable(preset, [createIssue("INVALID_OPTION", { locale, hint })]);
  }
  // A decrease target ("giảm 1–1,5%/năm") is met by a negative change of that size.
  let amount = converted.amount;
  if (target.change === "decrease" && signDecimal(amount) < 0) amount = absDecimal(amount);
  const judgement = judge({
    comparator: target.comparator,
    low,
    ...(high ? { high } : {}),
    direction,
    actual: amount,
    relativeTolerance: relative,
    absoluteTolerance: absolute ?? ZERO,
    ...(baseline ? { baseline } : {}),
    preset,
  });
  return result(judgement, preset, target, direction, amount, locale);
}

/**
 * Compares an actual result with a target and says where it stands: `exceeded`, `achieved`, `nearly-achieved`,
 * `not-achieved`, or `not-comparable` — with the figures behind the status: the reference figure, the ratio to
 * it, the direction-aware performance, the gap in the target's unit (percentage points for percentages), and the
 * position inside a range.
 *
 * - Direction-aware: for "lower is better" targets ("dưới 1%", "không quá 3%") a lower result exceeds.
 * - Approximate targets ("khoảng 10%") allow a tolerance (5% of the target by default; option `tolerance`).
 * - Ranges ("6,5–7%"): inside is achieved; beyond the better bound exceeds; short of the other bound is judged
 *   against it.
 * - Negative results and negative targets are handled by the performance formula (a shrinking economy against a
 *   growth target is far from it); a target of 0 has no ratio (warning `RATIO_UNDEFINED`) and is judged by
 *   comparison alone.
 * - A decrease target ("giảm 1–1,5%/năm") is met by a decrease of that size, written either way (1.2 or -1.2).
 * - Units must be comparable (percent-like with percent-like, money in one currency, rates per population
 *   rescaled, a score x/y as a percentage); otherwise the status is `not-comparable` with `UNIT_MISMATCH`.
 * - Presets: `"standard"`, `"vn-plan"` (vượt / đạt / không đạt, no "nearly" band), `"open-sdg"` (progress bands).
 * - An actual given as reported attainment is read exactly: "đạt 94,8% kế hoạch" is 94.8% of the plan,
 *   "vượt 69% dự toán" is 169% of the estimate.
 *
 * Pure and total: never throws; invalid input gives `not-comparable` with the issue in `issues`.
 *
 * @example
 * ```ts
 * computeAttainment("8% trở lên", "6,52%").status; // "not-achieved" (gap -1.48 percentage points)
 * computeAttainment("khoảng 10%", 9.7).status; // "achieved" (within the 5% tolerance)
 * computeAttainment("dưới 1%", 0.8).status; // "exceeded"
 * computeAttainment("6,5–7%", 6.8).position; // 0.6
 * computeAttainment("8% or more", 7.7, { preset: "vn-plan" }).label.vi; // "Không đạt"
 * computeAttainment("100% dự toán", "vượt 69% dự toán").ratio; // 1.69
 * ```
 */
export function computeAttainment(target: TargetInput, actual: ActualInput, options?: AttainmentOptions): Attainment {
  const settings: AttainmentOptions = typeof options === "object" && options !== null ? options : {};
  try {
    return attain(target, actual, settings);
  } catch {
    // Only reachable through hostile objects (throwing getters, proxies): the contract is never to throw.
    const locale: Locale = settings.locale === "en" ? "en" : "vi";
    return notComparable(ATTAINMENT_PRESETS.standard, [createIssue("INVALID_INPUT_TYPE", { locale })]);
  }
}

/**
 * The label of an attainment in a locale, e.g. for a table cell.
 *
 * @example
 * ```ts
 * formatAttainmentStatus(computeAttainment("8% trở lên", 8.5), "vi"); // "Vượt chỉ tiêu"
 * ```
 */
export function formatAttainmentStatus(attainment: Attainment, locale: Locale = "vi"): string {
  return pickLabel(attainment.label, locale);
}
