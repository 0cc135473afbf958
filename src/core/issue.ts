import { getIssueMessage, type IssueCode } from "./issue-codes.js";
import { type Locale, pickLabel } from "./labels.js";
import type { Span } from "./span.js";

/**
 * One finding about an input: an error when a function fails, a warning when it succeeds but had to repair,
 * guess or assume something.
 *
 * @example
 * ```ts
 * const issue: Issue = { code: "AMBIGUOUS_NUMBER", message: "…", span: { start: 0, end: 5 }, hint: "1585 or 1.585" };
 * ```
 */
export interface Issue {
  /** Stable reason; the contract. */
  readonly code: IssueCode;
  /** Human-readable message in the requested locale. */
  readonly message: string;
  /** Where in the caller's original input the issue lies. */
  readonly span?: Span;
  /** Detail or a suggested fix (for example the nearest known abbreviation). */
  readonly hint?: string;
}

/**
 * Options for {@link createIssue}.
 *
 * @example
 * ```ts
 * const options: CreateIssueOptions = { locale: "en", hint: "did you mean NĐ?" };
 * ```
 */
export interface CreateIssueOptions {
  readonly locale?: Locale;
  readonly span?: Span;
  readonly hint?: string;
}

/**
 * Builds an {@link Issue} with the default message of its code in the requested locale.
 *
 * @example
 * ```ts
 * createIssue("EMPTY_INPUT", { locale: "en" }).message; // "The input is empty."
 * ```
 */
export function createIssue(code: IssueCode, options: CreateIssueOptions = {}): Issue {
  const issue: { code: IssueCode; message: string; span?: Span; hint?: string } = {
    code,
    message: pickLabel(getIssueMessage(code), options.locale),
  };
  if (options.span) issue.span = options.span;
  if (options.hint !== undefined) issue.hint = options.hint;
  return issue;
}
