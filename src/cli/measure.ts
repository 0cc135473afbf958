import type { Locale } from "../core/index.js";
import type { Comparator, Measure, Quantity, Target } from "../indicators/index.js";
import { label } from "./labels.js";
import { formatFigure } from "./text.js";

const BASES = ["plan", "estimate", "target", "scenario"] as const;

// What a share is of: the plan words are translated, economic aggregates (GRDP, GDP) stay as written.
function baseName(base: string, locale: Locale): string {
  const known = BASES.find((name) => name === base);
  return known === undefined ? base : label(`base.${known}`, locale);
}

/**
 * The unit written after a figure: `%`, ` percentage points`, ` VND`, ` doanh nghiệp`, `%/year`, `/18`.
 *
 * @example
 * ```ts
 * formatUnit({ kind: "money", currency: "VND" }, "en"); // " VND"
 * ```
 */
export function formatUnit(unit: Measure, locale: Locale): string {
  switch (unit.kind) {
    case "percent":
      return "%";
    case "share":
      return unit.base === undefined ? "%" : `% ${baseName(unit.base, locale)}`;
    case "percentagePoints":
      return ` ${label("percentagePoints", locale)}`;
    case "money":
      return unit.currency === undefined ? "" : ` ${unit.currency}`;
    case "count":
      return unit.noun === undefined ? "" : ` ${unit.noun}`;
    case "rate":
      if (unit.perPopulation !== undefined) return ` / ${formatFigure(unit.perPopulation, locale)}`;
      return unit.per === undefined ? "%" : `%/${unit.per}`;
    case "multiple":
      return ` ${label("times", locale)}`;
    case "points":
      return ` ${label("points", locale)}`;
    case "score":
    case "rank":
      return unit.outOf === undefined ? "" : `/${unit.outOf}`;
    default:
      return "";
  }
}

const SYMBOLS: Readonly<Record<Exclude<Comparator, "range">, string>> = {
  ">=": "≥ ",
  ">": "> ",
  "<=": "≤ ",
  "<": "< ",
  "=": "",
  "~": "≈ ",
};

/**
 * A target as read: comparator, figure or range, unit, and which way is better.
 *
 * @example
 * ```ts
 * formatTarget(parseTarget("8% trở lên"), "en"); // "≥ 8%, higher is better"
 * ```
 */
export function formatTarget(target: Target, locale: Locale): string {
  const unit = formatUnit(target.unit, locale);
  const figure =
    target.comparator === "range"
      ? `${formatFigure(target.value, locale)}–${formatFigure(target.high ?? target.value, locale)}${unit}`
      : `${SYMBOLS[target.comparator]}${formatFigure(target.value, locale)}${unit}`;
  const notes = [
    target.change === undefined ? undefined : label(`change.${target.change}`, locale),
    target.approximate ? label("approximate", locale) : undefined,
    label(`direction.${target.direction}`, locale),
  ];
  return [figure, ...notes.filter((note) => note !== undefined)].join(", ");
}

/**
 * A quantity as read: qualifier, figure and unit.
 *
 * @example
 * ```ts
 * formatQuantity(parseQuantity("6,52%"), "vi"); // "6,52%"
 * ```
 */
export function formatQuantity(quantity: Quantity, locale: Locale): string {
  const qualifier = quantity.qualifier === undefined ? "" : `${quantity.qualifier === "~" ? "≈" : quantity.qualifier} `;
  return `${qualifier}${formatFigure(quantity.value, locale)}${formatUnit(quantity.unit, locale)}`;
}
