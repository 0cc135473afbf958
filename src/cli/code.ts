import { parseArgs } from "node:util";
import type { Issue, Locale } from "../core/index.js";
import {
  type DocumentCode,
  type DocumentCodeIssuer,
  getDocumentGenre,
  type ParseDocumentCodeOptions,
  safeParseDocumentCode,
} from "../document-code/index.js";
import { formatOrgan } from "../organs/index.js";
import { formatRomanNumeral } from "../text/index.js";
import { COMMON_OPTIONS, checkDate, checkLocale, readArgs } from "./args.js";
import { getHelp } from "./help.js";
import { type CliIo, EXIT } from "./io.js";
import { label } from "./labels.js";
import { formatIssueLine, optionError, usageError, writeErrors, writeJson } from "./output.js";
import { captionLines } from "./text.js";

const OPTIONS = { ...COMMON_OPTIONS, strict: { type: "boolean" }, "as-of": { type: "string" } } as const;

/**
 * A document code explained in words of one locale: what `vnpolity code` prints, and the `explanation` of its
 * JSON form.
 *
 * @example
 * ```ts
 * explainDocumentCode(parseDocumentCode("57-NQ/TW"), "en").type; // "NQ — Resolution"
 * ```
 */
interface CodeExplanation {
  readonly system: string;
  readonly form: string;
  /** The type abbreviation with the genres it denotes; for a code without one, the genres alone. */
  readonly type?: string;
  /** One line per part of the issuer: abbreviation, organ names, role. */
  readonly issuers: readonly string[];
  readonly number: number;
  readonly year: string;
  readonly term?: string;
}

function genreNames(code: DocumentCode, locale: Locale): string | undefined {
  const names = (code.genres ?? []).flatMap((genre) => getDocumentGenre(genre)?.[locale] ?? []);
  return names.length === 0 ? undefined : names.join(" / ");
}

function describeIssuer(part: DocumentCodeIssuer, locale: Locale): string {
  const organs = (part.organIds ?? []).map((organId) => formatOrgan({ organId }, { locale }));
  const names = organs.length > 0 ? organs.join(" / ") : label("notCatalogued", locale);
  const role = part.role === "issuer" ? "" : ` (${label(`role.${part.role}`, locale)})`;
  return `${part.abbreviation} — ${names}${role}`;
}

/**
 * Explains a parsed document code in Vietnamese or English: system, form, type, issuing organs, number, and the
 * year or term that scopes the number.
 *
 * @example
 * ```ts
 * explainDocumentCode(parseDocumentCode("30/2020/NĐ-CP"), "en").year; // "2020"
 * ```
 */
function explainDocumentCode(code: DocumentCode, locale: Locale): CodeExplanation {
  const genres = genreNames(code, locale);
  const type = code.type === undefined ? genres : genres === undefined ? code.type : `${code.type} — ${genres}`;
  const termPart = code.issuers.find((part) => part.term !== undefined);
  const year =
    code.year !== undefined ? String(code.year) : label(code.system === "party" ? "partyYear" : "stateYear", locale);
  return {
    system: label(`system.${code.system}`, locale),
    form: label(`form.${code.form}`, locale),
    ...(type === undefined ? {} : { type }),
    issuers: code.issuers.map((part) => describeIssuer(part, locale)),
    number: code.number,
    year,
    ...(termPart?.term === undefined
      ? {}
      : { term: label("nationalAssemblyTerm", locale, { n: formatRomanNumeral(termPart.term) }) }),
  };
}

function formatExplanation(input: string, code: DocumentCode, warnings: readonly Issue[], locale: Locale): string {
  const explained = explainDocumentCode(code, locale);
  const head = `${input}\n`;
  const [firstIssuer, ...moreIssuers] = explained.issuers;
  const repairs = warnings.map((warning) => formatIssueLine("warning", warning, locale).slice("warning ".length));
  const [firstRepair, ...moreRepairs] = repairs;
  const rows: (readonly [string, string | undefined])[] = [
    [label("canonical", locale), code.canonical],
    [label("system", locale), explained.system],
    [label("form", locale), explained.form],
    [label("type", locale), explained.type ?? label("none", locale)],
    [label("issuer", locale), firstIssuer],
    ...moreIssuers.map((line) => ["", line] as const),
    [label("number", locale), String(explained.number)],
    [label("year", locale), explained.year],
    [label("term", locale), explained.term],
    [label("repairs", locale), firstRepair?.trimEnd() ?? label("none", locale)],
    ...moreRepairs.map((line) => ["", line.trimEnd()] as const),
  ];
  return head + captionLines(rows);
}

/**
 * `vnpolity code <code…>`: parses each code (lenient unless `--strict`), prints its canonical form, repairs and
 * explanation, and exits 1 when any code is invalid (its issues go to stderr).
 *
 * @example
 * ```ts
 * await runCodeCommand(["96-QD/TW", "--locale", "en"], io); // 0
 * ```
 */
export async function runCodeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const read = readArgs(() => parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true }));
  if (!read.ok) return usageError(io, read.message, "code");
  const { values, positionals } = read.value;
  if (values.help) {
    io.stdout(getHelp("code"));
    return EXIT.ok;
  }
  const locale = checkLocale(values.locale);
  if (!locale.ok) return optionError(io, locale, "vi", "code");
  const asOf = checkDate("--as-of", values["as-of"]);
  if (!asOf.ok) return optionError(io, asOf, locale.value, "code");
  if (positionals.length === 0) return usageError(io, "missing <code>", "code");

  const options: ParseDocumentCodeOptions = {
    mode: values.strict ? "strict" : "lenient",
    locale: locale.value,
    ...(asOf.value === undefined ? {} : { asOf: asOf.value }),
  };
  let exit: number = EXIT.ok;
  const results: unknown[] = [];
  let printed = 0;
  for (const input of positionals) {
    const result = safeParseDocumentCode(input, options);
    if (!result.success) {
      exit = writeErrors(io, result.error.issues, locale.value, JSON.stringify(input));
      results.push({ input, success: false, issues: result.error.issues });
    } else if (values.json) {
      const explanation = explainDocumentCode(result.data, locale.value);
      results.push({ input, success: true, code: result.data, warnings: result.warnings, explanation });
    } else {
      if (printed > 0) io.stdout("\n");
      printed += 1;
      io.stdout(formatExplanation(input, result.data, result.warnings, locale.value));
    }
  }
  if (values.json) writeJson(io, results);
  return exit;
}
