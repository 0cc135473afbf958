/*
 * Help texts. They stay in English, as command-line conventions do; the results honour `--locale`.
 */

const MAIN = `vnpolity — read Vietnamese political-administrative text

Usage:
  vnpolity extract <file|->                      report documents, people, meetings, places and indicators
  vnpolity code <code…>                          parse, repair and explain document codes
  vnpolity attainment --target <t> --actual <a>  judge a result against a target
  vnpolity province <name|code>                  a provincial unit and its lineage
  vnpolity --help | --version

Every command takes --json (machine-readable output), --locale vi|en (default vi) and --help.
Exit codes: 0 success, 1 invalid input, 2 usage error. Errors go to stderr as "error CODE: message".
`;

const COMMANDS = Object.freeze({
  extract: `Usage: vnpolity extract <file|-> [options]

Reads an article (a UTF-8 file, or standard input with "-") and reports its documents, people and posts,
meetings, places and indicator statements with their attainment.

Options:
  --language vi|en|pl|fr|es|de|auto  language of the article (default auto)
  --as-of YYYY-MM-DD                 the date to read catalogues at (default: the data date)
  --article-date YYYY-MM-DD          the article's own date, when the text does not give it
  --locale vi|en                     language of the report (default vi)
  --json                             print the extracted facts as JSON
`,
  code: `Usage: vnpolity code <code…> [options]

Parses each document code (số và ký hiệu), shows its canonical form and every repair, and explains it:
system, form, document type, issuing organ, year or term, number.

Options:
  --strict             accept canonical codes only (repairs become errors)
  --as-of YYYY-MM-DD   the date to check issuers and years against (default: the data date)
  --locale vi|en       language of the explanation (default vi)
  --json               print the parsed codes as JSON
`,
  attainment: `Usage: vnpolity attainment --target <target> --actual <actual> [options]

Judges a result against a target: "vnpolity attainment --target \\"8% trở lên\\" --actual \\"6,52%\\"".
The actual may also be a reported attainment ("đạt 94,8% kế hoạch").

Options:
  --target <text>                    the target phrase (required)
  --actual <text>                    the result (required); a value starting with "-" needs --actual=-1,2%
  --language vi|en|pl|fr|es|de|auto  language of both phrases (default auto)
  --locale vi|en                     language of the report (default vi)
  --json                             print target, actual and attainment as JSON
`,
  province: `Usage: vnpolity province <name|code> [options]

Looks a provincial unit up by any spelling of its name, its two-digit code or its ISO 3166-2 code, and shows
its status on a date with its predecessors and successors. Several words are read as one name.

Options:
  --as-of YYYY-MM-DD   the date to read the unit at (default: the data date)
  --locale vi|en       language of the report (default vi)
  --json               print the unit as JSON
`,
});

/**
 * The names of the commands `vnpolity` runs.
 *
 * @example
 * ```ts
 * const command: CommandName = "code";
 * ```
 */
export type CommandName = keyof typeof COMMANDS;

/**
 * Whether a word names a command.
 *
 * @example
 * ```ts
 * isCommandName("code"); // true
 * ```
 */
export function isCommandName(word: string): word is CommandName {
  return Object.hasOwn(COMMANDS, word);
}

/**
 * The help text of one command, or of `vnpolity` itself.
 *
 * @example
 * ```ts
 * getHelp("code").startsWith("Usage: vnpolity code"); // true
 * ```
 */
export function getHelp(command?: CommandName): string {
  return command === undefined ? MAIN : COMMANDS[command];
}
