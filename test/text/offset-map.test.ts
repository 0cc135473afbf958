import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VnPolityError } from "../../src/core/index.js";
import { composeOffsetMaps, createOffsetMapBuilder, identityOffsetMap, type OffsetMap } from "../../src/text/index.js";

/** One step of a transformation: copy `keep` units unchanged, then replace `from` units by `to` units. */
interface Step {
  readonly keep: number;
  readonly from: number;
  readonly to: number;
}

/** Applies steps to lengths only and records them; returns the map and each replacement's two ranges. */
function buildFromSteps(steps: readonly Step[]) {
  const builder = createOffsetMapBuilder();
  const replacements: { original: [number, number]; transformed: [number, number] }[] = [];
  let original = 0;
  let transformed = 0;
  for (const step of steps) {
    original += step.keep;
    transformed += step.keep;
    builder.replace(original, original + step.from, transformed, transformed + step.to);
    if (step.from !== 0 || step.to !== 0) {
      replacements.push({
        original: [original, original + step.from],
        transformed: [transformed, transformed + step.to],
      });
    }
    original += step.from;
    transformed += step.to;
  }
  return { map: builder.build(), replacements, originalLength: original, transformedLength: transformed };
}

const steps = fc.array(fc.record({ keep: fc.nat({ max: 5 }), from: fc.nat({ max: 4 }), to: fc.nat({ max: 4 }) }), {
  maxLength: 30,
});

describe("identityOffsetMap", () => {
  it("is one shared frozen object that maps every index to itself", () => {
    const map = identityOffsetMap();
    expect(identityOffsetMap()).toBe(map);
    expect(Object.isFrozen(map)).toBe(true);
    expect(map.isIdentity).toBe(true);
    expect(map.editCount).toBe(0);
    expect(map.toOriginalIndex(0)).toBe(0);
    expect(map.toOriginalIndex(42)).toBe(42);
  });

  it("hands back the caller's span without allocating", () => {
    const span = { start: 3, end: 9 };
    expect(identityOffsetMap().toOriginalSpan(span)).toBe(span);
  });

  it.for([
    { index: -5, expected: 0 },
    { index: Number.NaN, expected: 0 },
    { index: 2.7, expected: 2 },
  ])("clamps the index $index to $expected", ({ index, expected }) => {
    expect(identityOffsetMap().toOriginalIndex(index)).toBe(expected);
  });

  it("repairs spans that are reversed, negative or fractional", () => {
    expect(identityOffsetMap().toOriginalSpan({ start: 5, end: 2 })).toEqual({ start: 5, end: 5 });
    expect(identityOffsetMap().toOriginalSpan({ start: -3, end: 2.5 })).toEqual({ start: 0, end: 2 });
  });
});

describe("createOffsetMapBuilder", () => {
  it("returns the identity map when nothing was recorded", () => {
    expect(createOffsetMapBuilder().build()).toBe(identityOffsetMap());
    const builder = createOffsetMapBuilder();
    builder.replace(4, 4, 4, 4); // an empty edit is no edit
    expect(builder.build()).toBe(identityOffsetMap());
  });

  // "xa\u0301y" → "xáy": two original units (1..3) became one (1..2).
  const composed = (() => {
    const builder = createOffsetMapBuilder();
    builder.replace(1, 3, 1, 2);
    return builder.build();
  })();

  it.for([
    { index: 0, expected: 0 },
    { index: 1, expected: 1 },
    { index: 2, expected: 3 },
    { index: 3, expected: 4 },
    { index: 10, expected: 11 },
  ])("maps index $index of a composed text to $expected", ({ index, expected }) => {
    expect(composed.toOriginalIndex(index)).toBe(expected);
  });

  it.for([
    { span: { start: 1, end: 2 }, expected: { start: 1, end: 3 }, note: "the composed letter" },
    { span: { start: 0, end: 2 }, expected: { start: 0, end: 3 }, note: "x and the composed letter" },
    { span: { start: 2, end: 3 }, expected: { start: 3, end: 4 }, note: "the letter after" },
    { span: { start: 2, end: 2 }, expected: { start: 3, end: 3 }, note: "an empty span" },
  ])("maps $note", ({ span, expected }) => {
    expect(composed.toOriginalSpan(span)).toEqual(expected);
    expect(composed.isIdentity).toBe(false);
    expect(composed.editCount).toBe(1);
  });

  it("leaves deleted text out of spans on both sides", () => {
    // "ab\u200bcd" → "abcd"
    const builder = createOffsetMapBuilder();
    builder.replace(2, 3, 2, 2);
    const map = builder.build();
    expect(map.toOriginalIndex(2)).toBe(3);
    expect(map.toOriginalSpan({ start: 0, end: 2 })).toEqual({ start: 0, end: 2 });
    expect(map.toOriginalSpan({ start: 2, end: 4 })).toEqual({ start: 3, end: 5 });
    expect(map.toOriginalSpan({ start: 1, end: 3 })).toEqual({ start: 1, end: 4 });
  });

  it("widens a span that covers part of an expansion to the whole original sequence", () => {
    // One original unit became two ("\u0958" → "\u0915\u093c").
    const builder = createOffsetMapBuilder();
    builder.replace(0, 1, 0, 2);
    const map = builder.build();
    expect(map.toOriginalSpan({ start: 1, end: 2 })).toEqual({ start: 0, end: 1 });
    expect(map.toOriginalSpan({ start: 0, end: 1 })).toEqual({ start: 0, end: 1 });
    expect(map.toOriginalIndex(2)).toBe(1);
  });

  it("merges a run of deletions into one edit point", () => {
    const builder = createOffsetMapBuilder();
    builder.replace(1, 2, 1, 1);
    builder.replace(2, 3, 1, 1);
    builder.replace(3, 4, 1, 1);
    const map = builder.build();
    expect(map.editCount).toBe(1);
    expect(map.toOriginalIndex(1)).toBe(4);
  });

  it("keeps a deletion and a replacement at the same point apart", () => {
    // "a\u200be\u0301" → "aé": deletion at 1, then 2..4 → 1..2
    const builder = createOffsetMapBuilder();
    builder.replace(1, 2, 1, 1);
    builder.replace(2, 4, 1, 2);
    const map = builder.build();
    expect(map.toOriginalSpan({ start: 1, end: 2 })).toEqual({ start: 2, end: 4 });
    expect(map.toOriginalSpan({ start: 0, end: 1 })).toEqual({ start: 0, end: 1 });
  });

  it.for([
    {
      note: "edits out of order",
      edits: [
        [5, 6, 5, 5],
        [2, 3, 2, 2],
      ],
    },
    { note: "unchanged text of different lengths", edits: [[2, 3, 4, 5]] },
    { note: "an edit that ends before it starts", edits: [[3, 2, 3, 3]] },
    { note: "a fractional offset", edits: [[1.5, 2, 1.5, 2]] },
    { note: "a negative offset", edits: [[-1, 0, -1, 0]] },
    { note: "NaN", edits: [[Number.NaN, 1, 0, 1]] },
  ])("rejects $note with INVALID_OPTION", ({ edits }) => {
    const builder = createOffsetMapBuilder();
    const run = () => {
      for (const [a, b, c, d] of edits as [number, number, number, number][]) builder.replace(a, b, c, d);
    };
    expect(run).toThrow(VnPolityError);
    try {
      run();
    } catch (error) {
      expect((error as VnPolityError).code).toBe("INVALID_OPTION");
    }
  });

  it("stays compact: one edit point per change, however long the text", () => {
    const builder = createOffsetMapBuilder();
    for (let k = 0; k < 100_000; k++) builder.replace(k * 10, k * 10 + 2, k * 9, k * 9 + 1);
    const map = builder.build();
    expect(map.editCount).toBe(100_000);
    expect(map.toOriginalIndex(9 * 99_999 + 1)).toBe(10 * 99_999 + 2);
    expect(map.toOriginalSpan({ start: 9 * 500, end: 9 * 500 + 1 })).toEqual({ start: 5000, end: 5002 });
  });

  fcTest.prop([steps])("maps every index monotonically into the original", (list) => {
    const { map, originalLength, transformedLength } = buildFromSteps(list);
    let previous = 0;
    for (let index = 0; index <= transformedLength; index++) {
      const original = map.toOriginalIndex(index);
      expect(original).toBeGreaterThanOrEqual(previous);
      expect(original).toBeLessThanOrEqual(originalLength);
      previous = original;
    }
    expect(map.toOriginalIndex(transformedLength)).toBe(originalLength);
  });

  fcTest.prop([steps, fc.nat(), fc.nat()])("maps every span to a valid span", (list, a, b) => {
    const { map, originalLength, transformedLength } = buildFromSteps(list);
    const start = Math.min(a, b) % (transformedLength + 1);
    const end = Math.min(transformedLength, start + (Math.max(a, b) % (transformedLength + 1)));
    const span = map.toOriginalSpan({ start, end });
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.start).toBeLessThanOrEqual(span.end);
    expect(span.end).toBeLessThanOrEqual(originalLength);
    if (start === end) expect(span.end).toBe(span.start);
  });

  fcTest.prop([steps, fc.nat(), fc.nat()])("never cuts a replaced sequence in two", (list, a, b) => {
    const { map, replacements, transformedLength } = buildFromSteps(list);
    const start = Math.min(a, b) % (transformedLength + 1);
    const end = Math.min(transformedLength, Math.max(a, b) % (transformedLength + 1));
    if (start >= end) return;
    const span = map.toOriginalSpan({ start, end });
    for (const { original, transformed } of replacements) {
      const overlaps = transformed[0] < end && start < transformed[1];
      if (overlaps) {
        expect(span.start).toBeLessThanOrEqual(original[0]);
        expect(span.end).toBeGreaterThanOrEqual(original[1]);
      }
    }
  });
});

describe("composeOffsetMaps", () => {
  const deletion = (() => {
    const builder = createOffsetMapBuilder();
    builder.replace(1, 2, 1, 1); // "a\u200b\u0301b" → "a\u0301b"
    return builder.build();
  })();
  const composition = (() => {
    const builder = createOffsetMapBuilder();
    builder.replace(0, 2, 0, 1); // "a\u0301b" → "áb"
    return builder.build();
  })();

  it("returns the other map when one side is the identity", () => {
    expect(composeOffsetMaps(identityOffsetMap(), deletion)).toBe(deletion);
    expect(composeOffsetMaps(deletion, identityOffsetMap())).toBe(deletion);
  });

  it("maps the final text straight to the original", () => {
    const map: OffsetMap = composeOffsetMaps(deletion, composition);
    expect(map.isIdentity).toBe(false);
    expect(map.editCount).toBe(2);
    expect(map.toOriginalSpan({ start: 0, end: 1 })).toEqual({ start: 0, end: 3 });
    expect(map.toOriginalSpan({ start: 1, end: 2 })).toEqual({ start: 3, end: 4 });
    expect(map.toOriginalIndex(1)).toBe(3);
  });
});
