import { describe, expect, it } from "vitest";
import {
  ADMINISTRATIVE_LEVELS,
  COMMUNE_UNIT_TYPES,
  getProvince,
  listProvinces,
  PROVINCE_TYPES,
  type Province,
} from "../../src/admin-units/index.js";
import { DATA_AS_OF } from "../../src/core/index.js";
import { CITIES_AT, NOT_REARRANGED, OLD_TO_NEW, UNITS_34 } from "./fixtures.js";

const codes = (provinces: readonly Province[]) => provinces.map((p) => p.code);
const identity = (p: Pick<Province, "code" | "validFrom">) => `${p.code}@${p.validFrom ?? "-"}`;

describe("provinces in force on a date", () => {
  it.each([
    ["2024-12-31", 63],
    ["2025-06-01", 63],
    ["2025-06-12", 63],
    ["2025-06-30", 63],
    ["2025-07-01", 34],
    ["2026-04-30", 34],
    [DATA_AS_OF, 34],
  ])("on %s there are %i units", (asOf, count) => {
    const list = listProvinces({ asOf });
    expect(list).toHaveLength(count);
    expect(new Set(codes(list)).size).toBe(count);
    for (const p of list) expect(p.status).toBe("current");
  });

  it("lists the 63 codes of Quyết định 124/2004/QĐ-TTg before the arrangement", () => {
    expect(codes(listProvinces({ asOf: "2025-06-01" }))).toEqual(Object.keys(OLD_TO_NEW).sort());
  });

  it("lists the 34 codes of Quyết định 19/2025/QĐ-TTg after it", () => {
    const list = listProvinces({ asOf: "2025-07-01" });
    expect(codes(list)).toEqual(Object.keys(UNITS_34).sort());
    for (const p of list) {
      expect(p.name.vi).toBe(UNITS_34[p.code]?.[0]);
      expect(p.codeBasis).toBe("19/2025/QĐ-TTg");
    }
  });

  it("defaults to DATA_AS_OF and accepts a Date", () => {
    expect(codes(listProvinces())).toEqual(codes(listProvinces({ asOf: DATA_AS_OF })));
    expect(listProvinces({ asOf: new Date(2025, 5, 1) })).toHaveLength(63);
  });

  it("rejects an invalid asOf with INVALID_DATE_LIKE", () => {
    expect(() => listProvinces({ asOf: "1/7/2025" })).toThrow(expect.objectContaining({ code: "INVALID_DATE_LIKE" }));
  });

  it("lists every record with all: true: 63 + 23 units formed in 2025", () => {
    expect(listProvinces({ all: true })).toHaveLength(86);
  });
});

describe("identity is code plus validity", () => {
  const all = listProvinces({ all: true });

  it("no code has two records in force on the same day", () => {
    const boundaries = new Set<string>(["2000-01-01"]);
    for (const p of all) {
      if (p.validFrom) boundaries.add(p.validFrom);
      if (p.validUntil) boundaries.add(p.validUntil);
    }
    for (const day of boundaries) {
      const inForce = all.filter((p) => (!p.validFrom || p.validFrom <= day) && (!p.validUntil || day < p.validUntil));
      expect(new Set(codes(inForce)).size, day).toBe(inForce.length);
    }
  });

  it("records of one code do not overlap and never leave a gap where the code continued", () => {
    for (const code of new Set(codes(all))) {
      const records = all.filter((p) => p.code === code);
      if (records.length === 2) {
        const [older, newer] = records;
        expect(older?.validUntil).toBe("2025-07-01");
        expect(newer?.validFrom).toBe("2025-07-01");
      }
    }
  });

  it("code 08 names the old Tuyên Quang until 30 June 2025 and the new one from 1 July", () => {
    const old = getProvince("08", { asOf: "2025-06-30" });
    const now = getProvince("08", { asOf: "2025-07-01" });
    expect(old?.validUntil).toBe("2025-07-01");
    expect(now?.validFrom).toBe("2025-07-01");
    expect(identity(old ?? ({} as Province))).not.toBe(identity(now ?? ({} as Province)));
    expect(now?.predecessors.map((l) => l.code)).toEqual(["02", "08"]);
  });

  it("code 24 moved from Bắc Giang to the new Bắc Ninh, whose old code was 27", () => {
    expect(getProvince("24", { asOf: "2025-06-01" })?.name.vi).toBe("Bắc Giang");
    expect(getProvince("24", { asOf: "2025-07-01" })?.name.vi).toBe("Bắc Ninh");
    expect(getProvince("27", { asOf: "2025-07-01" })?.status).toBe("abolished");
  });

  it("the 11 units not rearranged are one continuous record", () => {
    for (const code of NOT_REARRANGED) {
      const before = getProvince(code, { asOf: "2025-06-01" });
      const after = getProvince(code, { asOf: "2025-07-01" });
      expect(before && identity(before)).toBe(after && identity(after));
      expect(after?.validFrom).toBeUndefined();
      expect(after?.validUntil).toBeUndefined();
      expect(after?.predecessors).toEqual([]);
      expect(after?.successors).toEqual([]);
    }
  });
});

describe("types, names and counts as dated facts", () => {
  it.each(Object.entries(CITIES_AT))("centrally-run cities on %s", (asOf, expected) => {
    const cities = listProvinces({ asOf }).filter((p) => p.type === "city");
    expect(codes(cities)).toEqual(expected);
  });

  it.each([
    ["46", "2024-12-31", "province", "Thừa Thiên Huế", "Tỉnh Thừa Thiên Huế"],
    ["46", "2025-01-01", "city", "Huế", "Thành phố Huế"],
    ["75", "2026-04-29", "province", "Đồng Nai", "Tỉnh Đồng Nai"],
    ["75", "2026-04-30", "city", "Đồng Nai", "Thành phố Đồng Nai"],
    ["22", "2026-08-31", "province", "Quảng Ninh", "Tỉnh Quảng Ninh"],
    ["22", "2026-09-01", "city", "Quảng Ninh", "Thành phố Quảng Ninh"],
    ["24", "2026-09-19", "province", "Bắc Ninh", "Tỉnh Bắc Ninh"],
    ["24", "2026-09-20", "city", "Bắc Ninh", "Thành phố Bắc Ninh"],
  ])("%s on %s is a %s named %s (%s)", (code, asOf, type, name, full) => {
    const p = getProvince(code, { asOf });
    expect(p?.type).toBe(type);
    expect(p?.name.vi).toBe(name);
    expect(p?.fullName.vi).toBe(full);
  });

  it.each([
    ["46", "2025-01-01", "175/2024/QH15"],
    ["75", "2026-04-30", "30/2026/QH16"],
    ["22", "2026-09-01", "36/2026/QH16"],
    ["24", "2026-09-20", "39/2026/QH16"],
  ])("the type change of %s on %s cites %s", (code, from, basis) => {
    const facts = getProvince(code, { asOf: from })?.history.types ?? [];
    expect(facts.at(-1)).toEqual({ value: "city", from, legalBasis: basis });
    expect(facts.at(-2)?.until).toBe(from);
  });

  it("gives official English names", () => {
    const en = (code: string, asOf = DATA_AS_OF) => getProvince(code, { asOf })?.fullName.en;
    expect(en("01")).toBe("Hanoi");
    expect(en("79")).toBe("Ho Chi Minh City");
    expect(en("31")).toBe("Hai Phong City");
    expect(en("46")).toBe("Hue City");
    expect(en("48")).toBe("Da Nang City");
    expect(en("92")).toBe("Can Tho City");
    expect(en("51")).toBe("Quang Ngai Province");
    expect(getProvince("46", { asOf: "2024-01-01" })?.name.en).toBe("Thua Thien Hue");
    expect(getProvince("77", { asOf: "2025-01-01" })?.asciiName).toBe("Ba Ria - Vung Tau");
  });

  it.each(Object.entries(UNITS_34))("commune counts and seat of %s on 1 July 2025", (code, expected) => {
    const [, seat, ward, commune, specialZone] = expected;
    const p = getProvince(code, { asOf: "2025-07-01" });
    expect(p?.communeCounts).toEqual({ ward, commune, specialZone, total: ward + commune + specialZone });
    expect(p?.seatIn?.code).toBe(seat);
  });

  it("adds up to 3,321 communes: 2,621 xã, 687 phường, 13 đặc khu", () => {
    const sum = (asOf: string) =>
      listProvinces({ asOf }).reduce(
        (acc, p) => ({
          ward: acc.ward + (p.communeCounts?.ward ?? 0),
          commune: acc.commune + (p.communeCounts?.commune ?? 0),
          specialZone: acc.specialZone + (p.communeCounts?.specialZone ?? 0),
        }),
        { ward: 0, commune: 0, specialZone: 0 },
      );
    expect(sum("2025-07-01")).toEqual({ ward: 687, commune: 2621, specialZone: 13 });
    // 237/NQ-UBTVQH16 (Đồng Nai) and 388/NQ-UBTVQH16 (Bắc Ninh) turned 10 and 12 xã into phường.
    expect(sum("2026-09-20")).toEqual({ ward: 709, commune: 2599, specialZone: 13 });
  });

  it("has no commune counts before the two-tier system", () => {
    expect(getProvince("62", { asOf: "2025-06-01" })?.communeCounts).toBeUndefined();
    expect(getProvince("62", { asOf: "2025-06-01" })?.seatIn).toBeUndefined();
  });

  it("carries ISO 3166-2 codes for the 63 units only", () => {
    const old = listProvinces({ asOf: "2025-06-01" });
    const iso = old.map((p) => p.iso3166_2);
    expect(new Set(iso).size).toBe(63);
    for (const code of iso) expect(code).toMatch(/^VN-(\d{2}|HN|HP|DN|SG|CT)$/);
    expect(getProvince("01")?.iso3166_2).toBe("VN-HN");
    expect(getProvince("62", { asOf: "2025-01-01" })?.iso3166_2).toBe("VN-28");
    expect(getProvince("79")?.iso3166_2).toBeUndefined();
  });
});

describe("two-tier vocabulary", () => {
  it("has the province and commune levels, and the district level until 1 July 2025", () => {
    expect(ADMINISTRATIVE_LEVELS.map((l) => l.id)).toEqual(["province", "district", "commune"]);
    expect(ADMINISTRATIVE_LEVELS.find((l) => l.id === "district")?.validUntil).toBe("2025-07-01");
  });

  it("labels commune-level types and provincial types in both locales", () => {
    expect(COMMUNE_UNIT_TYPES.map((t) => t.label.vi)).toEqual(["xã", "phường", "đặc khu", "thị trấn"]);
    expect(PROVINCE_TYPES.map((t) => t.label.en)).toEqual(["province", "centrally-run city"]);
    expect(Object.isFrozen(COMMUNE_UNIT_TYPES)).toBe(true);
  });
});
