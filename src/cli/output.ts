import { getIssueMessage, type Issue, type IssueCode, type Locale, pickLabel } from "../core/index.js";
import type { OptionCheck } from "./args.js";
import { type CliIo, EXIT } from "./io.js";

/**
 * One issue as a stderr line: `error CODE: subject: message (hint)`. The message is taken from the issue table in
 * the requested locale, since some functions report in Vietnamese whatever the caller asked for.
 *
 * @example
 * ```ts
 * formatIssueLine("error", createIssue("UNKNOWN_PROVINCE", { hint: "Paris" }), "en");
 * // "error UNKNOWN_PROVINCE: No provincial unit matches the input. (Paris)"
 * ```
 */
export function formatIssueLine(
  severity: "error" | "warning",
  issue: Pick<Issue, "code" | "hint">,
  locale: Locale,
  subject?: string,
): string {
  const message = pickLabel(getIssueMessage(issue.code), locale);
  const hint = issue.hint === undefined || issue.hint === "" ? "" : ` (${issue.hint})`;
  return `${severity} ${issue.code}: ${subject === undefined ? "" : `${subject}: `}${message}${hint}\n`;
}

function helpPointer(command: string | undefined): string {
  return `Run "vnpolity ${command === undefined ? "" : `${command} `}--help" for usage.\n`;
}

/**
 * Writes a usage error and the pointer to the help, and returns exit code 2.
 *
 * @example
 * ```ts
 * usageError(io, "unknown command \"foo\""); // 2
 * ```
 */
export function usageError(io: CliIo, message: string, command?: string): number {
  io.stderr(`error USAGE: ${message}\n${helpPointer(command)}`);
  return EXIT.usage;
}

/**
 * Writes the issue of a bad option value (`--locale xx`, `--as-of 1/7/2025`) and returns exit code 2.
 *
 * @example
 * ```ts
 * optionError(io, { ok: false, code: "INVALID_OPTION", detail: "--locale \"xx\"" }, "en"); // 2
 * ```
 */
export function optionError(
  io: CliIo,
  check: Extract<OptionCheck<unknown>, { ok: false }>,
  locale: Locale,
  command?: string,
): number {
  const code: IssueCode = check.code;
  io.stderr(`${formatIssueLine("error", { code, hint: check.detail }, locale)}${helpPointer(command)}`);
  return EXIT.usage;
}

/**
 * Writes a value as indented JSON with a final newline.
 *
 * @example
 * ```ts
 * writeJson(io, { ok: true }); // stdout receives "{\n  \"ok\": true\n}\n"
 * ```
 */
export function writeJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Writes each warning to stderr as a `warning CODE: …` line.
 *
 * @example
 * ```ts
 * writeWarnings(io, result.warnings, "en");
 * ```
 */
export function writeWarnings(io: CliIo, warnings: readonly Issue[], locale: Locale, subject?: string): void {
  for (const warning of warnings) io.stderr(formatIssueLine("warning", warning, locale, subject));
}

/**
 * Writes each issue of a failure to stderr as an `error CODE: …` line and returns exit code 1.
 *
 * @example
 * ```ts
 * writeErrors(io, result.error.issues, "en", "foo"); // 1
 * ```
 */
export function writeErrors(io: CliIo, issues: readonly Issue[], locale: Locale, subject?: string): number {
  for (const issue of issues) io.stderr(formatIssueLine("error", issue, locale, subject));
  return EXIT.invalid;
}

/**
 * Issues with their messages in the requested locale (for JSON output), whatever locale produced them.
 *
 * @example
 * ```ts
 * localizeIssues([createIssue("EMPTY_INPUT")], "en")[0]?.message; // "The input is empty."
 * ```
 */
export function localizeIssues(issues: readonly Issue[], locale: Locale): Issue[] {
  return issues.map((issue) => ({ ...issue, message: pickLabel(getIssueMessage(issue.code), locale) }));
}
