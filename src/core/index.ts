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
export { type CreateIssueOptions, createIssue, type Issue } from "./issue.js";
export { getIssueMessage, ISSUE_CODES, type IssueCode, isIssueCode } from "./issue-codes.js";
export { type Language, type LanguageOption, type Locale, type Localized, pickLabel } from "./labels.js";
export { fail, ok, type Result, unwrap } from "./result.js";
export { type Span, sliceSpan } from "./span.js";
