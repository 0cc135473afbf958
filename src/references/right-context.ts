/*
 * What is read after a code or a number: the shared pieces. The date (date-after.ts), the issuer (issuer-after.ts)
 * and the title (title-after.ts) each have their own reader.
 */
import { isWhiteSpace } from "./chars.js";

/** A piece read after a code: where it ends and what it says. */
export interface Piece<T> {
  readonly end: number;
  readonly value: T;
}

/** How many white-space characters (at most `max`) stand at `at`. */
export function spacesAt(text: string, at: number, max: number): number {
  let n = 0;
  while (n < max && isWhiteSpace(text.charCodeAt(at + n))) n += 1;
  return n;
}
