import type { Localized } from "./labels.js";
import { ADMIN_UNIT_ISSUE_MESSAGES } from "./messages/admin-units.js";
import { CORE_ISSUE_MESSAGES } from "./messages/core.js";
import { DOCUMENT_CODE_ISSUE_MESSAGES } from "./messages/document-code.js";
import { EXTRACT_ISSUE_MESSAGES } from "./messages/extract.js";
import { INDICATOR_ISSUE_MESSAGES } from "./messages/indicators.js";
import { MEETING_ISSUE_MESSAGES } from "./messages/meetings.js";
import { POSITION_ISSUE_MESSAGES } from "./messages/positions.js";
import { TEXT_CHARACTER_ISSUE_MESSAGES, TEXT_ISSUE_MESSAGES, TEXT_REPAIR_ISSUE_MESSAGES } from "./messages/text.js";

/*
 * The one list of issue codes. A code is a contract: once published it keeps its meaning.
 * Each code's default message, in both locales, lives in the table of the module that raises it
 * (src/core/messages/*), so that a function bundles only its own module's messages; this list joins the tables
 * in a stable order. Add a new code at the end of its module's table.
 */
const TABLES = [
  CORE_ISSUE_MESSAGES,
  TEXT_CHARACTER_ISSUE_MESSAGES,
  TEXT_REPAIR_ISSUE_MESSAGES,
  TEXT_ISSUE_MESSAGES,
  DOCUMENT_CODE_ISSUE_MESSAGES,
  ADMIN_UNIT_ISSUE_MESSAGES,
  POSITION_ISSUE_MESSAGES,
  INDICATOR_ISSUE_MESSAGES,
  MEETING_ISSUE_MESSAGES,
  EXTRACT_ISSUE_MESSAGES,
] as const;

/**
 * The codes of one or more message tables (distributes over a union of tables).
 *
 * @example
 * ```ts
 * const code: IssueCodeOf<typeof CORE_ISSUE_MESSAGES> = "EMPTY_INPUT";
 * ```
 */
export type IssueCodeOf<T> = T extends unknown ? keyof T & string : never;

/**
 * A stable, machine-readable reason attached to every {@link Issue}.
 *
 * @example
 * ```ts
 * const code: IssueCode = "AMBIGUOUS_NUMBER";
 * ```
 */
export type IssueCode = IssueCodeOf<(typeof TABLES)[number]>;

/**
 * A table of default messages by issue code, such as {@link CORE_ISSUE_MESSAGES}.
 *
 * @example
 * ```ts
 * const table: IssueMessages = { EMPTY_INPUT: { vi: "Đầu vào rỗng.", en: "The input is empty." } };
 * ```
 */
export type IssueMessages = { readonly [code in IssueCode]?: Localized };

/**
 * Every issue code vnpolity can report, in a stable order.
 *
 * @example
 * ```ts
 * ISSUE_CODES.includes("INVALID_DATE"); // true
 * ```
 */
export const ISSUE_CODES: readonly IssueCode[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ TABLES.flatMap((table) => Object.keys(table) as IssueCode[]),
);

/**
 * The default message of a code among the given tables (the first table holding it); undefined when none does.
 *
 * @example
 * ```ts
 * findIssueMessage([CORE_ISSUE_MESSAGES], "EMPTY_INPUT")?.en; // "The input is empty."
 * ```
 */
export function findIssueMessage(tables: readonly IssueMessages[], code: string): Localized | undefined {
  for (const table of tables) {
    if (Object.hasOwn(table, code)) return table[code as IssueCode];
  }
  return undefined;
}

/**
 * The default message of an issue code, in both locales.
 *
 * @example
 * ```ts
 * getIssueMessage("EMPTY_INPUT").en; // "The input is empty."
 * ```
 */
export function getIssueMessage(code: IssueCode): Localized {
  return findIssueMessage(TABLES, code) as Localized;
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
  return typeof value === "string" && findIssueMessage(TABLES, value) !== undefined;
}
