import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Measure, parseQuantity, safeParseQuantity, VnPolityError } from "../../src/index.js";

const ROWS: readonly {
  readonly input: string;
  readonly language?: "vi" | "en" | "pl";
  readonly value: number;
  readonly decimal: string;
  readonly unit: Measure;
  readonly exponent?: number;
  readonly qualifier?: string;
}[] = [
  { input: "6,52%", value: 6.52, decimal: "6.52", unit: { kind: "percent" } },
  { input: "-9,28%", value: -9.28, decimal: "-9.28", unit: { kind: "percent" } },
  { input: "6.52%", language: "en", value: 6.52, decimal: "6.52", unit: { kind: "percent" } },
  { input: "6,52%", language: "pl", value: 6.52, decimal: "6.52", unit: { kind: "percent" } },
  { input: "1,2 điểm phần trăm", value: 1.2, decimal: "1.2", unit: { kind: "percentagePoints" } },
  { input: "0.5 percentage points", language: "en", value: 0.5, decimal: "0.5", unit: { kind: "percentagePoints" } },
  { input: "0.5 pp", language: "en", value: 0.5, decimal: "0.5", unit: { kind: "percentagePoints" } },
  {
    input: "3.312 tỷ đồng",
    value: 3.312e12,
    decimal: "3312000000000",
    exponent: 9,
    unit: { kind: "money", currency: "VND" },
  },
  {
    input: "4.210,5 tỷ đồng",
    value: 4.2105e12,
    decimal: "4210500000000",
    exponent: 9,
    unit: { kind: "money", currency: "VND" },
  },
  {
    input: "2,5 nghìn tỷ đồng",
    value: 2.5e12,
    decimal: "2500000000000",
    exponent: 12,
    unit: { kind: "money", currency: "VND" },
  },
  {
    input: "USD 1,299 million",
    language: "en",
    value: 1.299e9,
    decimal: "1299000000",
    exponent: 6,
    unit: { kind: "money", currency: "USD" },
  },
  {
    input: "VND 1,585.4 billion",
    language: "en",
    value: 1.5854e12,
    decimal: "1585400000000",
    exponent: 9,
    unit: { kind: "money", currency: "VND" },
  },
  {
    input: "1 299 mln USD",
    language: "pl",
    value: 1.299e9,
    decimal: "1299000000",
    exponent: 6,
    unit: { kind: "money", currency: "USD" },
  },
  {
    input: "3 312 mld VND",
    language: "pl",
    value: 3.312e12,
    decimal: "3312000000000",
    exponent: 9,
    unit: { kind: "money", currency: "VND" },
  },
  {
    input: "1.299 triệu USD",
    value: 1.299e9,
    decimal: "1299000000",
    exponent: 6,
    unit: { kind: "money", currency: "USD" },
  },
  {
    input: "$5 billion",
    language: "en",
    value: 5e9,
    decimal: "5000000000",
    exponent: 9,
    unit: { kind: "money", currency: "USD" },
  },
  {
    input: "ponad 1 299 mln USD",
    language: "pl",
    value: 1.299e9,
    decimal: "1299000000",
    exponent: 6,
    unit: { kind: "money", currency: "USD" },
    qualifier: ">",
  },
  { input: "1.585 dịch vụ công", value: 1585, decimal: "1585", unit: { kind: "count", noun: "dịch vụ công" } },
  { input: "50.000 lượt khách", value: 50000, decimal: "50000", unit: { kind: "count", noun: "lượt khách" } },
  {
    input: "2,100 procedures",
    language: "en",
    value: 2100,
    decimal: "2100",
    unit: { kind: "count", noun: "procedures" },
  },
  { input: "56 đơn vị cấp xã", value: 56, decimal: "56", unit: { kind: "count", noun: "đơn vị cấp xã" } },
  { input: "1,5%/năm", value: 1.5, decimal: "1.5", unit: { kind: "rate", per: "year" } },
  { input: "3% a year", language: "en", value: 3, decimal: "3", unit: { kind: "rate", per: "year" } },
  {
    input: "12 per 1,000 people",
    language: "en",
    value: 12,
    decimal: "12",
    unit: { kind: "rate", perPopulation: 1000 },
  },
  { input: "12‰", value: 12, decimal: "12", unit: { kind: "rate", perPopulation: 1000 } },
  {
    input: "7 bác sĩ/vạn dân",
    value: 7,
    decimal: "7",
    unit: { kind: "rate", noun: "bác sĩ", perPopulation: 10000 },
  },
  { input: "45% GRDP", value: 45, decimal: "45", unit: { kind: "share", base: "GRDP" } },
  { input: "20% of GDP", language: "en", value: 20, decimal: "20", unit: { kind: "share", base: "GDP" } },
  { input: "94,8% kế hoạch", value: 94.8, decimal: "94.8", unit: { kind: "share", base: "plan" } },
  { input: "104,6% dự toán", value: 104.6, decimal: "104.6", unit: { kind: "share", base: "estimate" } },
  { input: "gấp 2 lần", value: 2, decimal: "2", unit: { kind: "multiple" } },
  { input: "gấp đôi", value: 2, decimal: "2", unit: { kind: "multiple" } },
  { input: "3 times", language: "en", value: 3, decimal: "3", unit: { kind: "multiple" } },
  { input: "68,5 điểm", value: 68.5, decimal: "68.5", unit: { kind: "points" } },
  { input: "hạng 5", value: 5, decimal: "5", unit: { kind: "rank" } },
  { input: "ranked 12", language: "en", value: 12, decimal: "12", unit: { kind: "rank" } },
  { input: "17/18", value: 17, decimal: "17", unit: { kind: "score", outOf: 18 } },
  { input: "1.436/1.770", language: "vi", value: 1436, decimal: "1436", unit: { kind: "score", outOf: 1770 } },
  { input: "trên 10%", value: 10, decimal: "10", unit: { kind: "percent" }, qualifier: ">" },
  { input: "8% trở lên", value: 8, decimal: "8", unit: { kind: "percent" }, qualifier: ">=" },
  { input: "2024", value: 2024, decimal: "2024", unit: { kind: "number" } },
];

describe("parseQuantity", () => {
  it.for(ROWS)("$input", (row) => {
    const quantity = parseQuantity(row.input, row.language ? { language: row.language } : {});
    expect(quantity.value).toBeCloseTo(row.value, 6);
    expect(quantity.decimal).toBe(row.decimal);
    expect(quantity.unit).toEqual(row.unit);
    expect(quantity.exponent).toBe(row.exponent);
    expect(quantity.qualifier).toBe(row.qualifier);
    expect(row.input.slice(quantity.span.start, quantity.span.end)).toBe(quantity.text);
  });

  it("keeps money exact beyond 2^53 in the decimal string", () => {
    const big = parseQuantity("123.456.789.012,345 tỷ đồng");
    expect(big.decimal).toBe("123456789012345000000");
    expect(big.digits).toBe("123456789012.345");
  });

  it("passes number warnings on (a bare '1.585' could be 1585 or 1.585)", () => {
    const result = safeParseQuantity("1.585");
    expect(result.success && result.warnings.map((w) => w.code)).toEqual(["AMBIGUOUS_NUMBER"]);
    // Words of the text settle the convention: no warning for Vietnamese.
    const vietnamese = safeParseQuantity("1.585 doanh nghiệp");
    expect(vietnamese.success && vietnamese.warnings).toEqual([]);
  });

  it.each([
    ["", "EMPTY_INPUT"],
    ["tỷ đồng", "INVALID_QUANTITY"],
    ["abc 5%", "INVALID_QUANTITY"],
    ["5% 6%", "INVALID_QUANTITY"],
    ["5 tỷ đồng 7", "INVALID_QUANTITY"],
  ])("%j fails with %s", (input, code) => {
    const result = safeParseQuantity(input);
    expect(!result.success && result.error.code).toBe(code);
  });

  it("rejects non-strings and bad options, and parseQuantity throws", () => {
    expect(safeParseQuantity(null).success).toBe(false);
    const bad = safeParseQuantity("5%", { locale: "fr" as "en" });
    expect(!bad.success && bad.error.code).toBe("INVALID_OPTION");
    expect(() => parseQuantity("")).toThrow(VnPolityError);
  });

  fcTest.prop([fc.string({ unit: "binary" })])("never throws on any string", (input) => {
    expect(() => safeParseQuantity(input)).not.toThrow();
  });

  fcTest.prop([fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.constantFrom("tỷ", "triệu", "nghìn tỷ")])(
    "money is exact: digits shifted by the scale",
    (digits, scale) => {
      const grouped = digits.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
      const quantity = parseQuantity(`${grouped} ${scale} đồng`, { language: "vi" });
      const exponent = scale === "tỷ" ? 9 : scale === "triệu" ? 6 : 12;
      const expected = digits === 0n ? "0" : `${digits}${"0".repeat(exponent)}`;
      expect(quantity.decimal).toBe(expected);
    },
  );
});
