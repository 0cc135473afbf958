import type { Language } from "../core/index.js";

/**
 * A word written after a number: a scale (`tỷ`, `million`, `mln`) that multiplies it by a power of ten,
 * or a percent word (`phần trăm`, `percent`) that marks it as a percentage.
 *
 * @example
 * ```ts
 * const word: NumberWord = {
 *   kind: "scale",
 *   forms: ["mld"],
 *   exponent: 9,
 *   languages: ["pl"],
 *   source: "Polish abbreviation of miliard (10^9)",
 * };
 * ```
 */
export interface NumberWord {
  /** `"scale"` multiplies the number; `"percent"` marks it as a percentage. */
  readonly kind: "scale" | "percent";
  /** Spellings in lower case and NFC, words joined by one space; ASCII spellings without diacritics included. */
  readonly forms: readonly string[];
  /** Power of ten the word multiplies by (0 for percent words). */
  readonly exponent: number;
  /** Languages the word belongs to; under `language: "auto"` it tells which conventions the number follows. */
  readonly languages: readonly Language[];
  /** `"only"`: a scale only when written straight after the digits (`5k`, `3m`), never after a space. */
  readonly glue?: "only";
  /** The word may end with an abbreviation dot (`tys.`, `Mio.`), which then belongs to the number. */
  readonly abbreviation?: true;
  /** Read only when the caller names one of `languages`; `language: "auto"` ignores it (`5m` may be metres). */
  readonly explicitOnly?: true;
  /** Next words that turn the form into another word (`tỷ lệ` is a ratio, `triệu tập` means convene). */
  readonly notBefore?: readonly string[];
  /** Where the meaning comes from. */
  readonly source: string;
}

/**
 * The letters every form in {@link NUMBER_WORDS} starts with (checked by a test), so that the reader can pass
 * over ordinary words after a number without folding them.
 *
 * @example
 * ```ts
 * WORD_INITIALS.includes("t"); // true: tỷ, triệu, thousand, tys.
 * ```
 */
export const WORD_INITIALS = "bkmnpt";

const TY_NOT_BEFORE = Object.freeze(["lệ", "le", "trọng", "trong", "số", "so", "giá", "gia", "suất", "suat"]);

/**
 * Scale and percent words read after a number, by language. The same spelling may appear in several rows with
 * different values (`billion` is 10^9 in English but 10^12 in French and German); the row of the language in use
 * wins, and under `language: "auto"` the first language in {@link AUTO_LANGUAGE_ORDER} that has it.
 *
 * @example
 * ```ts
 * NUMBER_WORDS.find((word) => word.forms.includes("tỷ"))?.exponent; // 9
 * ```
 */
export const NUMBER_WORDS: readonly NumberWord[] = Object.freeze([
  // Vietnamese: Từ điển tiếng Việt (Hoàng Phê); "ngàn" is the southern form of "nghìn", "tỉ" a spelling of "tỷ".
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["nghìn tỷ", "ngàn tỷ", "nghìn tỉ", "ngàn tỉ", "nghin ty", "ngan ty", "nghin ti", "ngan ti"]),
    exponent: 12,
    languages: Object.freeze(["vi"] as const),
    notBefore: TY_NOT_BEFORE,
    source: "Vietnamese: nghìn tỷ = 10^3 x 10^9",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["nghìn", "ngàn", "nghin", "ngan"]),
    exponent: 3,
    languages: Object.freeze(["vi"] as const),
    source: "Vietnamese: nghìn/ngàn = 10^3",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["triệu", "trieu"]),
    exponent: 6,
    languages: Object.freeze(["vi"] as const),
    notBefore: Object.freeze(["tập", "tap", "chứng", "chung", "phú", "phu", "hồi", "hoi"]),
    source: "Vietnamese: triệu = 10^6",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["tỷ", "tỉ", "ty", "ti"]),
    exponent: 9,
    languages: Object.freeze(["vi"] as const),
    notBefore: TY_NOT_BEFORE,
    source: "Vietnamese: tỷ/tỉ = 10^9",
  }),
  Object.freeze({
    kind: "percent",
    forms: Object.freeze(["phần trăm", "phan tram"]),
    exponent: 0,
    languages: Object.freeze(["vi"] as const),
    source: "Vietnamese: phần trăm = per cent",
  }),
  // Shared short form: "5k" for five thousand is common in Vietnamese and English informal writing.
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["k"]),
    exponent: 3,
    languages: Object.freeze(["vi", "en", "pl", "fr", "de", "es"] as const),
    glue: "only",
    source: "SI prefix kilo used for thousands",
  }),
  // English: short scale (Oxford English Dictionary); "bn" and "m" as in press style guides.
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["thousand", "thousands"]),
    exponent: 3,
    languages: Object.freeze(["en"] as const),
    source: "English: thousand = 10^3",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["million", "millions", "millionen"]),
    exponent: 6,
    languages: Object.freeze(["en", "fr", "de"] as const),
    source: "English/French million, German Million(en) = 10^6",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["billion", "billions"]),
    exponent: 9,
    languages: Object.freeze(["en"] as const),
    source: "English short scale: billion = 10^9",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["trillion", "trillions"]),
    exponent: 12,
    languages: Object.freeze(["en"] as const),
    source: "English short scale: trillion = 10^12",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["bn"]),
    exponent: 9,
    languages: Object.freeze(["en"] as const),
    source: "English press abbreviation of billion",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["bln"]),
    exponent: 9,
    languages: Object.freeze(["en"] as const),
    source: "English wire-service abbreviation of billion (Polish bln is 10^12: see below)",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["m"]),
    exponent: 6,
    languages: Object.freeze(["en"] as const),
    glue: "only",
    explicitOnly: true,
    source: "English press abbreviation of million ($5m); also the metre symbol, hence explicit English only",
  }),
  Object.freeze({
    kind: "percent",
    forms: Object.freeze(["per cent", "percent", "pct"]),
    exponent: 0,
    languages: Object.freeze(["en"] as const),
    source: "English: per cent",
  }),
  // Polish: long scale (Słownik języka polskiego PWN); abbreviations tys., mln, mld, bln.
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["tys", "tysiąc", "tysiące", "tysięcy", "tysiac", "tysiace", "tysiecy"]),
    exponent: 3,
    languages: Object.freeze(["pl"] as const),
    abbreviation: true,
    source: "Polish: tysiąc (tys.) = 10^3",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["mln", "milion", "miliony", "milionów", "milionow"]),
    exponent: 6,
    languages: Object.freeze(["pl", "en"] as const),
    source: "Polish: milion (mln) = 10^6; English wire-service style also writes mln",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["mld", "miliard", "miliardy", "miliardów", "miliardow"]),
    exponent: 9,
    languages: Object.freeze(["pl"] as const),
    source: "Polish long scale: miliard (mld) = 10^9",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["bln", "bilion", "biliony", "bilionów", "bilionow"]),
    exponent: 12,
    languages: Object.freeze(["pl"] as const),
    source: "Polish long scale: bilion (bln) = 10^12",
  }),
  Object.freeze({
    kind: "percent",
    forms: Object.freeze(["procent", "procenta", "procentów", "procentow", "proc"]),
    exponent: 0,
    languages: Object.freeze(["pl"] as const),
    abbreviation: true,
    source: "Polish: procent (proc.)",
  }),
  // French: long scale (Dictionnaire de l'Académie française); Md/Mds as in the financial press.
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["mille"]),
    exponent: 3,
    languages: Object.freeze(["fr"] as const),
    source: "French: mille = 10^3",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["milliard", "milliards", "md", "mds"]),
    exponent: 9,
    languages: Object.freeze(["fr"] as const),
    source: "French long scale: milliard (Md) = 10^9",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["billion", "billions", "billionen"]),
    exponent: 12,
    languages: Object.freeze(["fr", "de"] as const),
    source: "French billion, German Billion(en): long scale, 10^12",
  }),
  Object.freeze({
    kind: "percent",
    forms: Object.freeze(["pour cent", "pourcent"]),
    exponent: 0,
    languages: Object.freeze(["fr"] as const),
    source: "French: pour cent",
  }),
  // German: long scale (Duden); abbreviations Tsd., Mio., Mrd., Bio.
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["tausend", "tsd"]),
    exponent: 3,
    languages: Object.freeze(["de"] as const),
    abbreviation: true,
    source: "German: Tausend (Tsd.) = 10^3",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["mio"]),
    exponent: 6,
    languages: Object.freeze(["de"] as const),
    abbreviation: true,
    source: "German: Million (Mio.) = 10^6",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["mrd", "milliarde", "milliarden"]),
    exponent: 9,
    languages: Object.freeze(["de"] as const),
    abbreviation: true,
    source: "German long scale: Milliarde (Mrd.) = 10^9",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["bio"]),
    exponent: 12,
    languages: Object.freeze(["de"] as const),
    abbreviation: true,
    source: "German long scale: Billion (Bio.) = 10^12",
  }),
  Object.freeze({
    kind: "percent",
    forms: Object.freeze(["prozent"]),
    exponent: 0,
    languages: Object.freeze(["de"] as const),
    source: "German: Prozent",
  }),
  // Spanish: long scale (Diccionario de la lengua española, RAE); "mil millones" is 10^9.
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["mil millones"]),
    exponent: 9,
    languages: Object.freeze(["es"] as const),
    source: "Spanish: mil millones = 10^9",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["mil"]),
    exponent: 3,
    languages: Object.freeze(["es"] as const),
    source: "Spanish: mil = 10^3",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["millón", "millon", "millones"]),
    exponent: 6,
    languages: Object.freeze(["es"] as const),
    source: "Spanish: millón = 10^6",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["millardo", "millardos"]),
    exponent: 9,
    languages: Object.freeze(["es"] as const),
    source: "Spanish long scale: millardo = 10^9",
  }),
  Object.freeze({
    kind: "scale",
    forms: Object.freeze(["billón", "billon", "billones"]),
    exponent: 12,
    languages: Object.freeze(["es"] as const),
    source: "Spanish long scale: billón = 10^12",
  }),
  Object.freeze({
    kind: "percent",
    forms: Object.freeze(["por ciento"]),
    exponent: 0,
    languages: Object.freeze(["es"] as const),
    source: "Spanish: por ciento",
  }),
] satisfies readonly NumberWord[]);

/**
 * {@link NUMBER_WORDS} by form, and the first words of its two-word forms.
 *
 * @example
 * ```ts
 * const index: NumberWordIndex = getNumberWordIndex();
 * ```
 */
export interface NumberWordIndex {
  readonly byForm: ReadonlyMap<string, readonly NumberWord[]>;
  readonly heads: ReadonlySet<string>;
}

// Built on first use, never at import time; it only mirrors the frozen table, so sharing it is safe.
let index: NumberWordIndex | undefined;

/**
 * The lookup of {@link NUMBER_WORDS} by form (one `Map.get` instead of a scan of every row per word).
 *
 * @example
 * ```ts
 * getNumberWordIndex().byForm.get("mld")?.[0]?.exponent; // 9
 * getNumberWordIndex().heads.has("nghìn"); // true ("nghìn tỷ")
 * ```
 */
export function getNumberWordIndex(): NumberWordIndex {
  if (index) return index;
  const byForm = new Map<string, NumberWord[]>();
  const heads = new Set<string>();
  for (const word of NUMBER_WORDS) {
    for (const form of word.forms) {
      const rows = byForm.get(form);
      if (rows) rows.push(word);
      else byForm.set(form, [word]);
      const space = form.indexOf(" ");
      if (space > 0) heads.add(form.slice(0, space));
    }
  }
  index = { byForm, heads };
  return index;
}
