import { getCorrespondingProvinces, getProvince } from "../admin-units/index.js";
import {
  createIssue,
  DATA_AS_OF,
  type DateLike,
  fail,
  type Issue,
  type Locale,
  ok,
  type Result,
} from "../core/index.js";
import { addDecimal, type Decimal, formatDecimal, parseDecimal } from "./decimal.js";
import { isoDateOf } from "./options.js";
import { isAdditiveUnit } from "./scorecard-table.js";
import type { Scorecard, ScorecardRow } from "./scorecard-types.js";

/**
 * Options of {@link rebaseScorecard}.
 *
 * @example
 * ```ts
 * const options: RebaseOptions = { asOf: "2025-07-01", locale: "en" };
 * ```
 */
export interface RebaseOptions {
  /**
   * The date of the arrangement to re-base onto (the 34 provincial units from 1 July 2025).
   * @default DATA_AS_OF
   */
  readonly asOf?: DateLike;
  /**
   * Locale of issue messages.
   * @default "vi"
   */
  readonly locale?: Locale;
}

interface Group {
  code: string;
  name: string;
  sum: Decimal;
  codes: Set<string>;
}

/**
 * Re-bases a scorecard read at one date (say the 63 provinces of 2024) onto the units of another (the 34 of 1 July
 * 2025) by lineage: each row goes to the unit that took over its territory, and the figures of merged units are
 * added up, exactly. Only additive figures (money in one currency, counts) can be re-based; rates, shares, growth
 * and scores are refused with `NOT_ADDITIVE`. A unit whose territory was split among several successors is refused
 * with `PARTIAL_LINEAGE` (its figure cannot be apportioned); a row naming no known unit fails with
 * `UNKNOWN_PROVINCE`. A new unit some of whose predecessors have no row gets a warning `INCOMPLETE_REBASE`.
 *
 * @example
 * ```ts
 * const card = buildScorecard(
 *   [{ name: "Kon Tum", value: 3000, unit: { kind: "count" } }, { name: "Quảng Ngãi", value: 5000, unit: { kind: "count" } }],
 *   { asOf: "2024-12-31" },
 * );
 * const result = rebaseScorecard(card, { asOf: "2025-07-01" });
 * if (result.success) result.data.rows; // [{ name: "Quảng Ngãi", code: "51", value: 8000, … }]
 * rebaseScorecard({ ...card, rows: card.rows.map((r) => ({ ...r, unit: { kind: "percent" } })) }).success; // false (NOT_ADDITIVE)
 * ```
 */
export function rebaseScorecard(scorecard: Scorecard, options: RebaseOptions = {}): Result<Scorecard> {
  const locale: Locale = options?.locale === "en" ? "en" : "vi";
  const to = isoDateOf(options?.asOf ?? DATA_AS_OF);
  if (!to) return fail(createIssue("INVALID_DATE_LIKE", { locale }));
  if (typeof scorecard !== "object" || scorecard === null || !Array.isArray(scorecard.rows)) {
    return fail(createIssue("INVALID_INPUT_TYPE", { locale, hint: "expected a Scorecard" }));
  }
  const from = isoDateOf(scorecard.asOf);
  if (!from) return fail(createIssue("INVALID_DATE_LIKE", { locale, hint: "scorecard.asOf" }));
  const rows = scorecard.rows;
  const [first] = rows;
  const mixed = rows.some((row) => row.unit.kind !== first?.unit.kind || row.unit.currency !== first?.unit.currency);
  if (first && (!isAdditiveUnit(first.unit) || mixed)) {
    const hint = mixed ? "rows mix units" : `${first.unit.kind} figures do not add up`;
    return fail(createIssue("NOT_ADDITIVE", { locale, hint }));
  }
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const failure = addRow(groups, row, from, to, locale);
    if (failure) return fail(failure);
  }
  const warnings: Issue[] = [];
  const rebased: ScorecardRow[] = [];
  for (const group of groups.values()) {
    const predecessors = getCorrespondingProvinces({ code: group.code, asOf: to }, { asOf: from }) ?? [];
    const missing = predecessors.filter((unit) => !group.codes.has(unit.code)).map((unit) => unit.name.vi);
    if (missing.length > 0) {
      warnings.push(createIssue("INCOMPLETE_REBASE", { locale, hint: `${group.name}: ${missing.join(", ")}` }));
    }
    const decimal = formatDecimal(group.sum);
    rebased.push({
      name: group.name,
      code: group.code,
      value: Number(decimal),
      decimal,
      unit: first?.unit ?? { kind: "count" },
    });
  }
  rebased.sort((a, b) => (a.code ?? "").localeCompare(b.code ?? ""));
  return ok({ ...scorecard, asOf: to, rows: rebased }, warnings);
}

function addRow(
  groups: Map<string, Group>,
  row: ScorecardRow,
  from: string,
  to: string,
  locale: Locale,
): Issue | undefined {
  const code = row.code ?? getProvince(row.name, { asOf: from })?.code;
  const amount = parseDecimal(row.decimal);
  if (!code || !amount) return createIssue("UNKNOWN_PROVINCE", { locale, hint: row.name });
  const successors = getCorrespondingProvinces({ code, asOf: from }, { asOf: to });
  if (!successors || successors.length === 0) return createIssue("UNKNOWN_PROVINCE", { locale, hint: row.name });
  const [successor] = successors;
  if (successors.length > 1 || !successor) {
    const hint = `${row.name} → ${successors.map((unit) => unit.name.vi).join(", ")}`;
    return createIssue("PARTIAL_LINEAGE", { locale, hint });
  }
  const group = groups.get(successor.code) ?? {
    code: successor.code,
    name: successor.name.vi,
    sum: { coefficient: 0n, exponent: 0 },
    codes: new Set<string>(),
  };
  group.sum = addDecimal(group.sum, amount);
  group.codes.add(code);
  groups.set(successor.code, group);
  return undefined;
}
