import type { Language, Locale } from "../core/index.js";
import type { NumberMark } from "./number-conventions.js";

// Hints add the detail an issue's fixed message cannot carry. Kept short, in both locales.

/**
 * Why a numeral does not follow a language's conventions, or why an expression could not be read.
 *
 * @example
 * ```ts
 * const failure: NumberFailure = { reason: "groupSize" };
 * ```
 */
export type NumberFailure =
  | { readonly reason: "separator"; readonly mark: NumberMark }
  | { readonly reason: "mixed" | "groupSize" | "leadingZero" | "outOfRange" | "start" | "word" }
  | { readonly reason: "trailing"; readonly text: string };

const MAX_EXCERPT = 24;

function excerpt(text: string): string {
  return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT)}…` : text;
}

function markName(mark: NumberMark, locale: Locale): string {
  if (mark !== " ") return `"${mark}"`;
  return locale === "en" ? "a space" : "dấu cách";
}

/**
 * Hint for a numeral or expression that could not be read.
 *
 * @example
 * ```ts
 * failureHint({ reason: "leadingZero" }, "en"); // "A grouped number cannot start with 0."
 * ```
 */
export function failureHint(failure: NumberFailure, locale: Locale, language?: Language): string {
  const en = locale === "en";
  const where = language === undefined ? "" : ` (${language})`;
  switch (failure.reason) {
    case "separator":
      return en
        ? `${markName(failure.mark, locale)} does not separate digit groups here${where}.`
        : `${markName(failure.mark, locale)} không phải dấu phân cách nhóm chữ số ở đây${where}.`;
    case "mixed":
      return en ? "Digit groups are separated by different marks." : "Các nhóm chữ số dùng dấu phân cách khác nhau.";
    case "groupSize":
      return en
        ? `After a group mark every group needs exactly 3 digits, the first 1 to 3${where}.`
        : `Sau dấu phân cách nhóm, mỗi nhóm cần đúng 3 chữ số, nhóm đầu 1 đến 3${where}.`;
    case "leadingZero":
      return en ? "A grouped number cannot start with 0." : "Số có phân cách nhóm không thể bắt đầu bằng 0.";
    case "outOfRange":
      return en ? "The number is too large to represent." : "Số quá lớn, không biểu diễn được.";
    case "start":
      return en
        ? "A number starts with a digit or a sign (-, +, −)."
        : "Số phải bắt đầu bằng chữ số hoặc dấu (-, +, −).";
    case "word":
      return en
        ? `The scale word does not belong to this language${where}.`
        : `Từ chỉ bậc số không thuộc ngôn ngữ này${where}.`;
    case "trailing":
      return en
        ? `Unexpected text after the number: "${excerpt(failure.text)}".`
        : `Có ký tự thừa sau số: "${excerpt(failure.text)}".`;
  }
}

/**
 * Hint naming the language that does read a number the requested language cannot.
 *
 * @example
 * ```ts
 * otherLanguageHint("en", 6.52, "en"); // ' Read with language "en" it is 6.52.'
 * ```
 */
export function otherLanguageHint(language: Language, value: number, locale: Locale): string {
  return locale === "en"
    ? ` Read with language "${language}" it is ${value}.`
    : ` Nếu đọc theo ngôn ngữ "${language}" thì là ${value}.`;
}

/**
 * Hint of an ambiguous number: the reading chosen and the others.
 *
 * @example
 * ```ts
 * ambiguityHint(1585, "vi", [1.585], "en"); // "Read as 1585 (vi conventions); it could also be 1.585. …"
 * ```
 */
export function ambiguityHint(value: number, language: Language, alternatives: readonly number[], locale: Locale) {
  const others = alternatives.join(locale === "en" ? " or " : " hoặc ");
  return locale === "en"
    ? `Read as ${value} (${language} conventions); it could also be ${others}. Pass language to decide.`
    : `Đã đọc là ${value} (quy ước ${language}); cũng có thể là ${others}. Hãy truyền language để quyết định.`;
}

/**
 * Hint of a number read with another language's conventions than the one requested.
 *
 * @example
 * ```ts
 * mismatchHint("vi", "en", 6.52, "en"); // 'Not a number in "vi" conventions; read as 6.52 with "en" conventions.'
 * ```
 */
export function mismatchHint(requested: Language, used: Language, value: number, locale: Locale): string {
  return locale === "en"
    ? `Not a number in "${requested}" conventions; read as ${value} with "${used}" conventions.`
    : `Không phải số theo quy ước "${requested}"; đã đọc là ${value} theo quy ước "${used}".`;
}

/**
 * Hints of invalid ranges.
 *
 * @example
 * ```ts
 * rangeHint({ reason: "order", low: 7, high: 5 }, "en"); // "The lower bound 7 is above the upper bound 5."
 * ```
 */
export function rangeHint(
  failure:
    | { readonly reason: "connector" }
    | { readonly reason: "order"; readonly low: number; readonly high: number }
    | { readonly reason: "percent" },
  locale: Locale,
): string {
  const en = locale === "en";
  switch (failure.reason) {
    case "connector":
      return en
        ? 'Expected two numbers joined by a dash or a word such as "to" or "đến".'
        : 'Cần hai số nối bằng dấu gạch hoặc từ như "đến", "to".';
    case "order":
      return en
        ? `The lower bound ${failure.low} is above the upper bound ${failure.high}.`
        : `Cận dưới ${failure.low} lớn hơn cận trên ${failure.high}.`;
    case "percent":
      return en
        ? "Only the lower bound carries a percent sign; write it after the upper bound."
        : "Chỉ cận dưới có dấu phần trăm; hãy viết dấu sau cận trên.";
  }
}
