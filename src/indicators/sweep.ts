/*
 * Overlap tests for ordered queries, so that checking every number of a long text against every date and period
 * stays linear: spans are merged into a sorted disjoint union, and a pointer only moves forward.
 */

/**
 * A half-open range in the normalised text.
 *
 * @example
 * ```ts
 * const range: Range = { start: 3, end: 8 };
 * ```
 */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * A test "does this range overlap any of the spans?" for ranges asked in non-decreasing order of `start`.
 *
 * @example
 * ```ts
 * const overlaps = createOverlapTest([{ start: 5, end: 9 }]);
 * overlaps({ start: 0, end: 5 }); // false
 * overlaps({ start: 8, end: 12 }); // true
 * ```
 */
export function createOverlapTest(spans: readonly Range[]): (range: Range) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const union: Range[] = [];
  for (const span of sorted) {
    const last = union[union.length - 1];
    if (last && span.start <= last.end)
      union[union.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else union.push(span);
  }
  let index = 0;
  return (range) => {
    while (index < union.length && (union[index]?.end ?? 0) <= range.start) index++;
    const span = union[index];
    return span !== undefined && span.start < range.end && range.start < span.end;
  };
}
