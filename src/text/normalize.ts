import { createIssue, fail, type Issue, type Locale, ok, type Result, VnPolityError } from "../core/index.js";
import { composeWithOffsets } from "./normalize-nfc.js";
import { repairCharacters } from "./normalize-repairs.js";
import { composeOffsetMaps, identityOffsetMap, type OffsetMap } from "./offset-map.js";

/**
 * Options of {@link normalizeText}. Lone surrogates and control characters are always repaired: later steps
 * (regexes, JSON, terminals) misbehave on them.
 *
 * @example
 * ```ts
 * const options: NormalizeTextOptions = { locale: "en", dashes: false };
 * ```
 */
export interface NormalizeTextOptions {
  /**
   * Language of the repair messages.
   * @default "vi"
   */
  readonly locale?: Locale;
  /**
   * Repair look-alikes: Ð (U+00D0) and Ɖ (U+0189) → Đ, ð → đ and Cyrillic look-alikes → Latin inside Latin words,
   * full-width forms → ASCII.
   * @default true
   */
  readonly lookalikes?: boolean;
  /**
   * Read hyphens, en and em dashes, the minus sign and their small or full-width forms as "-".
   * @default true
   */
  readonly dashes?: boolean;
  /**
   * Read no-break, fixed-width and ideographic spaces as " " and remove zero-width spaces, joiners and the BOM.
   * @default true
   */
  readonly spaces?: boolean;
}

/**
 * Normalised text with the map back to the caller's input and one warning per kind of repair.
 *
 * @example
 * ```ts
 * const result: NormalizedText = normalizeText("Ðảng");
 * result.text; // "Đảng"
 * result.repairs[0]?.code; // "LOOKALIKE_REPAIRED"
 * ```
 */
export interface NormalizedText {
  /** NFC text with the repairs applied. */
  readonly text: string;
  /** Maps indices and spans of `text` back to the input. */
  readonly map: OffsetMap;
  /** Whether `text` differs from the input. */
  readonly changed: boolean;
  /**
   * One warning per kind of repair, in order of first occurrence; `span` is that occurrence in the input and
   * `hint` says how many there were.
   */
  readonly repairs: readonly Issue[];
}

const NO_REPAIRS: readonly Issue[] = Object.freeze([]);
// Anything but printable ASCII, tab, line feed and carriage return sends the input down the slow path.
const NOT_PLAIN_ASCII = /[^\t\n\r\x20-\x7e]/;

/**
 * Brings text into the one form the readers expect: NFC (decomposed Vietnamese tone marks are composed), with
 * look-alike letters, dashes, unusual spaces, lone surrogates and control characters repaired. Positions in the
 * result map back to the input through `map`.
 *
 * Plain ASCII comes back as is with the shared identity map. Otherwise one scan finds the characters to repair,
 * one `String#normalize` call composes, and the offsets are recorded segment by segment: linear in the input.
 *
 * @throws {VnPolityError} `INVALID_INPUT_TYPE` when called from JavaScript with a non-string.
 *
 * @example
 * ```ts
 * const result = normalizeText("Nghi\u0323 đi\u0323nh 30/2020/N\u00d0\u2013CP");
 * result.text; // "Nghị định 30/2020/NĐ-CP"
 * result.repairs.map((issue) => issue.code); // ["LOOKALIKE_REPAIRED", "DASH_REPAIRED"]
 * result.map.toOriginalSpan({ start: 10, end: 23 }); // { start: 12, end: 25 } — the code in the input
 * ```
 */
export function normalizeText(input: string, options?: NormalizeTextOptions): NormalizedText {
  if (typeof input !== "string") {
    throw new VnPolityError([createIssue("INVALID_INPUT_TYPE", localeOption(options))]);
  }
  if (!NOT_PLAIN_ASCII.test(input)) {
    return { text: input, map: identityOffsetMap(), changed: false, repairs: NO_REPAIRS };
  }
  const repaired = repairCharacters(input, options);
  // Repairs come first: removing a zero-width space or turning a Cyrillic о into o can leave marks to compose.
  const composed = composeWithOffsets(repaired.text);
  return {
    text: composed.text,
    map: composeOffsetMaps(repaired.map, composed.map),
    changed: composed.text !== input,
    repairs: repaired.issues,
  };
}

function localeOption(options: unknown): { locale?: Locale } {
  const locale = typeof options === "object" && options !== null ? (options as { locale?: unknown }).locale : undefined;
  return locale === "vi" || locale === "en" ? { locale } : {};
}

/**
 * {@link normalizeText} for any input: never throws; the repairs come back as the result's warnings.
 *
 * @example
 * ```ts
 * const result = safeNormalizeText("Ho\u0300a Bi\u0300nh");
 * if (result.success) result.data.text; // "Hòa Bình"
 * safeNormalizeText(42).success; // false — INVALID_INPUT_TYPE
 * ```
 */
export function safeNormalizeText(input: unknown, options?: NormalizeTextOptions): Result<NormalizedText> {
  if (typeof input !== "string") return fail(createIssue("INVALID_INPUT_TYPE", localeOption(options)));
  try {
    const data = normalizeText(input, options);
    return ok(data, data.repairs);
  } catch (error) {
    if (error instanceof VnPolityError) return fail(...(error.issues as [Issue, ...Issue[]]));
    // Engines throw RangeError when a string outgrows their limit; that is the only failure left here.
    return fail(createIssue("INPUT_TOO_LONG", { ...localeOption(options), hint: String(error) }));
  }
}
