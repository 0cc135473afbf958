import type { PlaceMention } from "../admin-units/index.js";
import { computeAttainment } from "./attainment.js";
import type { AttainmentOptions } from "./attainment-types.js";
import type { PeriodMention } from "./period.js";
import type { StatementContext } from "./statement-context.js";
import type { Draft } from "./statement-draft.js";
import type { IndicatorStatement, StatementPeriod, StatementScope } from "./statement-types.js";
import type { Target } from "./target-types.js";

/** Index of the first item whose start is at or after `position` (items sorted by start). */
function firstFrom<T>(items: readonly T[], position: number, startOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const item = items[middle];
    if (item !== undefined && startOf(item) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

function toScope(context: StatementContext, place: PlaceMention, inferred: boolean): StatementScope {
  const span = context.map.toOriginalSpan(place.span);
  return {
    code: place.province.code,
    name: place.province.name,
    asOf: place.province.asOf,
    resolved: place.resolved.map((unit) => ({ code: unit.code, name: unit.name })),
    inferred,
    text: context.original.slice(span.start, span.end),
    span,
  };
}

function scopeOf(
  context: StatementContext,
  draft: Draft,
  sentence: { start: number; end: number },
): StatementScope | undefined {
  if (draft.place) return toScope(context, draft.place, false);
  const { places } = context;
  const at = firstFrom(places, draft.mention.start, (place) => place.span.start);
  const before = places[at - 1];
  if (before && before.span.start >= sentence.start) return toScope(context, before, false);
  const inside = places[at];
  if (inside && inside.span.start < draft.end) return toScope(context, inside, false);
  return before ? toScope(context, before, true) : undefined;
}

function periodOf(
  context: StatementContext,
  draft: Draft,
  sentence: { start: number; end: number },
): StatementPeriod | undefined {
  const { periods } = context;
  const at = firstFrom(periods, draft.start, (period) => period.start);
  const inside = periods[at];
  const before = periods[at - 1];
  let chosen: PeriodMention | undefined;
  if (inside && inside.start < draft.end) chosen = inside;
  else if (before && before.start >= sentence.start) chosen = before;
  else if (inside && inside.start < sentence.end) chosen = inside;
  if (!chosen) return undefined;
  const span = context.map.toOriginalSpan({ start: chosen.start, end: chosen.end });
  const { kind, months, quarter, year, toYear, until } = chosen;
  return {
    kind,
    ...(months !== undefined ? { months } : {}),
    ...(quarter !== undefined ? { quarter } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(toYear !== undefined ? { toYear } : {}),
    ...(until !== undefined ? { until } : {}),
    text: context.original.slice(span.start, span.end),
    span,
  };
}

/** A score "x/y" with no stated target is judged against its own total. */
function scoreTarget(draft: Draft): Target | undefined {
  const actual = draft.actual;
  const total = actual?.unit.kind === "score" ? actual.unit.outOf : undefined;
  if (!actual || total === undefined) return undefined;
  return {
    comparator: ">=",
    value: total,
    decimal: String(total),
    unit: actual.unit,
    direction: "higher",
    approximate: false,
    text: actual.text,
    span: actual.span,
  };
}

/**
 * Finishes a draft: maps its extent to the caller's string, picks its scope (the place named with its figures,
 * else the nearest place before it in its sentence, else the last place named earlier, flagged `inferred`) and
 * its period (inside it, else before it in its sentence, else after it), and computes the assessment of its actual
 * figure against its target.
 *
 * @example
 * ```ts
 * buildStatement(context, draft, sentence, { preset: "vn-plan" }).assessment?.label.vi; // "Không đạt"
 * ```
 */
export function buildStatement(
  context: StatementContext,
  draft: Draft,
  sentence: { readonly start: number; readonly end: number },
  options: Pick<AttainmentOptions, "preset" | "locale">,
): IndicatorStatement {
  const span = context.map.toOriginalSpan({ start: draft.start, end: draft.end });
  const mentionSpan = context.map.toOriginalSpan({ start: draft.mention.start, end: draft.mention.end });
  const scope = scopeOf(context, draft, sentence);
  const period = periodOf(context, draft, sentence);
  const target = draft.target ?? scoreTarget(draft);
  const assessment = target && draft.actual ? computeAttainment(target, draft.actual, options) : undefined;
  // Built field by field in the documented order: object spreads are slow on a path taken for every statement.
  const statement: { -readonly [K in keyof IndicatorStatement]: IndicatorStatement[K] } = {
    span,
    text: context.original.slice(span.start, span.end),
    indicator: {
      id: draft.indicator.id,
      name: draft.indicator.name,
      text: context.original.slice(mentionSpan.start, mentionSpan.end),
      span: mentionSpan,
    },
  };
  if (scope) statement.scope = scope;
  if (period) statement.period = period;
  if (draft.target) statement.target = draft.target;
  if (draft.actual) statement.actual = draft.actual;
  if (draft.attainment) statement.attainment = draft.attainment;
  if (draft.change) statement.change = draft.change;
  if (assessment) statement.assessment = assessment;
  return statement;
}
