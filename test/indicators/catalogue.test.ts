import { describe, expect, it } from "vitest";
import { findIndicator, foldForMatch, getIndicator, INDICATORS, listIndicators } from "../../src/index.js";

describe("indicator catalogue", () => {
  it("has unique kebab-case ids, both names, a source and at least one alias", () => {
    expect(new Set(INDICATORS.map((indicator) => indicator.id)).size).toBe(INDICATORS.length);
    for (const indicator of INDICATORS) {
      expect(indicator.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(indicator.name.vi.length).toBeGreaterThan(2);
      expect(indicator.name.en.length).toBeGreaterThan(2);
      expect(indicator.source.length).toBeGreaterThan(5);
      expect(indicator.aliases.length).toBeGreaterThan(0);
      if (indicator.level !== undefined) expect(getIndicator(indicator.level)).toBeDefined();
    }
  });

  it("is frozen data", () => {
    expect(Object.isFrozen(INDICATORS)).toBe(true);
    for (const indicator of INDICATORS) {
      expect(Object.isFrozen(indicator)).toBe(true);
      expect(Object.isFrozen(indicator.aliases)).toBe(true);
    }
    expect(listIndicators()).toBe(INDICATORS);
  });

  it("never gives one alias to two indicators", () => {
    const owners = new Map<string, string>();
    for (const indicator of INDICATORS) {
      for (const alias of indicator.aliases) {
        const key = foldForMatch(alias);
        expect(owners.get(key) ?? indicator.id, alias).toBe(indicator.id);
        owners.set(key, indicator.id);
      }
    }
  });

  it("finds every indicator by each of its aliases and names", () => {
    for (const indicator of INDICATORS) {
      for (const alias of [...indicator.aliases, indicator.name.vi, indicator.name.en]) {
        expect(findIndicator(alias.toUpperCase())?.id, alias).toBe(indicator.id);
      }
    }
  });

  it("covers the indicators plans report on", () => {
    const ids = INDICATORS.map((indicator) => indicator.id);
    for (const id of [
      "grdp-growth",
      "gdp-growth",
      "grdp-per-capita",
      "budget-revenue",
      "public-investment-disbursement",
      "import-export-turnover",
      "exports",
      "fdi",
      "retail-sales",
      "tourist-arrivals",
      "tourism-revenue",
      "multidimensional-poverty-rate",
      "new-enterprises",
      "online-public-services",
      "digital-economy-share",
      "industrial-production-index",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("knows directions, units and additivity", () => {
    expect(getIndicator("multidimensional-poverty-rate")).toMatchObject({ direction: "lower", unit: "percent" });
    expect(getIndicator("budget-revenue")).toMatchObject({ direction: "higher", unit: "money", additive: true });
    expect(getIndicator("grdp-growth")).toMatchObject({ growth: true, additive: false, level: "grdp" });
  });

  it("answers undefined for unknown names and non-strings", () => {
    expect(getIndicator("nope")).toBeUndefined();
    expect(findIndicator("")).toBeUndefined();
    expect(findIndicator("thu chi")).toBeUndefined();
    expect(getIndicator(5 as unknown as string)).toBeUndefined();
    expect(findIndicator(null as unknown as string)).toBeUndefined();
  });
});
