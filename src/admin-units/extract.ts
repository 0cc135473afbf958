import { DATA_AS_OF, type IsoDate, safeToIsoDate } from "../core/index.js";
import { getRecords, pickForDay, type UnitRecord } from "./catalogue.js";
import { hasDiacritics, isWordUnit, toneKey } from "./fold.js";
import { correspondingRecords } from "./lineage.js";
import { getNameIndex, type NameEntry } from "./name-index.js";
import { createWindow, foldWord, isCapitalStart, type Scan, wordEnd } from "./place-scan.js";
import { readProvince } from "./read.js";
import type { ExtractPlacesOptions, PlaceMention, Province, ProvinceMatchKind } from "./types.js";

// Words right before a name that make it a smaller place of the same name (huyện, xã, phường…) or a street or
// river named after the province. Compared on the lower-cased word with its diacritics.
const BLOCK_BEFORE = new Set(["huyện", "quận", "xã", "phường", "trấn", "thôn", "ấp", "đường", "phố", "sông"]);
// English nouns right after a name with the same effect ("Kon Tum town", "Hanoi Street").
const BLOCK_AFTER = new Set(["district", "commune", "ward", "town", "township", "street", "road", "avenue", "river"]);
const TRAILING_DESIGNATORS: Readonly<Record<string, "province" | "city">> = {
  province: "province",
  city: "city",
  municipality: "city",
};
// Characters that may sit between the words of one name: spaces, hyphens and dashes, a dot ("TP.HCM").
const JOINERS = " \t\n\u00a0\u2009\u202f-\u2010\u2011\u2013\u2014.";
const MAX_GAP = 3;
const SENTENCE_END = ".!?:;\n\r";
// Caps the per-call memos of spellings, so that a text of endless distinct spellings keeps a bounded memory.
const MEMO_LIMIT = 20_000;

function joinable(scan: Scan, left: number, spacesOnly = false): boolean {
  const from = scan.ends[left];
  const to = scan.starts[left + 1];
  if (from === undefined || to === undefined || to - from > MAX_GAP) return false;
  for (let i = from; i < to; i++) {
    const char = scan.text[i] ?? "";
    if (!JOINERS.includes(char) || (spacesOnly && !/\s/.test(char))) return false;
  }
  return true;
}

function isCapitalisedAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code >= 65 && code <= 90;
  const first = String.fromCharCode(code);
  return first !== first.toLowerCase();
}

function isCapitalised(scan: Scan, token: number): boolean {
  return isCapitalisedAt(scan.text, scan.starts[token] ?? 0);
}

function lowerWord(scan: Scan, token: number): string {
  return scan.text.slice(scan.starts[token], scan.ends[token]).toLowerCase().normalize("NFC");
}

/** The designator written before token `i` (Vietnamese) and the first token it covers. */
function designatorBefore(scan: Scan, i: number): { kind: "province" | "city"; first: number } | undefined {
  const previous = scan.fold(i - 1);
  if (previous === undefined || !joinable(scan, i - 1)) return undefined;
  if (previous === "tinh") return { kind: "province", first: i - 1 };
  if (previous === "tp") return { kind: "city", first: i - 1 };
  const before = scan.fold(i - 2);
  const pair = before !== undefined && joinable(scan, i - 2);
  if (pair && ((before === "thanh" && previous === "pho") || (before === "thu" && previous === "do"))) {
    return { kind: "city", first: i - 2 };
  }
  if (pair && before === "t" && previous === "p") return { kind: "city", first: i - 2 };
  return undefined;
}

function blockedBefore(scan: Scan, i: number): boolean {
  if (i === 0 || !joinable(scan, i - 1, true)) return false;
  const word = lowerWord(scan, i - 1);
  // "phố" blocks a street ("phố Huế") but belongs to "thành phố".
  return BLOCK_BEFORE.has(word) && !(word === "phố" && scan.fold(i - 2) === "thanh");
}

// A lone word that follows a capitalised word mid-sentence is most likely part of a person's name
// ("Nguyễn Thị Huế", "Tran Thi Hue").
function looksLikePersonName(scan: Scan, i: number): boolean {
  if (i === 0 || !joinable(scan, i - 1, true) || !isCapitalised(scan, i - 1)) return false;
  let k = (scan.starts[i - 1] ?? 0) - 1;
  while (k >= 0 && /\s/.test(scan.text[k] ?? "")) k--;
  return k >= 0 && !SENTENCE_END.includes(scan.text[k] ?? "");
}

function kindAt(entry: NameEntry, day: IsoDate): PlaceMention["matchedBy"] {
  if (entry.kind === "alias") return "alias";
  const inUse = (entry.from === undefined || entry.from <= day) && (entry.until === undefined || day < entry.until);
  return inUse ? entry.kind : "historicalName";
}

interface Options {
  readonly readDay: IsoDate;
  readonly asOf: IsoDate;
  readonly vi: boolean;
  readonly en: boolean;
}

function readDate(value: unknown): IsoDate | undefined {
  if (value === undefined) return undefined;
  const result = safeToIsoDate(value);
  return result.success ? result.data : undefined;
}

function settle(options: unknown): Options {
  const given = (typeof options === "object" && options !== null ? options : {}) as ExtractPlacesOptions;
  const asOf = readDate(given.asOf) ?? DATA_AS_OF;
  const language = given.language ?? "auto";
  return {
    asOf,
    readDay: readDate(given.articleDate) ?? asOf,
    vi: language === "vi" || language === "auto",
    en: language === "en" || language === "auto",
  };
}

// The name index without its search-only ("s") spellings, keys left with none dropped: built once, on first use.
let extractable: ReadonlyMap<string, readonly NameEntry[]> | undefined;

function getExtractable(): ReadonlyMap<string, readonly NameEntry[]> {
  if (extractable === undefined) {
    const byKey = new Map<string, readonly NameEntry[]>();
    for (const [key, entries] of getNameIndex().byKey) {
      const kept = entries.filter((entry) => entry.policy !== "s");
      if (kept.length > 0) byKey.set(key, kept);
    }
    extractable = byKey;
  }
  return extractable;
}

/** What a spelling reads as, with or without a designator: the same in every mention of the call. */
type Resolution =
  | {
      readonly record: UnitRecord;
      readonly province: Province;
      readonly matchedBy: ProvinceMatchKind;
      readonly resolved: readonly Province[];
    }
  | "cityBlocked"
  | undefined;

interface Call {
  readonly settings: Options;
  readonly index: { readonly byKey: ReadonlyMap<string, readonly NameEntry[]>; readonly maxTokens: number };
  readonly read: (record: UnitRecord, day: IsoDate) => Province;
  readonly records: readonly UnitRecord[];
  /** Resolutions by written spelling and designator: an article names the same few places again and again. */
  readonly resolutions: Map<string, Resolution>;
  /** Tone keys by written spelling. */
  readonly tones: Map<string, string>;
}

function toneOf(call: Call, written: string): string {
  let tone = call.tones.get(written);
  if (tone === undefined) {
    tone = toneKey(written);
    if (call.tones.size < MEMO_LIMIT) call.tones.set(written, tone);
  }
  return tone;
}

function resolve(
  call: Call,
  entries: readonly NameEntry[],
  tone: string | undefined,
  designator: "province" | "city" | undefined,
): Resolution {
  const { settings, read, records } = call;
  let allowed = tone === undefined ? entries : entries.filter((entry) => entry.tone === tone);
  if (!designator) allowed = allowed.filter((entry) => entry.policy === "x");
  if (allowed.length === 0) return undefined;
  const candidates = [...new Set(allowed.map((entry) => entry.record))].flatMap((index) => records[index] ?? []);
  const record = pickForDay(candidates, settings.readDay);
  if (!record) return undefined;
  const province = read(record, settings.readDay);
  // "thành phố Kon Tum", "Hue City" in 2024: a provincial city, not the provincial unit.
  if (designator === "city" && province.type !== "city") return "cityBlocked";
  const entry = allowed.find((candidate) => candidate.record === record.index) ?? allowed[0];
  const matchedBy: ProvinceMatchKind = entry ? kindAt(entry, settings.readDay) : "name";
  const resolved = correspondingRecords(record, settings.asOf).map((unit) => read(unit, settings.asOf));
  return { record, province, matchedBy, resolved };
}

function buildMention(
  scan: Scan,
  i: number,
  last: number,
  entries: readonly NameEntry[],
  call: Call,
): { mention: PlaceMention; lastToken: number } | "blocked" | undefined {
  const { settings } = call;
  const nameStart = scan.starts[i] ?? 0;
  const nameEnd = scan.ends[last] ?? 0;
  const written = scan.text.slice(nameStart, nameEnd);
  // Words written with diacritics must match a spelling with the same diacritics ("Huệ" is not "Huế").
  const tone = hasDiacritics(written) ? toneOf(call, written) : undefined;
  if (tone !== undefined && !entries.some((entry) => entry.tone === tone)) return undefined;
  if (blockedBefore(scan, i)) return "blocked";
  const after = scan.fold(last + 1);
  if (after !== undefined && BLOCK_AFTER.has(after) && joinable(scan, last, true)) return "blocked";
  const before = settings.vi ? designatorBefore(scan, i) : undefined;
  const trailingKind = settings.en && after !== undefined ? TRAILING_DESIGNATORS[after] : undefined;
  const trailing = trailingKind && joinable(scan, last, true) ? trailingKind : undefined;
  const designator = before?.kind ?? trailing;
  const id = `${designator ?? ""}\u0000${written}`;
  let resolution: Resolution;
  if (call.resolutions.has(id)) resolution = call.resolutions.get(id);
  else {
    resolution = resolve(call, entries, tone, designator);
    if (call.resolutions.size < MEMO_LIMIT) call.resolutions.set(id, resolution);
  }
  // Every miss from here on, the person check included, gives the same `undefined`.
  if (resolution === undefined || (!designator && i === last && looksLikePersonName(scan, i))) return undefined;
  if (resolution === "cityBlocked") return "blocked";
  const start = before ? (scan.starts[before.first] ?? nameStart) : nameStart;
  const lastToken = trailing ? last + 1 : last;
  const end = scan.ends[lastToken] ?? nameEnd;
  return {
    mention: {
      span: { start, end },
      text: scan.text.slice(start, end),
      nameSpan: { start: nameStart, end: nameEnd },
      matchedBy: resolution.matchedBy as PlaceMention["matchedBy"],
      province: resolution.province,
      resolved: [...resolution.resolved],
    },
    lastToken,
  };
}

/** Reads the longest name at the window's token into `mentions`; returns where scanning resumes (0: nowhere new). */
function readNameAt(scan: Scan, call: Call, mentions: PlaceMention[]): number {
  const { byKey, maxTokens } = call.index;
  const i = scan.at;
  const longest = Math.min(maxTokens, scan.starts.length - i);
  // The keys of the capitalised, joined runs from token i, shortest first: each is one word longer than the last.
  const keys = [scan.fold(i) ?? ""];
  while (keys.length < longest && joinable(scan, i + keys.length - 1) && isCapitalised(scan, i + keys.length)) {
    keys.push(`${keys[keys.length - 1]} ${scan.fold(i + keys.length)}`);
  }
  for (let n = keys.length; n >= 1; n--) {
    const last = i + n - 1;
    const entries = byKey.get(keys[n - 1] ?? "");
    if (entries === undefined) continue;
    const mention = buildMention(scan, i, last, entries, call);
    if (mention === "blocked") return scan.ends[last] ?? 0;
    if (mention) {
      mentions.push(mention.mention);
      return scan.ends[mention.lastToken] ?? 0;
    }
  }
  return 0;
}

/**
 * Finds the provincial units named in a text — Vietnamese or English names, with or without diacritics or
 * designators, former names and common short forms — with spans into the original string. Each mention is read as
 * the unit that bore the name on the article date, and resolved to the unit(s) covering that place on `asOf`:
 * "Kon Tum" in a March 2025 article is Kon Tum then and part of Quảng Ngãi now.
 *
 * Names must be capitalised; a name right after "huyện", "xã", "phường", "đường"… or before "district", "street"…
 * names a smaller place and is skipped, as is "thành phố X" / "X City" when X was not a centrally-run city then
 * (the provincial city of Kon Tum is not the province). "Hồ Chí Minh" needs a designator ("TP.", "City"), because
 * the bare name is usually the President's.
 *
 * Runs in linear time and never throws; invalid option dates are ignored.
 *
 * @example
 * ```ts
 * const [m] = extractPlaces("Đoàn công tác làm việc với tỉnh Kon Tum.", { articleDate: "2025-03-06" });
 * m?.text; // "tỉnh Kon Tum"
 * m?.province.status; // "current"
 * m?.resolved.map((p) => p.name.vi); // ["Quảng Ngãi"]
 * ```
 */
export function extractPlaces(text: string, options: ExtractPlacesOptions = {}): PlaceMention[] {
  if (typeof text !== "string" || text === "") return [];
  const settings = settle(options);
  const { maxTokens, firstWords } = getNameIndex();
  const cache = new Map<string, Province>();
  const read = (record: UnitRecord, day: IsoDate): Province => {
    const id = `${record.index}@${day}`;
    const hit = cache.get(id) ?? readProvince(record, day);
    cache.set(id, hit);
    return hit;
  };
  const call: Call = {
    settings,
    read,
    records: getRecords(),
    index: { byKey: getExtractable(), maxTokens },
    resolutions: new Map(),
    tones: new Map(),
  };
  const memo = new Map<string, string>();
  const mentions: PlaceMention[] = [];
  // Names are capitalised: a loop over code units (a table look-up each) skips to the next capital, and most
  // capitalised words are rejected after one fold. Only around a possible first word are the neighbouring tokens
  // read.
  let pos = 0;
  while (pos < text.length) {
    const start = pos;
    pos++;
    if (!isCapitalStart(text.charCodeAt(start)) || (start > 0 && isWordUnit(text.charCodeAt(start - 1)))) continue;
    const end = wordEnd(text, start);
    pos = end;
    if (!firstWords.has(foldWord(text.slice(start, end), memo))) continue;
    const scan = createWindow(text, start, 2, maxTokens + 1, memo);
    const resume = readNameAt(scan, call, mentions);
    if (resume > end) pos = resume;
  }
  return mentions;
}
