import { parseArgs } from "node:util";
import type { Locale } from "../core/index.js";
import {
  type Attainment,
  computeAttainment,
  type Quantity,
  type ReportedAttainment,
  safeParseQuantity,
  safeParseReportedAttainment,
  safeParseTarget,
  type Target,
} from "../indicators/index.js";
import { COMMON_OPTIONS, checkLanguage, checkLocale, readArgs } from "./args.js";
import { getHelp } from "./help.js";
import { type CliIo, EXIT } from "./io.js";
import { label } from "./labels.js";
import { formatQuantity, formatTarget, formatUnit } from "./measure.js";
import { localizeIssues, optionError, usageError, writeErrors, writeJson, writeWarnings } from "./output.js";
import { captionLines, formatFigure, formatPercent } from "./text.js";

const OPTIONS = {
  ...COMMON_OPTIONS,
  target: { type: "string" },
  actual: { type: "string" },
  language: { type: "string" },
  preset: { type: "string" },
} as const;

const PRESETS = ["standard", "vn-plan", "open-sdg"] as const;
type PresetName = (typeof PRESETS)[number];

function isPreset(value: string): value is PresetName {
  return (PRESETS as readonly string[]).includes(value);
}

/** The result as given on the command line: a quantity, or a reported attainment ("đạt 94,8% kế hoạch"). */
type ActualRead =
  | { readonly kind: "quantity"; readonly quantity: Quantity }
  | { readonly kind: "reported"; readonly reported: ReportedAttainment };

function describeActual(actual: ActualRead, locale: Locale): string {
  if (actual.kind === "quantity") return `${actual.quantity.text} → ${formatQuantity(actual.quantity, locale)}`;
  const percent = actual.reported.percentOfTarget;
  const figure = percent === undefined ? "" : ` → ${formatFigure(percent, locale)}%`;
  return `${actual.reported.text}${figure} (${label("reported", locale)})`;
}

// The readable report: target and result as read, status, ratio, performance and gap.
function formatAttainmentReport(target: Target, actual: ActualRead, attainment: Attainment, locale: Locale): string {
  const gapUnit =
    attainment.gapUnit === undefined
      ? ""
      : formatUnit(attainment.gapUnit === target.unit.kind ? target.unit : { kind: attainment.gapUnit }, locale);
  const rows: (readonly [string, string | undefined])[] = [
    [label("target", locale), `${target.text} → ${formatTarget(target, locale)}`],
    [label("actual", locale), describeActual(actual, locale)],
    [label("status", locale), attainment.label[locale]],
    [label("band", locale), attainment.band?.label[locale]],
    [label("ratio", locale), attainment.ratio === undefined ? undefined : formatPercent(attainment.ratio, locale)],
    [
      label("performance", locale),
      attainment.performance === undefined ? undefined : formatPercent(attainment.performance, locale),
    ],
    [
      label("gap", locale),
      attainment.gap === undefined
        ? undefined
        : `${attainment.gap > 0 ? "+" : ""}${formatFigure(attainment.gap, locale)}${gapUnit}`,
    ],
    [
      label("position", locale),
      attainment.position === undefined ? undefined : formatPercent(attainment.position, locale),
    ],
  ];
  return captionLines(rows, "");
}

/**
 * `vnpolity attainment --target <t> --actual <a>`: reads both phrases and judges the result. Exits 1 when either
 * cannot be read or the units cannot be compared (`UNIT_MISMATCH`).
 *
 * @example
 * ```ts
 * await runAttainmentCommand(["--target", "8% trở lên", "--actual", "6,52%"], io); // 0
 * ```
 */
export async function runAttainmentCommand(args: readonly string[], io: CliIo): Promise<number> {
  const read = readArgs(() => parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true }));
  if (!read.ok) return usageError(io, read.message, "attainment");
  const { values, positionals } = read.value;
  if (values.help) {
    io.stdout(getHelp("attainment"));
    return EXIT.ok;
  }
  const locale = checkLocale(values.locale);
  if (!locale.ok) return optionError(io, locale, "vi", "attainment");
  const language = checkLanguage(values.language);
  if (!language.ok) return optionError(io, language, locale.value, "attainment");
  const preset = values.preset ?? "standard";
  if (!isPreset(preset)) {
    const detail = `--preset ${JSON.stringify(preset)}; expected ${PRESETS.join(", ")}`;
    return optionError(io, { ok: false, code: "INVALID_OPTION", detail }, locale.value, "attainment");
  }
  if (positionals.length > 0)
    return usageError(io, `unexpected argument ${JSON.stringify(positionals[0])}`, "attainment");
  if (values.target === undefined) return usageError(io, "missing --target", "attainment");
  if (values.actual === undefined) return usageError(io, "missing --actual", "attainment");

  const readOptions = { language: language.value, locale: locale.value };
  const target = safeParseTarget(values.target, readOptions);
  if (!target.success) {
    return writeErrors(io, target.error.issues, locale.value, `--target ${JSON.stringify(values.target)}`);
  }
  let actual: ActualRead;
  const quantity = safeParseQuantity(values.actual, readOptions);
  if (quantity.success) {
    actual = { kind: "quantity", quantity: quantity.data };
  } else {
    const reported = safeParseReportedAttainment(values.actual, readOptions);
    if (!reported.success) {
      return writeErrors(io, quantity.error.issues, locale.value, `--actual ${JSON.stringify(values.actual)}`);
    }
    actual = { kind: "reported", reported: reported.data };
  }
  const attainment = computeAttainment(target.data, actual.kind === "quantity" ? actual.quantity : values.actual, {
    ...readOptions,
    preset,
  });
  const failed = attainment.status === "not-comparable";
  if (failed) writeErrors(io, attainment.issues, locale.value);
  else writeWarnings(io, attainment.issues, locale.value);
  if (values.json) {
    const judged = { ...attainment, issues: localizeIssues(attainment.issues, locale.value) };
    writeJson(io, {
      target: target.data,
      actualKind: actual.kind,
      actual: actual.kind === "quantity" ? actual.quantity : actual.reported,
      attainment: judged,
    });
  } else {
    io.stdout(formatAttainmentReport(target.data, actual, attainment, locale.value));
  }
  return failed ? EXIT.invalid : EXIT.ok;
}
