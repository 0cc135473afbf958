import type { IsoDate, Issue } from "../core/index.js";
import type { DocumentCode, DocumentGenre } from "../document-code/index.js";
import type { ReadIssuer } from "./right-context.js";
import type { ReferenceResolution, WellKnownDocument } from "./types.js";

/** A reference while it is being built: the scan fills it, resolution and titles complete it. */
export interface Draft {
  start: number;
  /** End of the number, code, date and issuer; the title, read last, may extend the phrase. */
  coreEnd: number;
  end: number;
  code?: DocumentCode;
  codeStart?: number;
  codeEnd?: number;
  warnings: readonly Issue[];
  genre?: DocumentGenre;
  number?: number;
  date?: IsoDate;
  issuer?: ReadIssuer;
  resolvedCode?: string;
  resolvedBy?: ReferenceResolution;
  title?: string;
  document?: WellKnownDocument;
}
