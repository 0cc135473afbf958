import { createIssue, fail, type Issue, ok, type Result, unwrap } from "../core/index.js";
import { extractNumbers, normalizeText } from "../text/index.js";
import { MULTIPLE_WORDS } from "./data/units.js";
import { parseDecimal } from "./decimal.js";
import { matchAt, skipSpaces, skipSpacesBack, toKey } from "./key-text.js";
import { nounUnit } from "./noun-unit.js";
import { checkInput, isIssue, numberLanguage } from "./options.js";
import { buildQuantity } from "./quantity-build.js";
import { readQuantityAround } from "./quantity-read.js";
import type { Quantity, ReadOptions } from "./quantity-types.js";
import { safeParseScore } from "./score.js";
import { buildVocabulary } from "./vocabulary.js";

function fromScore(text: string, options: ReadOptions): Result<Quantity> | undefined {
  const score = safeParseScore(text, options);
  if (!score.success) return undefined;
  const { achieved, total, span } = score.data;
  const decimal = parseDecimal(String(achieved));
  if (!decimal) return undefined;
  const quantity: Quantity = {
    value: achieved,
    decimal: String(achieved),
    unit: { kind: "score", outOf: total },
    text: score.data.text,
    span,
  };
  return ok(quantity, score.warnings);
}

function fromMultipleWord(text: string, key: string, start: number, end: number): Quantity | undefined {
  for (const word of MULTIPLE_WORDS) {
    const form = matchAt(key, start, word.forms);
    if (form !== undefined && start + form.length === end) {
      return {
        value: word.meaning,
        decimal: String(word.meaning),
        unit: { kind: "multiple" },
        text: text.slice(start, end),
        span: { start, end },
      };
    }
  }
  return undefined;
}

/**
 * Reads a quantity — a figure with its unit — without throwing: `"6,52%"`, `"1,2 điểm phần trăm"`,
 * `"3.312 tỷ đồng"`, `"USD 1,299 million"`, `"1 299 mln USD"`, `"1.585 dịch vụ công"`, `"1,5%/năm"`,
 * `"12 per 1,000 people"`, `"45% GRDP"`, `"94,8% kế hoạch"`, `"gấp 2 lần"`, `"68,5 điểm"`, `"hạng 5"`,
 * `"17/18"`, `"trên 10%"`. Words after a bare number that no table knows are kept as the counted noun.
 *
 * Money is exact: `decimal` is the amount in whole currency units as a plain decimal string, the written digits
 * shifted by the scale word's power of ten (see {@link Quantity}).
 *
 * Issue codes: `INVALID_INPUT_TYPE`, `INVALID_OPTION`, `EMPTY_INPUT`, `INVALID_QUANTITY`; warning
 * `AMBIGUOUS_NUMBER`.
 *
 * @example
 * ```ts
 * const result = safeParseQuantity("3 312 mld VND", { language: "pl" });
 * if (result.success) result.data.decimal; // "3312000000000" (unit { kind: "money", currency: "VND" })
 * safeParseQuantity("tỷ đồng").success; // false (INVALID_QUANTITY)
 * ```
 */
export function safeParseQuantity(input: unknown, options?: ReadOptions): Result<Quantity> {
  const checked = checkInput(input, options);
  if (isIssue(checked)) return fail(checked);
  const { text, language, locale, first } = checked;
  if (text.includes("/")) {
    const score = fromScore(text, { language, locale });
    if (score) return score;
  }
  const normalized = normalizeText(text);
  const plain = normalized.text;
  const key = toKey(plain);
  const start = skipSpaces(plain, 0);
  const end = skipSpacesBack(plain, plain.length, start);
  const whole = { start: first, end: skipSpacesBack(text, text.length, first) };
  const invalid = (hint: string) => fail<Quantity>(createIssue("INVALID_QUANTITY", { locale, span: whole, hint }));
  const multiple = fromMultipleWord(plain, key, start, end);
  if (multiple) return ok(buildQuantity(rawOf(multiple), text, normalized.map));
  const numbers = extractNumbers(plain, { language: numberLanguage(plain, language), locale });
  const [number, next] = numbers;
  if (!number) return invalid("no figure found");
  const vocabulary = buildVocabulary();
  const raw = readQuantityAround(plain, key, number, next, { floor: start, limit: end, vocabulary });
  if (!raw) return invalid("the figure could not be read exactly");
  if (raw.start > start) return invalid(`unexpected text before the figure: "${plain.slice(start, raw.start)}"`);
  let found = raw;
  const tail = skipSpaces(plain, raw.end, end);
  if (tail < end) {
    const rest = plain.slice(tail, end);
    if (raw.unit.kind !== "number") return invalid(`unexpected text after the figure: "${rest}"`);
    const unit = nounUnit(plain, key, tail, end, numbers);
    if (!unit) return invalid(`unexpected text after the figure: "${rest}"`);
    found = { ...raw, end, unit };
  }
  const warnings: readonly Issue[] = number.warnings;
  return ok(buildQuantity(found, text, normalized.map), warnings);
}

function rawOf(quantity: Quantity) {
  return {
    start: quantity.span.start,
    end: quantity.span.end,
    figureStart: quantity.span.start,
    figureEnd: quantity.span.end,
    amount: parseDecimal(quantity.decimal) ?? { coefficient: 0n, exponent: 0 },
    unit: quantity.unit,
  };
}

/**
 * Reads a quantity, throwing a `VnPolityError` when it cannot; see {@link safeParseQuantity} for what is read.
 *
 * @throws VnPolityError with code `INVALID_INPUT_TYPE`, `INVALID_OPTION`, `EMPTY_INPUT` or `INVALID_QUANTITY`.
 *
 * @example
 * ```ts
 * parseQuantity("6,52%").value; // 6.52
 * parseQuantity("1,2 điểm phần trăm").unit.kind; // "percentagePoints"
 * parseQuantity("USD 1,299 million", { language: "en" }).decimal; // "1299000000"
 * parseQuantity("1,5%/năm").unit; // { kind: "rate", per: "year" }
 * ```
 */
export function parseQuantity(text: string, options?: ReadOptions): Quantity {
  return unwrap(safeParseQuantity(text, options));
}
