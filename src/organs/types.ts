import type { DateLike, IsoDate, LanguageOption, Localized, Span } from "../core/index.js";
import type { TokenScan } from "./scan.js";

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

/**
 * The place an organ mention is bound to: a province resolved through the administrative-units catalogue, or the
 * written name of a commune-level unit (kept as written, with no code, since communes are not catalogued here).
 *
 * @example
 * ```ts
 * const place: BoundPlace = { text: "tỉnh Kon Tum", span: { start: 5, end: 17 }, level: "province", code: "62", name: { vi: "Kon Tum", en: "Kon Tum" } };
 * ```
 */
export interface BoundPlace {
  /** The place as written, designator included when written ("tỉnh Kon Tum", "Kon Tum"). */
  readonly text: string;
  readonly span: Span;
  readonly level: "province" | "district" | "commune";
  /** Province code at the article date (provinces only). */
  readonly code?: string;
  /** Name of the province (provinces only). */
  readonly name?: Localized;
  /** Whether the province is a centrally-run city ("thành phố", "Municipal"). */
  readonly city?: boolean;
}

/**
 * How a mention was recognised: by a Vietnamese name, an English name or an abbreviation.
 *
 * @example
 * ```ts
 * const by: OrganMatchKind = "abbreviation"; // "UBND"
 * ```
 */
export type OrganMatchKind = "name" | "englishName" | "abbreviation";

/**
 * Whether the organ the words name existed at `asOf`: `former` when it had ended (its successor is in `organ` when
 * there is exactly one), `future` when it did not exist yet.
 *
 * @example
 * ```ts
 * const status: OrganStatus = "former"; // "Ban Tuyên giáo Trung ương" read at 2025-06-01
 * ```
 */
export type OrganStatus = "current" | "former" | "future";

/**
 * An organ named in text, with its span in the caller's string and the place it is bound to when written.
 *
 * @example
 * ```ts
 * const [mention] = extractOrgans("UBND tỉnh Kon Tum họp.", { asOf: "2025-03-06" });
 * mention?.organ.id; // "peoples-committee"
 * mention?.level; // "province"
 * mention?.place?.code; // "62"
 * ```
 */
export interface OrganMention {
  /** The whole mention, place included ("UBND tỉnh Kon Tum", "Kon Tum Provincial People's Committee"). */
  readonly span: Span;
  readonly text: string;
  /** The organ as it stood at `asOf`: the named organ, or its only successor chain when it had ended. */
  readonly organ: Organ;
  /** The organ the words name (differs from `organ` for former names). */
  readonly named: Organ;
  readonly status: OrganStatus;
  /** The level the mention names: from the words ("UBND tỉnh"), the place, or the organ. */
  readonly level: OrganLevel;
  readonly place?: BoundPlace;
  readonly matchedBy: OrganMatchKind;
}

/**
 * Options of {@link findOrgan}.
 *
 * @example
 * ```ts
 * const options: FindOrganOptions = { asOf: "2025-06-01" };
 * ```
 */
export interface FindOrganOptions {
  /**
   * The date the organ is read at: a former name resolves to its successor as it stood then.
   * @default DATA_AS_OF
   * @example "2024-12-31"
   */
  readonly asOf?: DateLike;
}

/**
 * Options of {@link extractOrgans}.
 *
 * @example
 * ```ts
 * const options: ExtractOrgansOptions = { asOf: "2025-03-06", language: "en" };
 * ```
 */
export interface ExtractOrgansOptions extends FindOrganOptions {
  /**
   * The date of the text: bound places are read as the provinces that bore the name then.
   * @default the `asOf` date
   * @example "2025-03-06"
   */
  readonly articleDate?: DateLike;
  /**
   * The language of the text; `"auto"` reads Vietnamese and English names alike.
   * @default "auto"
   * @example "vi"
   */
  readonly language?: LanguageOption;
  /**
   * The text already split by {@link scanTokens}, for callers that run several readers over one text; ignored
   * unless it is the scan of exactly this text.
   * @default split here
   * @example scanTokens(text)
   */
  readonly tokens?: TokenScan;
}

/**
 * An organ applied to a level and a place, as stored in a post: what {@link formatOrgan} renders.
 *
 * @example
 * ```ts
 * const ref: OrganRef = { organId: "provincial-party-committee", level: "province", place: { text: "Kon Tum", span: { start: 0, end: 7 }, level: "province", code: "62", name: { vi: "Kon Tum", en: "Kon Tum" } } };
 * ```
 */
export interface OrganRef {
  readonly organId: string;
  readonly level?: OrganLevel;
  readonly place?: BoundPlace;
}
