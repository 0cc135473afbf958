import { type DateLike, safeToIsoDate, unwrap } from "../core/index.js";
import { foldDiacritics, formatRomanNumeral } from "../text/index.js";
import type { DocumentCode } from "./types.js";
import { PARTY_TERM_STARTS } from "./vocabulary/terms.js";

/**
 * Options of {@link getDocumentCodeId}: what dates the document, when the code itself does not.
 *
 * @example
 * ```ts
 * const options: DocumentCodeIdOptions = { date: "2024-12-22" };
 * ```
 */
export interface DocumentCodeIdOptions {
  /** The document's date: gives the Party term (khóa) of a Party code, or the year of a State code without one. */
  readonly date?: DateLike;
  /** The Party Central Committee term (khóa) a Party code was numbered in, when known directly. */
  readonly term?: number;
}

// Identifier segments: lower case ASCII; Đ is written "dd" (as in Telex) so that HĐ and HD stay apart.
function segment(text: string): string {
  return foldDiacritics(text.replace(/[Đđ]/g, "dd"))
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, "");
}

function partyTerm(date: string): number | undefined {
  let term: number | undefined;
  PARTY_TERM_STARTS.forEach((start, index) => {
    if (start <= date) term = index + 6;
  });
  return term;
}

/**
 * A stable identifier for the document a code denotes, in the manner of ELI / Akoma Ntoso work URIs:
 * `vn/{system}/{issuer}/{type}/{disambiguator}/{number}`. Party numbers restart with every Central Committee
 * term, so Party codes carry the term (`khoa-xiii`); State normative codes carry their year (`2020`); other
 * State codes restart every year and carry the year of their date (`nam-2025`). The disambiguator is left out
 * when nothing dates the code, and the type when the code has none. Local Party committees number by their own
 * terms, which the national khóa only approximates; generic issuers (UBND, TU) do not name the locality.
 *
 * @throws VnPolityError `INVALID_DATE_LIKE` when `date` is not a date.
 * @example
 * ```ts
 * getDocumentCodeId(parseDocumentCode("57-NQ/TW"), { date: "2024-12-22" }); // "vn/party/tw/nq/khoa-xiii/57"
 * getDocumentCodeId(parseDocumentCode("30/2020/NĐ-CP")); // "vn/state/cp/ndd/2020/30"
 * getDocumentCodeId(parseDocumentCode("3954/UBND-VX"), { date: "2025-05-01" }); // "vn/state/ubnd-vx/nam-2025/3954"
 * ```
 */
export function getDocumentCodeId(code: DocumentCode, options: DocumentCodeIdOptions = {}): string {
  const date = options.date === undefined ? undefined : unwrap(safeToIsoDate(options.date));
  const parts = ["vn", code.system, segment(code.issuer)];
  if (code.type !== undefined) parts.push(segment(code.type));
  if (code.system === "party") {
    const term = options.term ?? (date === undefined ? undefined : partyTerm(date));
    if (term !== undefined && Number.isInteger(term) && term > 0 && term < 4000) {
      parts.push(`khoa-${formatRomanNumeral(term).toLowerCase()}`);
    }
  } else if (code.year !== undefined) {
    parts.push(`${code.year}`);
  } else if (date !== undefined) {
    parts.push(`nam-${date.slice(0, 4)}`);
  }
  parts.push(`${code.number}`);
  return parts.join("/");
}
