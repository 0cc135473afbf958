import type { Localized } from "../labels.js";

// Messages of the positions module's issues.
// Each table is its own constant so that a bundle keeps only the tables its functions use.

/**
 * Messages of title and organ recognition.
 *
 * @example
 * ```ts
 * POSITION_ISSUE_MESSAGES.UNKNOWN_TITLE.en; // "The title was not recognised."
 * ```
 */
export const POSITION_ISSUE_MESSAGES = /* @__PURE__ */ Object.freeze({
  UNKNOWN_TITLE: { vi: "Không nhận ra chức danh.", en: "The title was not recognised." },
  UNKNOWN_ORGAN: { vi: "Không nhận ra cơ quan, tổ chức.", en: "The organ was not recognised." },
} as const satisfies Record<string, Localized>);
