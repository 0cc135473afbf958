// Fallback links go by key (an organ id, a province code, a folded name) only when the key names exactly one entry;
// an ambiguous key links nothing rather than the wrong entry.
const AMBIGUOUS = -2;

/** Entries by key, remembering when a key is shared by several entries. */
export type UniqueKeyMap = Map<string, number>;

/** Records that `entry` has `key`. */
export function noteKey(map: UniqueKeyMap, key: string, entry: number): void {
  const known = map.get(key);
  if (known === undefined) map.set(key, entry);
  else if (known !== entry) map.set(key, AMBIGUOUS);
}

/** The one entry with `key`, or -1 when none or several have it. */
export function uniqueEntry(map: UniqueKeyMap, key: string): number {
  const found = map.get(key);
  return found === undefined || found === AMBIGUOUS ? -1 : found;
}
