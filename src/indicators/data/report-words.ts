/*
 * Words of reported attainment, as matching keys (lower case, diacritics folded), longest first within a list.
 * Vietnamese plan reports say "đạt 94,8% kế hoạch" (94.8% of plan) and "vượt 69% dự toán" (69% beyond the
 * estimate, i.e. 169%); the English and Polish renderings of such reports keep the same two readings ("reaching
 * 94.8% of the plan", "exceeding 69% of the estimate", "przekraczając 69% szacunku").
 */

/**
 * How a reported figure relates to the plan: `reached` (the figure is the share of the plan: 94.8%),
 * `exceeded` (the figure is how far beyond: +69% → 169%), `short` (how far below: -10% → 90%).
 *
 * @example
 * ```ts
 * const reading: ReportReading = "exceeded";
 * ```
 */
export type ReportReading = "reached" | "exceeded" | "short";

/**
 * A verb that reports attainment, with how the figure after it is read.
 *
 * @example
 * ```ts
 * const verb: ReportVerb = { form: "vuot", reading: "exceeded" };
 * ```
 */
export interface ReportVerb {
  readonly form: string;
  readonly reading: ReportReading;
}

function verbs(reading: ReportReading, forms: readonly string[]): readonly ReportVerb[] {
  return forms.map((form) => Object.freeze({ form, reading }));
}

/**
 * Verbs written before a reported figure ("đạt", "vượt", "exceeding", "przekraczając", "hụt"), longest first.
 *
 * @example
 * ```ts
 * getReportVerbs().find((verb) => verb.form === "vuot")?.reading; // "exceeded"
 * ```
 */
export function getReportVerbs(): readonly ReportVerb[] {
  return [
    ...verbs("reached", [
      "thuc hien dat",
      "equivalent to",
      "hoan thanh",
      "osiagajac",
      "osiagnely",
      "osiagnelo",
      "achieving",
      "equalling",
      "stanowiac",
      "equal to",
      "reaching",
      "achieved",
      "dat duoc",
      "reached",
      "stanowi",
      "uoc dat",
      "bang",
      "dat",
    ]),
    ...verbs("exceeded", [
      "przekraczajac",
      "przekroczenie",
      "przekroczyly",
      "przekroczyl",
      "surpassing",
      "surpassed",
      "exceeding",
      "exceeded",
      "exceeds",
      "exceed",
      "vuot",
    ]),
    ...verbs("short", ["shortfall of", "thap hon", "short of", "hut thu", "hut"]),
  ].sort((a, b) => b.form.length - a.form.length);
}

/**
 * What a reported figure is measured against, with the words that name it.
 *
 * @example
 * ```ts
 * REPORT_BASES.find((base) => base.forms.includes("du toan"))?.basis; // "estimate"
 * ```
 */
export const REPORT_BASES: readonly { readonly forms: readonly string[]; readonly basis: string }[] = Object.freeze([
  Object.freeze({
    forms: Object.freeze(["ke hoach von", "ke hoach", "the plan", "planu", "plans", "plan"]),
    basis: "plan",
  }),
  Object.freeze({
    forms: Object.freeze([
      "du toan",
      "the estimate",
      "budget estimate",
      "estimates",
      "estimate",
      "szacunku",
      "szacunek",
    ]),
    basis: "estimate",
  }),
  Object.freeze({
    forms: Object.freeze(["chi tieu", "muc tieu", "the target", "targets", "target", "celu"]),
    basis: "target",
  }),
  Object.freeze({
    forms: Object.freeze(["kich ban", "the scenario", "scenario", "scenariusza", "scenariuszem"]),
    basis: "scenario",
  }),
]);

/**
 * Words that may stand between a reported figure and its basis ("of the", "so với", "ze", "centralnego").
 *
 * @example
 * ```ts
 * BASIS_LINKS.includes("so voi"); // true
 * ```
 */
export const BASIS_LINKS: readonly string[] = Object.freeze([
  "compared with",
  "compared to",
  "w porownaniu z",
  "w porownaniu ze",
  "so voi",
  "of the",
  "cua",
  "of",
  "ze",
  "z",
]);

/**
 * Words after a figure that read it against the basis ("5% above plan", "5% thấp hơn kế hoạch").
 *
 * @example
 * ```ts
 * COMPARISON_WORDS.find((word) => word.form === "above")?.reading; // "exceeded"
 * ```
 */
export const COMPARISON_WORDS: readonly ReportVerb[] = Object.freeze([
  Object.freeze({ form: "higher than", reading: "exceeded" }),
  Object.freeze({ form: "lower than", reading: "short" }),
  Object.freeze({ form: "cao hon", reading: "exceeded" }),
  Object.freeze({ form: "thap hon", reading: "short" }),
  Object.freeze({ form: "above", reading: "exceeded" }),
  Object.freeze({ form: "below", reading: "short" }),
  Object.freeze({ form: "over", reading: "exceeded" }),
]);

/**
 * Phrases that report a status without a figure ("vượt kế hoạch", "failing to meet the plan").
 *
 * @example
 * ```ts
 * STATUS_PHRASES.find((phrase) => phrase.forms.includes("khong dat ke hoach"))?.status; // "not-achieved"
 * ```
 */
export const STATUS_PHRASES: readonly {
  readonly forms: readonly string[];
  readonly status: "exceeded" | "achieved" | "not-achieved";
}[] = Object.freeze([
  Object.freeze({
    forms: Object.freeze([
      "failing to meet the plan",
      "did not meet the plan",
      "failed to meet the plan",
      "not meeting the plan",
      "missed the target",
      "khong dat ke hoach",
      "chua dat ke hoach",
      "khong dat chi tieu",
      "chua dat chi tieu",
      "khong dat muc tieu",
      "chua dat muc tieu",
    ]),
    status: "not-achieved",
  }),
  Object.freeze({
    forms: Object.freeze([
      "exceeded the plan",
      "exceeded the target",
      "exceeding the plan",
      "vuot ke hoach",
      "vuot chi tieu",
      "vuot du toan",
      "vuot muc tieu",
    ]),
    status: "exceeded",
  }),
  Object.freeze({
    forms: Object.freeze([
      "hoan thanh ke hoach",
      "met the target",
      "met the plan",
      "dat ke hoach",
      "dat chi tieu",
      "dat muc tieu",
    ]),
    status: "achieved",
  }),
]);
