import type { DateLike, IsoDate, Issue, LanguageOption, Localized, Span } from "../core/index.js";
import type { DocumentCode, DocumentGenre } from "../document-code/index.js";

/**
 * The organ a reference names as its issuer ("của Bộ Chính trị", "of the Provincial People's Council").
 *
 * @example
 * ```ts
 * const issuer: DocumentReferenceIssuer = { organId: "politburo", label: { vi: "Bộ Chính trị", en: "Politburo" } };
 * ```
 */
export interface DocumentReferenceIssuer {
  /** Organ catalogue id (see `getOrgan`). */
  readonly organId: string;
  readonly label: Localized;
  /** Party or National Assembly term written beside the issuer ("khóa XII", "12th"), when written. */
  readonly term?: number;
}

/**
 * How a reference written without its code got its `resolvedCode`: the same text writes the code (`text`), a
 * list shares the code's suffix (`list`, "Nghị định 30 và 31/2020/NĐ-CP"), the well-known-documents catalogue
 * identifies it (`catalogue`), or the issuer and type fix the code's form (`form`, a Tỉnh ủy resolution is
 * `N-NQ/TU`).
 *
 * @example
 * ```ts
 * const how: ReferenceResolution = "catalogue";
 * ```
 */
export type ReferenceResolution = "text" | "list" | "catalogue" | "form";

/**
 * One document cited in a text: the whole phrase, and what it says about the document.
 *
 * @example
 * ```ts
 * const [ref] = extractDocumentReferences("Theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.");
 * ref?.text; // "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"
 * ref?.code?.canonical; // "57-NQ/TW"
 * ref?.date; // "2024-12-22"
 * ```
 */
export interface DocumentReference {
  /** The whole phrase (type word, number, code, date, issuer, title) in the caller's string. */
  readonly span: Span;
  readonly text: string;
  /** The code as parsed (lenient mode) when one is written. */
  readonly code?: DocumentCode;
  /** Where the written code lies. */
  readonly codeSpan?: Span;
  /** Canonical code of a reference written without one, when it can be resolved; never guessed. */
  readonly resolvedCode?: string;
  /** How `resolvedCode` was found. */
  readonly resolvedBy?: ReferenceResolution;
  /** What kind of document it is, from the words ("Nghị quyết", "Directive") or the code. */
  readonly documentType?: DocumentGenre;
  /** The sequence number written ("Nghị quyết số 57" → 57). */
  readonly number?: number;
  /**
   * Date of the document as the phrase writes it. What the catalogue knows stays in `document` (its `date` and
   * `title`), so a value here is always evidence from the text.
   */
  readonly date?: IsoDate;
  readonly issuer?: DocumentReferenceIssuer;
  /** Title as the phrase writes it, quoted or introduced by "về" / "on" / "w sprawie" (the catalogue's: `document`). */
  readonly title?: string;
  /** The catalogue entry the reference denotes, when exactly one matches. */
  readonly document?: WellKnownDocument;
  /** Repairs the lenient code parser made (diacritics, look-alikes, spacing…). */
  readonly warnings: readonly Issue[];
}

/**
 * A document of the well-known-documents catalogue: frozen data, extensible through `options.catalogue`.
 *
 * @example
 * ```ts
 * const doc: WellKnownDocument = {
 *   code: "57-NQ/TW",
 *   date: "2024-12-22",
 *   issuerId: "politburo",
 *   genre: "resolution",
 *   title: { vi: "Về đột phá phát triển khoa học, công nghệ…", en: "On breakthroughs in science and technology…" },
 *   source: "reference.md §1.3",
 * };
 * ```
 */
export interface WellKnownDocument {
  /** Canonical code. */
  readonly code: string;
  /** Date of signature (ISO); absent when not verified. */
  readonly date?: IsoDate;
  /** Organ id of the issuer (see `getOrgan`). */
  readonly issuerId: string;
  readonly genre: DocumentGenre;
  readonly title: Localized;
  /** Province or locality for documents of local organs (their codes repeat across the country). */
  readonly place?: string;
  /** Where the facts come from. */
  readonly source: string;
}

/**
 * Options of {@link extractDocumentReferences}.
 *
 * @example
 * ```ts
 * const options: ExtractDocumentReferencesOptions = { language: "vi", articleDate: "2025-03-06" };
 * ```
 */
export interface ExtractDocumentReferencesOptions {
  /**
   * Language of the text. The type words of Vietnamese, English, Polish, French, Spanish and German are all read
   * whatever the value; codes are read in any language.
   * @default "auto"
   */
  readonly language?: LanguageOption;
  /** @default DATA_AS_OF */
  readonly asOf?: DateLike;
  /** Date of the article; chooses between documents that share a code across Party terms. */
  readonly articleDate?: DateLike;
  /** More well-known documents, searched before the built-in catalogue. */
  readonly catalogue?: readonly WellKnownDocument[];
}
