import {
  createIssue,
  type IsoDate,
  type Issue,
  type LanguageOption,
  type Locale,
  safeToIsoDate,
} from "../core/index.js";
import { detectLanguage, hasVietnameseDiacritics } from "../text/index.js";

// Short English phrases the detector has too few words for ("12 per 1,000 people", "at least 50,000").
const ENGLISH_WORD =
  /\b(?:per|people|or more|or less|at least|at most|about|around|more than|less than|between|percent|billion|million|of the)\b/i;

import { skipSpaces } from "./key-text.js";
import type { Direction } from "./target-types.js";

// Options arrive from JavaScript callers too, so the readers check them instead of trusting the types.

const LANGUAGES: readonly string[] = Object.freeze(["auto", "vi", "en", "pl", "fr", "es", "de"]);
const DIRECTIONS: readonly string[] = Object.freeze(["higher", "lower", "band"]);

/**
 * Checked reading options with their defaults.
 *
 * @example
 * ```ts
 * const checked: CheckedOptions = { language: "auto", locale: "vi" };
 * ```
 */
export interface CheckedOptions {
  readonly language: LanguageOption;
  readonly locale: Locale;
  readonly direction?: Direction;
}

function field(options: object, key: string): unknown {
  return (options as Record<string, unknown>)[key];
}

/**
 * Reads `{ language, locale, direction }`, or returns the `INVALID_OPTION` issue saying what is wrong.
 *
 * @example
 * ```ts
 * checkOptions({ language: "xx" }); // an INVALID_OPTION issue
 * checkOptions(undefined); // { language: "auto", locale: "vi" }
 * ```
 */
export function checkOptions(options: unknown): CheckedOptions | Issue {
  if (options === undefined || options === null) return { language: "auto", locale: "vi" };
  if (typeof options !== "object") return createIssue("INVALID_OPTION", { hint: "options must be an object" });
  const rawLocale = field(options, "locale");
  const locale: Locale = rawLocale === "en" ? "en" : "vi";
  if (rawLocale !== undefined && rawLocale !== "vi" && rawLocale !== "en") {
    return createIssue("INVALID_OPTION", { locale, hint: 'locale must be "vi" or "en"' });
  }
  const rawLanguage = field(options, "language") ?? "auto";
  if (typeof rawLanguage !== "string" || !LANGUAGES.includes(rawLanguage)) {
    return createIssue("INVALID_OPTION", { locale, hint: `language must be one of ${LANGUAGES.join(", ")}` });
  }
  const rawDirection = field(options, "direction");
  if (rawDirection !== undefined && (typeof rawDirection !== "string" || !DIRECTIONS.includes(rawDirection))) {
    return createIssue("INVALID_OPTION", { locale, hint: `direction must be one of ${DIRECTIONS.join(", ")}` });
  }
  const language = rawLanguage as LanguageOption;
  return rawDirection === undefined ? { language, locale } : { language, locale, direction: rawDirection as Direction };
}

/**
 * Whether a value returned by {@link checkOptions} is an issue.
 *
 * @example
 * ```ts
 * isIssue(checkOptions(42)); // true
 * ```
 */
export function isIssue(value: object): value is Issue {
  return "code" in value && "message" in value;
}

/**
 * The language to read numbers with: the option when it names one; for `"auto"`, the language the words of the
 * text point to (even when there are too few words for {@link detectLanguage} to commit), else `"auto"`, which
 * lets the number reader decide.
 *
 * @example
 * ```ts
 * numberLanguage("at least 50,000 tourists", "auto"); // "en" (50000, not 50)
 * numberLanguage("17/18", "auto"); // "auto"
 * ```
 */
export function numberLanguage(text: string, option: LanguageOption): LanguageOption {
  if (option !== "auto") return option;
  const detected = detectLanguage(text);
  if (detected.language !== "other") return detected.language;
  let best: LanguageOption = "auto";
  let bestScore = 0.5;
  for (const [language, score] of Object.entries(detected.scores)) {
    if (score > bestScore) {
      best = language as LanguageOption;
      bestScore = score;
    }
  }
  if (best === "auto" && !hasVietnameseDiacritics(text) && ENGLISH_WORD.test(text)) return "en";
  return best;
}

/**
 * Reads a date option as an ISO date, or `undefined` when it is not a valid {@link DateLike}.
 *
 * @example
 * ```ts
 * isoDateOf("2025-07-01"); // "2025-07-01"
 * isoDateOf("soon"); // undefined
 * ```
 */
export function isoDateOf(value: unknown): IsoDate | undefined {
  const result = safeToIsoDate(value);
  return result.success ? result.data : undefined;
}

/**
 * Checked options plus the text to read and the index of its first non-space character.
 *
 * @example
 * ```ts
 * const input: CheckedInput = { text: " 8%", first: 1, language: "auto", locale: "vi" };
 * ```
 */
export interface CheckedInput extends CheckedOptions {
  readonly text: string;
  readonly first: number;
}

/**
 * The shared opening of every `safeParse*` reader of this module: checks the options, then that the input is a
 * non-blank string, and returns the issue (`INVALID_OPTION`, `INVALID_INPUT_TYPE`, `EMPTY_INPUT`) otherwise.
 *
 * @example
 * ```ts
 * checkInput(" 8%", undefined); // { text: " 8%", first: 1, language: "auto", locale: "vi" }
 * checkInput("  ", { locale: "en" }); // an EMPTY_INPUT issue
 * ```
 */
export function checkInput(text: unknown, options: unknown): CheckedInput | Issue {
  const checked = checkOptions(options);
  if ("code" in checked) return checked;
  const { locale } = checked;
  if (typeof text !== "string") return createIssue("INVALID_INPUT_TYPE", { locale });
  const first = skipSpaces(text, 0);
  if (first >= text.length) return createIssue("EMPTY_INPUT", { locale });
  return { ...checked, text, first };
}
