import type { DocumentCodeForm } from "./types.js";
import type { DocumentGenre } from "./vocabulary/genres.js";
import type { IssuerEntry } from "./vocabulary/lookup.js";

const OFFICIAL_LETTER: readonly DocumentGenre[] = /* @__PURE__ */ Object.freeze(["official-letter"]);
const NATIONAL_ASSEMBLY: readonly DocumentGenre[] = /* @__PURE__ */ Object.freeze(["law", "resolution"]);
const STANDING_COMMITTEE: readonly DocumentGenre[] = /* @__PURE__ */ Object.freeze(["ordinance", "resolution"]);

/**
 * Genres of a code that carries no type: a State code without a year is a công văn (ND 30/2020, Điều 8);
 * `n/yyyy/QHk` is a law or a resolution, `n/yyyy/UBTVQHk` an ordinance or a resolution; early codes such as
 * `15-CP` say nothing.
 */
export function untypedGenres(
  form: DocumentCodeForm,
  lead: IssuerEntry | undefined,
): readonly DocumentGenre[] | undefined {
  if (form === "administrative") return OFFICIAL_LETTER;
  if (form !== "normative") return undefined;
  return lead?.abbreviation === "QH" ? NATIONAL_ASSEMBLY : STANDING_COMMITTEE;
}
