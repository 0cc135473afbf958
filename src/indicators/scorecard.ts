import { getProvince } from "../admin-units/index.js";
import { DATA_AS_OF, type DateLike } from "../core/index.js";
import { computeAttainment } from "./attainment.js";
import type { TargetInput } from "./attainment-types.js";
import { getIndicator } from "./catalogue.js";
import { decimalFromNumber, formatDecimal, parseDecimal } from "./decimal.js";
import { isoDateOf } from "./options.js";
import type { Measure } from "./quantity-types.js";
import type { Scorecard, ScorecardRow } from "./scorecard-types.js";
import type { ExtractIndicatorsOptions, IndicatorStatement } from "./statement-types.js";
import { extractIndicators } from "./statements.js";
import type { Direction } from "./target-types.js";

/**
 * A row as a caller gives it: a name (or province code) and a figure.
 *
 * @example
 * ```ts
 * const input: ScorecardInput = { name: "Kon Tum", value: 1200, unit: { kind: "count" } };
 * ```
 */
export interface ScorecardInput {
  readonly name: string;
  readonly code?: string;
  readonly value: number;
  readonly decimal?: string;
  readonly unit?: Measure;
}

/**
 * Options of {@link buildScorecard}.
 *
 * @example
 * ```ts
 * const options: BuildScorecardOptions = { asOf: "2024-12-31", indicator: "budget-revenue", target: "8% trở lên" };
 * ```
 */
export interface BuildScorecardOptions {
  /**
   * The date the row names are read at.
   * @default DATA_AS_OF
   */
  readonly asOf?: DateLike;
  /** Catalogue id of the indicator: gives the direction and unit when rows have none. */
  readonly indicator?: string;
  /** A target every row is judged against (its `status`). */
  readonly target?: TargetInput;
  /** Which way is better; by default the indicator's direction, else `"higher"`. */
  readonly direction?: Direction;
}

function statusOf(row: ScorecardRow, target: TargetInput | undefined): ScorecardRow["status"] {
  if (target !== undefined)
    return computeAttainment(target, { ...row, text: row.name, span: { start: 0, end: 0 } }).status;
  const total = row.unit.kind === "score" ? row.unit.outOf : undefined;
  if (total === undefined) return undefined;
  const own = {
    comparator: ">=",
    value: total,
    decimal: String(total),
    unit: row.unit,
    direction: "higher",
    approximate: false,
    text: "",
    span: { start: 0, end: 0 },
  } as const;
  return computeAttainment(own, {
    value: row.value,
    decimal: row.decimal,
    unit: row.unit,
    text: "",
    span: { start: 0, end: 0 },
  }).status;
}

/**
 * Builds a scorecard from rows given by name or province code: each name is read as a province at `asOf` (so
 * that the table can be re-based later), and each row is judged against `target` when one is given (score rows
 * "x/y" are judged against their own total).
 *
 * @example
 * ```ts
 * const card = buildScorecard(
 *   [{ name: "Bắc Giang", value: 13.45 }, { name: "Quảng Nam", value: -8.25 }],
 *   { asOf: "2023-12-31", indicator: "grdp-growth", target: "6,5%" },
 * );
 * card.rows.map((row) => row.status); // ["exceeded", "not-achieved"]
 * ```
 */
export function buildScorecard(rows: readonly ScorecardInput[], options: BuildScorecardOptions = {}): Scorecard {
  const asOf = isoDateOf(options.asOf ?? DATA_AS_OF) ?? DATA_AS_OF;
  const indicator = options.indicator === undefined ? undefined : getIndicator(options.indicator);
  const fallbackUnit: Measure = { kind: indicator?.unit ?? "number" };
  const built: ScorecardRow[] = [];
  const inputs: readonly ScorecardInput[] = Array.isArray(rows) ? rows : [];
  for (const input of inputs) {
    if (typeof input !== "object" || input === null || typeof input.name !== "string") continue;
    const amount =
      (typeof input.decimal === "string" ? parseDecimal(input.decimal) : undefined) ?? decimalFromNumber(input.value);
    if (!amount) continue;
    const province = getProvince(input.code ?? input.name, { asOf });
    const row: ScorecardRow = {
      name: input.name,
      ...(province ? { code: province.code } : {}),
      value: Number(formatDecimal(amount)),
      decimal: formatDecimal(amount),
      unit: input.unit ?? fallbackUnit,
    };
    const status = statusOf(row, options.target);
    built.push(status ? { ...row, status } : row);
  }
  return {
    ...(indicator ? { indicator: indicator.id } : {}),
    asOf,
    direction: options.direction ?? indicator?.direction ?? "higher",
    rows: built,
  };
}

/**
 * Builds a scorecard from extracted statements: one row per statement of the indicator that has a place and an
 * actual figure. Without `indicator`, the indicator with the most such statements is used.
 *
 * @example
 * ```ts
 * const card = scorecardFromStatements(extractIndicators(text, { articleDate: "2024-01-17" }), { indicator: "plan-targets" });
 * card.rows[0]; // { name: "Quảng Ninh", code: "22", value: 15, unit: { kind: "score", outOf: 15 }, status: "achieved", … }
 * ```
 */
export function scorecardFromStatements(
  statements: readonly IndicatorStatement[],
  options: { readonly indicator?: string; readonly target?: TargetInput } = {},
): Scorecard {
  const all: readonly IndicatorStatement[] = Array.isArray(statements) ? statements : [];
  const usable = all.filter((s) => s.scope && s.actual);
  const counts = new Map<string, number>();
  for (const statement of usable) counts.set(statement.indicator.id, (counts.get(statement.indicator.id) ?? 0) + 1);
  const chosen = options.indicator ?? [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const rows: ScorecardRow[] = [];
  let asOf: string | undefined;
  for (const statement of usable) {
    const { scope, actual } = statement;
    if (statement.indicator.id !== chosen || !scope || !actual) continue;
    asOf ??= scope.asOf;
    const row: ScorecardRow = {
      name: scope.name.vi,
      code: scope.code,
      value: actual.value,
      decimal: actual.decimal,
      unit: actual.unit,
      span: statement.span,
    };
    const status = statusOf(row, options.target);
    rows.push(status ? { ...row, status } : row);
  }
  const indicator = chosen === undefined ? undefined : getIndicator(chosen);
  return {
    ...(chosen !== undefined ? { indicator: chosen } : {}),
    asOf: asOf ?? DATA_AS_OF,
    direction: indicator?.direction ?? "higher",
    rows,
  };
}

/**
 * Reads a scorecard from a text: the statements of {@link extractIndicators} that name a place and a figure
 * ("Quang Ninh achieved 15/15 targets, Phu Tho 15/15", "Bac Giang (13.45%), Hau Giang (12.27%)"), for one
 * indicator. Never throws.
 *
 * @example
 * ```ts
 * const card = extractScorecard("Quang Ninh achieved 15/15 targets, Phu Tho 15/15 and Hau Giang 18/18.", {
 *   articleDate: "2024-01-17",
 * });
 * card.rows.map((row) => row.code); // ["22", "25", "93"]
 * ```
 */
export function extractScorecard(
  text: unknown,
  options: ExtractIndicatorsOptions & { readonly indicator?: string; readonly target?: TargetInput } = {},
): Scorecard {
  const settings = typeof options === "object" && options !== null ? options : {};
  const pick = {
    ...(settings.indicator !== undefined ? { indicator: settings.indicator } : {}),
    ...(settings.target !== undefined ? { target: settings.target } : {}),
  };
  return scorecardFromStatements(extractIndicators(text, settings), pick);
}
