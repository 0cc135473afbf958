import { createIssue, type Issue, type Locale } from "../core/index.js";
import {
  CYRILLIC_LOOKALIKES,
  isRepairableDash,
  REPAIR_CODES,
  REPAIR_CONTROL,
  REPAIR_DASH,
  REPAIR_LOOKALIKE,
  REPAIR_SPACE,
  REPAIR_SURROGATE,
  type RepairKind,
  spaceReplacement,
} from "./normalize-tables.js";
import { createOffsetMapBuilder, identityOffsetMap, type OffsetMap, type OffsetMapBuilder } from "./offset-map.js";

/**
 * Which repairs {@link repairCharacters} applies; every flag defaults to `true`.
 *
 * @example
 * ```ts
 * const switches: RepairSwitches = { dashes: false };
 * ```
 */
export interface RepairSwitches {
  readonly locale?: Locale;
  readonly lookalikes?: boolean;
  readonly dashes?: boolean;
  readonly spaces?: boolean;
}

/**
 * Text after character repairs, the map back to the input, and one warning per kind of repair.
 *
 * @example
 * ```ts
 * const repaired: RepairedText = repairCharacters("30/2020/N\u00d0-CP");
 * ```
 */
export interface RepairedText {
  readonly text: string;
  readonly map: OffsetMap;
  readonly issues: readonly Issue[];
}

const NO_ISSUES: readonly Issue[] = Object.freeze([]);
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
// Latin evidence in a word: any Latin-script character except ð, which is itself being judged.
const LATIN_EVIDENCE = /(?!\u00f0)\p{Script=Latin}/u;

// Letters, marks and digits make up a word; the common scripts are decided without a regex. Zero-width
// characters count as part of a word because they are removed: the word must look the same before and after.
function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 0x80) {
    return (
      (codePoint >= 0x30 && codePoint <= 0x39) ||
      (codePoint >= 0x41 && codePoint <= 0x5a) ||
      (codePoint >= 0x61 && codePoint <= 0x7a)
    );
  }
  if (codePoint >= 0xc0 && codePoint < 0x2b0) return codePoint !== 0xd7 && codePoint !== 0xf7;
  if (codePoint >= 0x300 && codePoint < 0x370) return true;
  if (codePoint >= 0x400 && codePoint < 0x530) return codePoint !== 0x482;
  if (codePoint >= 0x1e00 && codePoint < 0x1f00) return true;
  if ((codePoint >= 0x200b && codePoint <= 0x200d) || codePoint === 0xfeff) return true;
  return WORD_CHARACTER.test(String.fromCodePoint(codePoint));
}

// Start of the word that ends at `index`, scanning back no further than `floor`.
function wordStartBefore(text: string, index: number, floor: number): number {
  let at = index;
  while (at > floor) {
    let width = 1;
    let codePoint = text.charCodeAt(at - 1);
    if (codePoint >= 0xdc00 && codePoint < 0xe000 && at - 2 >= floor) {
      const high = text.charCodeAt(at - 2);
      if (high >= 0xd800 && high < 0xdc00) {
        codePoint = 0x10000 + ((high - 0xd800) << 10) + (codePoint - 0xdc00);
        width = 2;
      }
    }
    if (!isWordCodePoint(codePoint)) break;
    at -= width;
  }
  return at;
}

function isCyrillicBlock(code: number): boolean {
  return code >= 0x400 && code < 0x530;
}

function occurrences(count: number, locale: Locale | undefined): string {
  if (locale === "en") return count === 1 ? "1 occurrence" : `${count} occurrences`;
  return `${count} vị trí`;
}

/**
 * Repairs look-alike letters, dashes, unusual spaces, lone surrogates and control characters, in one pass.
 * Replacements keep one code unit for one (so offsets hold) except removed zero-width characters, which the
 * returned map records. Cyrillic look-alikes and ð change only inside a word that holds other Latin letters.
 *
 * @example
 * ```ts
 * repairCharacters("Nghị\u00a0định 30/2020/N\u00d0\u2013CP").text; // "Nghị định 30/2020/NĐ-CP"
 * ```
 */
export function repairCharacters(input: string, switches?: RepairSwitches): RepairedText {
  const lookalikes = switches?.lookalikes !== false;
  const dashes = switches?.dashes !== false;
  const spaces = switches?.spaces !== false;
  // Stops at every character that may need a repair, and at some that do not (the class is kept coarse because
  // V8 scans a character class of few ranges several times faster than a precise one). Printable ASCII and
  // Vietnamese letters never stop the scan, so clean text costs about one String#normalize.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  const skip = /[^\x00-\x08\x0b\x0c\x0e-\x1f\xa0\xd0\xf0\u0189\u0400-\u052f\u2000-\u206f\u2212\u3000\ud800-\uffff]*/y;
  const wordRest = /[\p{L}\p{M}\p{N}\u200b-\u200d\ufeff]*/uy;
  const length = input.length;
  const firstAt = [-1, -1, -1, -1, -1];
  const counts = [0, 0, 0, 0, 0];
  // Pieces are joined once at the end: repeated `+=` builds a deep rope whose flattening and garbage grow
  // faster than the input when nearly every character is repaired.
  const pieces: string[] = [];
  // Pieces are flushed into chunks of bounded count, so text with a repair at nearly every character does not
  // build one huge array of tiny strings (whose garbage collection grew faster than the input).
  const chunks: string[] = [];
  let copiedUpTo = 0;
  let repaired = false;
  let builder: OffsetMapBuilder | undefined;
  let shift = 0;
  // The word around the last letter judged by its context, and whether it holds Latin letters.
  let wordStart = 0;
  let wordEnd = 0;
  let wordIsLatin = false;

  const judgeWord = (at: number): void => {
    if (at >= wordStart && at < wordEnd) return;
    wordStart = wordStartBefore(input, at, wordEnd);
    wordRest.lastIndex = at;
    wordRest.test(input);
    wordEnd = Math.max(at + 1, wordRest.lastIndex);
    wordIsLatin = LATIN_EVIDENCE.test(input.slice(wordStart, wordEnd));
  };

  let at = 0;
  for (;;) {
    skip.lastIndex = at;
    skip.test(input);
    at = skip.lastIndex;
    if (at >= length) break;
    const code = input.charCodeAt(at);
    const space = spaceReplacement(code);
    let next = at + 1;
    let kind: RepairKind = REPAIR_LOOKALIKE;
    let replacement: string | undefined;
    if (code < 0x20) {
      kind = REPAIR_CONTROL;
      replacement = " ";
    } else if (code >= 0xd800 && code < 0xe000) {
      const low = at + 1 < length ? input.charCodeAt(at + 1) : 0;
      if (code < 0xdc00 && low >= 0xdc00 && low < 0xe000) next = at + 2;
      else {
        kind = REPAIR_SURROGATE;
        replacement = "\ufffd";
      }
    } else if (isRepairableDash(code)) {
      kind = REPAIR_DASH;
      if (dashes) replacement = "-";
    } else if (space !== undefined) {
      kind = REPAIR_SPACE;
      if (spaces) replacement = space;
    } else if (!lookalikes) {
      // Nothing else to repair; a run of Cyrillic is passed over at once.
      while (next < length && isCyrillicBlock(input.charCodeAt(next))) next++;
    } else if (code >= 0xff01 && code <= 0xff5e) {
      replacement = String.fromCharCode(code - 0xfee0);
    } else if (code === 0xd0 || code === 0x189) {
      replacement = "\u0110";
    } else if (code === 0xf0 || isCyrillicBlock(code)) {
      judgeWord(at);
      if (!wordIsLatin) next = wordEnd;
      else replacement = code === 0xf0 ? "\u0111" : CYRILLIC_LOOKALIKES[input.charAt(at)];
    }
    if (replacement === undefined) {
      at = next;
      continue;
    }
    if (at > copiedUpTo) pieces.push(input.slice(copiedUpTo, at));
    pieces.push(replacement);
    if (pieces.length >= 1024) {
      chunks.push(pieces.join(""));
      pieces.length = 0;
    }
    copiedUpTo = next;
    repaired = true;
    if (replacement.length !== 1) {
      builder ??= createOffsetMapBuilder();
      builder.replace(at, next, at + shift, at + shift + replacement.length);
      shift += replacement.length - 1;
    }
    if (firstAt[kind] === -1) firstAt[kind] = at;
    counts[kind] = (counts[kind] as number) + 1;
    at = next;
  }
  if (!repaired) return { text: input, map: identityOffsetMap(), issues: NO_ISSUES };
  pieces.push(input.slice(copiedUpTo));
  chunks.push(pieces.join(""));
  const output = chunks.join("");

  const locale = switches?.locale;
  const kinds = ([0, 1, 2, 3, 4] as const).filter((kind) => (firstAt[kind] as number) >= 0);
  kinds.sort((a, b) => (firstAt[a] as number) - (firstAt[b] as number));
  const issues = kinds.map((kind) => {
    const start = firstAt[kind] as number;
    return createIssue(REPAIR_CODES[kind], {
      span: { start, end: start + 1 },
      hint: occurrences(counts[kind] as number, locale),
      ...(locale === undefined ? {} : { locale }),
    });
  });
  return { text: output, map: builder ? builder.build() : identityOffsetMap(), issues };
}
