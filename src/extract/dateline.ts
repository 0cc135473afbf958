import type { IsoDate, LanguageOption } from "../core/index.js";
import { extractDates } from "../text/index.js";

// A dateline date sits at the head of its line ("Ngày 8/10/2025, …", "HÀ NỘI, 6/3/2025 –", "On March 6, 2025, …"):
// a date further in is a date the article talks about, not the article's own.
const DATELINE_REACH = 48;
// How much of a line is read: enough for the longest written date after the reach.
const LINE_WINDOW = 96;
// Lines looked at: the headline and the lead.
const MAX_LINES = 2;

function lineStarts(text: string): number[] {
  const starts: number[] = [];
  let at = 0;
  // Bounded: stops after MAX_LINES non-empty lines, and each step moves forward.
  while (at < text.length && starts.length < MAX_LINES) {
    const newline = text.indexOf("\n", at);
    const end = newline < 0 ? text.length : newline;
    if (text.slice(at, Math.min(end, at + LINE_WINDOW)).trim() !== "") starts.push(at);
    at = end + 1;
  }
  return starts;
}

/**
 * The article's date from its dateline: the first full date written at the head of the first line, or of the lead
 * (the next non-empty line) when the first line is a headline without one. Year-less dates are not used.
 */
export function findDatelineDate(text: string, language: LanguageOption): IsoDate | undefined {
  for (const start of lineStarts(text)) {
    const newline = text.indexOf("\n", start);
    const end = Math.min(newline < 0 ? text.length : newline, start + LINE_WINDOW);
    const window = text.slice(start, end);
    const offset = window.length - window.trimStart().length;
    const [first] = extractDates(window, { language, minPrecision: "day" });
    if (first && first.span.start - offset <= DATELINE_REACH && first.date.iso !== undefined && !first.date.partial) {
      return first.date.iso;
    }
  }
  return undefined;
}
