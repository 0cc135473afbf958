import {
  createIssue,
  DATA_AS_OF,
  type DateLike,
  fail,
  isWithin,
  ok,
  type Result,
  resolveAsOf,
  unwrap,
  VnPolityError,
} from "../core/index.js";
import { formatOrdinal, formatRomanNumeral } from "../text/index.js";
import { NATIONAL_ASSEMBLY_TERMS, PARTY_TERMS } from "./data/terms.js";
import { isLanguageOption, isLocale, optionsRecord } from "./options.js";
import { readTerm } from "./term-read.js";
import type { FormatTermOptions, ParseTermOptions, Term, TermInOffice } from "./types.js";

const MAX_TERM_LENGTH = 200;

/**
 * Reads a term phrase and returns a {@link Result}; never throws.
 *
 * Vietnamese `khóa XVI`, `khoá 16`, `khóa XV, nhiệm kỳ 2021–2026`, `nhiệm kỳ 2025–2030`; English `the 16th
 * tenure`, `16th term`, `term 2021-2026`, `the 2026–2031 tenure`; Polish `XIII kadencji`. Diacritics may be
 * missing. Years must be a plausible range (at most ten years, first year before the last).
 *
 * Errors: `INVALID_TERM` (with a hint), `INVALID_INPUT_TYPE`, `EMPTY_INPUT`, `INPUT_TOO_LONG`, `INVALID_OPTION`.
 *
 * @example
 * ```ts
 * safeParseTerm("khóa XVI"); // data { ordinal: 16, span: { start: 0, end: 8 } }
 * safeParseTerm("nhiệm kỳ 2025–2030"); // data { years: [2025, 2030], span: … }
 * safeParseTerm("khóa").success; // false (INVALID_TERM)
 * ```
 */
export function safeParseTerm(text: unknown, options?: ParseTermOptions): Result<Term> {
  const { language = "auto", locale } = optionsRecord(options);
  if (locale !== undefined && !isLocale(locale))
    return fail(createIssue("INVALID_OPTION", { hint: "locale: vi or en" }));
  const localeOption = locale ? { locale } : {};
  if (!isLanguageOption(language)) {
    return fail(createIssue("INVALID_OPTION", { ...localeOption, hint: "language: vi, en, pl, fr, es, de or auto" }));
  }
  if (typeof text !== "string") return fail(createIssue("INVALID_INPUT_TYPE", { ...localeOption, hint: typeof text }));
  let start = 0;
  let end = text.length;
  while (start < end && /\s/.test(text[start] ?? "")) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end -= 1;
  if (start === end) return fail(createIssue("EMPTY_INPUT", localeOption));
  const span = { start, end };
  if (end - start > MAX_TERM_LENGTH) return fail(createIssue("INPUT_TOO_LONG", { ...localeOption, span }));
  const reading = readTerm(text, span, language);
  if (typeof reading === "string") return fail(createIssue("INVALID_TERM", { ...localeOption, span, hint: reading }));
  return ok({ ...reading, span });
}

/**
 * Reads a term phrase; throws a `VnPolityError` when it is not one. See {@link safeParseTerm}.
 *
 * @throws VnPolityError `INVALID_TERM`, `INVALID_INPUT_TYPE`, `EMPTY_INPUT`, `INPUT_TOO_LONG`, `INVALID_OPTION`.
 * @example
 * ```ts
 * parseTerm("khóa XVI").ordinal; // 16
 * parseTerm("term 2021-2026").years; // [2021, 2026]
 * parseTerm("XIII kadencji", { language: "pl" }).ordinal; // 13
 * ```
 */
export function parseTerm(text: string, options?: ParseTermOptions): Term {
  return unwrap(safeParseTerm(text, options));
}

/**
 * Writes a term in Vietnamese or English; the output reads back with {@link parseTerm}.
 *
 * @throws VnPolityError `INVALID_OPTION` for an unknown locale, `INVALID_TERM` when the term has neither a
 * positive ordinal nor a year range.
 * @example
 * ```ts
 * formatTerm({ ordinal: 16, years: [2026, 2031] }); // "khóa XVI, nhiệm kỳ 2026–2031"
 * formatTerm({ ordinal: 16 }, { locale: "en" }); // "the 16th term"
 * formatTerm({ years: [2025, 2030] }); // "nhiệm kỳ 2025–2030"
 * formatTerm({ years: [2025, 2030] }, { locale: "en" }); // "the 2025–2030 term"
 * ```
 */
export function formatTerm(term: Pick<Term, "ordinal" | "years">, options?: FormatTermOptions): string {
  const { locale = "vi" } = optionsRecord(options);
  if (!isLocale(locale)) throw new VnPolityError([createIssue("INVALID_OPTION", { hint: "locale: vi or en" })]);
  const ordinal =
    term.ordinal !== undefined && Number.isSafeInteger(term.ordinal) && term.ordinal > 0 ? term.ordinal : undefined;
  const years = term.years ? `${String(term.years[0])}–${String(term.years[1])}` : undefined;
  if (ordinal === undefined && years === undefined) {
    throw new VnPolityError([createIssue("INVALID_TERM", { locale, hint: "a term needs an ordinal or years" })]);
  }
  if (locale === "en") {
    // Only years known: "the 2025–2030 term", not a bare "the term".
    if (ordinal === undefined) return `the ${years} term`;
    const head = `the ${formatOrdinal(ordinal, { locale, style: "digits" })} term`;
    return years === undefined ? head : `${head}, ${years}`;
  }
  const parts: string[] = [];
  if (ordinal !== undefined) parts.push(`khóa ${ordinal <= 3999 ? formatRomanNumeral(ordinal) : String(ordinal)}`);
  if (years !== undefined) parts.push(`nhiệm kỳ ${years}`);
  return parts.join(", ");
}

function termAt(table: readonly TermInOffice[], date: DateLike | undefined): TermInOffice | undefined {
  const iso = resolveAsOf(date ?? DATA_AS_OF);
  return table.find((row) => isWithin(iso, row));
}

/**
 * The Party Central Committee term (national khóa) in office on a date: XIII from the 13th Congress (2021)
 * until the first plenum of khóa XIV on 23 January 2026, XIV after. `undefined` before the table starts (2016).
 *
 * @throws VnPolityError `INVALID_DATE_LIKE` when the date is neither a `Date` nor `YYYY-MM-DD`.
 * @example
 * ```ts
 * getPartyTerm("2025-04-12")?.ordinal; // 13
 * getPartyTerm("2026-03-01")?.years; // [2026, 2031]
 * ```
 */
export function getPartyTerm(date?: DateLike): TermInOffice | undefined {
  return termAt(PARTY_TERMS, date);
}

/**
 * The National Assembly term in office on a date: XV until the first session of khóa XVI opened on
 * 6 April 2026, XVI from then. `undefined` before the table starts (July 2016).
 *
 * @throws VnPolityError `INVALID_DATE_LIKE` when the date is neither a `Date` nor `YYYY-MM-DD`.
 * @example
 * ```ts
 * getNationalAssemblyTerm("2026-01-15")?.ordinal; // 15
 * getNationalAssemblyTerm("2026-04-06")?.ordinal; // 16
 * ```
 */
export function getNationalAssemblyTerm(date?: DateLike): TermInOffice | undefined {
  return termAt(NATIONAL_ASSEMBLY_TERMS, date);
}
