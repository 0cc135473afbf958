import type { IsoDate, Localized } from "../../core/index.js";
import type { AdministrativeLevel, CommuneUnitType, ProvinceType } from "../types.js";

/*
 * Sources: Luật Tổ chức chính quyền địa phương 72/2025/QH15 (effective 01/07/2025) and Nghị quyết 203/2025/QH15
 * (Constitution, Articles 110–111): two tiers (province, commune), district level ended on 01/07/2025, the
 * commune-level types xã / phường / đặc khu. Thị trấn (township) existed until the same day.
 */

/**
 * The levels of local administration, with the dates the district level ended.
 *
 * @example
 * ```ts
 * ADMINISTRATIVE_LEVELS.find((l) => l.id === "district")?.validUntil; // "2025-07-01"
 * ```
 */
export const ADMINISTRATIVE_LEVELS: readonly {
  readonly id: AdministrativeLevel;
  readonly label: Localized;
  readonly validUntil?: IsoDate;
  readonly legalBasis?: string;
}[] = Object.freeze([
  Object.freeze({ id: "province", label: Object.freeze({ vi: "cấp tỉnh", en: "provincial level" }) }),
  Object.freeze({
    id: "district",
    label: Object.freeze({ vi: "cấp huyện", en: "district level" }),
    validUntil: "2025-07-01",
    legalBasis: "72/2025/QH15",
  }),
  Object.freeze({ id: "commune", label: Object.freeze({ vi: "cấp xã", en: "commune level" }) }),
] as const);

/**
 * The two types of provincial unit, with their Vietnamese and English labels.
 *
 * @example
 * ```ts
 * PROVINCE_TYPES.find((t) => t.id === "city")?.label.vi; // "thành phố trực thuộc trung ương"
 * ```
 */
export const PROVINCE_TYPES: readonly { readonly id: ProvinceType; readonly label: Localized }[] = Object.freeze([
  Object.freeze({ id: "province", label: Object.freeze({ vi: "tỉnh", en: "province" }) }),
  Object.freeze({
    id: "city",
    label: Object.freeze({ vi: "thành phố trực thuộc trung ương", en: "centrally-run city" }),
  }),
] as const);

/**
 * The types of commune-level unit, with the dates the set changed on 1 July 2025.
 *
 * @example
 * ```ts
 * COMMUNE_UNIT_TYPES.map((t) => t.label.vi); // ["xã", "phường", "đặc khu", "thị trấn"]
 * ```
 */
export const COMMUNE_UNIT_TYPES: readonly {
  readonly id: CommuneUnitType;
  readonly label: Localized;
  readonly validFrom?: IsoDate;
  readonly validUntil?: IsoDate;
  readonly legalBasis?: string;
}[] = Object.freeze([
  Object.freeze({ id: "commune", label: Object.freeze({ vi: "xã", en: "commune" }) }),
  Object.freeze({ id: "ward", label: Object.freeze({ vi: "phường", en: "ward" }) }),
  Object.freeze({
    id: "specialZone",
    label: Object.freeze({ vi: "đặc khu", en: "special zone" }),
    validFrom: "2025-07-01",
    legalBasis: "72/2025/QH15",
  }),
  Object.freeze({
    id: "township",
    label: Object.freeze({ vi: "thị trấn", en: "township" }),
    validUntil: "2025-07-01",
    legalBasis: "72/2025/QH15",
  }),
] as const);
