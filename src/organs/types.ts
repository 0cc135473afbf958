import type { IsoDate, Localized } from "../core/index.js";

/**
 * The branch of the political system an organ belongs to. `state` covers the legislature, the executive, the
 * State President and the State Audit Office; courts and procuracies have their own kinds.
 *
 * @example
 * ```ts
 * const kind: OrganKind = "party"; // Bộ Chính trị
 * ```
 */
export type OrganKind = "party" | "state" | "judicial" | "procuracy" | "front" | "mass-organisation";

/**
 * The level an organ works at. `any` marks a class of organs found at several levels (every Đảng ủy, every
 * People's Committee); the district level ended on 1 July 2025.
 *
 * @example
 * ```ts
 * const level: OrganLevel = "province"; // Tỉnh ủy
 * ```
 */
export type OrganLevel = "central" | "province" | "district" | "commune" | "any";

/**
 * One row of {@link ORGAN_INDEX}: the compact, code-facing part of an organ record.
 * Abbreviations are those written in document codes, separated by spaces; a trailing `#` means the
 * abbreviation is followed by a National Assembly term number (`QH#` → `QH15`).
 *
 * @example
 * ```ts
 * const row: OrganIndexRow = ["government", "state", "CP"];
 * ```
 */
export type OrganIndexRow = readonly [
  id: string,
  kind: OrganKind,
  abbreviations: string,
  validFrom?: IsoDate | "",
  validUntil?: IsoDate | "",
];

/**
 * An organ of the Party, the State, the Fatherland Front or a mass organisation, or a class of such organs
 * (`generic`), with the abbreviations it signs document codes with and the period it existed in.
 *
 * @example
 * ```ts
 * const organ: Organ | undefined = getOrgan("politburo");
 * organ?.name.en; // "Politburo"
 * organ?.abbreviations; // ["TW"]
 * ```
 */
export interface Organ {
  /** Stable identifier (English, kebab case). */
  readonly id: string;
  /** Full name in Vietnamese and English. */
  readonly name: Localized;
  /** Abbreviations used in document codes (`TW`, `BTC`, `QH` for `QH15`); may be empty. */
  readonly abbreviations: readonly string[];
  /** Whether the abbreviation is followed by a National Assembly term number in codes (`QH15`, `UBTVQH15`). */
  readonly termSuffix: boolean;
  readonly kind: OrganKind;
  readonly level: OrganLevel;
  /** True when the record stands for a class of organs (every Tỉnh ủy) rather than one organ. */
  readonly generic: boolean;
  /** The organ this one belongs to or reports to. */
  readonly parentId?: string;
  /** First day the organ existed (inclusive), when known. */
  readonly validFrom?: IsoDate;
  /** First day the organ no longer existed (exclusive), when known. */
  readonly validUntil?: IsoDate;
  /** Organs that took over its functions when it ended. */
  readonly successorIds?: readonly string[];
  /** Legal basis or source of the record. */
  readonly source: string;
}
