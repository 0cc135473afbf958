export {
  DATA_AS_OF,
  type DateLike,
  type IsoDate,
  isCalendarDate,
  isWithin,
  resolveAsOf,
  safeToIsoDate,
  toIsoDate,
} from "./date-like.js";
export { VnPolityError } from "./error.js";
export { type CreateIssueOptions, createIssue, createIssueFrom, type Issue } from "./issue.js";
export {
  findIssueMessage,
  getIssueMessage,
  ISSUE_CODES,
  type IssueCode,
  type IssueCodeOf,
  type IssueMessages,
  isIssueCode,
} from "./issue-codes.js";
export { type Language, type LanguageOption, type Locale, type Localized, pickLabel } from "./labels.js";
// Message tables other modules build issues from (see createIssueFrom); the other tables stay inside core.
export { CORE_ISSUE_MESSAGES } from "./messages/core.js";
export { DOCUMENT_CODE_ISSUE_MESSAGES } from "./messages/document-code.js";
export { TEXT_REPAIR_ISSUE_MESSAGES } from "./messages/text.js";
export { fail, ok, type Result, unwrap } from "./result.js";
export { type Span, sliceSpan } from "./span.js";
