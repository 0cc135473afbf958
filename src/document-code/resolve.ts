import type { Lexed } from "./lexed.js";
import { repaired, type Sink } from "./sink.js";
import { foldKey, lookupSpelling, type TokenInfo, termInfo } from "./vocabulary/lookup.js";

/*
 * Token resolution against the vocabulary: exact match first (the fast path: one Map lookup per token), then
 * a case- and diacritic-insensitive match that restores the canonical spelling (nd → NĐ, TTG → TTg).
 */

// Spellings that folding cannot reach: "TƯ" (Trung ương) folds to TU, which is Tỉnh ủy.
const ALIASES: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({ TƯ: "TW" });

function lookup(token: string): TokenInfo | undefined {
  const exact = lookupSpelling(token);
  if (exact && !exact.folded && !exact.candidates) return exact;
  // Aliases first: folding would read "TƯ" as TU.
  const alias = token.length === 2 ? ALIASES[token.toUpperCase()] : undefined;
  if (alias !== undefined) return lookupSpelling(alias);
  const entry = exact ?? lookupSpelling(foldKey(token));
  if (!entry) return undefined;
  const candidates = entry.candidates ?? [entry];
  // HD (hướng dẫn) and HĐ (hợp đồng) fold alike: prefer the one written.
  const upper = token.toUpperCase();
  return candidates.find((candidate) => candidate.spelling.toUpperCase() === upper) ?? candidates[0];
}

/**
 * Resolves a written token to what it can be; term-numbered issuers (`UBTVQH15`) come back with their term.
 * Undefined when the vocabulary does not know it.
 */
export function resolveToken(token: string): TokenInfo | undefined {
  const last = token.charCodeAt(token.length - 1);
  if (!(last >= 48 && last <= 57)) return lookup(token);
  let digitsAt = token.length - 1;
  while (digitsAt > 0 && token.charCodeAt(digitsAt - 1) >= 48 && token.charCodeAt(digitsAt - 1) <= 57) digitsAt--;
  if (digitsAt === 0 || token.charCodeAt(digitsAt) === 48) return undefined;
  const issuer = lookup(token.slice(0, digitsAt))?.issuer;
  if (!issuer?.term) return undefined;
  const term = Number(token.slice(digitsAt));
  return termInfo(issuer.abbreviation + term, issuer, term);
}

function foldCase(token: string): string {
  return token
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/Đ/g, "D")
    .replace(/đ/g, "d");
}

/** Records which repairs turn `token` into `canonical`, both spelling the same abbreviation. */
export function noteRepairs(sink: Sink, lexed: Lexed, index: number, token: string, canonical: string): void {
  if (token === canonical) return;
  const span = lexed.span(index);
  const folded = foldCase(token);
  // An alias (TƯ for TW) differs in more than case and marks: it counts as restored diacritics alone.
  const alias = folded.toUpperCase() !== foldCase(canonical).toUpperCase();
  if (alias || token.toUpperCase() !== canonical.toUpperCase()) repaired(sink, "DIACRITICS_REPAIRED", span, canonical);
  if (!alias && folded !== foldCase(canonical)) repaired(sink, "CASE_REPAIRED", span, canonical);
}

/** Canonical spelling of a token the vocabulary does not know: upper case unless written with a capital first. */
export function unknownSpelling(token: string): string {
  const first = token.charAt(0);
  return first === first.toUpperCase() ? token : token.toUpperCase();
}
