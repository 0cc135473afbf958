import type { IsoDate } from "../core/index.js";
import { type ReadIssuer, readDate, readIssuer } from "./right-context.js";

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
