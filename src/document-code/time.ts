import type { Issue } from "../core/index.js";
import type { Lexed } from "./lexed.js";
import type { CodeIssue } from "./messages.js";
import { issueAt, type Sink } from "./sink.js";
import type { DocumentCode } from "./types.js";
import { getVocabulary, type IssuerEntry, OPEN_END, type TypeEntry } from "./vocabulary/lookup.js";
import { NATIONAL_ASSEMBLY_TERM_STARTS } from "./vocabulary/terms.js";

/*
 * Time checks (errors): a year after asOf; a type the issuer cannot issue; an issuer that did not exist yet or
 * no longer existed at the document's date. The date is `options.date`, else the code's year (any day of it,
 * not after asOf), else any day up to asOf — so a dissolved issuer is never an error when nothing dates the code.
 * Dates are compared as numbers (20250301).
 */

/** The dates the checks run against: `asOf` (and its year), and the document's own date when known. */
export interface TimeContext {
  readonly asOf: string;
  readonly asOfYear: number;
  readonly asOfDay: number;
  /** The document's date as a number (20241222), or 0 when unknown. */
  readonly dateDay: number;
}

/** A time problem: its issue code and the date that explains it. */
export type TimeProblem = readonly [code: CodeIssue, hint: string | undefined];

/**
 * Checks one issuer against the window of days the document may bear, `low` to `high` (0: open start);
 * term-numbered organs are also bounded by their term (HĐNN9 cannot exist: the Council of State ended as
 * khóa IX began).
 */
export function issuerProblem(
  entry: IssuerEntry,
  term: number | undefined,
  low: number,
  high: number,
): TimeProblem | undefined {
  let from = low;
  let to = high;
  if (term !== undefined) {
    const starts = getVocabulary().termStarts;
    const start = starts[term - 1];
    const end = starts[term] ?? OPEN_END;
    if (start === undefined || to < start) return ["TERM_NOT_STARTED", NATIONAL_ASSEMBLY_TERM_STARTS[term - 1]];
    if (from >= end) return ["ISSUER_NO_LONGER_VALID", NATIONAL_ASSEMBLY_TERM_STARTS[term]];
    if (from < start) from = start;
    if (to >= end) to = end;
  }
  if (to < entry.fromDay) return ["ISSUER_NOT_YET_VALID", entry.from];
  if (from !== 0 && from >= entry.untilDay) return ["ISSUER_NO_LONGER_VALID", entry.until];
  return undefined;
}

/** Whether a type may be issued by the lead issuer (`NĐ` only by `CP`) and by this many issuers (TTLT: two+). */
export function typeProblem(type: TypeEntry, lead: IssuerEntry | undefined, parts: number): TimeProblem | undefined {
  const allowed = type.issuers;
  if (allowed && (lead === undefined || !allowed.includes(lead.abbreviation))) {
    return ["TYPE_NOT_ALLOWED_FOR_ISSUER", allowed.join(", ")];
  }
  return type.joint && parts < 2 ? ["TYPE_NOT_ALLOWED_FOR_ISSUER", "joint issuers"] : undefined;
}

/** First day a document may bear: its date, else 1 January of its year, else 0 (open). */
function lowDay(year: number | undefined, time: TimeContext): number {
  return time.dateDay || (year === undefined ? 0 : year * 10000 + 101);
}

/** Last day a document may bear: its date, else 31 December of its year but not after asOf, else asOf. */
function highDay(year: number | undefined, time: TimeContext): number {
  if (time.dateDay) return time.dateDay;
  return year === undefined ? time.asOfDay : Math.min(year * 10000 + 1231, time.asOfDay);
}

/** Runs the time and authority checks of a parsed code; returns the errors found, or undefined when none. */
export function checkTime(code: DocumentCode, lexed: Lexed, sink: Sink, time: TimeContext): Issue[] | undefined {
  const { found, typeEntry, issuerIndex } = sink;
  const errors: Issue[] = [];
  const add = (problem: TimeProblem, index: number): void => {
    errors.push(issueAt(sink, problem[0], lexed.span(index), problem[1]));
  };
  const { year } = code;
  if (year !== undefined && year > time.asOfYear) add(["YEAR_AFTER_AS_OF", time.asOf], 1);
  if (typeEntry) {
    const problem = typeProblem(typeEntry, found[issuerIndex]?.issuer, code.issuers.length);
    if (problem) add(problem, issuerIndex);
  }
  const low = lowDay(year, time);
  const high = highDay(year, time);
  for (let i = issuerIndex; i < found.length; i++) {
    const hit = found[i];
    if (!hit?.issuer?.bounded) continue;
    const problem = issuerProblem(hit.issuer, hit.term, low, high);
    if (problem) add(problem, i + 1);
  }
  return errors.length > 0 ? errors : undefined;
}
