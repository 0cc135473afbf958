import { createIssue, VnPolityError } from "../core/index.js";

/**
 * Where the tone mark sits in the open syllables ending in "oa", "oe" and "uy" (hoà/hòa, khoẻ/khỏe, thuỷ/thủy).
 * `"common"` puts it on the first vowel (hòa, khỏe, thủy, ủy, tùy), as most press and official texts do;
 * `"reformed"` puts it on the main vowel (hoà, khoẻ, thuỷ, uỷ, tuỳ), as the school orthography rules of the 1980s
 * prescribe. Both spellings are in everyday use (Khánh Hòa / Khánh Hoà), so matching must accept either.
 *
 * @example
 * ```ts
 * const style: TonePlacementStyle = "reformed";
 * ```
 */
export type TonePlacementStyle = "common" | "reformed";

// The five tones in a fixed order: huyền (grave), sắc (acute), hỏi (hook), ngã (tilde), nặng (dot below).
const TONED_VOWELS: Readonly<Record<string, string>> = Object.freeze({
  a: "àáảãạ",
  A: "ÀÁẢÃẠ",
  e: "èéẻẽẹ",
  E: "ÈÉẺẼẸ",
  o: "òóỏõọ",
  O: "ÒÓỎÕỌ",
  u: "ùúủũụ",
  U: "ÙÚỦŨỤ",
  y: "ỳýỷỹỵ",
  Y: "ỲÝỶỸỴ",
});

// Splits a toned vowel into its plain vowel and the index of its tone.
function splitTone(vowel: string): [base: string, tone: number] {
  for (const base in TONED_VOWELS) {
    const tone = (TONED_VOWELS[base] as string).indexOf(vowel);
    if (tone >= 0) return [base, tone];
  }
  return [vowel, -1];
}

function addTone(vowel: string, tone: number): string {
  return TONED_VOWELS[vowel]?.charAt(tone) || vowel;
}

// Moves the tone from `from` onto `to`; case is kept letter by letter.
function moveTone(from: string, to: string): [string, string] {
  const [base, tone] = splitTone(from);
  return tone < 0 ? [from, to] : [base, addTone(to, tone)];
}

/**
 * Puts tone marks of syllable-final "oa", "oe" and "uy" in one place, so that "Khánh Hoà" and "Khánh Hòa" or
 * "Uỷ ban" and "Ủy ban" become the same string. The text must be NFC (see `normalizeText`); the result has the
 * same length, so offsets are unchanged.
 *
 * The rule, for `"common"` (the default): oà oá oả oã oạ → òa óa ỏa õa ọa, oè oé oẻ oẽ oẹ → òe óe ỏe õe ọe,
 * uỳ uý uỷ uỹ uỵ → ùy úy ủy ũy ụy; `"reformed"` does the reverse. It applies only when the pair ends the
 * syllable (no letter or mark follows), so "hoàn", "khoèo" and "thuyền" are left alone, and never after "q",
 * where u belongs to the consonant: "quý", "Quỳ" keep their mark on y.
 *
 * @throws {VnPolityError} `INVALID_OPTION` when `style` is neither `"common"` nor `"reformed"`.
 *
 * @example
 * ```ts
 * normalizeTonePlacement("Khánh Hoà, thuỷ lợi, Uỷ ban"); // "Khánh Hòa, thủy lợi, Ủy ban"
 * normalizeTonePlacement("Thanh Hóa, sức khỏe", "reformed"); // "Thanh Hoá, sức khoẻ"
 * normalizeTonePlacement("quý, hoàn thành"); // unchanged
 * ```
 */
export function normalizeTonePlacement(input: string, style: TonePlacementStyle = "common"): string {
  if (typeof input !== "string") throw new VnPolityError([createIssue("INVALID_INPUT_TYPE")]);
  if (style === "common") {
    return input.replace(
      /([oO])([àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ])(?![\p{L}\p{M}])|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu,
      (_whole: string, o?: string, oToned?: string, u?: string, uToned?: string) => {
        const [plain, toned] = o && oToned ? moveTone(oToned, o) : moveTone(uToned as string, u as string);
        return toned + plain;
      },
    );
  }
  if (style === "reformed") {
    return input.replace(
      /([òóỏõọÒÓỎÕỌ])([aAeE])(?![\p{L}\p{M}])|(?<![qQ])([ùúủũụÙÚỦŨỤ])([yY])(?![\p{L}\p{M}])/gu,
      (_whole: string, oToned?: string, o?: string, uToned?: string, u?: string) => {
        const [plain, toned] = oToned && o ? moveTone(oToned, o) : moveTone(uToned as string, u as string);
        return plain + toned;
      },
    );
  }
  throw new VnPolityError([createIssue("INVALID_OPTION", { hint: `style: ${String(style)}` })]);
}
