import type { DateLike, Locale } from "../core/index.js";
import type { DocumentGenre } from "./vocabulary/genres.js";

/**
 * The two numbering systems: Party documents (`57-NQ/TW`) and State documents (`30/2020/NĐ-CP`).
 * Fatherland Front and mass-organisation codes take the system of the grammar they are written in.
 *
 * @example
 * ```ts
 * const system: DocumentCodeSystem = "party";
 * ```
 */
export type DocumentCodeSystem = "party" | "state";

/**
 * The grammar a code follows (reference §8):
 * `party` — `57-NQ/TW`; `administrative` — State code without a year (`123/QĐ-UBND`, công văn `3954/UBND-VX`);
 * `normative` — State code with a year (`30/2020/NĐ-CP`, `64/2025/QH15`; National Assembly resolutions use it
 * even when they are individual acts); `historical` — older State codes written with a hyphen (`23-L/CTN`, `15-CP`).
 *
 * @example
 * ```ts
 * const form: DocumentCodeForm = "normative";
 * ```
 */
export type DocumentCodeForm = "party" | "administrative" | "normative" | "historical";

/**
 * The role of one part of the issuer: the issuing organ, a joint issuer, or a drafting unit (đơn vị soạn thảo,
 * such as `VX` in `3954/UBND-VX` or `C06` in `BCA-C06`; not catalogued, since each agency sets its own).
 *
 * @example
 * ```ts
 * const role: DocumentCodeIssuerRole = "unit";
 * ```
 */
export type DocumentCodeIssuerRole = "issuer" | "co-issuer" | "unit";

/**
 * One hyphen-separated part of a code's issuer, with the organs it denotes when the catalogue knows it.
 *
 * @example
 * ```ts
 * const part: DocumentCodeIssuer = {
 *   abbreviation: "UBTVQH15",
 *   role: "issuer",
 *   organIds: ["national-assembly-standing-committee"],
 *   term: 15,
 * };
 * ```
 */
export interface DocumentCodeIssuer {
  /** The part as written in the canonical code (`TW`, `BTC`, `UBTVQH15`, `VX`). */
  readonly abbreviation: string;
  readonly role: DocumentCodeIssuerRole;
  /** Organ catalogue ids (see `getOrgan`); `TW` denotes the Central Committee, the Politburo and the Secretariat. */
  readonly organIds?: readonly string[];
  /** National Assembly term (khóa) glued to the abbreviation (`QH15` → 15). */
  readonly term?: number;
}

/**
 * A parsed Party or State document code (số và ký hiệu văn bản).
 *
 * @example
 * ```ts
 * const code: DocumentCode = parseDocumentCode("30/2020/NĐ-CP");
 * code.system; // "state"
 * code.year; // 2020
 * code.type; // "NĐ"
 * code.issuer; // "CP"
 * ```
 */
export interface DocumentCode {
  readonly system: DocumentCodeSystem;
  readonly form: DocumentCodeForm;
  /** The code in canonical form (`57-NQ/TW`, `30/2020/NĐ-CP`); numbers below 10 take one leading zero. */
  readonly canonical: string;
  /** The sequence number (57). */
  readonly number: number;
  /** The year segment of State codes that carry one. */
  readonly year?: number;
  /** Document-type abbreviation in canonical casing (`NQ`, `QĐ`, `QĐi`); absent when the code has none. */
  readonly type?: string;
  /**
   * What kind of document the code denotes (`QĐ` of the Party: decision or regulation; `TT`: Party circular
   * (thông tri) or State circular (thông tư)); absent when unknown. Labels: `getDocumentGenre`.
   */
  readonly genres?: readonly DocumentGenre[];
  /** Everything after the type, canonical (`TW`, `CP`, `BTC-BNV`, `UBND-VX`, `QH15`). */
  readonly issuer: string;
  /** The issuer split into its parts, with roles and organ ids. */
  readonly issuers: readonly DocumentCodeIssuer[];
}

/**
 * Options of {@link parseDocumentCode} and its twins.
 *
 * @example
 * ```ts
 * const options: ParseDocumentCodeOptions = { mode: "strict", asOf: "2025-07-01", locale: "en" };
 * ```
 */
export interface ParseDocumentCodeOptions {
  /**
   * The date the answer is given as of: codes dated after it, or issuers not yet created by then, are errors.
   * @default DATA_AS_OF
   */
  readonly asOf?: DateLike;
  /** The document's own date, when known from its context (`ngày 22/12/2024`); sharpens the time checks. */
  readonly date?: DateLike;
  /**
   * `lenient` repairs what people type (diacritics, case, spaces, dashes, look-alikes, prefixes, URL encoding,
   * slugs, separators, number padding) and reports each repair as a warning; `strict` accepts only canonical
   * codes and turns each repair into an error carrying the same issue code (so a strict success is always its
   * own canonical form). Lenient is the default because most callers read codes from spreadsheets, crawls and
   * articles; choose strict to validate stored codes.
   * @default "lenient"
   */
  readonly mode?: "strict" | "lenient";
  /**
   * Language of issue messages.
   * @default "vi"
   */
  readonly locale?: Locale;
}

/**
 * The output styles of {@link formatDocumentCode}:
 * `canonical` (`30/2020/NĐ-CP`), `ascii` (`30/2020/ND-CP`: diacritics folded, separators kept),
 * `slug` (`30-2020-ND-CP`: for file names and URL paths), `long` (`Nghị định số 30/2020/NĐ-CP`).
 *
 * @example
 * ```ts
 * const style: DocumentCodeStyle = "slug";
 * ```
 */
export type DocumentCodeStyle = "canonical" | "ascii" | "slug" | "long";

/**
 * Options of {@link formatDocumentCode}.
 *
 * @example
 * ```ts
 * const options: FormatDocumentCodeOptions = { style: "long", locale: "en" };
 * ```
 */
export interface FormatDocumentCodeOptions {
  /** @default "canonical" */
  readonly style?: DocumentCodeStyle;
  /** @default "vi" */
  readonly locale?: Locale;
  /**
   * The genre to name in the `long` style when the type allows several (`QĐ` of the Party: decision or
   * regulation). Without it such codes are introduced neutrally (`Văn bản số …`).
   */
  readonly genre?: DocumentGenre;
}
