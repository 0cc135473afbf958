import type { Span } from "../core/index.js";

/**
 * A code split into its number and its tokens, before any meaning is given to them. Index 0 of `span` is
 * the number; token i has span index i + 1. `sep(i)` is the char code written before token i (`-`, `/`, or in
 * repaired input `_`, `.`, space).
 */
export interface Lexed {
  /** The number's value. */
  readonly number: number;
  /** How many digits were written (the number is canonical when that matches its padded form). */
  readonly digitCount: number;
  readonly count: number;
  token(index: number): string;
  sep(index: number): number;
  /** The value of an all-digit token, or −1. */
  numeric(index: number): number;
  span(index: number): Span;
}

/** Value of an all-digit string, or −1; values beyond nine digits saturate at 1e9. */
export function digitValue(text: string, start = 0, end = text.length): number {
  if (end <= start) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    value = Math.min(value * 10 + code - 48, 1e9);
  }
  return value;
}
