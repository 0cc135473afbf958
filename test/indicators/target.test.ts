import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTarget, safeParseTarget, VnPolityError } from "../../src/index.js";
import { TARGET_ROWS } from "./target-table.js";

describe("parseTarget table", () => {
  it("has at least 120 rows in both languages", () => {
    expect(TARGET_ROWS.length).toBeGreaterThanOrEqual(120);
    expect(new Set(TARGET_ROWS.map((row) => `${row.input}|${row.language ?? ""}`)).size).toBe(TARGET_ROWS.length);
  });

  it.for(TARGET_ROWS)("$input", (row) => {
    const options = row.language ? { language: row.language } : {};
    const target = parseTarget(row.input, options);
    expect(target.comparator).toBe(row.comparator);
    expect(target.value).toBeCloseTo(row.value, 9);
    if (row.high === undefined) expect(target.high).toBeUndefined();
    else expect(target.high).toBeCloseTo(row.high, 9);
    expect(target.unit.kind).toBe(row.unit);
    expect(target.direction).toBe(row.direction);
    expect(target.approximate).toBe(row.approximate ?? false);
    expect(target.change).toBe(row.change);
    expect(row.input.slice(target.span.start, target.span.end)).toBe(target.text);
  });
});

describe("parseTarget details", () => {
  it("keeps exact decimals for money bounds", () => {
    const target = parseTarget("từ 3.000 đến 3.500 tỷ đồng");
    expect(target.decimal).toBe("3000000000000");
    expect(target.highDecimal).toBe("3500000000000");
    expect(target.unit.currency).toBe("VND");
  });

  it("takes the direction option for phrases that do not imply one", () => {
    expect(parseTarget("khoảng 4%", { direction: "lower" }).direction).toBe("lower");
    expect(parseTarget("6,5–7%", { direction: "band" }).direction).toBe("band");
    // One-sided words decide for themselves.
    expect(parseTarget("không quá 4%", { direction: "higher" }).direction).toBe("lower");
  });

  it("records rate periods, share bases and population bases", () => {
    expect(parseTarget("giảm 1–1,5%/năm").unit).toEqual({ kind: "rate", per: "year" });
    expect(parseTarget("100% kế hoạch vốn").unit).toEqual({ kind: "share", base: "plan" });
    expect(parseTarget("20% of GRDP").unit).toEqual({ kind: "share", base: "GRDP" });
    expect(parseTarget("12 per 1,000 people").unit).toEqual({ kind: "rate", perPopulation: 1000 });
  });

  it("maps spans back to the caller's string through normalisation", () => {
    const input = "  khoa\u0309ng 10%  ";
    const target = parseTarget(input);
    expect(target.comparator).toBe("~");
    expect(input.slice(target.span.start, target.span.end)).toBe("khoa\u0309ng 10%");
  });
});

describe("safeParseTarget errors", () => {
  it.each([
    ["", "EMPTY_INPUT"],
    ["   ", "EMPTY_INPUT"],
    ["mục tiêu", "INVALID_TARGET"],
    ["tối thiểu", "INVALID_TARGET"],
    ["8% 9%", "INVALID_TARGET"],
    ["trở lên", "INVALID_TARGET"],
  ])("%j fails with %s", (input, code) => {
    const result = safeParseTarget(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe(code);
  });

  it("rejects non-strings and bad options", () => {
    const notString = safeParseTarget(42 as unknown as string);
    expect(!notString.success && notString.error.code).toBe("INVALID_INPUT_TYPE");
    const badLanguage = safeParseTarget("8%", { language: "xx" as "vi" });
    expect(!badLanguage.success && badLanguage.error.code).toBe("INVALID_OPTION");
    const badDirection = safeParseTarget("8%", { direction: "up" as "higher" });
    expect(!badDirection.success && badDirection.error.code).toBe("INVALID_OPTION");
  });

  it("parseTarget throws the same error", () => {
    expect(() => parseTarget("mục tiêu")).toThrow(VnPolityError);
  });
});

describe("safeParseTarget properties", () => {
  fcTest.prop([fc.string({ unit: "binary" })])("never throws on any string", (input) => {
    expect(() => safeParseTarget(input)).not.toThrow();
  });

  fcTest.prop([fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 99 })])(
    "reads back any 'x,yy% trở lên' exactly",
    (whole, hundredths) => {
      const fraction = String(hundredths).padStart(2, "0");
      const target = parseTarget(`${whole},${fraction}% trở lên`, { language: "vi" });
      const expected = `${whole}.${fraction}`.replace(/\.?0+$/, "");
      expect(target.comparator).toBe(">=");
      expect(target.decimal).toBe(whole === 0 && hundredths === 0 ? "0" : expected);
    },
  );
});
