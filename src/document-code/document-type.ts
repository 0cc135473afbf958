import type { Localized } from "../core/index.js";
import type { DocumentCodeSystem } from "./types.js";
import { DOCUMENT_GENRES, type DocumentGenre } from "./vocabulary/genres.js";
import { lookupSpelling } from "./vocabulary/lookup.js";

/**
 * What a document-type abbreviation means in one numbering system.
 *
 * @example
 * ```ts
 * const info: DocumentTypeInfo = {
 *   abbreviation: "TT", system: "party", genres: ["party-circular"], names: [{ vi: "Thông tri", en: "Circular" }],
 * };
 * ```
 */
export interface DocumentTypeInfo {
  readonly abbreviation: string;
  readonly system: DocumentCodeSystem;
  /** The genres the abbreviation may denote (`QĐ` of the Party: decision or regulation). */
  readonly genres: readonly DocumentGenre[];
  /** Names of those genres, in the same order. */
  readonly names: readonly Localized[];
  /** The only issuers that may issue the type (`NĐ`: CP), when restricted. */
  readonly issuers?: readonly string[];
}

/**
 * Looks a document-type abbreviation up in the Party or State vocabulary (exact spelling, canonical casing);
 * `undefined` when that system has no such type.
 *
 * @example
 * ```ts
 * getDocumentType("TT", "party")?.names[0]?.vi; // "Thông tri"
 * getDocumentType("TT", "state")?.names[0]?.vi; // "Thông tư"
 * getDocumentType("TTg", "state"); // undefined: TTg is an issuer, never a type
 * ```
 */
export function getDocumentType(abbreviation: string, system: DocumentCodeSystem): DocumentTypeInfo | undefined {
  if (typeof abbreviation !== "string") return undefined;
  const entry = lookupSpelling(abbreviation)?.[system === "party" ? "party" : "state"];
  if (!entry) return undefined;
  const info = {
    abbreviation: entry.abbreviation,
    system,
    genres: entry.genres,
    names: Object.freeze(entry.genres.map((genre) => DOCUMENT_GENRES[genre])),
  };
  return Object.freeze(entry.issuers ? { ...info, issuers: entry.issuers } : info);
}

/**
 * The Vietnamese and English names of a document genre; `undefined` for an unknown genre.
 *
 * @example
 * ```ts
 * getDocumentGenre("decree"); // { vi: "Nghị định", en: "Decree" }
 * ```
 */
export function getDocumentGenre(genre: string): Localized | undefined {
  return typeof genre === "string" && Object.hasOwn(DOCUMENT_GENRES, genre)
    ? DOCUMENT_GENRES[genre as DocumentGenre]
    : undefined;
}
