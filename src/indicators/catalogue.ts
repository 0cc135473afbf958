import { foldForMatch } from "../text/index.js";
import type { IndicatorDefinition } from "./catalogue-types.js";
import { INDICATORS } from "./data/indicators.js";
import { isWordUnit, phraseAt, toKey } from "./key-text.js";

/**
 * The indicator with this id, or `undefined`.
 *
 * @example
 * ```ts
 * getIndicator("grdp-growth")?.name.en; // "GRDP growth rate"
 * getIndicator("nope"); // undefined
 * ```
 */
export function getIndicator(id: string): IndicatorDefinition | undefined {
  if (typeof id !== "string") return undefined;
  return INDICATORS.find((indicator) => indicator.id === id);
}

/**
 * Every indicator of the catalogue, in catalogue order.
 *
 * @example
 * ```ts
 * listIndicators().length > 20; // true
 * ```
 */
export function listIndicators(): readonly IndicatorDefinition[] {
  return INDICATORS;
}

/**
 * The indicator a name or alias denotes, matched without diacritics, case or extra spaces: "thu ngân sách",
 * "Budget revenue", "tỷ lệ hộ nghèo đa chiều", "GRDP".
 *
 * @example
 * ```ts
 * findIndicator("Thu ngan sach")?.id; // "budget-revenue"
 * findIndicator("tourist arrivals")?.id; // "tourist-arrivals"
 * ```
 */
export function findIndicator(nameOrAlias: string): IndicatorDefinition | undefined {
  if (typeof nameOrAlias !== "string") return undefined;
  const wanted = foldForMatch(nameOrAlias);
  if (wanted === "") return undefined;
  return INDICATORS.find(
    (indicator) =>
      indicator.id === wanted ||
      foldForMatch(indicator.name.vi) === wanted ||
      foldForMatch(indicator.name.en) === wanted ||
      indicator.aliases.some((alias) => foldForMatch(alias) === wanted),
  );
}

/**
 * Aliases by their first word, as matching keys, longest first: the index the statement reader scans with.
 *
 * @example
 * ```ts
 * const index: AliasIndex = buildAliasIndex();
 * index.get("thu")?.[0]?.key; // "thu ngan sach nha nuoc tren dia ban"
 * ```
 */
export type AliasIndex = ReadonlyMap<
  string,
  readonly { readonly key: string; readonly indicator: IndicatorDefinition }[]
>;

function firstWord(key: string): string {
  let end = 0;
  while (end < key.length && isWordUnit(key, end)) end++;
  return key.slice(0, end);
}

// Built on first use, never at import time; it only mirrors the frozen catalogue, so sharing it is safe.
let aliasIndex: AliasIndex | undefined;
// The same for the bit set of the hashes of the aliases' first words (see `headBit`).
let aliasHeads: Uint32Array | undefined;

/**
 * The {@link AliasIndex} of the catalogue, built on first use.
 *
 * @example
 * ```ts
 * buildAliasIndex().has("grdp"); // true
 * ```
 */
export function buildAliasIndex(): AliasIndex {
  aliasIndex ??= indexAliases();
  return aliasIndex;
}

function indexAliases(): AliasIndex {
  const index = new Map<string, { key: string; indicator: IndicatorDefinition }[]>();
  for (const indicator of INDICATORS) {
    for (const alias of indicator.aliases) {
      const key = toKey(alias.normalize("NFC"));
      const head = firstWord(key);
      if (head === "") continue;
      const list = index.get(head) ?? [];
      list.push({ key, indicator });
      index.set(head, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.key.length - a.key.length);
  return index;
}

/** A hash of a word's first and last units and its length: collisions only cost a lookup. */
function headBit(word: string, start: number, end: number): number {
  const ends = ((word.charCodeAt(start) & 0xff) << 8) | (word.charCodeAt(end - 1) & 0xff);
  return (ends ^ (Math.min(end - start, 15) * 0x0111)) & 0xffff;
}

function hasHead(bits: Uint32Array, bit: number): boolean {
  return ((bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}

function headBits(index: AliasIndex): Uint32Array {
  const bits = new Uint32Array(2048);
  for (const head of index.keys()) {
    const bit = headBit(head, 0, head.length);
    bits[bit >>> 5] = (bits[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }
  return bits;
}

/**
 * An indicator named in a text, with where.
 *
 * @example
 * ```ts
 * const mention: IndicatorMention = { start: 0, end: 4, indicator: getIndicator("grdp-growth")! };
 * ```
 */
export interface IndicatorMention {
  readonly start: number;
  readonly end: number;
  readonly indicator: IndicatorDefinition;
}

/**
 * Finds the indicators named in a matching key (see `toKey`), longest alias first, without overlaps.
 *
 * @example
 * ```ts
 * findIndicatorMentions(toKey("Thu ngân sách đạt 3.312 tỷ"), buildAliasIndex())[0]?.indicator.id; // "budget-revenue"
 * ```
 */
export function findIndicatorMentions(key: string, index: AliasIndex): IndicatorMention[] {
  const mentions: IndicatorMention[] = [];
  // Most words of a text start no alias: a hash rules them out before any slicing.
  if (index === aliasIndex) aliasHeads ??= headBits(index);
  const heads = index === aliasIndex ? aliasHeads : undefined;
  let i = 0;
  while (i < key.length) {
    if (!isWordUnit(key, i) || isWordUnit(key, i - 1)) {
      i++;
      continue;
    }
    let end = i;
    while (end < key.length && isWordUnit(key, end)) end++;
    if (heads && !hasHead(heads, headBit(key, i, end))) {
      i = end;
      continue;
    }
    const candidates = index.get(key.slice(i, end));
    const hit = candidates?.find((candidate) => phraseAt(key, i, candidate.key));
    if (hit) {
      mentions.push({ start: i, end: i + hit.key.length, indicator: hit.indicator });
      i += hit.key.length;
    } else i = end;
  }
  return mentions;
}
