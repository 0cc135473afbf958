import { describe, expect, it } from "vitest";
import {
  getCorrespondingProvinces,
  getPredecessors,
  getProvince,
  getSuccessors,
  isValidProvinceReference,
  listProvinces,
} from "../../src/admin-units/index.js";
import { OLD_TO_NEW, UNITS_34 } from "./fixtures.js";

const BEFORE = "2025-06-30";
const AFTER = "2025-07-01";

describe("old → new mapping of Nghị quyết 202/2025/QH15", () => {
  it.each(Object.entries(OLD_TO_NEW))("%s becomes exactly %s", (oldCode, newCode) => {
    const now = getCorrespondingProvinces({ code: oldCode, asOf: BEFORE }, { asOf: AFTER });
    expect(now?.map((p) => p.code)).toEqual([newCode]);
    expect(now?.[0]?.name.vi).toBe(UNITS_34[newCode]?.[0]);
  });

  it.each(
    Object.entries(OLD_TO_NEW).filter(([oldCode]) => getProvince(oldCode, { asOf: AFTER })?.status !== "current"),
  )("%s has one successor link to %s, whole, dated and with its legal basis", (oldCode, newCode) => {
    const links = getSuccessors(oldCode, { asOf: BEFORE }) ?? [];
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({
      code: newCode,
      validFrom: AFTER,
      reference: { code: newCode, asOf: AFTER },
      date: AFTER,
      adopted: "2025-06-12",
      legalBasis: "202/2025/QH15",
      transfer: "whole",
    });
  });

  it("every successor's predecessors are exactly the inverse of the mapping", () => {
    for (const unit of listProvinces({ asOf: AFTER })) {
      const expected = Object.entries(OLD_TO_NEW)
        .filter(([oldCode, newCode]) => newCode === unit.code && unit.predecessors.length > 0 && oldCode)
        .map(([oldCode]) => oldCode)
        .sort();
      expect(unit.predecessors.map((l) => l.code)).toEqual(unit.predecessors.length ? expected : []);
      for (const link of unit.predecessors) {
        const old = getProvince(link.reference.code, { asOf: link.reference.asOf });
        expect(old?.successors.map((s) => `${s.code}@${s.validFrom}`)).toEqual([`${unit.code}@${unit.validFrom}`]);
        expect(link.reference.asOf).toBe(BEFORE);
        expect(link.validUntil).toBe(AFTER);
      }
    }
  });

  it("merged units total 52 and the new units 23", () => {
    const merged = listProvinces({ asOf: BEFORE }).filter((p) => p.validUntil === AFTER);
    const formed = listProvinces({ asOf: AFTER }).filter((p) => p.validFrom === AFTER);
    expect(merged).toHaveLength(52);
    expect(formed).toHaveLength(23);
  });
});

describe("getSuccessors / getPredecessors", () => {
  it("Kon Tum (62) as of 1 July 2025 → Quảng Ngãi (51)", () => {
    expect(getSuccessors("62", { asOf: AFTER })?.map((l) => [l.code, l.name.vi])).toEqual([["51", "Quảng Ngãi"]]);
  });

  it("Quảng Ngãi (51) today ← Quảng Ngãi and Kon Tum", () => {
    expect(getPredecessors("51")?.map((l) => [l.code, l.name.vi, l.legalBasis])).toEqual([
      ["51", "Quảng Ngãi", "202/2025/QH15"],
      ["62", "Kon Tum", "202/2025/QH15"],
    ]);
  });

  it("accepts names and former names", () => {
    expect(getSuccessors("Kon Tum")?.map((l) => l.code)).toEqual(["51"]);
    expect(getPredecessors("TP.HCM")?.map((l) => l.code)).toEqual(["74", "77", "79"]);
    expect(getSuccessors("Thừa Thiên Huế")).toEqual([]);
  });

  it("a unit in force has no successors; the old 08 is reached with a date when it was in force", () => {
    expect(getSuccessors("08", { asOf: AFTER })).toEqual([]);
    expect(getSuccessors("08", { asOf: BEFORE })?.map((l) => l.code)).toEqual(["08"]);
    expect(getPredecessors("08", { asOf: BEFORE })).toEqual([]);
  });

  it("returns undefined for unknown codes and names", () => {
    expect(getSuccessors("99")).toBeUndefined();
    expect(getPredecessors("Nha Trang")).toBeUndefined();
  });

  it("returns undefined for an invalid asOf rather than throwing", () => {
    expect(getSuccessors("62", { asOf: "2025-02-30" })).toBeUndefined();
    expect(getPredecessors("51", { asOf: new Date(Number.NaN) })).toBeUndefined();
    expect(getCorrespondingProvinces({ code: "62", asOf: "2025-01-01" }, { asOf: "soon" })).toBeUndefined();
    expect(getSuccessors("62", { asOf: new Date(2025, 6, 1) })?.map((l) => l.code)).toEqual(["51"]);
  });
});

describe("getCorrespondingProvinces", () => {
  it("reads a stored reference forward and backward", () => {
    const at = (code: string, from: string, asOf: string) =>
      getCorrespondingProvinces({ code, asOf: from }, { asOf })?.map((p) => p.code);
    expect(at("62", "2025-03-06", "2026-09-01")).toEqual(["51"]);
    expect(at("51", "2026-01-01", "2025-01-01")).toEqual(["51", "62"]);
    expect(at("79", "2026-01-01", "2024-01-01")).toEqual(["74", "77", "79"]);
    expect(at("01", "2020-01-01", "2026-01-01")).toEqual(["01"]);
    expect(at("46", "2024-01-01", "2026-01-01")).toEqual(["46"]);
  });

  it("returns undefined for malformed or unknown references", () => {
    expect(getCorrespondingProvinces({ code: "99", asOf: "2025-01-01" })).toBeUndefined();
    expect(getCorrespondingProvinces({ code: "62", asOf: "yesterday" })).toBeUndefined();
    expect(getCorrespondingProvinces(null as never)).toBeUndefined();
    expect(getCorrespondingProvinces({ code: 62, asOf: "2025-01-01" } as never)).toBeUndefined();
  });
});

describe("isValidProvinceReference", () => {
  it.each([
    [{ code: "62", asOf: "2025-03-06" }, true],
    [{ code: "08", asOf: "2025-07-01" }, true],
    [{ code: "62", asOf: "2025-07-01" }, false],
    [{ code: "62", asOf: "2025-02-30" }, false],
    [{ code: "7", asOf: "2025-01-01" }, false],
    [{ code: "99", asOf: "2025-01-01" }, false],
    [{ code: "62" }, false],
    ["62", false],
    [null, false],
  ])("%j → %s", (value, expected) => {
    expect(isValidProvinceReference(value)).toBe(expected);
  });
});
