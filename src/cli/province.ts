import { parseArgs } from "node:util";
import { type Province, type ProvinceLink, safeGetProvince } from "../admin-units/index.js";
import type { Locale } from "../core/index.js";
import { COMMON_OPTIONS, checkDate, checkLocale, readArgs } from "./args.js";
import { getHelp } from "./help.js";
import { type CliIo, EXIT } from "./io.js";
import { label } from "./labels.js";
import { localizeIssues, optionError, usageError, writeErrors, writeJson, writeWarnings } from "./output.js";
import { captionLines } from "./text.js";

const OPTIONS = { ...COMMON_OPTIONS, "as-of": { type: "string" } } as const;

function describeLink(link: ProvinceLink, locale: Locale): string {
  const adopted = link.adopted === undefined ? "" : `, ${label("adopted", locale)} ${link.adopted}`;
  return `${link.code} ${link.name[locale]} — ${label(`transfer.${link.transfer}`, locale)}, ${label("effective", locale)} ${link.date} (${link.legalBasis}${adopted})`;
}

function linkRows(caption: string, links: readonly ProvinceLink[], locale: Locale): (readonly [string, string])[] {
  return links.map((link, index) => [index === 0 ? caption : "", describeLink(link, locale)] as const);
}

/**
 * A provincial unit as the readable report of `vnpolity province`: names, codes, status on the reading date,
 * commune counts, and its predecessors and successors with dates and legal bases.
 *
 * @example
 * ```ts
 * formatProvince(getProvince("Kon Tum")!, "en").startsWith("Kon Tum (62)"); // true
 * ```
 */
function formatProvince(province: Province, locale: Locale): string {
  const counts = province.communeCounts;
  const rows: (readonly [string, string | undefined])[] = [
    [label("fullName", locale), province.fullName[locale]],
    [label("unitType", locale), label(`type.${province.type}`, locale)],
    [
      label("code", locale),
      province.iso3166_2 === undefined ? province.code : `${province.code} (ISO 3166-2: ${province.iso3166_2})`,
    ],
    [label("codeBasis", locale), province.codeBasis],
    [label("asOf", locale), province.asOf],
    [label("validFrom", locale), province.validFrom],
    [label("validUntil", locale), province.validUntil],
    [
      label("communes", locale),
      counts &&
        label("communes.detail", locale, {
          total: String(counts.total),
          ward: String(counts.ward),
          commune: String(counts.commune),
          zone: String(counts.specialZone),
        }),
    ],
    [label("seat", locale), province.seatIn && `${province.seatIn.code} ${province.seatIn.name[locale]}`],
    ...linkRows(label("predecessors", locale), province.predecessors, locale),
    ...linkRows(label("successors", locale), province.successors, locale),
  ];
  const head = `${province.name[locale]} (${province.code}) — ${label(`status.${province.status}`, locale)}\n`;
  return head + captionLines(rows);
}

/**
 * `vnpolity province <name|code>`: looks a provincial unit up (several words are one name) and prints it with its
 * lineage; exits 1 with `UNKNOWN_PROVINCE` when nothing matches.
 *
 * @example
 * ```ts
 * await runProvinceCommand(["Kon", "Tum", "--as-of", "2025-03-01"], io); // 0
 * ```
 */
export async function runProvinceCommand(args: readonly string[], io: CliIo): Promise<number> {
  const read = readArgs(() => parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true }));
  if (!read.ok) return usageError(io, read.message, "province");
  const { values, positionals } = read.value;
  if (values.help) {
    io.stdout(getHelp("province"));
    return EXIT.ok;
  }
  const locale = checkLocale(values.locale);
  if (!locale.ok) return optionError(io, locale, "vi", "province");
  const asOf = checkDate("--as-of", values["as-of"]);
  if (!asOf.ok) return optionError(io, asOf, locale.value, "province");
  if (positionals.length === 0) return usageError(io, "missing <name|code>", "province");

  const name = positionals.join(" ");
  const result = safeGetProvince(name, asOf.value === undefined ? {} : { asOf: asOf.value });
  if (!result.success) return writeErrors(io, result.error.issues, locale.value, JSON.stringify(name));
  writeWarnings(io, result.warnings, locale.value, JSON.stringify(name));
  if (values.json) writeJson(io, { province: result.data, warnings: localizeIssues(result.warnings, locale.value) });
  else io.stdout(formatProvince(result.data, locale.value));
  return EXIT.ok;
}
