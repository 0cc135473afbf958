import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ADMINISTRATIVE_LEVELS, COMMUNE_UNIT_TYPES, listProvinces } from "../../src/admin-units/index.js";

/** Every document code the catalogue cites as the legal basis of a fact, a change or a code list. */
function legalBases(): string[] {
  const found = new Set<string>();
  const add = (code: string | undefined) => {
    if (code !== undefined) found.add(code);
  };
  for (const asOf of ["2025-06-01", "2026-09-30"]) {
    for (const p of listProvinces({ all: true, asOf })) {
      add(p.codeBasis);
      for (const fact of [...p.history.names, ...p.history.types, ...p.history.communeCounts]) add(fact.legalBasis);
      for (const link of [...p.predecessors, ...p.successors]) add(link.legalBasis);
    }
  }
  for (const item of [...ADMINISTRATIVE_LEVELS, ...COMMUNE_UNIT_TYPES]) add(item.legalBasis);
  return [...found].sort();
}

describe("legal bases", () => {
  it("are exactly the acts the catalogue is built on", () => {
    expect(legalBases()).toEqual(
      [
        "124/2004/QĐ-TTg",
        "175/2024/QH15",
        "19/2025/QĐ-TTg",
        "202/2025/QH15",
        "237/NQ-UBTVQH16",
        "30/2026/QH16",
        "36/2026/QH16",
        "388/NQ-UBTVQH16",
        "39/2026/QH16",
        "72/2025/QH15",
      ].sort(),
    );
  });
});

// The document-code module is written in parallel; this block runs as soon as its index exists.
const DOCUMENT_CODE = "../../src/document-code/index.js";
const hasDocumentCode = existsSync(new URL("../../src/document-code/index.ts", import.meta.url));

describe.skipIf(!hasDocumentCode)("legal bases read by the document-code parser", () => {
  it("each parses as a State code and is already in canonical form", async () => {
    const { parseDocumentCode } = (await import(/* @vite-ignore */ DOCUMENT_CODE)) as {
      parseDocumentCode: (input: string) => { system: string; canonical: string };
    };
    for (const code of legalBases()) {
      const parsed = parseDocumentCode(code);
      expect(parsed.system, code).toBe("state");
      expect(parsed.canonical, code).toBe(code);
    }
  });
});
