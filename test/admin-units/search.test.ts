import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  getProvince,
  listProvinces,
  type Province,
  safeGetProvince,
  searchProvinces,
} from "../../src/admin-units/index.js";
import { NOT_PROVINCES, REAL_VARIANTS } from "./fixtures.js";

const identity = (p: Province | undefined) => (p ? `${p.code}@${p.validFrom ?? "-"}` : "none");
const stripMarks = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
// The other tone placement of "oa", "oe", "uy" syllables (Hòa ↔ Hoà), when the name has one.
const OLD_TONES: Record<string, string> = { òa: "oà", óa: "oá", ỏa: "oả", õa: "oã", ọa: "oạ", úy: "uý", ùy: "uỳ" };
const otherTonePlacement = (s: string) => s.replace(/òa|óa|ỏa|õa|ọa|úy|ùy/g, (m) => OLD_TONES[m] ?? m);

/** Spellings generated from a unit as it stood on a day it was in force. */
function spellings(p: Province): string[] {
  const out = [
    p.name.vi,
    p.asciiName,
    p.fullName.vi,
    stripMarks(p.fullName.vi).toLowerCase(),
    p.fullName.en,
    p.name.vi.toUpperCase(),
    p.asciiName.replace(/[\s-]+/g, ""),
    p.name.vi.normalize("NFD"),
    `  ${p.name.vi.toLowerCase()}  `,
  ];
  if (p.type === "city") out.push(`TP. ${p.name.vi}`, `TP ${p.asciiName}`);
  else out.push(`tỉnh ${p.name.vi}`, `${p.asciiName} province`);
  if (otherTonePlacement(p.name.vi) !== p.name.vi) out.push(otherTonePlacement(p.name.vi));
  return out;
}

describe("searchProvinces ranks the right unit first", () => {
  const units = listProvinces({ all: true }).map((p) => {
    const day = p.validFrom ?? "2025-06-01";
    return getProvince(p.code, { asOf: day }) as Province;
  });

  it.each(units.map((p) => [`${p.code} ${p.name.vi} @${p.asOf}`, p] as const))(
    "%s under at least ten generated spellings",
    (_, unit) => {
      const variants = spellings(unit);
      expect(variants.length).toBeGreaterThanOrEqual(10);
      for (const query of variants) {
        const [best] = searchProvinces(query, { asOf: unit.asOf });
        expect(identity(best?.province), query).toBe(identity(unit));
        expect(best?.province.status).toBe("current");
      }
    },
  );

  it.each(REAL_VARIANTS)("real-world spelling %j on %s → %s", (query, asOf, code) => {
    const [best] = searchProvinces(query, { asOf });
    expect(best?.province.code).toBe(code);
    expect(best?.province.status).toBe("current");
    expect(getProvince(query, { asOf })?.code).toBe(code);
  });

  it("finds a former name and says so", () => {
    const [best] = searchProvinces("Thừa Thiên Huế");
    expect(best?.province.name.vi).toBe("Huế");
    expect(best?.matchedBy).toBe("historicalName");
  });

  it("puts the unit in force first and keeps the historical one after it", () => {
    const now = searchProvinces("Quảng Ngãi");
    expect(now.map((m) => m.province.status)).toEqual(["current", "abolished"]);
    const then = searchProvinces("Quảng Ngãi", { asOf: "2025-06-01" });
    expect(then.map((m) => m.province.status)).toEqual(["current", "future"]);
  });

  it("scores exact spellings above folded ones", () => {
    const exact = searchProvinces("Khánh Hoà")[0]?.score ?? 0;
    const folded = searchProvinces("Khánh Hoa")[0]?.score ?? 0;
    const alias = searchProvinces("Sài Gòn")[0]?.score ?? 0;
    expect(exact).toBe(1);
    expect(folded).toBeLessThan(exact);
    expect(alias).toBeLessThan(exact);
  });
});

describe("searchProvinces returns nothing for what is not a province", () => {
  it.each(NOT_PROVINCES)("%j", (query) => {
    expect(searchProvinces(query)).toEqual([]);
    expect(searchProvinces(query, { asOf: "2025-06-01" })).toEqual([]);
    expect(getProvince(query)).toBeUndefined();
  });

  it.each([[""], ["   "], ["x".repeat(500)], [42], [null], [undefined]])("%j", (query) => {
    expect(searchProvinces(query as string)).toEqual([]);
  });
});

describe("searchProvinces options", () => {
  it("matches prefixes only when asked", () => {
    expect(searchProvinces("Quang N")).toEqual([]);
    const names = searchProvinces("Quang N", { prefix: true, asOf: "2025-06-01" }).map((m) => m.province.name.vi);
    expect([...new Set(names)].sort()).toEqual(["Quảng Nam", "Quảng Ngãi", "Quảng Ninh"]);
    expect(searchProvinces("Vinh", { prefix: true }).every((m) => m.matchedBy === "prefix")).toBe(true);
  });

  it("limits the results", () => {
    expect(searchProvinces("Hồ Chí Minh", { limit: 1 })).toHaveLength(1);
    expect(searchProvinces("Hồ Chí Minh", { limit: 0 })).toEqual([]);
    expect(searchProvinces("Hồ Chí Minh", { limit: Number.NaN })).toHaveLength(2);
  });

  it("finds units by code and by ISO 3166-2 code", () => {
    expect(searchProvinces("62")[0]).toMatchObject({ matchedBy: "code", province: { name: { vi: "Kon Tum" } } });
    expect(searchProvinces("VN-HN")[0]).toMatchObject({ matchedBy: "iso3166", province: { code: "01" } });
  });

  it("throws INVALID_DATE_LIKE for an invalid asOf", () => {
    expect(() => searchProvinces("Hà Nội", { asOf: "tomorrow" })).toThrow(
      expect.objectContaining({ code: "INVALID_DATE_LIKE" }),
    );
  });
});

describe("getProvince and safeGetProvince", () => {
  it("resolves a unit that no longer exists to that unit, with its successors", () => {
    const konTum = getProvince("Kon Tum");
    expect(konTum).toMatchObject({ code: "62", status: "abolished", validUntil: "2025-07-01" });
    expect(konTum?.successors.map((l) => l.name.vi)).toEqual(["Quảng Ngãi"]);
    expect(konTum?.fullName.vi).toBe("Tỉnh Kon Tum");
  });

  it("reads a code as the unit bearing it on asOf", () => {
    expect(getProvince("62", { asOf: "2025-06-01" })?.status).toBe("current");
    expect(getProvince("15", { asOf: "2025-06-01" })?.name.vi).toBe("Yên Bái");
    expect(getProvince("15", { asOf: "2025-07-01" })?.name.vi).toBe("Lào Cai");
  });

  it("returns undefined for non-strings and for an invalid asOf", () => {
    expect(getProvince(42 as unknown as string)).toBeUndefined();
    expect(getProvince("Hà Nội", { asOf: "2025-13-01" })).toBeUndefined();
    expect(getProvince("Hà Nội", { asOf: new Date(-70000000000000) })).toBeUndefined();
    expect(getProvince("Hà Nội", null as never)?.code).toBe("01");
  });

  it("warns when the unit was not in force", () => {
    const abolished = safeGetProvince("Kon Tum", { asOf: "2026-01-01" });
    expect(abolished.success && abolished.warnings.map((w) => w.code)).toEqual(["UNIT_ABOLISHED"]);
    const future = safeGetProvince("Tuyên Quang", { asOf: "2020-01-01" });
    expect(future.success && future.data.validUntil).toBe("2025-07-01");
    const formed = safeGetProvince("08", { asOf: "2025-07-01" });
    expect(formed.success && formed.warnings).toEqual([]);
  });

  it("prefers the unit in force over an earlier or later one of the same name", () => {
    const later = safeGetProvince("Tuyên Quang", { asOf: "2025-06-01" });
    expect(later.success && [later.data.status, later.data.validUntil]).toEqual(["current", "2025-07-01"]);
  });

  it.each([
    [42, "INVALID_INPUT_TYPE"],
    [null, "INVALID_INPUT_TYPE"],
    ["", "EMPTY_INPUT"],
    ["  ", "EMPTY_INPUT"],
    ["Nha Trang", "UNKNOWN_PROVINCE"],
    ["99", "UNKNOWN_PROVINCE"],
  ])("fails on %j with %s", (input, code) => {
    const result = safeGetProvince(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe(code);
  });

  it("fails on an invalid asOf with INVALID_DATE_LIKE instead of throwing", () => {
    const result = safeGetProvince("Hà Nội", { asOf: "2025-13-01" });
    expect(!result.success && result.error.code).toBe("INVALID_DATE_LIKE");
  });

  fcTest.prop([fc.anything(), fc.anything()])("safeGetProvince never throws", (input, asOf) => {
    expect(() => safeGetProvince(input, { asOf } as never)).not.toThrow();
  });

  fcTest.prop([fc.string({ unit: "binary" })])("search and lookup never throw on any string", (query) => {
    expect(() => searchProvinces(query, { prefix: true })).not.toThrow();
    expect(() => getProvince(query)).not.toThrow();
  });

  fcTest.prop([fc.constantFrom(...listProvinces({ all: true }).map((p) => p.name.vi)), fc.boolean()])(
    "search is insensitive to case and diacritics of a known name",
    (name, upper) => {
      const query = upper ? stripMarks(name).toUpperCase() : stripMarks(name).toLowerCase();
      expect(searchProvinces(query).length).toBeGreaterThan(0);
    },
  );
});
