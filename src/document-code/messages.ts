import {
  CORE_ISSUE_MESSAGES,
  type CreateIssueOptions,
  createIssueFrom,
  DOCUMENT_CODE_ISSUE_MESSAGES,
  type Issue,
  type IssueCodeOf,
  TEXT_REPAIR_ISSUE_MESSAGES,
} from "../core/index.js";

// The only message tables the parser reports from: a bundle of parseDocumentCode carries these, not every module's.
const MESSAGES = [CORE_ISSUE_MESSAGES, TEXT_REPAIR_ISSUE_MESSAGES, DOCUMENT_CODE_ISSUE_MESSAGES] as const;

/** The issue codes the document-code module reports. */
export type CodeIssue = IssueCodeOf<(typeof MESSAGES)[number]>;

/** Builds an issue of this module, its message read from this module's tables. */
export function codeIssue(code: CodeIssue, options?: CreateIssueOptions): Issue {
  return createIssueFrom(MESSAGES, code, options);
}
