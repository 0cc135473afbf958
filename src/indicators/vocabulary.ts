import { listIndicators } from "./catalogue.js";
import { getPrefixComparators, getSuffixComparators } from "./data/comparator-words.js";
import { getReportVerbs, type ReportReading } from "./data/report-words.js";
import { CHANGE_VERBS, ESTIMATE_CUES, TARGET_CUES } from "./data/statement-words.js";
import { COUNT_NOUNS } from "./data/units.js";
import { toKey } from "./key-text.js";
import { createPhraseSet, type PhraseSet } from "./phrase-set.js";
import { createPhraseTable, type PhraseTable } from "./phrase-table.js";
import type { Qualifier } from "./quantity-types.js";

// A figure right after these words is a document, session or term number, not a quantity.
const NUMBER_LABELS: readonly string[] = Object.freeze([
  "nghi quyet",
  "ket luan",
  "quyet dinh",
  "chi thi",
  "thong bao",
  "ky hop thu",
  "lan thu",
  "resolution",
  "conclusion",
  "decision",
  "directive",
  "rezolucji",
  "rezolucja",
  "uchwaly",
  "uchwala",
  "khoa",
  "no.",
  "nr.",
  "nr",
  "no",
  "so",
]);

/**
 * The word tables of the readers as phrase sets, built once per top-level call from the frozen data.
 *
 * @example
 * ```ts
 * const vocabulary: Vocabulary = buildVocabulary();
 * vocabulary.prefixComparators.byPhrase.get("khong qua"); // "<="
 * ```
 */
export interface Vocabulary {
  readonly prefixComparators: PhraseSet<Qualifier>;
  /** Bucketed by first unit: they are looked for after every figure read. */
  readonly suffixComparators: PhraseTable<Qualifier>;
  readonly countNouns: PhraseSet<true>;
  readonly reportVerbs: PhraseSet<ReportReading>;
  readonly changeVerbs: PhraseSet<"increase" | "decrease">;
  readonly estimateCues: PhraseSet<true>;
  readonly targetCues: PhraseSet<true>;
  readonly numberLabels: PhraseSet<true>;
}

/**
 * The names of the counted indicators as counted nouns: English puts modifiers before the noun ("1,585
 * full-process online public services"), so the noun list alone would miss them.
 */
function countAliases(): string[] {
  return listIndicators()
    .filter((indicator) => indicator.unit === "count")
    .flatMap((indicator) => indicator.aliases.map(toKey));
}

function flags(forms: readonly string[]): PhraseSet<true> {
  return createPhraseSet(forms.map((form) => [form, true] as const));
}

// Built on first use, never at import time. It only mirrors the frozen tables, so sharing it between calls is
// safe (the same pattern as the number-word index of the text module).
let cached: Vocabulary | undefined;

/**
 * The {@link Vocabulary}, built from the frozen tables on first use.
 *
 * @example
 * ```ts
 * buildVocabulary().targetCues.byPhrase.has("muc tieu"); // true
 * ```
 */
export function buildVocabulary(): Vocabulary {
  cached ??= Object.freeze({
    prefixComparators: createPhraseSet(getPrefixComparators().map((word) => [word.form, word.comparator] as const)),
    suffixComparators: createPhraseTable(getSuffixComparators().map((word) => [word.form, word.comparator] as const)),
    countNouns: flags([...COUNT_NOUNS, ...countAliases()]),
    reportVerbs: createPhraseSet(getReportVerbs().map((verb) => [verb.form, verb.reading] as const)),
    changeVerbs: createPhraseSet(
      CHANGE_VERBS.flatMap((verb) => verb.forms.map((form) => [form, verb.direction] as const)),
    ),
    estimateCues: flags(ESTIMATE_CUES),
    targetCues: flags(TARGET_CUES),
    numberLabels: flags(NUMBER_LABELS),
  });
  return cached;
}
