import type { BoundPlace, OrganMention } from "../organs/index.js";
import { foldForMatch } from "../text/index.js";
import { addMention, createMentionIndex, findOverlapping, type MentionIndex } from "./mention-index.js";
import { mentionOf } from "./mention-of.js";
import type { PlaceTable } from "./places.js";
import { toPlain } from "./plain.js";
import type { EntryId, Mention, OrganEntry } from "./types.js";
import { noteKey, type UniqueKeyMap, uniqueEntry } from "./unique-key.js";

/** Organ entries, with the look-ups people, documents and meetings link through. */
export interface OrganTable {
  readonly entries: OrganEntry[];
  readonly index: MentionIndex;
  /** Entries by catalogue id, and by `<organId>|<place code>` for bound organs. */
  readonly byKey: UniqueKeyMap;
}

/** `"organ:<index>"`. */
function organEntryId(index: number): EntryId {
  return `organ:${index}`;
}

function placeKey(place: BoundPlace | undefined): string {
  if (place === undefined) return "";
  return place.code ?? foldForMatch(place.text);
}

function placeRefOf(place: BoundPlace | undefined, places: PlaceTable): EntryId | undefined {
  if (place === undefined) return undefined;
  let found = findOverlapping(places.index, place.span, () => true);
  if (found < 0 && place.code !== undefined) found = uniqueEntry(places.byCode, place.code);
  return found < 0 ? undefined : places.entries[found]?.id;
}

/** One entry per organ and bound place ("UBND tỉnh Kon Tum" and "UBND tỉnh Gia Lai" are two), with every mention. */
export function buildOrgans(text: string, mentions: readonly OrganMention[], places: PlaceTable): OrganTable {
  const entries: OrganEntry[] = [];
  const mentionLists: Mention[][] = [];
  const seen = new Map<string, number>();
  const index = createMentionIndex();
  const byKey: UniqueKeyMap = new Map();
  for (const mention of mentions) {
    const key = `${mention.organ.id}|${placeKey(mention.place)}`;
    let at = seen.get(key);
    const written = mentionOf(text, mention.span, mention.text);
    if (at === undefined) {
      at = entries.length;
      seen.set(key, at);
      const list = [written];
      mentionLists.push(list);
      const placeRef = placeRefOf(mention.place, places);
      entries.push({
        id: organEntryId(at),
        span: written.span,
        text: written.text,
        mentions: list,
        organId: mention.organ.id,
        ...(mention.named.id !== mention.organ.id && { namedId: mention.named.id }),
        name: { vi: mention.organ.name.vi, en: mention.organ.name.en },
        kind: mention.organ.kind,
        level: mention.level,
        status: mention.status,
        matchedBy: mention.matchedBy,
        ...(mention.place !== undefined && { place: toPlain(mention.place) }),
        ...(placeRef !== undefined && { placeRef }),
      });
      noteKey(byKey, mention.organ.id, at);
      if (mention.named.id !== mention.organ.id) noteKey(byKey, mention.named.id, at);
      if (mention.place?.code !== undefined) noteKey(byKey, `${mention.organ.id}|${mention.place.code}`, at);
    } else {
      mentionLists[at]?.push(written);
    }
    addMention(index, written.span, at);
  }
  return { entries, index, byKey };
}

/**
 * The organ entry of a catalogue organ cited at `span` (a post, an issuer, a meeting side): a mention of that organ
 * inside the span, else the one entry of that organ and place, else the one entry of that organ.
 */
export function findOrganEntry(
  organs: OrganTable,
  organ: string,
  placeCode: string | undefined,
  span: { readonly start: number; readonly end: number } | undefined,
): EntryId | undefined {
  const sameOrgan = (entry: number): boolean => {
    const candidate = organs.entries[entry];
    if (candidate === undefined) return false;
    if (candidate.organId !== organ && candidate.namedId !== organ) return false;
    const code = candidate.place?.code;
    return placeCode === undefined || code === undefined || code === placeCode;
  };
  let found = span === undefined ? -1 : findOverlapping(organs.index, span, sameOrgan);
  if (found < 0 && placeCode !== undefined) found = uniqueEntry(organs.byKey, `${organ}|${placeCode}`);
  if (found < 0) found = uniqueEntry(organs.byKey, organ);
  return found < 0 ? undefined : organs.entries[found]?.id;
}
