import type { DateLike, IsoDate, Issue, Language, LanguageOption, Locale, Localized, Span } from "../core/index.js";
import type { DocumentCodeSystem, DocumentGenre } from "../document-code/index.js";
import type { IndicatorStatement } from "../indicators/index.js";
import type { MeetingKind, MeetingRole, Term } from "../meetings/index.js";
import type { BoundPlace, OrganKind, OrganLevel, OrganMatchKind, OrganStatus } from "../organs/index.js";
import type { RoleId } from "../positions/index.js";

/**
 * The version of the {@link ArticleFacts} JSON form. It changes only when a field is removed or changes meaning;
 * added optional fields keep the version.
 *
 * @example
 * ```ts
 * const facts = extract("Tỉnh Kon Tum họp ngày 6/3/2025.");
 * facts.version === ARTICLE_FACTS_VERSION; // true
 * ```
 */
export const ARTICLE_FACTS_VERSION = 1;

/**
 * The id of an entry of {@link ArticleFacts}: its kind, a colon and its index in that kind's array, e.g.
 * `"place:0"`, `"organ:2"`, `"person:1"`, `"meeting:0"`, `"doc:3"`, `"stmt:4"`. Fields named `…Ref` / `…Refs`
 * hold such ids; fields named `…Id` hold catalogue ids (`organId`, `indicator.id`).
 *
 * @example
 * ```ts
 * const id: EntryId = "person:1";
 * ```
 */
export type EntryId = string;

/**
 * One place in the text where an entry is written: its span into the caller's original string and the text there.
 *
 * @example
 * ```ts
 * const mention: Mention = { span: { start: 18, end: 30 }, text: "tỉnh Kon Tum" };
 * ```
 */
export interface Mention {
  readonly span: Span;
  readonly text: string;
}

/**
 * A provincial unit as it stood on one date: a light, JSON-friendly view of a `Province` (read
 * `getProvince(code, { asOf })` for the full record, with its history and lineage).
 *
 * @example
 * ```ts
 * const konTum: PlaceUnit = {
 *   code: "62", name: { vi: "Kon Tum", en: "Kon Tum" }, fullName: { vi: "Tỉnh Kon Tum", en: "Kon Tum Province" },
 *   type: "province", status: "current", asOf: "2025-03-06", validUntil: "2025-07-01",
 * };
 * ```
 */
export interface PlaceUnit {
  /** Two-digit national code. Codes are reused: code plus `asOf` identifies the unit. */
  readonly code: string;
  readonly name: Localized;
  readonly fullName: Localized;
  readonly type: "province" | "city";
  /** Whether the unit was in force on `asOf`. */
  readonly status: "current" | "abolished" | "future";
  /** The date the unit was read at. */
  readonly asOf: IsoDate;
  readonly validFrom?: IsoDate;
  readonly validUntil?: IsoDate;
}

/**
 * A province named in the article, once however many times it is written: the unit the name denoted at the
 * article date (`thenUnit`) and the unit or units covering that place at `asOf` (`nowUnits`). (Not `then`/`now`:
 * an object with a `then` key is mistaken for a promise by `await`.)
 *
 * @example
 * ```ts
 * const facts = extract("Ngày 6/3/2025, tỉnh Kon Tum tổng kết năm.", { asOf: "2026-09-01" });
 * facts.places[0]?.thenUnit.name.vi; // "Kon Tum"
 * facts.places[0]?.nowUnits.map((unit) => unit.name.vi); // ["Quảng Ngãi"]
 * ```
 */
export interface PlaceEntry {
  /** `"place:<index>"`. */
  readonly id: EntryId;
  /** The first mention's span and text. */
  readonly span: Span;
  readonly text: string;
  /** Every mention, in text order (the first is `span`/`text`). */
  readonly mentions: readonly Mention[];
  /** How the first mention matched: a name in use then, the English name, a former name or an alias. */
  readonly matchedBy: "name" | "englishName" | "historicalName" | "alias";
  /** The unit as written, read at the article date (at `asOf` when the article date is unknown). */
  readonly thenUnit: PlaceUnit;
  /** The unit(s) covering that place at `asOf`: `thenUnit` itself while it exists, else its successors. */
  readonly nowUnits: readonly PlaceUnit[];
  /** True when `nowUnits` is not exactly the `thenUnit` (a merger, a split or a renaming with a new code). */
  readonly changed: boolean;
}

/**
 * An organ named in the article (Party, State, Front…), once per organ and bound place however many times it is
 * written.
 *
 * @example
 * ```ts
 * const facts = extract("UBND tỉnh Kon Tum họp. UBND tỉnh Kon Tum báo cáo.");
 * facts.organs[0]?.organId; // "provincial-peoples-committee"
 * facts.organs[0]?.mentions.length; // 2
 * ```
 */
export interface OrganEntry {
  /** `"organ:<index>"`. */
  readonly id: EntryId;
  readonly span: Span;
  readonly text: string;
  readonly mentions: readonly Mention[];
  /** Catalogue id of the organ as it stood at `asOf` (see `getOrgan`). */
  readonly organId: string;
  /** Catalogue id of the organ the text names, when a former name resolved to another organ. */
  readonly namedId?: string;
  readonly name: Localized;
  readonly kind: OrganKind;
  readonly level: OrganLevel;
  /** Whether the named organ existed at the article date (`former` when it had been replaced). */
  readonly status: OrganStatus;
  readonly matchedBy: OrganMatchKind;
  /** The place a local organ is bound to ("UBND tỉnh Kon Tum"). */
  readonly place?: BoundPlace;
  /** The place entry of that place, when the article names it as a province. */
  readonly placeRef?: EntryId;
}

/**
 * One post a person holds, as written next to the name.
 *
 * @example
 * ```ts
 * const post: PostEntry = {
 *   role: "secretary", deputy: true, standing: false, text: "Phó Bí thư Tỉnh ủy", span: { start: 20, end: 38 },
 *   organId: "provincial-party-committee", organRef: "organ:0",
 * };
 * ```
 */
export interface PostEntry {
  readonly role: RoleId;
  readonly deputy: boolean;
  readonly standing: boolean;
  readonly text: string;
  readonly span: Span;
  /** Catalogue id of the post's organ, when the title names one. */
  readonly organId?: string;
  readonly level?: OrganLevel;
  readonly place?: BoundPlace;
  /** The organ entry of that organ, when it is one of `ArticleFacts.organs`. */
  readonly organRef?: EntryId;
}

/**
 * A person named in the article, once however many times the name is written (same name with or without
 * diacritics), with every post written next to any mention.
 *
 * @example
 * ```ts
 * const facts = extract("Ông Lê Văn An, Chủ tịch UBND tỉnh Kon Tum, phát biểu.");
 * facts.people[0]?.name; // "Lê Văn An"
 * facts.people[0]?.posts[0]?.organRef; // "organ:0"
 * ```
 */
export interface PersonEntry {
  /** `"person:<index>"`. */
  readonly id: EntryId;
  /** The name as first written. */
  readonly name: string;
  /** The name folded (no diacritics, lower case): the deduplication key. */
  readonly foldedName: string;
  readonly span: Span;
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly honorific?: string;
  /** Posts from every mention, without repeats (same role, deputy, standing and organ). */
  readonly posts: readonly PostEntry[];
}

/**
 * A person a meeting names (chair or participant), with the person entry it is.
 *
 * @example
 * ```ts
 * const chair: MeetingPersonEntry = { name: "Lê Văn An", span: { start: 40, end: 49 }, personRef: "person:0" };
 * ```
 */
export interface MeetingPersonEntry {
  readonly name: string;
  readonly span: Span;
  /** What the person does at the meeting: head or deputy head of a delegation, chair, or participant. */
  readonly role?: MeetingRole;
  /** A standing (thường trực) deputy head. */
  readonly standing?: boolean;
  readonly personRef?: EntryId;
}

/**
 * A document a meeting discussed or adopted, with the document entry it is.
 *
 * @example
 * ```ts
 * const doc: MeetingDocumentEntry = {
 *   text: "Nghị quyết số 57-NQ/TW", span: { start: 60, end: 82 }, code: "57-NQ/TW", documentRef: "doc:0",
 * };
 * ```
 */
export interface MeetingDocumentEntry {
  readonly text: string;
  readonly span: Span;
  readonly code?: string;
  readonly documentRef?: EntryId;
}

/**
 * A meeting, conference, congress, plenum, National Assembly session or delegation, linked to the people and
 * documents it names.
 *
 * @example
 * ```ts
 * const facts = extract("Hội nghị Trung ương lần thứ 11, khóa XIII khai mạc ngày 12/4/2025.");
 * facts.meetings[0]?.kind; // "plenum"
 * facts.meetings[0]?.term?.ordinal; // 13
 * ```
 */
export interface MeetingEntry {
  /** `"meeting:<index>"`. */
  readonly id: EntryId;
  readonly kind: MeetingKind;
  readonly span: Span;
  readonly text: string;
  readonly ordinal?: number;
  readonly term?: Term;
  /** True when the term was worked out from the date rather than written. */
  readonly termInferred?: boolean;
  readonly date?: IsoDate;
  /** The delegation's number ("Đoàn kiểm tra số 1922"). */
  readonly number?: number;
  /** Catalogue ids of the organs on each side. */
  readonly organIds: readonly string[];
  /** Organ entries of those organs, when the article names them. */
  readonly organRefs: readonly EntryId[];
  readonly chair?: MeetingPersonEntry;
  readonly participants: readonly MeetingPersonEntry[];
  readonly documents: readonly MeetingDocumentEntry[];
  /** Every person entry the meeting names (chair first), without repeats. */
  readonly participantRefs: readonly EntryId[];
  /** Every document entry the meeting names, without repeats. */
  readonly documentRefs: readonly EntryId[];
}

/**
 * A document code as written, in a JSON-friendly form (`parseDocumentCode(canonical)` gives the full record).
 *
 * @example
 * ```ts
 * const code: DocumentCodeEntry = { canonical: "57-NQ/TW", system: "party", number: 57, type: "NQ", issuer: "TW" };
 * ```
 */
export interface DocumentCodeEntry {
  readonly canonical: string;
  readonly system: DocumentCodeSystem;
  readonly number: number;
  readonly year?: number;
  readonly type?: string;
  readonly issuer: string;
}

/**
 * A document the article cites, with the organ entry of its issuer.
 *
 * @example
 * ```ts
 * const facts = extract("Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.");
 * facts.documents[0]?.code?.canonical; // "57-NQ/TW"
 * facts.documents[0]?.issuerRef; // "organ:0"
 * ```
 */
export interface DocumentEntry {
  /** `"doc:<index>"`. */
  readonly id: EntryId;
  /** The whole reference phrase. */
  readonly span: Span;
  readonly text: string;
  readonly code?: DocumentCodeEntry;
  readonly codeSpan?: Span;
  /** Canonical code worked out for a mention written without one ("Kết luận 123"). */
  readonly resolvedCode?: string;
  readonly resolvedBy?: "text" | "list" | "catalogue" | "form";
  readonly documentType?: DocumentGenre;
  readonly number?: number;
  readonly date?: IsoDate;
  readonly issuer?: { readonly organId: string; readonly label: Localized; readonly term?: number };
  /** The organ entry of the issuer, when the article names it. */
  readonly issuerRef?: EntryId;
  readonly title?: string;
  readonly warnings: readonly Issue[];
}

/**
 * An indicator statement (a target, a result, a reported attainment, a change), with the place entry of its
 * scope.
 *
 * @example
 * ```ts
 * const facts = extract("Năm 2024, tăng trưởng GRDP của tỉnh Kon Tum đạt 6,52%, chỉ tiêu 8% trở lên.");
 * facts.statements[0]?.indicator.id; // "grdp-growth"
 * facts.statements[0]?.scopeRef; // "place:0"
 * ```
 */
export interface StatementEntry extends IndicatorStatement {
  /** `"stmt:<index>"`. */
  readonly id: EntryId;
  /** The place entry of the scope, when the article names that place. */
  readonly scopeRef?: EntryId;
}

/**
 * Everything {@link extract} found in one article, linked by entry ids. Plain JSON data: no `Date`, no `Map`, no
 * property set to `undefined` (an absent value is an absent key), so `JSON.parse(JSON.stringify(facts))` deep-equals
 * `facts`; that string is the JSON form, described by `docs/article-facts.schema.json`.
 *
 * @example
 * ```ts
 * const facts: ArticleFacts = extract("Ông Lê Văn An, Chủ tịch UBND tỉnh Kon Tum, chủ trì hội nghị.");
 * const json = JSON.stringify(facts);
 * ```
 */
export interface ArticleFacts {
  /** {@link ARTICLE_FACTS_VERSION}. */
  readonly version: typeof ARTICLE_FACTS_VERSION;
  /** The language the text was read as; `"other"` when detection found no supported language. */
  readonly language: Language | "other";
  /** `"option"` when given by the caller, `"detected"` when read from the text. */
  readonly languageSource: "option" | "detected";
  /** The article's date, when given or written in its dateline. */
  readonly articleDate?: IsoDate;
  readonly articleDateSource?: "option" | "dateline";
  /** The date the `now` side of places and organs was read at. */
  readonly asOf: IsoDate;
  readonly places: readonly PlaceEntry[];
  readonly organs: readonly OrganEntry[];
  readonly people: readonly PersonEntry[];
  readonly meetings: readonly MeetingEntry[];
  readonly documents: readonly DocumentEntry[];
  readonly statements: readonly StatementEntry[];
  /** Problems with the input or options, and extractors that failed; the rest of the result is still valid. */
  readonly issues: readonly Issue[];
}

/**
 * Options of {@link extract}.
 *
 * @example
 * ```ts
 * const options: ExtractOptions = { language: "vi", articleDate: "2025-03-06", asOf: "2026-09-01", locale: "en" };
 * ```
 */
export interface ExtractOptions {
  /**
   * The language of the text.
   * @default "auto" (detected)
   * @example "vi"
   */
  readonly language?: LanguageOption;
  /**
   * The date the `now` side is read at.
   * @default DATA_AS_OF
   * @example "2026-09-01"
   */
  readonly asOf?: DateLike;
  /**
   * The date of the article; names are read as they stood then.
   * @default the first date of the dateline (first line), else none
   * @example "2025-03-06"
   */
  readonly articleDate?: DateLike;
  /**
   * The language of labels and issue messages.
   * @default "vi"
   * @example "en"
   */
  readonly locale?: Locale;
}
