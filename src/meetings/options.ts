import type { LanguageOption, Locale } from "../core/index.js";

const LANGUAGES: readonly string[] = ["vi", "en", "pl", "fr", "es", "de", "auto"];

export function optionsRecord(options: unknown): Readonly<Record<string, unknown>> {
  return typeof options === "object" && options !== null ? (options as Record<string, unknown>) : {};
}

export function isLanguageOption(value: unknown): value is LanguageOption {
  return typeof value === "string" && LANGUAGES.includes(value);
}

export function isLocale(value: unknown): value is Locale {
  return value === "vi" || value === "en";
}
