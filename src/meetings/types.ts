import type { DateLike, IsoDate, LanguageOption, Locale, Span } from "../core/index.js";
import type { OrganMention } from "../organs/index.js";
import type { Person } from "../positions/index.js";
import type { DocumentReference } from "../references/index.js";

/**
 * A term of office read from text: the khóa number, the years of the nhiệm kỳ, or both.
 *
 * @example
 * ```ts
 * const term: Term = { ordinal: 16, years: [2026, 2031], span: { start: 0, end: 28 } };
 * ```
 */
export interface Term {
  /** The khóa / term number ("khóa XVI", "the 16th tenure"). */
  readonly ordinal?: number;
  /** First and last year of the nhiệm kỳ ("nhiệm kỳ 2025–2030"). */
  readonly years?: readonly [number, number];
  /** The whole phrase in the caller's string. */
  readonly span: Span;
}

/**
 * Options of {@link parseTerm} and {@link safeParseTerm}.
 *
 * @example
 * ```ts
 * const options: ParseTermOptions = { language: "pl", locale: "en" };
 * ```
 */
export interface ParseTermOptions {
  /** Language of the text; `"auto"` (default) accepts Vietnamese, English and Polish keywords. */
  readonly language?: LanguageOption;
  /** Locale of issue messages. */
  readonly locale?: Locale;
}

/**
 * Options of {@link formatTerm}.
 *
 * @example
 * ```ts
 * const options: FormatTermOptions = { locale: "en" };
 * ```
 */
export interface FormatTermOptions {
  /** `"vi"` (default): "khóa XVI, nhiệm kỳ 2026–2031"; `"en"`: "the 16th term, 2026–2031". */
  readonly locale?: Locale;
}

/**
 * Which body a term in the term tables belongs to.
 *
 * @example
 * ```ts
 * const body: TermBody = "national-assembly";
 * ```
 */
export type TermBody = "party-central-committee" | "national-assembly";

/**
 * One row of the term tables: a body's khóa, its years and the dates it was in office (`until` exclusive).
 *
 * @example
 * ```ts
 * const row: TermInOffice = {
 *   body: "national-assembly", ordinal: 16, years: [2026, 2031], from: "2026-04-06", source: "reference.md §2.4",
 * };
 * ```
 */
export interface TermInOffice {
  readonly body: TermBody;
  readonly ordinal: number;
  readonly years: readonly [number, number];
  readonly from: IsoDate;
  readonly until?: IsoDate;
  readonly source: string;
}

/**
 * What kind of meeting a mention names.
 *
 * `plenum`: a Party committee's plenary conference ("Hội nghị Trung ương lần thứ 11"); `congress`: a Party
 * congress ("Đại hội Đảng bộ tỉnh lần thứ XX"); `na-session`: a National Assembly session ("kỳ họp thứ 9");
 * `working-session`: "buổi làm việc"; `conference`: any other "hội nghị"; `delegation`: an inspection or working
 * delegation ("Đoàn kiểm tra số 1922").
 *
 * @example
 * ```ts
 * const kind: MeetingKind = "plenum";
 * ```
 */
export type MeetingKind = "plenum" | "congress" | "na-session" | "working-session" | "conference" | "delegation";

/**
 * What a person is at a meeting: `head` of a delegation ("làm Trưởng đoàn", "Head of the delegation", or the one it
 * is "led by"), `deputy-head` ("Phó Trưởng đoàn Thường trực", "Permanent Deputy Head"), `chair` of a meeting ("chủ
 * trì", "chaired"), or any other `participant`.
 *
 * @example
 * ```ts
 * const role: MeetingRole = "deputy-head";
 * ```
 */
export type MeetingRole = "head" | "deputy-head" | "chair" | "participant";

/**
 * A person linked to a meeting: the name as written, where it stands, and the person's place at the meeting.
 *
 * @example
 * ```ts
 * const person: MeetingPerson = { name: "Lê Minh Hưng", span: { start: 40, end: 52 }, role: "head" };
 * ```
 */
export interface MeetingPerson {
  readonly name: string;
  readonly span: Span;
  /** Head, deputy head, chair or participant; left out only in meetings built by hand. */
  readonly role?: MeetingRole;
  /** `true` for a standing (permanent) deputy head: "Phó Trưởng đoàn Thường trực". */
  readonly standing?: boolean;
}

/**
 * A document cited near a meeting: the reference phrase and its canonical code when one is known.
 *
 * @example
 * ```ts
 * const doc: MeetingDocument = { text: "Nghị quyết số 57-NQ/TW", span: { start: 0, end: 22 }, code: "57-NQ/TW" };
 * ```
 */
export interface MeetingDocument {
  readonly text: string;
  readonly span: Span;
  readonly code?: string;
}

/**
 * A meeting (or delegation) mentioned in text, with what the same sentence and paragraph say about it.
 *
 * @example
 * ```ts
 * const meeting: Meeting = {
 *   kind: "plenum", text: "Hội nghị Trung ương lần thứ 11, khóa XIII", span: { start: 0, end: 41 },
 *   ordinal: 11, term: { ordinal: 13, span: { start: 31, end: 41 } },
 *   organIds: [], participants: [], documents: [],
 * };
 * ```
 */
export interface Meeting {
  readonly kind: MeetingKind;
  /** The meeting phrase: trigger words, ordinal, number and term. */
  readonly span: Span;
  readonly text: string;
  /** "lần thứ 11", "kỳ họp thứ 9", "the 14th". */
  readonly ordinal?: number;
  /** As written, or for a national plenum or congress without one, the Party term in office on `date`. */
  readonly term?: Term;
  /** `true` when `term` was not written but worked out from `date`. */
  readonly termInferred?: boolean;
  /** ISO date from a date phrase in the same sentence (partial dates are completed by `articleDate`). */
  readonly date?: IsoDate;
  /** A delegation's number ("Đoàn kiểm tra số 1922"). */
  readonly number?: number;
  /** Organs named in the same sentence, by id, in order of first mention. */
  readonly organIds: readonly string[];
  /**
   * The person who chaired or led the meeting, when the sentence says so ("do … chủ trì", "do đồng chí … làm Trưởng
   * đoàn", "led by Comrade …"), with `role` `chair`, `head` or `deputy-head` (a deputy head may lead a delegation).
   */
  readonly chair?: MeetingPerson;
  /**
   * People named from the meeting's sentence up to the next meeting in the same paragraph, each with its role
   * (the chair or leader is among them, with the same role as in `chair`).
   */
  readonly participants: readonly MeetingPerson[];
  /** Documents cited in the same stretch of text as the participants. */
  readonly documents: readonly MeetingDocument[];
}

/**
 * Options of {@link extractMeetings}.
 *
 * @example
 * ```ts
 * const options: ExtractMeetingsOptions = { language: "vi", articleDate: "2025-03-06" };
 * ```
 */
export interface ExtractMeetingsOptions {
  /** Language of the text (default `"auto"`). */
  readonly language?: LanguageOption;
  /** Date the catalogues are read as of (organs, places); defaults to `DATA_AS_OF`. */
  readonly asOf?: DateLike;
  /** The article's date: completes partial dates such as "ngày 6/3". */
  readonly articleDate?: DateLike;
  /**
   * Mentions the caller has already extracted from the same text with the same `language`, `asOf` and
   * `articleDate`, so that running every extractor over an article does not read organs, people and documents
   * twice. A list left out is extracted here.
   */
  readonly mentions?: MeetingMentions;
}

/**
 * Organs, people and document references already extracted from a text, handed to {@link extractMeetings}.
 *
 * @example
 * ```ts
 * const text = "Ông Lê Văn An, Chủ tịch UBND tỉnh Kon Tum, chủ trì buổi làm việc.";
 * const mentions: MeetingMentions = { organs: extractOrgans(text), people: extractPeople(text) };
 * extractMeetings(text, { mentions })[0]?.chair?.name; // "Lê Văn An"
 * ```
 */
export interface MeetingMentions {
  /** What `extractOrgans(text, options)` returned. */
  readonly organs?: readonly OrganMention[];
  /** What `extractPeople(text, options)` returned. */
  readonly people?: readonly Person[];
  /** What `extractDocumentReferences(text, options)` returned. */
  readonly references?: readonly DocumentReference[];
}
