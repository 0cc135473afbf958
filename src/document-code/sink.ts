import type { Issue, Locale, Span } from "../core/index.js";
import { type CodeIssue, codeIssue } from "./messages.js";
import { nearest } from "./nearest.js";
import type { TokenInfo, TypeEntry } from "./vocabulary/lookup.js";

/**
 * The state of one parse: what it repaired (warnings in lenient mode, errors in strict mode), what it warns
 * about, and what the grammar resolved for the time checks.
 */
export interface Sink {
  readonly locale: Locale;
  repairs: Issue[] | undefined;
  warnings: Issue[] | undefined;
  /** Resolved tokens by token index (null: unknown). */
  found: (TokenInfo | null | undefined)[];
  /** The type's catalogue entry, when known. */
  typeEntry: TypeEntry | undefined;
  /** Token index of the first issuer part. */
  issuerIndex: number;
  /** The shape error that stopped the parse, if any. */
  error: Issue | undefined;
}

/** Builds an issue in the sink's locale, with a span and an optional hint. */
export function issueAt(sink: Sink, code: CodeIssue, span: Span, hint?: string): Issue {
  return codeIssue(code, hint === undefined ? { locale: sink.locale, span } : { locale: sink.locale, span, hint });
}

/** Tells an issue from any other result of the parser's stages. */
export function isIssue(value: object): value is Issue {
  return "message" in value;
}

/** Records a repair once per issue code: the first occurrence gives the span. */
export function repaired(sink: Sink, code: CodeIssue, span: Span, hint?: string): void {
  if (sink.repairs === undefined) sink.repairs = [];
  else if (sink.repairs.some((issue) => issue.code === code)) return;
  sink.repairs.push(issueAt(sink, code, span, hint));
}

/**
 * A vocabulary warning (unknown type or issuer) whose hint, the nearest known abbreviation, is worked out only
 * when someone reads it: the search costs far more than the parse, and most callers never look.
 */
export function vocabularyWarning(locale: Locale, code: CodeIssue, span: Span, hint: () => string | undefined): Issue {
  const issue = codeIssue(code, { locale, span });
  let value: string | undefined;
  let known = false;
  return Object.defineProperty(issue, "hint", {
    enumerable: true,
    get(): string | undefined {
      if (!known) {
        value = hint();
        known = true;
      }
      return value;
    },
  });
}

/** Records a vocabulary warning (unknown type or issuer), its hint searched among `known` on demand. */
export function warned(sink: Sink, code: CodeIssue, span: Span, token: string, known: readonly string[]): void {
  if (sink.warnings === undefined) sink.warnings = [];
  sink.warnings.push(vocabularyWarning(sink.locale, code, span, () => nearest(token, known)));
}
