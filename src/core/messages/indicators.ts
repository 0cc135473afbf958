import type { Localized } from "../labels.js";

// Messages of the indicators module's issues.
// Each table is its own constant so that a bundle keeps only the tables its functions use.

/**
 * Messages of quantities, targets, attainment and scorecards.
 *
 * @example
 * ```ts
 * INDICATOR_ISSUE_MESSAGES.INVALID_TARGET.en; // "The target could not be read."
 * ```
 */
export const INDICATOR_ISSUE_MESSAGES = /* @__PURE__ */ Object.freeze({
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
} as const satisfies Record<string, Localized>);
