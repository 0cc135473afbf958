import type { Locale } from "../core/index.js";
import { formatNumber } from "../text/index.js";

/**
 * Aligned `caption: value` lines, indented, each ending in a newline; rows without a value are left out, and a
 * row with an empty caption continues the one above.
 *
 * @example
 * ```ts
 * captionLines([["Number", "57"], ["Year", undefined]], "  "); // "  Number: 57\n"
 * ```
 */
export function captionLines(rows: readonly (readonly [string, string | undefined])[], indent = "  "): string {
  const shown = rows.filter((row): row is readonly [string, string] => row[1] !== undefined);
  const width = Math.max(0, ...shown.map(([caption]) => caption.length));
  return shown
    .map(([caption, value]) => `${indent}${(caption === "" ? "" : `${caption}:`).padEnd(width + 2)}${value}\n`)
    .join("");
}

/**
 * A figure written with the locale's decimal and group marks, rounded for display (at most four decimals unless
 * told otherwise).
 *
 * @example
 * ```ts
 * formatFigure(6.52, "vi"); // "6,52"
 * formatFigure(0.8149999, "en"); // "0.815"
 * ```
 */
export function formatFigure(value: number, locale: Locale, decimals = 4): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number.isInteger(value) ? value : Number(value.toFixed(decimals));
  return formatNumber(rounded, { language: locale });
}

/**
 * A ratio (1 = 100%) as a percentage with the locale's marks and at most two decimals.
 *
 * @example
 * ```ts
 * formatPercent(0.815, "vi"); // "81,5%"
 * ```
 */
export function formatPercent(ratio: number, locale: Locale): string {
  return `${formatFigure(ratio * 100, locale, 2)}%`;
}
