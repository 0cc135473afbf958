import { resolveAsOf, safeToIsoDate } from "../core/index.js";
import { extractOrgans } from "./extract-organs.js";
import { getOrgan } from "./get-organ.js";
import { getDictionaries, pickEntry, resolveAt } from "./phrases.js";
import { phraseKey } from "./tokens.js";
import type { FindOrganOptions, Organ } from "./types.js";

/**
 * Finds an organ by id, name (Vietnamese or English, with or without diacritics) or abbreviation (running-text
 * or document-code). A former name resolves to the organ as it stood at `asOf` (following a single successor);
 * `undefined` when nothing matches or the named organ did not exist yet. Never throws.
 *
 * @example
 * ```ts
 * findOrgan("Central Organizing Committee")?.id; // "party-organisation-commission"
 * findOrgan("Ban Tuyên giáo Trung ương", { asOf: "2025-06-01" })?.id; // "party-education-mobilisation-commission"
 * findOrgan("Ban Tuyên giáo Trung ương", { asOf: "2024-06-01" })?.id; // "party-education-commission"
 * findOrgan("UBND")?.id; // "peoples-committee"
 * ```
 */
export function findOrgan(nameOrAbbreviation: string, options: FindOrganOptions = {}): Organ | undefined {
  try {
    if (typeof nameOrAbbreviation !== "string") return undefined;
    const query = nameOrAbbreviation.trim();
    if (query.length === 0 || query.length > 500) return undefined;
    const dated = options?.asOf === undefined ? undefined : safeToIsoDate(options.asOf);
    const asOf = dated?.success ? dated.data : resolveAsOf(undefined);
    const byId = getOrgan(query);
    if (byId !== undefined) return usable(resolveAt(byId, asOf));
    const { names, abbreviations } = getDictionaries();
    const entries = abbreviations.get(phraseKey(query, true)) ?? names.get(phraseKey(query, false));
    const picked = entries && pickEntry(entries, asOf);
    if (picked !== undefined) return usable(picked.resolved);
    const mentions = extractOrgans(query, { asOf });
    const [only] = mentions;
    if (mentions.length === 1 && only && only.span.start === 0 && only.span.end >= lengthWithoutTrailingDots(query)) {
      return only.status === "future" ? undefined : only.organ;
    }
    return undefined;
  } catch {
    return undefined;
  }
}

function usable(resolved: { organ: Organ; status: string }): Organ | undefined {
  return resolved.status === "future" ? undefined : resolved.organ;
}

// The length of a query without trailing dots and spaces, by a backward scan (a `[.\s]+$` regex backtracks
// quadratically on long runs of dots and spaces).
function lengthWithoutTrailingDots(query: string): number {
  let end = query.length;
  while (end > 0) {
    const char = query.charAt(end - 1);
    if (char !== "." && char.trim() !== "") break;
    end -= 1;
  }
  return end;
}
