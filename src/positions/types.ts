import type { DateLike, LanguageOption, Locale, Span } from "../core/index.js";
import type { OrganRef, TokenScan } from "../organs/index.js";
import type { RoleId } from "./data/roles.js";

/**
 * One post: a role applied to an organ (with its level and place when written). A part of a title that could not
 * be read has role `unknown`, with its text kept and nothing guessed.
 *
 * @example
 * ```ts
 * const [post] = parsePositionTitle("Phó Bí thư Tỉnh ủy Kon Tum", { asOf: "2025-03-06" });
 * post; // { role: "secretary", deputy: true, standing: false, organ: { organId: "provincial-party-committee", level: "province", place: {…} }, text: "Phó Bí thư Tỉnh ủy Kon Tum", span: {…} }
 * ```
 */
export interface Post {
  readonly role: RoleId;
  /** Deputy (Phó…, Deputy…, Vice…, Thứ trưởng). */
  readonly deputy: boolean;
  /** Standing or permanent (Thường trực, Standing, Permanent). */
  readonly standing: boolean;
  /** The organ, level and place the role applies to, when written or implied by the role words. */
  readonly organ?: OrganRef;
  /** The post as written. */
  readonly text: string;
  readonly span: Span;
}

/**
 * A person named in text with the posts written next to the name.
 *
 * @example
 * ```ts
 * const [person] = extractPeople("ông Lê Văn An, Bí thư Tỉnh ủy");
 * person?.name; // "Lê Văn An"
 * person?.foldedName; // "le van an"
 * ```
 */
export interface Person {
  /** The name as written. */
  readonly name: string;
  /** Where the name is in the caller's string. */
  readonly span: Span;
  /** Lower case, no diacritics: the same person written in Vietnamese and in English gets the same key. */
  readonly foldedName: string;
  readonly posts: readonly Post[];
  /** The honorific written before the name (ông, bà, đồng chí, Mr., Ms., Comrade), when any. */
  readonly honorific?: string;
}

/**
 * Options of {@link parsePositionTitle} and {@link extractPeople}.
 *
 * @example
 * ```ts
 * const options: PositionOptions = { asOf: "2025-03-06", locale: "en" };
 * ```
 */
export interface PositionOptions {
  /**
   * The date organs and places are read at.
   * @default DATA_AS_OF
   * @example "2025-03-06"
   */
  readonly asOf?: DateLike;
  /**
   * The date of the text, for places that changed since.
   * @default the `asOf` date
   * @example "2025-03-06"
   */
  readonly articleDate?: DateLike;
  /**
   * Language of the text.
   * @default "auto"
   * @example "en"
   */
  readonly language?: LanguageOption;
  /**
   * Language of issue messages.
   * @default "vi"
   * @example "en"
   */
  readonly locale?: Locale;
  /**
   * The text already split by {@link scanTokens}, for callers that run several readers over one text; ignored
   * unless it is the scan of exactly this text.
   * @default split here
   * @example scanTokens(text)
   */
  readonly tokens?: TokenScan;
}
