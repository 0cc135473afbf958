import type { IsoDate } from "../core/index.js";
import { readDate } from "./date-after.js";
import { type ReadIssuer, readIssuer } from "./issuer-after.js";

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
}

/** Where a reference keeps the date and issuer written after its code or number. */
export interface TailFields {
  date?: IsoDate | undefined;
  issuer?: ReadIssuer | undefined;
}

/**
 * Reads "ngày 22/12/2024 của Bộ Chính trị" (or issuer first, then date) after `at` into `into`, and returns where
 * the tail ends (`at` when there is none). Nothing is allocated for the usual reference without a tail.
 */
export function readTail(text: string, at: number, into: TailFields): number {
  // After most codes comes ".", ";" or ")": no lead of a date or an issuer opens with ASCII other than a letter, a
  // digit, white space, "," or "(".
  const c = text.charCodeAt(at);
  if (c < 128 && !isAsciiLetterOrDigit(c) && c !== 32 && c !== 44 && c !== 40 && (c < 9 || c > 13)) return at;
  let end = at;
  const first = readDate(text, end);
  if (first !== undefined) end = first.end;
  const issuer = readIssuer(text, end);
  if (issuer !== undefined) end = issuer.end;
  const second = first === undefined && issuer !== undefined ? readDate(text, end) : undefined;
  if (second !== undefined) end = second.end;
  const date = first?.value ?? second?.value;
  if (date !== undefined) into.date = date;
  if (issuer !== undefined) into.issuer = issuer.value;
  return end;
}
