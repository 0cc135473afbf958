import { describe, expect, it } from "vitest";
import { ORGAN_NAMES } from "../../src/organs/data/organ-names.js";
import { findOrgan, getOrgan, listOrgans, ORGAN_INDEX } from "../../src/organs/index.js";
import { OrganSchema } from "../../src/zod/index.js";

describe("organ catalogue invariants", () => {
  const organs = listOrgans();

  it("has unique ids and a name row for known ids only", () => {
    expect(new Set(organs.map((organ) => organ.id)).size).toBe(organs.length);
    for (const [id] of ORGAN_NAMES) expect(getOrgan(id), id).toBeDefined();
  });

  it("has every parent and successor in the catalogue", () => {
    for (const organ of organs) {
      if (organ.parentId !== undefined) expect(getOrgan(organ.parentId), organ.id).toBeDefined();
      for (const id of organ.successorIds ?? []) expect(getOrgan(id), organ.id).toBeDefined();
    }
  });

  it("gives each organ one well-ordered validity range, and successors no earlier end", () => {
    for (const organ of organs) {
      if (organ.validFrom && organ.validUntil) expect(organ.validFrom < organ.validUntil, organ.id).toBe(true);
      for (const id of organ.successorIds ?? []) {
        const successor = getOrgan(id);
        if (organ.validUntil && successor?.validUntil)
          expect(successor.validUntil > organ.validUntil, organ.id).toBe(true);
      }
    }
  });

  it("never lets two organs of one written name be in force on the same day", () => {
    // Non-generic organs sharing a Vietnamese name must not overlap in time.
    const byName = new Map<string, string[]>();
    for (const [id, level, vi] of ORGAN_NAMES) {
      if (level !== "") continue;
      for (const name of vi.split("|")) byName.set(name, [...(byName.get(name) ?? []), id]);
    }
    for (const [name, ids] of byName) {
      const unique = [...new Set(ids)];
      if (unique.length < 2) continue;
      for (const a of unique) {
        for (const b of unique) {
          if (a >= b) continue;
          const x = getOrgan(a);
          const y = getOrgan(b);
          const overlap =
            (x?.validFrom ?? "0000") < (y?.validUntil ?? "9999") &&
            (y?.validFrom ?? "0000") < (x?.validUntil ?? "9999");
          expect(overlap, `${name}: ${a} / ${b}`).toBe(false);
        }
      }
    }
  });

  it("resolves every abbreviation of the document-code vocabulary to an organ", () => {
    for (const [id, , abbreviations, validFrom] of ORGAN_INDEX) {
      for (const abbreviation of abbreviations.replaceAll("#", "").split(" ").filter(Boolean)) {
        const asOf = validFrom ? validFrom : "2024-01-01";
        const at = id === "council-of-state" ? "1990-01-01" : asOf;
        expect(findOrgan(abbreviation, { asOf: at }), `${abbreviation} (${id})`).toBeDefined();
      }
    }
  });

  it("validates every record with OrganSchema", () => {
    for (const organ of organs) expect(OrganSchema.safeParse(organ).success, organ.id).toBe(true);
  });
});
