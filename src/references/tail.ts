import type { IsoDate } from "../core/index.js";
import { type ReadIssuer, readDate, readIssuer } from "./right-context.js";

/** Date and issuer written after a code or number, in either order. */
export interface Tail {
  readonly end: number;
  readonly date?: IsoDate;
  readonly issuer?: ReadIssuer;
}

/** Reads "ngày 22/12/2024 của Bộ Chính trị" (or issuer first, then date) after `at`. */
export function readTail(text: string, at: number): Tail {
  let end = at;
  const first = readDate(text, end);
  if (first !== undefined) end = first.end;
  const issuer = readIssuer(text, end);
  if (issuer !== undefined) end = issuer.end;
  const second = first === undefined && issuer !== undefined ? readDate(text, end) : undefined;
  if (second !== undefined) end = second.end;
  const date = first?.value ?? second?.value;
  return {
    end,
    ...(date === undefined ? {} : { date }),
    ...(issuer === undefined ? {} : { issuer: issuer.value }),
  };
}
