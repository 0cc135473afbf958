import type { DocumentCode, DocumentCodeForm, DocumentCodeIssuer, DocumentCodeSystem } from "./types.js";
import type { DocumentGenre } from "./vocabulary/genres.js";

/**
 * Creates a code record in one go, with its optional fields present only when set, always in the same order
 * (both parse paths use it, so their results agree property by property).
 */
export function makeCode(
  system: DocumentCodeSystem,
  form: DocumentCodeForm,
  canonical: string,
  number: number,
  year: number | undefined,
  type: string | undefined,
  genres: readonly DocumentGenre[] | undefined,
  issuer: string,
  issuers: readonly DocumentCodeIssuer[],
): DocumentCode {
  // One literal per combination that occurs, so that no record changes shape after creation.
  if (genres === undefined) {
    if (type !== undefined) return { system, form, canonical, number, type, issuer, issuers };
    return year === undefined
      ? { system, form, canonical, number, issuer, issuers }
      : { system, form, canonical, number, year, issuer, issuers };
  }
  if (type === undefined) {
    return year === undefined
      ? { system, form, canonical, number, genres, issuer, issuers }
      : { system, form, canonical, number, year, genres, issuer, issuers };
  }
  return year === undefined
    ? { system, form, canonical, number, type, genres, issuer, issuers }
    : { system, form, canonical, number, year, type, genres, issuer, issuers };
}
