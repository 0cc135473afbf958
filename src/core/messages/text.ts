import type { Localized } from "../labels.js";

// Messages of the text module's issues. The character repairs are a table of their own because other readers
// (document codes) report them too and bundle that table alone.

/**
 * Messages of characters the text normaliser had to replace (lone surrogates, control characters).
 *
 * @example
 * ```ts
 * TEXT_CHARACTER_ISSUE_MESSAGES.LONE_SURROGATE.vi;
 * ```
 */
export const TEXT_CHARACTER_ISSUE_MESSAGES = /* @__PURE__ */ Object.freeze({
  LONE_SURROGATE: {
    vi: "Chuỗi chứa nửa cặp thay thế UTF-16 đơn lẻ; đã thay bằng U+FFFD.",
    en: "The string contains a lone UTF-16 surrogate; it was replaced by U+FFFD.",
  },
  CONTROL_CHARACTER: {
    vi: "Chuỗi chứa ký tự điều khiển (ví dụ NUL); đã thay bằng dấu cách.",
    en: "The string contains a control character (such as NUL); it was replaced by a space.",
  },
} as const satisfies Record<string, Localized>);

/**
 * Messages of the character repairs shared by readers (look-alikes, dashes, spaces).
 *
 * @example
 * ```ts
 * TEXT_REPAIR_ISSUE_MESSAGES.DASH_REPAIRED.en; // "Dashes and minus signs were normalised."
 * ```
 */
export const TEXT_REPAIR_ISSUE_MESSAGES = /* @__PURE__ */ Object.freeze({
  LOOKALIKE_REPAIRED: {
    vi: "Đã sửa ký tự trông giống (Ð, chữ Kirin, ký tự toàn độ rộng).",
    en: "Look-alike characters were repaired (Ð, Cyrillic letters, full-width forms).",
  },
  DASH_REPAIRED: { vi: "Đã chuẩn hóa dấu gạch ngang.", en: "Dashes and minus signs were normalised." },
  SPACE_REPAIRED: { vi: "Đã chuẩn hóa khoảng trắng.", en: "Unusual spaces were normalised." },
} as const satisfies Record<string, Localized>);

/**
 * Messages of the number, date, numeral, ordinal and language readers.
 *
 * @example
 * ```ts
 * TEXT_ISSUE_MESSAGES.INVALID_NUMBER.en; // "The number could not be read."
 * ```
 */
export const TEXT_ISSUE_MESSAGES = /* @__PURE__ */ Object.freeze({
  // numbers
  INVALID_NUMBER: { vi: "Không đọc được số.", en: "The number could not be read." },
  AMBIGUOUS_NUMBER: {
    vi: "Số có thể đọc theo hai cách (dấu chấm/phẩy là phân cách nghìn hay thập phân).",
    en: "The number can be read two ways (the dot or comma may group thousands or mark decimals).",
  },
  INVALID_RANGE: { vi: "Khoảng số không hợp lệ.", en: "The numeric range is invalid." },
  NUMBER_CONVENTION_MISMATCH: {
    vi: "Số được viết theo quy ước dấu chấm/phẩy của ngôn ngữ khác; đã đọc theo quy ước đó.",
    en: "The number follows another language's dot/comma conventions; it was read by those.",
  },

  // dates
  INVALID_DATE: { vi: "Không đọc được ngày.", en: "The date could not be read." },
  IMPOSSIBLE_DATE: { vi: "Ngày không tồn tại trong lịch.", en: "The date does not exist in the calendar." },
  PARTIAL_DATE: {
    vi: "Ngày thiếu năm; năm được lấy từ ngày ngữ cảnh.",
    en: "The date has no year; the year was taken from the context date.",
  },
  MISSING_YEAR: {
    vi: "Ngày thiếu năm và không có ngày ngữ cảnh.",
    en: "The date has no year and no context date was given.",
  },

  // numerals and ordinals
  INVALID_ROMAN_NUMERAL: { vi: "Số La Mã không hợp lệ.", en: "The Roman numeral is invalid." },
  NON_CANONICAL_ROMAN_NUMERAL: {
    vi: "Số La Mã viết không chuẩn (ví dụ IIII thay cho IV).",
    en: "The Roman numeral is not in canonical form (for example IIII for IV).",
  },
  INVALID_ORDINAL: { vi: "Không đọc được số thứ tự.", en: "The ordinal could not be read." },

  // language
  UNKNOWN_LANGUAGE: {
    vi: "Không xác định được ngôn ngữ của văn bản.",
    en: "The language of the text could not be determined.",
  },
} as const satisfies Record<string, Localized>);
