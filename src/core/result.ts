import { VnPolityError } from "./error.js";
import type { Issue } from "./issue.js";

/**
 * What every `safe*` function returns: the data with any warnings, or the error it would have thrown.
 *
 * @example
 * ```ts
 * const result: Result<number> = safeParseRomanNumeral("XIV");
 * if (result.success) result.data; // 14
 * else result.error.code;
 * ```
 */
export type Result<T> =
  | { readonly success: true; readonly data: T; readonly warnings: readonly Issue[] }
  | { readonly success: false; readonly error: VnPolityError };

/**
 * Wraps data (and warnings) as a successful {@link Result}.
 *
 * @example
 * ```ts
 * ok(14); // { success: true, data: 14, warnings: [] }
 * ```
 */
export function ok<T>(data: T, warnings: readonly Issue[] = []): Result<T> {
  return { success: true, data, warnings };
}

/**
 * Wraps issues as a failed {@link Result}.
 *
 * @example
 * ```ts
 * fail(createIssue("EMPTY_INPUT")).success; // false
 * ```
 */
export function fail<T = never>(issue: Issue, ...more: Issue[]): Result<T> {
  const issues: [Issue, ...Issue[]] = [issue, ...more];
  let error: VnPolityError | undefined;
  // Made when first read: an Error records a stack trace as it is built, and most failures are probes (extractors
  // trying a reading) whose error nobody reads. A thrown error (see unwrap) is still a real VnPolityError.
  return {
    success: false,
    get error(): VnPolityError {
      error ??= new VnPolityError(issues);
      return error;
    },
  };
}

/**
 * Returns the data of a {@link Result} or throws its error: how every throwing `parseX` is built on `safeParseX`.
 *
 * @example
 * ```ts
 * unwrap(ok(3)); // 3
 * ```
 */
export function unwrap<T>(result: Result<T>): T {
  if (result.success) return result.data;
  throw result.error;
}
