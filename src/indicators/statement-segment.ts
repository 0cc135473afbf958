import type { PlaceMention } from "../admin-units/index.js";
import { isPercentLike } from "./attainment-units.js";
import { getIndicator } from "./catalogue.js";
import { absDecimal, formatDecimal, parseDecimal, subtractDecimal } from "./decimal.js";
import { matchBefore } from "./key-text.js";
import { buildQuantity } from "./quantity-build.js";
import { type RawQuantity, readQuantityAround } from "./quantity-read.js";
import type { Quantity } from "./quantity-types.js";
import { findStatusPhrase, readReportAt } from "./report-read.js";
import { buildReport } from "./reported.js";
import { type RawChange, readChange } from "./statement-change.js";
import type { FigureEvent, StatementContext } from "./statement-context.js";
import { cover, type Draft, newDraft } from "./statement-draft.js";
import type { ActualValue, StatementChange } from "./statement-types.js";
import { buildTarget } from "./target.js";
import { rangeJoinAt, readTargetAt } from "./target-read.js";

// A bare number counts as a count only right after one of these verbs ("số doanh nghiệp đạt 1.200").
const COUNT_VERBS: readonly string[] = Object.freeze([
  "reached",
  "totalled",
  "wyniosla",
  "wyniosly",
  "dat",
  "la",
  "was",
]);

const NEAR_PLACE = 30;

/** Whether a cue starts in `[from, to)`; `starts` is sorted. */
function hasCue(starts: readonly number[], from: number, to: number): boolean {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? 0) < from) low = middle + 1;
    else high = middle;
  }
  return low < starts.length && (starts[low] ?? to) < to;
}

function negate(quantity: Quantity): Quantity {
  const amount = parseDecimal(quantity.decimal);
  if (!amount) return quantity;
  const negated = subtractDecimal({ coefficient: 0n, exponent: 0 }, amount);
  return { ...quantity, value: -quantity.value, decimal: formatDecimal(negated) };
}

function magnitude(quantity: Quantity): Quantity {
  const amount = parseDecimal(quantity.decimal);
  if (!amount || quantity.value >= 0) return quantity;
  return { ...quantity, value: -quantity.value, decimal: formatDecimal(absDecimal(amount)) };
}

/** Per-mention state of the reader: the draft being filled, the drafts already complete and the cue floor. */
interface Walk {
  readonly context: StatementContext;
  draft: Draft;
  readonly drafts: Draft[];
  floor: number;
  placeIndex: number;
  readonly limit: number;
}

/** The last place named between `from` and `to` (places are visited in order, so a pointer suffices). */
function placeBetween(walk: Walk, from: number, to: number): PlaceMention | undefined {
  const { places } = walk.context;
  let found: PlaceMention | undefined;
  while (walk.placeIndex < places.length && (places[walk.placeIndex]?.span.end ?? 0) <= to) {
    const place = places[walk.placeIndex];
    if (place && place.span.start >= from) found = place;
    walk.placeIndex++;
  }
  return found;
}

/** Puts an actual figure in the draft; a second figure under a new place starts a new statement (a list). */
function putActual(walk: Walk, actual: ActualValue, place: PlaceMention | undefined, start: number, end: number): void {
  let { draft } = walk;
  if (draft.actual) {
    if (!place || place === draft.place) return;
    walk.drafts.push(draft);
    draft = newDraft(draft.mention, place);
    draft.start = place.span.start;
    draft.end = place.span.end;
    walk.draft = draft;
  }
  draft.actual = actual;
  cover(draft, start, end);
}

function toBasis(walk: Walk, basis: NonNullable<RawChange["basis"]>): NonNullable<StatementChange["basis"]> {
  const span = walk.context.map.toOriginalSpan({ start: basis.start, end: basis.end });
  const text = walk.context.original.slice(span.start, span.end);
  return { kind: basis.kind, ...(basis.year !== undefined ? { year: basis.year } : {}), text };
}

function toChange(walk: Walk, raw: RawChange, value: Quantity, high: RangeHigh): StatementChange {
  const { context } = walk;
  const span = context.map.toOriginalSpan({ start: raw.start, end: raw.end });
  const basis = raw.basis;
  const change = {
    direction: raw.direction ?? (value.value < 0 ? "decrease" : "increase"),
    value: magnitude(value),
  } as { -readonly [K in keyof StatementChange]: StatementChange[K] };
  // "tăng từ 10% đến 15%": a change given as a range keeps its upper figure (magnitudes, like `value`).
  if (high.high !== undefined && high.highDecimal !== undefined && value.value >= 0) {
    change.high = high.high;
    change.highDecimal = high.highDecimal;
  }
  if (basis) change.basis = toBasis(walk, basis);
  change.text = context.original.slice(span.start, span.end);
  change.span = span;
  return change as StatementChange;
}

/** The upper figure of a range, when the figure is one. */
type RangeHigh = { readonly high?: number; readonly highDecimal?: string };

function compatible(walk: Walk, raw: RawQuantity): boolean {
  const unit = walk.draft.indicator.unit;
  if (raw.unit.kind === "number") {
    return unit === "count" && matchBefore(walk.context.key, raw.start, COUNT_VERBS, walk.floor) !== undefined;
  }
  if (unit === "percent" || unit === "share") return isPercentLike(raw.unit);
  return raw.unit.kind === unit;
}

function onScore(walk: Walk, event: Extract<FigureEvent, { kind: "score" }>, place: PlaceMention | undefined): void {
  const { context } = walk;
  const span = context.map.toOriginalSpan({ start: event.start, end: event.end });
  const { achieved, total } = event.score;
  const actual: ActualValue = {
    value: achieved,
    decimal: String(achieved),
    unit: { kind: "score", outOf: total },
    text: context.original.slice(span.start, span.end),
    span,
    estimate: false,
  };
  putActual(walk, actual, place, event.start, event.end);
  walk.floor = event.end;
}

/** Reads the figure `numbers[index]`; returns how many numbers it consumed. */
function onNumber(walk: Walk, index: number, place: PlaceMention | undefined): number {
  const { context } = walk;
  const { key, plain, numbers } = context;
  const number = numbers[index];
  if (!number) return 1;
  const bounds = { floor: walk.floor, limit: walk.limit, vocabulary: context.vocabulary };
  const targetMode = hasCue(context.targetCues, walk.floor, number.span.start);
  if (!targetMode) {
    const previous = walk.draft.attainment?.reading;
    const shared = previous === "status" ? undefined : previous;
    const report = readReportAt(key, numbers, index, walk.floor, walk.limit, context.vocabulary, shared);
    if (report) {
      const built = buildReport(report, context.original, context.map);
      // A second basis ("vượt 45% kế hoạch và vượt 28% so với kịch bản") is a second reading of the same figure.
      if (!walk.draft.attainment) walk.draft.attainment = built;
      else if (walk.draft.moreAttainments) walk.draft.moreAttainments.push(built);
      else walk.draft.moreAttainments = [built];
      if (walk.draft.indicator.unit === "share" && report.reading === "reached" && built.written !== undefined) {
        const figure = readQuantityAround(plain, key, number, numbers[index + 1], bounds);
        if (figure)
          putActual(
            walk,
            { ...buildQuantity(figure, context.original, context.map), estimate: false },
            place,
            report.start,
            report.end,
          );
      }
      cover(walk.draft, report.start, report.end);
      walk.floor = report.end;
      return report.writtenHigh ? 2 : 1;
    }
  }
  if (targetMode) {
    const target = readTargetAt(plain, key, numbers, index, bounds);
    if (target && target.numbersUsed > 0) {
      walk.draft.target ??= buildTarget(target, context.original, context.map, walk.draft.indicator.direction);
      cover(walk.draft, target.start, target.end);
      walk.floor = target.end;
      return target.numbersUsed;
    }
  }
  const raw = readQuantityAround(plain, key, number, numbers[index + 1], bounds);
  if (!raw) return 1;
  const next = numbers[index + 1];
  const ranged = next && rangeJoinAt(key, number.span.end, walk.limit) === next.span.start;
  const range = ranged ? readTargetAt(plain, key, numbers, index, bounds) : undefined;
  const end = range && range.numbersUsed === 2 ? range.end : raw.end;
  const quantity = buildQuantity(range?.high ? { ...raw, unit: range.unit, end } : raw, context.original, context.map);
  const high: RangeHigh = range?.high
    ? { high: Number(formatDecimal(range.high)), highDecimal: formatDecimal(range.high) }
    : {};
  const change = readChange(key, { ...raw, end }, bounds);
  const estimate = hasCue(context.estimateCues, walk.floor, raw.start);
  const used = range && range.numbersUsed === 2 ? 2 : 1;
  const percentish = isPercentLike(raw.unit) || (range !== undefined && isPercentLike(range.unit));
  const start = change ? Math.min(change.start, raw.start) : raw.start;
  const stop = change ? Math.max(change.end, end) : end;
  if (walk.draft.indicator.growth && percentish) {
    const value = change?.direction === "decrease" && quantity.value > 0 ? negate(quantity) : quantity;
    putActual(walk, { ...value, ...high, estimate }, place, start, stop);
    if (change?.basis) walk.draft.change ??= toChange(walk, change, quantity, high);
  } else if (change && percentish) {
    walk.draft.change ??= toChange(walk, change, quantity, high);
    cover(walk.draft, start, stop);
  } else if (raw.unit.kind === "money" && walk.draft.indicator.level && !walk.draft.actual) {
    const level = getIndicator(walk.draft.indicator.level);
    if (level) walk.draft.indicator = level;
    putActual(walk, { ...quantity, estimate }, place, start, stop);
  } else if (compatible(walk, raw)) {
    putActual(walk, { ...quantity, ...high, estimate }, place, start, stop);
  } else return used;
  walk.floor = stop;
  return used;
}

/**
 * Reads the figures a mention owns, in order, into statements: reported attainment ("vượt 69% dự toán"), targets
 * (after a cue such as "mục tiêu" or "target"), changes ("tăng 77% so với cùng kỳ"), actual figures (with the
 * estimate flag), and lists ("Bac Giang (13.45%), Hau Giang (12.27%)") that become one statement per place.
 *
 * @example
 * ```ts
 * readMention(context, 0, owners.events[0]!, owners.sentences[0]!, 0, 20)[0]?.actual?.value; // 6.52
 * ```
 */
export function readMention(
  context: StatementContext,
  mentionIndex: number,
  events: readonly FigureEvent[],
  sentence: { readonly start: number; readonly end: number },
  floor: number,
  segmentEnd: number,
): Draft[] {
  const mention = context.mentions[mentionIndex];
  if (!mention) return [];
  const walk: Walk = {
    context,
    draft: newDraft(mention, undefined),
    drafts: [],
    floor,
    placeIndex: 0,
    limit: sentence.end,
  };
  // Places before the sentence are of no use to it: jump the pointer there.
  walk.placeIndex = firstPlaceFrom(context, floor);
  let skipUntil = -1;
  for (const event of events) {
    if (event.kind === "number" && event.index <= skipUntil) continue;
    const from = Math.min(walk.floor, event.start);
    const place = placeBetween(walk, from, event.start);
    if (place && !walk.draft.place && !walk.draft.actual) {
      walk.draft.place = place;
      // A place written right before the figure ("Quang Ninh achieved 15/15") belongs to the statement's words.
      if (event.start - place.span.end <= NEAR_PLACE) cover(walk.draft, place.span.start, place.span.end);
    }
    if (event.kind === "score") onScore(walk, event, place);
    else skipUntil = event.index + onNumber(walk, event.index, place) - 1;
  }
  const last = walk.draft;
  if (!last.attainment) {
    const status = findStatusPhrase(context.key, mention.start, segmentEnd);
    if (status) {
      last.attainment = buildReport(status, context.original, context.map);
      cover(last, status.start, status.end);
    }
  }
  return [...walk.drafts, last];
}

function firstPlaceFrom(context: StatementContext, from: number): number {
  const { places } = context;
  let low = 0;
  let high = places.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((places[middle]?.span.start ?? 0) < from) low = middle + 1;
    else high = middle;
  }
  return low;
}
