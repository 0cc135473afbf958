/**
 * What the command needs from the outside world, injected so that tests run it in-process: two output sinks and
 * two ways to read the input text. `stdout` and `stderr` receive whole lines, newline included.
 *
 * @example
 * ```ts
 * const io: CliIo = {
 *   stdout: (text) => out.push(text),
 *   stderr: (text) => err.push(text),
 *   readFile: async () => "Nghị quyết số 57-NQ/TW",
 *   readStdin: async () => "",
 * };
 * ```
 */
export interface CliIo {
  /** Receives the command's result. */
  stdout(text: string): void;
  /** Receives errors, warnings and usage messages. */
  stderr(text: string): void;
  /** Reads a UTF-8 file; rejects when it cannot. */
  readFile(path: string): Promise<string>;
  /** Reads standard input to its end as UTF-8. */
  readStdin(): Promise<string>;
}

/**
 * The exit codes of `vnpolity`: 0 success, 1 invalid input (a code, target, name or file that cannot be read),
 * 2 usage (an unknown command or option, a missing argument, an invalid option value).
 *
 * @example
 * ```ts
 * EXIT.usage; // 2
 * ```
 */
export const EXIT = Object.freeze({ ok: 0, invalid: 1, usage: 2 } as const);
