import type { DocumentGenre } from "../document-code/index.js";
import { foldCode, foldedAt } from "./chars.js";
import { DISTRACTOR_WORDS, NUMBER_MARKERS, TYPE_WORDS } from "./words.js";

/** A type phrase ("nghi quyet") and the genre it names. */
type TypePhrase = readonly [phrase: string, genre: DocumentGenre];

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
  for (let i = start; i < end; i += 1) hash = (Math.imul(hash, 31) + foldCode(text.charCodeAt(i))) | 0;
  return hash;
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

/** The entry of the folded word text[start, end), if words.ts knows it. */
export function lookupWord(text: string, start: number, end: number): WordEntry | undefined {
  if (end <= start) return undefined;
  index ??= build();
  const list = index.get(hashOf(text, start, end));
  if (list === undefined) return undefined;
  for (const entry of list) if (entry.word.length === end - start && foldedAt(text, start, entry.word)) return entry;
  return undefined;
}
