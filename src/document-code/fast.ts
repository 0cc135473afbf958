import type { Issue, Locale } from "../core/index.js";
import { untypedGenres } from "./form-genres.js";
import { makeCode } from "./make-code.js";
import { nearest } from "./nearest.js";
import { vocabularyWarning } from "./sink.js";
import { issuerProblem, type TimeContext, typeProblem } from "./time.js";
import type { DocumentCode, DocumentCodeForm, DocumentCodeIssuer, DocumentCodeSystem } from "./types.js";
import {
  getVocabulary,
  type IssuerEntry,
  keyOf,
  packKey,
  probe,
  type TokenInfo,
  type TypeEntry,
  termInfo,
  type Vocabulary,
} from "./vocabulary/lookup.js";

/*
 * The fast path: one pass over input that is already canonical, reading the grammar as it goes and copying
 * nothing but output strings. Each token is keyed while scanned (see keyOf) and found in an open-addressing
 * table. Anything that needs a repair or ends in an error, and any call with a document date, returns
 * undefined, and the general path (repairing lexer → grammar → time checks) answers instead. The bench holds
 * this path to 3× one RegExp.exec; tests check that both paths give the same answer, warnings included.
 */

const FIRST_YEAR = 1945;
const HYPHEN = 45;
const SLASH = 47;
// Returned by `read` when the general path must decide (a spelling to repair, digits, nothing).
const BAIL = 0;

function isTokenCode(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    (code >= 97 && code <= 122) ||
    code === 0x110 ||
    code === 0x111
  );
}

// Where the token at `start` ends.
function tokenEnd(input: string, start: number): number {
  let i = start;
  while (i < input.length && isTokenCode(input.charCodeAt(i))) i++;
  return i;
}

// Where the token read at `start` ends: a known token is as long as its spelling.
function endOf(input: string, start: number, info: TokenInfo | null): number {
  return info ? start + info.spelling.length : tokenEnd(input, start);
}

/**
 * Reads the token at `start` and says what it is: a known token, null for a canonically written unknown one
 * (a drafting unit), or BAIL when only the general path can tell. One probe settles tokens written in
 * upper-case ASCII, since the table also holds every folded key.
 */
function read(vocabulary: Vocabulary, input: string, start: number): TokenInfo | null | typeof BAIL {
  let packed = 0;
  let plain = true;
  let i = start;
  for (; i < input.length; i++) {
    const code = input.charCodeAt(i);
    let symbol: number;
    if (code >= 65 && code <= 90) symbol = code - 55;
    else if (code >= 48 && code <= 57) symbol = code - 48;
    else {
      plain = false;
      if (code >= 97 && code <= 122) symbol = code - 61;
      else if (code === 0x110 || code === 0x111) symbol = code - 210;
      else break;
    }
    if (i < start + 4) packed = (packed << 6) | symbol;
  }
  const info = probe(vocabulary, input, start, i, packKey(packed, i - start), false);
  if (info) return info.folded ? BAIL : info;
  return readUnknown(vocabulary, input, start, i, plain);
}

function readUnknown(
  vocabulary: Vocabulary,
  input: string,
  start: number,
  end: number,
  plain: boolean,
): TokenInfo | null | typeof BAIL {
  if (end === start) return BAIL;
  if (!plain && probe(vocabulary, input, start, end, keyOf(input, start, end, true), true)) return BAIL;
  let digitsAt = end;
  while (digitsAt > start && input.charCodeAt(digitsAt - 1) >= 48 && input.charCodeAt(digitsAt - 1) <= 57) digitsAt--;
  if (digitsAt === start) return BAIL;
  if (digitsAt < end) {
    // Term-numbered organs beyond the known terms (QH17): the letters name the organ, the digits its term.
    const base = readBase(vocabulary, input, start, digitsAt);
    if (base === BAIL) return BAIL;
    if (base?.issuer?.term && input.charCodeAt(digitsAt) !== 48 && end - digitsAt < 4) {
      return termInfo(input.slice(start, end), base.issuer, Number(input.slice(digitsAt, end)));
    }
    if (base) return BAIL;
  }
  const first = input.charCodeAt(start);
  // An unknown token written with a small first letter is upper-cased (a repair) by the general path.
  return (first >= 97 && first <= 122) || first === 0x111 ? BAIL : null;
}

// The letters before a term number: a known spelling, BAIL for one that needs repair, or null.
function readBase(vocabulary: Vocabulary, input: string, start: number, end: number): TokenInfo | null | typeof BAIL {
  const exact = probe(vocabulary, input, start, end, keyOf(input, start, end, false), false);
  if (exact) return exact.folded ? BAIL : exact;
  return probe(vocabulary, input, start, end, keyOf(input, start, end, true), true) ? BAIL : null;
}

// The value of a four-digit token at `start` (a year), or −1.
function fourDigits(input: string, start: number): number {
  const next = input.charCodeAt(start + 4);
  if (next >= 48 && next <= 57) return -1;
  let value = 0;
  for (let i = start; i < start + 4; i++) {
    const code = input.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    value = value * 10 + code - 48;
  }
  return value;
}

function issuerOf(info: TokenInfo | null): TokenInfo | undefined {
  return info?.issuer && info.issuer.term === (info.term !== undefined) ? info : undefined;
}

// The fast path never has a document date, so the window is the code's year (capped at asOf) or up to asOf.
function problem(issuer: IssuerEntry, term: number | undefined, year: number | undefined, time: TimeContext): boolean {
  const low = year === undefined ? 0 : year * 10000 + 101;
  const high = year === undefined ? time.asOfDay : Math.min(year * 10000 + 1231, time.asOfDay);
  return issuerProblem(issuer, term, low, high) !== undefined;
}

// The issuer part at `start` after the lead: a joint issuer or a drafting unit; undefined to bail. Its
// abbreviation is always the text written, so the caller finds the part's end from it.
function partAt(
  vocabulary: Vocabulary,
  input: string,
  start: number,
  year: number | undefined,
  time: TimeContext,
): DocumentCodeIssuer | undefined {
  return partOf(input, start, read(vocabulary, input, start), year, time);
}

function partOf(
  input: string,
  start: number,
  info: TokenInfo | null | typeof BAIL,
  year: number | undefined,
  time: TimeContext,
): DocumentCodeIssuer | undefined {
  if (info === BAIL) return undefined;
  const hit = issuerOf(info);
  if (!hit?.issuer) return { abbreviation: input.slice(start, endOf(input, start, info)), role: "unit" };
  return hit.issuer.bounded && problem(hit.issuer, hit.term, year, time) ? undefined : hit.joint;
}

/**
 * Parses a canonical code in one pass; undefined when the general path must decide. Vocabulary warnings
 * (unknown type, unknown issuer) are pushed to `warnings` when the caller wants them.
 */
export function parseCanonical(
  input: string,
  time: TimeContext,
  warnings: Issue[] | undefined,
  locale: Locale,
): DocumentCode | undefined {
  const length = input.length;
  let i = 0;
  let number = 0;
  let code = length > 0 ? input.charCodeAt(0) : -1;
  while (code >= 48 && code <= 57) {
    number = number * 10 + code - 48;
    code = ++i < length ? input.charCodeAt(i) : -1;
  }
  if (i === 0 || i > 9 || number === 0 || (number < 10 ? i !== 2 : input.charCodeAt(0) === 48)) return undefined;
  if (code !== HYPHEN && code !== SLASH) return undefined;
  const firstSep = code;
  const vocabulary = getVocabulary();
  let start = i + 1;
  let end: number;

  // Read the grammar up to the lead issuer, as grammar.ts does for canonical separators only.
  let year: number | undefined;
  let typed = false;
  let typeStart = 0;
  let typeEnd = 0;
  let typeEntry: TypeEntry | undefined;
  let system: DocumentCodeSystem = "state";
  let form: DocumentCodeForm = "administrative";
  let leadInfo: TokenInfo | null;
  let second: DocumentCodeIssuer | undefined; // the part after the lead, when read early (công văn)
  let secondEnd = 0;
  const yearValue = fourDigits(input, start);
  if (yearValue >= 0) {
    // 30/2020/NĐ-CP, 64/2025/QH15: a year, then a type and issuers, or a term-numbered organ alone.
    year = yearValue;
    if (firstSep !== SLASH || year < FIRST_YEAR || year > time.asOfYear || input.charCodeAt(start + 4) !== SLASH) {
      return undefined;
    }
    form = "normative";
    start += 5;
    const head = read(vocabulary, input, start);
    if (head === BAIL) return undefined;
    end = endOf(input, start, head);
    if (end === length) {
      if (head?.term === undefined) return undefined;
      leadInfo = head;
    } else {
      if (input.charCodeAt(end) !== HYPHEN) return undefined;
      typed = true;
      typeStart = start;
      typeEnd = end;
      typeEntry = head?.state;
      start = end + 1;
      const info = read(vocabulary, input, start);
      if (info === BAIL) return undefined;
      leadInfo = info;
      end = endOf(input, start, info);
    }
  } else {
    const head = read(vocabulary, input, start);
    if (head === BAIL) return undefined;
    end = endOf(input, start, head);
    if (end === length) {
      // 15-CP, 388-HĐBT (early State codes); 123/UBND (a công văn without a drafting unit).
      const only = issuerOf(head)?.issuer;
      if (only?.system === "party" || head?.party || head?.state || (!only && firstSep !== SLASH)) return undefined;
      if (firstSep === HYPHEN) form = "historical";
      leadInfo = head;
    } else {
      const sep = input.charCodeAt(end);
      const nextStart = end + 1;
      const next = read(vocabulary, input, nextStart);
      if (next === BAIL) return undefined;
      const nextEnd = endOf(input, nextStart, next);
      const hyphenGrammar = firstSep === HYPHEN && sep === SLASH;
      const partyType = head?.party;
      const stateType = head?.state;
      typed =
        partyType !== undefined ||
        stateType !== undefined ||
        (!issuerOf(head) && (hyphenGrammar || issuerOf(next) !== undefined));
      if (typed) {
        // 57-NQ/TW, 123/QĐ-UBND, 23-L/CTN: a type, then the issuers; the issuer decides the system, and the
        // grammar when the issuer is shared or unknown.
        typeStart = start;
        typeEnd = end;
        const leadSystem = issuerOf(next)?.issuer?.system;
        if (leadSystem) system = leadSystem;
        else if (hyphenGrammar) system = partyType || !stateType ? "party" : "state";
        else system = stateType || !partyType ? "state" : "party";
        if (system === "party" || hyphenGrammar) {
          if (!hyphenGrammar) return undefined;
          form = system === "party" ? "party" : "historical";
        } else if (firstSep !== SLASH || sep !== HYPHEN) {
          return undefined;
        }
        typeEntry = system === "party" ? partyType : stateType;
        start = nextStart;
        end = nextEnd;
        leadInfo = next;
      } else {
        // 3954/UBND-VX, 1531/TTg-CN: a công văn, the issuer first, then a drafting unit.
        if (firstSep !== SLASH || sep !== HYPHEN || issuerOf(head)?.issuer?.system === "party") return undefined;
        leadInfo = head;
        second = partOf(input, nextStart, next, year, time);
        if (!second) return undefined;
        secondEnd = nextEnd;
      }
    }
  }

  // The issuers: the lead, then joint issuers the catalogue knows and drafting units it does not.
  const lead = issuerOf(leadInfo);
  const leadIssuer = lead?.issuer;
  const leadStart = start;
  let issuers: readonly DocumentCodeIssuer[];
  if (lead && leadIssuer && end === length && lead.term === undefined) {
    issuers = lead.sole as readonly DocumentCodeIssuer[];
  } else {
    const first: DocumentCodeIssuer = lead
      ? (lead.first as DocumentCodeIssuer)
      : { abbreviation: input.slice(start, end), role: "issuer" };
    let parts: DocumentCodeIssuer[];
    if (second) {
      parts = [first, second];
      end = secondEnd;
    } else if (end < length) {
      if (input.charCodeAt(end) !== HYPHEN) return undefined;
      const part = partAt(vocabulary, input, end + 1, year, time);
      if (!part) return undefined;
      end += 1 + part.abbreviation.length;
      parts = [first, part];
    } else {
      parts = [first];
    }
    while (end < length) {
      if (input.charCodeAt(end) !== HYPHEN) return undefined;
      const part = partAt(vocabulary, input, end + 1, year, time);
      if (!part) return undefined;
      end += 1 + part.abbreviation.length;
      parts.push(part);
    }
    issuers = parts;
  }
  if (leadIssuer?.bounded && problem(leadIssuer, lead?.term, year, time)) return undefined;
  if (
    typeEntry &&
    (typeEntry.joint ? issuers.length < 2 : typeEntry.issuers && typeProblem(typeEntry, leadIssuer, 1))
  ) {
    return undefined;
  }
  const type = typed ? (typeEntry?.abbreviation ?? input.slice(typeStart, typeEnd)) : undefined;
  if (warnings) {
    const known = getVocabulary();
    if (typed && !typeEntry) {
      const text = type as string;
      const list = known[system];
      warnings.push(
        vocabularyWarning(locale, "UNKNOWN_DOCUMENT_TYPE", { start: typeStart, end: typeEnd }, () =>
          nearest(text, list),
        ),
      );
    }
    if (!lead) {
      const text = (issuers[0] as DocumentCodeIssuer).abbreviation;
      const span = { start: leadStart, end: leadStart + text.length };
      warnings.push(vocabularyWarning(locale, "UNKNOWN_ISSUER", span, () => nearest(text, known.issuers)));
    }
  }

  const issuer = issuers.length === 1 ? (issuers[0] as DocumentCodeIssuer).abbreviation : input.slice(leadStart);
  const genres = typeEntry ? typeEntry.genres : typed ? undefined : untypedGenres(form, leadIssuer);
  return makeCode(system, form, input, number, year, type, genres, issuer, issuers);
}
