import type { PlaceMention } from "../admin-units/index.js";
import { computeAttainment } from "./attainment.js";
import type { AttainmentOptions } from "./attainment-types.js";
import { GENERAL_SCOPE_WORDS } from "./data/statement-words.js";
import { isWordUnit } from "./key-text.js";
import type { PeriodMention } from "./period.js";
import type { StatementContext } from "./statement-context.js";
import type { Draft } from "./statement-draft.js";
import type { IndicatorStatement, StatementPeriod, StatementScope } from "./statement-types.js";
import type { Range } from "./sweep.js";
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

/**
 * The scope a place mention gives. Many statements name or inherit the same mention: they share one frozen scope
 * object (per call, kept in the context) instead of a copy each.
 */
function toScope(context: StatementContext, place: PlaceMention, inferred: boolean): StatementScope {
  const cache = inferred ? context.shared.inferredScopes : context.shared.scopes;
  const known = cache.get(place);
  if (known) return known;
  const span = context.map.toOriginalSpan(place.span);
  const scope: StatementScope = Object.freeze({
    code: place.province.code,
    name: place.province.name,
    asOf: place.province.asOf,
    resolved: Object.freeze(place.resolved.map((unit) => Object.freeze({ code: unit.code, name: unit.name }))),
    inferred,
    text: context.original.slice(span.start, span.end),
    span: Object.freeze(span),
  });
  cache.set(place, scope);
  return scope;
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
  return before && inheritable(context, before, draft, sentence) ? toScope(context, before, true) : undefined;
}

// How far back the general words and a rival province are looked for: bounds the work per statement.
const GENERAL_WINDOW = 400;
const RIVAL_LOOKBACK = 16;

/** Where the general words are written, as whole words, in `[from, to)` of the key (one slice, no copies per word). */
function generalWords(key: string, from: number, to: number): Range[] {
  const found: Range[] = [];
  const window = key.slice(from, to);
  for (const words of GENERAL_SCOPE_WORDS) {
    for (let at = window.indexOf(words); at >= 0; at = window.indexOf(words, at + 1)) {
      if (!isWordUnit(key, from + at - 1) && !isWordUnit(key, from + at + words.length))
        found.push({ start: from + at, end: from + at + words.length });
    }
  }
  return found;
}

/**
 * Whether one of the general words is written, as whole words, in `[from, to)` of the key, a window of `sentence`.
 * The words of a sentence are found once, for all its statements.
 */
function namesGeneral(
  context: StatementContext,
  sentence: { start: number; end: number },
  from: number,
  to: number,
): boolean {
  const known = context.shared.general;
  if (known.start !== sentence.start || known.end !== sentence.end) {
    known.start = sentence.start;
    known.end = sentence.end;
    known.found = generalWords(context.key, sentence.start, sentence.end);
  }
  return known.found.some((words) => words.start >= from && words.end <= to);
}

/**
 * Whether a statement may take the province named in an earlier sentence: not when it speaks of the whole country
 * or of many provinces ("cả nước", "most provinces"), nor when that province was one of a list (its sentence
 * names another province too).
 */
function inheritable(
  context: StatementContext,
  place: PlaceMention,
  draft: Draft,
  sentence: { start: number; end: number },
): boolean {
  const from = Math.max(sentence.start, draft.start - GENERAL_WINDOW);
  const to = Math.min(sentence.end, draft.end + GENERAL_WINDOW);
  if (namesGeneral(context, sentence, from, to)) return false;
  const { sentences, places } = context;
  const home = sentences[firstFrom(sentences, place.span.start + 1, (range) => range.start) - 1];
  if (!home) return true;
  const at = firstFrom(places, place.span.start, (other) => other.span.start);
  for (let i = at - 1; i >= 0 && i >= at - RIVAL_LOOKBACK; i--) {
    const other = places[i];
    if (!other || other.span.start < home.start) break;
    if (other.province.code !== place.province.code) return false;
  }
  return true;
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
  // Statements of one sentence often share a period mention: they share its (frozen) period too.
  const known = context.shared.periods.get(chosen);
  if (known) return known;
  const span = context.map.toOriginalSpan({ start: chosen.start, end: chosen.end });
  const { kind, months, quarter, year, toYear, until } = chosen;
  const period: { -readonly [K in keyof StatementPeriod]: StatementPeriod[K] } = { kind } as StatementPeriod;
  if (months !== undefined) period.months = months;
  if (quarter !== undefined) period.quarter = quarter;
  if (year !== undefined) period.year = year;
  if (toYear !== undefined) period.toYear = toYear;
  if (until !== undefined) period.until = until;
  period.text = context.original.slice(span.start, span.end);
  period.span = Object.freeze(span);
  const frozen: StatementPeriod = Object.freeze(period);
  context.shared.periods.set(chosen, frozen);
  return frozen;
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
