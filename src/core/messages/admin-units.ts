import type { Localized } from "../labels.js";

// Messages of the admin-units module's issues.
// Each table is its own constant so that a bundle keeps only the tables its functions use.

/**
 * Messages of province lookups and unit changes over time.
 *
 * @example
 * ```ts
 * ADMIN_UNIT_ISSUE_MESSAGES.UNKNOWN_PROVINCE.vi;
 * ```
 */
export const ADMIN_UNIT_ISSUE_MESSAGES = /* @__PURE__ */ Object.freeze({
  UNKNOWN_PROVINCE: {
    vi: "Không tìm thấy đơn vị hành chính cấp tỉnh phù hợp.",
    en: "No provincial unit matches the input.",
  },
  UNIT_ABOLISHED: {
    vi: "Đơn vị hành chính không còn tồn tại vào ngày này (đã được sắp xếp); xem các đơn vị kế thừa.",
    en: "The unit no longer existed on this date (it was rearranged); see its successors.",
  },
} as const satisfies Record<string, Localized>);
