import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScore, safeParseScore } from "../../src/index.js";

describe("parseScore", () => {
  it.each([
    ["17/18", 17, 18],
    ["15/15", 15, 15],
    ["27 / 28", 27, 28],
    ["9 out of 15", 9, 15],
    ["11 trên 17", 11, 17],
    ["1.436/1.770", 1436, 1770],
  ])("%s", (input, achieved, total) => {
    const score = parseScore(input, { language: "vi" });
    expect([score.achieved, score.total]).toEqual([achieved, total]);
    expect(score.ratio).toBeCloseTo(achieved / total, 12);
  });

  it("reads group marks by language", () => {
    expect(parseScore("1,436/1,770", { language: "en" }).achieved).toBe(1436);
  });

  it("allows more achieved than planned", () => {
    expect(parseScore("120/100").ratio).toBe(1.2);
  });

  it.each([["3/0"], ["x/5"], ["5%/10"], ["17"], ["/18"], ["-1/5"]])("%j is INVALID_SCORE", (input) => {
    const result = safeParseScore(input);
    expect(!result.success && result.error.code).toBe("INVALID_SCORE");
  });

  it("rejects empty and non-string input", () => {
    expect(!safeParseScore("").success && "EMPTY_INPUT").toBe("EMPTY_INPUT");
    const result = safeParseScore(undefined);
    expect(!result.success && result.error.code).toBe("INVALID_INPUT_TYPE");
    expect(() => parseScore("3/0")).toThrow();
  });

  fcTest.prop([fc.nat({ max: 10_000 }), fc.integer({ min: 1, max: 10_000 })])("reads x/y back", (x, y) => {
    const score = parseScore(`${x}/${y}`);
    expect([score.achieved, score.total]).toEqual([x, y]);
  });

  fcTest.prop([fc.string({ unit: "binary" })])("never throws", (input) => {
    expect(() => safeParseScore(input)).not.toThrow();
  });
});
