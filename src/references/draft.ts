import type { IsoDate, Issue } from "../core/index.js";
import type { DocumentCode, DocumentGenre } from "../document-code/index.js";
import type { ReadIssuer } from "./issuer-after.js";
import type { ReferenceResolution, WellKnownDocument } from "./types.js";

/** A reference while it is being built: the scan fills it, resolution and titles complete it. */
export interface Draft {
  start: number;
  /** End of the number, code, date and issuer; the title, read last, may extend the phrase. */
  coreEnd: number;
  end: number;
  code?: DocumentCode | undefined;
  codeStart?: number | undefined;
  codeEnd?: number | undefined;
  warnings: readonly Issue[];
  genre?: DocumentGenre | undefined;
  number?: number | undefined;
  date?: IsoDate | undefined;
  issuer?: ReadIssuer | undefined;
  resolvedCode?: string | undefined;
  resolvedBy?: ReferenceResolution | undefined;
  title?: string | undefined;
  document?: WellKnownDocument | undefined;
}

/**
 * A draft with every field present (unset ones undefined), always in the same order: all drafts share one object
 * shape, so the steps that read them stay monomorphic and filling a field later does not grow the object.
 */
export function newDraft(start: number, coreEnd: number, end: number, warnings: readonly Issue[]): Draft {
  return {
    start,
    coreEnd,
    end,
    code: undefined,
    codeStart: undefined,
    codeEnd: undefined,
    warnings,
    genre: undefined,
    number: undefined,
    date: undefined,
    issuer: undefined,
    resolvedCode: undefined,
    resolvedBy: undefined,
    title: undefined,
    document: undefined,
  };
}
