import type { PlaceMention } from "../admin-units/index.js";
import type { IndicatorDefinition } from "./catalogue-types.js";
import type { ReportedAttainment } from "./reported.js";
import type { Mention } from "./statement-context.js";
import type { ActualValue, StatementChange } from "./statement-types.js";
import type { Target } from "./target-types.js";

/**
 * A statement being assembled: the mention it hangs on, the place named just before its figures, the parts found
 * so far (spans already in the caller's string), and its extent in the normalised text.
 *
 * @example
 * ```ts
 * const draft: Draft = newDraft(mention, undefined);
 * ```
 */
export interface Draft {
  readonly mention: Mention;
  indicator: IndicatorDefinition;
  place?: PlaceMention;
  target?: Target;
  actual?: ActualValue;
  attainment?: ReportedAttainment;
  /** Further reported attainments of the same figure against other bases; each becomes a statement of its own. */
  moreAttainments?: ReportedAttainment[];
  change?: StatementChange;
  start: number;
  end: number;
}

/**
 * An empty draft for a mention, optionally already placed.
 *
 * @example
 * ```ts
 * newDraft(mention, place).start === mention.start; // true
 * ```
 */
export function newDraft(mention: Mention, place: PlaceMention | undefined): Draft {
  const draft: Draft = { mention, indicator: mention.indicator, start: mention.start, end: mention.end };
  if (place) draft.place = place;
  return draft;
}

/**
 * Widens a draft's extent to cover `[start, end)`.
 *
 * @example
 * ```ts
 * cover(draft, 40, 52);
 * ```
 */
export function cover(draft: Draft, start: number, end: number): void {
  if (start < draft.start) draft.start = start;
  if (end > draft.end) draft.end = end;
}

/**
 * Whether the draft has any figure worth reporting.
 *
 * @example
 * ```ts
 * hasFigures(newDraft(mention, undefined)); // false
 * ```
 */
export function hasFigures(draft: Draft): boolean {
  return (
    draft.target !== undefined ||
    draft.actual !== undefined ||
    draft.attainment !== undefined ||
    draft.change !== undefined
  );
}
