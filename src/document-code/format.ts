import { pickLabel, VnPolityError } from "../core/index.js";
import { foldDiacritics } from "../text/index.js";
import { codeIssue } from "./messages.js";
import type { DocumentCode, FormatDocumentCodeOptions } from "./types.js";
import { DOCUMENT_GENRES, type DocumentGenre } from "./vocabulary/genres.js";

const GENERIC = { vi: "Văn bản", en: "Document" } as const;

function invalidOption(hint: string): VnPolityError {
  return new VnPolityError([codeIssue("INVALID_OPTION", { hint })]);
}

function genreLabel(
  code: DocumentCode,
  genre: DocumentGenre | undefined,
): { readonly vi: string; readonly en: string } {
  if (genre !== undefined) {
    if (!Object.hasOwn(DOCUMENT_GENRES, genre)) throw invalidOption("genre");
    return DOCUMENT_GENRES[genre];
  }
  // A type with several genres (QĐ of the Party: decision or regulation) is introduced neutrally.
  const only = code.genres?.length === 1 ? code.genres[0] : undefined;
  return only !== undefined && Object.hasOwn(DOCUMENT_GENRES, only) ? DOCUMENT_GENRES[only] : GENERIC;
}

/**
 * Writes a parsed code in one of four styles: `canonical` (`30/2020/NĐ-CP`), `ascii` (`30/2020/ND-CP`,
 * diacritics folded), `slug` (`30-2020-ND-CP`, for file names and URL paths) or `long`
 * (`Nghị định số 30/2020/NĐ-CP`, `Decree No. 30/2020/NĐ-CP`).
 *
 * Every style parses back to the same code in lenient mode, except where folding loses information: `ascii`
 * and `slug` cannot tell HĐ (hợp đồng) from HD (hướng dẫn), ĐA (đề án) from DA (dự án), or an unknown
 * abbreviation with Đ from one with D; `slug` also loses the hyphen of early State codes (`23-L/CTN`).
 *
 * @throws VnPolityError `INVALID_OPTION` for an unknown style, locale or genre.
 * @example
 * ```ts
 * const code = parseDocumentCode("30/2020/NĐ-CP");
 * formatDocumentCode(code); // "30/2020/NĐ-CP"
 * formatDocumentCode(code, { style: "slug" }); // "30-2020-ND-CP"
 * formatDocumentCode(code, { style: "long", locale: "en" }); // "Decree No. 30/2020/NĐ-CP"
 * formatDocumentCode(parseDocumentCode("399-QĐ/TW"), { style: "long", genre: "regulation" }); // "Quy định số 399-QĐ/TW"
 * ```
 */
export function formatDocumentCode(code: DocumentCode, options: FormatDocumentCodeOptions = {}): string {
  const { style = "canonical", locale = "vi", genre } = options;
  if (locale !== "vi" && locale !== "en") throw invalidOption("locale");
  const { canonical } = code;
  switch (style) {
    case "canonical":
      return canonical;
    case "ascii":
      return foldDiacritics(canonical);
    case "slug":
      return foldDiacritics(canonical).replaceAll("/", "-");
    case "long": {
      const label = pickLabel(genreLabel(code, genre), locale);
      return locale === "vi" ? `${label} số ${canonical}` : `${label} No. ${canonical}`;
    }
    default:
      throw invalidOption("style");
  }
}
