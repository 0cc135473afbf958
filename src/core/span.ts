/**
 * A half-open range `[start, end)` of UTF-16 code units in the caller's original string.
 * Spans always point into the string the caller passed, even when vnpolity normalised it first.
 *
 * @example
 * ```ts
 * const text = "Nghị quyết 57-NQ/TW";
 * const span: Span = { start: 11, end: 19 };
 * text.slice(span.start, span.end); // "57-NQ/TW"
 * ```
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Returns the text a span covers in `input`.
 *
 * @example
 * ```ts
 * sliceSpan("Số 89/NQ-HĐND", { start: 3, end: 13 }); // "89/NQ-HĐND"
 * ```
 */
export function sliceSpan(input: string, span: Span): string {
  return input.slice(span.start, span.end);
}
