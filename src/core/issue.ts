import {
  findIssueMessage,
  getIssueMessage,
  type IssueCode,
  type IssueCodeOf,
  type IssueMessages,
} from "./issue-codes.js";
import { type Locale, type Localized, pickLabel } from "./labels.js";
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

function build(code: IssueCode, message: Localized, options: CreateIssueOptions): Issue {
  const issue: { code: IssueCode; message: string; span?: Span; hint?: string } = {
    code,
    message: pickLabel(message, options.locale),
  };
  if (options.span) issue.span = options.span;
  if (options.hint !== undefined) issue.hint = options.hint;
  return issue;
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
  return build(code, getIssueMessage(code), options);
}

/**
 * Builds an {@link Issue} like {@link createIssue}, its message taken from the given tables only: a module that
 * passes its own tables bundles their messages alone, not every module's.
 *
 * @example
 * ```ts
 * createIssueFrom([CORE_ISSUE_MESSAGES], "EMPTY_INPUT", { locale: "en" }).message; // "The input is empty."
 * ```
 */
export function createIssueFrom<T extends IssueMessages>(
  tables: readonly T[],
  code: IssueCodeOf<T>,
  options: CreateIssueOptions = {},
): Issue {
  return build(code as IssueCode, findIssueMessage(tables, code) as Localized, options);
}
