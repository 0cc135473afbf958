import type { Span } from "../core/index.js";

function isUpper(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

// Abbreviations whose full stop does not end a sentence ("No. 1920", "Mr. Le").
const ABBREVIATIONS = new Set(["no", "nos", "mr", "mrs", "ms", "dr", "st", "tp", "art", "ts", "ths", "pgs", "gs"]);

function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && start > index - 5 && /[A-Za-z]/.test(text[start - 1] ?? "")) start -= 1;
  return text.slice(start, index).toLowerCase();
}

/**
 * Splits text into sentences (spans into `text`): a sentence ends at a line break, or at `.`, `!` or `?`
 * followed by a space and a capital letter or digit, unless the full stop closes a known abbreviation.
 */
export function splitSentences(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let start = from;
  for (let i = from; i < to; i += 1) {
    const char = text[i] ?? "";
    let end = -1;
    if (char === "\n") {
      end = i;
    } else if ((char === "." || char === "!" || char === "?") && /\s/.test(text[i + 1] ?? "")) {
      const next = text[i + 2] ?? "";
      if ((isUpper(next) || /\d/.test(next)) && !(char === "." && ABBREVIATIONS.has(wordBefore(text, i)))) end = i + 1;
    }
    if (end >= 0) {
      if (end > start) spans.push({ start, end });
      start = i + 1;
    }
  }
  if (to > start) spans.push({ start, end: to });
  return spans;
}

/** Splits text into paragraphs at line breaks. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  // indexOf runs natively; this is called on the whole text, twice per call.
  while (start <= text.length) {
    const found = text.indexOf("\n", start);
    const end = found < 0 ? text.length : found;
    if (end > start) spans.push({ start, end });
    start = end + 1;
  }
  return spans;
}
