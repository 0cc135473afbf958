import type { Localized } from "./labels.js";

/*
 * The one table of issue codes. A code is a contract: once published it keeps its meaning.
 * Each row carries the default message in both locales; callers add detail through `hint`.
 * Rows are grouped by the module that raises them; add new codes at the end of their group.
 */
const ISSUE_MESSAGES = {
  // core: inputs every function shares
  INVALID_INPUT_TYPE: { vi: "Đầu vào không phải là chuỗi.", en: "The input is not a string." },
  EMPTY_INPUT: { vi: "Đầu vào rỗng.", en: "The input is empty." },
  INPUT_TOO_LONG: { vi: "Đầu vào dài quá giới hạn cho phép.", en: "The input is longer than the allowed limit." },
  INVALID_DATE_LIKE: {
    vi: "Ngày không hợp lệ; cần một Date hoặc chuỗi YYYY-MM-DD.",
    en: "Invalid date; expected a Date or a YYYY-MM-DD string.",
  },
  INVALID_OPTION: { vi: "Tùy chọn không hợp lệ.", en: "An option has an invalid value." },

  // text: normalisation (warnings that say what was repaired)
  LONE_SURROGATE: {
    vi: "Chuỗi chứa nửa cặp thay thế UTF-16 đơn lẻ; đã thay bằng U+FFFD.",
    en: "The string contains a lone UTF-16 surrogate; it was replaced by U+FFFD.",
  },
  CONTROL_CHARACTER: {
    vi: "Chuỗi chứa ký tự điều khiển (ví dụ NUL); đã thay bằng dấu cách.",
    en: "The string contains a control character (such as NUL); it was replaced by a space.",
  },
  LOOKALIKE_REPAIRED: {
    vi: "Đã sửa ký tự trông giống (Ð, chữ Kirin, ký tự toàn độ rộng).",
    en: "Look-alike characters were repaired (Ð, Cyrillic letters, full-width forms).",
  },
  DASH_REPAIRED: { vi: "Đã chuẩn hóa dấu gạch ngang.", en: "Dashes and minus signs were normalised." },
  SPACE_REPAIRED: { vi: "Đã chuẩn hóa khoảng trắng.", en: "Unusual spaces were normalised." },

  // text: numbers
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

  // text: dates
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

  // text: numerals and ordinals
  INVALID_ROMAN_NUMERAL: { vi: "Số La Mã không hợp lệ.", en: "The Roman numeral is invalid." },
  NON_CANONICAL_ROMAN_NUMERAL: {
    vi: "Số La Mã viết không chuẩn (ví dụ IIII thay cho IV).",
    en: "The Roman numeral is not in canonical form (for example IIII for IV).",
  },
  INVALID_ORDINAL: { vi: "Không đọc được số thứ tự.", en: "The ordinal could not be read." },

  // text: language
  UNKNOWN_LANGUAGE: {
    vi: "Không xác định được ngôn ngữ của văn bản.",
    en: "The language of the text could not be determined.",
  },
  // document-code: shape, vocabulary and time
  INVALID_CODE_SHAPE: {
    vi: "Chuỗi không có dạng số và ký hiệu văn bản.",
    en: "The string does not have the shape of a document number and symbol.",
  },
  INVALID_CODE_NUMBER: { vi: "Số văn bản không hợp lệ.", en: "The document number is invalid." },
  INVALID_CODE_YEAR: { vi: "Năm ban hành trong số hiệu không hợp lệ.", en: "The year in the code is invalid." },
  UNKNOWN_DOCUMENT_TYPE: {
    vi: "Ký hiệu loại văn bản không có trong danh mục.",
    en: "The document-type abbreviation is not in the catalogue.",
  },
  UNKNOWN_ISSUER: {
    vi: "Ký hiệu cơ quan ban hành không có trong danh mục.",
    en: "The issuer abbreviation is not in the catalogue.",
  },
  ISSUER_NOT_YET_VALID: {
    vi: "Cơ quan ban hành chưa tồn tại vào ngày này.",
    en: "The issuer did not exist yet on this date.",
  },
  ISSUER_NO_LONGER_VALID: {
    vi: "Cơ quan ban hành không còn tồn tại vào ngày này.",
    en: "The issuer no longer existed on this date.",
  },
  TERM_NOT_STARTED: {
    vi: "Khóa Quốc hội trong số hiệu chưa bắt đầu vào ngày này.",
    en: "The National Assembly term in the code had not begun on this date.",
  },
  YEAR_AFTER_AS_OF: {
    vi: "Năm trong số hiệu sau ngày tham chiếu.",
    en: "The year in the code is after the reference date.",
  },
  TYPE_NOT_ALLOWED_FOR_ISSUER: {
    vi: "Cơ quan này không ban hành loại văn bản này.",
    en: "This issuer does not issue this type of document.",
  },
  // document-code: repairs (warnings in lenient mode, errors in strict mode)
  DIACRITICS_REPAIRED: {
    vi: "Đã khôi phục dấu tiếng Việt (D → Đ).",
    en: "Vietnamese diacritics were restored (D → Đ).",
  },
  CASE_REPAIRED: { vi: "Đã sửa chữ hoa/chữ thường.", en: "Letter case was repaired." },
  SPACING_REPAIRED: {
    vi: "Đã bỏ khoảng trắng thừa quanh dấu phân cách.",
    en: "Spaces around separators were removed.",
  },
  PREFIX_REMOVED: { vi: "Đã bỏ tiền tố (ví dụ “Số:”).", en: "A prefix (such as “Số:”) was removed." },
  URL_DECODED: { vi: "Đã giải mã ký tự mã hóa URL.", en: "URL-encoded characters were decoded." },
  SLUG_REPAIRED: {
    vi: "Đã đọc số hiệu từ dạng slug (30-2020-ND-CP).",
    en: "The code was read from a slug form (30-2020-ND-CP).",
  },
  SEPARATORS_REPAIRED: {
    vi: "Đã sửa dấu phân cách (ví dụ số hiệu của Đảng viết theo kiểu Nhà nước).",
    en: "Separators were repaired (for example a Party code written with State separators).",
  },
  NUMBER_PADDING_REPAIRED: {
    vi: "Đã chuẩn hóa số 0 đứng đầu số văn bản (số nhỏ hơn 10 có một số 0 phía trước).",
    en: "Leading zeros of the document number were normalised (numbers below 10 take one leading zero).",
  },
  // admin-units: provinces and their changes over time
  UNKNOWN_PROVINCE: {
    vi: "Không tìm thấy đơn vị hành chính cấp tỉnh phù hợp.",
    en: "No provincial unit matches the input.",
  },
  UNIT_ABOLISHED: {
    vi: "Đơn vị hành chính không còn tồn tại vào ngày này (đã được sắp xếp); xem các đơn vị kế thừa.",
    en: "The unit no longer existed on this date (it was rearranged); see its successors.",
  },
  // positions: titles and organs
  UNKNOWN_TITLE: { vi: "Không nhận ra chức danh.", en: "The title was not recognised." },
  UNKNOWN_ORGAN: { vi: "Không nhận ra cơ quan, tổ chức.", en: "The organ was not recognised." },

  // indicators: quantities, targets, attainment and scorecards
  INVALID_QUANTITY: {
    vi: "Không đọc được đại lượng (số kèm đơn vị).",
    en: "The quantity (a number with its unit) could not be read.",
  },
  INVALID_TARGET: { vi: "Không đọc được chỉ tiêu.", en: "The target could not be read." },
  INVALID_SCORE: {
    vi: "Không đọc được tỷ số dạng x/y (mẫu số phải lớn hơn 0).",
    en: "The score x/y could not be read (the total must be above 0).",
  },
  INVALID_ATTAINMENT_PHRASE: {
    vi: "Không đọc được mức hoàn thành được báo cáo (ví dụ “đạt 94,8% kế hoạch”).",
    en: "The reported attainment (such as “reaching 94.8% of the plan”) could not be read.",
  },
  UNIT_MISMATCH: {
    vi: "Đơn vị của kết quả không so sánh được với đơn vị của chỉ tiêu.",
    en: "The unit of the result cannot be compared with the unit of the target.",
  },
  RATIO_UNDEFINED: {
    vi: "Chỉ tiêu bằng 0 nên không tính được tỷ lệ hoàn thành; trạng thái chỉ dựa trên so sánh.",
    en: "The target is zero, so no ratio can be computed; the status rests on the comparison alone.",
  },
  NOT_ADDITIVE: {
    vi: "Chỉ số không cộng dồn được (tỷ lệ, tốc độ, điểm số); không thể quy đổi theo đơn vị hành chính mới.",
    en: "The figure is not additive (a rate, share or score); it cannot be re-based onto the new units.",
  },
  PARTIAL_LINEAGE: {
    vi: "Đơn vị bị chia tách một phần; không thể phân bổ số liệu cho các đơn vị kế thừa.",
    en: "The unit was split in part; its figure cannot be apportioned among its successors.",
  },
  INCOMPLETE_REBASE: {
    vi: "Thiếu số liệu của một số đơn vị tiền thân; tổng của đơn vị mới có thể chưa đủ.",
    en: "Some predecessor units have no figure; the new unit's total may be incomplete.",
  },

  // meetings: terms, congresses and sessions
  INVALID_TERM: {
    vi: "Không đọc được khóa hoặc nhiệm kỳ (ví dụ “khóa XVI”, “nhiệm kỳ 2025–2030”).",
    en: "The term could not be read (such as “khóa XVI”, “term 2021–2026”).",
  },
} as const satisfies Record<string, Localized>;

/**
 * A stable, machine-readable reason attached to every {@link Issue}.
 *
 * @example
 * ```ts
 * const code: IssueCode = "AMBIGUOUS_NUMBER";
 * ```
 */
export type IssueCode = keyof typeof ISSUE_MESSAGES;

/**
 * Every issue code vnpolity can report, in a stable order.
 *
 * @example
 * ```ts
 * ISSUE_CODES.includes("INVALID_DATE"); // true
 * ```
 */
export const ISSUE_CODES: readonly IssueCode[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(ISSUE_MESSAGES) as IssueCode[],
);

/**
 * The default message of an issue code, in both locales.
 *
 * @example
 * ```ts
 * getIssueMessage("EMPTY_INPUT").en; // "The input is empty."
 * ```
 */
export function getIssueMessage(code: IssueCode): Localized {
  return ISSUE_MESSAGES[code];
}

/**
 * Type guard for strings that are known issue codes.
 *
 * @example
 * ```ts
 * isIssueCode("INVALID_NUMBER"); // true
 * isIssueCode("NOPE"); // false
 * ```
 */
export function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === "string" && Object.hasOwn(ISSUE_MESSAGES, value);
}
