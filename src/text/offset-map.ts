import { createIssue, type Span, VnPolityError } from "../core/index.js";

/**
 * Maps positions in a transformed (normalised or folded) string back to the string it was made from, so that
 * spans found in the transformed text can be reported in the caller's original input.
 *
 * An index is a UTF-16 boundary. Inside a replaced sequence, a span start moves to the start of the whole original
 * sequence and a span end to its end: a span never covers part of what one replacement produced.
 *
 * @example
 * ```ts
 * const { text, map } = normalizeText("Nghi\u0323 quyê\u0301t 57"); // decomposed tone marks
 * text; // "Nghị quyết 57"
 * map.toOriginalSpan({ start: 11, end: 13 }); // { start: 13, end: 15 } — "57" in the input
 * ```
 */
export interface OffsetMap {
  /** `true` when every index maps to itself (nothing changed length). */
  readonly isIdentity: boolean;
  /** How many edit points the map stores; a measure of its size, 0 for the identity. */
  readonly editCount: number;
  /**
   * The original index of a boundary in the transformed text: where the character that starts there came from.
   * Negative and non-finite indices count as 0; indices past the end extend linearly.
   */
  toOriginalIndex(index: number): number;
  /** The original span of a span in the transformed text, widened to whole replaced sequences. */
  toOriginalSpan(span: Span): Span;
}

/**
 * Builds an {@link OffsetMap} from edits given in order. Each edit says that the original range
 * `[originalStart, originalEnd)` became `[transformedStart, transformedEnd)`; text between edits is unchanged.
 *
 * @example
 * ```ts
 * const builder = createOffsetMapBuilder();
 * builder.replace(3, 5, 3, 4); // "a\u0301" at 3..5 became "á" at 3..4
 * builder.build().toOriginalIndex(4); // 5
 * ```
 */
export interface OffsetMapBuilder {
  /**
   * Records one edit. Edits must come in order, must not overlap, and the unchanged text between two edits
   * must have the same length on both sides.
   *
   * @throws {VnPolityError} `INVALID_OPTION` when an edit breaks these rules.
   */
  replace(originalStart: number, originalEnd: number, transformedStart: number, transformedEnd: number): void;
  /** The finished map: the shared identity map when no edit was recorded. */
  build(): OffsetMap;
}

function toBoundary(index: number): number {
  // `NaN > 0` is false, so NaN lands on 0 as well.
  return index > 0 ? Math.floor(index) : 0;
}

const IDENTITY_OFFSET_MAP: OffsetMap = Object.freeze({
  isIdentity: true,
  editCount: 0,
  toOriginalIndex: toBoundary,
  toOriginalSpan(span: Span): Span {
    const { start, end } = span;
    // The common case hands the caller's own span back: the identity map allocates nothing.
    if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start) return span;
    const from = toBoundary(start);
    return { start: from, end: Math.max(from, toBoundary(end)) };
  },
});

/**
 * The map of a transformation that changed no lengths. It is one shared frozen object: returning it allocates nothing.
 *
 * @example
 * ```ts
 * identityOffsetMap().toOriginalIndex(7); // 7
 * identityOffsetMap().isIdentity; // true
 * ```
 */
export function identityOffsetMap(): OffsetMap {
  return IDENTITY_OFFSET_MAP;
}

// Edits are stored flat, four int32 per edit: original start, original end, transformed start, transformed end.
// Lookups binary-search the transformed starts, so a map costs 16 bytes per edit and O(log n) per query.
const STRIDE = 4;

class EditOffsetMap implements OffsetMap {
  readonly isIdentity = false;
  readonly editCount: number;
  readonly #edits: Int32Array;

  constructor(edits: Int32Array, count: number) {
    this.#edits = edits;
    this.editCount = count;
  }

  // Index of the last edit whose transformed start is <= index (or < index when `strict`), or -1.
  #lastEditBefore(index: number, strict: boolean): number {
    const edits = this.#edits;
    let low = 0;
    let high = this.editCount;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = edits[middle * STRIDE + 2] as number;
      if (start < index || (!strict && start === index)) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }

  // Where a span starting at `index` starts in the original: after deleted text, at the start of a replacement.
  #startOf(index: number): number {
    const k = this.#lastEditBefore(index, false);
    if (k < 0) return index;
    const edits = this.#edits;
    const end = edits[k * STRIDE + 3] as number;
    if (index < end) return edits[k * STRIDE] as number;
    return (edits[k * STRIDE + 1] as number) + (index - end);
  }

  // Where a span ending at `index` ends in the original: before deleted text, at the end of a replacement.
  #endOf(index: number): number {
    const k = this.#lastEditBefore(index, true);
    if (k < 0) return index;
    const edits = this.#edits;
    const end = edits[k * STRIDE + 3] as number;
    const originalEnd = edits[k * STRIDE + 1] as number;
    return index <= end ? originalEnd : originalEnd + (index - end);
  }

  toOriginalIndex(index: number): number {
    return this.#startOf(toBoundary(index));
  }

  toOriginalSpan(span: Span): Span {
    const start = toBoundary(span.start);
    const end = Math.max(start, toBoundary(span.end));
    const from = this.#startOf(start);
    if (end === start) return { start: from, end: from };
    return { start: from, end: this.#endOf(end) };
  }
}

class ComposedOffsetMap implements OffsetMap {
  readonly isIdentity = false;
  readonly editCount: number;
  readonly #inner: OffsetMap;
  readonly #outer: OffsetMap;

  constructor(inner: OffsetMap, outer: OffsetMap) {
    this.#inner = inner;
    this.#outer = outer;
    this.editCount = inner.editCount + outer.editCount;
  }

  toOriginalIndex(index: number): number {
    return this.#inner.toOriginalIndex(this.#outer.toOriginalIndex(index));
  }

  toOriginalSpan(span: Span): Span {
    return this.#inner.toOriginalSpan(this.#outer.toOriginalSpan(span));
  }
}

/**
 * Chains two maps: `inner` maps an intermediate text back to the original, `outer` maps the final text back to
 * the intermediate one. The result maps the final text straight to the original.
 *
 * @example
 * ```ts
 * const normalized = normalizeText(input);
 * const folded = foldWithMap(normalized.text);
 * const map = composeOffsetMaps(normalized.map, folded.map); // folded text -> input
 * ```
 */
export function composeOffsetMaps(inner: OffsetMap, outer: OffsetMap): OffsetMap {
  if (outer.isIdentity) return inner;
  if (inner.isIdentity) return outer;
  return new ComposedOffsetMap(inner, outer);
}

function invalidEdit(hint: string): VnPolityError {
  return new VnPolityError([createIssue("INVALID_OPTION", { locale: "en", hint })]);
}

class EditListBuilder implements OffsetMapBuilder {
  #edits: Int32Array | undefined;
  #count = 0;
  #originalEnd = 0;
  #transformedEnd = 0;

  replace(originalStart: number, originalEnd: number, transformedStart: number, transformedEnd: number): void {
    const valid =
      Number.isInteger(originalStart) &&
      Number.isInteger(originalEnd) &&
      Number.isInteger(transformedStart) &&
      Number.isInteger(transformedEnd) &&
      originalStart >= this.#originalEnd &&
      transformedStart >= this.#transformedEnd &&
      originalEnd >= originalStart &&
      transformedEnd >= transformedStart &&
      originalStart - this.#originalEnd === transformedStart - this.#transformedEnd &&
      originalEnd <= 0x7fffffff &&
      transformedEnd <= 0x7fffffff;
    if (!valid) throw invalidEdit("offset-map edits must be integers, in order, and keep unchanged text aligned");
    if (originalEnd === originalStart && transformedEnd === transformedStart) return;
    this.#originalEnd = originalEnd;
    this.#transformedEnd = transformedEnd;
    let edits = this.#edits;
    const count = this.#count;
    // Runs of deletions (zero-width characters, stray marks) collapse into one edit.
    if (edits && count > 0 && transformedStart === transformedEnd) {
      const last = (count - 1) * STRIDE;
      if (
        edits[last + 1] === originalStart &&
        edits[last + 2] === transformedStart &&
        edits[last + 3] === transformedStart
      ) {
        edits[last + 1] = originalEnd;
        return;
      }
    }
    if (!edits || edits.length < (count + 1) * STRIDE) {
      const grown = new Int32Array(Math.max(16 * STRIDE, (count + 1) * STRIDE * 2));
      if (edits) grown.set(edits);
      edits = grown;
      this.#edits = grown;
    }
    const at = count * STRIDE;
    edits[at] = originalStart;
    edits[at + 1] = originalEnd;
    edits[at + 2] = transformedStart;
    edits[at + 3] = transformedEnd;
    this.#count = count + 1;
  }

  build(): OffsetMap {
    const edits = this.#edits;
    if (!edits || this.#count === 0) return IDENTITY_OFFSET_MAP;
    return new EditOffsetMap(edits.slice(0, this.#count * STRIDE), this.#count);
  }
}

/**
 * Starts an {@link OffsetMapBuilder}: the way a text transformation records what it changed, in one linear pass.
 *
 * @example
 * ```ts
 * const builder = createOffsetMapBuilder();
 * builder.replace(2, 3, 2, 2); // a zero-width space at 2 was removed
 * const map = builder.build();
 * map.toOriginalSpan({ start: 2, end: 4 }); // { start: 3, end: 5 }
 * ```
 */
export function createOffsetMapBuilder(): OffsetMapBuilder {
  return new EditListBuilder();
}
