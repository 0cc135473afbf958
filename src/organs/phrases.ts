import { isWithin } from "../core/index.js";
import { ORGAN_INDEX } from "./data/organ-index.js";
import { ORGAN_NAMES } from "./data/organ-names.js";
import { getOrgan } from "./get-organ.js";
import { PhraseDictionary } from "./phrase-dictionary.js";
import { phraseKey } from "./tokens.js";
import type { Organ, OrganLevel, OrganMatchKind, OrganStatus } from "./types.js";

/** One way of writing an organ. `rank` orders entries sharing a key: the catalogue's row order. */
export interface PhraseEntry {
  readonly organId: string;
  readonly level: OrganLevel | "";
  readonly by: OrganMatchKind;
  readonly rank: number;
  /** One-word English names (Government, Secretariat) only count when capitalised. */
  readonly needsCapital: boolean;
}

interface Dictionaries {
  readonly names: PhraseDictionary<PhraseEntry>;
  readonly abbreviations: PhraseDictionary<PhraseEntry>;
}

// Pure memo, built on first use.
let dictionaries: Dictionaries | undefined;

function build(): Dictionaries {
  const names = new PhraseDictionary<PhraseEntry>();
  const abbreviations = new PhraseDictionary<PhraseEntry>();
  let rank = 0;
  for (const [organId, level, vi, en, abbr] of ORGAN_NAMES) {
    for (const phrase of vi.split("|")) {
      names.add(phraseKey(phrase, false), { organId, level, by: "name", rank: rank++, needsCapital: false });
    }
    for (const phrase of en.split("|")) {
      const key = phraseKey(phrase, false);
      names.add(key, { organId, level, by: "englishName", rank: rank++, needsCapital: !key.includes(" ") });
    }
    for (const phrase of abbr.split("|")) {
      abbreviations.add(phraseKey(phrase, true), {
        organId,
        level,
        by: "abbreviation",
        rank: rank++,
        needsCapital: false,
      });
    }
  }
  // Document-code abbreviations come last: running-text readings win where both exist (BCT, BTC).
  for (const [organId, , codes] of ORGAN_INDEX) {
    for (const code of codes.replaceAll("#", "").split(" ")) {
      abbreviations.add(phraseKey(code, true), {
        organId,
        level: "",
        by: "abbreviation",
        rank: rank++,
        needsCapital: false,
      });
    }
  }
  return { names, abbreviations };
}

/** The lazily built phrase dictionaries of organ names and abbreviations. */
export function getDictionaries(): Dictionaries {
  dictionaries ??= build();
  return dictionaries;
}

/** An organ read at a date: the organ itself, its successor when it had ended, or itself marked future. */
export interface ResolvedOrgan {
  readonly organ: Organ;
  readonly named: Organ;
  readonly status: OrganStatus;
}

/** Follows single successors from an organ that had ended by `asOf`, to the organ in office then. */
export function resolveAt(named: Organ, asOf: string): ResolvedOrgan {
  if (named.validFrom !== undefined && asOf < named.validFrom) return { organ: named, named, status: "future" };
  let organ = named;
  for (let depth = 0; depth < 8; depth++) {
    if (
      isWithin(asOf, {
        ...(organ.validFrom && { from: organ.validFrom }),
        ...(organ.validUntil && { until: organ.validUntil }),
      })
    )
      break;
    const successors = organ.successorIds ?? [];
    const next = successors.length === 1 ? getOrgan(successors[0] ?? "") : undefined;
    if (next === undefined) break;
    organ = next;
  }
  return { organ, named, status: organ === named && isWithin(asOf, window(named)) ? "current" : "former" };
}

function window(organ: Organ): { from?: string; until?: string } {
  return { ...(organ.validFrom && { from: organ.validFrom }), ...(organ.validUntil && { until: organ.validUntil }) };
}

/** Picks, among entries sharing a key, the first whose organ existed at `asOf` (else the first), then resolves it. */
export function pickEntry(
  entries: readonly PhraseEntry[],
  asOf: string,
): { entry: PhraseEntry; resolved: ResolvedOrgan } | undefined {
  let chosen: PhraseEntry | undefined;
  for (const entry of entries) {
    const organ = getOrgan(entry.organId);
    if (organ === undefined) continue;
    if (chosen === undefined) chosen = entry;
    if (isWithin(asOf, window(organ))) {
      chosen = entry;
      break;
    }
  }
  const organ = chosen && getOrgan(chosen.organId);
  return chosen && organ ? { entry: chosen, resolved: resolveAt(organ, asOf) } : undefined;
}
