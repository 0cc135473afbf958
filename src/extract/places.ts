import type { PlaceMention, Province } from "../admin-units/index.js";
import { addMention, createMentionIndex, type MentionIndex } from "./mention-index.js";
import { mentionOf } from "./mention-of.js";
import type { EntryId, Mention, PlaceEntry, PlaceUnit } from "./types.js";
import { noteKey, type UniqueKeyMap } from "./unique-key.js";

/** Place entries, with the look-ups the other kinds link through. */
export interface PlaceTable {
  readonly entries: PlaceEntry[];
  readonly index: MentionIndex;
  /** Entries by the code of their `thenUnit`, and (prefixed "now:") of each of their `nowUnits`. */
  readonly byCode: UniqueKeyMap;
}

/** `"place:<index>"`. */
function placeId(index: number): EntryId {
  return `place:${index}`;
}

function toUnit(province: Province): PlaceUnit {
  return {
    code: province.code,
    name: { vi: province.name.vi, en: province.name.en },
    fullName: { vi: province.fullName.vi, en: province.fullName.en },
    type: province.type,
    status: province.status,
    asOf: province.asOf,
    ...(province.validFrom !== undefined && { validFrom: province.validFrom }),
    ...(province.validUntil !== undefined && { validUntil: province.validUntil }),
  };
}

// Codes are reused (the Tuyên Quang of 2025 has the old one's 08): code plus the first day identifies a unit.
function unitKey(province: Province): string {
  return `${province.code}@${province.validFrom ?? ""}`;
}

/** One entry per provincial unit (as it stood at the article date), with every mention of it. */
export function buildPlaces(text: string, mentions: readonly PlaceMention[]): PlaceTable {
  const entries: PlaceEntry[] = [];
  const mentionLists: Mention[][] = [];
  const byKey = new Map<string, number>();
  const index = createMentionIndex();
  const byCode: UniqueKeyMap = new Map();
  for (const mention of mentions) {
    const key = unitKey(mention.province);
    let at = byKey.get(key);
    const written = mentionOf(text, mention.span, mention.text);
    if (at === undefined) {
      at = entries.length;
      byKey.set(key, at);
      const thenUnit = toUnit(mention.province);
      const nowUnits = mention.resolved.map(toUnit);
      const only = nowUnits.length === 1 ? nowUnits[0] : undefined;
      const list = [written];
      mentionLists.push(list);
      entries.push({
        id: placeId(at),
        span: written.span,
        text: written.text,
        mentions: list,
        matchedBy: mention.matchedBy,
        thenUnit,
        nowUnits,
        changed: only === undefined || only.code !== thenUnit.code || only.validFrom !== thenUnit.validFrom,
      });
      noteKey(byCode, thenUnit.code, at);
      for (const unit of nowUnits) noteKey(byCode, `now:${unit.code}`, at);
    } else {
      mentionLists[at]?.push(written);
    }
    addMention(index, written.span, at);
  }
  return { entries, index, byCode };
}
