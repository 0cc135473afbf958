import type { DocumentGenre } from "../document-code/index.js";
import { foldedAt, foldingTable, foldWith } from "./chars.js";
import { DISTRACTOR_WORDS, NUMBER_MARKERS, TYPE_WORDS } from "./words.js";

/** A type phrase ("nghi quyet") and the genre it names. */
export type TypePhrase = readonly [phrase: string, genre: DocumentGenre];

/** What one folded word before a number can be: a number marker, the last word of type phrases, a distractor. */
export interface WordEntry {
  readonly word: string;
  readonly marker: boolean;
  readonly distractor: boolean;
  /** The type phrases ending with this word, in table order (longer phrases first). */
  readonly phrases: readonly TypePhrase[];
}

function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  const folds = foldingTable();
  for (let i = start; i < end; i += 1) hash = (Math.imul(hash, 31) + foldWith(folds, text.charCodeAt(i))) | 0;
  // Kept within 30 bits, a small integer to the engine: a map key that is never boxed into a heap number.
  return hash & 0x3fffffff;
}

// Pure memo: the words of words.ts by the hash of their folded form, so the word before a number is looked up in
// place (no slice, no fold) and most numbers are rejected by one lookup.
let index: ReadonlyMap<number, readonly WordEntry[]> | undefined;

function build(): ReadonlyMap<number, readonly WordEntry[]> {
  const entries = new Map<string, { marker: boolean; distractor: boolean; phrases: TypePhrase[] }>();
  const entry = (word: string) => {
    const found = entries.get(word) ?? { marker: false, distractor: false, phrases: [] };
    entries.set(word, found);
    return found;
  };
  for (const word of NUMBER_MARKERS) entry(word).marker = true;
  for (const word of DISTRACTOR_WORDS) entry(word).distractor = true;
  for (const phrase of TYPE_WORDS) entry(phrase[0].slice(phrase[0].lastIndexOf(" ") + 1)).phrases.push(phrase);
  const map = new Map<number, WordEntry[]>();
  for (const [word, value] of entries) {
    const key = hashOf(word, 0, word.length);
    const list = map.get(key) ?? [];
    list.push({ word, ...value });
    map.set(key, list);
  }
  return map;
}

// Pure memo: which folded characters end a word of the index (ASCII by code; any other ending in one flag), so most
// words before a number are rejected on their last letter, before they are hashed.
let endings: { readonly ascii: Uint8Array; readonly other: boolean } | undefined;

function buildEndings(): { readonly ascii: Uint8Array; readonly other: boolean } {
  const ascii = new Uint8Array(128);
  let other = false;
  index ??= build();
  for (const list of index.values())
    for (const entry of list) {
      const last = entry.word.charCodeAt(entry.word.length - 1);
      if (last < 128) ascii[last] = 1;
      else other = true;
    }
  return { ascii, other };
}

/** The entry of the folded word text[start, end), if words.ts knows it. */
export function lookupWord(text: string, start: number, end: number): WordEntry | undefined {
  if (end <= start) return undefined;
  endings ??= buildEndings();
  const last = foldWith(foldingTable(), text.charCodeAt(end - 1));
  if (last < 128 ? endings.ascii[last] === 0 : !endings.other) return undefined;
  index ??= build();
  const list = index.get(hashOf(text, start, end));
  if (list === undefined) return undefined;
  for (let k = 0; k < list.length; k += 1) {
    const entry = list[k] as WordEntry;
    if (entry.word.length === end - start && foldedAt(text, start, entry.word)) return entry;
  }
  return undefined;
}
