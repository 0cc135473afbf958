/*
 * Data behind normalizeText: which characters are repaired, and into what.
 * Source of the look-alike pairs: Unicode Technical Standard #39, confusables.txt (Cyrillic → Latin entries),
 * restricted to letters that are drawn identically in common fonts.
 */

/**
 * Cyrillic letters that look like Latin ones, with the Latin letter they are mistaken for. They are repaired only
 * inside a word that also holds Latin letters ("Нà Nội" with a Cyrillic Н); a word written wholly in Cyrillic stays.
 *
 * @example
 * ```ts
 * CYRILLIC_LOOKALIKES["\u041d"]; // "H"
 * ```
 */
export const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = Object.freeze({
  "\u0405": "S", // Ѕ
  "\u0406": "I", // І
  "\u0408": "J", // Ј
  "\u0410": "A", // А
  "\u0412": "B", // В
  "\u0415": "E", // Е
  "\u041a": "K", // К
  "\u041c": "M", // М
  "\u041d": "H", // Н
  "\u041e": "O", // О
  "\u0420": "P", // Р
  "\u0421": "C", // С
  "\u0422": "T", // Т
  "\u0423": "Y", // У
  "\u0425": "X", // Х
  "\u0430": "a", // а
  "\u0435": "e", // е
  "\u043e": "o", // о
  "\u0440": "p", // р
  "\u0441": "c", // с
  "\u0443": "y", // у
  "\u0445": "x", // х
  "\u0455": "s", // ѕ
  "\u0456": "i", // і
  "\u0458": "j", // ј
  "\u04ae": "Y", // Ү
  "\u04bb": "h", // һ
  "\u0501": "d", // ԁ
  "\u051a": "Q", // Ԛ
  "\u051b": "q", // ԛ
  "\u051c": "W", // Ԝ
  "\u051d": "w", // ԝ
});

/**
 * The kinds of repair normalizeText reports, in the order of their bit in {@link RepairKind}.
 *
 * @example
 * ```ts
 * REPAIR_CODES[REPAIR_DASH]; // "DASH_REPAIRED"
 * ```
 */
export const REPAIR_CODES = Object.freeze([
  "LOOKALIKE_REPAIRED",
  "DASH_REPAIRED",
  "SPACE_REPAIRED",
  "LONE_SURROGATE",
  "CONTROL_CHARACTER",
] as const);

/**
 * Index of a repair kind in {@link REPAIR_CODES}.
 *
 * @example
 * ```ts
 * const kind: RepairKind = REPAIR_SPACE;
 * ```
 */
export type RepairKind = 0 | 1 | 2 | 3 | 4;

/**
 * Look-alike letters: Ð/Ɖ/ð for Đ/đ, Cyrillic letters in Latin words, full-width forms.
 *
 * @example
 * ```ts
 * REPAIR_CODES[REPAIR_LOOKALIKE]; // "LOOKALIKE_REPAIRED"
 * ```
 */
export const REPAIR_LOOKALIKE = 0;
/**
 * Dashes and minus signs read as "-".
 *
 * @example
 * ```ts
 * REPAIR_CODES[REPAIR_DASH]; // "DASH_REPAIRED"
 * ```
 */
export const REPAIR_DASH = 1;
/**
 * Unusual spaces read as " ", zero-width characters removed.
 *
 * @example
 * ```ts
 * REPAIR_CODES[REPAIR_SPACE]; // "SPACE_REPAIRED"
 * ```
 */
export const REPAIR_SPACE = 2;
/**
 * Lone UTF-16 surrogates replaced by U+FFFD.
 *
 * @example
 * ```ts
 * REPAIR_CODES[REPAIR_SURROGATE]; // "LONE_SURROGATE"
 * ```
 */
export const REPAIR_SURROGATE = 3;
/**
 * C0 control characters other than tab, line feed and carriage return, read as " ".
 *
 * @example
 * ```ts
 * REPAIR_CODES[REPAIR_CONTROL]; // "CONTROL_CHARACTER"
 * ```
 */
export const REPAIR_CONTROL = 4;

/**
 * The repair kind of a space-like code unit: spaces become " ", zero-width characters are removed.
 * Returns the replacement, or `undefined` when the code unit is not a space to repair.
 *
 * @example
 * ```ts
 * spaceReplacement(0x00a0); // " "
 * spaceReplacement(0x200b); // ""
 * ```
 */
export function spaceReplacement(code: number): string | undefined {
  if (code === 0x00a0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f) return " ";
  if (code === 0x3000) return " ";
  if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfeff) return "";
  return undefined;
}

/**
 * Whether a code unit is a dash or minus sign that normalizeText reads as "-".
 *
 * @example
 * ```ts
 * isRepairableDash(0x2013); // true — en dash
 * ```
 */
export function isRepairableDash(code: number): boolean {
  return (code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63 || code === 0xff0d;
}
