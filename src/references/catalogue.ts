import { DATA_AS_OF, type DateLike, type IsoDate, safeToIsoDate } from "../core/index.js";
import { type DocumentGenre, PARTY_TERM_STARTS, safeParseDocumentCode } from "../document-code/index.js";
import { foldForMatch } from "../text/index.js";
import { WELL_KNOWN_DOCUMENTS } from "./data/well-known-documents.js";
import type { WellKnownDocument } from "./types.js";

// The three organs that sign with `TW` are read as one issuer: the news often credits one for another's act.
const CENTRAL = new Set(["politburo", "party-central-committee", "party-secretariat"]);

/** Whether a mention's issuer may denote a catalogue document's issuer. */
export function issuerCompatible(mentioned: string, documentIssuer: string): boolean {
  return mentioned === documentIssuer || (CENTRAL.has(mentioned) && CENTRAL.has(documentIssuer));
}

/** The Party term (khóa) in force on a date: 12 for 2016-01-29 … 2021-01-30. */
function partyTermOf(date: IsoDate): number {
  let term = 0;
  PARTY_TERM_STARTS.forEach((start, index) => {
    if (start <= date) term = index + 6;
  });
  return term;
}

/** The catalogue of a call: the caller's rows first, then the built-in ones. */
export function catalogueOf(extra: readonly WellKnownDocument[] | undefined): readonly WellKnownDocument[] {
  return extra === undefined || extra.length === 0 ? WELL_KNOWN_DOCUMENTS : [...extra, ...WELL_KNOWN_DOCUMENTS];
}

/** What is known of a document to look it up. */
export interface DocumentClue {
  readonly code?: string;
  readonly genre?: DocumentGenre;
  readonly number?: number;
  readonly issuerId?: string;
  readonly term?: number;
  readonly date?: IsoDate;
  /** The date the text speaks from (article date or asOf): picks the term when nothing else does. */
  readonly referenceDate: IsoDate;
}

function numberOf(code: string): number {
  return Number.parseInt(code, 10);
}

/** The catalogue's documents by canonical code, in catalogue order: what a written code is looked up among. */
export function documentsByCode(catalogue: readonly WellKnownDocument[]): Map<string, WellKnownDocument[]> {
  const index = new Map<string, WellKnownDocument[]>();
  for (const doc of catalogue) {
    const list = index.get(doc.code);
    if (list === undefined) index.set(doc.code, [doc]);
    else list.push(doc);
  }
  return index;
}

/** The catalogue's documents by their number, in catalogue order: a mention only ever matches its own number. */
export function documentsByNumber(catalogue: readonly WellKnownDocument[]): Map<number, WellKnownDocument[]> {
  const index = new Map<number, WellKnownDocument[]>();
  for (const doc of catalogue) {
    const number = numberOf(doc.code);
    const list = index.get(number);
    if (list === undefined) index.set(number, [doc]);
    else list.push(doc);
  }
  return index;
}

/**
 * The catalogue documents a clue can denote, narrowed by date, term and the reference date; several when the
 * clue stays ambiguous.
 */
export function matchDocuments(clue: DocumentClue, catalogue: readonly WellKnownDocument[]): WellKnownDocument[] {
  let found = catalogue.filter((doc) => {
    if (clue.code !== undefined) return doc.code === clue.code;
    if (clue.number === undefined || numberOf(doc.code) !== clue.number) return false;
    if (clue.genre !== undefined && doc.genre !== clue.genre) return false;
    if (clue.issuerId !== undefined && !issuerCompatible(clue.issuerId, doc.issuerId)) return false;
    return true;
  });
  if (clue.date !== undefined) return found.filter((doc) => doc.date === clue.date);
  // Local documents repeat their codes in every province: only a date names one.
  if (clue.code === undefined) found = found.filter((doc) => doc.place === undefined);
  if (found.length <= 1) return found;
  if (clue.term !== undefined) {
    const inTerm = found.filter((doc) => doc.date !== undefined && partyTermOf(doc.date) === clue.term);
    if (inTerm.length > 0) return inTerm;
  }
  const term = partyTermOf(clue.referenceDate);
  const current = found.filter(
    (doc) => doc.date !== undefined && doc.date <= clue.referenceDate && partyTermOf(doc.date) === term,
  );
  return current.length > 0 ? current : found;
}

/**
 * Options of {@link getWellKnownDocument}.
 *
 * @example
 * ```ts
 * const options: GetWellKnownDocumentOptions = { date: "2019-05-30" };
 * ```
 */
export interface GetWellKnownDocumentOptions {
  /** Date of the document, when the text gives it. */
  readonly date?: DateLike;
  /** Date the question is asked from (an article's date): picks the Party term when the code repeats. */
  readonly asOf?: DateLike;
  readonly catalogue?: readonly WellKnownDocument[];
}

function isoOrUndefined(value: unknown): IsoDate | undefined {
  if (value === undefined) return undefined;
  const result = safeToIsoDate(value);
  return result.success ? result.data : undefined;
}

/**
 * Looks a well-known document up by its code (any spelling the lenient parser repairs); when the code denotes
 * documents of several Party terms, the date or `asOf` chooses, and `undefined` means unknown or still ambiguous.
 *
 * @example
 * ```ts
 * getWellKnownDocument("57-NQ/TW")?.date; // "2024-12-22"
 * getWellKnownDocument("35-CT/TW", { asOf: "2020-01-01" })?.date; // "2019-05-30"
 * getWellKnownDocument("35-CT/TW", { asOf: "2025-03-17" })?.date; // "2024-06-14"
 * ```
 */
export function getWellKnownDocument(
  code: string,
  options?: GetWellKnownDocumentOptions,
): WellKnownDocument | undefined {
  if (typeof code !== "string") return undefined;
  const parsed = safeParseDocumentCode(code);
  if (!parsed.success) return undefined;
  const opts = typeof options === "object" && options !== null ? options : {};
  const catalogue = Array.isArray(opts.catalogue) ? catalogueOf(opts.catalogue) : WELL_KNOWN_DOCUMENTS;
  const date = isoOrUndefined(opts.date);
  const found = matchDocuments(
    {
      code: parsed.data.canonical,
      ...(date === undefined ? {} : { date }),
      referenceDate: isoOrUndefined(opts.asOf) ?? DATA_AS_OF,
    },
    catalogue,
  );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Searches the catalogue by words of the title (either language, diacritics optional) or by code.
 *
 * @example
 * ```ts
 * searchWellKnownDocuments("chuyen doi so").map((doc) => doc.code); // ["57-NQ/TW"]
 * searchWellKnownDocuments("private economic").map((doc) => doc.code); // ["68-NQ/TW"]
 * ```
 */
export function searchWellKnownDocuments(
  query: string,
  options?: { readonly catalogue?: readonly WellKnownDocument[] },
): WellKnownDocument[] {
  if (typeof query !== "string") return [];
  const key = foldForMatch(query);
  if (key === "") return [];
  const extra =
    typeof options === "object" && options !== null && Array.isArray(options.catalogue) ? options.catalogue : undefined;
  return catalogueOf(extra).filter(
    (doc) =>
      foldForMatch(doc.code).includes(key) ||
      foldForMatch(doc.title.vi).includes(key) ||
      foldForMatch(doc.title.en).includes(key),
  );
}
