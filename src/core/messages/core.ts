import type { Localized } from "../labels.js";

// Messages of the issues every function shares: input type, emptiness, length, dates and options.
// Each table is its own constant so that a bundle keeps only the tables its functions use.

/**
 * Messages of the input checks every function shares.
 *
 * @example
 * ```ts
 * CORE_ISSUE_MESSAGES.EMPTY_INPUT.en; // "The input is empty."
 * ```
 */
export const CORE_ISSUE_MESSAGES = /* @__PURE__ */ Object.freeze({
  INVALID_INPUT_TYPE: { vi: "Đầu vào không phải là chuỗi.", en: "The input is not a string." },
  EMPTY_INPUT: { vi: "Đầu vào rỗng.", en: "The input is empty." },
  INPUT_TOO_LONG: { vi: "Đầu vào dài quá giới hạn cho phép.", en: "The input is longer than the allowed limit." },
  INVALID_DATE_LIKE: {
    vi: "Ngày không hợp lệ; cần một Date hoặc chuỗi YYYY-MM-DD.",
    en: "Invalid date; expected a Date or a YYYY-MM-DD string.",
  },
  INVALID_OPTION: { vi: "Tùy chọn không hợp lệ.", en: "An option has an invalid value." },
} as const satisfies Record<string, Localized>);
