import { createOffsetMapBuilder, identityOffsetMap, type OffsetMap } from "./offset-map.js";

/**
 * The result of {@link composeWithOffsets}: the NFC text and the map from it back to the text that was composed.
 *
 * @example
 * ```ts
 * const composed: ComposedText = composeWithOffsets("a\u0301");
 * ```
 */
export interface ComposedText {
  readonly text: string;
  readonly map: OffsetMap;
}

const MARK = /^\p{M}$/u;

/*
 * Whether NFC can never join a code point with what comes before it, so a segment may start there.
 * Such a "boundary" code point is not a mark, not a Hangul medial vowel or final consonant, and not one of the
 * two Kirat Rai letters that compose backwards. Checked over all code points of Unicode 17 (Node 20, ICU 78):
 * no canonical decomposition or composition puts a boundary code point after the first position, and none of
 * them reorders with combining marks. When in doubt the answer is `false`, which only makes segments longer.
 */
function isBoundary(codePoint: number): boolean {
  if (codePoint < 0x300) return true;
  if (codePoint < 0x370) return false;
  if (codePoint >= 0x1e00 && codePoint < 0x1f00) return true;
  if (codePoint >= 0x1160 && codePoint < 0x1200) return false;
  if (codePoint === 0x16d67 || codePoint === 0x16d68) return false;
  return !MARK.test(String.fromCodePoint(codePoint));
}

function codePointWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code < 0xdc00 && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next < 0xe000) return 2;
  }
  return 1;
}

function isBoundaryAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x300) return true;
  if (code >= 0xdc00 && code < 0xe000) {
    // The low half of a pair is never a boundary position; a lone low surrogate is.
    const previous = index > 0 ? text.charCodeAt(index - 1) : 0;
    return !(previous >= 0xd800 && previous < 0xdc00);
  }
  return isBoundary(text.codePointAt(index) as number);
}

// The start of the next segment after `index`: the next boundary code point, or the end of the text.
function nextSegment(text: string, index: number): number {
  let at = index + codePointWidth(text, index);
  while (at < text.length && !isBoundaryAt(text, at)) at += codePointWidth(text, at);
  return at;
}

function sameSlice(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let k = 0; k < aEnd - aStart; k++) if (a.charCodeAt(aStart + k) !== b.charCodeAt(bStart + k)) return false;
  return true;
}

/**
 * Composes a string to NFC and records, segment by segment, which original code units each composed segment
 * came from. One `String#normalize` call does the work; the map is built by walking the input and its NFC form
 * side by side, so the cost stays linear and close to the bare call.
 *
 * NFC works on segments that start at a boundary code point (see `isBoundary`). The NFC form of a segment
 * contains a boundary only at its start, so the n-th segment of the input and the n-th segment of the output
 * correspond, and a changed segment becomes one edit.
 *
 * @example
 * ```ts
 * const { text, map } = composeWithOffsets("Hoa\u0300 Bi\u0300nh");
 * text; // "Hoà Bình"
 * map.toOriginalSpan({ start: 4, end: 8 }); // { start: 5, end: 10 }
 * ```
 */
export function composeWithOffsets(input: string): ComposedText {
  const output = input.normalize("NFC");
  if (output === input) return { text: input, map: identityOffsetMap() };
  const builder = createOffsetMapBuilder();
  const inputLength = input.length;
  const outputLength = output.length;
  let i = 0;
  let o = 0;
  // Position where the current run of identical text began; always a segment start on both sides.
  let runStart = 0;
  while (i < inputLength || o < outputLength) {
    while (i < inputLength && o < outputLength && input.charCodeAt(i) === output.charCodeAt(o)) {
      i++;
      o++;
    }
    if (i >= inputLength && o >= outputLength) break;
    // Back up to the start of the segment holding the first difference; the text before it matched.
    let segmentStart = i;
    while (segmentStart > runStart && (segmentStart >= inputLength || !isBoundaryAt(input, segmentStart))) {
      segmentStart--;
    }
    o -= i - segmentStart;
    i = segmentStart;
    // Walk changed segments in step; stop at the first segment that NFC left alone.
    while (i < inputLength || o < outputLength) {
      const inputEnd = i < inputLength ? nextSegment(input, i) : i;
      const outputEnd = o < outputLength ? nextSegment(output, o) : o;
      if (sameSlice(input, i, inputEnd, output, o, outputEnd)) break;
      // A one-unit swap (such as a singleton like U+212B → U+00C5) keeps offsets, so it needs no edit point.
      if (inputEnd - i !== 1 || outputEnd - o !== 1) builder.replace(i, inputEnd, o, outputEnd);
      i = inputEnd;
      o = outputEnd;
    }
    runStart = i;
  }
  return { text: output, map: builder.build() };
}
