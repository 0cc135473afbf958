/*
 * Data behind foldDiacritics. Each table is a string indexed by code point: the character at position
 * `codePoint - start` is the letter without its diacritics. Generated from the Unicode canonical decompositions
 * (NFD, combining marks removed, kept only when one letter remains), plus the letters whose stroke or bar does not
 * decompose: Đ đ Ð ð Ɖ Ø ø Ł ł Ħ ħ Ŧ ŧ ı ƀ Ɨ ƚ Ƶ ƶ Ŀ ŀ Ǥ ǥ Ȼ ȼ Ɇ ɇ Ɍ ɍ Ɏ ɏ. Letters with no base letter map to
 * themselves (Æ, ß, Þ...), which keeps every entry one code unit long.
 */

/**
 * First code point covered by {@link LATIN_FOLD} (U+00C0 À).
 *
 * @example
 * ```ts
 * LATIN_FOLD.charAt(0x1b0 - LATIN_FOLD_START); // "u" — from ư
 * ```
 */
export const LATIN_FOLD_START = 0xc0;

/**
 * Base letters of U+00C0–U+024F (Latin-1 Supplement, Latin Extended-A and -B).
 *
 * @example
 * ```ts
 * LATIN_FOLD.charAt(0x110 - LATIN_FOLD_START); // "D" — from Đ
 * ```
 */
export const LATIN_FOLD =
  "AAAAAAÆCEEEEIIIIDNOOOOO×OUUUUYÞß" + // U+00C0
  "aaaaaaæceeeeiiiidnooooo÷ouuuuyþy" + // U+00E0
  "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGg" + // U+0100
  "GgGgHhHhIiIiIiIiIiĲĳJjKkĸLlLlLlL" + // U+0120
  "lLlNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSs" + // U+0140
  "SsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzſ" + // U+0160
  "bƁƂƃƄƅƆƇƈDƊƋƌƍƎƏƐƑƒƓƔƕƖIƘƙlƛƜƝƞƟ" + // U+0180
  "OoƢƣƤƥƦƧƨƩƪƫƬƭƮUuƱƲƳƴZzƷƸƹƺƻƼƽƾƿ" + // U+01A0
  "ǀǁǂǃǄǅǆǇǈǉǊǋǌAaIiOoUuUuUuUuUuǝAa" + // U+01C0
  "AaÆæGgGgKkOoOoƷʒjǱǲǳGgǶǷNnAaÆæOo" + // U+01E0
  "AaAaEeEeIiIiOoOoRrRrUuUuSsTtȜȝHh" + // U+0200
  "ȠȡȢȣȤȥAaEeOoOoOoOoYyȴȵȶȷȸȹȺCcȽȾȿ" + // U+0220
  "ɀɁɂɃɄɅEeɈɉɊɋRrYy"; // U+0240

/**
 * First code point covered by {@link LATIN_EXTENDED_FOLD} (U+1E00).
 *
 * @example
 * ```ts
 * LATIN_EXTENDED_FOLD.charAt(0x1ec7 - LATIN_EXTENDED_FOLD_START); // "e" — from ệ
 * ```
 */
export const LATIN_EXTENDED_FOLD_START = 0x1e00;

/**
 * Base letters of U+1E00–U+1EFF (Latin Extended Additional, which holds most precomposed Vietnamese letters).
 *
 * @example
 * ```ts
 * LATIN_EXTENDED_FOLD.charAt(0x1ea1 - LATIN_EXTENDED_FOLD_START); // "a" — from ạ
 * ```
 */
export const LATIN_EXTENDED_FOLD =
  "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFf" + // U+1E00
  "GgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm" + // U+1E20
  "MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRr" + // U+1E40
  "SsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv" + // U+1E60
  "WwWwWwWwWwXxXxYyZzZzZzhtwyẚſẜẝẞẟ" + // U+1E80
  "AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe" + // U+1EA0
  "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOo" + // U+1EC0
  "OoOoUuUuUuUuUuUuUuYyYyYyYyỺỻỼỽỾỿ"; // U+1EE0
