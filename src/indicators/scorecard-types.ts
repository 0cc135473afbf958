import type { IsoDate, Span } from "../core/index.js";
import type { AttainmentStatus } from "./attainment-types.js";
import type { Measure } from "./quantity-types.js";
import type { Direction } from "./target-types.js";

/**
 * One row of a scorecard: a province (or any named unit) with its figure, and its status when the figure was
 * judged against a target. A score row ("Quang Ninh 15/15") has `value` = achieved and `unit.outOf` = total.
 *
 * @example
 * ```ts
 * const row: ScorecardRow = { name: "Bắc Giang", code: "24", value: 13.45, decimal: "13.45", unit: { kind: "percent" } };
 * ```
 */
export interface ScorecardRow {
  readonly name: string;
  /** Province code on the scorecard's `asOf` date, when the name is a province. */
  readonly code?: string;
  readonly value: number;
  /** `value` as an exact decimal string. */
  readonly decimal: string;
  readonly unit: Measure;
  readonly status?: AttainmentStatus;
  /** Where the row was read in the text, when it was. */
  readonly span?: Span;
}

/**
 * A table of units with one figure each, as of a date.
 *
 * @example
 * ```ts
 * const card: Scorecard = { indicator: "grdp-growth", asOf: "2024-01-17", direction: "higher", rows: [] };
 * ```
 */
export interface Scorecard {
  /** Catalogue id of the indicator, when known. */
  readonly indicator?: string;
  /** The date the rows' units are read at (the table's date). */
  readonly asOf: IsoDate;
  /** Which way is better, for ranking. */
  readonly direction: Direction;
  readonly rows: readonly ScorecardRow[];
}

/**
 * A row with its rank: competition ranking ("1224"), ties share the best rank.
 *
 * @example
 * ```ts
 * const ranked: RankedRow = { ...row, rank: 1 };
 * ```
 */
export interface RankedRow extends ScorecardRow {
  readonly rank: number;
}

/**
 * Figures that sum up a scorecard. `sum` exists only for additive units (money, counts), exactly in `sumDecimal`.
 *
 * @example
 * ```ts
 * const summary: ScorecardSummary = { count: 3, mean: 12.25, median: 12.27, min: 11.03, max: 13.45, byStatus: {} };
 * ```
 */
export interface ScorecardSummary {
  readonly count: number;
  readonly sum?: number;
  readonly sumDecimal?: string;
  readonly mean?: number;
  readonly median?: number;
  readonly min?: number;
  readonly max?: number;
  /** Rows by status, for rows that have one. */
  readonly byStatus: Readonly<Partial<Record<AttainmentStatus, number>>>;
}
