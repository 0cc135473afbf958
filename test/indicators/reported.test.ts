import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseReportedAttainment, safeParseReportedAttainment } from "../../src/index.js";

// Reported attainment is kept as reported and read exactly: "đạt X%" is X% of the basis, "vượt X%" is 100 + X.
const ROWS = [
  { input: "đạt 94,8% kế hoạch", percent: 94.8, reading: "reached", basis: "plan", status: "not-achieved" },
  { input: "bằng 104,6% dự toán", percent: 104.6, reading: "reached", basis: "estimate", status: "exceeded" },
  { input: "đạt 100% kế hoạch", percent: 100, reading: "reached", basis: "plan", status: "achieved" },
  { input: "hoàn thành 97% chỉ tiêu", percent: 97, reading: "reached", basis: "target", status: "not-achieved" },
  { input: "94,8% kế hoạch", percent: 94.8, reading: "reached", basis: "plan", status: "not-achieved" },
  { input: "vượt 69% dự toán", percent: 169, reading: "exceeded", basis: "estimate", status: "exceeded" },
  { input: "vượt 12% dự toán", percent: 112, reading: "exceeded", basis: "estimate", status: "exceeded" },
  { input: "vượt 45% kế hoạch", percent: 145, reading: "exceeded", basis: "plan", status: "exceeded" },
  { input: "vượt 28% so với kịch bản", percent: 128, reading: "exceeded", basis: "scenario", status: "exceeded" },
  { input: "reaching 94.8% of the plan", percent: 94.8, reading: "reached", basis: "plan", status: "not-achieved" },
  {
    input: "equal to 104.6% of the estimate",
    percent: 104.6,
    reading: "reached",
    basis: "estimate",
    status: "exceeded",
  },
  { input: "exceeding 69% of the estimate", percent: 169, reading: "exceeded", basis: "estimate", status: "exceeded" },
  {
    input: "exceeding 69% of the central budget estimate",
    percent: 169,
    reading: "exceeded",
    basis: "estimate",
    status: "exceeded",
  },
  { input: "exceeding the plan by 45%", percent: 145, reading: "exceeded", basis: "plan", status: "exceeded" },
  { input: "exceeded the estimate by 12%", percent: 112, reading: "exceeded", basis: "estimate", status: "exceeded" },
  { input: "5% above plan", percent: 105, reading: "exceeded", basis: "plan", status: "exceeded" },
  { input: "3% below the target", percent: 97, reading: "short", basis: "target", status: "not-achieved" },
  { input: "przekraczając 45% planu", percent: 145, reading: "exceeded", basis: "plan", status: "exceeded" },
  {
    input: "przekraczając 69% szacunku budżetu centralnego",
    percent: 169,
    reading: "exceeded",
    basis: "estimate",
    status: "exceeded",
  },
  {
    input: "przekraczając 28% w porównaniu ze scenariuszem wzrostu",
    percent: 128,
    reading: "exceeded",
    basis: "scenario",
    status: "exceeded",
  },
  { input: "hụt 5% so với dự toán", percent: 95, reading: "short", basis: "estimate", status: "not-achieved" },
] as const;

describe("parseReportedAttainment", () => {
  it.for(ROWS)("$input → $percent%", (row) => {
    const reported = parseReportedAttainment(row.input);
    expect(reported.percentOfTarget).toBeCloseTo(row.percent, 9);
    expect(reported.reading).toBe(row.reading);
    expect(reported.basis).toBe(row.basis);
    expect(reported.status).toBe(row.status);
    expect(row.input.slice(reported.span.start, reported.span.end)).toBe(reported.text);
  });

  it("pins both readings: 'đạt 94,8%' is 94.8% of plan, 'vượt 69%' is 169%", () => {
    expect(parseReportedAttainment("đạt 94,8% kế hoạch").decimal).toBe("94.8");
    expect(parseReportedAttainment("vượt 69% dự toán").decimal).toBe("169");
    expect(parseReportedAttainment("exceeding 69% of the estimate").decimal).toBe("169");
    expect(parseReportedAttainment("vượt 69% dự toán").written).toBe(69);
  });

  it("reads ranges of shortfall as a range of attainment", () => {
    const reported = parseReportedAttainment("hụt khoảng 10-20% so với dự toán");
    expect([reported.percentOfTarget, reported.percentOfTargetHigh]).toEqual([80, 90]);
    expect(reported.approximate).toBe(true);
    const english = parseReportedAttainment("a shortfall of about 10-20% compared to the estimate");
    expect([english.percentOfTarget, english.percentOfTargetHigh]).toEqual([80, 90]);
  });

  it.each([
    ["vượt kế hoạch", "exceeded"],
    ["vượt dự toán", "exceeded"],
    ["hoàn thành kế hoạch", "achieved"],
    ["không đạt kế hoạch", "not-achieved"],
    ["chưa đạt chỉ tiêu", "not-achieved"],
    ["failing to meet the plan", "not-achieved"],
    ["met the target", "achieved"],
  ])("status phrase %j → %s", (input, status) => {
    const reported = parseReportedAttainment(input);
    expect(reported.reading).toBe("status");
    expect(reported.status).toBe(status);
    expect(reported.percentOfTarget).toBeUndefined();
  });

  it.each([["tăng 77% so với cùng kỳ"], ["GRDP đạt 6,5%"], ["up 77% year on year"], ["mục tiêu"], ["8% trở lên"]])(
    "%j is not reported attainment",
    (input) => {
      const result = safeParseReportedAttainment(input);
      expect(!result.success && result.error.code).toBe("INVALID_ATTAINMENT_PHRASE");
    },
  );

  it("rejects empty and non-string input", () => {
    const empty = safeParseReportedAttainment(" ");
    expect(!empty.success && empty.error.code).toBe("EMPTY_INPUT");
    const notString = safeParseReportedAttainment(5);
    expect(!notString.success && notString.error.code).toBe("INVALID_INPUT_TYPE");
    expect(() => parseReportedAttainment("mục tiêu")).toThrow();
  });

  fcTest.prop([fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 9 })])(
    "vượt X% is always 100 + X, đạt X% is X",
    (whole, tenth) => {
      const written = `${whole},${tenth}`;
      const value = whole + tenth / 10;
      expect(parseReportedAttainment(`vượt ${written}% dự toán`).percentOfTarget).toBeCloseTo(100 + value, 9);
      expect(parseReportedAttainment(`đạt ${written}% kế hoạch`).percentOfTarget).toBeCloseTo(value, 9);
    },
  );

  fcTest.prop([fc.string({ unit: "binary" })])("never throws", (input) => {
    expect(() => safeParseReportedAttainment(input)).not.toThrow();
  });
});
