import type { ExtractedNumber } from "../text/index.js";
import {
  BASIS_LINKS,
  COMPARISON_WORDS,
  REPORT_BASES,
  type ReportReading,
  STATUS_PHRASES,
} from "./data/report-words.js";
import { addDecimal, type Decimal, parseDecimal, subtractDecimal } from "./decimal.js";
import { findPhraseIn, isWordUnit, matchBefore, skipSpaces, skipSpacesBack } from "./key-text.js";
import { phraseBefore } from "./phrase-set.js";
import { createPhraseTable, type PhraseTable, tableAllAt, tableAt, tableOfForms } from "./phrase-table.js";
import { amountOf } from "./quantity-read.js";
import { rangeJoinAt } from "./target-read.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * A reported attainment found in (normalised) text, offsets into that text.
 *
 * @example
 * ```ts
 * const raw: RawReport = { start: 0, end: 16, reading: "exceeded", written: parseDecimal("69")!, basis: "estimate", approximate: false };
 * ```
 */
export interface RawReport {
  readonly start: number;
  readonly end: number;
  readonly reading: ReportReading | "status";
  readonly written?: Decimal;
  readonly writtenHigh?: Decimal;
  readonly basis?: string;
  readonly approximate: boolean;
  readonly status?: "exceeded" | "achieved" | "not-achieved";
}

/**
 * Word tables for {@link readReportAt} (see {@link buildVocabulary}).
 *
 * @example
 * ```ts
 * const words: ReportWords = buildVocabulary();
 * ```
 */
export type ReportWords = Pick<Vocabulary, "reportVerbs" | "prefixComparators">;

const HUNDRED: Decimal = Object.freeze({ coefficient: 1n, exponent: 2 });
const BY_WORDS: readonly string[] = Object.freeze(["by", "o"]);
const MAX_SKIPPED_WORDS = 3;

// The tables read after every percentage, bucketed by first unit; built on first use from the frozen lists.
let reportBases: PhraseTable<string> | undefined;
let basisLinks: PhraseTable<true> | undefined;
let comparisonWords: PhraseTable<ReportReading> | undefined;

function reportBaseTable(): PhraseTable<string> {
  reportBases ??= tableOfForms(REPORT_BASES, (entry) => entry.basis);
  return reportBases;
}

function basisLinkTable(): PhraseTable<true> {
  basisLinks ??= createPhraseTable(BASIS_LINKS.map((form) => [form, true] as const));
  return basisLinks;
}

function comparisonWordTable(): PhraseTable<ReportReading> {
  comparisonWords ??= createPhraseTable(COMPARISON_WORDS.map((word) => [word.form, word.reading] as const));
  return comparisonWords;
}

function baseAt(key: string, index: number): { basis: string; end: number } | undefined {
  const base = tableAt(key, index, reportBaseTable());
  return base ? { basis: base.value, end: index + base.form.length } : undefined;
}

/** The basis named after a figure: links ("of the", "so với") and up to three other words may come first. */
function basisAfter(key: string, from: number, limit: number): { basis: string; end: number } | undefined {
  let pos = skipSpaces(key, from, limit);
  let skipped = 0;
  while (pos < limit) {
    const base = baseAt(key, pos);
    if (base) return base;
    const link = tableAt(key, pos, basisLinkTable())?.form;
    let next = link === undefined ? pos : pos + link.length;
    if (link === undefined) {
      if (!isWordUnit(key, pos) || skipped >= MAX_SKIPPED_WORDS) return undefined;
      while (next < limit && isWordUnit(key, next)) next++;
      if (/\d/.test(key.slice(pos, next))) return undefined;
      skipped++;
    }
    pos = skipSpaces(key, next, limit);
  }
  return undefined;
}

function verbBefore(key: string, index: number, floor: number, words: ReportWords) {
  const found = phraseBefore(key, index, floor, words.reportVerbs);
  return found ? { start: found.start, reading: found.value } : undefined;
}

function qualifierBefore(key: string, index: number, floor: number, words: ReportWords) {
  const found = phraseBefore(key, index, floor, words.prefixComparators);
  return found ? { start: found.start, approximate: found.value === "~" } : undefined;
}

/** "vượt 69% dự toán", "đạt khoảng 94,8% kế hoạch", "przekraczając o 69% szacunek". */
function verbFirst(key: string, start: number, floor: number, words: ReportWords) {
  let pos = start;
  let approximate = false;
  const qualifier = qualifierBefore(key, pos, floor, words);
  if (qualifier) {
    pos = qualifier.start;
    approximate = qualifier.approximate;
  }
  const by = matchBefore(key, pos, ["o"], floor);
  const verb = verbBefore(key, by ? by.start : pos, floor, words) ?? verbBefore(key, pos, floor, words);
  return verb ? { ...verb, approximate } : undefined;
}

/** "exceeding the plan by 45%", "przekraczając plan o 45%", "przekroczenie planu o 45%". */
// Words that join a second basis to the verb of the first ("exceeding the plan by 45% and the scenario by 28%").
const SHARED_VERB_LINKS: readonly string[] = Object.freeze(["and", ","]);

/** Start of the qualifier words ("the central", "the Provincial People's Council") before a basis, up to a few. */
function qualifierStart(key: string, index: number, floor: number): number[] {
  const starts: number[] = [index];
  let pos = index;
  for (let words = 0; words <= MAX_SKIPPED_WORDS; words++) {
    let start = skipSpacesBack(key, pos, floor);
    const stop = start;
    while (start > floor && key.charCodeAt(start - 1) !== 0x20) start--;
    if (start === stop || /[\d,]/.test(key.slice(start, stop))) break;
    starts.push(start);
    pos = start;
  }
  return starts;
}

function basisFirst(key: string, start: number, floor: number, words: ReportWords, shared: ReportReading | undefined) {
  const by = matchBefore(key, start, BY_WORDS, floor);
  if (!by) return undefined;
  for (const base of REPORT_BASES) {
    const found = matchBefore(key, by.start, base.forms, floor);
    if (!found) continue;
    for (const at of qualifierStart(key, found.start, floor)) {
      const verb = verbBefore(key, at, floor, words);
      if (verb) return { start: verb.start, reading: verb.reading, basis: base.basis };
      const link = shared === undefined ? undefined : matchBefore(key, at, SHARED_VERB_LINKS, floor);
      if (link && shared !== undefined) return { start: at, reading: shared, basis: base.basis };
    }
  }
  return undefined;
}

/**
 * Reads a reported attainment whose figure is `numbers[index]` (a percentage, or the first of a range): "đạt
 * 94,8% kế hoạch" (94.8% of plan), "vượt 69% dự toán" and "exceeding 69% of the estimate" (169%), "exceeding the
 * plan by 45%" (145%), "hụt khoảng 10-20% so với dự toán" (80–90%), "5% above plan" (105%). A figure without a
 * verb reads as reached only when the basis follows it directly ("94,8% kế hoạch").
 *
 * @example
 * ```ts
 * const text = "vượt 69% dự toán";
 * readReportAt(toKey(text), extractNumbers(text), 0, 0, text.length, buildVocabulary())?.reading; // "exceeded"
 * ```
 */
export function readReportAt(
  key: string,
  numbers: readonly ExtractedNumber[],
  index: number,
  floor: number,
  limit: number,
  words: ReportWords,
  shared?: ReportReading,
): RawReport | undefined {
  const first = numbers[index];
  if (!first?.number.percent && !(first && numbers[index + 1]?.number.percent)) return undefined;
  const written = amountOf(first);
  if (!written) return undefined;
  let end = first.span.end;
  let writtenHigh: Decimal | undefined;
  const second = numbers[index + 1];
  if (second?.number.percent && rangeJoinAt(key, first.span.end, limit) === second.span.start) {
    writtenHigh = amountOf(second);
    end = second.span.end;
  } else if (!first.number.percent) return undefined;
  const figure = { written, ...(writtenHigh ? { writtenHigh } : {}) };
  const leading = basisFirst(key, first.span.start, floor, words, shared);
  if (leading)
    return { start: leading.start, end, reading: leading.reading, basis: leading.basis, approximate: false, ...figure };
  const after = basisAfter(key, end, limit);
  const verb = verbFirst(key, first.span.start, floor, words);
  if (verb && after)
    return {
      start: verb.start,
      end: after.end,
      reading: verb.reading,
      basis: after.basis,
      approximate: verb.approximate,
      ...figure,
    };
  const pos = skipSpaces(key, end, limit);
  for (const word of tableAllAt(key, pos, comparisonWordTable())) {
    const base = basisAfter(key, pos + word.form.length, limit);
    if (base)
      return {
        start: first.span.start,
        end: base.end,
        reading: word.value,
        basis: base.basis,
        approximate: false,
        ...figure,
      };
  }
  const direct = baseAt(key, pos);
  if (direct && !verb)
    return {
      start: first.span.start,
      end: direct.end,
      reading: "reached",
      basis: direct.basis,
      approximate: false,
      ...figure,
    };
  return undefined;
}

/**
 * Finds a status phrase without a figure ("vượt kế hoạch", "failing to meet the plan") in `[from, to)`.
 *
 * @example
 * ```ts
 * findStatusPhrase("xuat khau chua dat ke hoach", 0, 27); // { start: 11, end: 27, reading: "status", status: "not-achieved", … }
 * ```
 */
export function findStatusPhrase(key: string, from: number, to: number): RawReport | undefined {
  let best: RawReport | undefined;
  const start = Math.max(0, from);
  // One copy of the window for all the forms (findPhrase would make one per form).
  const window = key.slice(start, Math.min(key.length, to));
  const { forms, lastWords } = statusForms();
  // A form can only be written where its last word is: the few last words rule out most forms at once.
  const present = lastWords.map((word) => window.includes(word));
  for (const entry of forms) {
    if (!present[entry.lastWord]) continue;
    const at = findPhraseIn(key, window, start, entry.form);
    if (at < 0 || (best && best.start <= at)) continue;
    best = {
      start: at,
      end: at + entry.form.length,
      reading: "status",
      status: entry.status,
      basis: entry.basis,
      approximate: false,
    };
  }
  return best;
}

interface StatusForm {
  readonly form: string;
  readonly status: "exceeded" | "achieved" | "not-achieved";
  readonly basis: string;
  /** Index of the form's last word in `lastWords`. */
  readonly lastWord: number;
}

// Built on first use from the frozen list, in its order (the first form found at a place wins).
let statusTable: { readonly forms: readonly StatusForm[]; readonly lastWords: readonly string[] } | undefined;

function statusForms(): { readonly forms: readonly StatusForm[]; readonly lastWords: readonly string[] } {
  if (statusTable) return statusTable;
  const lastWords: string[] = [];
  const forms: StatusForm[] = [];
  for (const phrase of STATUS_PHRASES) {
    for (const form of phrase.forms) {
      const word = form.slice(form.lastIndexOf(" ") + 1);
      if (!lastWords.includes(word)) lastWords.push(word);
      const basis = form.includes("du toan")
        ? "estimate"
        : form.includes("ke hoach") || form.includes("plan")
          ? "plan"
          : "target";
      forms.push({ form, status: phrase.status, basis, lastWord: lastWords.indexOf(word) });
    }
  }
  statusTable = { forms, lastWords };
  return statusTable;
}

/**
 * The percentage of the target a reported figure stands for: reached 94.8 → 94.8; exceeded 69 → 169; short 20 →
 * 80.
 *
 * @example
 * ```ts
 * percentOfTarget("exceeded", parseDecimal("69")!); // 169 (as a Decimal)
 * ```
 */
export function percentOfTarget(reading: ReportReading, written: Decimal): Decimal {
  if (reading === "exceeded") return addDecimal(HUNDRED, written);
  if (reading === "short") return subtractDecimal(HUNDRED, written);
  return written;
}

/**
 * The exact decimal 100, for comparisons of percentages of a target.
 *
 * @example
 * ```ts
 * compareDecimal(percentOfTarget("reached", parseDecimal("94.8")!), hundred()); // -1
 * ```
 */
export function hundred(): Decimal {
  return parseDecimal("100") ?? HUNDRED;
}
