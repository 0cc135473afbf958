import { untypedGenres } from "./form-genres.js";
import type { Lexed } from "./lexed.js";
import { makeCode } from "./make-code.js";
import type { CodeIssue } from "./messages.js";
import { noteRepairs, resolveToken, unknownSpelling } from "./resolve.js";
import { issueAt, repaired, type Sink, warned } from "./sink.js";
import type { DocumentCode, DocumentCodeForm, DocumentCodeIssuer, DocumentCodeSystem } from "./types.js";
import { getVocabulary, type TokenInfo, type TypeEntry } from "./vocabulary/lookup.js";

/*
 * Gives the lexed tokens their meaning (reference §8): year, type, issuers, system and form; then derives the
 * canonical separators from that structure and compares them with the written ones. The system is decided by
 * the issuer first and the grammar second, so 23-L/CTN stays a State code and 96/QĐ-TW becomes 96-QĐ/TW.
 */

const MAX_NUMBER_DIGITS = 9;
const FIRST_YEAR = 1945;
const HYPHEN = 45;
const SLASH = 47;

function fail(sink: Sink, code: CodeIssue, lexed: Lexed, index: number, hint?: string): undefined {
  sink.error = issueAt(sink, code, lexed.span(index), hint);
  return undefined;
}

// The separator a canonical code has before token `index`.
function canonicalSep(form: DocumentCodeForm, typed: boolean, year: boolean, index: number): number {
  if (year) return index < 2 ? SLASH : HYPHEN;
  if (form === "party" || (form === "historical" && typed)) return index === 1 ? SLASH : HYPHEN;
  if (form === "historical") return HYPHEN;
  return index === 0 ? SLASH : HYPHEN;
}

// Resolutions are memoised per token index within one parse (null: looked up, unknown).
function infoAt(sink: Sink, lexed: Lexed, index: number): TokenInfo | undefined {
  let info = sink.found[index];
  if (info === undefined) sink.found[index] = info = resolveToken(lexed.token(index)) ?? null;
  return info ?? undefined;
}

// The issuer a token denotes, if any: term-numbered organs need their term (QH15), others must have none.
function issuerOf(info: TokenInfo | undefined): TokenInfo | undefined {
  return info?.issuer && info.issuer.term === (info.term !== undefined) ? info : undefined;
}

/**
 * Analyses lexed tokens into a code, recording repairs and warnings in the sink; on a shape error returns
 * undefined and leaves the error in `sink.error`.
 */
export function analyze(lexed: Lexed, sink: Sink): DocumentCode | undefined {
  const { number, count } = lexed;
  if (lexed.digitCount > MAX_NUMBER_DIGITS || number < 0)
    return fail(sink, "INVALID_CODE_NUMBER", lexed, 0, "too many digits");
  if (number === 0) return fail(sink, "INVALID_CODE_NUMBER", lexed, 0, "0");
  const padded = number < 10 ? lexed.digitCount === 2 : lexed.digitCount === `${number}`.length;
  if (!padded) repaired(sink, "NUMBER_PADDING_REPAIRED", lexed.span(0), number < 10 ? `0${number}` : `${number}`);
  if (count === 0) return fail(sink, "INVALID_CODE_SHAPE", lexed, 0, "a type or issuer is expected");

  let at = 0;
  let year: number | undefined;
  const firstValue = lexed.numeric(0);
  if (firstValue >= 0) {
    if (firstValue < FIRST_YEAR || lexed.token(0).length !== 4) return fail(sink, "INVALID_CODE_YEAR", lexed, 1);
    if (count === 1) return fail(sink, "INVALID_CODE_SHAPE", lexed, 1, "a type and issuer are expected");
    year = firstValue;
    at = 1;
  }

  // Where the type (if any) and the issuers start; which system and grammar.
  let typed = false;
  let typeEntry: TypeEntry | undefined;
  let system: DocumentCodeSystem = "state";
  let form: DocumentCodeForm;
  const head = infoAt(sink, lexed, at);
  if (year !== undefined) {
    form = "normative";
    if (count === 2) {
      // 64/2025/QH15, 110/2025/UBTVQH15: the term-numbered organ stands alone.
      if (head?.term === undefined) return fail(sink, "INVALID_CODE_SHAPE", lexed, 2, "a type is expected");
    } else {
      typed = true;
      typeEntry = head?.state;
      at = 2;
    }
  } else if (count === 1) {
    const only = issuerOf(head);
    if (only?.issuer?.system === "party") return fail(sink, "INVALID_CODE_SHAPE", lexed, 1, "Party codes carry a type");
    if (head?.party || head?.state || (!only && lexed.sep(0) !== SLASH)) {
      return fail(sink, "INVALID_CODE_SHAPE", lexed, 1, "an issuer is expected");
    }
    // 15-CP, 388-HĐBT: early State codes; 123/UBND: a công văn without a drafting unit.
    form = lexed.sep(0) === HYPHEN ? "historical" : "administrative";
  } else {
    const hyphenGrammar = lexed.sep(0) === HYPHEN && lexed.sep(1) === SLASH;
    const partyType = head?.party;
    const stateType = head?.state;
    typed =
      partyType !== undefined ||
      stateType !== undefined ||
      (!issuerOf(head) && (hyphenGrammar || issuerOf(infoAt(sink, lexed, 1)) !== undefined));
    if (typed) {
      at = 1;
      const issuerSystem = issuerOf(infoAt(sink, lexed, 1))?.issuer?.system;
      if (issuerSystem) system = issuerSystem;
      else if (hyphenGrammar) system = partyType || !stateType ? "party" : "state";
      else system = stateType || !partyType ? "state" : "party";
      typeEntry = system === "party" ? partyType : stateType;
      form = system === "party" ? "party" : hyphenGrammar ? "historical" : "administrative";
    } else {
      form = "administrative";
    }
  }

  // Separators: derived from the structure, compared with what was written.
  const hasYear = year !== undefined;
  let sepsCanonical = true;
  let slugLike = true;
  for (let i = 0; i < count; i++) {
    const written = lexed.sep(i);
    if (written !== HYPHEN && written !== 95 && written !== 46) slugLike = false;
    if (written !== canonicalSep(form, typed, hasYear, i)) sepsCanonical = false;
  }
  if (!sepsCanonical) {
    const span = { start: lexed.span(0).start, end: lexed.span(count).end };
    repaired(sink, slugLike ? "SLUG_REPAIRED" : "SEPARATORS_REPAIRED", span);
  }

  // Type: the token before the issuers.
  let type: string | undefined;
  if (typed) {
    if (typeEntry) {
      type = typeEntry.abbreviation;
      noteRepairs(sink, lexed, at, lexed.token(at - 1), type);
    } else {
      const typeToken = lexed.token(at - 1);
      type = unknownSpelling(typeToken);
      if (type !== typeToken) repaired(sink, "CASE_REPAIRED", lexed.span(at), type);
      warned(sink, "UNKNOWN_DOCUMENT_TYPE", lexed.span(at), type, getVocabulary()[system]);
    }
  }

  // Issuers: the issuing organ, joint issuers the catalogue knows, drafting units it does not.
  const issuers: DocumentCodeIssuer[] = [];
  let issuer = "";
  for (let i = at; i < count; i++) {
    if (lexed.numeric(i) >= 0)
      return fail(sink, "INVALID_CODE_SHAPE", lexed, i + 1, "an issuer abbreviation is expected");
    const hit = issuerOf(infoAt(sink, lexed, i));
    const role = i === at ? "issuer" : hit ? "co-issuer" : "unit";
    let part: DocumentCodeIssuer;
    if (hit?.issuer) {
      noteRepairs(sink, lexed, i + 1, lexed.token(i), hit.spelling);
      const organIds = hit.issuer.organIds;
      part =
        hit.term === undefined
          ? { abbreviation: hit.spelling, role, organIds }
          : { abbreviation: hit.spelling, role, organIds, term: hit.term };
    } else {
      sink.found[i] = null;
      const token = lexed.token(i);
      const spelling = unknownSpelling(token);
      if (spelling !== token) repaired(sink, "CASE_REPAIRED", lexed.span(i + 1), spelling);
      if (i === at) warned(sink, "UNKNOWN_ISSUER", lexed.span(i + 1), spelling, getVocabulary().issuers);
      part = { abbreviation: spelling, role };
    }
    issuers.push(part);
    issuer = i === at ? part.abbreviation : `${issuer}-${part.abbreviation}`;
  }
  const lead = issuerOf(sink.found[at] ?? undefined)?.issuer;
  if (!typed && form === "administrative" && lead?.system === "party") {
    return fail(sink, "INVALID_CODE_SHAPE", lexed, at + 1, "Party codes carry a type");
  }
  sink.typeEntry = typeEntry;
  sink.issuerIndex = at;

  const genres = typeEntry ? typeEntry.genres : typed ? undefined : untypedGenres(form, lead);

  const canonical = buildCanonical(number < 10 ? `0${number}` : `${number}`, year, type, issuer, form);
  return makeCode(system, form, canonical, number, year, type, genres, issuer, issuers);
}

/** Builds the canonical string of a code from its parts. */
function buildCanonical(
  numberText: string,
  year: number | undefined,
  type: string | undefined,
  issuer: string,
  form: DocumentCodeForm,
): string {
  if (year !== undefined)
    return type === undefined ? `${numberText}/${year}/${issuer}` : `${numberText}/${year}/${type}-${issuer}`;
  if (type === undefined) return form === "historical" ? `${numberText}-${issuer}` : `${numberText}/${issuer}`;
  return form === "administrative" ? `${numberText}/${type}-${issuer}` : `${numberText}-${type}/${issuer}`;
}
