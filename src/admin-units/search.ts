import { type IsoDate, resolveAsOf } from "../core/index.js";
import { getRecords, isInForce, type UnitRecord } from "./catalogue.js";
import { analysePhrase, getNameIndex, type NameEntry } from "./name-index.js";
import { readProvince } from "./read.js";
import type { ProvinceMatch, ProvinceMatchKind, SearchProvincesOptions } from "./types.js";

// No provincial name comes near this length; longer queries are not names and are not folded at all.
const MAX_QUERY_LENGTH = 120;
const CODE = /^\d{1,2}$/;
const ISO = /^vn-?([0-9a-z]{2})$/i;

/**
 * A ranked candidate before it is read as a {@link ProvinceMatch}.
 *
 * @example
 * ```ts
 * const hit: RankedRecord = { record: getRecords()[0]!, score: 1, matchedBy: "name", matched: "Hà Nội" };
 * ```
 */
export interface RankedRecord {
  readonly record: UnitRecord;
  readonly score: number;
  readonly matchedBy: ProvinceMatchKind;
  readonly matched: string;
}

function statusRank(record: UnitRecord, day: IsoDate): number {
  if (isInForce(record, day)) return 0;
  return record.validUntil !== undefined && record.validUntil <= day ? 1 : 2;
}

function compareAt(day: IsoDate) {
  return (a: RankedRecord, b: RankedRecord): number => {
    const byStatus = statusRank(a.record, day) - statusRank(b.record, day);
    if (byStatus !== 0) return byStatus;
    if (a.score !== b.score) return b.score - a.score;
    // Among ended units the most recent first; among future ones the nearest first.
    const endA = a.record.validUntil ?? "9999";
    const endB = b.record.validUntil ?? "9999";
    if (endA !== endB) return endA < endB ? 1 : -1;
    return a.record.index - b.record.index;
  };
}

function entryKind(entry: NameEntry, day: IsoDate): ProvinceMatchKind {
  if (entry.kind !== "name" && entry.kind !== "englishName") return "alias";
  const inUse = (entry.from === undefined || entry.from <= day) && (entry.until === undefined || day < entry.until);
  return inUse ? entry.kind : "historicalName";
}

const EXACT_SCORE: Record<ProvinceMatchKind, number> = {
  name: 1,
  englishName: 1,
  code: 1,
  iso3166: 1,
  historicalName: 0.9,
  alias: 0.9,
  prefix: 0.4,
};

function scoreEntry(entry: NameEntry, phrase: ReturnType<typeof analysePhrase>, kind: ProvinceMatchKind): number {
  const exact = entry.tone === phrase.tone;
  let score = EXACT_SCORE[kind] - (exact ? 0 : 0.2);
  if (entry.key !== phrase.key) score -= 0.05;
  return Math.round(score * 100) / 100;
}

function byName(query: string, day: IsoDate, prefix: boolean): RankedRecord[] {
  const phrase = analysePhrase(query);
  if (phrase.key === "") return [];
  const { byKey, byCompact, entries } = getNameIndex();
  const best = new Map<number, RankedRecord>();
  const all = getRecords();
  const offer = (entry: NameEntry, kind: ProvinceMatchKind, score: number) => {
    const record = all[entry.record];
    const previous = best.get(entry.record);
    if (record && (!previous || previous.score < score)) {
      best.set(entry.record, { record, score, matchedBy: kind, matched: entry.spelling });
    }
  };
  for (const entry of byKey.get(phrase.key) ?? byCompact.get(phrase.compact) ?? []) {
    const kind = entryKind(entry, day);
    offer(entry, kind, scoreEntry(entry, phrase, kind));
  }
  if (prefix && best.size === 0 && phrase.key.length >= 2) {
    for (const entry of entries) {
      if (entry.key.startsWith(phrase.key) || entry.compact.startsWith(phrase.compact)) {
        offer(entry, "prefix", EXACT_SCORE.prefix);
      }
    }
  }
  return [...best.values()];
}

function byCode(query: string): RankedRecord[] {
  const code = query.padStart(2, "0");
  return getRecords()
    .filter((record) => record.code === code)
    .map((record) => ({ record, score: 1, matchedBy: "code" as const, matched: code }));
}

function byIso(suffix: string): RankedRecord[] {
  const iso = `VN-${suffix.toUpperCase()}`;
  return getRecords()
    .filter((record) => record.iso === iso)
    .map((record) => ({ record, score: 1, matchedBy: "iso3166" as const, matched: iso }));
}

/**
 * Ranks catalogue records for a query (code, ISO 3166-2 code or any spelling of a name) as of a day: units in force
 * first, then ended ones (most recent first), then future ones; within each, by match strength.
 *
 * @example
 * ```ts
 * rankRecords("Quảng Ngãi", "2026-09-01", false).map((r) => r.record.validFrom); // ["2025-07-01", undefined]
 * ```
 */
export function rankRecords(query: unknown, day: IsoDate, prefix: boolean): RankedRecord[] {
  if (typeof query !== "string") return [];
  const text = query.trim();
  if (text === "" || text.length > MAX_QUERY_LENGTH) return [];
  const iso = ISO.exec(text);
  const found = CODE.test(text) ? byCode(text) : iso?.[1] ? byIso(iso[1]) : byName(text, day, prefix);
  return found.sort(compareAt(day));
}

/**
 * Finds provincial units by any spelling — with or without diacritics or designators ("tỉnh", "TP.", "thành phố",
 * "province", "city"), English names, short forms ("TP.HCM", "Saigon"), old tone placement ("Khánh Hoà"), former
 * names — or by code ("62") or ISO 3166-2 code ("VN-28"). Units in force at `asOf` come first, then units that had
 * ended (most recent first). Names of places that are not provincial units return nothing.
 *
 * @param query - the text to look up; anything that is not a string returns `[]`.
 * @param options - `asOf` (default `DATA_AS_OF`), `limit` (default 10), `prefix` (default `false`).
 * @returns the matches, best first.
 * @throws VnPolityError `INVALID_DATE_LIKE` when `asOf` is not a date.
 *
 * @example
 * ```ts
 * searchProvinces("tp hcm")[0]?.province.fullName.vi; // "Thành phố Hồ Chí Minh"
 * searchProvinces("Kon Tum")[0]?.province.successors[0]?.code; // "51"
 * searchProvinces("Nha Trang"); // []
 * ```
 */
export function searchProvinces(query: string, options: SearchProvincesOptions = {}): ProvinceMatch[] {
  const day = resolveAsOf(options.asOf);
  const limit = Number.isFinite(options.limit) ? Math.max(0, Math.floor(options.limit ?? 0)) : 10;
  return rankRecords(query, day, options.prefix === true)
    .slice(0, limit)
    .map((hit) => ({
      province: readProvince(hit.record, day),
      score: hit.score,
      matchedBy: hit.matchedBy,
      matched: hit.matched,
    }));
}
