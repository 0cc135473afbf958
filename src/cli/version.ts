/**
 * The version `vnpolity --version` prints. Kept equal to package.json's `version` by a test, because the bundled
 * bin cannot read package.json without knowing where it was installed.
 *
 * @example
 * ```ts
 * CLI_VERSION; // "0.1.0"
 * ```
 */
export const CLI_VERSION = "0.1.0";
