import type { Span } from "../core/index.js";
import type { OffsetMap } from "../text/index.js";
import { amountValues, type RawQuantity } from "./quantity-read.js";
import type { Quantity } from "./quantity-types.js";

/**
 * Turns a quantity found in normalised text into a {@link Quantity} whose span and text are in the caller's
 * original string.
 *
 * @example
 * ```ts
 * const { text, map } = normalizeText(input);
 * buildQuantity(raw, input, map).span; // into `input`
 * ```
 */
export function buildQuantity(raw: RawQuantity, original: string, map: OffsetMap): Quantity {
  const span: Span = map.toOriginalSpan({ start: raw.start, end: raw.end });
  return {
    ...amountValues(raw.amount),
    ...(raw.digits !== undefined ? { digits: raw.digits } : {}),
    ...(raw.exponent !== undefined ? { exponent: raw.exponent } : {}),
    unit: raw.unit,
    ...(raw.qualifier ? { qualifier: raw.qualifier } : {}),
    text: original.slice(span.start, span.end),
    span,
  };
}
