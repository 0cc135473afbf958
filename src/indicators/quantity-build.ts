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
  const { value, decimal } = amountValues(raw.amount);
  // Built field by field in the documented order: object spreads are slow on a path taken for every figure.
  const quantity: { -readonly [K in keyof Quantity]: Quantity[K] } = { value, decimal } as Quantity;
  if (raw.digits !== undefined) quantity.digits = raw.digits;
  if (raw.exponent !== undefined) quantity.exponent = raw.exponent;
  quantity.unit = raw.unit;
  if (raw.qualifier) quantity.qualifier = raw.qualifier;
  quantity.text = original.slice(span.start, span.end);
  quantity.span = span;
  return quantity;
}
