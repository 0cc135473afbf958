/*
 * Provincial units of Vietnam through time: frozen tables, read by ../catalogue.ts.
 *
 * Sources (checked against each other; see /work/shared/domain/reference.md §5):
 * - Codes: Quyết định 124/2004/QĐ-TTg (08/07/2004); for the two-tier system Quyết định 19/2025/QĐ-TTg
 *   (effective 01/07/2025), which gives every new unit the code of the predecessor whose seat it keeps.
 * - The 63 units: GSO list of 01/03/2025 (daohoangson/dvhcvn v20250301 data/dvhcvn.json; sunshine-tech/VietnamProvinces
 *   legacy/codes.py). ISO 3166-2:VN codes as published by ISO (iso-codes / ISO OBP); none are stated for the
 *   units formed in 2025.
 * - 2025 arrangement: Nghị quyết 202/2025/QH15 (adopted and effective 12/06/2025; the new provincial governments
 *   operate from 01/07/2025), annex of Nghị quyết 60-NQ/TW; old→new mapping identical in dvhcvn/20250701
 *   mapping/merges.json. Every old province moved whole into exactly one new unit.
 * - Commune counts at 01/07/2025: dvhcvn/20250701 (from 1027/CTK-CSCL), sunshine-tech nested-divisions.json,
 *   thanglequoc/vietnamese-provinces-database; 3,321 = 2,621 xã + 687 phường + 13 đặc khu.
 * - Thừa Thiên Huế → Thành phố Huế: Nghị quyết 175/2024/QH15, effective 01/01/2025, code 46 kept.
 * - 2026: Thành phố Đồng Nai, Nghị quyết 30/2026/QH16, effective 30/04/2026, with 237/NQ-UBTVQH16 (10 xã → phường);
 *   Thành phố Quảng Ninh, Nghị quyết 36/2026/QH16, effective 01/09/2026; Thành phố Bắc Ninh, Nghị quyết
 *   39/2026/QH16, effective 20/09/2026, with 388/NQ-UBTVQH16 (12 xã → phường). Reported by the thanglequoc
 *   dataset releases v3.1.0–v5.2.0 and by several independent projects citing the resolutions
 *   (xaydungchinhsach.chinhphu.vn, vanban.chinhphu.vn); the resolution texts themselves were not read.
 */

/**
 * Type flag in the tables: `T` tỉnh (province), `C` thành phố trực thuộc trung ương (centrally-run city).
 *
 * @example
 * ```ts
 * const flag: TypeFlag = "C";
 * ```
 */
export type TypeFlag = "T" | "C";

/**
 * The acts and dates of the 2025 arrangement, and the decisions that coded the unit lists.
 *
 * @example
 * ```ts
 * ARRANGEMENT_2025.resolution; // "202/2025/QH15"
 * ```
 */
export const ARRANGEMENT_2025 = Object.freeze({
  /** Nghị quyết of the National Assembly on the arrangement of provincial units. */
  resolution: "202/2025/QH15",
  /** Adopted (and legally effective) on this day. */
  adopted: "2025-06-12",
  /** The new provincial governments and codes operate from this day. */
  date: "2025-07-01",
  /** The decision that coded the two-tier list. */
  codeList: "19/2025/QĐ-TTg",
  /** The decision that coded the 63-unit list. */
  previousCodeList: "124/2004/QĐ-TTg",
} as const);

/**
 * The 63 units in force before 1 July 2025: code, Vietnamese name (as first recorded), ISO 3166-2 suffix, type.
 * Units not listed as a predecessor in {@link UNITS_2025} were not rearranged and continue unchanged.
 *
 * @example
 * ```ts
 * UNITS_63.find((row) => row[0] === "62")?.[1]; // "Kon Tum"
 * ```
 */
export const UNITS_63: readonly (readonly [code: string, vi: string, iso: string, type: TypeFlag])[] = Object.freeze([
  ["01", "Hà Nội", "HN", "C"],
  ["02", "Hà Giang", "03", "T"],
  ["04", "Cao Bằng", "04", "T"],
  ["06", "Bắc Kạn", "53", "T"],
  ["08", "Tuyên Quang", "07", "T"],
  ["10", "Lào Cai", "02", "T"],
  ["11", "Điện Biên", "71", "T"],
  ["12", "Lai Châu", "01", "T"],
  ["14", "Sơn La", "05", "T"],
  ["15", "Yên Bái", "06", "T"],
  ["17", "Hòa Bình", "14", "T"],
  ["19", "Thái Nguyên", "69", "T"],
  ["20", "Lạng Sơn", "09", "T"],
  ["22", "Quảng Ninh", "13", "T"],
  ["24", "Bắc Giang", "54", "T"],
  ["25", "Phú Thọ", "68", "T"],
  ["26", "Vĩnh Phúc", "70", "T"],
  ["27", "Bắc Ninh", "56", "T"],
  ["30", "Hải Dương", "61", "T"],
  ["31", "Hải Phòng", "HP", "C"],
  ["33", "Hưng Yên", "66", "T"],
  ["34", "Thái Bình", "20", "T"],
  ["35", "Hà Nam", "63", "T"],
  ["36", "Nam Định", "67", "T"],
  ["37", "Ninh Bình", "18", "T"],
  ["38", "Thanh Hóa", "21", "T"],
  ["40", "Nghệ An", "22", "T"],
  ["42", "Hà Tĩnh", "23", "T"],
  ["44", "Quảng Bình", "24", "T"],
  ["45", "Quảng Trị", "25", "T"],
  ["46", "Thừa Thiên Huế", "26", "T"],
  ["48", "Đà Nẵng", "DN", "C"],
  ["49", "Quảng Nam", "27", "T"],
  ["51", "Quảng Ngãi", "29", "T"],
  ["52", "Bình Định", "31", "T"],
  ["54", "Phú Yên", "32", "T"],
  ["56", "Khánh Hòa", "34", "T"],
  ["58", "Ninh Thuận", "36", "T"],
  ["60", "Bình Thuận", "40", "T"],
  ["62", "Kon Tum", "28", "T"],
  ["64", "Gia Lai", "30", "T"],
  ["66", "Đắk Lắk", "33", "T"],
  ["67", "Đắk Nông", "72", "T"],
  ["68", "Lâm Đồng", "35", "T"],
  ["70", "Bình Phước", "58", "T"],
  ["72", "Tây Ninh", "37", "T"],
  ["74", "Bình Dương", "57", "T"],
  ["75", "Đồng Nai", "39", "T"],
  ["77", "Bà Rịa - Vũng Tàu", "43", "T"],
  ["79", "Hồ Chí Minh", "SG", "C"],
  ["80", "Long An", "41", "T"],
  ["82", "Tiền Giang", "46", "T"],
  ["83", "Bến Tre", "50", "T"],
  ["84", "Trà Vinh", "51", "T"],
  ["86", "Vĩnh Long", "49", "T"],
  ["87", "Đồng Tháp", "45", "T"],
  ["89", "An Giang", "44", "T"],
  ["91", "Kiên Giang", "47", "T"],
  ["92", "Cần Thơ", "CT", "C"],
  ["93", "Hậu Giang", "73", "T"],
  ["94", "Sóc Trăng", "52", "T"],
  ["95", "Bạc Liêu", "55", "T"],
  ["96", "Cà Mau", "59", "T"],
] as const);

/**
 * The 23 units formed on 1 July 2025 by Nghị quyết 202/2025/QH15: code, name, type, codes of the predecessors
 * (each moved whole), separated by spaces. The seat is that of the predecessor carrying the same code.
 *
 * @example
 * ```ts
 * UNITS_2025.find((row) => row[0] === "51")?.[3]; // "51 62"
 * ```
 */
export const UNITS_2025: readonly (readonly [code: string, vi: string, type: TypeFlag, predecessors: string])[] =
  Object.freeze([
    ["08", "Tuyên Quang", "T", "02 08"],
    ["15", "Lào Cai", "T", "10 15"],
    ["19", "Thái Nguyên", "T", "06 19"],
    ["24", "Bắc Ninh", "T", "24 27"],
    ["25", "Phú Thọ", "T", "17 25 26"],
    ["31", "Hải Phòng", "C", "30 31"],
    ["33", "Hưng Yên", "T", "33 34"],
    ["37", "Ninh Bình", "T", "35 36 37"],
    ["44", "Quảng Trị", "T", "44 45"],
    ["48", "Đà Nẵng", "C", "48 49"],
    ["51", "Quảng Ngãi", "T", "51 62"],
    ["52", "Gia Lai", "T", "52 64"],
    ["56", "Khánh Hòa", "T", "56 58"],
    ["66", "Đắk Lắk", "T", "54 66"],
    ["68", "Lâm Đồng", "T", "60 67 68"],
    ["75", "Đồng Nai", "T", "70 75"],
    ["79", "Hồ Chí Minh", "C", "74 77 79"],
    ["80", "Tây Ninh", "T", "72 80"],
    ["82", "Đồng Tháp", "T", "82 87"],
    ["86", "Vĩnh Long", "T", "83 84 86"],
    ["91", "An Giang", "T", "89 91"],
    ["92", "Cần Thơ", "C", "92 93 94"],
    ["96", "Cà Mau", "T", "95 96"],
  ] as const);

/**
 * Commune-level counts as dated facts: code, first day, phường (wards), xã (communes), đặc khu (special zones),
 * legal basis. A row applies to the unit bearing the code on that day.
 *
 * @example
 * ```ts
 * COMMUNE_COUNTS.find((row) => row[0] === "22")?.slice(2, 5); // [30, 22, 2]
 * ```
 */
export const COMMUNE_COUNTS: readonly (readonly [
  code: string,
  from: string,
  ward: number,
  commune: number,
  specialZone: number,
  legalBasis: string,
])[] = Object.freeze([
  ["01", "2025-07-01", 51, 75, 0, "19/2025/QĐ-TTg"],
  ["04", "2025-07-01", 3, 53, 0, "19/2025/QĐ-TTg"],
  ["08", "2025-07-01", 7, 117, 0, "19/2025/QĐ-TTg"],
  ["11", "2025-07-01", 3, 42, 0, "19/2025/QĐ-TTg"],
  ["12", "2025-07-01", 2, 36, 0, "19/2025/QĐ-TTg"],
  ["14", "2025-07-01", 8, 67, 0, "19/2025/QĐ-TTg"],
  ["15", "2025-07-01", 10, 89, 0, "19/2025/QĐ-TTg"],
  ["19", "2025-07-01", 15, 77, 0, "19/2025/QĐ-TTg"],
  ["20", "2025-07-01", 4, 61, 0, "19/2025/QĐ-TTg"],
  ["22", "2025-07-01", 30, 22, 2, "19/2025/QĐ-TTg"],
  ["24", "2025-07-01", 33, 66, 0, "19/2025/QĐ-TTg"],
  ["25", "2025-07-01", 15, 133, 0, "19/2025/QĐ-TTg"],
  ["31", "2025-07-01", 45, 67, 2, "19/2025/QĐ-TTg"],
  ["33", "2025-07-01", 11, 93, 0, "19/2025/QĐ-TTg"],
  ["37", "2025-07-01", 32, 97, 0, "19/2025/QĐ-TTg"],
  ["38", "2025-07-01", 19, 147, 0, "19/2025/QĐ-TTg"],
  ["40", "2025-07-01", 11, 119, 0, "19/2025/QĐ-TTg"],
  ["42", "2025-07-01", 9, 60, 0, "19/2025/QĐ-TTg"],
  ["44", "2025-07-01", 8, 69, 1, "19/2025/QĐ-TTg"],
  ["46", "2025-07-01", 21, 19, 0, "19/2025/QĐ-TTg"],
  ["48", "2025-07-01", 23, 70, 1, "19/2025/QĐ-TTg"],
  ["51", "2025-07-01", 9, 86, 1, "19/2025/QĐ-TTg"],
  ["52", "2025-07-01", 25, 110, 0, "19/2025/QĐ-TTg"],
  ["56", "2025-07-01", 16, 48, 1, "19/2025/QĐ-TTg"],
  ["66", "2025-07-01", 14, 88, 0, "19/2025/QĐ-TTg"],
  ["68", "2025-07-01", 20, 103, 1, "19/2025/QĐ-TTg"],
  ["75", "2025-07-01", 23, 72, 0, "19/2025/QĐ-TTg"],
  ["79", "2025-07-01", 113, 54, 1, "19/2025/QĐ-TTg"],
  ["80", "2025-07-01", 14, 82, 0, "19/2025/QĐ-TTg"],
  ["82", "2025-07-01", 20, 82, 0, "19/2025/QĐ-TTg"],
  ["86", "2025-07-01", 19, 105, 0, "19/2025/QĐ-TTg"],
  ["91", "2025-07-01", 14, 85, 3, "19/2025/QĐ-TTg"],
  ["92", "2025-07-01", 31, 72, 0, "19/2025/QĐ-TTg"],
  ["96", "2025-07-01", 9, 55, 0, "19/2025/QĐ-TTg"],
  ["75", "2026-04-30", 33, 62, 0, "237/NQ-UBTVQH16"],
  ["24", "2026-09-20", 45, 54, 0, "388/NQ-UBTVQH16"],
] as const);

/**
 * Changes of type after a unit was formed: code, day, new type, legal basis. A row applies to the unit bearing the
 * code on that day.
 *
 * @example
 * ```ts
 * TYPE_CHANGES.map((row) => row[0]); // ["46", "75", "22", "24"]
 * ```
 */
export const TYPE_CHANGES: readonly (readonly [code: string, from: string, type: TypeFlag, legalBasis: string])[] =
  Object.freeze([
    ["46", "2025-01-01", "C", "175/2024/QH15"],
    ["75", "2026-04-30", "C", "30/2026/QH16"],
    ["22", "2026-09-01", "C", "36/2026/QH16"],
    ["24", "2026-09-20", "C", "39/2026/QH16"],
  ] as const);

/**
 * Changes of name: code, day, new Vietnamese name, legal basis.
 *
 * @example
 * ```ts
 * NAME_CHANGES[0]?.[2]; // "Huế"
 * ```
 */
export const NAME_CHANGES: readonly (readonly [code: string, from: string, vi: string, legalBasis: string])[] =
  Object.freeze([["46", "2025-01-01", "Huế", "175/2024/QH15"]] as const);

/**
 * Official English names that are not simply the Vietnamese name without diacritics, keyed by Vietnamese name.
 *
 * @example
 * ```ts
 * ENGLISH_NAMES["Hồ Chí Minh"]; // "Ho Chi Minh City"
 * ```
 */
export const ENGLISH_NAMES: Readonly<Record<string, string>> = Object.freeze({
  "Hà Nội": "Hanoi",
  "Hồ Chí Minh": "Ho Chi Minh City",
  Huế: "Hue City",
});

/**
 * Extraction policy of a spelling: `x` any capitalised occurrence names the unit; `d` only with a designator
 * ("TP.", "thành phố", "City") — used where the bare words also name something else; `s` search only.
 *
 * @example
 * ```ts
 * const policy: AliasPolicy = "d";
 * ```
 */
export type AliasPolicy = "x" | "d" | "s";

/**
 * Real-world spellings that folding alone does not produce, keyed by the Vietnamese name they stand for (applies to
 * every unit that bore that name). Written from common press and registry usage.
 *
 * @example
 * ```ts
 * ALIASES["Hồ Chí Minh"]?.[0]; // ["Sài Gòn", "x"]
 * ```
 */
export const ALIASES: Readonly<Record<string, readonly (readonly [spelling: string, policy: AliasPolicy])[]>> =
  Object.freeze({
    "Hồ Chí Minh": [
      ["Sài Gòn", "x"],
      ["Saigon", "x"],
      ["HCMC", "x"],
      ["TPHCM", "x"],
      ["HCM", "d"],
    ],
    "Thừa Thiên Huế": [
      ["TT-Huế", "x"],
      ["TTH", "s"],
    ],
    "Bà Rịa - Vũng Tàu": [
      ["BR-VT", "x"],
      ["BRVT", "x"],
    ],
    "Đắk Lắk": [
      ["Đắc Lắc", "x"],
      ["Đăk Lăk", "x"],
      ["Đắk Lăk", "x"],
      ["Daklak", "x"],
    ],
    "Đắk Nông": [
      ["Đắc Nông", "x"],
      ["Đăk Nông", "x"],
      ["Daknong", "x"],
    ],
    "Bắc Kạn": [["Bắc Cạn", "x"]],
    "Kon Tum": [["Kontum", "x"]],
    "Đà Nẵng": [["Danang", "x"]],
    "Hải Phòng": [["Haiphong", "x"]],
    "Cần Thơ": [["Cantho", "s"]],
  });

/**
 * Names whose bare words usually mean something else in running text ("Hồ Chí Minh" is also the President's name),
 * so extraction needs a designator next to them.
 *
 * @example
 * ```ts
 * NEEDS_DESIGNATOR.includes("Hồ Chí Minh"); // true
 * ```
 */
export const NEEDS_DESIGNATOR: readonly string[] = Object.freeze(["Hồ Chí Minh"]);
