import type { Localized } from "../labels.js";

// Messages of the meetings module's issues.
// Each table is its own constant so that a bundle keeps only the tables its functions use.

/**
 * Messages of terms, congresses and sessions.
 *
 * @example
 * ```ts
 * MEETING_ISSUE_MESSAGES.INVALID_TERM.vi;
 * ```
 */
export const MEETING_ISSUE_MESSAGES = /* @__PURE__ */ Object.freeze({
  INVALID_TERM: {
    vi: "Không đọc được khóa hoặc nhiệm kỳ (ví dụ “khóa XVI”, “nhiệm kỳ 2025–2030”).",
    en: "The term could not be read (such as “khóa XVI”, “term 2021–2026”).",
  },
} as const satisfies Record<string, Localized>);
