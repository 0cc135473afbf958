/**
 * The two output locales every label and message exists in.
 *
 * @example
 * ```ts
 * const locale: Locale = "en";
 * ```
 */
export type Locale = "vi" | "en";

/**
 * A label given side by side in Vietnamese and English.
 *
 * @example
 * ```ts
 * const label: Localized = { vi: "Bộ Chính trị", en: "Politburo" };
 * ```
 */
export interface Localized {
  readonly vi: string;
  readonly en: string;
}

/**
 * Languages whose number and date conventions vnpolity knows. Text in any other language is read as `"other"`.
 *
 * @example
 * ```ts
 * const language: Language = "pl"; // "1 299 mln USD", "6,52%"
 * ```
 */
export type Language = "vi" | "en" | "pl" | "fr" | "es" | "de";

/**
 * The `language` option of readers: the language of the text being read, or `"auto"` to detect it.
 *
 * @example
 * ```ts
 * const options: { language: LanguageOption } = { language: "auto" };
 * ```
 */
export type LanguageOption = Language | "auto";

/**
 * Picks the label of a {@link Localized} pair for a locale (Vietnamese when no locale is given).
 *
 * @example
 * ```ts
 * pickLabel({ vi: "Quốc hội", en: "National Assembly" }, "en"); // "National Assembly"
 * ```
 */
export function pickLabel(label: Localized, locale: Locale = "vi"): string {
  return locale === "en" ? label.en : label.vi;
}
