import { parseArgs } from "node:util";
import { extract } from "../extract/index.js";
import { COMMON_OPTIONS, checkDate, checkLanguage, checkLocale, readArgs } from "./args.js";
import { getHelp } from "./help.js";
import { type CliIo, EXIT } from "./io.js";
import { optionError, usageError, writeErrors, writeJson, writeWarnings } from "./output.js";
import { formatArticleReport } from "./report.js";

const OPTIONS = {
  ...COMMON_OPTIONS,
  language: { type: "string" },
  "as-of": { type: "string" },
  "article-date": { type: "string" },
} as const;

async function readInput(source: string, io: CliIo): Promise<string | number> {
  try {
    return source === "-" ? await io.readStdin() : await io.readFile(source);
  } catch (error) {
    // No issue code of the library fits a file that cannot be opened; the CLI names the failure itself.
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`error FILE_UNREADABLE: ${JSON.stringify(source)}: ${reason}\n`);
    return EXIT.invalid;
  }
}

/**
 * `vnpolity extract <file|->`: reads an article from a file or standard input and prints the readable report, or
 * with `--json` the `ArticleFacts` JSON form. Exits 1 for an unreadable or empty input; the extractor's other
 * issues (an undetected language) are warnings.
 *
 * @example
 * ```ts
 * await runExtractCommand(["article.txt", "--locale", "en"], io); // 0
 * ```
 */
export async function runExtractCommand(args: readonly string[], io: CliIo): Promise<number> {
  const read = readArgs(() => parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true }));
  if (!read.ok) return usageError(io, read.message, "extract");
  const { values, positionals } = read.value;
  if (values.help) {
    io.stdout(getHelp("extract"));
    return EXIT.ok;
  }
  const locale = checkLocale(values.locale);
  if (!locale.ok) return optionError(io, locale, "vi", "extract");
  const language = checkLanguage(values.language);
  if (!language.ok) return optionError(io, language, locale.value, "extract");
  const asOf = checkDate("--as-of", values["as-of"]);
  if (!asOf.ok) return optionError(io, asOf, locale.value, "extract");
  const articleDate = checkDate("--article-date", values["article-date"]);
  if (!articleDate.ok) return optionError(io, articleDate, locale.value, "extract");
  const [source, extra] = positionals;
  if (source === undefined) return usageError(io, "missing <file|->", "extract");
  if (extra !== undefined) return usageError(io, `unexpected argument ${JSON.stringify(extra)}`, "extract");

  const text = await readInput(source, io);
  if (typeof text === "number") return text;
  const facts = extract(text, {
    language: language.value,
    locale: locale.value,
    ...(asOf.value === undefined ? {} : { asOf: asOf.value }),
    ...(articleDate.value === undefined ? {} : { articleDate: articleDate.value }),
  });
  const empty = facts.issues.filter((issue) => issue.code === "EMPTY_INPUT");
  if (empty.length > 0) return writeErrors(io, empty, locale.value, JSON.stringify(source));
  writeWarnings(io, facts.issues, locale.value, JSON.stringify(source));
  if (values.json) writeJson(io, facts);
  else io.stdout(formatArticleReport(facts, locale.value));
  return EXIT.ok;
}
