import type { LanguageOption, Span } from "../core/index.js";
import { foldForMatch, safeParseOrdinal } from "../text/index.js";

/*
 * The term grammar, shared by parseTerm and extractMeetings. A phrase is a sequence of parts, each led by a
 * keyword: "khóa N", "nhiệm kỳ YYYY–YYYY", "Nth term|tenure", "term YYYY–YYYY", "YYYY–YYYY term",
 * "N kadencji", "kadencja YYYY–YYYY"; commas and brackets may separate the parts.
 */

interface Token {
  readonly kind: "word" | "dash" | "punct";
  readonly start: number;
  readonly end: number;
  readonly folded: string;
}

export interface TermReading {
  readonly ordinal?: number;
  readonly years?: readonly [number, number];
}

const VI_WORDS = new Set(["khoa", "nhiem", "ky", "thu"]);
const EN_WORDS = new Set(["the", "term", "tenure", "legislature", "of"]);
const PL_WORDS = new Set(["kadencji", "kadencja", "kadencje"]);
const TERM_NOUNS = new Set(["term", "tenure", "legislature", "kadencji", "kadencja", "kadencje"]);
const PUNCT = ",()[]:";

function isWordChar(code: number): boolean {
  // ASCII letters and digits, and everything above Latin-1 punctuation except dashes and spaces.
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 &&
      code !== 0x2013 &&
      code !== 0x2014 &&
      code !== 0x2212 &&
      code !== 0xa0 &&
      !(code >= 0x2000 && code <= 0x200b))
  );
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x2000 && code <= 0x200b);
}

function tokenize(text: string, start: number, end: number): Token[] | undefined {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i += 1;
    } else if (code === 45 || code === 0x2013 || code === 0x2014 || code === 0x2212) {
      tokens.push({ kind: "dash", start: i, end: i + 1, folded: "-" });
      i += 1;
    } else if (PUNCT.includes(text[i] ?? "")) {
      tokens.push({ kind: "punct", start: i, end: i + 1, folded: text[i] ?? "" });
      i += 1;
    } else if (isWordChar(code)) {
      let j = i + 1;
      while (j < end && isWordChar(text.charCodeAt(j))) j += 1;
      tokens.push({ kind: "word", start: i, end: j, folded: foldForMatch(text.slice(i, j)) });
      i = j;
    } else {
      return undefined;
    }
  }
  return tokens;
}

function allowed(language: LanguageOption): (folded: string) => boolean {
  const sets =
    language === "vi"
      ? [VI_WORDS]
      : language === "en"
        ? [EN_WORDS]
        : language === "pl"
          ? [PL_WORDS]
          : [VI_WORDS, EN_WORDS, PL_WORDS];
  return (folded) => sets.some((set) => set.has(folded));
}

function yearAt(tokens: readonly Token[], index: number): number | undefined {
  const token = tokens[index];
  return token?.kind === "word" && /^\d{4}$/.test(token.folded) ? Number(token.folded) : undefined;
}

function ordinalOf(text: string, token: Token | undefined, bareDigits: boolean): number | undefined {
  if (token?.kind !== "word") return undefined;
  if (/^\d{1,4}$/.test(token.folded)) return bareDigits && Number(token.folded) > 0 ? Number(token.folded) : undefined;
  const result = safeParseOrdinal(text.slice(token.start, token.end));
  return result.success ? result.data.value : undefined;
}

/** Reads a term phrase filling `[start, end)`; a string is the reason it is not one. */
export function readTerm(text: string, span: Span, language: LanguageOption): TermReading | string {
  const tokens = tokenize(text, span.start, span.end);
  if (!tokens) return "unexpected character";
  const isKeyword = allowed(language);
  let ordinal: number | undefined;
  let years: [number, number] | undefined;
  let keyword = false;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const word = token.folded;
    const from = yearAt(tokens, i);
    if (token.kind === "punct") {
      i += 1;
    } else if (from !== undefined && tokens[i + 1]?.kind === "dash" && yearAt(tokens, i + 2) !== undefined) {
      if (years) return "two year ranges";
      years = [from, yearAt(tokens, i + 2) as number];
      i += 3;
    } else if (token.kind !== "word") {
      return "unexpected dash";
    } else if (word === "khoa" && isKeyword(word)) {
      const next = tokens[i + 1]?.folded === "thu" ? i + 2 : i + 1;
      const value = ordinalOf(text, tokens[next], true);
      if (value === undefined) return "khóa needs a number (khóa XVI, khóa 16)";
      if (ordinal !== undefined) return "two term numbers";
      ordinal = value;
      keyword = true;
      i = next + 1;
    } else if (word === "nhiem" && tokens[i + 1]?.folded === "ky" && isKeyword(word)) {
      if (yearAt(tokens, i + 2) === undefined) return "nhiệm kỳ needs years (nhiệm kỳ 2025–2030)";
      keyword = true;
      i += 2;
    } else if (TERM_NOUNS.has(word) && isKeyword(word)) {
      keyword = true;
      i += 1;
    } else if ((word === "the" || word === "of") && isKeyword(word)) {
      i += 1;
    } else {
      const value = ordinalOf(text, token, false);
      if (value === undefined || !TERM_NOUNS.has(tokens[i + 1]?.folded ?? "")) {
        return `unexpected word "${text.slice(token.start, token.end)}"`;
      }
      if (ordinal !== undefined) return "two term numbers";
      ordinal = value;
      i += 1;
    }
  }
  if (!keyword) return "no term keyword (khóa, nhiệm kỳ, term, tenure, kadencji)";
  if (ordinal === undefined && years === undefined) return "no term number or years";
  if (years && (years[0] < 1900 || years[1] > 2200 || years[1] <= years[0] || years[1] - years[0] > 10)) {
    return `implausible years ${String(years[0])}–${String(years[1])}`;
  }
  return { ...(ordinal === undefined ? {} : { ordinal }), ...(years ? { years } : {}) };
}
