import type { DateLike, IsoDate, LanguageOption, Localized, Span } from "../core/index.js";

/**
 * The type of a provincial unit: a province (tỉnh) or a centrally-run city (thành phố trực thuộc trung ương).
 *
 * @example
 * ```ts
 * const type: ProvinceType = "city"; // Thành phố Hà Nội
 * ```
 */
export type ProvinceType = "province" | "city";

/**
 * A level of local administration. The district level existed until 1 July 2025; since then the system has
 * two tiers, province and commune.
 *
 * @example
 * ```ts
 * const level: AdministrativeLevel = "commune";
 * ```
 */
export type AdministrativeLevel = "province" | "district" | "commune";

/**
 * The type of a commune-level unit: xã (commune), phường (ward), đặc khu (special zone, from 1 July 2025) or
 * thị trấn (township, until 1 July 2025).
 *
 * @example
 * ```ts
 * const type: CommuneUnitType = "specialZone"; // đặc khu Phú Quốc
 * ```
 */
export type CommuneUnitType = "commune" | "ward" | "specialZone" | "township";

/**
 * A fact that holds for a period: `from` inclusive, `until` exclusive, either open; `legalBasis` is the document
 * code of the act that made it so, when known.
 *
 * @example
 * ```ts
 * const fact: DatedValue<ProvinceType> = { value: "city", from: "2026-04-30", legalBasis: "30/2026/QH16" };
 * ```
 */
export interface DatedValue<T> {
  readonly value: T;
  readonly from?: IsoDate;
  readonly until?: IsoDate;
  readonly legalBasis?: string;
}

/**
 * How many commune-level units a province has, by type.
 *
 * @example
 * ```ts
 * const counts: CommuneCounts = { ward: 9, commune: 86, specialZone: 1, total: 96 }; // Quảng Ngãi, 1 July 2025
 * ```
 */
export interface CommuneCounts {
  readonly ward: number;
  readonly commune: number;
  readonly specialZone: number;
  readonly total: number;
}

/**
 * What an app stores to point at a provincial unit: its code and a date on which the unit bore that code.
 * Codes are reused (the Tuyên Quang formed in 2025 carries the old Tuyên Quang's 08), so the code alone is not
 * an identity; code plus date is.
 *
 * @example
 * ```ts
 * const konTum: ProvinceReference = { code: "62", asOf: "2025-03-06" };
 * ```
 */
export interface ProvinceReference {
  readonly code: string;
  readonly asOf: IsoDate;
}

/**
 * One step of lineage: the unit at the other end of a change, with the date, the legal basis and whether the
 * whole territory moved.
 *
 * @example
 * ```ts
 * const link: ProvinceLink = {
 *   code: "51", name: { vi: "Quảng Ngãi", en: "Quang Ngai" }, validFrom: "2025-07-01",
 *   reference: { code: "51", asOf: "2025-07-01" },
 *   date: "2025-07-01", adopted: "2025-06-12", legalBasis: "202/2025/QH15", transfer: "whole",
 * };
 * ```
 */
export interface ProvinceLink {
  /** Code of the unit at the other end. */
  readonly code: string;
  /** Its name on the day it took part in the change. */
  readonly name: Localized;
  readonly validFrom?: IsoDate;
  readonly validUntil?: IsoDate;
  /** A `{ code, asOf }` that identifies the unit at the other end (for `getProvince`). */
  readonly reference: ProvinceReference;
  /** The day the change took effect (the first day of the new arrangement). */
  readonly date: IsoDate;
  /** The day the act was adopted, when it differs from `date`. */
  readonly adopted?: IsoDate;
  /** Document code of the act, e.g. `202/2025/QH15`. */
  readonly legalBasis: string;
  /** `"whole"` when the entire territory moved; `"partial"` when only part of it did. */
  readonly transfer: "whole" | "partial";
}

/**
 * Whether a unit was in force on the date it was read at.
 *
 * @example
 * ```ts
 * const status: UnitStatus = "abolished"; // Kon Tum as of 2026
 * ```
 */
export type UnitStatus = "current" | "abolished" | "future";

/**
 * A provincial unit as it stood on a date: names, type and commune counts are read at `asOf` (or, for a unit not in
 * force then, at the nearest day it was), with its whole dated history and its lineage both ways.
 *
 * @example
 * ```ts
 * const hue = getProvince("Huế", { asOf: "2025-07-01" });
 * hue?.fullName.vi; // "Thành phố Huế"
 * ```
 */
export interface Province {
  readonly level: "province";
  /** Two-digit code (Quyết định 124/2004/QĐ-TTg; from 1 July 2025 Quyết định 19/2025/QĐ-TTg). */
  readonly code: string;
  /** Document that assigned the code, as of the reading date. */
  readonly codeBasis: string;
  /** Short name, e.g. `{ vi: "Hà Nội", en: "Hanoi" }`. */
  readonly name: Localized;
  /** Name with its type, e.g. `{ vi: "Thành phố Hà Nội", en: "Hanoi" }`, `{ vi: "Tỉnh Kon Tum", en: "Kon Tum Province" }`. */
  readonly fullName: Localized;
  /** The Vietnamese name without diacritics, e.g. `"Ba Ria - Vung Tau"`. */
  readonly asciiName: string;
  readonly type: ProvinceType;
  /**
   * ISO 3166-2 code, for the 63 units of the pre-2025 list (e.g. `"VN-HN"`, `"VN-28"` for Kon Tum). Code systems
   * covered: the national codes of Quyết định 124/2004/QĐ-TTg and 19/2025/QĐ-TTg (`code`) and ISO 3166-2 for the 63;
   * ISO has published no codes for the units formed in 2025 that we could confirm, and other systems (FIPS, HASC,
   * GADM, postal codes) are not included.
   */
  readonly iso3166_2?: string;
  readonly validFrom?: IsoDate;
  readonly validUntil?: IsoDate;
  /** The date asked for. */
  readonly asOf: IsoDate;
  /** Whether the unit was in force at `asOf`. */
  readonly status: UnitStatus;
  /** Commune-level units at the reading date, when known (from 1 July 2025). */
  readonly communeCounts?: CommuneCounts;
  /** For units of the two-tier system: the unit whose seat became the political-administrative centre. */
  readonly seatIn?: { readonly code: string; readonly name: Localized };
  readonly history: {
    readonly names: readonly DatedValue<Localized>[];
    readonly types: readonly DatedValue<ProvinceType>[];
    readonly communeCounts: readonly DatedValue<CommuneCounts>[];
  };
  readonly predecessors: readonly ProvinceLink[];
  readonly successors: readonly ProvinceLink[];
}

/**
 * The `asOf` option shared by the administrative-unit functions.
 *
 * @example
 * ```ts
 * const options: AsOfOptions = { asOf: "2025-06-01" };
 * ```
 */
export interface AsOfOptions {
  /**
   * The date to read the catalogue at.
   * @default DATA_AS_OF
   * @example "2025-07-01"
   */
  readonly asOf?: DateLike;
}

/**
 * Options of {@link listProvinces}.
 *
 * @example
 * ```ts
 * const options: ListProvincesOptions = { asOf: "2025-06-01" };
 * ```
 */
export interface ListProvincesOptions extends AsOfOptions {
  /**
   * List every unit the catalogue records, whatever its dates, instead of the units in force at `asOf`.
   * @default false
   * @example true
   */
  readonly all?: boolean;
}

/**
 * Options of {@link searchProvinces}.
 *
 * @example
 * ```ts
 * const options: SearchProvincesOptions = { asOf: "2025-06-01", limit: 3, prefix: true };
 * ```
 */
export interface SearchProvincesOptions extends AsOfOptions {
  /**
   * Maximum number of results.
   * @default 10
   * @example 1
   */
  readonly limit?: number;
  /**
   * Also return units whose names start with the query (for autocompletion). Off by default, so that the name of
   * a town ("Vinh") never returns a province that merely starts with it ("Vĩnh Long").
   * @default false
   * @example true
   */
  readonly prefix?: boolean;
}

/**
 * How a search query matched a unit: `name` / `englishName` in use on the reading date, `historicalName` a name the
 * unit bore at another time, `alias` a common short form or variant, `code` / `iso3166` a code, `prefix` the start
 * of a name.
 *
 * @example
 * ```ts
 * const how: ProvinceMatchKind = "historicalName"; // "Thừa Thiên Huế" for Huế
 * ```
 */
export type ProvinceMatchKind = "name" | "englishName" | "historicalName" | "alias" | "code" | "iso3166" | "prefix";

/**
 * One result of {@link searchProvinces}.
 *
 * @example
 * ```ts
 * const [best] = searchProvinces("TP.HCM");
 * best?.province.code; // "79"
 * best?.matchedBy; // "alias"
 * ```
 */
export interface ProvinceMatch {
  readonly province: Province;
  /** Match strength in (0, 1]: 1 for an exact spelling, lower for folded, alias and prefix matches. */
  readonly score: number;
  readonly matchedBy: ProvinceMatchKind;
  /** The catalogue spelling that matched. */
  readonly matched: string;
}

/**
 * Options of {@link extractPlaces}.
 *
 * @example
 * ```ts
 * const options: ExtractPlacesOptions = { articleDate: "2025-03-06", asOf: "2026-09-01", language: "vi" };
 * ```
 */
export interface ExtractPlacesOptions extends AsOfOptions {
  /**
   * The date of the text: each mention is read as the unit that bore the name then. Invalid dates are ignored.
   * @default the `asOf` date
   * @example "2025-03-06"
   */
  readonly articleDate?: DateLike;
  /**
   * The language of the text; decides which designators ("tỉnh", "thành phố" / "province", "city") are read.
   * @default "auto"
   * @example "en"
   */
  readonly language?: LanguageOption;
}

/**
 * A province named in a text, resolved both at the article date and at `asOf`.
 *
 * @example
 * ```ts
 * const [m] = extractPlaces("Tỉnh Kon Tum họp ngày 6/3.", { articleDate: "2025-03-06" });
 * m?.text; // "Tỉnh Kon Tum"
 * m?.province.code; // "62"
 * m?.resolved.map((p) => p.code); // ["51"]
 * ```
 */
export interface PlaceMention {
  /** The whole mention in the caller's string, designator included ("tỉnh Kon Tum", "Ho Chi Minh City"). */
  readonly span: Span;
  readonly text: string;
  /** The name alone. */
  readonly nameSpan: Span;
  readonly matchedBy: Exclude<ProvinceMatchKind, "code" | "iso3166" | "prefix">;
  /** The unit the name denoted at the article date (at `asOf` when no article date is given). */
  readonly province: Province;
  /** The unit or units covering that place at `asOf`: the unit itself while it exists, else its successors. */
  readonly resolved: readonly Province[];
}
