import { createIssue, fail, type Issue, ok, type Result, type Span, unwrap } from "../core/index.js";
import { safeParseNumber } from "../text/index.js";
import { isWordUnit, skipSpaces, skipSpacesBack, toKey } from "./key-text.js";
import { checkOptions, isIssue } from "./options.js";
import type { ReadOptions } from "./quantity-types.js";

/**
 * A score "x/y": targets achieved out of a total ("15/15 chỉ tiêu"), or an amount achieved out of a goal
 * ("1.436/1.770"). The phrase around it decides which; the score itself only records the two figures.
 *
 * @example
 * ```ts
 * const score: Score = { achieved: 17, total: 18, ratio: 0.9444444444444444, text: "17/18", span: { start: 0, end: 5 } };
 * ```
 */
export interface Score {
  readonly achieved: number;
  readonly total: number;
  /** `achieved / total`. */
  readonly ratio: number;
  readonly text: string;
  readonly span: Span;
}

const NO_WARNINGS: readonly Issue[] = Object.freeze([]);

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isFigureUnit(code: number): boolean {
  return isDigit(code) || code === 0x2e || code === 0x2c;
}

/**
 * A candidate "x/y" in running text: where it lies and where the slash is. Dates (`22/12/2024`), codes
 * (`89/NQ-HĐND`) and fractions glued to letters are not candidates.
 *
 * @example
 * ```ts
 * findScoreCandidates("đạt 15/15 chỉ tiêu, ngày 22/12/2024"); // [{ start: 4, slash: 6, end: 9 }]
 * ```
 */
export function findScoreCandidates(text: string): { start: number; slash: number; end: number }[] {
  const found: { start: number; slash: number; end: number }[] = [];
  let floor = 0;
  let slash = text.indexOf("/");
  while (slash >= 0) {
    let start = slash;
    while (start > floor && isFigureUnit(text.charCodeAt(start - 1))) start--;
    while (start < slash && !isDigit(text.charCodeAt(start))) start++;
    let end = slash + 1;
    while (end < text.length && isFigureUnit(text.charCodeAt(end))) end++;
    while (end > slash + 1 && !isDigit(text.charCodeAt(end - 1))) end--;
    const next = text.charCodeAt(end);
    const glued =
      start === slash ||
      end === slash + 1 ||
      isWordUnit(text, start - 1) ||
      text.charCodeAt(start - 1) === 0x2f ||
      isWordUnit(text, end) ||
      next === 0x2f ||
      next === 0x2d;
    if (!glued) found.push({ start, slash, end });
    floor = Math.max(end, slash + 1);
    slash = text.indexOf("/", floor);
  }
  return found;
}

const JOIN_WORDS: readonly string[] = Object.freeze([" out of ", " tren ", " of ", " na "]);

/** The separator of the two figures: a slash (with any spaces around it) or a joining word. */
function findJoin(body: string): { start: number; end: number } | undefined {
  const slash = body.indexOf("/");
  if (slash >= 0) {
    const start = skipSpacesBack(body, slash);
    return start > 0 ? { start, end: skipSpaces(body, slash + 1) } : undefined;
  }
  const key = toKey(body);
  for (const word of JOIN_WORDS) {
    const at = key.indexOf(word);
    if (at > 0) return { start: at, end: at + word.length };
  }
  return undefined;
}

/**
 * Reads a score "x/y" (also "x / y", "x out of y", "x trên y") without throwing. Both figures are read with the
 * number conventions of `language` (`1.436/1.770` is 1436 of 1770 in Vietnamese); the total must be above 0.
 * The achieved figure may exceed the total (an amount achieved beyond its goal).
 *
 * Issue codes: `INVALID_INPUT_TYPE`, `INVALID_OPTION`, `EMPTY_INPUT`, `INVALID_SCORE`; warning `AMBIGUOUS_NUMBER`.
 *
 * @example
 * ```ts
 * safeParseScore("17/18"); // { success: true, data: { achieved: 17, total: 18, ratio: 0.944…, … } }
 * safeParseScore("3/0").success; // false (INVALID_SCORE)
 * ```
 */
export function safeParseScore(text: unknown, options?: ReadOptions): Result<Score> {
  const checked = checkOptions(options);
  if (isIssue(checked)) return fail(checked);
  const { language, locale } = checked;
  if (typeof text !== "string") return fail(createIssue("INVALID_INPUT_TYPE", { locale }));
  const start = skipSpaces(text, 0);
  const end = skipSpacesBack(text, text.length, start);
  if (start >= end) return fail(createIssue("EMPTY_INPUT", { locale }));
  const span = { start, end };
  const invalid = (hint: string) => fail<Score>(createIssue("INVALID_SCORE", { locale, span, hint }));
  const body = text.slice(start, end);
  const join = findJoin(body);
  if (!join) return invalid("expected x/y");
  const left = safeParseNumber(body.slice(0, join.start), { language, locale });
  const right = safeParseNumber(body.slice(join.end), { language, locale });
  if (!left.success || !right.success) return invalid("both sides must be numbers");
  const achieved = left.data;
  const total = right.data;
  if (achieved.percent || total.percent || achieved.value < 0) return invalid("x/y takes plain non-negative figures");
  if (!(total.value > 0)) return invalid("the total must be above 0");
  const warnings =
    left.warnings.length + right.warnings.length === 0 ? NO_WARNINGS : [...left.warnings, ...right.warnings];
  return ok(
    { achieved: achieved.value, total: total.value, ratio: achieved.value / total.value, text: body, span },
    warnings,
  );
}

/**
 * Reads a score "x/y", throwing a `VnPolityError` when it cannot; see {@link safeParseScore}.
 *
 * @throws VnPolityError with code `INVALID_INPUT_TYPE`, `INVALID_OPTION`, `EMPTY_INPUT` or `INVALID_SCORE`.
 *
 * @example
 * ```ts
 * parseScore("17/18").ratio; // 0.9444444444444444
 * parseScore("1.436/1.770", { language: "vi" }).achieved; // 1436
 * ```
 */
export function parseScore(text: string, options?: ReadOptions): Score {
  return unwrap(safeParseScore(text, options));
}
