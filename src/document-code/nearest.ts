import { foldKey } from "./vocabulary/lookup.js";

const MAX_DISTANCE = 2;
const MAX_LENGTH = 24;

// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), two rows plus one.
function distance(a: string, b: string): number {
  let before: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known abbreviation nearest to `token` (case- and diacritic-insensitive), as a hint; undefined if none is close. */
export function nearest(token: string, known: readonly string[]): string | undefined {
  if (token.length > MAX_LENGTH) return undefined;
  const key = foldKey(token);
  let best: string | undefined;
  // Ranked by distance, then by difference in length (UBNN is nearer to UBND than to BNN).
  let bestScore = (MAX_DISTANCE + 1) * 100;
  for (const candidate of known) {
    // More than two letters longer or shorter is more than two edits away.
    if (Math.abs(candidate.length - key.length) > MAX_DISTANCE) continue;
    const folded = foldKey(candidate);
    const d = distance(key, folded);
    const score = d * 100 + Math.abs(folded.length - key.length);
    if (d <= MAX_DISTANCE && d < key.length && score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
