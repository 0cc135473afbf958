import type { AttainmentStatus } from "./attainment-types.js";
import { addDecimal, type Decimal, formatDecimal, parseDecimal } from "./decimal.js";
import type { RankedRow, Scorecard, ScorecardRow, ScorecardSummary } from "./scorecard-types.js";

const ADDITIVE_KINDS: readonly string[] = Object.freeze(["money", "count"]);

/** The figure rows are ranked by: a score's share of its total, else its value. */
function rankValue(row: ScorecardRow): number {
  if (row.unit.kind === "score" && row.unit.outOf) return row.value / row.unit.outOf;
  return row.value;
}

/**
 * Ranks the rows, best first by the scorecard's direction (higher values first unless lower is better), scores
 * by their share of the total (17/18 before 16/18 and before 14/15). Ties share the best rank ("1224"). Rows keep
 * their relative order within a tie.
 *
 * @example
 * ```ts
 * rankScorecard(card).map((row) => [row.name, row.rank]); // [["Bắc Giang", 1], ["Hậu Giang", 2], …]
 * rankScorecard(card, { order: "asc" })[0]?.name; // the lowest figure first
 * ```
 */
export function rankScorecard(scorecard: Scorecard, options: { readonly order?: "asc" | "desc" } = {}): RankedRow[] {
  const rows: readonly ScorecardRow[] = Array.isArray(scorecard?.rows) ? scorecard.rows : [];
  const order = options.order ?? (scorecard.direction === "lower" ? "asc" : "desc");
  const sign = order === "asc" ? 1 : -1;
  const sorted = rows
    .map((row, index) => ({ row, index, key: rankValue(row) }))
    .sort((a, b) => sign * (a.key - b.key) || a.index - b.index);
  const ranked: RankedRow[] = [];
  sorted.forEach((entry, position) => {
    const previous = ranked[position - 1];
    const tie = previous !== undefined && sorted[position - 1]?.key === entry.key;
    ranked.push({ ...entry.row, rank: tie && previous ? previous.rank : position + 1 });
  });
  return ranked;
}

/**
 * The rows with the given status (or any of the given statuses).
 *
 * @example
 * ```ts
 * filterScorecard(card, { status: "achieved" }).map((row) => row.name); // ["Quảng Ninh", "Phú Thọ", "Hậu Giang"]
 * ```
 */
export function filterScorecard(
  scorecard: Scorecard,
  filter: { readonly status: AttainmentStatus | readonly AttainmentStatus[] },
): ScorecardRow[] {
  const rows: readonly ScorecardRow[] = Array.isArray(scorecard?.rows) ? scorecard.rows : [];
  const wanted: readonly AttainmentStatus[] = Array.isArray(filter?.status) ? filter.status : [filter?.status];
  return rows.filter((row) => row.status !== undefined && wanted.includes(row.status));
}

/**
 * Sums up a scorecard: count, mean, median, minimum, maximum (of the ranked figure: a score's share of its total),
 * rows by status, and — for additive units only (money, counts, in one unit) — the exact sum.
 *
 * @example
 * ```ts
 * summarizeScorecard(card); // { count: 7, mean: 11.26…, median: 10.55, min: 10.05, max: 13.45, byStatus: {} }
 * ```
 */
export function summarizeScorecard(scorecard: Scorecard): ScorecardSummary {
  const rows: readonly ScorecardRow[] = Array.isArray(scorecard?.rows) ? scorecard.rows : [];
  const byStatus: Partial<Record<AttainmentStatus, number>> = {};
  for (const row of rows) {
    const status = row.status;
    if (status) byStatus[status] = (byStatus[status] ?? 0) + 1;
  }
  if (rows.length === 0) return { count: 0, byStatus };
  const values = rows.map(rankValue).sort((a, b) => a - b);
  const middle = values.length >> 1;
  const median =
    values.length % 2 === 1 ? (values[middle] ?? 0) : ((values[middle - 1] ?? 0) + (values[middle] ?? 0)) / 2;
  const sum = exactSum(rows);
  const total = values.reduce((a, b) => a + b, 0);
  return {
    count: rows.length,
    ...(sum ? { sum: Number(formatDecimal(sum)), sumDecimal: formatDecimal(sum) } : {}),
    mean: total / values.length,
    median,
    min: values[0] ?? 0,
    max: values[values.length - 1] ?? 0,
    byStatus,
  };
}

function sameUnit(rows: readonly ScorecardRow[]): boolean {
  const [first] = rows;
  return rows.every((row) => row.unit.kind === first?.unit.kind && row.unit.currency === first?.unit.currency);
}

function exactSum(rows: readonly ScorecardRow[]): Decimal | undefined {
  if (!sameUnit(rows) || !ADDITIVE_KINDS.includes(rows[0]?.unit.kind ?? "")) return undefined;
  let sum: Decimal = { coefficient: 0n, exponent: 0 };
  for (const row of rows) {
    const amount = parseDecimal(row.decimal);
    if (!amount) return undefined;
    sum = addDecimal(sum, amount);
  }
  return sum;
}

/**
 * Whether figures of this unit add up across units (money in one currency, counts).
 *
 * @example
 * ```ts
 * isAdditiveUnit({ kind: "money", currency: "VND" }); // true
 * isAdditiveUnit({ kind: "percent" }); // false
 * ```
 */
export function isAdditiveUnit(unit: { readonly kind: string }): boolean {
  return ADDITIVE_KINDS.includes(unit.kind);
}
