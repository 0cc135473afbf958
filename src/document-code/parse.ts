import { DATA_AS_OF, fail, type Issue, type Locale, ok, type Result, safeToIsoDate, unwrap } from "../core/index.js";
import { parseCanonical } from "./fast.js";
import { analyze } from "./grammar.js";
import { lexRepairing } from "./lex-repairing.js";
import { type CodeIssue, codeIssue } from "./messages.js";
import { isIssue, type Sink } from "./sink.js";
import { checkTime, type TimeContext } from "./time.js";
import type { DocumentCode, ParseDocumentCodeOptions } from "./types.js";
import { dayOf } from "./vocabulary/lookup.js";

// Codes are short; the longest real ones, URL-encoded and with a long prefix, stay far below this.
const MAX_INPUT_LENGTH = 256;

interface Settings extends TimeContext {
  readonly strict: boolean;
  readonly locale: Locale;
}

// Pure memo: the settings of a call without options, worked out on first use (nothing runs at import).
let defaults: Settings | undefined;

function defaultSettings(): Settings {
  defaults ??= Object.freeze({
    strict: false,
    locale: "vi",
    asOf: DATA_AS_OF,
    asOfYear: Number(DATA_AS_OF.slice(0, 4)),
    asOfDay: dayOf(DATA_AS_OF),
    dateDay: 0,
  });
  return defaults;
}
const NO_WARNINGS: readonly Issue[] = /* @__PURE__ */ Object.freeze([]);

// Repairs are reported in the order the pipeline makes them, whatever order the input shows them in;
// strict mode fails with the first.
const PIPELINE_ORDER: readonly CodeIssue[] = [
  "PREFIX_REMOVED",
  "URL_DECODED",
  "LOOKALIKE_REPAIRED",
  "DASH_REPAIRED",
  "SPACE_REPAIRED",
  "SPACING_REPAIRED",
  "NUMBER_PADDING_REPAIRED",
  "SLUG_REPAIRED",
  "SEPARATORS_REPAIRED",
  "CASE_REPAIRED",
  "DIACRITICS_REPAIRED",
];

function byPipelineOrder(a: Issue, b: Issue): number {
  return PIPELINE_ORDER.indexOf(a.code as CodeIssue) - PIPELINE_ORDER.indexOf(b.code as CodeIssue);
}

function readOptions(options: unknown): Settings | Issue {
  if (options === undefined || options === null) return defaultSettings();
  if (typeof options !== "object") return codeIssue("INVALID_OPTION", { hint: "options" });
  const { mode, locale, asOf, date } = options as Record<string, unknown>;
  if (locale !== undefined && locale !== "en" && locale !== "vi")
    return codeIssue("INVALID_OPTION", { hint: "locale" });
  const safeLocale: Locale = locale ?? "vi";
  if (mode !== undefined && mode !== "strict" && mode !== "lenient") {
    return codeIssue("INVALID_OPTION", { locale: safeLocale, hint: "mode" });
  }
  let asOfIso = DATA_AS_OF;
  if (asOf !== undefined) {
    const result = safeToIsoDate(asOf);
    if (!result.success) return codeIssue("INVALID_DATE_LIKE", { locale: safeLocale, hint: "asOf" });
    asOfIso = result.data;
  }
  let dateIso: string | undefined;
  if (date !== undefined) {
    const result = safeToIsoDate(date);
    if (!result.success) return codeIssue("INVALID_DATE_LIKE", { locale: safeLocale, hint: "date" });
    dateIso = result.data;
  }
  return {
    strict: mode === "strict",
    locale: safeLocale,
    asOf: asOfIso,
    asOfYear: Number(asOfIso.slice(0, 4)),
    asOfDay: dayOf(asOfIso),
    dateDay: dateIso === undefined ? 0 : dayOf(dateIso),
  };
}

function run(input: unknown, options: unknown): Result<DocumentCode> {
  let settings: Settings | Issue;
  try {
    settings = readOptions(options);
  } catch {
    // Options objects with throwing getters or proxies must not make a safe function throw.
    settings = codeIssue("INVALID_OPTION", { hint: "options" });
  }
  if (isIssue(settings)) return fail(settings);
  const { locale } = settings;
  if (typeof input !== "string") return fail(codeIssue("INVALID_INPUT_TYPE", { locale }));
  if (input.length === 0) return fail(codeIssue("EMPTY_INPUT", { locale }));
  if (input.length > MAX_INPUT_LENGTH)
    return fail(codeIssue("INPUT_TOO_LONG", { locale, hint: `${MAX_INPUT_LENGTH}` }));

  if (settings.dateDay === 0) {
    const warnings: Issue[] = [];
    const code = parseCanonical(input, settings, warnings, locale);
    if (code) return ok(code, warnings.length > 0 ? warnings : NO_WARNINGS);
  }
  const sink: Sink = {
    locale,
    repairs: undefined,
    warnings: undefined,
    found: [],
    typeEntry: undefined,
    issuerIndex: 0,
    error: undefined,
  };
  // What the fast path declined goes through the repairing lexer and the general grammar.
  const lexed = lexRepairing(input, sink);
  if (isIssue(lexed)) return fail(lexed);
  const code = analyze(lexed, sink);
  if (!code) return fail(sink.error ?? codeIssue("INVALID_CODE_SHAPE", { locale }));
  const errors = checkTime(code, lexed, sink, settings);
  const { warnings } = sink;
  const repairs = sink.repairs?.sort(byPipelineOrder);
  if (errors || (settings.strict && repairs)) {
    const [first, ...more] = settings.strict && repairs ? [...repairs, ...(errors ?? [])] : (errors ?? []);
    if (first) return fail(first, ...more);
  }
  if (!repairs) return ok(code, warnings ?? NO_WARNINGS);
  return ok(code, warnings ? [...repairs, ...warnings] : repairs);
}

/**
 * Parses a Party or State document code without throwing: the code with its warnings (repairs made in lenient
 * mode, unknown type or issuer), or the error. Never throws, whatever the input.
 *
 * @example
 * ```ts
 * const result = safeParseDocumentCode("89/NQ-HDND");
 * result.success && result.data.canonical; // "89/NQ-HĐND"
 * result.success && result.warnings.map((w) => w.code); // ["DIACRITICS_REPAIRED"]
 * safeParseDocumentCode("89/NQ-HDND", { mode: "strict" }).success; // false
 * ```
 */
export function safeParseDocumentCode(input: unknown, options?: ParseDocumentCodeOptions): Result<DocumentCode> {
  return run(input, options);
}

/**
 * Parses a Party or State document code, or throws a `VnPolityError` whose `code` says why
 * (`INVALID_CODE_SHAPE`, `ISSUER_NO_LONGER_VALID`, a repair code in strict mode, …).
 *
 * @example
 * ```ts
 * parseDocumentCode("57-NQ/TW");
 * // { system: "party", form: "party", canonical: "57-NQ/TW", number: 57, type: "NQ",
 * //   genres: ["resolution"], issuer: "TW", issuers: [{ abbreviation: "TW", role: "issuer", organIds: […] }] }
 * parseDocumentCode("30/2020/NĐ-CP").year; // 2020
 * ```
 */
export function parseDocumentCode(input: string, options?: ParseDocumentCodeOptions): DocumentCode {
  // The common call: a canonical code and no options, answered without building a Result.
  if (options === undefined && typeof input === "string" && input.length <= MAX_INPUT_LENGTH) {
    const code = parseCanonical(input, defaultSettings(), undefined, "vi");
    if (code) return code;
  }
  return unwrap(run(input, options));
}

/**
 * Whether a string parses as a document code under the given options (lenient by default, so repairable
 * input counts as valid); always equal to `safeParseDocumentCode(input, options).success`.
 *
 * @example
 * ```ts
 * isValidDocumentCode("96-QD/TW"); // true (repaired to 96-QĐ/TW)
 * isValidDocumentCode("96-QD/TW", { mode: "strict" }); // false
 * isValidDocumentCode("hello"); // false
 * ```
 */
export function isValidDocumentCode(input: unknown, options?: ParseDocumentCodeOptions): boolean {
  return run(input, options).success;
}

/**
 * Returns the canonical form of a code, repairing it in lenient mode; throws a `VnPolityError` when it is
 * not a valid code.
 *
 * @example
 * ```ts
 * normalizeDocumentCode("30-2020-nd-cp"); // "30/2020/NĐ-CP"
 * normalizeDocumentCode("Số: 96/QĐ-TW"); // "96-QĐ/TW"
 * ```
 */
export function normalizeDocumentCode(input: string, options?: ParseDocumentCodeOptions): string {
  return unwrap(run(input, options)).canonical;
}
