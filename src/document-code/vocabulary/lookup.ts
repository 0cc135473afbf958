import { ORGAN_INDEX } from "../../organs/index.js";
import type { DocumentCodeIssuer, DocumentCodeSystem } from "../types.js";
import { PARTY_DOCUMENT_TYPES, STATE_DOCUMENT_TYPES } from "./document-types.js";
import type { DocumentGenre } from "./genres.js";
import { NATIONAL_ASSEMBLY_TERM_STARTS } from "./terms.js";

/** A document type as the parser sees it. */
export interface TypeEntry {
  readonly abbreviation: string;
  readonly genres: readonly DocumentGenre[];
  /** Issuers allowed to issue the type (bases: `UBTVQH`, not `UBTVQH15`); undefined when any may. */
  readonly issuers: readonly string[] | undefined;
  /** Whether the type needs two or more joint issuers (TTLT, NQLT). */
  readonly joint: boolean;
}

/** An issuer abbreviation as the parser sees it: the union of the organs that sign with it. */
export interface IssuerEntry {
  readonly abbreviation: string;
  readonly organIds: readonly string[];
  /** Party or State; undefined when shared by both (BCĐ) or used by the Front and mass organisations. */
  readonly system: DocumentCodeSystem | undefined;
  readonly from: string | undefined;
  readonly until: string | undefined;
  /** The same dates as numbers (20250301), 0 and 99999999 when open, for cheap comparisons. */
  readonly fromDay: number;
  readonly untilDay: number;
  /** Whether any time check applies: a validity date, or a term number. */
  readonly bounded: boolean;
  /** Whether a National Assembly term number follows the abbreviation (`QH15`). */
  readonly term: boolean;
}

/**
 * Everything one written abbreviation can be: a Party type, a State type, an issuer — or several of these
 * (`QH` is a Party type and, with a term number, the National Assembly).
 */
export interface TokenInfo {
  /** Canonical spelling (`TTg`, `NĐ`; `QH15` for a term-numbered issuer). */
  readonly spelling: string;
  readonly party: TypeEntry | undefined;
  readonly state: TypeEntry | undefined;
  readonly issuer: IssuerEntry | undefined;
  /** National Assembly term, for term-numbered issuers only. */
  readonly term: number | undefined;
  /** Shared, frozen issuer parts for this spelling as sole issuer, first issuer and joint issuer. */
  readonly sole: readonly DocumentCodeIssuer[] | undefined;
  readonly first: DocumentCodeIssuer | undefined;
  readonly joint: DocumentCodeIssuer | undefined;
  /** True for the table's stand-ins of folded keys (`HDND` for `HĐND`): a token spelled so needs repair. */
  readonly folded: boolean;
  /**
   * The spellings that fold to this entry's spelling, when it is a folded key (`HD` → HD, HĐ; `HDND` → HĐND);
   * undefined when only the entry itself does.
   */
  candidates: readonly TokenInfo[] | undefined;
}

// Every record of a kind is created with the same properties in the same order, so that the fast path's
// property reads stay monomorphic. Token records never leave the module, so they are not frozen.
function tokenInfo(
  spelling: string,
  party: TypeEntry | undefined,
  state: TypeEntry | undefined,
  issuer: IssuerEntry | undefined,
  term: number | undefined,
  folded = false,
): TokenInfo {
  if (!issuer) {
    return {
      spelling,
      party,
      state,
      issuer,
      term,
      sole: undefined,
      first: undefined,
      joint: undefined,
      folded,
      candidates: undefined,
    };
  }
  const { organIds } = issuer;
  const first: DocumentCodeIssuer = Object.freeze(
    term === undefined
      ? { abbreviation: spelling, role: "issuer", organIds }
      : { abbreviation: spelling, role: "issuer", organIds, term },
  );
  const joint: DocumentCodeIssuer = Object.freeze(
    term === undefined
      ? { abbreviation: spelling, role: "co-issuer", organIds }
      : { abbreviation: spelling, role: "co-issuer", organIds, term },
  );
  const sole = Object.freeze([first]);
  return { spelling, party, state, issuer, term, sole, first, joint, folded: false, candidates: undefined };
}

/** The parser's vocabulary: one hash table of spellings and folded keys; lists for hints. */
export interface Vocabulary {
  /**
   * Open-addressing table by key (see keyOf) of every canonical spelling, of the term-numbered spellings
   * QH1 … QH16 and so on, and of stand-ins (`folded`) for folded keys that are no spelling: the fast path's
   * one probe tells a known token, a token needing repair, and an unknown one apart.
   */
  readonly keys: Int32Array;
  readonly infos: readonly (TokenInfo | undefined)[];
  readonly party: readonly string[];
  readonly state: readonly string[];
  readonly issuers: readonly string[];
  /** First-session days of the National Assembly terms (index term − 1). */
  readonly termStarts: readonly number[];
}

// Pure memo: built from the frozen tables on first use, never changed afterwards.
let vocabulary: Vocabulary | undefined;

function expandTypes(
  table: Readonly<Record<string, string>>,
  tokens: Map<string, TokenInfo>,
  key: "party" | "state",
): string[] {
  const list = Object.keys(table);
  for (const abbreviation of list) {
    const [genres = "", issuers] = (table[abbreviation] ?? "").split("|");
    const entry: TypeEntry = Object.freeze({
      abbreviation,
      genres: Object.freeze(genres.split(" ") as DocumentGenre[]),
      issuers: issuers && issuers !== "+" ? Object.freeze(issuers.split(" ")) : undefined,
      joint: issuers === "+",
    });
    const info = tokens.get(abbreviation);
    tokens.set(
      abbreviation,
      tokenInfo(
        abbreviation,
        key === "party" ? entry : info?.party,
        key === "state" ? entry : info?.state,
        undefined,
        undefined,
      ),
    );
  }
  return list;
}

function expandIssuers(tokens: Map<string, TokenInfo>): string[] {
  const list: string[] = [];
  for (const [id, kind, abbreviations, from, until] of ORGAN_INDEX) {
    const system = kind === "party" ? "party" : kind === "front" || kind === "mass-organisation" ? undefined : "state";
    for (const written of abbreviations ? abbreviations.split(" ") : []) {
      const term = written.endsWith("#");
      const abbreviation = term ? written.slice(0, -1) : written;
      const info = tokens.get(abbreviation);
      const known = info?.issuer;
      if (!known) list.push(abbreviation);
      const organIds = Object.freeze(known ? [...known.organIds, id] : [id]);
      // A shared abbreviation is valid whenever any of its organs is: the earliest start, the latest end.
      const start = !from || (known && !known.from) ? undefined : known?.from && known.from < from ? known.from : from;
      const end =
        !until || (known && !known.until) ? undefined : known?.until && known.until > until ? known.until : until;
      const issuer: IssuerEntry = Object.freeze({
        abbreviation,
        organIds,
        system: known && known.system !== system ? undefined : system,
        from: start,
        until: end,
        fromDay: start ? dayOf(start) : 0,
        untilDay: end ? dayOf(end) : OPEN_END,
        bounded: term || start !== undefined || end !== undefined,
        term,
      });
      tokens.set(abbreviation, tokenInfo(abbreviation, info?.party, info?.state, issuer, undefined));
    }
  }
  return list;
}

// Power of two, well above twice the number of entries, so that probe runs stay short.
const TABLE_SIZE = 1024;

/**
 * The code-alphabet symbol of a character (0–9, A–Z, a–z, Đ, đ: exactly 64), or −1 for any other character.
 * With `fold`, small letters read as capitals and Đ, đ as D.
 */
function symbolOf(code: number, fold: boolean): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  if (code >= 97 && code <= 122) return fold ? code - 87 : code - 61;
  if (code === 0x110 || code === 0x111) return fold ? 13 : code - 210;
  return -1;
}

/**
 * The table key of a token: its first four symbols, six bits each, then its length (five bits, capped at 31)
 * — 29 bits, a small integer for V8. Tokens of up to four characters are told apart by the key alone; longer
 * ones share it with tokens that begin alike and are checked character by character. −1 when a character is
 * outside the code alphabet.
 */
export function keyOf(text: string, start: number, end: number, fold: boolean): number {
  let packed = 0;
  for (let i = start; i < end && i < start + 4; i++) {
    const symbol = symbolOf(text.charCodeAt(i), fold);
    if (symbol < 0) return -1;
    packed = (packed << 6) | symbol;
  }
  return (packed << 5) | Math.min(end - start, 31);
}

/** Builds the key from the first four symbols and the length, as the fast path does while it scans. */
export function packKey(packed: number, length: number): number {
  return (packed << 5) | Math.min(length, 31);
}

// Spreads keys over the table (Fibonacci hashing).
function slotOf(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 22;
}

// Stores key + 1 (0 marks an empty slot) in the first free slot by linear probing; returns the slot.
function insert(table: Int32Array, key: number): number {
  let slot = slotOf(key);
  while (table[slot] !== 0) slot = (slot + 1) & (TABLE_SIZE - 1);
  table[slot] = key + 1;
  return slot;
}

/** A day after every date: the end of an open validity window. */
export const OPEN_END = 99999999;

/** An ISO date as a number that compares like it (`2025-03-01` → 20250301). */
export function dayOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4)) * 10000 + Number(isoDate.slice(5, 7)) * 100 + Number(isoDate.slice(8, 10));
}

/** A term-numbered issuer as written (`UBTVQH15`), shaped like every other token record. */
export function termInfo(spelling: string, issuer: IssuerEntry, term: number): TokenInfo {
  return tokenInfo(spelling, undefined, undefined, issuer, term);
}

/** The parser's vocabulary, expanded on first use. */
export function getVocabulary(): Vocabulary {
  if (!vocabulary) {
    const tokens = new Map<string, TokenInfo>();
    const party = expandTypes(PARTY_DOCUMENT_TYPES, tokens, "party");
    const state = expandTypes(STATE_DOCUMENT_TYPES, tokens, "state");
    const issuers = expandIssuers(tokens);
    // Folded keys: a spelling of their own gets the list of spellings folding to it; others get a stand-in.
    const byKey = new Map<string, TokenInfo[]>();
    for (const info of tokens.values()) {
      const key = foldKey(info.spelling);
      byKey.set(key, [...(byKey.get(key) ?? []), info]);
    }
    for (const [key, list] of byKey) {
      const own = tokens.get(key) ?? tokenInfo(key, undefined, undefined, undefined, undefined, true);
      if (list.length > 1 || list[0] !== own) own.candidates = Object.freeze(list);
      tokens.set(key, own);
    }
    const keys = new Int32Array(TABLE_SIZE);
    const infos: (TokenInfo | undefined)[] = [];
    for (const [spelling, info] of tokens) {
      infos[insert(keys, keyOf(spelling, 0, spelling.length, false))] = info;
      // Every term-numbered spelling (QH1 … QH16) is found directly too.
      if (info.issuer?.term) {
        for (let term = 1; term <= NATIONAL_ASSEMBLY_TERM_STARTS.length; term++) {
          const spelled = spelling + term;
          infos[insert(keys, keyOf(spelled, 0, spelled.length, false))] = termInfo(spelled, info.issuer, term);
        }
      }
    }
    const termStarts = NATIONAL_ASSEMBLY_TERM_STARTS.map(dayOf);
    vocabulary = { keys, infos, party, state, issuers, termStarts };
  }
  return vocabulary;
}

/**
 * Finds the table entry spelled text[start, end), whose key (see keyOf, with the same `fold`) is `key`; with
 * `fold`, text is compared as its folded key.
 */
export function probe(
  vocabulary: Vocabulary,
  text: string,
  start: number,
  end: number,
  key: number,
  fold: boolean,
): TokenInfo | undefined {
  if (key < 0) return undefined;
  const { keys, infos } = vocabulary;
  const length = end - start;
  let slot = slotOf(key);
  for (let stored = keys[slot]; stored !== 0; stored = keys[slot]) {
    if (stored === key + 1) {
      const info = infos[slot] as TokenInfo;
      if (length <= 4) return info;
      // The key holds four characters and the length: compare the rest.
      const spelling = info.spelling;
      if (spelling.length === length) {
        let k = 4;
        while (k < length && symbolOf(spelling.charCodeAt(k), false) === symbolOf(text.charCodeAt(start + k), fold))
          k++;
        if (k === length) return info;
      }
    }
    slot = (slot + 1) & (TABLE_SIZE - 1);
  }
  return undefined;
}

/** The entry spelled exactly `text` (a canonical spelling or a folded key), or undefined. */
export function lookupSpelling(text: string): TokenInfo | undefined {
  return probe(getVocabulary(), text, 0, text.length, keyOf(text, 0, text.length, false), false);
}

/** Upper-case, diacritic-free key for case- and diacritic-insensitive lookups (`QĐi` → `QDI`). */
export function foldKey(token: string): string {
  let plain = true;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (!((code >= 65 && code <= 90) || (code >= 48 && code <= 57))) {
      plain = false;
      break;
    }
  }
  // Upper-case ASCII (most tokens) is its own key: no allocation on the fast path.
  if (plain) return token;
  return token
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[Đđ]/g, "D")
    .toUpperCase();
}
