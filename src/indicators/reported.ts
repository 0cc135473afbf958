import { createIssue, fail, ok, type Result, type Span, unwrap } from "../core/index.js";
import { extractNumbers, normalizeText, type OffsetMap } from "../text/index.js";
import type { ReportReading } from "./data/report-words.js";
import { compareDecimal, type Decimal, decimalToNumber, formatDecimal } from "./decimal.js";
import { skipSpacesBack, toKey } from "./key-text.js";
import { checkInput, isIssue, numberLanguage } from "./options.js";
import type { ReadOptions } from "./quantity-types.js";
import { findStatusPhrase, hundred, percentOfTarget, type RawReport, readReportAt } from "./report-read.js";
import { buildVocabulary } from "./vocabulary.js";

/**
 * Attainment as a text reports it, kept as reported and read exactly: "đạt 94,8% kế hoạch" is 94.8% of the plan;
 * "vượt 69% dự toán" and "exceeding 69% of the estimate" are 169% of it; "hụt 10-20% so với dự toán" is 80–90%;
 * "vượt kế hoạch" is a status without a figure.
 *
 * @example
 * ```ts
 * const reported: ReportedAttainment = {
 *   reading: "exceeded", written: 69, percentOfTarget: 169, decimal: "169", basis: "estimate",
 *   status: "exceeded", approximate: false, text: "vượt 69% dự toán", span: { start: 0, end: 16 },
 * };
 * ```
 */
export interface ReportedAttainment {
  /** How the figure is read: the share reached, the excess beyond, the shortfall below, or a bare status. */
  readonly reading: ReportReading | "status";
  /** The figure as written (94.8 in "đạt 94,8%", 69 in "vượt 69%"); the lower one of a written range. */
  readonly written?: number;
  /** The upper figure of a written range ("10-20%"). */
  readonly writtenHigh?: number;
  /** The result as a percentage of the basis: 94.8, 169, 80 (the lower end for a range). */
  readonly percentOfTarget?: number;
  /** The upper end of `percentOfTarget` for a range. */
  readonly percentOfTargetHigh?: number;
  /** `percentOfTarget` as an exact decimal string. */
  readonly decimal?: string;
  /** What the figure is measured against: `"plan"`, `"estimate"`, `"target"`, `"scenario"`. */
  readonly basis?: string;
  /** The status the report implies: above 100% exceeded, 100% achieved, below not achieved. */
  readonly status: "exceeded" | "achieved" | "not-achieved";
  /** Whether the figure was hedged ("khoảng", "about"). */
  readonly approximate: boolean;
  readonly text: string;
  readonly span: Span;
}

function statusOf(percent: Decimal): ReportedAttainment["status"] {
  const order = compareDecimal(percent, hundred());
  return order > 0 ? "exceeded" : order === 0 ? "achieved" : "not-achieved";
}

/**
 * Turns a reported attainment found in normalised text into a {@link ReportedAttainment} in the caller's string.
 *
 * @example
 * ```ts
 * buildReport(raw, input, map).percentOfTarget; // 169
 * ```
 */
export function buildReport(raw: RawReport, original: string, map: OffsetMap): ReportedAttainment {
  const span = map.toOriginalSpan({ start: raw.start, end: raw.end });
  const base = {
    approximate: raw.approximate,
    ...(raw.basis ? { basis: raw.basis } : {}),
    text: original.slice(span.start, span.end),
    span,
  };
  if (raw.reading === "status" || !raw.written) {
    return { reading: raw.reading, status: raw.status ?? "achieved", ...base };
  }
  let low = percentOfTarget(raw.reading, raw.written);
  let high = raw.writtenHigh ? percentOfTarget(raw.reading, raw.writtenHigh) : undefined;
  if (high && compareDecimal(high, low) < 0) [low, high] = [high, low];
  return {
    reading: raw.reading,
    written: decimalToNumber(raw.written),
    ...(raw.writtenHigh ? { writtenHigh: decimalToNumber(raw.writtenHigh) } : {}),
    percentOfTarget: decimalToNumber(low),
    ...(high ? { percentOfTargetHigh: decimalToNumber(high) } : {}),
    decimal: formatDecimal(low),
    status: high && raw.reading !== "short" ? statusOf(high) : statusOf(low),
    ...base,
  };
}

/**
 * Reads a reported attainment phrase without throwing, in Vietnamese, English or Polish — "đạt 94,8% kế hoạch",
 * "bằng 104,6% dự toán", "vượt 69% dự toán", "exceeding 69% of the estimate", "exceeding the plan by 45%",
 * "przekraczając 45% planu", "hụt khoảng 10-20% so với dự toán", "vượt kế hoạch", "failing to meet the plan" — and
 * keeps it as reported, with the exact percentage of the basis it stands for.
 *
 * Issue codes: `INVALID_INPUT_TYPE`, `INVALID_OPTION`, `EMPTY_INPUT`, `INVALID_ATTAINMENT_PHRASE`.
 *
 * @example
 * ```ts
 * const result = safeParseReportedAttainment("vượt 69% dự toán");
 * if (result.success) result.data.percentOfTarget; // 169
 * safeParseReportedAttainment("đạt 94,8% kế hoạch").success; // true (94.8, not-achieved)
 * safeParseReportedAttainment("tăng 77% so với cùng kỳ").success; // false: a change, not attainment
 * ```
 */
export function safeParseReportedAttainment(input: unknown, options?: ReadOptions): Result<ReportedAttainment> {
  const checked = checkInput(input, options);
  if (isIssue(checked)) return fail(checked);
  const { text, language, locale, first } = checked;
  const normalized = normalizeText(text);
  const plain = normalized.text;
  const key = toKey(plain);
  const end = skipSpacesBack(plain, plain.length);
  const numbers = extractNumbers(plain, { language: numberLanguage(plain, language), locale });
  const words = buildVocabulary();
  const raw = numbers.length > 0 ? readReportAt(key, numbers, 0, 0, end, words) : findStatusPhrase(key, 0, end);
  if (!raw) {
    const span = { start: first, end: skipSpacesBack(text, text.length, first) };
    return fail(createIssue("INVALID_ATTAINMENT_PHRASE", { locale, span }));
  }
  return ok(buildReport(raw, text, normalized.map));
}

/**
 * Reads a reported attainment phrase, throwing a `VnPolityError` when it cannot; see
 * {@link safeParseReportedAttainment}.
 *
 * @throws VnPolityError with code `INVALID_INPUT_TYPE`, `INVALID_OPTION`, `EMPTY_INPUT` or
 *   `INVALID_ATTAINMENT_PHRASE`.
 *
 * @example
 * ```ts
 * parseReportedAttainment("đạt 94,8% kế hoạch").percentOfTarget; // 94.8
 * parseReportedAttainment("exceeding 69% of the estimate").percentOfTarget; // 169
 * parseReportedAttainment("exceeding the plan by 45%").percentOfTarget; // 145
 * ```
 */
export function parseReportedAttainment(text: string, options?: ReadOptions): ReportedAttainment {
  return unwrap(safeParseReportedAttainment(text, options));
}
