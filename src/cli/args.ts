import { type Language, type LanguageOption, type Locale, safeToIsoDate } from "../core/index.js";

/**
 * A command line read by `node:util` `parseArgs`, or why it could not be read.
 *
 * @example
 * ```ts
 * const read: ArgsRead<number> = { ok: false, message: "Unknown option '--x'" };
 * ```
 */
export type ArgsRead<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/**
 * Runs a `parseArgs` call and turns the `TypeError` it throws for an unknown option, a missing option value or
 * an unexpected positional into a message, so that the caller can answer with a usage error.
 *
 * @example
 * ```ts
 * readArgs(() => parseArgs({ args: ["--json"], options: { json: { type: "boolean" } } })).ok; // true
 * ```
 */
export function readArgs<T>(parse: () => T): ArgsRead<T> {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Options every command accepts.
 *
 * @example
 * ```ts
 * parseArgs({ args: ["--json"], options: COMMON_OPTIONS }).values.json; // true
 * ```
 */
export const COMMON_OPTIONS = Object.freeze({
  json: { type: "boolean" },
  locale: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const);

/**
 * A checked option value, or the issue code and detail of a bad one.
 *
 * @example
 * ```ts
 * const checked: OptionCheck<Locale> = { ok: true, value: "en" };
 * ```
 */
export type OptionCheck<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: "INVALID_OPTION" | "INVALID_DATE_LIKE"; readonly detail: string };

/**
 * Reads `--locale` (default `vi`, the library's default).
 *
 * @example
 * ```ts
 * checkLocale("en"); // { ok: true, value: "en" }
 * ```
 */
export function checkLocale(value: string | undefined): OptionCheck<Locale> {
  if (value === undefined || value === "vi" || value === "en") return { ok: true, value: value ?? "vi" };
  return { ok: false, code: "INVALID_OPTION", detail: `--locale ${JSON.stringify(value)}; expected vi or en` };
}

const LANGUAGES: readonly LanguageOption[] = ["auto", "vi", "en", "pl", "fr", "es", "de"];

/**
 * Reads `--language` (default `auto`).
 *
 * @example
 * ```ts
 * checkLanguage("vi"); // { ok: true, value: "vi" }
 * ```
 */
export function checkLanguage(value: string | undefined): OptionCheck<LanguageOption> {
  if (value === undefined) return { ok: true, value: "auto" };
  if ((LANGUAGES as readonly string[]).includes(value)) return { ok: true, value: value as Language };
  return {
    ok: false,
    code: "INVALID_OPTION",
    detail: `--language ${JSON.stringify(value)}; expected ${LANGUAGES.join(", ")}`,
  };
}

/**
 * Reads a date option written `YYYY-MM-DD`; absent stays absent.
 *
 * @example
 * ```ts
 * checkDate("--as-of", "2025-07-01"); // { ok: true, value: "2025-07-01" }
 * ```
 */
export function checkDate(name: string, value: string | undefined): OptionCheck<string | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  const read = safeToIsoDate(value);
  if (read.success) return { ok: true, value: read.data };
  return { ok: false, code: "INVALID_DATE_LIKE", detail: `${name} ${JSON.stringify(value)}` };
}
