import { createIssue, type Issue, type Language, type Locale } from "../core/index.js";
import { AUTO_LANGUAGE_ORDER } from "./number-conventions.js";
import { ambiguityHint, failureHint, type NumberFailure, otherLanguageHint } from "./number-hints.js";
import { otherReading } from "./number-read.js";
import type { RawExpression } from "./number-scan.js";
import type { ParsedNumber } from "./number-types.js";

/**
 * INVALID_NUMBER for an expression no language (or not the requested one) reads. When the caller named a
 * language and another one reads the string, the hint says so.
 *
 * @example
 * ```ts
 * const expression = scanExpression("6.52", 0, 4, "vi");
 * if (expression) invalidNumberIssue(expression, { reason: "groupSize" }, "vi", true, "en").hint; // "… Read with language \"en\" it is 6.52."
 * ```
 */
export function invalidNumberIssue(
  expression: RawExpression,
  failure: NumberFailure,
  language: Language,
  explicit: boolean,
  locale: Locale,
): Issue {
  let hint = failureHint(failure, locale, explicit ? language : undefined);
  if (explicit && failure.reason !== "outOfRange") {
    const other = otherReading(expression, language, AUTO_LANGUAGE_ORDER);
    if (other) hint += otherLanguageHint(other.language, other.value, locale);
  }
  return createIssue("INVALID_NUMBER", { locale, span: { start: expression.start, end: expression.end }, hint });
}

/**
 * AMBIGUOUS_NUMBER warnings for the numbers that other conventions read differently.
 *
 * @example
 * ```ts
 * const expression = scanExpression("1.585", 0, 5, "auto");
 * if (expression) ambiguityWarnings([parseNumber("1.585")], [expression], "en")[0]?.code; // "AMBIGUOUS_NUMBER"
 * ```
 */
export function ambiguityWarnings(
  numbers: readonly ParsedNumber[],
  expressions: readonly RawExpression[],
  locale: Locale,
): Issue[] {
  const warnings: Issue[] = [];
  numbers.forEach((parsed, index) => {
    const expression = expressions[index];
    if (!parsed.ambiguous || !parsed.alternatives || !expression) return;
    warnings.push(
      createIssue("AMBIGUOUS_NUMBER", {
        locale,
        span: { start: expression.start, end: expression.end },
        hint: ambiguityHint(parsed.value, parsed.language, parsed.alternatives, locale),
      }),
    );
  });
  return warnings;
}
