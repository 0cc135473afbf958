import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getProvince, isValidProvinceReference, listProvinces } from "../../src/admin-units/index.js";
import { ProvinceReferenceSchema, ProvinceSchema } from "../../src/zod/index.js";

describe("ProvinceReferenceSchema", () => {
  it.each([
    [{ code: "62", asOf: "2025-03-06" }, true],
    [{ code: "08", asOf: "2025-07-01" }, true],
    [{ code: "62", asOf: "2025-07-01" }, false],
    [{ code: "62", asOf: "2025-02-30" }, false],
    [{ code: "8", asOf: "2025-07-01" }, false],
    [{ code: "62" }, false],
    ["62", false],
  ])("%j → %s", (value, valid) => {
    expect(ProvinceReferenceSchema.safeParse(value).success).toBe(valid);
  });

  it("names the reason of a reference to a unit that did not exist then", () => {
    const result = ProvinceReferenceSchema.safeParse({ code: "62", asOf: "2026-01-01" });
    expect(result.error?.issues[0]?.message).toMatch(/^UNKNOWN_PROVINCE/);
  });

  fcTest.prop([fc.record({ code: fc.string(), asOf: fc.string() })])(
    "agrees with isValidProvinceReference",
    (value) => {
      expect(ProvinceReferenceSchema.safeParse(value).success).toBe(isValidProvinceReference(value));
    },
  );
});

describe("ProvinceSchema", () => {
  it("accepts every unit as getProvince returns it, on both sides of the arrangement", () => {
    for (const asOf of ["2024-06-01", "2025-07-01", "2026-09-30"]) {
      for (const p of listProvinces({ all: true, asOf }))
        expect(ProvinceSchema.safeParse(p).success, p.code).toBe(true);
    }
  });

  it("rejects a malformed record", () => {
    expect(ProvinceSchema.safeParse({ ...getProvince("01"), code: "1" }).success).toBe(false);
    expect(ProvinceSchema.safeParse({ ...getProvince("01"), type: "district" }).success).toBe(false);
  });
});
