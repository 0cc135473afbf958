import { describe, expect, it } from "vitest";
import {
  DATA_AS_OF,
  isCalendarDate,
  isWithin,
  resolveAsOf,
  safeToIsoDate,
  toIsoDate,
  VnPolityError,
} from "../../src/core/index.js";

describe("DateLike handling", () => {
  it.each([
    ["2025-07-01", "2025-07-01"],
    ["2024-02-29", "2024-02-29"],
  ])("reads the ISO string %s", (input, expected) => {
    expect(safeToIsoDate(input)).toEqual({ success: true, data: expected, warnings: [] });
  });

  it("reads a Date by its local calendar day", () => {
    expect(safeToIsoDate(new Date(2025, 6, 1, 23, 59))).toMatchObject({ success: true, data: "2025-07-01" });
  });

  it.each(["2025-02-29", "2025-13-01", "1/7/2025", "2025-7-1", "", " 2025-07-01"])(
    "rejects %j with INVALID_DATE_LIKE",
    (input) => {
      const result = safeToIsoDate(input);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.code).toBe("INVALID_DATE_LIKE");
    },
  );

  it.each([[new Date(Number.NaN)], [new Date(-70000000000000)], [42], [null], [undefined]])(
    "rejects the non-date %s",
    (input) => {
      expect(safeToIsoDate(input).success).toBe(false);
    },
  );

  it("defaults asOf to DATA_AS_OF, never to the wall clock", () => {
    expect(resolveAsOf(undefined)).toBe(DATA_AS_OF);
    expect(resolveAsOf("2025-03-01")).toBe("2025-03-01");
  });

  it("throws a VnPolityError for an invalid asOf", () => {
    expect(() => resolveAsOf("yesterday")).toThrow(VnPolityError);
  });

  it("knows the Gregorian calendar", () => {
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2025, 4, 31)).toBe(false);
    expect(isCalendarDate(2025, 0, 1)).toBe(false);
    expect(isCalendarDate(2025.5, 1, 1)).toBe(false);
    expect(toIsoDate(987, 3, 4)).toBe("0987-03-04");
  });

  it("treats validity windows as [from, until)", () => {
    const window = { from: "2025-03-01", until: "2025-07-01" };
    expect(isWithin("2025-03-01", window)).toBe(true);
    expect(isWithin("2025-06-30", window)).toBe(true);
    expect(isWithin("2025-07-01", window)).toBe(false);
    expect(isWithin("2025-02-28", window)).toBe(false);
    expect(isWithin("1900-01-01", {})).toBe(true);
  });
});
