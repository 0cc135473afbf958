import type { Issue } from "./issue.js";
import type { IssueCode } from "./issue-codes.js";

// A registry-wide symbol brands errors so that `instanceof` also holds across the ESM and CJS builds,
// which each carry their own copy of the class (the dual-package hazard).
const BRAND = Symbol.for("vnpolity.VnPolityError");

/**
 * The one error class vnpolity throws. `code` is the stable reason of the first issue; `issues` lists all.
 *
 * @example
 * ```ts
 * try {
 *   parseRomanNumeral("IIX");
 * } catch (error) {
 *   if (error instanceof VnPolityError) console.log(error.code); // "INVALID_ROMAN_NUMERAL"
 * }
 * ```
 */
export class VnPolityError extends Error {
  /** Stable reason of the failure. */
  readonly code: IssueCode;
  /** Every issue found; the first one gives `code` and `message`. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly [Issue, ...Issue[]]) {
    const [first] = issues;
    super(first.message);
    // Keeps the prototype chain right when the class is down-levelled or subclassed.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "VnPolityError";
    this.code = first.code;
    this.issues = Object.freeze([...issues]);
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * Recognises errors thrown by any copy of vnpolity (its ESM and CJS builds each define this class).
   *
   * @example
   * ```ts
   * new VnPolityError([createIssue("EMPTY_INPUT")]) instanceof VnPolityError; // true
   * ```
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}
