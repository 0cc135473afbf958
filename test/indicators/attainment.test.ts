import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ATTAINMENT_PRESETS,
  type AttainmentStatus,
  computeAttainment,
  formatAttainmentStatus,
  parseTarget,
  type Target,
} from "../../src/index.js";

type Row = readonly [target: string, actual: number, status: AttainmentStatus, note: string];

// Every boundary of every comparator under the "standard" preset (nearly achieved from 95% of the target).
const BOUNDARIES: readonly Row[] = [
  ["8% trở lên", 8.01, "exceeded", ">=: above the bound exceeds"],
  ["8% trở lên", 8, "achieved", ">=: on the bound achieves"],
  ["8% trở lên", 7.99, "nearly-achieved", ">=: just below is nearly"],
  ["8% trở lên", 7.6, "nearly-achieved", ">=: exactly 95% of the target is nearly"],
  ["8% trở lên", 7.59, "not-achieved", ">=: below 95% is not achieved"],
  ["8% trở lên", 6.52, "not-achieved", "the Cao Bang figure"],
  ["trên 70%", 70.01, "exceeded", ">: above the bound"],
  ["trên 70%", 70, "nearly-achieved", ">: the bound itself does not satisfy a strict bound"],
  ["trên 70%", 66.5, "nearly-achieved", ">: 95% of the bound"],
  ["trên 70%", 66.49, "not-achieved", ">: below 95%"],
  ["8%", 8.5, "exceeded", "=: above"],
  ["8%", 8, "achieved", "=: equal"],
  ["8%", 7.6, "nearly-achieved", "=: 95%"],
  ["8%", 7.5, "not-achieved", "=: below 95%"],
  ["khoảng 10%", 10.5, "achieved", "~: +5% tolerance edge"],
  ["khoảng 10%", 10.51, "exceeded", "~: beyond the tolerance"],
  ["khoảng 10%", 9.5, "achieved", "~: -5% tolerance edge"],
  ["khoảng 10%", 9.49, "not-achieved", "~: below the tolerance and below 95%"],
  ["khoảng trên 10%", 9.5, "achieved", "approximate >: the tolerance reaches below the bound"],
  ["khoảng trên 10%", 10, "achieved", "approximate >: the bound is within tolerance"],
  ["6,5–7%", 7.01, "exceeded", "range: above the upper bound"],
  ["6,5–7%", 7, "achieved", "range: upper bound"],
  ["6,5–7%", 6.5, "achieved", "range: lower bound"],
  ["6,5–7%", 6.49, "nearly-achieved", "range: just below the lower bound"],
  ["6,5–7%", 6.175, "nearly-achieved", "range: 95% of the lower bound"],
  ["6,5–7%", 6.17, "not-achieved", "range: below 95% of the lower bound"],
  ["không quá 3%", 2.9, "exceeded", "<=: lower is better, below the cap exceeds"],
  ["không quá 3%", 3, "achieved", "<=: on the cap"],
  ["không quá 3%", 3.15, "nearly-achieved", "<=: 5% over the cap"],
  ["không quá 3%", 3.16, "not-achieved", "<=: more than 5% over the cap"],
  ["dưới 1%", 0.99, "exceeded", "<: below the bound"],
  ["dưới 1%", 1, "nearly-achieved", "<: the bound itself does not satisfy a strict bound"],
  ["dưới 1%", 1.05, "nearly-achieved", "<: 5% over"],
  ["dưới 1%", 1.06, "not-achieved", "<: more than 5% over"],
];

describe("computeAttainment boundaries (standard preset)", () => {
  it.for(BOUNDARIES)("%s with %d → %s (%s)", ([target, actual, status]) => {
    expect(computeAttainment(target, actual).status).toBe(status);
  });
});

describe("computeAttainment presets", () => {
  it("vn-plan has no nearly band: vượt / đạt / không đạt", () => {
    const read = (actual: number) => computeAttainment("8% trở lên", actual, { preset: "vn-plan" });
    expect(read(8.5).label.vi).toBe("Vượt");
    expect(read(8).label.vi).toBe("Đạt");
    expect(read(7.99).status).toBe("not-achieved");
    expect(read(7.99).label.vi).toBe("Không đạt");
    expect(computeAttainment("trên 70%", 70, { preset: "vn-plan" }).status).toBe("not-achieved");
  });

  it("open-sdg bands the shortfall: on track, acceleration needed, limited progress, deterioration", () => {
    const band = (actual: number) => computeAttainment("8% or more", actual, { preset: "open-sdg" }).band?.id;
    expect(band(7.6)).toBe("on-track");
    expect(band(7.59)).toBe("acceleration-needed");
    expect(band(4.8)).toBe("acceleration-needed");
    expect(band(4.79)).toBe("limited-progress");
    expect(band(0)).toBe("limited-progress");
    expect(band(-2.27)).toBe("deterioration");
    expect(computeAttainment("8% or more", 9, { preset: "open-sdg" }).band).toBeUndefined();
    expect(computeAttainment("8% or more", 8, { preset: "open-sdg" }).label.en).toBe("Target achieved");
  });

  it("open-sdg with a baseline measures progress from it", () => {
    const result = computeAttainment("8% or more", 6.5, { preset: "open-sdg", baseline: 5 });
    expect(result.performance).toBeCloseTo(0.5, 12);
    expect(result.band?.id).toBe("limited-progress");
  });

  it("accepts a preset object of one's own", () => {
    const lenient = { ...ATTAINMENT_PRESETS.standard, id: "lenient", nearly: 0.8 };
    expect(computeAttainment("8% trở lên", 6.52, { preset: lenient }).status).toBe("nearly-achieved");
    expect(computeAttainment("8% trở lên", 6.52, { preset: lenient }).preset).toBe("lenient");
  });

  it("formats the label in a locale", () => {
    expect(formatAttainmentStatus(computeAttainment("8% trở lên", 8.5), "vi")).toBe("Vượt chỉ tiêu");
    expect(formatAttainmentStatus(computeAttainment("8% trở lên", 8.5), "en")).toBe("Exceeded");
  });
});

describe("computeAttainment figures", () => {
  it("reports ratio and gap in percentage points for growth rates", () => {
    const result = computeAttainment("8% trở lên", "6,52%");
    expect(result.ratio).toBe(0.815);
    expect(result.gap).toBe(-1.48);
    expect(result.gapDecimal).toBe("-1.48");
    expect(result.gapUnit).toBe("percentagePoints");
    expect(result.reference).toBe(8);
    expect(result.direction).toBe("higher");
  });

  it("gives the position within a range", () => {
    expect(computeAttainment("6,5–7%", 6.8).position).toBeCloseTo(0.6, 12);
    expect(computeAttainment("6,5–7%", 7.2).position).toBeCloseTo(1.4, 12);
    expect(computeAttainment("6,5–7%", 6.8).reference).toBe(6.5);
  });

  it("is direction-aware for lower-is-better targets", () => {
    const result = computeAttainment("dưới 1%", 0.8);
    expect(result.status).toBe("exceeded");
    expect(result.performance).toBeCloseTo(1.2, 12);
    expect(computeAttainment("8%", 7, { direction: "lower" }).status).toBe("exceeded");
  });

  it("band direction: inside achieves, either side falls short", () => {
    const band = parseTarget("4–4,5%", { direction: "band" });
    expect(computeAttainment(band, 4.2).status).toBe("achieved");
    expect(computeAttainment(band, 4.6).status).toBe("nearly-achieved");
    expect(computeAttainment(band, 5).status).toBe("not-achieved");
    expect(computeAttainment(band, 3.9).status).toBe("nearly-achieved");
    expect(computeAttainment("4%", 4.1, { direction: "band", tolerance: 0.05 }).status).toBe("achieved");
    expect(computeAttainment("4%", 5, { direction: "band" }).status).toBe("not-achieved");
  });

  it("handles negative growth and negative targets", () => {
    expect(computeAttainment("8% trở lên", -9.28).status).toBe("not-achieved");
    expect(computeAttainment("8% trở lên", -9.28).performance).toBeCloseTo(-1.16, 12);
    expect(computeAttainment("-1%", -0.5).status).toBe("exceeded");
    expect(computeAttainment("-1%", -1.03).status).toBe("nearly-achieved");
    expect(computeAttainment("-1%", -1.2).status).toBe("not-achieved");
  });

  it("handles zero targets without a ratio", () => {
    const above = computeAttainment("0%", 0.5);
    expect(above.status).toBe("exceeded");
    expect(above.ratio).toBeUndefined();
    const below = computeAttainment("0%", -0.5);
    expect(below.status).toBe("not-achieved");
    expect(below.issues.map((issue) => issue.code)).toEqual(["RATIO_UNDEFINED"]);
    expect(computeAttainment("0%", -0.5, { absoluteTolerance: 0.5 }).status).toBe("achieved");
  });

  it("reads a decrease target met by a negative change", () => {
    expect(computeAttainment("giảm 1–1,5%/năm", -1.2).status).toBe("achieved");
    expect(computeAttainment("giảm 1–1,5%/năm", 1.2).status).toBe("achieved");
    expect(computeAttainment("giảm 1–1,5%/năm", -2).status).toBe("exceeded");
    expect(computeAttainment("giảm 1–1,5%/năm", -0.5).status).toBe("not-achieved");
  });

  it("compares money exactly across scales and refuses other currencies", () => {
    const scales = computeAttainment("3 nghìn tỷ đồng trở lên", "3.312 tỷ đồng");
    expect(scales.status).toBe("exceeded");
    expect(scales.gapDecimal).toBe("312000000000");
    const same = computeAttainment("3.000 tỷ đồng trở lên", "3.312 tỷ đồng");
    expect(same.status).toBe("exceeded");
    expect(same.gapDecimal).toBe("312000000000");
    expect(same.gapUnit).toBe("money");
    const mismatch = computeAttainment("3.000 tỷ đồng trở lên", "1.299 triệu USD");
    expect(mismatch.status).toBe("not-comparable");
    expect(mismatch.issues[0]?.code).toBe("UNIT_MISMATCH");
    expect(mismatch.issues[0]?.hint).toBe("VND vs USD");
  });

  it("compares a score with a percentage target and rescales rates per population", () => {
    expect(computeAttainment("trên 70%", "1.436/1.770").status).toBe("exceeded");
    expect(computeAttainment("10 bác sĩ/vạn dân", "1,2 per 1,000 people").status).toBe("exceeded");
    expect(computeAttainment("8%", "5 tỷ đồng").issues[0]?.code).toBe("UNIT_MISMATCH");
  });

  it("reads reported attainment given as the actual exactly: đạt X% is X, vượt X% is 100 + X", () => {
    const exceeded = computeAttainment("100% dự toán", "vượt 69% dự toán");
    expect([exceeded.status, exceeded.actual, exceeded.ratio]).toEqual(["exceeded", 169, 1.69]);
    const reached = computeAttainment("100% kế hoạch", "đạt 94,8% kế hoạch", { preset: "vn-plan" });
    expect([reached.status, reached.actual, reached.gap]).toEqual(["not-achieved", 94.8, -5.2]);
    const english = computeAttainment("100% of the estimate", "exceeding 69% of the estimate");
    expect(english.actual).toBe(169);
  });

  it("reports invalid input as not comparable", () => {
    expect(computeAttainment("mục tiêu", 5).issues[0]?.code).toBe("INVALID_TARGET");
    expect(computeAttainment("8%", "abc").issues[0]?.code).toBe("INVALID_QUANTITY");
    expect(computeAttainment("8%", Number.NaN).issues[0]?.code).toBe("INVALID_QUANTITY");
    expect(computeAttainment("8%", 5, { preset: "nope" as "vn-plan" }).issues[0]?.code).toBe("INVALID_OPTION");
    expect(computeAttainment("8%", 5, { tolerance: -1 }).issues[0]?.code).toBe("INVALID_OPTION");
    expect(computeAttainment({} as Target, 5).status).toBe("not-comparable");
  });
});

const RANK: Readonly<Record<AttainmentStatus, number>> = {
  "not-comparable": -1,
  "not-achieved": 0,
  "nearly-achieved": 1,
  achieved: 2,
  exceeded: 3,
};

const TARGETS = ["8% trở lên", "trên 70%", "khoảng 10%", "6,5–7%", "8%", "-1%", "0%", "khoảng trên 10%"];
const LOWER_TARGETS = ["dưới 1%", "không quá 3%", "giảm xuống dưới 2%"];
const value = fc.double({ min: -50, max: 150, noNaN: true });

describe("computeAttainment properties", () => {
  fcTest.prop([fc.constantFrom(...TARGETS), value, value, fc.constantFrom("standard", "vn-plan", "open-sdg" as const)])(
    "status never falls as the actual rises (higher is better)",
    (target, a, b, preset) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      const options = { preset } as const;
      expect(RANK[computeAttainment(target, low, options).status]).toBeLessThanOrEqual(
        RANK[computeAttainment(target, high, options).status],
      );
    },
  );

  fcTest.prop([fc.constantFrom(...LOWER_TARGETS), value, value])(
    "status never rises as the actual rises (lower is better)",
    (target, a, b) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      expect(RANK[computeAttainment(target, low).status]).toBeGreaterThanOrEqual(
        RANK[computeAttainment(target, high).status],
      );
    },
  );

  fcTest.prop([
    fc.integer({ min: 1, max: 1_000_000 }),
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.integer({ min: 1, max: 10_000 }),
    fc.integer({ min: -3, max: 3 }),
  ])("scaling target and actual by one factor leaves ratio and status unchanged", (t, a, k, shift) => {
    const scale = (n: number) => `${BigInt(n) * BigInt(k)}${shift >= 0 ? "0".repeat(shift) : ""}`;
    const money = (digits: string) => ({
      value: Number(digits),
      decimal: digits,
      unit: { kind: "money", currency: "VND" } as const,
      text: digits,
      span: { start: 0, end: 0 },
    });
    const target = (digits: string): Target => ({
      comparator: ">=",
      value: Number(digits),
      decimal: digits,
      unit: { kind: "money", currency: "VND" },
      direction: "higher",
      approximate: false,
      text: digits,
      span: { start: 0, end: 0 },
    });
    const base = computeAttainment(target(String(t)), money(String(a)));
    const scaled = computeAttainment(target(scale(t)), money(scale(a)));
    expect(scaled.ratio).toBe(base.ratio);
    expect(scaled.status).toBe(base.status);
  });

  fcTest.prop([fc.string({ unit: "binary" }), fc.anything()])("never throws on any input", (target, actual) => {
    expect(() => computeAttainment(target, actual as number)).not.toThrow();
    expect(() => computeAttainment(actual as string, target)).not.toThrow();
    expect(() => computeAttainment(target, target, actual as object)).not.toThrow();
  });
});
