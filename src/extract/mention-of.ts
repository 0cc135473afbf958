import type { Span } from "../core/index.js";
import type { Mention } from "./types.js";

/**
 * The mention at `span` in the caller's text, read from that text: entry texts are always the exact slice, whatever
 * form an extractor reported. A span outside the text is clamped to it. The extractor's own span and string are
 * reused when they are already right (no copy per mention: a large corpus has hundreds of thousands).
 */
export function mentionOf(text: string, span: Span, written?: string): Mention {
  const start = clamp(span.start, text.length);
  const end = Math.max(start, clamp(span.end, text.length));
  const same = start === span.start && end === span.end;
  const exact = written !== undefined && written.length === end - start && text.startsWith(written, start);
  return { span: same ? span : { start, end }, text: exact ? written : text.slice(start, end) };
}

function clamp(value: number, length: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(0, Math.trunc(value)), length) : 0;
}
