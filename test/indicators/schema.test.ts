import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeAttainment, extractIndicators, parseQuantity, parseTarget } from "../../src/index.js";
import { AttainmentSchema, IndicatorStatementSchema, QuantitySchema, TargetSchema } from "../../src/zod/index.js";

const articles = [
  ["vi-indicators-kon-tum-2025.txt", "vi", "2025-03-06"],
  ["en-indicators-cao-bang-nine-months.txt", "en", "2025-10-15"],
  ["pl-indicators-cao-bang.txt", "pl", "2025-10-15"],
  ["en-indicators-2023-scorecards.txt", "en", "2024-01-17"],
  ["vi-indicators-2023-scorecards.txt", "vi", "2024-01-17"],
] as const;

describe("indicator schemas", () => {
  it("accept what the parsers return", () => {
    for (const input of ["6,52%", "3.312 tỷ đồng", "1,5%/năm", "17/18", "gấp 2 lần", "12‰"]) {
      expect(QuantitySchema.safeParse(parseQuantity(input)).success, input).toBe(true);
    }
    for (const input of ["8% trở lên", "6,5–7%", "giảm 1–1,5%/năm", "100% kế hoạch vốn", "double-digit"]) {
      expect(TargetSchema.safeParse(parseTarget(input)).success, input).toBe(true);
    }
    expect(AttainmentSchema.safeParse(computeAttainment("8% trở lên", "6,52%")).success).toBe(true);
    expect(AttainmentSchema.safeParse(computeAttainment("8%", "5 tỷ đồng")).success).toBe(true);
  });

  it("accept every statement extracted from our example articles", () => {
    for (const [name, language, articleDate] of articles) {
      const text = readFileSync(new URL(`../../examples/articles/${name}`, import.meta.url), "utf8");
      for (const statement of extractIndicators(text, { language, articleDate })) {
        const result = IndicatorStatementSchema.safeParse(statement);
        expect(result.success, `${name}: ${statement.text}`).toBe(true);
      }
    }
  });

  it("reject malformed records", () => {
    const quantity = parseQuantity("3.312 tỷ đồng");
    expect(QuantitySchema.safeParse({ ...quantity, unit: { kind: "money" } }).success).toBe(false);
    expect(QuantitySchema.safeParse({ ...quantity, decimal: "3,312" }).success).toBe(false);
    const range = parseTarget("6,5–7%");
    expect(TargetSchema.safeParse({ ...range, high: 5 }).success).toBe(false);
    expect(TargetSchema.safeParse({ ...range, high: undefined }).success).toBe(false);
    expect(TargetSchema.safeParse({ ...range, comparator: "≈" }).success).toBe(false);
    expect(QuantitySchema.safeParse({ ...quantity, span: { start: 5, end: 2 } }).success).toBe(false);
  });
});
