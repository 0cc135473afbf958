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
  let i = 0;
  while (i < key.length) {
    if (!isWordUnit(key, i) || isWordUnit(key, i - 1)) {
      i++;
      continue;
    }
    let end = i;
    while (end < key.length && isWordUnit(key, end)) end++;
    const candidates = index.get(key.slice(i, end));
    const hit = candidates?.find((candidate) => phraseAt(key, i, candidate.key));
    if (hit) {
      mentions.push({ start: i, end: i + hit.key.length, indicator: hit.indicator });
      i += hit.key.length;
    } else i = end;
  }
  return mentions;
}
