import type { Span } from "../core/index.js";

// How many mentions before the first one starting at or after a span are checked for overlap: mentions of one kind
// barely overlap, so one or two suffice; the cap keeps each look-up bounded.
const LOOK_BACK = 4;

/** Every mention of one kind, sorted by start, with the entry each belongs to. */
export interface MentionIndex {
  readonly starts: number[];
  readonly ends: number[];
  readonly entries: number[];
}

/** An empty index, filled with {@link addMention} in text order. */
export function createMentionIndex(): MentionIndex {
  return { starts: [], ends: [], entries: [] };
}

/** Adds a mention; keeps the index sorted even when mentions arrive slightly out of order. */
export function addMention(index: MentionIndex, span: Span, entry: number): void {
  let at = index.starts.length;
  // Extractors return mentions in text order, so this loop almost never runs.
  while (at > 0 && (index.starts[at - 1] ?? 0) > span.start) at -= 1;
  if (at === index.starts.length) {
    index.starts.push(span.start);
    index.ends.push(span.end);
    index.entries.push(entry);
    return;
  }
  index.starts.splice(at, 0, span.start);
  index.ends.splice(at, 0, span.end);
  index.entries.splice(at, 0, entry);
}

function firstStartingAtOrAfter(starts: readonly number[], position: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] ?? 0) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The entry of the first mention (in text order) that overlaps `span` and passes `accept`, or -1. Mentions that
 * start inside the span are all visited, so the cost is the number of mentions inside it.
 */
export function findOverlapping(index: MentionIndex, span: Span, accept: (entry: number) => boolean): number {
  const { starts, ends, entries } = index;
  const first = firstStartingAtOrAfter(starts, span.start);
  for (let k = Math.max(0, first - LOOK_BACK); k < first; k++) {
    const entry = entries[k] ?? -1;
    if ((ends[k] ?? 0) > span.start && entry >= 0 && accept(entry)) return entry;
  }
  for (let k = first; k < starts.length && (starts[k] ?? 0) < Math.max(span.end, span.start + 1); k++) {
    const entry = entries[k] ?? -1;
    if (entry >= 0 && accept(entry)) return entry;
  }
  return -1;
}
