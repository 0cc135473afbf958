import { describe, expect, it } from "vitest";
import { NEAR_MISSES } from "./fixtures/near-misses.js";
import { TIME_CASES } from "./fixtures/time-cases.js";
import { VALID_CODES } from "./fixtures/valid-codes.js";

// Every code form found in /work/shared/seeds/*.txt, as written there.
const SEED_CODE_FORMS: readonly string[] = [
  "57-NQ/TW", // seeds 000, 001
  "18-NQ/TW", // seeds 000, 001, 002, 004
  "89/NQ-HDND", // seed 000 (folded)
  "89/NQ-HĐND", // seed 001
  "35-CT/TW", // seed 002
  "118-KL/TW", // seed 002
  "96-QD/TW", // seed 003 (folded)
  "21-KL/TW", // seed 003
  "29-TB/TW", // seed 003
];

const REPAIR_ORDER = [
  "PREFIX_REMOVED",
  "URL_DECODED",
  "LOOKALIKE_REPAIRED",
  "DASH_REPAIRED",
  "SPACING_REPAIRED",
  "NUMBER_PADDING_REPAIRED",
  "SLUG_REPAIRED",
  "SEPARATORS_REPAIRED",
  "CASE_REPAIRED",
  "DIACRITICS_REPAIRED",
] as const;

const repairRank = (code: string): number => REPAIR_ORDER.indexOf(code as (typeof REPAIR_ORDER)[number]);

const validByInput = new Map(VALID_CODES.map((row) => [row.input, row]));

describe("valid-code fixtures", () => {
  it("hold at least 300 rows with unique inputs", () => {
    expect(VALID_CODES.length).toBeGreaterThanOrEqual(300);
    expect(validByInput.size).toBe(VALID_CODES.length);
  });

  it("are official forms: input === canonical", () => {
    for (const row of VALID_CODES) expect(row.canonical, row.input).toBe(row.input);
  });

  it("have fields consistent with the code", () => {
    for (const row of VALID_CODES) {
      expect(Number.isSafeInteger(row.number) && row.number > 0, row.input).toBe(true);
      expect(row.input.startsWith(String(row.number).padStart(2, "0")) || row.input.startsWith(`${row.number}`)).toBe(
        true,
      );
      expect(row.input.endsWith(row.issuer), row.input).toBe(true);
      if (row.type !== undefined) expect(row.input, row.input).toContain(`${row.type}`);
      if (row.year !== undefined) expect(row.input, row.input).toContain(`/${row.year}/`);
      if (row.system === "party") expect(row.year, row.input).toBeUndefined();
      expect(row.source.trim().length, row.input).toBeGreaterThan(0);
    }
  });

  it("cover both systems, years, typeless codes and joint issuers", () => {
    expect(VALID_CODES.some((row) => row.system === "party")).toBe(true);
    expect(
      VALID_CODES.some((row) => row.system === "state" && row.input.includes("-") && !row.input.includes("/20")),
    ).toBe(true);
    expect(VALID_CODES.some((row) => row.year !== undefined && row.type === undefined)).toBe(true);
    expect(VALID_CODES.some((row) => row.year === undefined && row.type === undefined)).toBe(true);
  });
});

describe("near-miss fixtures", () => {
  it("hold at least 80 rows with unique inputs, none of them a valid code", () => {
    expect(NEAR_MISSES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(NEAR_MISSES.map((row) => row.input)).size).toBe(NEAR_MISSES.length);
    for (const row of NEAR_MISSES) expect(validByInput.has(row.input), row.input).toBe(false);
  });

  it("list warnings in pipeline order and start strict mode with the first one", () => {
    for (const row of NEAR_MISSES) {
      const ranks = row.lenientWarnings.map(repairRank);
      expect(
        ranks.every((rank) => rank >= 0),
        row.input,
      ).toBe(true);
      expect(
        [...ranks].sort((a, b) => a - b),
        row.input,
      ).toEqual(ranks);
      expect(new Set(ranks).size, row.input).toBe(ranks.length);
      if (row.repaired === null) expect(row.lenientWarnings, row.input).toEqual([]);
      else expect(row.strictError, row.input).toBe(row.lenientWarnings[0]);
    }
  });

  it("repair to a code that differs from the input", () => {
    for (const row of NEAR_MISSES) if (row.repaired !== null) expect(row.repaired, row.input).not.toBe(row.input);
  });
});

describe("seed code forms", () => {
  it("all appear, and folded ones repair to a canonical code in the valid table", () => {
    const nearByInput = new Map(NEAR_MISSES.map((row) => [row.input, row]));
    for (const form of SEED_CODE_FORMS) {
      const valid = validByInput.get(form);
      const near = nearByInput.get(form);
      expect(valid !== undefined || near !== undefined, form).toBe(true);
      if (near !== undefined) {
        expect(near.repaired, form).not.toBeNull();
        expect(validByInput.has(near.repaired ?? ""), form).toBe(true);
      }
    }
  });
});

describe("time-case fixtures", () => {
  it("hold unique (input, asOf, date) triples with ISO-looking reference dates", () => {
    const keys = TIME_CASES.map((row) => `${row.input}|${row.asOf ?? ""}|${row.date ?? ""}`);
    expect(new Set(keys).size).toBe(TIME_CASES.length);
    expect(TIME_CASES.length).toBeGreaterThanOrEqual(30);
    for (const row of TIME_CASES) {
      expect(row.expectedError !== undefined && row.expectedWarning !== undefined, row.input).toBe(false);
    }
  });
});
