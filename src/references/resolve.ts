import type { IsoDate } from "../core/index.js";
import { safeParseDocumentCode } from "../document-code/index.js";
import { documentsByCode, documentsByNumber, issuerCompatible, matchDocuments } from "./catalogue.js";
import type { Draft } from "./draft.js";
import type { WellKnownDocument } from "./types.js";
import { PARTY_ISSUER_ABBREVIATION, PARTY_TYPE_OF_GENRE } from "./words.js";

/** The canonical codes the text writes for each genre and number ("resolution", 18 → {"18-NQ/TW"}). */
type KnownCodes = Map<string, Map<number, Set<string>>>;

function recordOne(known: KnownCodes, genre: string, number: number, canonical: string): void {
  let byNumber = known.get(genre);
  if (byNumber === undefined) {
    byNumber = new Map();
    known.set(genre, byNumber);
  }
  const set = byNumber.get(number);
  if (set === undefined) byNumber.set(number, new Set([canonical]));
  else set.add(canonical);
}

function record(known: KnownCodes, draft: Draft, canonical: string): void {
  const number = draft.number;
  if (number === undefined) return;
  if (draft.genre !== undefined) recordOne(known, draft.genre, number, canonical);
  const genres = draft.code?.genres;
  if (genres === undefined) return;
  for (let index = 0; index < genres.length; index += 1) {
    const genre = genres[index];
    if (genre !== undefined && genre !== draft.genre && genres.indexOf(genre) === index)
      recordOne(known, genre, number, canonical);
  }
}

function byText(draft: Draft, known: KnownCodes): string | undefined {
  const found =
    draft.genre === undefined || draft.number === undefined ? undefined : known.get(draft.genre)?.get(draft.number);
  if (found === undefined || found.size !== 1) return undefined;
  const [code] = found;
  if (code === undefined || draft.issuer === undefined) return code;
  const parsed = safeParseDocumentCode(code);
  if (!parsed.success) return undefined;
  const ids = parsed.data.issuers.flatMap((part) => part.organIds ?? []);
  return ids.some((id) => issuerCompatible(draft.issuer?.organId ?? "", id)) ? code : undefined;
}

function byForm(draft: Draft): string | undefined {
  if (draft.issuer === undefined || draft.genre === undefined || draft.number === undefined) return undefined;
  const issuer = PARTY_ISSUER_ABBREVIATION[draft.issuer.organId];
  const type = PARTY_TYPE_OF_GENRE[draft.genre];
  if (issuer === undefined || type === undefined) return undefined;
  const padded = draft.number < 10 ? `0${draft.number}` : String(draft.number);
  const parsed = safeParseDocumentCode(`${padded}-${type}/${issuer}`);
  return parsed.success ? parsed.data.canonical : undefined;
}

function adopt(draft: Draft, docs: readonly WellKnownDocument[]): boolean {
  const codes = new Set(docs.map((doc) => doc.code));
  if (codes.size !== 1) return false;
  const [code] = codes;
  if (code === undefined) return false;
  draft.resolvedCode = code;
  draft.resolvedBy = "catalogue";
  if (docs.length === 1 && docs[0] !== undefined) draft.document = docs[0];
  return true;
}

function clueOf(draft: Draft, referenceDate: IsoDate) {
  return {
    referenceDate,
    ...(draft.genre === undefined ? {} : { genre: draft.genre }),
    ...(draft.number === undefined ? {} : { number: draft.number }),
    ...(draft.issuer === undefined ? {} : { issuerId: draft.issuer.organId }),
    ...(draft.issuer?.term === undefined ? {} : { term: draft.issuer.term }),
    ...(draft.date === undefined ? {} : { date: draft.date }),
  };
}

/**
 * Resolves mentions without a code, in two rounds: mentions that name an issuer or a date first (by the codes
 * of the same text, the catalogue, then the code's form), then bare mentions ("Resolution 18") by everything
 * the text has resolved so far, then by the catalogue. Written codes get their catalogue entry when unique.
 */
export function resolveDrafts(
  drafts: readonly Draft[],
  catalogue: readonly WellKnownDocument[],
  referenceDate: IsoDate,
): void {
  const known: KnownCodes = new Map();
  const bare = new Map<string, WellKnownDocument[]>();
  // Codes are looked up among the documents of that code only (indexed once per call, when first needed).
  let byCode: Map<string, WellKnownDocument[]> | undefined;
  const sameCode = (code: string): readonly WellKnownDocument[] => {
    byCode ??= documentsByCode(catalogue);
    return byCode.get(code) ?? [];
  };
  for (const draft of drafts) {
    const canonical = draft.code?.canonical ?? draft.resolvedCode;
    if (canonical !== undefined) record(known, draft, canonical);
    if (draft.code === undefined) continue;
    const plain = draft.date === undefined && draft.issuer?.term === undefined;
    const cached = plain ? bare.get(draft.code.canonical) : undefined;
    const docs =
      cached ??
      matchDocuments(
        {
          code: draft.code.canonical,
          referenceDate,
          ...(draft.date === undefined ? {} : { date: draft.date }),
          ...(draft.issuer?.term === undefined ? {} : { term: draft.issuer.term }),
        },
        sameCode(draft.code.canonical),
      );
    if (plain && cached === undefined) bare.set(draft.code.canonical, docs);
    if (docs.length === 1 && docs[0] !== undefined) draft.document = docs[0];
  }
  // A code dated or term-qualified once in the text denotes the same document where it is written again bare.
  const qualified = new Map<string, WellKnownDocument>();
  for (const draft of drafts)
    if (draft.code !== undefined && draft.document !== undefined && (draft.date ?? draft.issuer?.term) !== undefined)
      qualified.set(draft.code.canonical, draft.document);
  for (const draft of drafts) {
    const doc = draft.code === undefined ? undefined : qualified.get(draft.code.canonical);
    if (doc !== undefined && draft.date === undefined && draft.issuer?.term === undefined) draft.document = doc;
  }
  // Mentions are looked up among the documents of their number only (indexed once per call, when first needed).
  let byNumber: Map<number, WellKnownDocument[]> | undefined;
  const sameNumber = (draft: Draft): readonly WellKnownDocument[] => {
    if (draft.number === undefined) return catalogue;
    byNumber ??= documentsByNumber(catalogue);
    return byNumber.get(draft.number) ?? [];
  };
  const mentions = drafts.filter((draft) => draft.code === undefined && draft.resolvedCode === undefined);
  for (const draft of mentions) {
    if (draft.issuer === undefined && draft.date === undefined) continue;
    const text = byText(draft, known);
    if (text !== undefined) {
      draft.resolvedCode = text;
      draft.resolvedBy = "text";
    } else if (!adopt(draft, matchDocuments(clueOf(draft, referenceDate), sameNumber(draft)))) {
      const form = byForm(draft);
      if (form === undefined) continue;
      draft.resolvedCode = form;
      draft.resolvedBy = "form";
    }
    record(known, draft, draft.resolvedCode ?? "");
  }
  for (const draft of mentions) {
    if (draft.issuer !== undefined || draft.date !== undefined) continue;
    const text = byText(draft, known);
    if (text !== undefined) {
      draft.resolvedCode = text;
      draft.resolvedBy = "text";
    } else adopt(draft, matchDocuments(clueOf(draft, referenceDate), sameNumber(draft)));
  }
}
