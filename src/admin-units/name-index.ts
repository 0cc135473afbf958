import { getRecords } from "./catalogue.js";
import { ALIASES, type AliasPolicy, NEEDS_DESIGNATOR } from "./data/provinces.js";
import { foldKey, hasDiacritics, tokenize, toneKey } from "./fold.js";

/**
 * One spelling the catalogue knows for a unit, with its folded key and extraction policy.
 *
 * @example
 * ```ts
 * const entry: NameEntry = {
 *   record: 39, spelling: "Kon Tum", key: "kon tum", compact: "kontum", tone: "kon tum",
 *   kind: "name", policy: "x",
 * };
 * ```
 */
export interface NameEntry {
  readonly record: number;
  readonly spelling: string;
  /** Folded tokens without designators, joined by one space. */
  readonly key: string;
  readonly compact: string;
  /** Diacritic-sensitive, tone-placement-insensitive key. */
  readonly tone: string;
  readonly kind: "name" | "englishName" | "alias";
  readonly policy: AliasPolicy;
  /** For names: the period the name was in use. */
  readonly from?: string;
  readonly until?: string;
}

// Designator words around a name, as folded token sequences: "thành phố", "tỉnh", "TP.", "Thủ đô", "T.P" before it;
// "province", "city", "municipality" after it.
const DESIGNATORS = Object.freeze({
  leading: Object.freeze([["thanh", "pho"], ["tinh"], ["tp"], ["thu", "do"], ["t", "p"]]),
  trailing: Object.freeze([["province"], ["city"], ["municipality"]]),
});

function matchesAt(tokens: readonly string[], at: number, words: readonly string[]): boolean {
  return words.every((word, i) => tokens[at + i] === word);
}

// The token range of the name once designators are removed from its ends.
function stripDesignators(tokens: readonly string[]): { start: number; end: number } {
  let start = 0;
  let end = tokens.length;
  const leading = DESIGNATORS.leading.find((words) => end - words.length >= 1 && matchesAt(tokens, 0, words));
  if (leading) start = leading.length;
  const trailing = DESIGNATORS.trailing.find(
    (words) => end - words.length > start && matchesAt(tokens, end - words.length, words),
  );
  if (trailing) end -= trailing.length;
  return { start, end };
}

/**
 * Splits a phrase into its folded and tone keys, designators removed.
 *
 * @example
 * ```ts
 * analysePhrase("TP. Hồ Chí Minh").key; // "ho chi minh"
 * ```
 */
export function analysePhrase(text: string): { key: string; compact: string; tone: string; ascii: boolean } {
  const { starts, ends } = tokenize(text);
  const words = starts.map((start, i) => text.slice(start, ends[i]));
  const folded = words.map(foldKey);
  const { start, end } = stripDesignators(folded);
  const name = folded.slice(start, end);
  return {
    key: name.join(" "),
    compact: name.join(""),
    tone: words.slice(start, end).map(toneKey).join(" "),
    ascii: !hasDiacritics(text),
  };
}

interface NameIndex {
  readonly entries: readonly NameEntry[];
  readonly byKey: ReadonlyMap<string, readonly NameEntry[]>;
  readonly byCompact: ReadonlyMap<string, readonly NameEntry[]>;
  readonly maxTokens: number;
  /** First folded word of every key, to skip most tokens of a text at once. */
  readonly firstWords: ReadonlySet<string>;
}

function add(map: Map<string, NameEntry[]>, key: string, entry: NameEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function build(): NameIndex {
  const entries: NameEntry[] = [];
  const guarded = new Set(NEEDS_DESIGNATOR.map((name) => analysePhrase(name).key));
  const seen = new Set<string>();
  const push = (
    record: number,
    spelling: string,
    kind: NameEntry["kind"],
    policy: AliasPolicy,
    window: { from?: string; until?: string },
  ) => {
    const phrase = analysePhrase(spelling);
    const id = `${record}|${spelling}`;
    if (phrase.key === "" || seen.has(id)) return;
    seen.add(id);
    entries.push({
      record,
      spelling,
      key: phrase.key,
      compact: phrase.compact,
      tone: phrase.tone,
      kind,
      policy: policy === "x" && guarded.has(phrase.key) ? "d" : policy,
      ...window,
    });
  };
  for (const record of getRecords()) {
    for (const name of record.names) {
      const window = {
        ...(name.from === undefined ? {} : { from: name.from }),
        ...(name.until === undefined ? {} : { until: name.until }),
      };
      push(record.index, name.value.vi, "name", "x", window);
      push(record.index, name.value.en, "englishName", "x", window);
      for (const [spelling, policy] of ALIASES[name.value.vi] ?? [])
        push(record.index, spelling, "alias", policy, window);
    }
  }
  const byKey = new Map<string, NameEntry[]>();
  const byCompact = new Map<string, NameEntry[]>();
  const firstWords = new Set<string>();
  let maxTokens = 1;
  for (const entry of entries) {
    add(byKey, entry.key, entry);
    add(byCompact, entry.compact, entry);
    const words = entry.key.split(" ");
    firstWords.add(words[0] ?? "");
    maxTokens = Math.max(maxTokens, words.length);
  }
  return { entries, byKey, byCompact, maxTokens, firstWords };
}

// Built on first use, never at import time; the cache only ever holds the one result of `build()`.
let index: NameIndex | undefined;

/**
 * The lookup tables from folded spellings to units, built once on first use.
 *
 * @example
 * ```ts
 * getNameIndex().byKey.get("kon tum")?.[0]?.spelling; // "Kon Tum"
 * ```
 */
export function getNameIndex(): NameIndex {
  index ??= build();
  return index;
}
