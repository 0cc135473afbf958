import { describe, expect, it } from "vitest";
import { getOrgan, listOrgans, ORGAN_INDEX } from "../../src/organs/index.js";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe("organ catalogue", () => {
  const organs = listOrgans();

  it("has unique ids, one record per index row", () => {
    expect(new Set(ORGAN_INDEX.map(([id]) => id)).size).toBe(ORGAN_INDEX.length);
    expect(organs).toHaveLength(ORGAN_INDEX.length);
  });

  it("gives every organ names in both locales and a source", () => {
    for (const organ of organs) {
      expect(organ.name.vi, organ.id).not.toBe(organ.id);
      expect(organ.name.en, organ.id).not.toBe(organ.id);
      expect(organ.source.length, organ.id).toBeGreaterThan(0);
    }
  });

  it("links only to organs it holds", () => {
    for (const organ of organs) {
      if (organ.parentId !== undefined) expect(getOrgan(organ.parentId), organ.id).toBeDefined();
      for (const successor of organ.successorIds ?? []) expect(getOrgan(successor), organ.id).toBeDefined();
    }
  });

  it("has well-formed validity windows", () => {
    for (const organ of organs) {
      if (organ.validFrom !== undefined) expect(organ.validFrom, organ.id).toMatch(ISO);
      if (organ.validUntil !== undefined) expect(organ.validUntil, organ.id).toMatch(ISO);
      if (organ.validFrom !== undefined && organ.validUntil !== undefined) {
        expect(organ.validFrom < organ.validUntil, organ.id).toBe(true);
      }
    }
  });

  it("gives successors to organs that ended", () => {
    for (const organ of organs) {
      if (organ.validUntil !== undefined && organ.kind === "state") expect(organ.successorIds, organ.id).toBeDefined();
    }
  });

  it("freezes its records", () => {
    const organ = getOrgan("government");
    expect(Object.isFrozen(organ)).toBe(true);
    expect(Object.isFrozen(organ?.abbreviations)).toBe(true);
    expect(Object.isFrozen(organ?.name)).toBe(true);
  });
});

describe("getOrgan", () => {
  it("finds organs by id", () => {
    expect(getOrgan("politburo")).toMatchObject({
      name: { vi: "Bộ Chính trị", en: "Politburo" },
      abbreviations: ["TW"],
      kind: "party",
      level: "central",
      parentId: "party-central-committee",
      generic: false,
    });
  });

  it("knows the ministries merged on 1 March 2025 and their successors", () => {
    expect(getOrgan("ministry-of-planning-and-investment")).toMatchObject({
      abbreviations: ["BKHĐT", "BKH"],
      validUntil: "2025-03-01",
      successorIds: ["ministry-of-finance"],
    });
    expect(getOrgan("ministry-of-agriculture-and-environment")?.validFrom).toBe("2025-03-01");
  });

  it("marks classes of organs and term-numbered abbreviations", () => {
    expect(getOrgan("peoples-committee")).toMatchObject({ generic: true, level: "any", abbreviations: ["UBND"] });
    expect(getOrgan("district-party-committee")).toMatchObject({ generic: true, validUntil: "2025-07-01" });
    expect(getOrgan("national-assembly")).toMatchObject({ abbreviations: ["QH"], termSuffix: true });
  });

  it("returns undefined for unknown ids and non-strings", () => {
    expect(getOrgan("nope")).toBeUndefined();
    expect(getOrgan("toString")).toBeUndefined();
    expect(getOrgan(42 as unknown as string)).toBeUndefined();
  });

  it("lists the three organs that sign as TW", () => {
    expect(
      listOrgans()
        .filter((organ) => organ.abbreviations.includes("TW"))
        .map((organ) => organ.id),
    ).toEqual(["party-central-committee", "politburo", "party-secretariat"]);
  });
});
