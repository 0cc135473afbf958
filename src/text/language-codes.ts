import type { Language, LanguageOption, Locale } from "../core/index.js";

/*
 * Guards for the `language` and `locale` options, which JavaScript callers may fill with anything.
 */

const LANGUAGES: readonly Language[] = Object.freeze(["vi", "en", "pl", "fr", "es", "de"]);

/** Whether a value is one of the languages vnpolity knows. */
export function isLanguageCode(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** Whether a value is a `language` option: a known language or `"auto"`. */
export function isLanguageOptionValue(value: unknown): value is LanguageOption {
  return value === "auto" || isLanguageCode(value);
}

/** Whether a value is an output locale. */
export function isLocaleValue(value: unknown): value is Locale {
  return value === "vi" || value === "en";
}

/** Reads an options argument that may be anything: a plain object, or an empty one. */
export function optionsRecord(options: unknown): Readonly<Record<string, unknown>> {
  return typeof options === "object" && options !== null ? (options as Record<string, unknown>) : {};
}
