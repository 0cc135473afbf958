import type { Localized } from "../labels.js";

// Messages of the document-code module's issues.
// Each table is its own constant so that a bundle keeps only the tables its functions use.

/**
 * Messages of document-code shape, vocabulary and time checks, and of its repairs (warnings in lenient mode,
 * errors in strict mode).
 *
 * @example
 * ```ts
 * DOCUMENT_CODE_ISSUE_MESSAGES.INVALID_CODE_NUMBER.en; // "The document number is invalid."
 * ```
 */
export const DOCUMENT_CODE_ISSUE_MESSAGES = /* @__PURE__ */ Object.freeze({
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
  // repairs: warnings in lenient mode, errors in strict mode
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
} as const satisfies Record<string, Localized>);
