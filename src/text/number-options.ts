import { createIssue, type Issue, type LanguageOption, type Locale } from "../core/index.js";

// Options arrive from JavaScript callers too, so safe* functions check them instead of trusting the types.

const LANGUAGE_OPTIONS: readonly string[] = Object.freeze(["auto", "vi", "en", "pl", "fr", "es", "de"]);

/**
 * Checked reading options with their defaults.
 *
 * @example
 * ```ts
 * const options: NumberReadOptions = { language: "auto", locale: "vi" };
 * ```
 */
export interface NumberReadOptions {
  readonly language: LanguageOption;
  readonly locale: Locale;
}

const DEFAULT_OPTIONS: NumberReadOptions = Object.freeze({ language: "auto", locale: "vi" });

function field(options: object, key: string): unknown {
  return (options as Record<string, unknown>)[key];
}

/** Whether a value is one of the output locales. */
function isLocale(value: unknown): value is Locale {
  return value === "vi" || value === "en";
}

/**
 * Reads `{ language, locale }`, or returns the INVALID_OPTION issue describing what is wrong.
 *
 * @example
 * ```ts
 * readNumberOptions({ language: "pl" }); // { language: "pl", locale: "vi" }
 * readNumberOptions({ language: "it" }); // an INVALID_OPTION issue
 * ```
 */
export function readNumberOptions(options: unknown): NumberReadOptions | Issue {
  if (options === undefined || options === null) return DEFAULT_OPTIONS;
  if (typeof options !== "object") return createIssue("INVALID_OPTION", { hint: "options must be an object" });
  const rawLocale = field(options, "locale");
  const locale: Locale = isLocale(rawLocale) ? rawLocale : "vi";
  if (rawLocale !== undefined && !isLocale(rawLocale)) {
    return createIssue("INVALID_OPTION", { locale, hint: 'locale must be "vi" or "en"' });
  }
  const rawLanguage = field(options, "language");
  if (rawLanguage === undefined) return { language: "auto", locale };
  if (typeof rawLanguage !== "string" || !LANGUAGE_OPTIONS.includes(rawLanguage)) {
    return createIssue("INVALID_OPTION", { locale, hint: `language must be one of ${LANGUAGE_OPTIONS.join(", ")}` });
  }
  return { language: rawLanguage as LanguageOption, locale };
}

/**
 * Whether a value returned by {@link readNumberOptions} is an issue.
 *
 * @example
 * ```ts
 * isOptionIssue(readNumberOptions("vi")); // true: options must be an object
 * ```
 */
export function isOptionIssue(value: NumberReadOptions | Issue): value is Issue {
  return "code" in value;
}
