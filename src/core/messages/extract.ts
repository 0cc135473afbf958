import type { Localized } from "../labels.js";

// Messages of the article extractor's issues.
// Each table is its own constant so that a bundle keeps only the tables its functions use.

/**
 * Messages of the article extractor (`extract`): a reader that failed while the others still gave their facts.
 *
 * @example
 * ```ts
 * EXTRACT_ISSUE_MESSAGES.EXTRACTION_FAILED.en;
 * ```
 */
export const EXTRACT_ISSUE_MESSAGES = /* @__PURE__ */ Object.freeze({
  EXTRACTION_FAILED: {
    vi: "Một phần của việc trích xuất gặp lỗi và bị bỏ qua; các phần còn lại vẫn được trả về.",
    en: "Part of the extraction failed and was left out; the other parts are still returned.",
  },
} as const satisfies Record<string, Localized>);
