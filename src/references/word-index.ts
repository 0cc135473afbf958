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

// Words are found by their last folded character and their length (a word longer than the table's lengths shares
// the slot of its length modulo LENGTHS, and the comparison still checks it): a slot holds a few words at most, so a
// word before a number is looked up with no hashing, and most numbers are rejected by one empty slot.
const LENGTHS = 32;

interface WordTable {
  /** Slots of words ending in an ASCII character, by `last * LENGTHS + length % LENGTHS`. */
  readonly ascii: readonly (readonly WordEntry[] | undefined)[];
  /** Slots of words ending in any other character ("n°"), by the same key. */
  readonly other: ReadonlyMap<number, readonly WordEntry[]>;
}

// Pure memo: the words of words.ts, built on first use.
let table: WordTable | undefined;

function build(): WordTable {
  const entries = new Map<string, { marker: boolean; distractor: boolean; phrases: TypePhrase[] }>();
  const entry = (word: string) => {
    const found = entries.get(word) ?? { marker: false, distractor: false, phrases: [] };
    entries.set(word, found);
    return found;
  };
  for (const word of NUMBER_MARKERS) entry(word).marker = true;
  for (const word of DISTRACTOR_WORDS) entry(word).distractor = true;
  for (const phrase of TYPE_WORDS) entry(phrase[0].slice(phrase[0].lastIndexOf(" ") + 1)).phrases.push(phrase);
  // Filled to its full length first, so the engine keeps it a plain array (slots set one by one would make it sparse).
  const ascii: (WordEntry[] | undefined)[] = new Array(128 * LENGTHS).fill(undefined);
  const other = new Map<number, WordEntry[]>();
  for (const [word, value] of entries) {
    const key = keyOf(word.charCodeAt(word.length - 1), word.length);
    const slots = word.charCodeAt(word.length - 1) < 128 ? ascii : other;
    const slot = (slots instanceof Map ? slots.get(key) : slots[key]) ?? [];
    slot.push({ word, ...value });
    if (slots instanceof Map) slots.set(key, slot);
    else slots[key] = slot;
  }
  return { ascii, other };
}

function keyOf(last: number, length: number): number {
  return last * LENGTHS + (length % LENGTHS);
}

/** The entry of the folded word text[start, end), if words.ts knows it. */
export function lookupWord(text: string, start: number, end: number): WordEntry | undefined {
  if (end <= start) return undefined;
  table ??= build();
  const last = foldWith(foldingTable(), text.charCodeAt(end - 1));
  const key = keyOf(last, end - start);
  const slot = last < 128 ? table.ascii[key] : table.other.get(key);
  if (slot === undefined) return undefined;
  for (let k = 0; k < slot.length; k += 1) {
    const entry = slot[k] as WordEntry;
    if (entry.word.length === end - start && foldedAt(text, start, entry.word)) return entry;
  }
  return undefined;
}
